//! What part of the map is on screen, and how map units become CSS pixels.
//!
//! The SVG is drawn in screen pixels; the map's geometry sits in one group
//! whose `transform` is [`Viewport::transform`]. Zooming and panning change
//! only that transform (and where labels go), never the paths.

use crate::map::Frame;

/// Zoom limits, relative to the home view.
pub const MIN_ZOOM: f64 = 1.0;
pub const MAX_ZOOM: f64 = 12.0;

/// A view of the map on a screen of a given size.
///
/// ```
/// use atlas_core::{map::Frame, viewport::Viewport};
/// let frame = Frame { x: 0.0, y: 0.0, width: 1000.0, height: 500.0 };
/// let v = Viewport::new(frame, frame, (200.0, 100.0));
/// assert_eq!(v.to_screen((500.0, 250.0)), (100.0, 50.0));
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    /// Everything there is to see (the map data's frame), in map units.
    frame: Frame,
    /// What the opening view fits to the screen, in map units.
    home: Frame,
    /// Screen size in CSS pixels.
    screen: (f64, f64),
    /// The map point at the screen's centre.
    center: (f64, f64),
    /// 1 = the home view fits the screen.
    zoom: f64,
}

impl Viewport {
    /// The home view on a screen of `screen` CSS pixels.
    pub fn new(frame: Frame, home: Frame, screen: (f64, f64)) -> Viewport {
        let screen = (screen.0.max(1.0), screen.1.max(1.0));
        let center = (home.x + home.width / 2.0, home.y + home.height / 2.0);
        Viewport { frame, home, screen, center, zoom: 1.0 }
    }

    pub fn screen(&self) -> (f64, f64) {
        self.screen
    }

    pub fn zoom(&self) -> f64 {
        self.zoom
    }

    /// CSS pixels per map unit.
    pub fn scale(&self) -> f64 {
        let fit = (self.screen.0 / self.home.width).min(self.screen.1 / self.home.height);
        fit * self.zoom
    }

    /// Map units → CSS pixels.
    pub fn to_screen(&self, (x, y): (f64, f64)) -> (f64, f64) {
        let k = self.scale();
        ((x - self.center.0) * k + self.screen.0 / 2.0, (y - self.center.1) * k + self.screen.1 / 2.0)
    }

    /// CSS pixels → map units.
    pub fn to_map(&self, (px, py): (f64, f64)) -> (f64, f64) {
        let k = self.scale();
        ((px - self.screen.0 / 2.0) / k + self.center.0, (py - self.screen.1 / 2.0) / k + self.center.1)
    }

    /// The SVG `transform` that draws map units at their screen place.
    pub fn transform(&self) -> String {
        let k = self.scale();
        let (tx, ty) = self.to_screen((0.0, 0.0));
        format!("matrix({k:.6} 0 0 {k:.6} {tx:.2} {ty:.2})")
    }

    /// The same view on a screen of another size (the centre and zoom stay).
    pub fn resized(&self, screen: (f64, f64)) -> Viewport {
        Viewport { screen: (screen.0.max(1.0), screen.1.max(1.0)), ..*self }.clamped()
    }

