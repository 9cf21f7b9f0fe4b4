//! The view as a handout: what a printed page or an exported picture says
//! besides the map — the title, the date in words, the event on show, a key
//! to the parties holding territory that day, the sources of what is shown,
//! the map data's sources with their licences and the note that boundaries
//! are approximate — and the standalone SVG document that carries it all
//! with the map ([`svg_document`]).

mod document;
pub mod fonts;
mod style;

pub use document::{escape, file_name, svg_document, MapPicture, SvgDocument};
pub use style::{map_style, style_variables, variable};

use crate::date::Date;
use crate::geography::Geography;
use crate::history::at_date::{MapState, ZoneControl};
use crate::history::{Certainty, Citation, ControlPeriod, Pattern};
use crate::i18n::messages::Messages;
use crate::i18n::Language;
use crate::sources::{source, source_title_in, SOURCES};

/// What a handout of the view says besides the map, in the language of the
/// messages it was made with (the history is already in that language when
/// the geography was translated).
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    pub date: Date,
    /// "15 September 1945", "15 сентября 1945 г.".
    pub date_words: String,
    /// The event on show: its title, with its own date when that is not the day shown.
    pub event: Option<String>,
    /// The parties holding territory that day, then what the paler and
    /// striped fills mean (when the map shows them) and "No information".
    pub legend: Vec<LegendEntry>,
    /// The sources of what is shown: one line per source text, naming the
    /// sections cited by the day's control and by the event on show.
    pub sources: Vec<String>,
    /// The map data's sources with their licences (in English, as their
    /// authors publish them).
    pub attribution: Vec<String>,
    /// In another language than English, the note that says so.
    pub attribution_note: Option<String>,
}

/// One line of the key.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    pub swatch: Swatch,
    pub label: String,
}

/// What a key entry's sample shows.
#[derive(Clone, Debug, PartialEq)]
pub enum Swatch {
    /// A holder's colour (`#rrggbb`) and pattern.
    Holder { colour: String, pattern: Pattern },
    /// The pale veil of approximate control.
    Approximate,
    /// The stripes of contested control, in the other side's colour (its id and colour).
    Contested { actor: String, colour: String },
    /// No information on who held it.
    Unknown,
}

impl Snapshot {
    /// The handout of `state` (the map on its date) with `event` on show
    /// (an index into the history's events). Indices that do not fit the
    /// history are left out, never a panic.
    pub fn new(geography: &Geography, state: &MapState, event: Option<usize>, words: &Messages) -> Snapshot {
        let (legend, sources) = key(geography, &state.zones, event, words);
        let (attribution, attribution_note) = attribution(geography, words);
        Snapshot {
            date: state.date,
            date_words: words.date(state.date),
            event: event_line(geography, event, state.date, words),
            legend,
            sources,
            attribution,
            attribution_note,
        }
    }
}

/// The key to `zones` (who holds each, as in [`MapState::zones`]) and the
/// sources of what is shown, with `event` on show: what a handout says
/// whatever the day, as long as the same zones are held (so that a printed
/// page redraws it only when a holder changes).
pub fn key(
    geography: &Geography,
    zones: &[Option<ZoneControl>],
    event: Option<usize>,
    words: &Messages,
) -> (Vec<LegendEntry>, Vec<String>) {
    let history = &geography.history;
    // The zones held, each with its period of control.
    let held: Vec<(Certainty, usize, &ControlPeriod)> = zones
        .iter()
        .zip(&history.zones)
        .filter_map(|(c, zone)| c.and_then(|c| Some((c.certainty, c.controller, zone.control.get(c.period)?))))
        .collect();
    let mut legend: Vec<LegendEntry> = history
        .actors
        .iter()
        .enumerate()
        .filter(|(i, _)| held.iter().any(|h| h.1 == *i))
        .map(|(_, a)| LegendEntry {
            swatch: Swatch::Holder { colour: a.colour.clone(), pattern: a.pattern },
            label: words.text_with("key-held-by", &[("actor", a.name.as_str().into())]),
        })
        .collect();
    if held.iter().any(|h| h.0 == Certainty::Approximate) {
        legend.push(LegendEntry { swatch: Swatch::Approximate, label: words.text("key-approximate") });
    }
    // The map stripes a zone in the colour of the first other side named.
    if let Some(other) = held.iter().find_map(|h| h.2.contested_by.first()).and_then(|&i| history.actors.get(i)) {
        legend.push(LegendEntry {
            swatch: Swatch::Contested { actor: other.id.clone(), colour: other.colour.clone() },
            label: words.text("key-contested"),
        });
    }
    if held.len() < zones.len().min(history.zones.len()) {
        legend.push(LegendEntry { swatch: Swatch::Unknown, label: words.text("key-no-information") });
    }
    let shown = event.and_then(|i| history.events.get(i));
    let citations = held.iter().flat_map(|h| &h.2.sources).chain(shown.into_iter().flat_map(|e| e.claims.iter().map(|c| &c.citation)));
    (legend, cited(citations, words))
}

