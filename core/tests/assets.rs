//! Checks on the real data files in `assets/`, read as the app reads them.
//!
//! Each file's checks live in their own clearly named functions.

use atlas_core::map::provenance::Provenance;
use atlas_core::map::{Layer, MapData};
use geo::BoundingRect;
use std::path::PathBuf;

/// Reads `assets/<relative>` from the repository root.
fn asset(relative: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join("assets").join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn problems_text(problems: &[atlas_core::problem::Problem]) -> String {
    problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
}

// --- assets/map/locator.json -------------------------------------------------

fn locator() -> MapData {
    const FILE: &str = "assets/map/locator.json";
    MapData::from_json(FILE, &asset("map/locator.json")).unwrap_or_else(|p| panic!("{}", problems_text(&p)))
}

#[test]
fn locator_loads_as_a_map_in_100_m_units() {
    let map = locator();
    assert_eq!(map.units_per_km, 10.0);
    assert!(map.layer(Layer::NeighbourCountry).count() >= 1, "the locator has no land");
}

#[test]
fn locator_shows_xinjiang_inside_its_frame() {
    let map = locator();
    let xinjiang: Vec<_> = map.layer(Layer::Province).filter(|f| f.id == "xinjiang").collect();
    assert_eq!(xinjiang.len(), 1, "the locator needs exactly one province feature \"xinjiang\"");
    let rect = xinjiang[0].shape.bounding_rect().expect("Xinjiang has an outline");
    let f = map.frame;
    assert!(
        rect.min().x >= f.x && rect.min().y >= f.y && rect.max().x <= f.x + f.width && rect.max().y <= f.y + f.height,
        "Xinjiang {rect:?} is not inside the locator's frame {f:?}"
    );
    // And small in it: the inset shows a continent, not the province.
    assert!(rect.width() < f.width / 4.0 && rect.height() < f.height / 4.0);
}

// --- assets/map/provenance.json ----------------------------------------------

fn provenance() -> Provenance {
    const FILE: &str = "assets/map/provenance.json";
    Provenance::from_json(FILE, &asset("map/provenance.json")).unwrap_or_else(|p| panic!("{}", problems_text(&p)))
}

#[test]
fn provenance_loads_and_lists_at_least_two_sources() {
    let p = provenance();
    assert!(p.sources.len() >= 2, "only {} source(s) listed", p.sources.len());
    assert!(p.sources.iter().any(|s| s.name.contains("Natural Earth")));
    assert!(p.sources.iter().any(|s| s.name.contains("echarts")));
}
