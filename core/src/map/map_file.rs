//! The base map file as stored (`assets/map/base.json`) and its validation.
//!
//! serde reads the file into these plain structs; [`MapData::from_json`]
//! checks every record and reports all problems at once, each naming the
//! file, the feature and the field.

use super::{svg_path, Frame, Layer, MapData, MapFeature};
use crate::json::from_json_record;
use crate::problem::Problem;
use crate::ring_codec::decode_ring;
use geo::{Coord, LineString, MultiLineString, MultiPolygon, Polygon};
use std::collections::HashSet;

struct MapFile {
    units_per_km: f64,
    frame: FrameRecord,
    features: Vec<FeatureRecord>,
}

struct FrameRecord {
    x: f64,
    y: f64,
    width: f64,
    height: f64,
}

struct FeatureRecord {
    id: String,
    layer: String,
    name: String,
    /// Polygons, each a list of rings (outer first), each ring delta-encoded.
    /// Every layer but `river` has them.
    polygons: Vec<Vec<Vec<i32>>>,
    /// Polylines, delta-encoded like rings but open (at least 2 points).
    /// Only the `river` layer has them, instead of polygons.
    lines: Vec<Vec<i32>>,
    /// The outline is an approximation (the 1940s districts); absent means false.
    approximate: bool,
}

// The map files' other fields (projection, simplification, sources) are for readers.
from_json_record!(MapFile, lenient { units_per_km: required, frame: required, features: required });
from_json_record!(FrameRecord, lenient { x: required, y: required, width: required, height: required });
from_json_record!(
    FeatureRecord,
    lenient { id: required, layer: required, name: required, polygons: or_default, lines: or_default, approximate: or_default }
);

impl MapData {
    /// Reads and validates the base map; `file` names it in every problem.
    pub fn from_json(file: &str, text: &str) -> Result<MapData, Vec<Problem>> {
        let raw: MapFile =
            crate::json::from_str(text).map_err(|e| vec![Problem::whole_file(file, format!("not a valid map file: {e}"))])?;
        let mut problems = Vec::new();
        let frame = Frame { x: raw.frame.x, y: raw.frame.y, width: raw.frame.width, height: raw.frame.height };
        if !(frame.width > 0.0 && frame.height > 0.0) {
            problems.push(Problem::new(file, "", "frame", "the frame needs a positive width and height"));
        }
        if raw.units_per_km.is_nan() || raw.units_per_km <= 0.0 {
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
            format!("unknown layer \"{}\" (expected one of {})", record.layer, Layer::ALL.map(Layer::name).join(", ")),
        ));
    }
    if layer == Some(Layer::River) {
        if record.lines.is_empty() {
            problems.push(Problem::new(file, &name, "lines", "a river needs at least one line"));
        }
        if !record.polygons.is_empty() {
            problems.push(Problem::new(file, &name, "polygons", "a river has lines, not polygons"));
        }
    } else {
        if record.polygons.is_empty() {
            problems.push(Problem::new(file, &name, "polygons", "the feature has no polygons"));
        }
        if !record.lines.is_empty() {
            problems.push(Problem::new(file, &name, "lines", "only rivers have lines; this layer needs polygons"));
        }
    }
    let mut lines = Vec::with_capacity(record.lines.len());
    for (l, flat) in record.lines.iter().enumerate() {
        match decode_line(flat) {
            Ok(points) => lines
                .push(LineString::from(points.into_iter().map(|(x, y)| Coord { x: f64::from(x), y: f64::from(y) }).collect::<Vec<_>>())),
            Err(e) => problems.push(Problem::new(file, &name, &format!("lines[{l}]"), e)),
        }
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
    let lines = MultiLineString(lines);
    let mut path = svg_path(&shape);
    write_lines(&mut path, &lines);
    Some(MapFeature { id: record.id, layer: layer?, name: record.name, shape, lines, approximate: record.approximate, path })
}

/// Decodes an open polyline `[x0, y0, dx1, dy1, …]` (as a ring, but at least 2 points).
fn decode_line(flat: &[i32]) -> Result<Vec<(i32, i32)>, String> {
    if flat.len() % 2 != 0 {
        return Err(format!("a line needs pairs of numbers, found {} numbers", flat.len()));
    }
    if flat.len() < 4 {
        return Err(format!("a line needs at least 2 points, found {}", flat.len() / 2));
    }
    let (mut x, mut y) = (0i32, 0i32);
    flat.chunks_exact(2)
        .map(|pair| {
            x = x.checked_add(pair[0]).ok_or("a line's coordinates run out of range")?;
            y = y.checked_add(pair[1]).ok_or("a line's coordinates run out of range")?;
            Ok((x, y))
        })
        .collect()
}

