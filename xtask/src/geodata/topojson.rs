//! Decoder for TopoJSON polygons (the subset world-atlas uses).
//!
//! Arcs are shared polylines; with a `transform` they are quantised and delta
//! encoded (each position adds to the previous one, then `scale` and
//! `translate` give degrees). A ring lists arc indices; a negative index `~i`
//! means arc `i` reversed. Consecutive arcs share their joining point, which
//! is kept once.

use super::Region;
use serde_json::Value;

/// Decodes every Polygon or MultiPolygon of `objects.<object>`. Features
/// without geometry are skipped; the region's id is the TopoJSON `id` and its
/// name `properties.name`.
pub fn parse(json: &str, object: &str) -> Result<Vec<Region>, String> {
    let root: Value = serde_json::from_str(json).map_err(|e| format!("topojson: {e}"))?;
    if root.get("type").and_then(Value::as_str) != Some("Topology") {
        return Err("topojson: not a Topology".into());
    }
    let arcs = decode_arcs(&root)?;
    let geometries = root
        .pointer(&format!("/objects/{object}/geometries"))
        .and_then(Value::as_array)
        .ok_or_else(|| format!("topojson: no geometry collection objects.{object}"))?;
    let mut regions = Vec::new();
    for g in geometries {
        let id = match g.get("id") {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(n)) => n.to_string(),
            _ => String::new(),
        };
        let name = g.pointer("/properties/name").and_then(Value::as_str).unwrap_or_default().to_string();
        let context = |e: String| format!("topojson {object} {name:?}: {e}");
        let polygons = match g.get("type").and_then(Value::as_str) {
            Some("Polygon") => vec![polygon(&arcs, g.get("arcs")).map_err(context)?],
            Some("MultiPolygon") => {
                array(g.get("arcs")).iter().map(|p| polygon(&arcs, Some(p))).collect::<Result<_, _>>().map_err(context)?
            }
            Some("GeometryCollection") => return Err(context("nested collections are not supported".into())),
            _ => continue, // null geometry or points: nothing to draw
        };
        regions.push(Region { id, name, seat: None, polygons });
    }
    Ok(regions)
}

fn array(v: Option<&Value>) -> &[Value] {
    v.and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[])
}

/// Decodes all arcs into absolute (lon°, lat°) positions.
fn decode_arcs(root: &Value) -> Result<Vec<Vec<(f64, f64)>>, String> {
    let transform = match root.get("transform") {
        None => None,
        Some(t) => {
            let pair = |key: &str| -> Result<(f64, f64), String> {
                let a = array(t.get(key));
                match (a.first().and_then(Value::as_f64), a.get(1).and_then(Value::as_f64)) {
                    (Some(x), Some(y)) => Ok((x, y)),
                    _ => Err(format!("topojson: bad transform.{key}")),
                }
            };
            Some((pair("scale")?, pair("translate")?))
        }
    };
    array(root.get("arcs"))
        .iter()
        .map(|arc| {
            let (mut qx, mut qy) = (0.0, 0.0);
            array(Some(arc))
                .iter()
                .map(|pos| {
                    let p = array(Some(pos));
                    let (x, y) = match (p.first().and_then(Value::as_f64), p.get(1).and_then(Value::as_f64)) {
                        (Some(x), Some(y)) => (x, y),
                        _ => return Err(format!("topojson: bad position {pos}")),
                    };
                    Ok(match transform {
                        Some(((sx, sy), (tx, ty))) => {
                            qx += x;
                            qy += y;
                            (qx * sx + tx, qy * sy + ty)
                        }
                        None => (x, y),
                    })
                })
                .collect()
        })
        .collect()
}

fn polygon(arcs: &[Vec<(f64, f64)>], rings: Option<&Value>) -> Result<Vec<Vec<(f64, f64)>>, String> {
    array(rings).iter().map(|ring| stitch(arcs, array(Some(ring)))).collect()
}

/// Joins a ring's arcs, dropping each arc's first point after the first arc.
fn stitch(arcs: &[Vec<(f64, f64)>], indices: &[Value]) -> Result<Vec<(f64, f64)>, String> {
    let mut ring: Vec<(f64, f64)> = Vec::new();
    for index in indices {
        let i = index.as_i64().ok_or_else(|| format!("bad arc index {index}"))?;
        let (k, reversed) = if i < 0 { (!i, true) } else { (i, false) };
        let arc = arcs.get(k as usize).ok_or_else(|| format!("arc {k} does not exist"))?;
        let mut points = arc.clone();
        if reversed {
            points.reverse();
        }
        if !ring.is_empty() {
            ring.pop();
        }
        ring.extend(points);
    }
    Ok(ring)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two squares side by side sharing the arc between them:
    /// arc 0 runs up the shared edge x=1 from (1,0) to (1,1);
    /// arc 1 closes the left square from (1,1) round to (1,0);
    /// arc 2 closes the right square from (1,0) round to (1,1).
    const TWO_SQUARES: &str = r#"{
        "type": "Topology",
        "transform": {"scale": [0.5, 0.25], "translate": [70, 40]},
        "objects": {"countries": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "id": "001", "properties": {"name": "Left"}, "arcs": [[0, 1]]},
            {"type": "MultiPolygon", "id": "002", "properties": {"name": "Right"}, "arcs": [[[2, -1]]]},
            {"type": null, "properties": {"name": "Nowhere"}}
        ]}},
        "arcs": [
            [[2, 0], [0, 4]],
            [[2, 4], [-2, 0], [0, -4], [2, 0]],
            [[2, 0], [2, 0], [0, 4], [-2, 0]]
        ]
    }"#;

    #[test]
    fn quantised_arcs_are_delta_decoded_and_transformed() {
        let regions = parse(TWO_SQUARES, "countries").unwrap();
        assert_eq!(regions.len(), 2, "the null geometry is skipped");
        let left = &regions[0];
        assert_eq!((left.id.as_str(), left.name.as_str()), ("001", "Left"));
        assert_eq!(left.polygons, vec![vec![vec![(71.0, 40.0), (71.0, 41.0), (70.0, 41.0), (70.0, 40.0), (71.0, 40.0)]]]);
    }

    #[test]
    fn a_negative_index_walks_the_shared_arc_backwards() {
        let regions = parse(TWO_SQUARES, "countries").unwrap();
        let right = &regions[1];
        assert_eq!(right.name, "Right");
        assert_eq!(right.polygons, vec![vec![vec![(71.0, 40.0), (72.0, 40.0), (72.0, 41.0), (71.0, 41.0), (71.0, 40.0)]]]);
    }

    #[test]
    fn without_a_transform_positions_are_absolute() {
        let json = r#"{"type":"Topology","objects":{"o":{"type":"GeometryCollection","geometries":[
            {"type":"Polygon","arcs":[[0]],"properties":{"name":"T"}}]}},
            "arcs":[[[80,40],[81,40],[80,41],[80,40]]]}"#;
        let regions = parse(json, "o").unwrap();
        assert_eq!(regions[0].polygons[0][0], vec![(80.0, 40.0), (81.0, 40.0), (80.0, 41.0), (80.0, 40.0)]);
    }

    #[test]
    fn a_missing_object_or_arc_is_an_error() {
        assert!(parse(TWO_SQUARES, "land").is_err());
        let json = r#"{"type":"Topology","objects":{"o":{"type":"GeometryCollection","geometries":[
            {"type":"Polygon","arcs":[[3]]}]}},"arcs":[]}"#;
        assert!(parse(json, "o").is_err());
    }
}
