//! The app's state and the actions that change it, as plain data.
//!
//! The root component keeps one [`AtlasState`] in a `use_reducer`; children
//! receive what they show and send [`Action`]s back.

use atlas_core::date::Date;
use atlas_core::map::MapData;
use atlas_core::timeline::Timeline;
use std::rc::Rc;
use yew::Reducible;

/// Where the base map is in its journey from the server.
#[derive(Clone, Debug, PartialEq)]
pub enum MapLoad {
    Loading,
    Ready(Rc<MapData>),
    /// The file that failed, and why, in words for a visitor.
    Failed { file: String, reason: String },
}

#[derive(Clone, Debug, PartialEq)]
pub struct AtlasState {
    pub timeline: Timeline,
    pub date: Date,
    pub map: MapLoad,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Show this date (clamped to the timeline).
    SetDate(Date),
    /// Move by a number of days (negative: back).
    StepDays(i64),
    MapLoaded(Rc<MapData>),
    MapFailed { file: String, reason: String },
}

impl Default for AtlasState {
    fn default() -> Self {
        let timeline = Timeline::DEFAULT;
        AtlasState { timeline, date: timeline.start(), map: MapLoad::Loading }
    }
}

impl AtlasState {
    /// The state after `action`; the old state is left as it was.
    pub fn apply(&self, action: Action) -> AtlasState {
        let mut next = self.clone();
        match action {
            Action::SetDate(date) => next.date = self.timeline.clamp(date),
            Action::StepDays(days) => next.date = self.timeline.clamp(self.date.add_days(days)),
            Action::MapLoaded(map) => next.map = MapLoad::Ready(map),
            Action::MapFailed { file, reason } => next.map = MapLoad::Failed { file, reason },
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
}