/// Appends polylines to SVG path data: a move, then relative lines, not closed.
fn write_lines(d: &mut String, lines: &MultiLineString<f64>) {
    for line in lines {
        super::svg_path::write_run(d, line.0.iter().map(|p| (p.x, p.y)));
    }
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
                "assets/map/base.json: feature \"a\", layer: unknown layer \"ocean\" (expected one of neighbour-country, neighbour-province, province, county, district, lake, river)",
                "assets/map/base.json: feature \"a\", polygons[0][0]: a ring needs at least 3 points, found 2",
                "assets/map/base.json: feature \"a\", id: this id is used by an earlier feature",
                "assets/map/base.json: feature \"a\", name: the name is empty",
                "assets/map/base.json: feature \"a\", polygons: the feature has no polygons",
            ]
        );
    }

    #[test]
    fn a_river_has_open_lines_and_a_district_may_be_approximate() {
        let text = map(concat!(
            r#"{"id":"ili","layer":"district","name":"Ili","approximate":true,"polygons":[[[0,0,10,0,0,10]]]},"#,
            r#"{"id":"river-ili","layer":"river","name":"Ili River","lines":[[0,0,10,0,5,5],[20,20,1,1]]}"#
        ));
        let data = MapData::from_json(FILE, &text).unwrap();
        assert!(data.features[0].approximate);
        assert!(data.features[0].lines.0.is_empty());
        let river = &data.features[1];
        assert_eq!(river.layer, Layer::River);
        assert!(!river.approximate);
        assert!(river.shape.0.is_empty());
        assert_eq!(river.lines.0.len(), 2);
        assert_eq!(river.lines.0[0].0[2], Coord { x: 15.0, y: 5.0 });
        assert_eq!(river.path, "M0 0l10 0 5 5M20 20l1 1");
        // Without the field a feature is not approximate.
        let plain = MapData::from_json(FILE, &map(r#"{"id":"x","layer":"province","name":"X","polygons":[[[0,0,10,0,0,10]]]}"#)).unwrap();
        assert!(!plain.features[0].approximate);
    }

    #[test]
    fn lines_are_checked_and_belong_to_rivers_only() {
        let text = map(concat!(
            r#"{"id":"r","layer":"river","name":"R","lines":[[0,0],[1,2,3]],"polygons":[[[0,0,10,0,0,10]]]},"#,
            r#"{"id":"s","layer":"river","name":"S"},"#,
            r#"{"id":"p","layer":"province","name":"P","polygons":[[[0,0,10,0,0,10]]],"lines":[[0,0,1,1]]}"#
        ));
        let messages: Vec<String> = MapData::from_json(FILE, &text).unwrap_err().iter().map(|p| p.to_string()).collect();
        assert_eq!(
            messages,
            vec![
                "assets/map/base.json: feature \"r\", polygons: a river has lines, not polygons",
                "assets/map/base.json: feature \"r\", lines[0]: a line needs at least 2 points, found 1",
                "assets/map/base.json: feature \"r\", lines[1]: a line needs pairs of numbers, found 3 numbers",
                "assets/map/base.json: feature \"s\", lines: a river needs at least one line",
                "assets/map/base.json: feature \"p\", lines: only rivers have lines; this layer needs polygons",
            ]
        );
        assert_eq!(decode_line(&[i32::MAX, 0, 1, 0]), Err("a line's coordinates run out of range".to_owned()));
    }

    #[test]
    fn an_empty_frame_is_rejected() {
        let text = r#"{"units_per_km":10,"frame":{"x":0,"y":0,"width":0,"height":80},"features":[]}"#;
        let messages: Vec<String> = MapData::from_json(FILE, text).unwrap_err().iter().map(|p| p.to_string()).collect();
        assert!(messages.contains(&"assets/map/base.json: frame: the frame needs a positive width and height".to_owned()));
        assert!(messages.contains(&"assets/map/base.json: features: the map has no features".to_owned()));
    }
}
