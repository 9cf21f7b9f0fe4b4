//! The history files as stored (`assets/history/*.json`) and their checks.
//!
//! Every problem is collected, not just the first, each naming the file, the
//! record and the field, so that a curator can fix them all in one pass.

use super::fuzzy_date::FuzzyDate;
use super::{Actor, Certainty, Citation, Claim, ControlPeriod, Event, EventKind, History, Pattern, Period, Zone, ZonePart};
use crate::json::from_json_record;
use crate::problem::Problem;
use crate::sources::citation_problem;
use std::collections::{HashMap, HashSet};

pub const ACTORS_FILE: &str = "assets/history/actors.json";
pub const ZONES_FILE: &str = "assets/history/zones.json";
pub const EVENTS_FILE: &str = "assets/history/events.json";

/// The texts of the three files the app reads, and what they may refer to.
pub struct HistoryFiles<'a> {
    pub actors: &'a str,
    pub zones: &'a str,
    pub events: &'a str,
    /// Place ids of the catalogue.
    pub places: HashSet<&'a str>,
    /// District ids of the base map.
    pub districts: HashSet<&'a str>,
    /// County ids of the county map.
    pub counties: HashSet<&'a str>,
}

struct ActorFile {
    actors: Vec<ActorRecord>,
}

struct ActorRecord {
    id: String,
    name: String,
    short: String,
    also: Vec<String>,
    description: String,
    holds_territory: bool,
    colour: String,
    pattern: String,
    sources: Vec<CitationRecord>,
}

struct CitationRecord {
    source: String,
    section: String,
}

struct ZoneFile {
    zones: Vec<ZoneRecord>,
}

struct ZoneRecord {
    id: String,
    name: String,
    description: String,
    parts: Vec<PartRecord>,
    control: Vec<ControlRecord>,
}

struct PartRecord {
    district: Option<String>,
    county: Option<String>,
}

struct ControlRecord {
    from: String,
    controller: String,
    certainty: String,
    contested_by: Vec<String>,
    note: String,
    sources: Vec<CitationRecord>,
}

struct EventFile {
    events: Vec<EventRecord>,
    periods: Vec<PeriodRecord>,
}

struct EventRecord {
    id: String,
    date: String,
    kind: String,
    title: String,
    summary: String,
    places: Vec<String>,
    actors: Vec<String>,
    claims: Vec<ClaimRecord>,
    disagreement: Option<String>,
}

struct ClaimRecord {
    source: String,
    section: String,
    date: Option<String>,
    says: String,
}

struct PeriodRecord {
    id: String,
    from: String,
    to: String,
    title: String,
    summary: String,
    sources: Vec<CitationRecord>,
}

from_json_record!(ActorFile, strict { actors: required });
from_json_record!(
    ActorRecord,
    strict {
        id: required,
        name: required,
        short: required,
        also: or_default,
        description: required,
        holds_territory: required,
        colour: required,
        pattern: required,
        sources: or_default,
    }
);
from_json_record!(CitationRecord, strict { source: required, section: required });
from_json_record!(ZoneFile, strict { zones: required });
from_json_record!(ZoneRecord, strict { id: required, name: required, description: or_default, parts: required, control: required });
from_json_record!(PartRecord, strict { district: optional, county: optional });
from_json_record!(
    ControlRecord,
    strict { from: required, controller: required, certainty: required, contested_by: or_default, note: or_default, sources: or_default }
);
from_json_record!(EventFile, strict { events: required, periods: or_default });
from_json_record!(
    EventRecord,
    strict {
        id: required,
        date: required,
        kind: required,
        title: required,
        summary: required,
        places: or_default,
        actors: or_default,
        claims: or_default,
        disagreement: optional,
    }
);
from_json_record!(ClaimRecord, strict { source: required, section: required, date: optional, says: required });
from_json_record!(
    PeriodRecord,
    strict { id: required, from: required, to: required, title: required, summary: or_default, sources: or_default }
);

/// Longest title the panel and the slider's tooltips have room for.
const MAX_TITLE: usize = 80;

/// Collects problems for one file and record.
struct Checker<'p> {
    file: &'static str,
    problems: &'p mut Vec<Problem>,
}

