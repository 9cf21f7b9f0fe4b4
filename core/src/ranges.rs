//! Mountain ranges, drawn as names on the map (no outline data exists for
//! them here): where each name goes, from `assets/map/ranges.json`.

use crate::json::from_json_record;
use crate::places::project_to_map;
use crate::problem::Problem;
use std::collections::HashSet;

/// A range's name and where to write it.
#[derive(Clone, Debug, PartialEq)]
pub struct MountainRange {
    pub id: String,
    pub name: String,
    /// Projected position in map units.
    pub xy: (f64, f64),
}

struct RangeRecord {
    id: String,
    name: String,
    lon: f64,
    lat: f64,
}

from_json_record!(RangeRecord, lenient { id: required, name: required, lon: required, lat: required });

/// Reads and validates the ranges; positions are projected like the places.
pub fn ranges_from_json(file: &str, text: &str, units_per_km: f64) -> Result<Vec<MountainRange>, Vec<Problem>> {
    let records: Vec<RangeRecord> =
        crate::json::from_str(text).map_err(|e| vec![Problem::whole_file(file, format!("not a valid list of ranges: {e}"))])?;
    let mut problems = Vec::new();
    let mut seen = HashSet::new();
    for r in &records {
        let record = format!("range \"{}\"", r.id);
        if r.id.is_empty() || !seen.insert(r.id.as_str()) {
            problems.push(Problem::new(file, &record, "id", "ids must be present and unique"));
        }
        if r.name.trim().is_empty() {
            problems.push(Problem::new(file, &record, "name", "the name is empty"));
        }
        if !((-180.0..=180.0).contains(&r.lon) && (-90.0..=90.0).contains(&r.lat)) {
            problems.push(Problem::new(file, &record, "lon/lat", format!("({}, {}) is not a position on Earth", r.lon, r.lat)));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(records.into_iter().map(|r| MountainRange { xy: project_to_map(r.lon, r.lat, units_per_km), id: r.id, name: r.name }).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_load_and_bad_ones_are_named() {
        let ok = r#"[{"id":"tian-shan","name":"Tian Shan","lon":82.0,"lat":42.5,"rotate_deg":-8}]"#;
        assert_eq!(ranges_from_json("r.json", ok, 10.0).unwrap()[0].name, "Tian Shan");
        let bad = r#"[{"id":"x","name":"","lon":500,"lat":0},{"id":"x","name":"X","lon":0,"lat":0}]"#;
        let fields: Vec<String> = ranges_from_json("r.json", bad, 10.0).unwrap_err().into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["name", "lon/lat", "id"]);
    }
}
