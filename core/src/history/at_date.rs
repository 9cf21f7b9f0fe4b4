//! What the map shows on one day: who holds each zone, which events fall on
//! or around that day, what changed since the day shown before.

use super::{Certainty, History};
use crate::date::Date;

/// Who holds a zone on the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ZoneControl {
    /// Index into [`History::actors`].
    pub controller: usize,
    pub certainty: Certainty,
    /// Index of the period in the zone's control history.
    pub period: usize,
}

/// The state of the map on `date`, computed from the history alone.
///
/// ```
/// # use atlas_core::history::{History, at_date::MapState};
/// # use atlas_core::date::Date;
/// let history = History::default();
/// let state = MapState::on(&history, Date::new(1944, 11, 12).unwrap());
/// assert!(state.zones.is_empty() && state.current_event.is_none());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapState {
    pub date: Date,
    /// Per zone, in [`History::zones`] order; `None` before its history begins.
    pub zones: Vec<Option<ZoneControl>>,
    /// Events whose date covers the day (indices into [`History::events`]).
    pub events_on_day: Vec<usize>,
    /// The event the panel shows: the last one begun by this day, or the
    /// first of all when none has begun.
    pub current_event: Option<usize>,
}

impl MapState {
    pub fn on(history: &History, date: Date) -> MapState {
        let zones = history
            .zones
            .iter()
            .map(|zone| {
                let period = zone.control.iter().take_while(|c| c.start() <= date).count().checked_sub(1)?;
                let c = &zone.control[period];
                Some(ZoneControl { controller: c.controller, certainty: c.certainty, period })
            })
            .collect();
        let events_on_day =
            (0..history.events.len()).filter(|&i| history.events[i].date.first() <= date && date <= history.events[i].date.last()).collect();
        let begun = history.events.partition_point(|e| e.day() <= date);
        let current_event = begun.checked_sub(1).or((!history.events.is_empty()).then_some(0));
        MapState { date, zones, events_on_day, current_event }
    }

    /// The controller of a zone, by the zone's index.
    pub fn controller_of(&self, zone: usize) -> Option<ZoneControl> {
        self.zones.get(zone).copied().flatten()
    }
}

/// A zone that changed hands (or certainty) between two days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    pub zone: usize,
    pub before: Option<ZoneControl>,
    pub after: Option<ZoneControl>,
}

/// The zones whose control differs between two states, in zone order.
pub fn changes(before: &MapState, after: &MapState) -> Vec<Change> {
    before
        .zones
        .iter()
        .zip(&after.zones)
        .enumerate()
        .filter(|(_, (b, a))| b.map(|c| (c.controller, c.certainty)) != a.map(|c| (c.controller, c.certainty)))
        .map(|(zone, (&before, &after))| Change { zone, before, after })
        .collect()
}

/// The event after the one on show: after `selected` when the visitor has
/// stepped to one (events sharing a day are visited one by one), else the
/// first that begins after `date`.
pub fn next_event(history: &History, date: Date, selected: Option<usize>) -> Option<usize> {
    let i = match selected {
        Some(i) if history.events.get(i).is_some_and(|e| e.day() == date) => i + 1,
        _ => history.events.partition_point(|e| e.day() <= date),
    };
    (i < history.events.len()).then_some(i)
}

/// The event before the one on show: before `selected` when the visitor
/// has stepped to one, else the last that begins before `date`.
pub fn previous_event(history: &History, date: Date, selected: Option<usize>) -> Option<usize> {
    match selected {
        Some(i) if history.events.get(i).is_some_and(|e| e.day() == date) => i.checked_sub(1),
        _ => history.events.partition_point(|e| e.day() < date).checked_sub(1),
    }
}

/// What a screen reader hears as the slider moves: the date, then each change
/// of control ("15 November 1944 — Ghulja and surroundings: East Turkestan
/// Republic"), then the events of the day.
pub fn announcement(history: &History, before: Option<&MapState>, after: &MapState) -> String {
    let mut text = after.date.to_string();
    let mut parts = Vec::new();
    if let Some(before) = before {
        for change in changes(before, after) {
            let zone = &history.zones[change.zone].name;
            match change.after {
                Some(c) => {
                    let who = &history.actors[c.controller].name;
                    match c.certainty {
                        Certainty::Firm => parts.push(format!("{zone}: {who}")),
                        Certainty::Approximate => parts.push(format!("{zone}: {who} (approximate)")),
                        Certainty::Contested => parts.push(format!("{zone}: contested, held by {who}")),
                    }
                }
                None => parts.push(format!("{zone}: no information")),
            }
        }
    }
    for &e in &after.events_on_day {
        if history.events[e].date.first() == after.date {
            parts.push(history.events[e].title.clone());
        }
    }
    if !parts.is_empty() {
        text.push_str(" — ");
        text.push_str(&parts.join("; "));
    }
    text
}
