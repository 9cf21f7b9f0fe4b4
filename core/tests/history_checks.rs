//! The history checks on small hand-made files: a valid set, and broken
//! variants that must each be rejected with a message a curator can act on.

use atlas_core::date::Date;
use atlas_core::history::at_date::{announcement, changes, next_event, previous_event, MapState};
use atlas_core::history::marks::TrackMarks;
use atlas_core::history::{Certainty, History, HistoryFiles};
use atlas_core::timeline::Timeline;
use std::collections::HashSet;
use std::path::PathBuf;

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/history").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn load(actors: &str, zones: &str, events: &str) -> Result<History, Vec<String>> {
    let files = HistoryFiles {
        actors,
        zones,
        events,
        places: HashSet::from(["ghulja", "airambek"]),
        districts: HashSet::from(["ili"]),
        counties: HashSet::from(["county-yining-city"]),
    };
    History::from_json(&files).map_err(|problems| problems.iter().map(ToString::to_string).collect())
}

fn valid() -> History {
    load(&fixture("actors.json"), &fixture("zones.json"), &fixture("events.json")).unwrap_or_else(|p| panic!("{}", p.join("\n")))
}

fn day(y: i32, m: u8, d: u8) -> Date {
    Date::new(y, m, d).unwrap()
}

#[test]
fn the_valid_set_loads_with_events_in_date_order_and_county_zones_last() {
    let h = valid();
    let ids: Vec<_> = h.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["rising", "declared", "airfield"]);
    let zones: Vec<_> = h.zones.iter().map(|z| z.id.as_str()).collect();
    assert_eq!(zones, ["ili", "ghulja"]);
}

/// (file of the broken set, expected words in one of the messages)
const BROKEN: [(&str, &str); 13] = [
    ("wrong-date.events.json", "assets/history/events.json: event \"airfield\", date: \"1945-02-30\" is not a day of the calendar"),
    ("unknown-actor.events.json", "event \"airfield\", actors: unknown actor \"kmt\""),
    ("unknown-controller.zones.json", "zone \"ili\", control[0].controller: unknown actor \"kmt\""),
    ("unknown-county.zones.json", "zone \"ghulja\", parts[1]: the map has no county \"county-atlantis\""),
    ("overlapping-control.zones.json", "zone \"ghulja\", control[2].from: control periods overlap"),
    ("missing-source.events.json", "event \"rising\", claims: has no claim: every event cites at least one source"),
    ("missing-control-source.zones.json", "zone \"ili\", control[0].sources: cites no source"),
    ("unknown-section.events.json", "source \"wp-etr\" has no section \"Battles\""),
    ("disagreement-unsaid.events.json", "event \"declared\", disagreement: the claims give different dates"),
    ("unknown-place.events.json", "event \"rising\", places: unknown place \"atlantis\""),
    ("misspelt-field.zones.json", "unknown field `contested_with` (the fields are `from`, `controller`, `certainty`, `contested_by`, `note`, `sources`) at `zones[0].control[1]`"),
    ("bad-colour.actors.json", "actor \"etr\", colour: \"blue\" is not a colour of the form #rrggbb"),
    ("supporter-holds-land.zones.json", "actor \"ussr\" does not hold territory"),
];

#[test]
fn each_broken_file_is_rejected_with_a_clear_message() {
    for (name, expected) in BROKEN {
        let broken = fixture(&format!("broken/{name}"));
        let mut files = [fixture("actors.json"), fixture("zones.json"), fixture("events.json")];
        let slot = ["actors", "zones", "events"].iter().position(|k| name.ends_with(&format!(".{k}.json"))).unwrap();
        files[slot] = broken;
        match load(&files[0], &files[1], &files[2]) {
            Ok(_) => panic!("{name} was accepted"),
            Err(problems) => assert!(
                problems.iter().any(|p| p.contains(expected)),
                "{name}: expected a message containing\n  {expected}\ngot\n  {}",
                problems.join("\n  ")
            ),
        }
    }
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let events = fixture("broken/wrong-date.events.json").replace("\"kmt\"", "").replace("\"rising\", \"date\": \"1944-11-07\"", "");
    let zones = fixture("broken/overlapping-control.zones.json");
    let problems = load(&fixture("actors.json"), &zones, &events).unwrap_err();
    assert!(problems.len() >= 2, "{problems:?}");
}

#[test]
fn garbage_is_a_message_not_a_panic() {
    for text in ["", "{", "[]", "null", "{\"events\": 5}", "{\"zones\": [{}]}"] {
        let problems = load(text, text, text).unwrap_err();
        assert_eq!(problems.len(), 3, "{text:?}: {problems:?}");
        assert!(problems[0].starts_with("assets/history/actors.json: not a valid actor file"), "{problems:?}");
    }
}

