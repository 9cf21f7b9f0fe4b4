//! Checks on the real history in `assets/history/`, read as the app reads it:
//! it loads without a problem against the real map and places, every
//! statement of the sources is covered, the known disagreements are shown as
//! such, and named places are held by the right side on key dates.

use atlas_core::date::Date;
use atlas_core::geography::Geography;
use atlas_core::history::at_date::MapState;
use atlas_core::history::coverage::check_coverage;
use serde::Deserialize;
use std::collections::HashSet;

mod common;
use common::read;

fn text(problems: &[atlas_core::problem::Problem]) -> String {
    problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
}

fn atlas() -> Geography {
    common::real_geography()
}

#[test]
fn the_history_loads_without_a_problem() {
    let g = atlas();
    assert!(g.history.events.len() >= 60, "only {} events", g.history.events.len());
    assert!(g.history.zones.len() >= 8, "only {} zones", g.history.zones.len());
}

#[test]
fn every_dated_statement_of_the_sources_is_covered_or_excluded_with_a_reason() {
    let g = atlas();
    let statements =
        check_coverage(&read("assets/history/coverage.json"), &g.history).unwrap_or_else(|p| panic!("coverage problems:\n{}", text(&p)));
    assert!(statements.len() >= 60, "only {} statements", statements.len());
    // Each source contributes dated statements.
    for source in ["wp-etr", "wp-ina", "etge-archives"] {
        assert!(statements.iter().any(|s| s.source == source), "no statement from {source}");
    }
    // Every event is reached from the coverage list or stands on its own claims:
    // at least, every disputed event is in it.
    let covered: HashSet<&str> = statements.iter().filter_map(|s| s.event.as_deref()).collect();
    for e in g.history.events.iter().filter(|e| e.disagreement.is_some()) {
        assert!(covered.contains(e.id.as_str()), "the disputed event \"{}\" is not in the coverage list", e.id);
    }
}

#[test]
fn every_event_and_every_change_of_control_cites_a_source() {
    let g = atlas();
    for e in &g.history.events {
        assert!(!e.claims.is_empty(), "event {}", e.id);
    }
    for z in &g.history.zones {
        for c in &z.control {
            assert!(!c.sources.is_empty(), "zone {} from {}", z.id, c.from);
        }
    }
}

#[derive(Deserialize)]
struct Disagreement {
    event: String,
    about: String,
}

#[derive(Deserialize)]
struct KeyDate {
    place: String,
    date: String,
    holder: String,
    why: String,
}

#[derive(Deserialize)]
struct Expectations {
    disagreements: Vec<Disagreement>,
    key_dates: Vec<KeyDate>,
}

fn expectations() -> Expectations {
    serde_json::from_str(&read("core/tests/fixtures/history-expectations.json")).unwrap()
}

#[test]
fn each_known_disagreement_is_an_event_with_claims_from_several_sources() {
    let g = atlas();
    for d in expectations().disagreements {
        let Some(i) = g.history.event(&d.event) else { panic!("no event \"{}\" for the disagreement about {}", d.event, d.about) };
        let e = &g.history.events[i];
        let sources: HashSet<&str> = e.claims.iter().map(|c| c.citation.source.as_str()).collect();
        assert!(e.disagreement.is_some(), "{} ({}) does not say what the sources disagree on", e.id, d.about);
        assert!(e.claims.len() >= 2 && sources.len() >= 2, "{} ({}) needs claims from two sources, has {:?}", e.id, d.about, sources);
    }
}

#[test]
fn places_are_held_by_the_side_the_sources_give_on_key_dates() {
    let g = atlas();
    let mut failures = Vec::new();
    for k in expectations().key_dates {
        let date = Date::parse_iso(&k.date).unwrap();
        let zone = g.zone_shapes.zone_of(&k.place).unwrap_or_else(|| panic!("{} lies in no zone", k.place));
        let state = MapState::on(&g.history, date);
        let holder = state.controller_of(zone).map(|c| g.history.actors[c.controller].id.as_str());
        if holder != Some(k.holder.as_str()) {
            failures.push(format!(
                "{} on {}: expected {} ({}), found {:?} (zone {})",
                k.place, k.date, k.holder, k.why, holder, g.history.zones[zone].id
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_place_in_xinjiang_lies_in_a_zone() {
    let g = atlas();
    for p in g.places.on_map().filter(|p| p.district.is_some()) {
        assert!(g.zone_shapes.zone_of(&p.id).is_some(), "{} lies in no zone", p.id);
    }
}

#[test]
fn the_map_state_on_every_day_is_computed_quickly_enough_for_a_slider() {
    // Not a timing assertion: it computes every day of the timeline once, so
    // that a slow path shows up as a slow test, and prints the figure.
    let g = atlas();
    let t = atlas_core::timeline::Timeline::WHOLE;
    let start = std::time::Instant::now();
    let mut held = 0;
    for offset in 0..t.len_days() {
        held += MapState::on(&g.history, t.date_at(offset)).zones.iter().flatten().count();
    }
    let per_day = start.elapsed() / t.len_days() as u32;
    println!("map state: {per_day:?} per day over {} days ({held} zone-days held)", t.len_days());
    assert!(held > 0);
}

#[test]
fn from_any_first_day_stepping_forward_reaches_every_later_event() {
    use atlas_core::history::at_date::next_event;
    let g = atlas();
    let h = &g.history;
    // From the first day of the default timeline, as the slider's Home key leaves it.
    let start = atlas_core::timeline::Timeline::DEFAULT.start();
    let state = MapState::on(h, start);
    let mut seen = vec![state.current_event.unwrap()];
    let (mut date, mut selected) = (start, None);
    while let Some(i) = next_event(h, date, selected) {
        seen.push(i);
        (date, selected) = (h.events[i].day(), Some(i));
    }
    let from = seen[0];
    assert!(h.events[from].day() <= start);
    assert_eq!(seen, (from..h.events.len()).collect::<Vec<_>>());
    // Nothing that begins on or after the first day is skipped.
    assert!(h.events[..from].iter().all(|e| e.day() < start));
}

#[test]
fn stepping_event_by_event_visits_every_event_once_in_date_order() {
    use atlas_core::history::at_date::{next_event, previous_event};
    let g = atlas();
    let h = &g.history;
    let (mut date, mut selected) = (h.events[0].day().add_days(-1), None);
    let mut seen = Vec::new();
    while let Some(i) = next_event(h, date, selected) {
        seen.push(i);
        (date, selected) = (h.events[i].day(), Some(i));
    }
    assert_eq!(seen, (0..h.events.len()).collect::<Vec<_>>());
    let mut back = Vec::new();
    while let Some(i) = previous_event(h, date, selected) {
        back.push(i);
        (date, selected) = (h.events[i].day(), Some(i));
    }
    assert_eq!(back, (0..h.events.len() - 1).rev().collect::<Vec<_>>());
}
