//! The marks on the slider's track: one per event, and bands for named
//! periods and for the spans when some zone is contested.

use super::{Certainty, History};
use crate::date::Date;
use crate::i18n::messages::Messages;
use crate::timeline::Timeline;

/// An event's mark, at its first day.
#[derive(Clone, Debug, PartialEq)]
pub struct EventMark {
    /// Index into [`History::events`].
    pub event: usize,
    /// Where on the track, 0 (start) to 1 (end).
    pub at: f64,
    /// The sources disagree about it.
    pub disputed: bool,
}

/// A span of the track, 0–1 at both ends.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    pub from: f64,
    pub to: f64,
    pub label: String,
}

/// Everything drawn on the track for one timeline.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct TrackMarks {
    pub events: Vec<EventMark>,
    pub periods: Vec<Band>,
    pub contested: Vec<Band>,
}

impl TrackMarks {
    /// The marks of `history` on `timeline`, the bands named in `words`'s language
    /// ("Peace talks: 14 October 1945 to 6 June 1946").
    pub fn new(history: &History, timeline: Timeline, words: &Messages) -> TrackMarks {
        let span = (timeline.len_days() - 1).max(1) as f64;
        let at = |date: Date| timeline.offset_of(date) as f64 / span;
        let inside = |first: Date, last: Date| last >= timeline.start() && first <= timeline.end();
        let events = history
            .events
            .iter()
            .enumerate()
            .filter(|(_, e)| inside(e.day(), e.day()))
            .map(|(event, e)| EventMark { event, at: at(e.day()), disputed: e.disagreement.is_some() })
            .collect();
        let periods = history
            .periods
            .iter()
            .filter(|p| inside(p.from.first(), p.to.last()))
            .map(|p| Band {
                from: at(p.from.first()),
                to: at(p.to.last()),
                label: words.text_with(
                    "track-period-band",
                    &[("period", p.title.as_str().into()), ("from", p.from.in_words(words).into()), ("to", p.to.in_words(words).into())],
                ),
            })
            .collect();
        let contested = contested_spans(history)
            .into_iter()
            .filter(|&(first, last)| inside(first, last))
            .map(|(first, last)| Band {
                from: at(first),
                to: at(last),
                label: words.text_with("track-contested-band", &[("from", words.date(first).into()), ("to", words.date(last).into())]),
            })
            .collect();
        TrackMarks { events, periods, contested }
    }
}

/// The days when at least one zone was contested, as merged spans
/// (first day, last day), in date order.
pub fn contested_spans(history: &History) -> Vec<(Date, Date)> {
    let mut spans: Vec<(Date, Date)> = Vec::new();
    for zone in &history.zones {
        for (i, period) in zone.control.iter().enumerate() {
            if period.certainty != Certainty::Contested {
                continue;
            }
            // A contested period left open at the end of the data lasts a year at most on the track.
            let last = zone.control.get(i + 1).map_or(period.start().add_months(12), |next| next.start().add_days(-1));
            spans.push((period.start(), last));
        }
    }
    spans.sort();
    let mut merged: Vec<(Date, Date)> = Vec::new();
    for (first, last) in spans {
        match merged.last_mut() {
            Some(m) if first <= m.1.add_days(1) => m.1 = m.1.max(last),
            _ => merged.push((first, last)),
        }
    }
    merged
}
