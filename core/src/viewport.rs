//! What part of the map is on screen, and how map units become CSS pixels.
//!
//! The SVG is drawn in screen pixels; the map's geometry sits in one group
//! whose `transform` is [`Viewport::transform`]. Zooming and panning change
//! only that transform (and where labels go), never the paths.

use crate::map::Frame;

/// Zoom limits, relative to the home view.
pub const MIN_ZOOM: f64 = 1.0;
pub const MAX_ZOOM: f64 = 12.0;

/// Screen pixels along each edge that the opening view keeps clear, so that
/// an overlay (the key) does not lie over what the map opens on.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Padding {
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
    pub left: f64,
}

/// CSS pixels per map unit that show all of `home` inside the screen less its padding.
fn fit(screen: (f64, f64), p: Padding, home: Frame) -> f64 {
    let width = (screen.0 - p.left - p.right).max(1.0);
    let height = (screen.1 - p.top - p.bottom).max(1.0);
    (width / home.width).min(height / home.height)
}

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
    /// 1 = the home view fits the screen less the padding.
    zoom: f64,
    /// What the opening view keeps clear (see [`Padding`]).
    padding: Padding,
}

impl Viewport {
    /// The home view on a screen of `screen` CSS pixels.
    pub fn new(frame: Frame, home: Frame, screen: (f64, f64)) -> Viewport {
        let screen = (screen.0.max(1.0), screen.1.max(1.0));
        let center = (home.x + home.width / 2.0, home.y + home.height / 2.0);
        Viewport { frame, home, screen, center, zoom: 1.0, padding: Padding::default() }
    }

    /// This view with another padding. The opening view opens again inside
    /// the new padding; a view the visitor has moved keeps its place and scale.
    pub fn with_padding(&self, padding: Padding) -> Viewport {
        if padding == self.padding {
            return *self;
        }
        if self.is_home() {
            return Viewport::new(self.frame, self.home, self.screen).with_padding_from_home(padding);
        }
        let zoom = (self.scale() / fit(self.screen, padding, self.home)).clamp(MIN_ZOOM, MAX_ZOOM);
        Viewport { zoom, padding, ..*self }.clamped()
    }

    pub fn screen(&self) -> (f64, f64) {
        self.screen
    }

    pub fn zoom(&self) -> f64 {
        self.zoom
    }