impl Checker<'_> {
    fn report(&mut self, record: &str, field: &str, message: impl Into<String>) {
        self.problems.push(Problem::new(self.file, record, field, message));
    }

    fn date(&mut self, record: &str, field: &str, text: &str) -> Option<FuzzyDate> {
        FuzzyDate::parse(text).map_err(|e| self.report(record, field, e)).ok()
    }

    fn text(&mut self, record: &str, field: &str, text: &str) {
        if text.trim().is_empty() {
            self.report(record, field, "is empty");
        }
    }

    /// Checks citations; at least one is required.
    fn citations(&mut self, record: &str, field: &str, list: Vec<CitationRecord>) -> Vec<Citation> {
        if list.is_empty() {
            self.report(record, field, "cites no source (at least one is required)");
        }
        list.into_iter()
            .enumerate()
            .filter_map(|(i, c)| match citation_problem(&c.source, &c.section) {
                Some(problem) => {
                    self.report(record, &format!("{field}[{i}]"), problem);
                    None
                }
                None => Some(Citation { source: c.source, section: c.section }),
            })
            .collect()
    }

    /// The index of actor `id`, or a problem saying it is unknown.
    fn actor(&mut self, index: &HashMap<&str, usize>, record: &str, field: &str, id: &str) -> Option<usize> {
        let found = index.get(id).copied();
        if found.is_none() {
            self.report(record, field, format!("unknown actor \"{id}\""));
        }
        found
    }

    fn unique_id(&mut self, seen: &mut HashSet<String>, kind: &str, id: &str) {
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            self.report(&format!("{kind} \"{id}\""), "id", "an id is lower-case letters, digits and hyphens");
        }
        if !seen.insert(id.to_owned()) {
            self.report(&format!("{kind} \"{id}\""), "id", "the id is used twice");
        }
    }
}

fn parse<T: crate::json::FromJson>(file: &str, text: &str, what: &str) -> Result<T, Problem> {
    crate::json::from_str(text).map_err(|e| Problem::whole_file(file, format!("not a valid {what} file: {e}")))
}

impl History {
    /// Reads and checks the three files. All problems are returned together.
    pub fn from_json(files: &HistoryFiles) -> Result<History, Vec<Problem>> {
        let mut problems = Vec::new();
        let actor_file: Result<ActorFile, _> = parse(ACTORS_FILE, files.actors, "actor");
        let zone_file: Result<ZoneFile, _> = parse(ZONES_FILE, files.zones, "zone");
        let event_file: Result<EventFile, _> = parse(EVENTS_FILE, files.events, "event");
        let (actor_file, zone_file, event_file) = match (actor_file, zone_file, event_file) {
            (Ok(a), Ok(z), Ok(e)) => (a, z, e),
            (a, z, e) => return Err([a.err(), z.err(), e.err()].into_iter().flatten().collect()),
        };
        let actors = read_actors(actor_file, &mut problems);
        let actor_index: HashMap<&str, usize> = actors.iter().enumerate().map(|(i, a)| (a.id.as_str(), i)).collect();
        let zones = read_zones(zone_file, files, &actors, &actor_index, &mut problems);
        let (events, periods) = read_events(event_file, files, &actor_index, &mut problems);
        if problems.is_empty() {
            Ok(History { actors, zones, events, periods })
        } else {
            Err(problems)
        }
    }
}

fn read_actors(file: ActorFile, problems: &mut Vec<Problem>) -> Vec<Actor> {
    let mut check = Checker { file: ACTORS_FILE, problems };
    let mut seen = HashSet::new();
    if file.actors.is_empty() {
        check.report("", "actors", "the list is empty");
    }
    file.actors
        .into_iter()
        .map(|a| {
            let record = format!("actor \"{}\"", a.id);
            check.unique_id(&mut seen, "actor", &a.id);
            check.text(&record, "name", &a.name);
            check.text(&record, "short", &a.short);
            check.text(&record, "description", &a.description);
            let colour_ok = a.colour.len() == 7 && a.colour.starts_with('#') && a.colour[1..].bytes().all(|b| b.is_ascii_hexdigit());
            if !colour_ok {
                check.report(&record, "colour", format!("\"{}\" is not a colour of the form #rrggbb", a.colour));
            }
            let pattern = Pattern::ALL.into_iter().find(|p| p.name() == a.pattern).unwrap_or_else(|| {
                let names: Vec<_> = Pattern::ALL.iter().map(|p| p.name()).collect();
                check.report(&record, "pattern", format!("\"{}\" is not one of {}", a.pattern, names.join(", ")));
                Pattern::Solid
            });
            let sources = check.citations(&record, "sources", a.sources);
            Actor {
                id: a.id,
                name: a.name,
                short: a.short,
                also: a.also,
                description: a.description,
                holds_territory: a.holds_territory,
                colour: a.colour.to_ascii_lowercase(),
                pattern,
                sources,
            }
        })
        .collect()
}

