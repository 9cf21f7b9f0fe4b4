//! `assets/map/locator.json`: a small inset showing where Xinjiang lies in Asia.
//!
//! Same file format as `base.json`, with its own frame: the land of Natural
//! Earth's 1:110m countries (world-atlas), merged into one feature `land`
//! (layer `neighbour-country`), and Xinjiang from echarts' China map (layer
//! `province`), both projected with [`Albers::ATLAS`] like the base map.
//!
//! The inset covers 25–150°E × 5–75°N. On the conic projection that box is a
//! fan: meridians are straight rays, parallels arcs. The land is clipped to
//! that fan, not to its bounding rectangle, whose corners would drag in
//! western Europe, southern Africa and northern Australia. The frame is the
//! fan's bounding rectangle.
//!
//! The inset is about 200 px wide, and at most 400 px on a 4K wall, so the
//! tolerance is half a pixel of the frame drawn 400 px wide, and land (or a
//! lake) smaller than one such pixel is dropped.

use super::fetch::{self, Package};
use super::shape::{self, Frame, UNITS_PER_KM};
use super::write::{self, Feature, Simplification};
use super::{echarts, topojson};
use atlas_core::projection::Albers;
use geo::{Area, BooleanOps, BoundingRect, Coord, LineString, MultiPolygon, Polygon, Simplify};
use std::path::Path;

/// The lon/lat box the inset shows.
pub const LON: (f64, f64) = (25.0, 150.0);
pub const LAT: (f64, f64) = (5.0, 75.0);
/// The widest the inset is ever drawn, in pixels.
pub const INSET_PX: f64 = 400.0;
/// The coarsest Natural Earth countries world-atlas ships.
pub const COUNTRIES_JSON: &str = "package/countries-110m.json";
/// Step (degrees) at which the fan's parallels are sampled before simplifying.
const EDGE_STEP: f64 = 0.05;
/// Xinjiang's echarts id and name.
const XINJIANG_KEY: &str = "650000";
const XINJIANG_SOURCE_NAME: &str = "新疆";

/// What was made, for the provenance file and the run's log.
pub struct Locator {
    pub lon: (f64, f64),
    pub lat: (f64, f64),
    pub inset_px: f64,
    /// Douglas–Peucker tolerance in map units.
    pub tolerance_units: f64,
    /// Land smaller than this (square map units) is dropped: one pixel at `inset_px`.
    pub min_area_units: f64,
    /// How many Natural Earth countries were merged into the land.
    pub countries: usize,
    pub points: usize,
    pub bytes: usize,
    pub gzipped: usize,
    pub world_atlas: &'static Package,
    pub echarts: &'static Package,
}

/// Builds the inset from the cached packages and writes `assets/map/locator.json`.
pub fn write(root: &Path, cache: &Path) -> Result<Locator, String> {
    let world_atlas = &super::WORLD_ATLAS;
    let echarts_package = &super::ECHARTS;
    let projection = Albers::ATLAS;
    let world = topojson::parse(&fetch::extract(cache, world_atlas, COUNTRIES_JSON)?, "countries")?;
    let china = echarts::parse(&fetch::extract(cache, echarts_package, super::CHINA_JSON)?)?;

    let frame = Frame::around(&projection, LON, LAT);
    let px_units = frame.width as f64 / INSET_PX;
    // Half a pixel, rounded to 0.01 unit so the written figure is the one used.
    let tolerance = (px_units / 2.0 * 100.0).round() / 100.0;
    let min_area = px_units * px_units;
    let fan = fan(&projection, tolerance);
    let window = [LON.0, LON.1, LAT.0, LAT.1];

    // Land: every country reaching into the box, merged (their shared
    // borders are the same arcs, so they dissolve), simplified, then clipped
    // so that the cut runs exactly along the fan.
    let mut parts = Vec::new();
    for region in &world {
        let projected = shape::project(&projection, &region.polygons, window)?;
        if projected.0.is_empty() {
            continue;
        }
        let inside = projected.intersection(&fan_loose(&fan, tolerance));
        if inside.unsigned_area() > 0.0 {
            parts.push(inside);
        }
    }
    let countries = parts.len();
    let land = shape::union_all(parts.iter());
    let land = shape::simplify(&land, tolerance).intersection(&fan);

    let xinjiang =
        china.iter().find(|r| r.id == XINJIANG_KEY).ok_or_else(|| format!("{} has no feature {XINJIANG_KEY}", super::CHINA_JSON))?;
    if xinjiang.name != XINJIANG_SOURCE_NAME {
        return Err(format!("{} feature {XINJIANG_KEY} is {:?}, expected {XINJIANG_SOURCE_NAME:?}", super::CHINA_JSON, xinjiang.name));
    }
    let xinjiang = shape::simplify(&shape::project(&projection, &xinjiang.polygons, window)?, tolerance);
    check_inside(&xinjiang, &frame)?;

    let features = vec![
        feature("land", "neighbour-country", "Land", world_atlas, &land, min_area)?,
        feature("xinjiang", "province", "Xinjiang", echarts_package, &xinjiang, min_area)?,
    ];
    let simplification = Simplification { tolerance_units: tolerance, reason: "half a pixel of the locator inset drawn 400 px wide" };
    let json = write::base_json(&projection, &frame, &simplification, &features);
    let path = root.join("assets").join("map").join("locator.json");
    std::fs::write(&path, &json).map_err(|e| format!("cannot write {}: {e}", path.display()))?;

    let locator = Locator {
        lon: LON,
        lat: LAT,
        inset_px: INSET_PX,
        tolerance_units: tolerance,
        min_area_units: min_area,
        countries,
        points: features.iter().map(Feature::points).sum(),
        bytes: json.len(),
        gzipped: super::gzip_len(json.as_bytes()),
        world_atlas,
        echarts: echarts_package,
    };
    println!(
        "geodata: wrote assets/map/locator.json: {} countries merged, frame x {} y {} width {} height {} units, tolerance {} units ({:.1} km), {} points, {} bytes ({} gzipped)",
        locator.countries,
        frame.x,
        frame.y,
        frame.width,
        frame.height,
        tolerance,
        tolerance / UNITS_PER_KM,
        locator.points,
        locator.bytes,
        locator.gzipped
    );
    Ok(locator)
}

