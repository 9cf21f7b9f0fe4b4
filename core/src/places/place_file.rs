//! The place catalogue as stored (`assets/places/places.json`) and its validation.

use super::{project_to_map, CoordinateNote, EdgeNote, Place, PlaceKind, PlaceNames, Places, SourceRef};
use crate::json::from_json_record;
use crate::problem::Problem;
use std::collections::HashSet;

/// The sources the atlas's content may cite (see `shared/sources/README.md`).
pub const SOURCE_IDS: [&str; 3] = ["wp-etr", "wp-ina", "etge-archives"];

/// The 1940s districts, as drawn on the map.
pub const DISTRICT_IDS: [&str; 10] = ["ili", "tarbagatay", "altay", "dihua", "hami", "karashahr", "aksu", "kashgar", "yarkand", "khotan"];

struct PlaceFile {
    places: Vec<PlaceRecord>,
}

struct PlaceRecord {
    id: String,
    kind: String,
    prominent: bool,
    lon: f64,
    lat: f64,
    coordinates: CoordinateRecord,
    district: Option<String>,
    edge: Option<EdgeRecord>,
    names: NamesRecord,
    aliases: Vec<String>,
    review: Vec<String>,
    sources: Vec<SourceRecord>,
}

struct CoordinateRecord {
    method: String,
    detail: String,
    precision_km: f64,
}

struct EdgeRecord {
    note: String,
}

struct NamesRecord {
    en: String,
    modern: Option<String>,
    ug: Option<String>,
    zh: Option<String>,
    ru: Option<String>,
    kk: Option<String>,
    mn: Option<String>,
}

struct SourceRecord {
    source: String,
    section: String,
}

// The catalogue's records ignore fields they do not read (notes for curators).
from_json_record!(PlaceFile, lenient { places: required });
from_json_record!(
    PlaceRecord,
    lenient {
        id: required,
        kind: required,
        prominent: or_default,
        lon: required,
        lat: required,
        coordinates: required,
        district: optional,
        edge: optional,
        names: required,
        aliases: or_default,
        review: or_default,
        sources: or_default,
    }
);
from_json_record!(CoordinateRecord, lenient { method: required, detail: or_default, precision_km: required });
from_json_record!(EdgeRecord, lenient { note: or_default });
from_json_record!(
    NamesRecord,
    lenient { en: required, modern: optional, ug: optional, zh: optional, ru: optional, kk: optional, mn: optional }
);
from_json_record!(SourceRecord, lenient { source: required, section: or_default });

const NAME_FIELDS: [&str; 7] = ["en", "modern", "ug", "zh", "ru", "kk", "mn"];

impl Places {
    /// Reads and validates the catalogue; positions are projected with
    /// `units_per_km` map units per km, as the base map is.
    pub fn from_json(file: &str, text: &str, units_per_km: f64) -> Result<Places, Vec<Problem>> {
        let raw: PlaceFile =
            crate::json::from_str(text).map_err(|e| vec![Problem::whole_file(file, format!("not a valid place catalogue: {e}"))])?;
        let mut problems = Vec::new();
        let mut seen = HashSet::new();
        let mut places = Vec::with_capacity(raw.places.len());
        for (index, record) in raw.places.into_iter().enumerate() {
            let before = problems.len();
            let place = check(file, index, record, &mut seen, &mut problems, units_per_km);
            if problems.len() == before {
                places.push(place);
            }
        }
        if problems.is_empty() {
            Ok(Places { places })
        } else {
            Err(problems)
        }
    }
}

