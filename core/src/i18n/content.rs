//! The history in another language: files under `assets/i18n/<code>/`
//! (`events.json`, `zones.json`, `actors.json`) that mirror the English
//! files by id, laid over them; and the places' labels in that language.
//!
//! What a file lacks stays in English and is reported (the tests require
//! every entry), so a half-finished translation never hides content.

use super::Language;
use crate::history::History;
use crate::json::from_json_record;
use crate::places::Places;
use crate::problem::Problem;
use std::collections::BTreeMap;

/// The files, in the order [`ContentTranslation::parse`] takes them.
pub const CONTENT_FILES: [&str; 3] = ["events.json", "zones.json", "actors.json"];

/// Where a language's content file lives, relative to the page.
pub fn path_of(language: Language, file: &str) -> String {
    format!("assets/i18n/{}/{file}", language.code())
}

#[derive(Default)]
struct EventsFile {
    events: BTreeMap<String, EventText>,
    periods: BTreeMap<String, PeriodText>,
}

struct EventText {
    title: String,
    summary: String,
    claims: Vec<String>,
    disagreement: Option<String>,
    /// A note for the curator; never shown.
    _review: Option<String>,
}

struct PeriodText {
    title: String,
    summary: String,
    _review: Option<String>,
}

#[derive(Default)]
struct ZonesFile {
    zones: BTreeMap<String, ZoneText>,
}

struct ZoneText {
    name: String,
    description: String,
    notes: Vec<Option<String>>,
    _review: Option<String>,
}

#[derive(Default)]
struct ActorsFile {
    actors: BTreeMap<String, ActorText>,
}

struct ActorText {
    name: String,
    short: String,
    description: String,
    _review: Option<String>,
}

from_json_record!(EventsFile, lenient { events: or_default, periods: or_default });
from_json_record!(
    EventText,
    strict { title: required, summary: required, claims: or_default, disagreement: optional, _review: optional = "review" }
);
from_json_record!(PeriodText, strict { title: required, summary: required, _review: optional = "review" });
from_json_record!(ZonesFile, lenient { zones: or_default });
from_json_record!(ZoneText, strict { name: required, description: required, notes: or_default, _review: optional = "review" });
from_json_record!(ActorsFile, lenient { actors: or_default });
from_json_record!(ActorText, strict { name: required, short: required, description: required, _review: optional = "review" });

/// One language's content, read from its four files.
#[derive(Default)]
pub struct ContentTranslation {
    language: Language,
    events: EventsFile,
    zones: ZonesFile,
    actors: ActorsFile,
}

impl ContentTranslation {
    /// Reads the files' texts (in the order of [`CONTENT_FILES`]).
    pub fn parse(language: Language, texts: [&str; 3]) -> Result<ContentTranslation, Vec<Problem>> {
        fn read<T: crate::json::FromJson>(language: Language, file: &str, text: &str, problems: &mut Vec<Problem>) -> Option<T> {
            crate::json::from_str(text).map_err(|e| problems.push(Problem::whole_file(&path_of(language, file), e.to_string()))).ok()
        }
        let mut problems = Vec::new();
        let events = read(language, CONTENT_FILES[0], texts[0], &mut problems);
        let zones = read(language, CONTENT_FILES[1], texts[1], &mut problems);
        let actors = read(language, CONTENT_FILES[2], texts[2], &mut problems);
        match (events, zones, actors) {
            (Some(events), Some(zones), Some(actors)) if problems.is_empty() => Ok(ContentTranslation { language, events, zones, actors }),
            _ => Err(problems),
        }
    }

    /// Lays the translation over the English history, and chooses the
    /// places' labels. Returns what it lacked (left in English)
    /// and what it has that the data does not.
    pub fn apply(&self, history: &mut History, places: &mut Places) -> Vec<Problem> {
        let mut problems = Vec::new();
        let file = |name: &str| path_of(self.language, name);
        let missing = |problems: &mut Vec<Problem>, name: &str, kind: &str, id: &str| {
            problems.push(Problem::new(&file(name), &format!("{kind} \"{id}\""), "", "no translation: shown in English"));
        };
        for event in &mut history.events {
            let Some(t) = self.events.events.get(&event.id) else {
                missing(&mut problems, CONTENT_FILES[0], "event", &event.id);
                continue;
            };
            event.title = t.title.clone();
            event.summary = t.summary.clone();
            if t.claims.len() == event.claims.len() {
                for (claim, says) in event.claims.iter_mut().zip(&t.claims) {
                    claim.says = says.clone();
                }
            } else {
                problems.push(Problem::new(
                    &file(CONTENT_FILES[0]),
                    &format!("event \"{}\"", event.id),
                    "claims",
                    format!("{} translations for {} claims", t.claims.len(), event.claims.len()),
                ));
            }
            match (&mut event.disagreement, &t.disagreement) {
                (Some(english), Some(text)) => *english = text.clone(),
                (None, None) => {}
                _ => problems.push(Problem::new(
                    &file(CONTENT_FILES[0]),
                    &format!("event \"{}\"", event.id),
                    "disagreement",
                    "present in one language only",
                )),
            }
        }
        for period in &mut history.periods {
            match self.events.periods.get(&period.id) {
                Some(t) => (period.title, period.summary) = (t.title.clone(), t.summary.clone()),
                None => missing(&mut problems, CONTENT_FILES[0], "period", &period.id),
            }
        }
        for zone in &mut history.zones {
            let Some(t) = self.zones.zones.get(&zone.id) else {
                missing(&mut problems, CONTENT_FILES[1], "zone", &zone.id);
                continue;
            };
            (zone.name, zone.description) = (t.name.clone(), t.description.clone());
            if t.notes.len() == zone.control.len() {
                for (period, note) in zone.control.iter_mut().zip(&t.notes) {
                    if let Some(note) = note {
                        period.note = note.clone();
                    }
                }
            } else {
                problems.push(Problem::new(
                    &file(CONTENT_FILES[1]),
                    &format!("zone \"{}\"", zone.id),
                    "notes",
                    format!("{} notes for {} control periods", t.notes.len(), zone.control.len()),
                ));
            }
        }
        for actor in &mut history.actors {
            match self.actors.actors.get(&actor.id) {
                Some(t) => (actor.name, actor.short, actor.description) = (t.name.clone(), t.short.clone(), t.description.clone()),
                None => missing(&mut problems, CONTENT_FILES[2], "actor", &actor.id),
            }
        }
        // Ids the data does not have: a renamed record, most likely.
        let known =
            |ids: &mut dyn Iterator<Item = &String>, kind: &str, name: &str, exists: &dyn Fn(&str) -> bool, problems: &mut Vec<Problem>| {
                for id in ids.filter(|id| !exists(id)) {
                    problems.push(Problem::new(&file(name), &format!("{kind} \"{id}\""), "", "the English data has no such record"));
                }
            };
        known(&mut self.events.events.keys(), "event", CONTENT_FILES[0], &|id| history.event(id).is_some(), &mut problems);
        known(&mut self.events.periods.keys(), "period", CONTENT_FILES[0], &|id| history.periods.iter().any(|p| p.id == id), &mut problems);
        known(&mut self.zones.zones.keys(), "zone", CONTENT_FILES[1], &|id| history.zones.iter().any(|z| z.id == id), &mut problems);
        known(&mut self.actors.actors.keys(), "actor", CONTENT_FILES[2], &|id| history.actors.iter().any(|a| a.id == id), &mut problems);
        places.use_language(self.language);
        problems
    }
}
