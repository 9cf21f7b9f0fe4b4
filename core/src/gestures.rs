//! Turns pointer events (mouse, pen, fingers) into pans and pinch-zooms.
//!
//! One pointer down and moving is a drag; two are a pinch, whose change in
//! spread is a zoom about their midpoint and whose midpoint's motion is a pan.

use crate::screen_point::{distance, midpoint};

/// What a pointer move means for the view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Gesture {
    Pan {
        dx: f64,
        dy: f64,
    },
    /// Zoom by `factor` about `at`, then pan by `dx, dy`.
    Pinch {
        factor: f64,
        at: (f64, f64),
        dx: f64,
        dy: f64,
    },
}

/// The pointers now pressed, by id, with their last positions.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PointerTracker {
    pointers: Vec<(i32, (f64, f64))>,
    /// Total distance moved since the first pointer went down: a tap moves little.
    travelled: f64,
}

/// Movement below this many pixels still counts as a tap, not a drag.
pub const TAP_SLOP_PX: f64 = 8.0;

impl PointerTracker {
    pub fn down(&mut self, id: i32, at: (f64, f64)) {
        if self.pointers.is_empty() {
            self.travelled = 0.0;
        }
        self.pointers.retain(|(p, _)| *p != id);
        // Two pointers are enough for every gesture; ignore a third.
        if self.pointers.len() < 2 {
            self.pointers.push((id, at));
        }
    }

    pub fn up(&mut self, id: i32) {
        self.pointers.retain(|(p, _)| *p != id);
    }

    pub fn is_pressed(&self) -> bool {
        !self.pointers.is_empty()
    }

    /// Whether the pointers have moved far enough to be a drag, not a tap.
    pub fn dragged(&self) -> bool {
        self.travelled > TAP_SLOP_PX
    }

    /// Whether a drag is under way: pointers still pressed that have moved
    /// far enough (`dragged` stays true after they lift, until the next
    /// touch).
    pub fn dragging(&self) -> bool {
        self.is_pressed() && self.dragged()
    }

    /// Records a move; returns what it means, if anything.
    pub fn moved(&mut self, id: i32, at: (f64, f64)) -> Option<Gesture> {
        let index = self.pointers.iter().position(|(p, _)| *p == id)?;
        let before = self.pointers.clone();
        self.pointers[index].1 = at;
        let (old, new) = (before[index].1, at);
        self.travelled += distance(old, new);
        match (before.as_slice(), self.pointers.as_slice()) {
            ([_], [_]) => Some(Gesture::Pan { dx: new.0 - old.0, dy: new.1 - old.1 }),
            ([(_, a0), (_, b0)], [(_, a1), (_, b1)]) => {
                let spread0 = distance(*a0, *b0);
                let spread1 = distance(*a1, *b1);
                if spread0 < 1.0 {
                    return None;
                }
                let (m0, m1) = (midpoint(*a0, *b0), midpoint(*a1, *b1));
                Some(Gesture::Pinch { factor: spread1 / spread0, at: m0, dx: m1.0 - m0.0, dy: m1.1 - m0.1 })
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_drag_is_under_way_from_the_slop_until_the_last_pointer_lifts() {
        let mut t = PointerTracker::default();
        t.down(1, (0.0, 0.0));
        t.moved(1, (3.0, 0.0));
        assert!(!t.dragging(), "within the slop it may still be a tap");
        t.moved(1, (20.0, 0.0));
        assert!(t.dragging());
        t.up(1);
        assert!(!t.dragging());
        assert!(t.dragged(), "the drag is remembered until the next touch");
        t.down(2, (5.0, 5.0));
        assert!(!t.dragging() && !t.dragged());
    }

    #[test]
    fn one_finger_pans() {
        let mut t = PointerTracker::default();
        t.down(1, (10.0, 10.0));
        assert_eq!(t.moved(1, (15.0, 7.0)), Some(Gesture::Pan { dx: 5.0, dy: -3.0 }));
    }

    #[test]
    fn two_fingers_spreading_apart_zoom_in_about_their_midpoint() {
        let mut t = PointerTracker::default();
        t.down(1, (100.0, 100.0));
        t.down(2, (200.0, 100.0));
        let g = t.moved(2, (300.0, 100.0)).unwrap();
        assert_eq!(g, Gesture::Pinch { factor: 2.0, at: (150.0, 100.0), dx: 50.0, dy: 0.0 });
    }

    #[test]
    fn a_small_wobble_is_still_a_tap() {
        let mut t = PointerTracker::default();
        t.down(1, (10.0, 10.0));
        t.moved(1, (12.0, 11.0));
        assert!(!t.dragged());
        t.moved(1, (40.0, 11.0));
        assert!(t.dragged());
    }

    #[test]
    fn unknown_pointers_and_lifted_fingers_do_nothing() {
        let mut t = PointerTracker::default();
        assert_eq!(t.moved(7, (1.0, 1.0)), None);
        t.down(1, (0.0, 0.0));
        t.up(1);
        assert_eq!(t.moved(1, (5.0, 5.0)), None);
        assert!(!t.is_pressed());
    }
}
