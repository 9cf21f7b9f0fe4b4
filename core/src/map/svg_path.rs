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
    if points.is_empty() {
        return;
    }
    write_run(d, points.iter().map(|p| (p.x, p.y)));
    d.push('z');
}

/// Appends one run of points: a move to the first, then relative lines.
pub(super) fn write_run(d: &mut String, mut points: impl Iterator<Item = (f64, f64)>) {
    let Some(first) = points.next() else { return };
    d.push('M');
    push_number(d, first.0);
    d.push(' ');
    push_number(d, first.1);
    let mut previous = first;
    for (i, point) in points.enumerate() {
        d.push(if i == 0 { 'l' } else { ' ' });
        push_number(d, point.0 - previous.0);
        d.push(' ');
        push_number(d, point.1 - previous.1);
        previous = point;
    }
}

/// Appends a number as SVG wants it. Map coordinates are whole units, written
/// without the float formatter, which is slow in WebAssembly: the whole map's
/// paths took about 40 ms of the atlas's start in the browser that way.
///
/// ```
/// let mut d = String::new();
/// atlas_core::map::push_number(&mut d, -1203.0);
/// d.push(' ');
/// atlas_core::map::push_number(&mut d, 0.5);
/// assert_eq!(d, "-1203 0.5");
/// ```
pub fn push_number(d: &mut String, value: f64) {
    if value.fract() != 0.0 || value.abs() >= 1e15 {
        let _ = write!(d, "{value}");
        return;
    }
    // Whole and well inside i64: the integer formatter is cheap.
    #[allow(clippy::cast_possible_truncation)]
    let whole = value as i64;
    let _ = write!(d, "{whole}");
}
