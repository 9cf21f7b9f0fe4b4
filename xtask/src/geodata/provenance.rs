//! `assets/map/provenance.json`: what the atlas's "About this map" panel
//! shows. It is written by the same run that makes the map files, from the
//! figures that run used (projection, frame, tolerances), so it stays true.
//!
//! Read in the app by `atlas_core::map::provenance::Provenance::from_json`.

use super::locator::Locator;
use super::shape::{Frame, UNITS_PER_KM};
use super::{admin, water};
use atlas_core::projection::Albers;
use std::fmt::Write as _;
use std::path::Path;

/// One data source as the panel lists it.
pub struct Source {
    pub name: String,
    pub licence: String,
    pub used_for: String,
    pub what_was_done: String,
}

/// Everything the file says.
pub struct Provenance {
    pub projection_name: String,
    pub projection_parameters: String,
    pub simplification: String,
    pub quantisation: String,
    pub caveat: String,
    pub sources: Vec<Source>,
}

/// Builds the provenance from the figures of this run and writes
/// `assets/map/provenance.json`.
pub fn write(root: &Path, projection: &Albers, frame: &Frame, tolerance_units: f64, locator: &Locator) -> Result<(), String> {
    let provenance = build(projection, frame, tolerance_units, locator);
    let json = to_json(&provenance);
    let path = root.join("assets").join("map").join("provenance.json");
    std::fs::write(&path, &json).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    println!("geodata: wrote assets/map/provenance.json: {} sources, {} bytes", provenance.sources.len(), json.len());
    Ok(())
}

/// Metres in a map unit.
const M_PER_UNIT: f64 = 1000.0 / UNITS_PER_KM;

/// A figure in metres or kilometres, as a reader would say it.
fn distance(units: f64) -> String {
    let m = units * M_PER_UNIT;
    if m < 1000.0 {
        format!("{m:.0} m")
    } else {
        format!("{:.1} km", m / 1000.0)
    }
}

/// Degrees east as written in prose: 25°E, 150°E.
fn east(lon: f64) -> String {
    format!("{lon}°E")
}

fn north(lat: f64) -> String {
    format!("{lat}°N")
}

/// A list in prose: "a", "a and b", "a, b and c".
fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

pub fn build(projection: &Albers, frame: &Frame, tolerance_units: f64, locator: &Locator) -> Provenance {
    let p = projection;
    let wall_px = super::WALL_PX;
    let px_km = frame.width as f64 / wall_px / UNITS_PER_KM;
    let tolerance = distance(tolerance_units);
    let locator_tolerance = distance(locator.tolerance_units);
    let frame_box =
        format!("{}–{} × {}–{}", east(super::FRAME_LON.0), east(super::FRAME_LON.1), north(super::FRAME_LAT.0), north(super::FRAME_LAT.1));
    let locator_box = format!("{}–{} × {}–{}", east(locator.lon.0), east(locator.lon.1), north(locator.lat.0), north(locator.lat.1));
    let names =
        |layer: &str, picks: &[super::Pick]| -> Vec<&'static str> { picks.iter().filter(|p| p.layer == layer).map(|p| p.name).collect() };
    let countries = names("neighbour-country", super::COUNTRIES);
    let provinces = names("neighbour-province", super::PROVINCES);

    let mut sources = vec![
        Source {
            name: format!("Natural Earth 4.1.0 (via {} {})", locator.world_atlas.name, locator.world_atlas.version),
            licence: "public domain (package: ISC)".into(),
            used_for: "neighbouring countries; the locator inset".into(),
            what_was_done: format!(
                "Country outlines at 1:50m ({}) projected, simplified with a tolerance of {tolerance}, \
                 clipped to the map frame ({frame_box}) and fitted to the Chinese provinces: where they \
                 overlap the provinces win, and slivers between the two data sets (up to {} km wide) \
                 go to the nearest country, so no gap or overlap shows. Locator inset: the {} \
                 countries at 1:110m that reach into {locator_box} merged into one land area, simplified with a \
                 tolerance of {locator_tolerance} (half a pixel of the inset drawn {} px wide) and cut \
                 along the edges of that area; land and lakes smaller than one such pixel ({:.0} km²) left out.",
                and_list(&countries),
                super::SLIVER_REACH_KM,
                locator.countries,
                locator.inset_px,
                locator.min_area_units / (UNITS_PER_KM * UNITS_PER_KM)
            ),
        },
        Source {
            name: format!("{} {} China map", locator.echarts.name, locator.echarts.version),
            licence: "Apache-2.0 (package); the map data's own origin is not stated".into(),
            used_for: format!("Xinjiang and the neighbouring Chinese provinces ({}); Xinjiang on the locator inset", and_list(&provinces)),
            what_was_done: format!(
                "Decoded from echarts' compressed format, projected, simplified with a tolerance of \
                 {tolerance} ({locator_tolerance} on the locator); the neighbouring provinces clipped \
                 to the map frame and the hairline gaps between them closed, Xinjiang kept as it is. \
                 This is Chinese web-map data of unclear lineage; it follows the People's Republic's \
                 official lines (Aksai Chin lies inside Xinjiang)."
            ),
        },
    ];
    sources.extend(layer_sources(&tolerance));

    Provenance {
        projection_name: "Albers equal-area conic (sphere)".into(),
        projection_parameters: format!(
            "central meridian {}, origin {}, standard parallels {} and {}, radius {} km",
            east(p.central_meridian),
            north(p.latitude_of_origin),
            north(p.standard_parallels.0),
            north(p.standard_parallels.1),
            p.radius_km
        ),
        simplification: format!(
            "Ramer–Douglas–Peucker, tolerance {tolerance}: half a pixel of a {wall_px} px wide screen \
             showing the whole map (one pixel = {px_km:.2} km); on the locator inset {locator_tolerance}, \
             half a pixel of the inset drawn {} px wide",
            locator.inset_px
        ),
        quantisation: format!("coordinates rounded to {M_PER_UNIT} m"),
        caveat: caveat(),
        sources,
    }
}

