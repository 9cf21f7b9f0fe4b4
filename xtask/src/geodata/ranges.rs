//! Mountain range labels (`ranges.json`). No vector data for ranges was at
//! hand, so each range is given by an axis chosen from general geography:
//! two lon/lat points along its crest line. The label sits at the axis's
//! middle, turned to follow the axis as drawn on the map.

use super::shape;
use atlas_core::projection::Albers;

pub struct RangeDef {
    pub id: &'static str,
    pub name: &'static str,
    /// West end and east end of the axis (lon°, lat°).
    pub axis: [(f64, f64); 2],
}

pub const RANGES: &[RangeDef] = &[
    RangeDef { id: "tian-shan", name: "Tian Shan", axis: [(80.0, 42.2), (88.0, 43.2)] },
    RangeDef { id: "altai", name: "Altai", axis: [(87.0, 48.9), (91.0, 46.9)] },
    RangeDef { id: "tarbagatai", name: "Tarbagatai", axis: [(81.8, 47.2), (85.0, 47.0)] },
    RangeDef { id: "pamir", name: "Pamir", axis: [(72.5, 38.3), (74.5, 38.3)] },
    RangeDef { id: "kunlun", name: "Kunlun", axis: [(80.0, 36.3), (90.0, 36.1)] },
    RangeDef { id: "borohoro", name: "Borohoro", axis: [(81.5, 44.4), (84.5, 43.9)] },
    RangeDef { id: "dzungarian-alatau", name: "Dzungarian Alatau", axis: [(78.5, 45.1), (81.5, 45.3)] },
    RangeDef { id: "karakoram", name: "Karakoram", axis: [(74.5, 36.4), (78.5, 34.6)] },
];

/// A label to write.
pub struct Label {
    pub id: &'static str,
    pub name: &'static str,
    pub lon: f64,
    pub lat: f64,
    /// Clockwise turn of the text as drawn (SVG `rotate`, y down), whole degrees.
    pub rotate_deg: f64,
}

pub fn labels(projection: &Albers) -> Vec<Label> {
    RANGES
        .iter()
        .map(|r| {
            let [(w_lon, w_lat), (e_lon, e_lat)] = r.axis;
            let (x0, y0) = shape::to_map(projection, w_lon, w_lat);
            let (x1, y1) = shape::to_map(projection, e_lon, e_lat);
            let round2 = |v: f64| (v * 100.0).round() / 100.0;
            Label {
                id: r.id,
                name: r.name,
                lon: round2((w_lon + e_lon) / 2.0),
                lat: round2((w_lat + e_lat) / 2.0),
                rotate_deg: (y1 - y0).atan2(x1 - x0).to_degrees().round() + 0.0,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_range_running_east_north_east_turns_counter_clockwise() {
        let labels = labels(&Albers::ATLAS);
        let tian_shan = labels.iter().find(|l| l.id == "tian-shan").unwrap();
        assert!(tian_shan.rotate_deg < 0.0 && tian_shan.rotate_deg > -20.0, "{}", tian_shan.rotate_deg);
        assert_eq!((tian_shan.lon, tian_shan.lat), (84.0, 42.7));
        // The Altai runs north-west to south-east: clockwise.
        let altai = labels.iter().find(|l| l.id == "altai").unwrap();
        assert!(altai.rotate_deg > 0.0, "{}", altai.rotate_deg);
        assert!(labels.iter().all(|l| l.rotate_deg.abs() < 90.0));
    }
}
