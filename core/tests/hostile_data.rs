//! Damaged data never panics: each real data file, mutated thousands of ways
//! (bytes cut, repeated, swapped for others, values exchanged), is either read
//! or refused with at least one problem; nothing in between.

use atlas_core::geography::Geography;
use atlas_core::history::{History, HistoryFiles};
use atlas_core::map::provenance::Provenance;
use atlas_core::map::MapData;
use atlas_core::places::Places;
use atlas_core::ranges::ranges_from_json;
use std::collections::HashSet;

mod common;
use common::read;

/// A small deterministic generator, so that a failure can be replayed.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Characters that matter to JSON and to the atlas's own formats.
const NOISE: &[&str] = &[
    "\"", "{", "}", "[", "]", ",", ":", "-", "/", "?", "~", "0", "9", "1e308", "-1", "null", "true", "\\u0000", "é", "<script>", "NaN", " ",
];

fn mutate(text: &str, rng: &mut Lcg) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for _ in 0..=rng.below(3) {
        let at = rng.below(bytes.len());
        match rng.below(5) {
            0 => {
                let end = (at + rng.below(64)).min(bytes.len());
                bytes.drain(at..end);
            }
            1 => {
                let end = (at + rng.below(256)).min(bytes.len());
                let copy = bytes[at..end].to_vec();
                let to = rng.below(bytes.len());
                bytes.splice(to..to, copy);
            }
            2 => {
                let noise = NOISE[rng.below(NOISE.len())].as_bytes();
                bytes.splice(at..at, noise.iter().copied());
            }
            3 => {
                // Exchange two quoted values: ids, dates and names end up in the wrong places.
                let s = String::from_utf8_lossy(&bytes).into_owned();
                let quotes: Vec<usize> = s.match_indices('"').map(|(i, _)| i).collect();
                if quotes.len() > 8 {
                    let a = rng.below(quotes.len() / 2 - 1) * 2;
                    let b = rng.below(quotes.len() / 2 - 1) * 2;
                    let (a, b) = (a.min(b), a.max(b));
                    if b > a + 1 {
                        let first = s[quotes[a]..=quotes[a + 1]].to_owned();
                        let second = s[quotes[b]..=quotes[b + 1]].to_owned();
                        let swapped = format!(
                            "{}{}{}{}{}",
                            &s[..quotes[a]],
                            second,
                            &s[quotes[a + 1] + 1..quotes[b]],
                            first,
                            &s[quotes[b + 1] + 1..]
                        );
                        bytes = swapped.into_bytes();
                    }
                }
            }
            _ => {
                if let Some(b) = bytes.get_mut(at) {
                    *b = b"0123456789-:,\"{}[]x"[rng.below(19)];
                }
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// How many variants of each file; `ATLAS_SOAK=1` runs ten times as many.
fn rounds() -> usize {
    if std::env::var_os("ATLAS_SOAK").is_some() {
        3000
    } else {
        300
    }
}

#[test]
fn damaged_history_files_are_refused_with_problems_never_a_panic() {
    let map = MapData::from_json("base", &read("assets/map/base.json")).unwrap();
    let counties = MapData::from_json("counties", &read("assets/map/counties.json")).unwrap();
    let places = Places::from_json("places", &read("assets/places/places.json"), map.units_per_km).unwrap();
    let texts = [read("assets/history/actors.json"), read("assets/history/zones.json"), read("assets/history/events.json")];
    let mut rng = Lcg(2024);
    let (mut accepted, mut refused) = (0, 0);
    for round in 0..rounds() * 3 {
        let mut files = texts.clone();
        let slot = round % 3;
        files[slot] = mutate(&files[slot], &mut rng);
        let history = HistoryFiles {
            actors: &files[0],
            zones: &files[1],
            events: &files[2],
            places: places.places.iter().map(|p| p.id.as_str()).collect(),
            districts: map.features.iter().filter(|f| f.layer == atlas_core::map::Layer::District).map(|f| f.id.as_str()).collect(),
            counties: counties.features.iter().map(|f| f.id.as_str()).collect::<HashSet<_>>(),
        };
        match History::from_json(&history) {
            Ok(_) => accepted += 1,
            Err(problems) => {
                assert!(!problems.is_empty());
                refused += 1;
            }
        }
    }
    assert!(refused > accepted, "most damage must be caught: {refused} refused, {accepted} accepted");
}

#[test]
fn damaged_map_and_place_files_are_refused_with_problems_never_a_panic() {
    let mut rng = Lcg(77);
    let [counties, locator, provenance, places, ranges] = [
        "assets/map/counties.json",
        "assets/map/locator.json",
        "assets/map/provenance.json",
        "assets/places/places.json",
        "assets/map/ranges.json",
    ]
    .map(read);
    for _ in 0..rounds() {
        let _ = MapData::from_json("base", &mutate(&counties, &mut rng));
        let _ = MapData::from_json("locator", &mutate(&locator, &mut rng));
        let _ = Provenance::from_json("provenance", &mutate(&provenance, &mut rng));
        let _ = Places::from_json("places", &mutate(&places, &mut rng), 10.0);
        let _ = ranges_from_json("ranges", &mutate(&ranges, &mut rng), 10.0);
    }
}

#[test]
fn an_accepted_mutation_still_builds_a_whole_atlas() {
    // Whatever the checks let through must be drawable: zones with outlines,
    // events in date order.
    let map = MapData::from_json("base", &read("assets/map/base.json")).unwrap();
    let counties = MapData::from_json("counties", &read("assets/map/counties.json")).unwrap();
    let places = Places::from_json("places", &read("assets/places/places.json"), map.units_per_km).unwrap();
    let locator = MapData::from_json("locator", &read("assets/map/locator.json")).unwrap();
    let provenance = Provenance::from_json("provenance", &read("assets/map/provenance.json")).unwrap();
    let mut rng = Lcg(5);
    let [actors, zones, events] = ["assets/history/actors.json", "assets/history/zones.json", "assets/history/events.json"].map(read);
    for _ in 0..rounds() / 3 {
        let damaged = mutate(&events, &mut rng);
        let g = Geography::new(map.clone(), locator.clone(), provenance.clone(), places.clone(), vec![]);
        if let Ok(g) = g.with_history(&counties, &actors, &zones, &damaged) {
            assert_eq!(g.zone_shapes.paths.len(), g.history.zones.len());
            assert!(g.history.events.windows(2).all(|w| w[0].day() <= w[1].day()));
        }
    }
}
