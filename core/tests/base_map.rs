//! Checks on the generated base map layers (`cargo xtask geodata`): the
//! 1940s districts, the counties and their seats, lakes and rivers, read as
//! the app reads them.

use atlas_core::map::{Layer, MapData, MapFeature};
use atlas_core::projection::Albers;
use geo::{Area, BooleanOps, Contains, MultiPolygon, Point, Validation};
use std::path::PathBuf;

/// Square map units in a km² (1 unit = 100 m).
const KM2: f64 = 100.0;

fn asset(relative: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join("assets").join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn load(relative: &str) -> MapData {
    let file = format!("assets/{relative}");
    MapData::from_json(&file, &asset(relative))
        .unwrap_or_else(|problems| panic!("{}", problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")))
}

fn districts(map: &MapData) -> Vec<&MapFeature> {
    map.layer(Layer::District).collect()
}

const DISTRICT_IDS: [&str; 10] = ["ili", "tarbagatay", "altay", "dihua", "hami", "karashahr", "aksu", "kashgar", "yarkand", "khotan"];

#[test]
fn the_ten_districts_are_there_and_marked_approximate() {
    let map = load("map/base.json");
    let ids: Vec<&str> = districts(&map).iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, DISTRICT_IDS);
    for f in districts(&map) {
        assert!(f.approximate, "district {} is not marked approximate", f.id);
    }
    let names: Vec<&str> = districts(&map).iter().map(|f| f.name.as_str()).collect();
    assert!(names.contains(&"Kumul (Hami)") && names.contains(&"Karashahr (Yanqi)"), "{names:?}");
}

#[test]
fn district_polygons_are_valid() {
    let map = load("map/base.json");
    for f in districts(&map) {
        assert!(!f.shape.0.is_empty(), "district {} has no polygon", f.id);
        if let Err(e) = f.shape.check_validation() {
            panic!("district {} is not a valid polygon set: {e}", f.id);
        }
    }
}

#[test]
fn districts_do_not_overlap() {
    let map = load("map/base.json");
    let d = districts(&map);
    for i in 0..d.len() {
        for j in i + 1..d.len() {
            let overlap = d[i].shape.intersection(&d[j].shape).unsigned_area() / KM2;
            assert!(overlap < 1.0, "districts {} and {} overlap by {overlap:.2} km²", d[i].id, d[j].id);
        }
    }
}

#[test]
fn districts_cover_xinjiang() {
    let map = load("map/base.json");
    let xinjiang = map.layer(Layer::Province).find(|f| f.id == "xinjiang").expect("Xinjiang is on the map");
    let union = districts(&map).iter().fold(MultiPolygon(vec![]), |acc, f| acc.union(&f.shape));
    let province = xinjiang.shape.unsigned_area();
    let difference = union.difference(&xinjiang.shape).unsigned_area() + xinjiang.shape.difference(&union).unsigned_area();
    assert!(difference < 0.005 * province, "the districts differ from Xinjiang by {:.0} km²", difference / KM2);
}

#[test]
fn features_come_in_drawing_order() {
    let map = load("map/base.json");
    let order = [Layer::NeighbourCountry, Layer::NeighbourProvince, Layer::Province, Layer::District, Layer::Lake, Layer::River];
    let ranks: Vec<usize> =
        map.features.iter().map(|f| order.iter().position(|l| *l == f.layer).expect("a layer of the base map")).collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "features are not in drawing order");
}

#[test]
fn rivers_are_lines_and_the_named_ones_are_there() {
    let map = load("map/base.json");
    let rivers: Vec<&MapFeature> = map.layer(Layer::River).collect();
    for id in ["river-ili", "river-kash", "river-tekes", "river-kunes", "river-manas", "river-black-irtysh", "river-tarim"] {
        assert!(rivers.iter().any(|r| r.id == id), "{id} is missing");
    }
    for r in &rivers {
        assert!(!r.lines.0.is_empty() && r.shape.0.is_empty(), "{} should have lines only", r.id);
        assert!(r.lines.iter().all(|l| l.0.len() >= 2));
    }
}

#[test]
fn lakes_are_there_and_the_kapchagay_reservoir_is_not() {
    let map = load("map/base.json");
    let lakes: Vec<&MapFeature> = map.layer(Layer::Lake).collect();
    for id in ["lake-balkhash", "lake-zaysan", "lake-sayram", "lake-ebinur", "lake-bosten", "lake-ulungur", "lake-issyk-kul"] {
        assert!(lakes.iter().any(|l| l.id == id), "{id} is missing");
    }
    // The reservoir (filled from 1970) lies on the Ili at 77.6°E 43.85°N.
    let (x, y) = Albers::ATLAS.project(77.6, 43.85);
    let kapchagay = Point::new(x * 10.0, -y * 10.0);
    assert!(!lakes.iter().any(|l| l.shape.contains(&kapchagay)), "a lake covers the Kapchagay reservoir");
}

#[derive(serde::Deserialize)]
struct Seat {
    id: String,
    name_zh: String,
    lon: f64,
    lat: f64,
}

#[test]
fn counties_load_and_every_seat_lies_in_its_county() {
    let counties = load("map/counties.json");
    let seats: Vec<Seat> = serde_json::from_str(&asset("map/county-seats.json")).expect("county-seats.json is a list of seats");
    // counties.json holds the counties the zones are built from; every one has its seat.
    assert!(!counties.features.is_empty() && counties.features.len() <= seats.len());
    for county in &counties.features {
        let seat = seats.iter().find(|s| s.id == county.id).unwrap_or_else(|| panic!("county {} has no seat", county.id));
        assert_eq!(county.layer, Layer::County);
        assert!(!seat.name_zh.is_empty());
        if let Err(e) = county.shape.check_validation() {
            panic!("county {} is not a valid polygon set: {e}", county.id);
        }
        let (x, y) = Albers::ATLAS.project(seat.lon, seat.lat);
        assert!(county.shape.contains(&Point::new(x * 10.0, -y * 10.0)), "the seat of {} lies outside it", county.id);
    }
    for id in ["county-yining-city", "county-nileke", "county-tacheng", "county-aletai", "county-dushanzi", "county-shache", "county-kashi"]
    {
        assert!(seats.iter().any(|s| s.id == id), "{id} is missing");
    }
}