fn check(file: &str, index: usize, r: PlaceRecord, seen: &mut HashSet<String>, problems: &mut Vec<Problem>, units_per_km: f64) -> Place {
    let record = if r.id.is_empty() { format!("place #{index}") } else { format!("place \"{}\"", r.id) };
    let mut problem = |field: &str, message: String| problems.push(Problem::new(file, &record, field, message));
    let id_ok = !r.id.is_empty() && r.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !id_ok {
        problem("id", "ids are lower-case ASCII letters, digits and hyphens".into());
    } else if !seen.insert(r.id.clone()) {
        problem("id", "this id is used by an earlier place".into());
    }
    let kind = PlaceKind::from_name(&r.kind);
    if kind.is_none() {
        let known: Vec<&str> = PlaceKind::ALL.iter().map(|k| k.name()).collect();
        problem("kind", format!("unknown kind \"{}\" (expected one of {})", r.kind, known.join(", ")));
    }
    if !(r.lon.is_finite() && (-180.0..=180.0).contains(&r.lon)) {
        problem("lon", format!("{} is not a longitude", r.lon));
    }
    if !(r.lat.is_finite() && (-90.0..=90.0).contains(&r.lat)) {
        problem("lat", format!("{} is not a latitude", r.lat));
    }
    if r.coordinates.method.trim().is_empty() {
        problem("coordinates.method", "say how the coordinates were obtained".into());
    }
    if !(r.coordinates.precision_km.is_finite() && r.coordinates.precision_km > 0.0) {
        problem("coordinates.precision_km", "must be a positive number of kilometres".into());
    }
    match (&r.district, &r.edge) {
        (Some(d), _) if !DISTRICT_IDS.contains(&d.as_str()) => {
            problem("district", format!("unknown district \"{d}\" (expected one of {})", DISTRICT_IDS.join(", ")))
        }
        (Some(_), Some(_)) => problem("edge", "a place beyond the map's edge cannot lie in a district".into()),
        _ => {}
    }
    if r.names.en.trim().is_empty() {
        problem("names.en", "the primary (English) name is empty".into());
    }
    for field in &r.review {
        if !NAME_FIELDS.contains(&field.as_str()) {
            problem("review", format!("\"{field}\" is not a name field ({})", NAME_FIELDS.join(", ")));
        }
    }
    if r.sources.is_empty() {
        problem("sources", "every place cites at least one source".into());
    }
    for (i, s) in r.sources.iter().enumerate() {
        if !SOURCE_IDS.contains(&s.source.as_str()) {
            problem(
                &format!("sources[{i}].source"),
                format!("unknown source \"{}\" (expected one of {})", s.source, SOURCE_IDS.join(", ")),
            );
        }
    }
    Place {
        id: r.id,
        kind: kind.unwrap_or(PlaceKind::Town),
        prominent: r.prominent,
        lon: r.lon,
        lat: r.lat,
        xy: project_to_map(r.lon, r.lat, units_per_km),
        coordinates: CoordinateNote {
            method: r.coordinates.method,
            detail: r.coordinates.detail,
            precision_km: r.coordinates.precision_km,
        },
        district: r.district,
        edge: r.edge.map(|e| EdgeNote { note: e.note }),
        label: r.names.en.clone(),
        names: PlaceNames {
            en: r.names.en,
            modern: r.names.modern,
            ug: r.names.ug,
            zh: r.names.zh,
            ru: r.names.ru,
            kk: r.names.kk,
            mn: r.names.mn,
        },
        aliases: r.aliases,
        review: r.review,
        sources: r.sources.into_iter().map(|s| SourceRef { source: s.source, section: s.section }).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "assets/places/places.json";

    fn catalogue(records: &str) -> String {
        format!(r#"{{"places":[{records}]}}"#)
    }

    const GHULJA: &str = r#"{"id":"ghulja","kind":"city","lon":81.32,"lat":43.92,
        "coordinates":{"method":"county-seat","detail":"x","precision_km":2},"district":"ili","edge":null,
        "names":{"en":"Ghulja","modern":"Yining","zh":"伊宁"},"aliases":["Kulja"],"review":[],
        "sources":[{"source":"wp-etr","section":"Ili Rebellion"}]}"#;

    #[test]
    fn a_good_place_loads_and_is_projected() {
        let places = Places::from_json(FILE, &catalogue(GHULJA), 10.0).unwrap();
        let ghulja = places.get("ghulja").unwrap();
        assert_eq!(ghulja.kind, PlaceKind::City);
        // West of the central meridian (85°E) and north of the origin (41.5°N).
        assert!(ghulja.xy.0 < 0.0 && ghulja.xy.1 < 0.0, "{:?}", ghulja.xy);
        assert_eq!(ghulja.names.all()[1], ("modern", "en", "Yining"));
    }

    #[test]
    fn every_problem_in_a_bad_place_is_reported() {
        let bad = r#"{"id":"Bad Id","kind":"castle","lon":200,"lat":43,
            "coordinates":{"method":"","precision_km":0},"district":"mars","edge":null,
            "names":{"en":""},"review":["xx"],"sources":[{"source":"blog"}]}"#;
        let problems = Places::from_json(FILE, &catalogue(bad), 10.0).unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            ["id", "kind", "lon", "coordinates.method", "coordinates.precision_km", "district", "names.en", "review", "sources[0].source"]
        );
        assert!(problems.iter().all(|p| p.file == FILE && p.record == "place \"Bad Id\""));
    }

    #[test]
    fn a_place_without_sources_is_rejected() {
        let text = catalogue(&GHULJA.replace(r#"[{"source":"wp-etr","section":"Ili Rebellion"}]"#, "[]"));
        let problems = Places::from_json(FILE, &text, 10.0).unwrap_err();
        assert_eq!(problems[0].to_string(), "assets/places/places.json: place \"ghulja\", sources: every place cites at least one source");
    }

    #[test]
    fn duplicate_ids_are_rejected() {
        let problems = Places::from_json(FILE, &catalogue(&format!("{GHULJA},{GHULJA}")), 10.0).unwrap_err();
        assert_eq!(problems[0].field, "id");
    }
}