/// The map data's sources with their licences, and in another language than
/// English the note that says they are in English.
pub fn attribution(geography: &Geography, words: &Messages) -> (Vec<String>, Option<String>) {
    (
        geography.provenance.sources.iter().map(|s| format!("{} — {}", s.name, s.licence)).collect(),
        (words.language() != Language::English).then(|| words.text("about-in-english")),
    )
}

/// The event on show (an index into the history's events) in a line under
/// the date: its title, with its own date when that is not the day shown.
pub fn event_line(geography: &Geography, event: Option<usize>, date: Date, words: &Messages) -> Option<String> {
    let e = geography.history.events.get(event?)?;
    Some(if e.day() == date {
        e.title.clone()
    } else {
        words.text_with("print-event-dated", &[("event", e.title.as_str().into()), ("date", e.date.in_words(words).into())])
    })
}

/// One line per source text, in the order of [`SOURCES`], naming the sections
/// cited in the order of the text: `Encyclopedia article “Ili National
/// Army”, section “Regiments and campaigns”`. (Walked in that order rather
/// than sorted: sorting code weighs more in the WebAssembly module.)
fn cited<'a>(citations: impl Iterator<Item = &'a Citation>, words: &Messages) -> Vec<String> {
    let citations: Vec<&Citation> = citations.collect();
    let is_cited = |source: &str, section: &str| citations.iter().any(|c| c.source == source && c.section == section);
    let mut by_source: Vec<(&str, Vec<&str>)> =
        SOURCES.iter().map(|s| (s.id, s.sections.iter().copied().filter(|section| is_cited(s.id, section)).collect())).collect();
    // Sections and sources the list does not know (checked data has none) come last.
    for c in &citations {
        let known = source(&c.source).is_some_and(|s| s.sections.contains(&c.section.as_str()));
        if known {
            continue;
        }
        match by_source.iter_mut().find(|(s, _)| *s == c.source) {
            Some((_, sections)) if sections.contains(&c.section.as_str()) => {}
            Some((_, sections)) => sections.push(&c.section),
            None => by_source.push((&c.source, vec![&c.section])),
        }
    }
    by_source
        .into_iter()
        .filter(|(_, sections)| !sections.is_empty())
        .map(|(id, sections)| {
            let separator = words.text("print-list-separator");
            let list = sections
                .iter()
                .map(|s| words.text_with("print-section-name", &[("section", (*s).into())]))
                .collect::<Vec<_>>()
                .join(&separator);
            words.text_with(
                "print-source-sections",
                &[("source", source_title_in(id, words).into()), ("count", sections.len().into()), ("sections", list.into())],
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn citation(source: &str, section: &str) -> Citation {
        Citation { source: source.into(), section: section.into() }
    }

    #[test]
    fn citations_are_grouped_by_source_in_the_order_of_the_texts() {
        let list =
            [citation("wp-ina", "History"), citation("wp-etr", "National Army"), citation("wp-etr", "Lead"), citation("wp-ina", "History")];
        assert_eq!(
            cited(list.iter(), &Messages::english()),
            vec![
                "Encyclopedia article “Second East Turkestan Republic”, sections “Lead”, “National Army”",
                "Encyclopedia article “Ili National Army”, section “History”",
            ]
        );
    }

    #[test]
    fn an_unknown_source_is_named_as_such_not_dropped() {
        assert_eq!(cited([citation("nowhere", "x")].iter(), &Messages::english()), vec!["Unknown source, section “x”"]);
    }
}
