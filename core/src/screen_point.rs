//! Points on screen, in CSS pixels, and the little arithmetic they need.

/// A point on screen: `(x, y)` in CSS pixels.
pub type ScreenPoint = (f64, f64);

/// Straight-line distance between two points.
///
/// ```
/// assert_eq!(atlas_core::screen_point::distance((0.0, 0.0), (3.0, 4.0)), 5.0);
/// ```
pub fn distance(a: ScreenPoint, b: ScreenPoint) -> f64 {
    (a.0 - b.0).hypot(a.1 - b.1)
}

/// The point halfway between two points.
pub fn midpoint(a: ScreenPoint, b: ScreenPoint) -> ScreenPoint {
    ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0)
}