#[test]
fn control_on_a_day_follows_the_dated_history() {
    let h = valid();
    let ghulja = h.zone("ghulja").unwrap();
    let (etr, roc) = (h.actor("etr").unwrap(), h.actor("roc").unwrap());
    let at = |d| MapState::on(&h, d).controller_of(ghulja).map(|c| (c.controller, c.certainty));
    assert_eq!(at(day(1942, 12, 31)), None, "before the history begins");
    assert_eq!(at(day(1944, 11, 6)), Some((roc, Certainty::Firm)));
    assert_eq!(at(day(1944, 11, 7)), Some((etr, Certainty::Contested)));
    assert_eq!(at(day(1945, 1, 31)), Some((etr, Certainty::Firm)));
}

#[test]
fn the_current_event_is_the_last_begun_or_else_the_first() {
    let h = valid();
    let current = |d| MapState::on(&h, d).current_event.map(|i| h.events[i].id.as_str());
    assert_eq!(current(day(1944, 9, 1)), Some("rising"));
    assert_eq!(current(day(1944, 11, 7)), Some("rising"));
    assert_eq!(current(day(1944, 11, 20)), Some("declared"));
    assert_eq!(current(day(1949, 1, 1)), Some("airfield"));
}

#[test]
fn next_and_previous_event_step_through_every_event() {
    let h = valid();
    let (mut d, mut selected) = (day(1944, 1, 1), None);
    let mut seen = Vec::new();
    while let Some(i) = next_event(&h, d, selected) {
        seen.push(h.events[i].id.clone());
        (d, selected) = (h.events[i].day(), Some(i));
    }
    assert_eq!(seen, ["rising", "declared", "airfield"]);
    let mut back = Vec::new();
    while let Some(i) = previous_event(&h, d, selected) {
        back.push(h.events[i].id.clone());
        (d, selected) = (h.events[i].day(), Some(i));
    }
    assert_eq!(back, ["declared", "rising"]);
    // Without a chosen event, the steps start from the one on show.
    assert_eq!(next_event(&h, day(1944, 11, 7), None), h.event("declared"));
    assert_eq!(previous_event(&h, day(1944, 11, 12), None), h.event("rising"));
    // Between two events, back goes to the day of the one on show.
    assert_eq!(previous_event(&h, day(1944, 11, 20), None), h.event("declared"));
}

#[test]
fn the_announcement_names_the_date_and_what_changed() {
    let h = valid();
    let before = MapState::on(&h, day(1944, 11, 6));
    let after = MapState::on(&h, day(1944, 11, 7));
    assert_eq!(changes(&before, &after).len(), 1);
    assert_eq!(
        announcement(&h, Some(&before), &after, &atlas_core::i18n::messages::Messages::english()),
        "7 November 1944 — Ghulja: contested, held by East Turkestan Republic; Rising"
    );
    assert_eq!(announcement(&h, Some(&after), &after, &atlas_core::i18n::messages::Messages::english()), "7 November 1944 — Rising");
}

#[test]
fn the_track_marks_events_disputes_periods_and_contested_spans() {
    let h = valid();
    let marks = TrackMarks::new(&h, Timeline::DEFAULT, &atlas_core::i18n::messages::Messages::english());
    assert_eq!(marks.events.len(), 3);
    assert!(marks.events.iter().all(|m| (0.0..=1.0).contains(&m.at)));
    assert_eq!(marks.events.iter().filter(|m| m.disputed).count(), 1);
    assert_eq!(marks.periods.len(), 1);
    assert_eq!(marks.contested.len(), 1);
    assert!(marks.contested[0].label.contains("7 November 1944 to 30 January 1945"), "{}", marks.contested[0].label);
}

#[test]
fn a_coverage_list_naming_an_unknown_zone_or_event_is_rejected() {
    use atlas_core::history::coverage::check_coverage;
    let h = valid();
    let text = r#"{ "statements": [
        { "source": "wp-etr", "section": "Ili Rebellion", "date": "1944-11", "statement": "Ghulja changes hands.", "zone": "atlantis" },
        { "source": "wp-etr", "section": "Ili Rebellion", "date": "1944-11-12", "statement": "Declared.", "event": "declared" },
        { "source": "wp-ina", "section": "Lead", "date": "1945-04-08", "statement": "Army formed.", "event": "army-formed" },
        { "source": "wp-ina", "section": "Lead", "date": "1945", "statement": "Both.", "event": "declared", "excluded": "no" }
    ] }"#;
    let problems: Vec<String> = check_coverage(text, &h).unwrap_err().iter().map(ToString::to_string).collect();
    assert!(problems.iter().any(|p| p.contains("statements[0], zone: no zone \"atlantis\"")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("statements[2], event: no event \"army-formed\"")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("statements[3]") && p.contains("exactly one")), "{problems:?}");
    assert_eq!(problems.len(), 3, "{problems:?}");
}