fn read_zones(
    file: ZoneFile,
    files: &HistoryFiles,
    actors: &[Actor],
    actor_index: &HashMap<&str, usize>,
    problems: &mut Vec<Problem>,
) -> Vec<Zone> {
    let mut check = Checker { file: ZONES_FILE, problems };
    let mut seen = HashSet::new();
    let mut owner: HashMap<String, String> = HashMap::new();
    let mut zones: Vec<Zone> = file
        .zones
        .into_iter()
        .map(|z| {
            let record = format!("zone \"{}\"", z.id);
            check.unique_id(&mut seen, "zone", &z.id);
            check.text(&record, "name", &z.name);
            if z.parts.is_empty() {
                check.report(&record, "parts", "a zone needs at least one district or county");
            }
            let parts: Vec<ZonePart> = z
                .parts
                .into_iter()
                .enumerate()
                .filter_map(|(i, p)| {
                    let field = format!("parts[{i}]");
                    let part = match (p.district, p.county) {
                        (Some(d), None) if files.districts.contains(d.as_str()) => ZonePart::District(d),
                        (None, Some(c)) if files.counties.contains(c.as_str()) => ZonePart::County(c),
                        (Some(d), None) => {
                            check.report(&record, &field, format!("the map has no district \"{d}\""));
                            return None;
                        },
                        (None, Some(c)) => {
                            check.report(&record, &field, format!("the map has no county \"{c}\" (assets/map/counties.json holds only the counties zones use: run `cargo xtask geodata` after adding one)"));
                            return None;
                        },
                        _ => {
                            check.report(&record, &field, "give exactly one of \"district\" or \"county\"");
                            return None;
                        },
                    };
                    let key = match &part {
                        ZonePart::District(id) | ZonePart::County(id) => id.clone(),
                    };
                    if let Some(other) = owner.insert(key.clone(), z.id.clone()) {
                        check.report(&record, &field, format!("\"{key}\" is already part of zone \"{other}\""));
                    }
                    Some(part)
                })
                .collect();
            let districts = parts.iter().filter(|p| matches!(p, ZonePart::District(_))).count();
            if districts > 0 && districts < parts.len() {
                check.report(&record, "parts", "a zone is made of districts or of counties, not both");
            }
            if z.control.is_empty() {
                check.report(&record, "control", "the control history is empty");
            }
            let mut control: Vec<ControlPeriod> = Vec::new();
            for (i, c) in z.control.into_iter().enumerate() {
                let field = |name: &str| format!("control[{i}].{name}");
                let from = check.date(&record, &field("from"), &c.from);
                let controller = check.actor(actor_index, &record, &field("controller"), &c.controller);
                let contested_by: Vec<usize> =
                    c.contested_by.iter().filter_map(|id| check.actor(actor_index, &record, &field("contested_by"), id)).collect();
                if let Some(i) = controller.filter(|&i| !actors[i].holds_territory) {
                    check.report(&record, &field("controller"), format!("actor \"{}\" does not hold territory", actors[i].id));
                }
                let certainty = match c.certainty.as_str() {
                    "firm" => Some(Certainty::Firm),
                    "approximate" => Some(Certainty::Approximate),
                    "contested" => Some(Certainty::Contested),
                    other => {
                        check.report(&record, &field("certainty"), format!("\"{other}\" is not firm, approximate or contested"));
                        None
                    }
                };
                if certainty == Some(Certainty::Contested) && contested_by.is_empty() && c.contested_by.is_empty() {
                    check.report(&record, &field("contested_by"), "a contested period names who contests it");
                }
                let sources = check.citations(&record, &field("sources"), c.sources);
                let (Some(from), Some(controller), Some(certainty)) = (from, controller, certainty) else { continue };
                if let Some(previous) = control.last() {
                    if previous.start() >= from.first() {
                        check.report(
                            &record,
                            &field("from"),
                            format!(
                                "control periods overlap: this one begins {} but the one before begins {}; list them in date order, one per start day",
                                from.first(),
                                previous.start()
                            ),
                        );
                        continue;
                    }
                }
                control.push(ControlPeriod { from, controller, certainty, contested_by, note: c.note, sources });
            }
            Zone { id: z.id, name: z.name, description: z.description, parts, control }
        })
        .collect();
    // Every district must be drawn by some zone, or part of the province would show no one.
    let mut missing: Vec<&&str> = files.districts.iter().filter(|d| !owner.contains_key(**d)).collect();
    missing.sort();
    for d in missing {
        check.report("", "zones", format!("no zone covers the district \"{d}\""));
    }
    zones.sort_by_key(Zone::is_overlay);
    zones
}

