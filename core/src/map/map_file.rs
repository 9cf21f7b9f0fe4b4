//! The base map file as stored (`assets/map/base.json`) and its validation.
//!
//! serde reads the file into these plain structs; [`MapData::from_json`]
//! checks every record and reports all problems at once, each naming the
//! file, the feature and the field.

use super::{svg_path, Frame, Layer, MapData, MapFeature};
use crate::problem::Problem;
use crate::ring_codec::decode_ring;
use geo::{Coord, LineString, MultiPolygon, Polygon};
use serde::Deserialize;
use std::collections::HashSet;

#[derive(Deserialize)]
struct MapFile {
    units_per_km: f64,
    frame: FrameRecord,
    features: Vec<FeatureRecord>,
}

#[derive(Deserialize)]
struct FrameRecord {
    x: f64,
    y: f64,
    width: f64,
    height: f64,
}

#[derive(Deserialize)]
struct FeatureRecord {
    id: String,
    layer: String,
    name: String,
    /// Polygons, each a list of rings (outer first), each ring delta-encoded.
    polygons: Vec<Vec<Vec<i32>>>,
}

impl MapData {
    /// Reads and validates the base map; `file` names it in every problem.
    pub fn from_json(file: &str, text: &str) -> Result<MapData, Vec<Problem>> {
        let raw: MapFile = serde_json::from_str(text)
            .map_err(|e| vec![Problem::whole_file(file, format!("not a valid map file: {e}"))])?;
        let mut problems = Vec::new();
        let frame = Frame { x: raw.frame.x, y: raw.frame.y, width: raw.frame.width, height: raw.frame.height };
        if !(frame.width > 0.0 && frame.height > 0.0) {
            problems.push(Problem::new(file, "", "frame", "the frame needs a positive width and height"));
        }
        if !(raw.units_per_km > 0.0) {
            problems.push(Problem::new(file, "", "units_per_km", "must be a positive number"));
        }
        if raw.features.is_empty() {
            problems.push(Problem::new(file, "", "features", "the map has no features"));
        }
        let mut seen = HashSet::new();
        let mut features = Vec::with_capacity(raw.features.len());
        for (index, record) in raw.features.into_iter().enumerate() {
            if let Some(feature) = validate_feature(file, index, record, &mut seen, &mut problems) {
                features.push(feature);
            }
        }
        if problems.is_empty() {
            Ok(MapData { frame, units_per_km: raw.units_per_km, features })
        } else {
            Err(problems)
        }
    }
}

fn validate_feature(
    file: &str,
    index: usize,
    record: FeatureRecord,
    seen: &mut HashSet<String>,
    problems: &mut Vec<Problem>,
) -> Option<MapFeature> {
    let name = if record.id.is_empty() { format!("feature #{index}") } else { format!("feature \"{}\"", record.id) };
    let before = problems.len();
    if record.id.is_empty() {
        problems.push(Problem::new(file, &name, "id", "the id is empty"));
    } else if !seen.insert(record.id.clone()) {
        problems.push(Problem::new(file, &name, "id", "this id is used by an earlier feature"));
    }
    if record.name.trim().is_empty() {
        problems.push(Problem::new(file, &name, "name", "the name is empty"));
    }
    let layer = Layer::from_name(&record.layer);
    if layer.is_none() {
        problems.push(Problem::new(
            file,
            &name,
            "layer",
            format!("unknown layer \"{}\" (expected neighbour-country, neighbour-province or province)", record.layer),
        ));
    }
    if record.polygons.is_empty() {
        problems.push(Problem::new(file, &name, "polygons", "the feature has no polygons"));
    }
    let mut polygons = Vec::with_capacity(record.polygons.len());
    for (p, rings) in record.polygons.iter().enumerate() {
        let mut decoded = Vec::with_capacity(rings.len());
        if rings.is_empty() {
            problems.push(Problem::new(file, &name, &format!("polygons[{p}]"), "the polygon has no rings"));
        }
        for (r, flat) in rings.iter().enumerate() {
            match decode_ring(flat) {
                Ok(points) => decoded.push(LineString::from(
                    points.into_iter().map(|(x, y)| Coord { x: f64::from(x), y: f64::from(y) }).collect::<Vec<_>>(),
                )),
                Err(e) => problems.push(Problem::new(file, &name, &format!("polygons[{p}][{r}]"), e.to_string())),
            }
        }
        if decoded.len() == rings.len() && !decoded.is_empty() {
            let mut decoded = decoded.into_iter();
            let exterior = decoded.next().expect("checked non-empty");
            polygons.push(Polygon::new(exterior, decoded.collect()));
        }
    }
    if problems.len() > before {
        return None;
    }
    let shape = MultiPolygon(polygons);
    let path = svg_path(&shape);
    Some(MapFeature { id: record.id, layer: layer?, name: record.name, shape, path })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "assets/map/base.json";

    fn map(features: &str) -> String {
        format!(r#"{{"units_per_km":10,"frame":{{"x":0,"y":0,"width":100,"height":80}},"features":[{features}]}}"#)
    }

    #[test]
    fn a_well_formed_file_loads_with_paths_built() {
        let text = map(r#"{"id":"xinjiang","layer":"province","name":"Xinjiang","polygons":[[[0,0,10,0,0,10]]]}"#);
        let data = MapData::from_json(FILE, &text).unwrap();
        assert_eq!(data.features.len(), 1);
        assert_eq!(data.features[0].layer, Layer::Province);
        assert_eq!(data.features[0].path, "M0 0l10 0 0 10z");
        assert_eq!(data.frame.view_box(), "0 0 100 80");
    }

    #[test]
    fn text_that_is_not_json_names_the_file() {
        let problems = MapData::from_json(FILE, r#"{"features": 12"#).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].to_string().starts_with("assets/map/base.json: not a valid map file"), "{}", problems[0]);
    }

    #[test]
    fn every_problem_is_reported_at_once_with_record_and_field() {
        let text = map(concat!(
            r#"{"id":"a","layer":"ocean","name":"A","polygons":[[[0,0,1,1]]]},"#,
            r#"{"id":"a","layer":"province","name":" ","polygons":[]}"#
        ));
        let messages: Vec<String> = MapData::from_json(FILE, &text).unwrap_err().iter().map(|p| p.to_string()).collect();
        assert_eq!(
            messages,
            vec![
                "assets/map/base.json: feature \"a\", layer: unknown layer \"ocean\" (expected neighbour-country, neighbour-province or province)",
                "assets/map/base.json: feature \"a\", polygons[0][0]: a ring needs at least 3 points, found 2",
                "assets/map/base.json: feature \"a\", id: this id is used by an earlier feature",
                "assets/map/base.json: feature \"a\", name: the name is empty",
                "assets/map/base.json: feature \"a\", polygons: the feature has no polygons",
            ]
        );
    }

    #[test]
    fn an_empty_frame_is_rejected() {
        let text = r#"{"units_per_km":10,"frame":{"x":0,"y":0,"width":0,"height":80},"features":[]}"#;
        let messages: Vec<String> = MapData::from_json(FILE, text).unwrap_err().iter().map(|p| p.to_string()).collect();
        assert!(messages.contains(&"assets/map/base.json: frame: the frame needs a positive width and height".to_owned()));
        assert!(messages.contains(&"assets/map/base.json: features: the map has no features".to_owned()));
    }
}
