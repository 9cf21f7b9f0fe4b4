//! The zones' outlines on the map, and which zone each place lies in.
//!
//! A zone is drawn as one SVG path: its districts' or counties' paths one
//! after the other. One path, not one per part, because a renderer smooths
//! the edges of a path as a whole: the seams between parts do not show.

use super::at_date::ZoneControl;
use super::{History, ZonePart};
use crate::map::{Layer, MapData, MapFeature};
use crate::places::Places;
use geo::{LineString, MultiPolygon};
use std::collections::HashMap;

/// Built once at load; the view reads it on every date.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ZoneShapes {
    /// Per zone, in [`History::zones`] order: its SVG path in map units.
    pub paths: Vec<String>,
    /// Place id → index of the zone it lies in (county zones win over the
    /// district zones under them). Places outside every zone are absent.
    pub place_zone: HashMap<String, usize>,
}

impl ZoneShapes {
    /// `None` for a part missing from the maps: [`History::from_json`]
    /// checked the ids against the same maps, so that does not happen.
    pub fn new(history: &History, base: &MapData, counties: &MapData, places: &Places) -> ZoneShapes {
        let feature = |part: &ZonePart| -> Option<&MapFeature> {
            match part {
                ZonePart::District(id) => base.layer(Layer::District).find(|f| &f.id == id),
                ZonePart::County(id) => counties.features.iter().find(|f| &f.id == id),
            }
        };
        let parts: Vec<Vec<&MapFeature>> = history.zones.iter().map(|z| z.parts.iter().filter_map(feature).collect()).collect();
        let paths = parts.iter().map(|fs| fs.iter().map(|f| f.path.as_str()).collect::<Vec<_>>().join("")).collect();
        let mut place_zone = HashMap::new();
        for place in places.on_map() {
            // Overlay zones come last in the history's order, so search from the end.
            let found = (0..parts.len()).rev().find(|&z| parts[z].iter().any(|f| contains(&f.shape, place.xy)));
            if let Some(zone) = found {
                place_zone.insert(place.id.clone(), zone);
            }
        }
        ZoneShapes { paths, place_zone }
    }

    pub fn zone_of(&self, place: &str) -> Option<usize> {
        self.place_zone.get(place).copied()
    }

    /// Who holds a place, given each zone's holder (`MapState::zones`).
    pub fn holder_of(&self, place: &str, controls: &[Option<ZoneControl>]) -> Option<ZoneControl> {
        self.zone_of(place).and_then(|z| controls.get(z).copied().flatten())
    }
}

/// Whether `point` lies inside `shape` (even–odd rule over all rings).
pub fn contains(shape: &MultiPolygon<f64>, (x, y): (f64, f64)) -> bool {
    let crossings = |ring: &LineString<f64>| {
        ring.lines()
            .filter(|l| (l.start.y > y) != (l.end.y > y) && x < l.start.x + (y - l.start.y) * (l.end.x - l.start.x) / (l.end.y - l.start.y))
            .count()
    };
    shape.0.iter().any(|polygon| {
        let count = crossings(polygon.exterior()) + polygon.interiors().iter().map(crossings).sum::<usize>();
        count % 2 == 1
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::{polygon, MultiPolygon};

    #[test]
    fn a_point_in_a_hole_is_outside() {
        let square = polygon!(
            exterior: [(x: 0.0, y: 0.0), (x: 10.0, y: 0.0), (x: 10.0, y: 10.0), (x: 0.0, y: 10.0), (x: 0.0, y: 0.0)],
            interiors: [[(x: 4.0, y: 4.0), (x: 6.0, y: 4.0), (x: 6.0, y: 6.0), (x: 4.0, y: 6.0), (x: 4.0, y: 4.0)]],
        );
        let shape = MultiPolygon(vec![square]);
        assert!(contains(&shape, (2.0, 2.0)));
        assert!(!contains(&shape, (5.0, 5.0)));
        assert!(!contains(&shape, (12.0, 5.0)));
    }
}
