//! The app's state and the actions that change it, as plain data.
//!
//! The root component keeps one [`AtlasState`] in a `use_reducer`; children
//! receive what they show and send [`Action`]s back.

use atlas_core::date::Date;
use atlas_core::geography::Geography;
use atlas_core::timeline::Timeline;
use atlas_core::viewport::Viewport;
use std::rc::Rc;
use yew::Reducible;

/// The loaded geography, shared by the components that draw it. Two handles
/// are equal when they point at the same data: comparing thousands of points
/// on every slider step is what this spares.
#[derive(Clone, Debug)]
pub struct SharedGeography(pub Rc<Geography>);

impl PartialEq for SharedGeography {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedGeography {
    type Target = Geography;

    fn deref(&self) -> &Geography {
        &self.0
    }
}

impl From<Geography> for SharedGeography {
    fn from(geography: Geography) -> Self {
        SharedGeography(Rc::new(geography))
    }
}

/// Where the map's data is in its journey from the server.
#[derive(Clone, Debug, PartialEq)]
pub enum MapLoad {
    Loading,
    Ready(SharedGeography),
    /// The file that failed, and why, in words for a visitor.
    Failed { file: String, reason: String },
}

#[derive(Clone, Debug, PartialEq)]
pub struct AtlasState {
    pub timeline: Timeline,
    pub date: Date,
    pub map: MapLoad,
    /// The map area's size in CSS pixels, once measured.
    pub screen: Option<(f64, f64)>,
    /// The view; there is none until the data and the screen size are known.
    pub viewport: Option<Viewport>,
    /// The place whose card is open.
    pub selected_place: Option<String>,
    /// Whether "About this map" is open (in the card's place).
    pub about_open: bool,
}

/// A change to the view of the map.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ViewAction {
    ZoomAt { factor: f64, at: (f64, f64) },
    Zoom(f64),
    Pan(f64, f64),
    Reset,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Show this date (clamped to the timeline).
    SetDate(Date),
    /// Move by a number of days (negative: back).
    StepDays(i64),
    MapLoaded(SharedGeography),
    MapFailed { file: String, reason: String },
    /// The map area now measures this many CSS pixels.
    Resize(f64, f64),
    View(ViewAction),
    /// Open a place's card (and bring the place into view), or close it.
    SelectPlace(Option<String>),
    /// Open or close "About this map".
    ShowAbout(bool),
}

/// How far a selected place is zoomed in, at least.
const PLACE_ZOOM: f64 = 2.0;

impl Default for AtlasState {
    fn default() -> Self {
        let timeline = Timeline::DEFAULT;
        AtlasState { timeline, date: timeline.start(), map: MapLoad::Loading, screen: None, viewport: None, selected_place: None, about_open: false }
    }
}

impl AtlasState {
    /// The state after `action`; the old state is left as it was.
    pub fn apply(&self, action: Action) -> AtlasState {
        let mut next = self.clone();
        match action {
            Action::SetDate(date) => next.date = self.timeline.clamp(date),
            Action::StepDays(days) => next.date = self.timeline.clamp(self.date.add_days(days)),
            Action::MapLoaded(geography) => next.map = MapLoad::Ready(geography),
            Action::MapFailed { file, reason } => next.map = MapLoad::Failed { file, reason },
            Action::Resize(width, height) => {
                if width.is_finite() && height.is_finite() && width > 0.0 && height > 0.0 {
                    next.screen = Some((width, height));
                    next.viewport = self.viewport.map(|v| v.resized((width, height)));
                }
            }
            Action::View(view) => {
                next.viewport = self.viewport.map(|v| match view {
                    ViewAction::ZoomAt { factor, at } => v.zoomed_at(factor, at),
                    ViewAction::Zoom(factor) => v.zoomed(factor),
                    ViewAction::Pan(dx, dy) => v.panned((dx, dy)),
                    ViewAction::Reset => v.home(),
                })
            }
            Action::ShowAbout(open) => {
                next.about_open = open;
                if open {
                    next.selected_place = None;
                }
            }
            Action::SelectPlace(None) => next.selected_place = None,
            Action::SelectPlace(Some(id)) => {
                if let Some(place) = match &self.map {
                    MapLoad::Ready(geography) => geography.places.get(&id),
                    _ => None,
                } {
                    // Places beyond the map's edge have nowhere on it to go to.
                    if place.edge.is_none() {
                        next.viewport = self.viewport.map(|v| v.centred_on(place.xy, PLACE_ZOOM));
                    }
                    next.selected_place = Some(id);
                    next.about_open = false;
                }
            }
        }
        // The first view appears as soon as both the data and the screen size are known.
        if next.viewport.is_none() {
            if let (MapLoad::Ready(geography), Some(screen)) = (&next.map, next.screen) {
                next.viewport = Some(Viewport::new(geography.map.frame, geography.home, screen));
            }
        }
        next
    }
}

impl Reducible for AtlasState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stepping_past_the_end_stays_on_the_last_day() {
        let state = AtlasState::default().apply(Action::StepDays(100_000));
        assert_eq!(state.date, Timeline::DEFAULT.end());
    }

    #[test]
    fn a_date_before_the_timeline_is_brought_inside() {
        let state = AtlasState::default().apply(Action::SetDate(Date::new(1930, 1, 1).unwrap()));
        assert_eq!(state.date, Timeline::DEFAULT.start());
    }

    #[test]
    fn a_nonsense_size_is_ignored() {
        let state = AtlasState::default().apply(Action::Resize(f64::NAN, 10.0)).apply(Action::Resize(0.0, 10.0));
        assert_eq!(state.screen, None);
    }

    #[test]
    fn view_actions_before_the_map_is_ready_change_nothing() {
        let state = AtlasState::default();
        assert_eq!(state.apply(Action::View(ViewAction::Zoom(2.0))), state);
        assert_eq!(state.apply(Action::SelectPlace(Some("ghulja".into()))), state);
    }
}