/// The sources of the layers on top of the outlines (see `layers.rs`): the
/// 1940s districts, counties and county seats; lakes and rivers.
fn layer_sources(tolerance: &str) -> Vec<Source> {
    let cities = &super::CITIES;
    let basemap = &super::BASEMAP;
    let districts: Vec<&str> = admin::DISTRICTS.iter().map(|d| d.name).collect();
    let rivers: Vec<&str> = water::RIVERS.iter().map(|r| r.name).collect();
    vec![
        Source {
            name: format!("{} {}", cities.name, cities.version),
            licence: "MIT (package); the map data's own origin is not stated".into(),
            used_for: format!(
                "the {} districts of the 1940s ({}), their counties and the county seats",
                admin::DISTRICTS.len(),
                and_list(&districts)
            ),
            what_was_done: format!(
                "Today's county outlines decoded and projected; each 1940s district is the union of \
                 the present-day counties that roughly cover it, simplified with a tolerance of \
                 {tolerance} and fitted into Xinjiang's outline, and the counties fitted into their \
                 districts, so all lines meet exactly. County seats are the data's label points. \
                 Same Chinese web-map lineage as the echarts China map, with present-day county lines."
            ),
        },
        Source {
            name: format!("GSHHG 2.3.6 and WDBII (via {} {})", basemap.name, basemap.version),
            licence: "LGPL-3.0-or-later".into(),
            used_for: "lakes and rivers".into(),
            what_was_done: format!(
                "Intermediate-resolution river lines joined into a network; each named river ({} in \
                 all: {}) traced through it between points chosen by hand, the rest kept as \
                 other rivers. Lakes named by a point known to lie in each; other lakes under \
                 {} km² and reservoirs built after the 1940s left out. Everything simplified \
                 with a tolerance of {tolerance} and clipped to the map frame.",
                rivers.len(),
                and_list(&rivers),
                water::LAKE_MIN_KM2
            ),
        },
    ]
}

fn caveat() -> String {
    "Boundaries are today's, standing in for those of 1944–1949, and are approximate. \
     In those years the western neighbours were Soviet republics, British India was \
     not partitioned into India and Pakistan until August 1947, and the border with \
     Mongolia was not settled until 1962. The 1940s districts are pieced together from \
     today's counties, which do not follow the old lines: the Ili district then also \
     took in Bortala, the Tarbagatay district Wusu and Shawan, and cities such as \
     Karamay and Shihezi were created later. Lakes and rivers are today's data: \
     reservoirs built since are left out, Lake Zaysan keeps the raised shore of a \
     later reservoir, and Ebinur, Lake Manas and Lop Nur have shrunk or dried up \
     since. Mountain range labels and the courses of the named rivers were placed \
     by hand from general geography."
        .to_string()
}

fn string(s: &str) -> String {
    serde_json::to_string(s).expect("a string always serialises")
}

/// Pretty-printed JSON, keys in the order the panel reads them, ending in a newline.
pub fn to_json(p: &Provenance) -> String {
    let mut out = String::new();
    out.push_str("{\n");
    writeln!(
        out,
        "  \"projection\": {{\n    \"name\": {},\n    \"parameters\": {}\n  }},",
        string(&p.projection_name),
        string(&p.projection_parameters)
    )
    .unwrap();
    writeln!(out, "  \"simplification\": {},", string(&p.simplification)).unwrap();
    writeln!(out, "  \"quantisation\": {},", string(&p.quantisation)).unwrap();
    writeln!(out, "  \"caveat\": {},", string(&p.caveat)).unwrap();
    out.push_str("  \"sources\": [");
    for (i, s) in p.sources.iter().enumerate() {
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        write!(
            out,
            "    {{\n      \"name\": {},\n      \"licence\": {},\n      \"used_for\": {},\n      \"what_was_done\": {}\n    }}",
            string(&s.name),
            string(&s.licence),
            string(&s.used_for),
            string(&s.what_was_done)
        )
        .unwrap();
    }
    out.push_str("\n  ]\n}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_read_as_prose() {
        assert_eq!(and_list(&[]), "");
        assert_eq!(and_list(&["a"]), "a");
        assert_eq!(and_list(&["a", "b"]), "a and b");
        assert_eq!(and_list(&["a", "b", "c"]), "a, b and c");
    }

    #[test]
    fn distances_read_in_metres_or_kilometres() {
        assert_eq!(distance(3.65), "365 m");
        assert_eq!(distance(182.68), "18.3 km");
    }

    #[test]
    fn the_json_is_valid_and_in_reading_order() {
        let p = Provenance {
            projection_name: "P".into(),
            projection_parameters: "a \"quoted\" b".into(),
            simplification: "s".into(),
            quantisation: "q".into(),
            caveat: "c".into(),
            sources: vec![
                Source { name: "n1".into(), licence: "l".into(), used_for: "u".into(), what_was_done: "w".into() },
                Source { name: "n2".into(), licence: "l".into(), used_for: "u".into(), what_was_done: "w".into() },
            ],
        };
        let json = to_json(&p);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["projection"]["parameters"], "a \"quoted\" b");
        assert_eq!(v["sources"][1]["name"], "n2");
        let order: Vec<usize> = ["\"projection\"", "\"simplification\"", "\"quantisation\"", "\"caveat\"", "\"sources\""]
            .iter()
            .map(|k| json.find(k).unwrap())
            .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]));
    }
}
