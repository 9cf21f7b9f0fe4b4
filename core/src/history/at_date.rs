//! What the map shows on one day: who holds each zone, which events fall on
//! or around that day, what changed since the day shown before.

use super::{Certainty, History};
use crate::date::Date;
use crate::i18n::messages::Messages;

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
/// assert!(state.zones.is_empty() && state.events_today.is_empty() && state.current_event.is_none());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapState {
    pub date: Date,
    /// Per zone, in [`History::zones`] order; `None` before its history begins.
    pub zones: Vec<Option<ZoneControl>>,
    /// Events that begin on the day (indices into [`History::events`]).
    pub events_today: std::ops::Range<usize>,
    /// The event the panel shows: the first of those begun on the latest
    /// event day up to this one, or the first of all when none has begun.
    pub current_event: Option<usize>,
}

impl MapState {
    pub fn on(history: &History, date: Date) -> MapState {
        let zones = history
            .zones
            .iter()
            .map(|zone| {
                let period = zone.period_on(date)?;
                let c = &zone.control[period];
                Some(ZoneControl { controller: c.controller, certainty: c.certainty, period })
            })
            .collect();
        // Events are in date order, so the day's events are one run of them.
        let events_today = history.events.partition_point(|e| e.day() < date)..history.events.partition_point(|e| e.day() <= date);
        let current_event = last_begun(history, date).or((!history.events.is_empty()).then_some(0));
        MapState { date, zones, events_today, current_event }
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

/// The first event of the latest event day on or before `date`, if any has
/// begun. Events sharing a day are then stepped through one by one.
fn last_begun(history: &History, date: Date) -> Option<usize> {
    let begun = history.events.partition_point(|e| e.day() <= date);
    let day = history.events.get(begun.checked_sub(1)?)?.day();
    Some(history.events.partition_point(|e| e.day() < day))
}

/// The event on show: `selected` when the visitor stepped to it (and the
/// date is still its day), else the current one.
fn on_show(history: &History, date: Date, selected: Option<usize>) -> Option<usize> {
    selected.filter(|&i| history.events.get(i).is_some_and(|e| e.day() == date)).or_else(|| last_begun(history, date))
}

/// The event after the one on show, or the first when none has begun.
pub fn next_event(history: &History, date: Date, selected: Option<usize>) -> Option<usize> {
    let i = on_show(history, date, selected).map_or(0, |i| i + 1);
    (i < history.events.len()).then_some(i)
}

/// The event before the one on show; when the date has moved past the one
/// on show, that event itself (back to its day).
pub fn previous_event(history: &History, date: Date, selected: Option<usize>) -> Option<usize> {
    let i = on_show(history, date, selected)?;
    if history.events[i].day() < date {
        Some(i)
    } else {
        i.checked_sub(1)
    }
}

/// What a screen reader hears as the slider moves: the date, then each change
/// of control ("15 November 1944 — Ghulja and surroundings: East Turkestan
/// Republic"), then the events of the day.
pub fn announcement(history: &History, before: Option<&MapState>, after: &MapState, words: &Messages) -> String {
    let mut text = words.date(after.date);
    let mut parts = Vec::new();
    if let Some(before) = before {
        for change in changes(before, after) {
            let zone = &history.zones[change.zone].name;
            match change.after {
                Some(c) => {
                    let who = &history.actors[c.controller].name;
                    let id = match c.certainty {
                        Certainty::Firm => "change-held",
                        Certainty::Approximate => "change-held-approximate",
                        Certainty::Contested => "change-contested",
                    };
                    parts.push(words.text_with(id, &[("zone", zone.as_str().into()), ("actor", who.as_str().into())]));
                }
                None => parts.push(words.text_with("change-no-information", &[("zone", zone.as_str().into())])),
            }
        }
    }
    parts.extend(after.events_today.clone().map(|e| history.events[e].title.clone()));
    if !parts.is_empty() {
        text.push_str(" — ");
        text.push_str(&parts.join(&words.text("list-separator")));
    }
    text
}