fn read_events(
    file: EventFile,
    files: &HistoryFiles,
    actor_index: &HashMap<&str, usize>,
    problems: &mut Vec<Problem>,
) -> (Vec<Event>, Vec<Period>) {
    let mut check = Checker { file: EVENTS_FILE, problems };
    let mut seen = HashSet::new();
    let kinds: Vec<&str> = EventKind::ALL.iter().map(|k| k.name()).collect();
    let mut events: Vec<Event> = file
        .events
        .into_iter()
        .filter_map(|e| {
            let record = format!("event \"{}\"", e.id);
            check.unique_id(&mut seen, "event", &e.id);
            let date = check.date(&record, "date", &e.date);
            let kind = EventKind::ALL.into_iter().find(|k| k.name() == e.kind);
            if kind.is_none() {
                check.report(&record, "kind", format!("\"{}\" is not one of {}", e.kind, kinds.join(", ")));
            }
            check.text(&record, "title", &e.title);
            if e.title.chars().count() > MAX_TITLE {
                check.report(&record, "title", format!("is longer than {MAX_TITLE} characters"));
            }
            check.text(&record, "summary", &e.summary);
            if e.places.is_empty() {
                check.report(&record, "places", "names no place (use a region such as \"ili\" when nothing finer fits)");
            }
            for p in e.places.iter().filter(|p| !files.places.contains(p.as_str())) {
                check.report(&record, "places", format!("unknown place \"{p}\""));
            }
            let actors: Vec<usize> = e.actors.iter().filter_map(|a| check.actor(actor_index, &record, "actors", a)).collect();
            if e.claims.is_empty() {
                check.report(&record, "claims", "has no claim: every event cites at least one source");
            }
            let claims: Vec<Claim> = e
                .claims
                .into_iter()
                .enumerate()
                .filter_map(|(i, c)| {
                    let field = format!("claims[{i}]");
                    check.text(&record, &format!("{field}.says"), &c.says);
                    let date = match &c.date {
                        Some(text) => Some(check.date(&record, &format!("{field}.date"), text)?),
                        None => None,
                    };
                    if let Some(problem) = citation_problem(&c.source, &c.section) {
                        check.report(&record, &field, problem);
                        return None;
                    }
                    Some(Claim { citation: Citation { source: c.source, section: c.section }, date, says: c.says })
                })
                .collect();
            let disagreement = e.disagreement.filter(|d| !d.trim().is_empty());
            let dates: HashSet<String> = claims.iter().filter_map(|c| c.date.as_ref().map(|d| d.edtf())).collect();
            if disagreement.is_some() && claims.len() < 2 {
                check.report(&record, "disagreement", "a disagreement needs at least two claims, one per source");
            }
            if disagreement.is_none() && dates.len() > 1 {
                check.report(&record, "disagreement", "the claims give different dates; say what the sources disagree on");
            }
            Some(Event {
                id: e.id,
                date: date?,
                kind: kind?,
                title: e.title,
                summary: e.summary,
                places: e.places,
                actors,
                claims,
                disagreement,
            })
        })
        .collect();
    events.sort_by_key(Event::day);
    let periods = file
        .periods
        .into_iter()
        .filter_map(|p| {
            let record = format!("period \"{}\"", p.id);
            check.unique_id(&mut seen, "period", &p.id);
            check.text(&record, "title", &p.title);
            let from = check.date(&record, "from", &p.from);
            let to = check.date(&record, "to", &p.to);
            let sources = check.citations(&record, "sources", p.sources);
            let (from, to) = (from?, to?);
            if to.last() < from.first() {
                check.report(&record, "to", "the period ends before it begins");
                return None;
            }
            Some(Period { id: p.id, from, to, title: p.title, summary: p.summary, sources })
        })
        .collect();
    (events, periods)
}