    /// CSS pixels per map unit.
    pub fn scale(&self) -> f64 {
        fit(self.screen, self.padding, self.home) * self.zoom
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
    /// The opening view stays the opening view (inside the same padding).
    pub fn resized(&self, screen: (f64, f64)) -> Viewport {
        let screen = (screen.0.max(1.0), screen.1.max(1.0));
        if self.is_home() {
            return Viewport::new(self.frame, self.home, screen).with_padding_from_home(self.padding);
        }
        Viewport { screen, ..*self }.clamped()
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

    /// The padding that keeps the opening view's points `keep` (the places)
    /// out from under an overlay at `overlay` (x, y, width, height in screen
    /// pixels; this view's screen), moving the map away from it along the
    /// side or along the top or bottom, as little as it takes, whichever
    /// leaves the map larger. No padding when the overlay hides none of them,
    /// or when clearing them would shrink the map below two thirds.
    ///
    /// ```
    /// use atlas_core::{map::Frame, viewport::Viewport};
    /// let home = Frame { x: 0.0, y: 0.0, width: 1000.0, height: 500.0 };
    /// let v = Viewport::new(home, home, (1000.0, 500.0));
    /// // A place at the top left, under a 100 x 60 key: the map clears it from 76 px
    /// // on the left (92% of its size), rather than from 44 px at the top (91%).
    /// let p = v.padding_clear_of((8.0, 8.0, 100.0, 60.0), &[(50.0, 40.0)]);
    /// assert_eq!((p.top, p.left), (0.0, 76.0));
    /// assert_eq!(v.padding_clear_of((8.0, 8.0, 100.0, 60.0), &[(500.0, 250.0)]), Default::default());
    /// ```
    pub fn padding_clear_of(&self, (x, y, width, height): (f64, f64, f64, f64), keep: &[(f64, f64)]) -> Padding {
        /// How close to the overlay a place's dot may come, in pixels.
        const CLEAR: f64 = 12.0;
        if !(width > 0.0 && height > 0.0) {
            return Padding::default();
        }
        let home = Viewport::new(self.frame, self.home, self.screen);
        let hidden = |p: Padding| {
            let v = home.with_padding_from_home(p);
            keep.iter()
                .map(|&pt| v.to_screen(pt))
                .any(|(px, py)| px > x - CLEAR && px < x + width + CLEAR && py > y - CLEAR && py < y + height + CLEAR)
        };
        if !hidden(Padding::default()) {
            return Padding::default();
        }
        let (on_left, on_top) = (x + width / 2.0 < self.screen.0 / 2.0, y + height / 2.0 < self.screen.1 / 2.0);
        let along_side =
            |d: f64| if on_left { Padding { left: d, ..Padding::default() } } else { Padding { right: d, ..Padding::default() } };
        let along_end =
            |d: f64| if on_top { Padding { top: d, ..Padding::default() } } else { Padding { bottom: d, ..Padding::default() } };
        let reach = |far: f64| (far + CLEAR).max(0.0);
        let side_reach = reach(if on_left { x + width } else { self.screen.0 - x });
        let end_reach = reach(if on_top { y + height } else { self.screen.1 - y });
        // The least padding of each kind that clears them, in steps of 4 px.
        let least = |make: &dyn Fn(f64) -> Padding, most: f64| {
            (1..).map(|n| n as f64 * 4.0).take_while(|&d| d <= most + 4.0).map(make).find(|&p| !hidden(p))
        };
        let unpadded = fit(self.screen, Padding::default(), self.home);
        [least(&along_side, side_reach), least(&along_end, end_reach)]
            .into_iter()
            .flatten()
            .filter(|&p| fit(self.screen, p, self.home) >= unpadded * 2.0 / 3.0)
            .max_by(|a, b| fit(self.screen, *a, self.home).total_cmp(&fit(self.screen, *b, self.home)))
            .unwrap_or_default()
    }

    /// The opening view again.
    pub fn home(&self) -> Viewport {
        Viewport::new(self.frame, self.home, self.screen).with_padding_from_home(self.padding)
    }

    /// The opening view (`self`, unpadded) inside `padding`.
    fn with_padding_from_home(self, padding: Padding) -> Viewport {
        if padding == Padding::default() {
            return self;
        }
        let k = fit(self.screen, padding, self.home);
        let center = (self.center.0 - (padding.left - padding.right) / 2.0 / k, self.center.1 - (padding.top - padding.bottom) / 2.0 / k);
        Viewport { center, padding, ..self }.clamped()
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
        if (self.frame, self.home, self.screen, self.zoom, self.padding)
            != (other.frame, other.home, other.screen, other.zoom, other.padding)
        {
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
    fn a_padded_opening_view_fits_the_home_inside_the_padding() {
        let padding = Padding { top: 0.0, right: 0.0, bottom: 0.0, left: 200.0 };
        let v = Viewport::new(FRAME, HOME, (800.0, 600.0)).with_padding(padding);
        assert!(v.is_home() && v.zoom() == 1.0);
        // HOME (1000 x 500) fits 600 px across beside the padding, centred in what is left.
        assert!(close(v.to_screen((HOME.x, HOME.y + HOME.height / 2.0)), (200.0, 300.0)), "{:?}", v.to_screen((HOME.x, 0.0)));
        assert!(close(v.to_screen((HOME.x + HOME.width, 0.0)), (800.0, 300.0)));
        // The home button, a resize and the padding again keep the opening view padded.
        assert_eq!(v.zoomed(2.0).panned((30.0, 10.0)).home(), v);
        let wider = v.resized((1000.0, 600.0));
        assert!(wider.is_home() && close(wider.to_screen((HOME.x + HOME.width / 2.0, 0.0)), (600.0, 300.0)));
        assert_eq!(v.with_padding(padding), v);
    }

    #[test]
    fn a_moved_view_keeps_its_place_and_scale_when_the_padding_changes() {
        let moved = Viewport::new(FRAME, HOME, (800.0, 600.0)).zoomed(3.0).panned((40.0, -20.0));
        let padded = moved.with_padding(Padding { top: 120.0, ..Padding::default() });
        assert!((padded.scale() - moved.scale()).abs() < 1e-9);
        assert_eq!(padded.center(), moved.center());
        assert!(!padded.is_home());
    }

    #[test]
    fn the_padding_clears_the_places_under_an_overlay_and_no_more() {
        let v = Viewport::new(FRAME, HOME, (800.0, 600.0));
        let key = (8.0, 8.0, 300.0, 100.0);
        let corner = v.to_map((60.0, 80.0));
        let p = v.padding_clear_of(key, &[corner, (0.0, 0.0)]);
        assert!(p.left > 0.0 || p.top > 0.0, "{p:?}");
        let padded = v.with_padding(p);
        let (x, y) = padded.to_screen(corner);
        assert!(x >= 8.0 + 300.0 + 12.0 || y >= 8.0 + 100.0 + 12.0, "still under the key: {x}, {y}");
        // Four pixels less would not do.
        let less = Padding { left: (p.left - 4.0).max(0.0), top: (p.top - 4.0).max(0.0), ..p };
        let (x, y) = v.with_padding(less).to_screen(corner);
        assert!(x < 8.0 + 300.0 + 12.0 && y < 8.0 + 100.0 + 12.0);
        // An overlay over nothing, or one that would take most of the map, asks for no padding.
        assert_eq!(v.padding_clear_of(key, &[(0.0, 0.0)]), Padding::default());
        assert_eq!(v.padding_clear_of((8.0, 8.0, 780.0, 580.0), &[(0.0, 0.0)]), Padding::default());
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