/// The lon/lat box in map units: its parallels sampled every [`EDGE_STEP`]
/// degrees (meridians are straight), then simplified with the tolerance so
/// that the cut along it costs no more points than a coastline.
fn fan(projection: &Albers, tolerance: f64) -> MultiPolygon<f64> {
    let steps = ((LON.1 - LON.0) / EDGE_STEP).round() as usize;
    let lon = |i: usize| LON.0 + (LON.1 - LON.0) * i as f64 / steps as f64;
    let mut ring: Vec<Coord<f64>> = Vec::with_capacity(2 * steps + 3);
    for i in 0..=steps {
        ring.push(shape::to_map(projection, lon(i), LAT.0).into());
    }
    for i in (0..=steps).rev() {
        ring.push(shape::to_map(projection, lon(i), LAT.1).into());
    }
    ring.push(ring[0]);
    MultiPolygon(vec![Polygon::new(LineString(ring), vec![])]).simplify(tolerance)
}

/// The fan's bounding rectangle with a margin of a few tolerances: each
/// country is cut down to it before the union (which is slow on whole
/// continents), far enough out that simplifying cannot pull the cut inside
/// the fan.
fn fan_loose(fan: &MultiPolygon<f64>, tolerance: f64) -> MultiPolygon<f64> {
    let Some(rect) = fan.bounding_rect() else {
        return fan.clone();
    };
    let margin = 4.0 * tolerance;
    MultiPolygon(vec![geo::Rect::new(
        Coord { x: rect.min().x - margin, y: rect.min().y - margin },
        Coord { x: rect.max().x + margin, y: rect.max().y + margin },
    )
    .to_polygon()])
}

fn check_inside(shape: &MultiPolygon<f64>, frame: &Frame) -> Result<(), String> {
    let rect = shape.bounding_rect().ok_or("Xinjiang is empty on the locator")?;
    let inside = rect.min().x >= frame.x as f64
        && rect.min().y >= frame.y as f64
        && rect.max().x <= (frame.x + frame.width) as f64
        && rect.max().y <= (frame.y + frame.height) as f64;
    if inside {
        Ok(())
    } else {
        Err("Xinjiang does not lie wholly inside the locator's frame".into())
    }
}

fn feature(
    id: &str,
    layer: &'static str,
    name: &str,
    source: &Package,
    shape: &MultiPolygon<f64>,
    min_area: f64,
) -> Result<Feature, String> {
    let polygons = shape::finish(shape, min_area);
    if polygons.is_empty() {
        return Err(format!("the locator's {id} has nothing left"));
    }
    Ok(Feature {
        id: id.to_string(),
        layer,
        name: name.to_string(),
        source: source.label(),
        approximate: false,
        polygons,
        lines: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fan_lies_in_its_frame_and_is_widest_at_its_southern_edge() {
        let p = Albers::ATLAS;
        let frame = Frame::around(&p, LON, LAT);
        let fan = fan(&p, 100.0);
        let rect = fan.bounding_rect().unwrap();
        assert!(rect.min().x >= frame.x as f64 - 1.0 && rect.max().x <= (frame.x + frame.width) as f64 + 1.0);
        assert!(rect.min().y >= frame.y as f64 - 1.0 && rect.max().y <= (frame.y + frame.height) as f64 + 1.0);
        // The corners of the lon/lat box are corners of the fan.
        let (x, _) = shape::to_map(&p, LON.0, LAT.0);
        assert!((rect.min().x - x).abs() < 1.0);
        // A point of the box lies inside, one far outside it does not.
        use geo::Contains;
        let inside = Coord::from(shape::to_map(&p, 85.0, 42.0));
        let outside = Coord::from(shape::to_map(&p, 20.0, 2.0));
        assert!(fan.contains(&inside));
        assert!(!fan.contains(&outside));
    }
}