    /// Zooms by `factor` keeping the map point under `at` (screen px) in place.
    pub fn zoomed_at(&self, factor: f64, at: (f64, f64)) -> Viewport {
        if !factor.is_finite() || factor <= 0.0 {
            return *self;
        }
        let anchor = self.to_map(at);
        let zoom = (self.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        let mut next = Viewport { zoom, ..*self };
        let moved = next.to_screen(anchor);
        next = next.panned((at.0 - moved.0, at.1 - moved.1));
        next
    }

    /// Zooms by `factor` about the screen's centre (keyboard and buttons).
    pub fn zoomed(&self, factor: f64) -> Viewport {
        self.zoomed_at(factor, (self.screen.0 / 2.0, self.screen.1 / 2.0))
    }

    /// Moves the map by a screen distance (a drag of `dx, dy` px).
    pub fn panned(&self, (dx, dy): (f64, f64)) -> Viewport {
        if !(dx.is_finite() && dy.is_finite()) {
            return *self;
        }
        let k = self.scale();
        Viewport { center: (self.center.0 - dx / k, self.center.1 - dy / k), ..*self }.clamped()
    }

    /// Centres the view on a map point, at least at `zoom`.
    pub fn centred_on(&self, point: (f64, f64), zoom: f64) -> Viewport {
        Viewport { center: point, zoom: self.zoom.max(zoom).clamp(MIN_ZOOM, MAX_ZOOM), ..*self }.clamped()
    }

    /// The map point at the screen's centre.
    pub fn center(&self) -> (f64, f64) {
        self.center
    }

    /// Centred on a map point at exactly `zoom` (a view a link holds).
    pub fn showing(&self, point: (f64, f64), zoom: f64) -> Viewport {
        if !(point.0.is_finite() && point.1.is_finite() && zoom.is_finite()) {
            return *self;
        }
        Viewport { center: point, zoom: zoom.clamp(MIN_ZOOM, MAX_ZOOM), ..*self }.clamped()
    }

    /// Whether this is the opening view (nothing moved since).
    pub fn is_home(&self) -> bool {
        *self == self.home()
    }

    /// The opening view again.
    pub fn home(&self) -> Viewport {
        Viewport::new(self.frame, self.home, self.screen)
    }

    /// Keeps the centre inside the frame, so the map cannot be lost off-screen.
    fn clamped(self) -> Viewport {
        let f = self.frame;
        let center = (self.center.0.clamp(f.x, f.x + f.width), self.center.1.clamp(f.y, f.y + f.height));
        Viewport { center, ..self }
    }

    /// How far this view has moved on screen from `other`, in CSS pixels,
    /// when the two differ by a pan alone (same screen, same zoom): every map
    /// point is then drawn that far from where `other` draws it. `None` when
    /// anything else differs. A drag draws what was placed for the view where
    /// it began, shifted by this.
    ///
    /// ```
    /// use atlas_core::{map::Frame, viewport::Viewport};
    /// let frame = Frame { x: 0.0, y: 0.0, width: 1000.0, height: 500.0 };
    /// let v = Viewport::new(frame, frame, (200.0, 100.0));
    /// assert_eq!(v.panned((30.0, -12.0)).pan_from(&v), Some((30.0, -12.0)));
    /// assert_eq!(v.zoomed(2.0).pan_from(&v), None);
    /// ```
    pub fn pan_from(&self, other: &Viewport) -> Option<(f64, f64)> {
        if (self.frame, self.home, self.screen, self.zoom) != (other.frame, other.home, other.screen, other.zoom) {
            return None;
        }
        let (a, b) = (self.to_screen((0.0, 0.0)), other.to_screen((0.0, 0.0)));
        Some((a.0 - b.0, a.1 - b.1))
    }

    /// The map rectangle now on screen.
    pub fn visible(&self) -> Frame {
        let (x0, y0) = self.to_map((0.0, 0.0));
        let (x1, y1) = self.to_map(self.screen);
        Frame { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRAME: Frame = Frame { x: -1000.0, y: -500.0, width: 2000.0, height: 1000.0 };
    const HOME: Frame = Frame { x: -500.0, y: -250.0, width: 1000.0, height: 500.0 };

    fn close(a: (f64, f64), b: (f64, f64)) -> bool {
        (a.0 - b.0).abs() < 1e-6 && (a.1 - b.1).abs() < 1e-6
    }

    #[test]
    fn a_pan_moves_every_map_point_by_the_same_screen_shift() {
        let home = Viewport::new(FRAME, HOME, (800.0, 600.0));
        let points = [(0.0, 0.0), (-480.0, 220.0), (970.0, -499.0), (123.4, 56.7)];
        for start in [home, home.zoomed(3.0), home.zoomed_at(0.5, (100.0, 500.0))] {
            // Small drags, and long ones that the frame's edge stops.
            for drag in [(1.0, 0.0), (-37.5, 12.25), (5000.0, -4000.0), (-9000.0, 9000.0)] {
                let moved = start.panned(drag);
                let shift = moved.pan_from(&start).expect("a pan alone");
                for p in points {
                    let (a, b) = (start.to_screen(p), moved.to_screen(p));
                    assert!(close((a.0 + shift.0, a.1 + shift.1), b), "{p:?} after {drag:?}: {a:?} + {shift:?} != {b:?}");
                }
            }
        }
    }

    #[test]
    fn a_zoom_or_a_resize_is_no_pan() {
        let home = Viewport::new(FRAME, HOME, (800.0, 600.0));
        assert_eq!(home.pan_from(&home), Some((0.0, 0.0)));
        assert_eq!(home.zoomed(1.5).pan_from(&home), None);
        assert_eq!(home.resized((801.0, 600.0)).pan_from(&home), None);
        assert_eq!(home.panned((10.0, 0.0)).zoomed(2.0).pan_from(&home.panned((10.0, 0.0))), None);
    }

    #[test]
    fn the_home_view_fits_the_home_frame_on_any_screen() {
        for screen in [(1920.0, 1080.0), (390.0, 600.0), (320.0, 240.0), (3840.0, 2160.0)] {
            let v = Viewport::new(FRAME, HOME, screen);
            let (left, top) = v.to_screen((HOME.x, HOME.y));
            let (right, bottom) = v.to_screen((HOME.x + HOME.width, HOME.y + HOME.height));
            assert!(left >= -1e-9 && top >= -1e-9 && right <= screen.0 + 1e-9 && bottom <= screen.1 + 1e-9, "{screen:?}");
            assert!((right - left - screen.0).abs() < 1e-6 || (bottom - top - screen.1).abs() < 1e-6, "fits one side exactly");
        }
    }

    #[test]
    fn screen_and_map_coordinates_are_inverse() {
        let v = Viewport::new(FRAME, HOME, (800.0, 600.0)).zoomed_at(3.0, (100.0, 50.0)).panned((40.0, -20.0));
        for p in [(0.0, 0.0), (123.0, -45.0), (-900.0, 400.0)] {
            assert!(close(v.to_map(v.to_screen(p)), p));
        }
    }

    #[test]
    fn zooming_at_a_point_keeps_that_point_under_the_finger() {
        let v = Viewport::new(FRAME, HOME, (800.0, 600.0));
        let at = (200.0, 150.0);
        let before = v.to_map(at);
        let after = v.zoomed_at(2.0, at);
        assert!(close(after.to_screen(before), at));
        assert!((after.zoom() - 2.0).abs() < 1e-12);
    }

    #[test]
    fn zoom_stays_within_its_limits() {
        let v = Viewport::new(FRAME, HOME, (800.0, 600.0));
        assert_eq!(v.zoomed(0.01).zoom(), MIN_ZOOM);
        assert_eq!(v.zoomed(1e9).zoom(), MAX_ZOOM);
        assert_eq!(v.zoomed(f64::NAN), v);
        assert_eq!(v.zoomed(-2.0), v);
    }

    #[test]
    fn the_map_cannot_be_dragged_out_of_sight() {
        let v = Viewport::new(FRAME, HOME, (800.0, 600.0)).zoomed(4.0).panned((1e9, -1e9));
        let centre = v.to_map((400.0, 300.0));
        assert!(centre.0 >= FRAME.x && centre.0 <= FRAME.x + FRAME.width);
        assert!(centre.1 >= FRAME.y && centre.1 <= FRAME.y + FRAME.height);
    }

    #[test]
    fn home_undoes_any_zoom_and_pan() {
        let v = Viewport::new(FRAME, HOME, (800.0, 600.0));
        assert_eq!(v.zoomed(5.0).panned((30.0, 30.0)).home(), v);
    }

    #[test]
    fn the_transform_draws_map_units_where_to_screen_says() {
        let v = Viewport::new(FRAME, HOME, (1000.0, 500.0));
        assert_eq!(v.transform(), "matrix(1.000000 0 0 1.000000 500.00 250.00)");
    }
}
