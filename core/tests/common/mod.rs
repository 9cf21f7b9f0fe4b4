//! Helpers shared by the integration tests that read the real data.

use std::path::PathBuf;

/// Reads a file of the repository, e.g. `read("assets/map/base.json")`.
pub fn read(relative: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The whole atlas, loaded as the app loads it (in English).
#[allow(dead_code)] // not every test file that shares this module loads it
pub fn real_geography() -> atlas_core::geography::Geography {
    use atlas_core::map::{provenance::Provenance, MapData};
    let map = MapData::from_json("assets/map/base.json", &read("assets/map/base.json")).unwrap();
    let locator = MapData::from_json("assets/map/locator.json", &read("assets/map/locator.json")).unwrap();
    let provenance = Provenance::from_json("assets/map/provenance.json", &read("assets/map/provenance.json")).unwrap();
    let places = atlas_core::places::Places::from_json("assets/places/places.json", &read("assets/places/places.json"), map.units_per_km).unwrap();
    let ranges = atlas_core::ranges::ranges_from_json("assets/map/ranges.json", &read("assets/map/ranges.json"), map.units_per_km).unwrap();
    let counties = MapData::from_json("assets/map/counties.json", &read("assets/map/counties.json")).unwrap();
    atlas_core::geography::Geography::new(map, locator, provenance, places, ranges)
        .with_history(&counties, &read("assets/history/actors.json"), &read("assets/history/zones.json"), &read("assets/history/events.json"))
        .unwrap_or_else(|p| panic!("the history has problems:\n{}", p.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")))
}
