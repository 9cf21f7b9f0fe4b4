//! Compact storage of polygon rings as delta-encoded integers.
//!
//! A ring of points `(x0, y0), (x1, y1), …` is stored as the flat array
//! `[x0, y0, x1 - x0, y1 - y0, …]`. Neighbouring points of a simplified
//! outline are close together, so the deltas are short numbers and the JSON
//! stays small. Rings are closed implicitly: the first point is not repeated.
//!
//! ```
//! use atlas_core::ring_codec::{decode_ring, encode_ring};
//! let ring = [(10, 20), (13, 18), (11, 25)];
//! let flat = encode_ring(&ring);
//! assert_eq!(flat, vec![10, 20, 3, -2, -2, 7]);
//! assert_eq!(decode_ring(&flat).unwrap(), ring.to_vec());
//! ```

use std::fmt;

/// Why a flat array is not a ring.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RingError {
    /// The array holds an x without its y.
    OddLength(usize),
    /// A ring needs at least three distinct corners to enclose anything.
    TooFewPoints(usize),
    /// A running sum left the range of `i32`.
    Overflow,
}

impl fmt::Display for RingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RingError::OddLength(n) => write!(f, "a ring needs pairs of numbers, found {n} numbers"),
            RingError::TooFewPoints(n) => write!(f, "a ring needs at least 3 points, found {n}"),
            RingError::Overflow => write!(f, "a ring's coordinates run out of range"),
        }
    }
}

/// Encodes points as `[x0, y0, dx1, dy1, …]`.
pub fn encode_ring(points: &[(i32, i32)]) -> Vec<i32> {
    let mut flat = Vec::with_capacity(points.len() * 2);
    let mut previous = (0, 0);
    for &(x, y) in points {
        flat.push(x - previous.0);
        flat.push(y - previous.1);
        previous = (x, y);
    }
    flat
}

/// Decodes `[x0, y0, dx1, dy1, …]` back into points.
pub fn decode_ring(flat: &[i32]) -> Result<Vec<(i32, i32)>, RingError> {
    if flat.len() % 2 != 0 {
        return Err(RingError::OddLength(flat.len()));
    }
    let count = flat.len() / 2;
    if count < 3 {
        return Err(RingError::TooFewPoints(count));
    }
    let mut points = Vec::with_capacity(count);
    let (mut x, mut y) = (0i32, 0i32);
    for pair in flat.chunks_exact(2) {
        x = x.checked_add(pair[0]).ok_or(RingError::Overflow)?;
        y = y.checked_add(pair[1]).ok_or(RingError::Overflow)?;
        points.push((x, y));
    }
    Ok(points)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ring_survives_a_round_trip() {
        let ring = vec![(-500, 700), (-480, 690), (-470, 720), (-500, 730)];
        assert_eq!(decode_ring(&encode_ring(&ring)).unwrap(), ring);
    }

    #[test]
    fn an_odd_number_of_values_is_rejected() {
        assert_eq!(decode_ring(&[1, 2, 3, 4, 5, 6, 7]), Err(RingError::OddLength(7)));
    }

    #[test]
    fn fewer_than_three_points_are_rejected() {
        assert_eq!(decode_ring(&[1, 2, 3, 4]), Err(RingError::TooFewPoints(2)));
    }

    #[test]
    fn running_out_of_range_is_an_error_not_a_panic() {
        assert_eq!(decode_ring(&[i32::MAX, 0, 1, 0, 1, 0]), Err(RingError::Overflow));
    }
}
