//! SVG path data for a polygon set.

use geo::{LineString, MultiPolygon};
use std::fmt::Write;

/// The `d` attribute for `shape`: each ring as a move, relative lines and a close.
///
/// Relative steps keep the text short; coordinates are whole map units.
///
/// ```
/// use geo::{polygon, MultiPolygon};
/// let square = polygon![(x: 0.0, y: 0.0), (x: 10.0, y: 0.0), (x: 10.0, y: 10.0)];
/// assert_eq!(atlas_core::map::svg_path(&MultiPolygon(vec![square])), "M0 0l10 0 0 10z");
/// ```
pub fn svg_path(shape: &MultiPolygon<f64>) -> String {
    let mut d = String::new();
    for polygon in &shape.0 {
        write_ring(&mut d, polygon.exterior());
        for hole in polygon.interiors() {
            write_ring(&mut d, hole);
        }
    }
    d
}

fn write_ring(d: &mut String, ring: &LineString<f64>) {
    // geo closes rings by repeating the first point; `z` does that in SVG.
    let points = &ring.0[..ring.0.len().saturating_sub(1)];
    let Some(first) = points.first() else { return };
    let _ = write!(d, "M{} {}", first.x, first.y);
    let mut previous = *first;
    for (i, point) in points.iter().enumerate().skip(1) {
        let separator = if i == 1 { "l" } else { " " };
        let _ = write!(d, "{separator}{} {}", point.x - previous.x, point.y - previous.y);
        previous = *point;
    }
    d.push('z');
}
