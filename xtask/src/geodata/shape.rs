//! Geometry work in map units: projecting, the frame, clipping, subtracting,
//! simplifying and rounding to the integers that are written out.
//!
//! Map units: 1 unit = 100 m, x to the east, y to the south (SVG's y points
//! down), so x = round(easting km × 10) and y = round(−northing km × 10).

use atlas_core::projection::Albers;
use geo::algorithm::bool_ops::FillRule;
use geo::{Area, BooleanOps, Buffer, Coord, LineString, MultiLineString, MultiPolygon, Polygon, Rect, Simplify, Validation};

/// Map units per kilometre: one unit is 100 m.
pub const UNITS_PER_KM: f64 = 10.0;

/// (lon°, lat°) to map units, unrounded.
pub fn to_map(projection: &Albers, lon: f64, lat: f64) -> (f64, f64) {
    let (easting, northing) = projection.project(lon, lat);
    (easting * UNITS_PER_KM, -northing * UNITS_PER_KM)
}

/// The rectangle the map shows, in map units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Frame {
    pub x: i64,
    pub y: i64,
    pub width: i64,
    pub height: i64,
}

impl Frame {
    /// The projected bounding box of a lon/lat box. Parallels project to arcs
    /// and meridians lean, so the box's four edges are sampled every 0.01°
    /// rather than only its corners; the result is widened to whole units.
    pub fn around(projection: &Albers, lon: (f64, f64), lat: (f64, f64)) -> Frame {
        let (mut min_x, mut min_y) = (f64::INFINITY, f64::INFINITY);
        let (mut max_x, mut max_y) = (f64::NEG_INFINITY, f64::NEG_INFINITY);
        let mut add = |lon: f64, lat: f64| {
            let (x, y) = to_map(projection, lon, lat);
            min_x = min_x.min(x);
            min_y = min_y.min(y);
            max_x = max_x.max(x);
            max_y = max_y.max(y);
        };
        let steps = |a: f64, b: f64| ((b - a) / 0.01).ceil() as usize;
        let (lon_steps, lat_steps) = (steps(lon.0, lon.1), steps(lat.0, lat.1));
        for i in 0..=lon_steps {
            let l = lon.0 + (lon.1 - lon.0) * i as f64 / lon_steps as f64;
            add(l, lat.0);
            add(l, lat.1);
        }
        for j in 0..=lat_steps {
            let p = lat.0 + (lat.1 - lat.0) * j as f64 / lat_steps as f64;
            add(lon.0, p);
            add(lon.1, p);
        }
        let (x0, y0) = (min_x.floor() as i64, min_y.floor() as i64);
        Frame { x: x0, y: y0, width: max_x.ceil() as i64 - x0, height: max_y.ceil() as i64 - y0 }
    }

    pub fn polygon(&self) -> Polygon<f64> {
        Rect::new(Coord { x: self.x as f64, y: self.y as f64 }, Coord { x: (self.x + self.width) as f64, y: (self.y + self.height) as f64 })
            .to_polygon()
    }
}

/// Projects lon/lat polygons (rings as point lists, outer ring first) into a
/// MultiPolygon in map units. Polygons whose lon/lat box misses `window`
/// ([west, east, south, north]) are left out first: on a conic projection a
/// polygon far round the globe (Russia's Chukotka across the antimeridian)
/// would wrap, and it could never reach the frame anyway.
pub fn project(projection: &Albers, polygons: &[Vec<Vec<(f64, f64)>>], window: [f64; 4]) -> Result<MultiPolygon<f64>, String> {
    let mut out = Vec::new();
    for polygon in polygons {
        let Some(outer) = polygon.first() else {
            continue;
        };
        let [w, e, s, n] = bbox(outer.iter().copied());
        if e < window[0] || w > window[1] || n < window[2] || s > window[3] {
            continue;
        }
        // The cone's seam is the meridian opposite the central one.
        let seam = projection.central_meridian - 180.0;
        if polygon.iter().flatten().any(|&(lon, _)| (lon - seam).rem_euclid(360.0) < 5.0 || (lon - seam).rem_euclid(360.0) > 355.0) {
            return Err(format!("a polygon within the window reaches the projection's seam at {seam}°"));
        }
        let ring = |points: &Vec<(f64, f64)>| -> LineString<f64> {
            points.iter().map(|&(lon, lat)| Coord::from(to_map(projection, lon, lat))).collect()
        };
        out.push(Polygon::new(ring(outer), polygon[1..].iter().map(ring).collect()));
    }
    Ok(MultiPolygon(out))
}

/// [west, east, south, north] of a set of points.
pub fn bbox(points: impl Iterator<Item = (f64, f64)>) -> [f64; 4] {
    points.fold([f64::INFINITY, f64::NEG_INFINITY, f64::INFINITY, f64::NEG_INFINITY], |b, (x, y)| {
        [b[0].min(x), b[1].max(x), b[2].min(y), b[3].max(y)]
    })
}

/// Ramer–Douglas–Peucker with `tolerance` in map units, ring by ring.
pub fn simplify(shape: &MultiPolygon<f64>, tolerance: f64) -> MultiPolygon<f64> {
    shape.simplify(tolerance)
}

pub fn clip(shape: &MultiPolygon<f64>, frame: &Frame) -> MultiPolygon<f64> {
    shape.intersection(&frame.polygon())
}

pub fn subtract(shape: &MultiPolygon<f64>, other: &MultiPolygon<f64>) -> MultiPolygon<f64> {
    shape.difference(other)
}

pub fn union_all<'a>(shapes: impl IntoIterator<Item = &'a MultiPolygon<f64>>) -> MultiPolygon<f64> {
    shapes.into_iter().fold(MultiPolygon(Vec::new()), |acc, s| acc.union(s))
}

pub fn overlap_area(a: &MultiPolygon<f64>, b: &MultiPolygon<f64>) -> f64 {
    a.intersection(b).unsigned_area()
}

/// Fits neighbour countries to each other and to the provinces so that they
/// tile the frame: nothing overlaps, and the slivers where two datasets'
/// versions of one border disagree (or where two countries were simplified
/// apart) go to a country within `reach` of them.
///
/// Country i gets (its outline grown by `reach`, inside the frame) minus the
/// provinces, minus the countries after it as they are, minus the countries
/// before it as they were fitted. So a sliver goes to the first country that
/// reaches it, an overlap between two countries to the later one, and a
/// country's borders are exactly its neighbours' or the provinces'.
pub fn tile(frame: &Frame, countries: &[MultiPolygon<f64>], provinces: &MultiPolygon<f64>, reach: f64) -> Vec<MultiPolygon<f64>> {
    fit(&MultiPolygon(vec![frame.polygon()]), countries, provinces, reach)
}

/// The rule of [`tile`] inside any container: piece i becomes (its outline
/// grown by `reach`, inside `container`) minus `yield_to`, minus the pieces
/// after it as they are, minus the pieces before it as fitted.
pub fn fit(
    container: &MultiPolygon<f64>,
    pieces: &[MultiPolygon<f64>],
    yield_to: &MultiPolygon<f64>,
    reach: f64,
) -> Vec<MultiPolygon<f64>> {
    // later[i]: what piece i yields to ahead of it (`yield_to` and the
    // pieces after it); built once from the end rather than for every piece.
    let mut later = vec![yield_to.clone(); pieces.len()];
    for i in (0..pieces.len().saturating_sub(1)).rev() {
        later[i] = later[i + 1].union(&pieces[i + 1]);
    }
    let mut fitted: Vec<MultiPolygon<f64>> = Vec::with_capacity(pieces.len());
    let mut taken = MultiPolygon(Vec::new());
    for (piece, later) in pieces.iter().zip(&later) {
        let grown = piece.buffer(reach).intersection(container);
        let own = subtract(&subtract(&grown, later), &taken);
        taken = taken.union(&own);
        fitted.push(own);
    }
    fitted
}

/// Removes holes smaller than `max_area` square units (slivers left inside a
/// union where two source polygons did not quite meet).
pub fn fill_small_holes(shape: &MultiPolygon<f64>, max_area: f64) -> MultiPolygon<f64> {
    MultiPolygon(
        shape
            .iter()
            .map(|p| {
                Polygon::new(
                    p.exterior().clone(),
                    p.interiors().iter().filter(|h| Polygon::new((*h).clone(), vec![]).unsigned_area() >= max_area).cloned().collect(),
                )
            })
            .collect(),
    )
}

/// Inserts into every ring edge the vertices of all the shapes that lie on
/// it (within `eps` units) but are not its ends. Where a county border meets
/// a district border, the county has a vertex the district lacks; rounding
/// that vertex to whole units would otherwise open a sliver along the whole
/// district edge. Vertices are found through a grid of `eps`-padded cells.
pub fn node(shapes: &[MultiPolygon<f64>], eps: f64) -> Vec<MultiPolygon<f64>> {
    use std::collections::HashMap;
    const CELL: f64 = 50.0;
    let key = |x: f64, y: f64| ((x / CELL).floor() as i64, (y / CELL).floor() as i64);
    let mut grid: HashMap<(i64, i64), Vec<Coord<f64>>> = HashMap::new();
    for shape in shapes {
        for polygon in shape {
            for ring in std::iter::once(polygon.exterior()).chain(polygon.interiors()) {
                for c in &ring.0 {
                    grid.entry(key(c.x, c.y)).or_default().push(*c);
                }
            }
        }
    }
    let split = |ring: &LineString<f64>| -> LineString<f64> {
        let mut out = Vec::with_capacity(ring.0.len());
        for w in ring.0.windows(2) {
            let (a, b) = (w[0], w[1]);
            out.push(a);
            let (dx, dy) = (b.x - a.x, b.y - a.y);
            let len2 = dx * dx + dy * dy;
            if len2 == 0.0 {
                continue;
            }
            let (k0, k1) = (key(a.x.min(b.x) - eps, a.y.min(b.y) - eps), key(a.x.max(b.x) + eps, a.y.max(b.y) + eps));
            let mut on: Vec<(f64, Coord<f64>)> = Vec::new();
            for i in k0.0..=k1.0 {
                for j in k0.1..=k1.1 {
                    for c in grid.get(&(i, j)).into_iter().flatten() {
                        let t = ((c.x - a.x) * dx + (c.y - a.y) * dy) / len2;
                        if t <= 0.0 || t >= 1.0 || *c == a || *c == b {
                            continue;
                        }
                        let (px, py) = (a.x + t * dx, a.y + t * dy);
                        if (c.x - px).hypot(c.y - py) <= eps {
                            on.push((t, *c));
                        }
                    }
                }
            }
            on.sort_by(|p, q| p.0.total_cmp(&q.0));
            on.dedup_by(|p, q| p.1 == q.1);
            out.extend(on.into_iter().map(|(_, c)| c));
        }
        if let Some(last) = ring.0.last() {
            out.push(*last);
        }
        LineString(out)
    };
    shapes
        .iter()
        .map(|shape| {
            MultiPolygon(shape.iter().map(|p| Polygon::new(split(p.exterior()), p.interiors().iter().map(split).collect())).collect())
        })
        .collect()
}

/// Finished integer polygons back as a geo shape, for checks on what is written.
pub fn from_finished(polygons: &[Vec<IntRing>]) -> MultiPolygon<f64> {
    let ring = |r: &IntRing| -> LineString<f64> { r.iter().map(|&(x, y)| Coord { x: f64::from(x), y: f64::from(y) }).collect() };
    MultiPolygon(
        polygons
            .iter()
            .filter_map(|rings| {
                let (outer, holes) = rings.split_first()?;
                Some(Polygon::new(ring(outer), holes.iter().map(ring).collect()))
            })
            .collect(),
    )
}

/// A polyline in integer map units.
pub type IntLine = Vec<(i32, i32)>;

/// Simplifies polylines (Ramer–Douglas–Peucker, `tolerance` map units), keeps
/// what lies inside the frame, rounds to whole units and drops repeated
/// points; lines left with fewer than 2 points or shorter than `min_length`
/// units are dropped. Lines come out longest first.
pub fn finish_lines(lines: &[LineString<f64>], tolerance: f64, frame: &Frame, min_length: f64) -> Vec<IntLine> {
    let simplified = MultiLineString(lines.iter().map(|l| l.simplify(tolerance)).collect());
    let inside = frame.polygon().clip(&simplified, false);
    let mut out: Vec<(f64, IntLine)> = inside
        .iter()
        .filter_map(|line| {
            let mut r: IntLine = Vec::with_capacity(line.0.len());
            for c in &line.0 {
                let p = (c.x.round() as i32, c.y.round() as i32);
                if r.last() != Some(&p) {
                    r.push(p);
                }
            }
            let length: f64 = r.windows(2).map(|w| f64::from(w[1].0 - w[0].0).hypot(f64::from(w[1].1 - w[0].1))).sum();
            (r.len() >= 2 && length >= min_length).then_some((length, r))
        })
        .collect();
    out.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    out.into_iter().map(|(_, l)| l).collect()
}

/// A ring in integer map units, not repeating its first point.
pub type IntRing = Vec<(i32, i32)>;

/// Twice the signed area in map units (x right, y down): Σ xᵢ·yᵢ₊₁ − xᵢ₊₁·yᵢ.
/// Negative means counter-clockwise as drawn (north up).
pub fn twice_signed_area(ring: &[(i32, i32)]) -> i64 {
    let n = ring.len();
    (0..n)
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            a.0 as i64 * b.1 as i64 - b.0 as i64 * a.1 as i64
        })
        .sum()
}

/// Rounds a ring to integer units and drops repeated points, the closing one included.
pub fn round_ring(ring: &LineString<f64>) -> IntRing {
    let mut out: IntRing = Vec::with_capacity(ring.0.len());
    for c in &ring.0 {
        let p = (c.x.round() as i32, c.y.round() as i32);
        if out.last() != Some(&p) {
            out.push(p);
        }
    }
    while out.len() > 1 && out.first() == out.last() {
        out.pop();
    }
    out
}

/// Rounds, orients and filters: outer rings counter-clockwise as drawn
/// (negative [`twice_signed_area`]), holes clockwise. A ring with fewer than
/// three points or an area under `min_area` square units is dropped; an outer
/// ring dropped takes its holes with it. Polygons come out largest first, so
/// the order does not depend on how the boolean operations listed them.
///
/// Rounding can leave a ring touching or crossing itself where the outline
/// was narrower than a unit (spikes, pinches). Then the rounded shape is
/// redrawn with the boolean engine (non-zero fill: what any ring covers),
/// which splits pinches and drops spikes, and rounded again, up to
/// [`REPAIR_ROUNDS`] times; what comes out valid (OGC rules, as `geo`
/// checks them) is kept.
pub fn finish(shape: &MultiPolygon<f64>, min_area: f64) -> Vec<Vec<IntRing>> {
    let mut polygons = finish_once(shape, min_area);
    for _ in 0..REPAIR_ROUNDS {
        let rounded = from_finished(&polygons);
        if rounded.is_valid() {
            break;
        }
        let redrawn = rounded.union_with_fill_rule(&MultiPolygon(Vec::new()), FillRule::NonZero);
        polygons = finish_once(&redrawn, min_area);
    }
    polygons
}

/// How many times [`finish`] redraws a shape that rounding made invalid.
pub const REPAIR_ROUNDS: usize = 3;

fn finish_once(shape: &MultiPolygon<f64>, min_area: f64) -> Vec<Vec<IntRing>> {
    let keep = |ring: &LineString<f64>, outer: bool| -> Option<IntRing> {
        let mut r = round_ring(ring);
        let a2 = twice_signed_area(&r);
        if r.len() < 3 || (a2.abs() as f64) / 2.0 < min_area {
            return None;
        }
        if (a2 < 0) != outer {
            r.reverse();
        }
        Some(r)
    };
    let mut polygons: Vec<(i64, Vec<IntRing>)> = shape
        .iter()
        .filter_map(|p| {
            let outer = keep(p.exterior(), true)?;
            let area = twice_signed_area(&outer).abs();
            let mut rings = vec![outer];
            rings.extend(p.interiors().iter().filter_map(|h| keep(h, false)));
            Some((area, rings))
        })
        .collect();
    polygons.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    polygons.into_iter().map(|(_, rings)| rings).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x: f64, y: f64, size: f64) -> Polygon<f64> {
        Rect::new(Coord { x, y }, Coord { x: x + size, y: y + size }).to_polygon()
    }

    #[test]
    fn the_frame_of_a_lon_lat_box_holds_its_projected_edges() {
        let p = Albers::ATLAS;
        let f = Frame::around(&p, (70.0, 100.0), (33.0, 51.0));
        // Symmetric about the central meridian 85°E, up to the outward rounding.
        assert!((f.x + f.width / 2).abs() <= 1, "{f:?}");
        let (_, bottom) = to_map(&p, 85.0, 33.0);
        assert!((f.y + f.height) as f64 >= bottom && (f.y + f.height) as f64 - bottom < 1.0);
        for (lon, lat) in [(70.0, 33.0), (100.0, 51.0), (85.0, 51.0), (77.7, 42.0)] {
            let (x, y) = to_map(&p, lon, lat);
            assert!(x >= f.x as f64 && x <= (f.x + f.width) as f64 && y >= f.y as f64 && y <= (f.y + f.height) as f64);
        }
    }

    #[test]
    fn map_y_points_south() {
        let p = Albers::ATLAS;
        assert!(to_map(&p, 85.0, 45.0).1 < to_map(&p, 85.0, 40.0).1);
    }

    #[test]
    fn rounding_drops_repeats_and_the_closing_point() {
        let ring: LineString<f64> = vec![(0.2, 0.1), (0.4, -0.2), (10.0, 0.0), (10.0, 10.0), (0.0, 0.0)].into();
        assert_eq!(round_ring(&ring), vec![(0, 0), (10, 0), (10, 10)]);
    }

    #[test]
    fn outer_rings_come_out_counter_clockwise_as_drawn_and_holes_clockwise() {
        let mut outer = square(0.0, 0.0, 100.0);
        let hole = square(40.0, 40.0, 20.0);
        outer.interiors_push(hole.exterior().clone());
        let shape = MultiPolygon(vec![outer]);
        let rings = &finish(&shape, 1.0)[0];
        assert_eq!(rings.len(), 2);
        assert!(twice_signed_area(&rings[0]) < 0);
        assert!(twice_signed_area(&rings[1]) > 0);
        // The same input reversed gives the same orientation.
        let reversed =
            MultiPolygon(vec![Polygon::new(LineString(square(0.0, 0.0, 100.0).exterior().0.iter().rev().copied().collect()), vec![])]);
        assert!(twice_signed_area(&finish(&reversed, 1.0)[0][0]) < 0);
    }

    #[test]
    fn a_ring_pinched_by_rounding_is_split_into_valid_polygons() {
        // Two squares joined by a neck 0.2 units wide: rounding pinches the
        // neck to a point where the ring touches itself.
        let ring: LineString<f64> = vec![
            (0.0, 0.0),
            (10.0, 0.0),
            (10.0, 4.9),
            (20.0, 4.9),
            (20.0, 0.0),
            (30.0, 0.0),
            (30.0, 10.0),
            (20.0, 10.0),
            (20.0, 5.1),
            (10.0, 5.1),
            (10.0, 10.0),
            (0.0, 10.0),
            (0.0, 0.0),
        ]
        .into();
        let shape = MultiPolygon(vec![Polygon::new(ring, vec![])]);
        assert!(!from_finished(&finish_once(&shape, 1.0)).is_valid());
        let finished = finish(&shape, 1.0);
        assert!(from_finished(&finished).is_valid());
        assert_eq!(finished.len(), 2);
        assert!((from_finished(&finished).unsigned_area() - 200.0).abs() < 1e-9);
    }

    #[test]
    fn rings_smaller_than_the_minimum_area_are_dropped() {
        let shape = MultiPolygon(vec![square(0.0, 0.0, 100.0), square(500.0, 500.0, 2.0)]);
        let kept = finish(&shape, 9.0);
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0][0].len(), 4);
    }

    #[test]
    fn clipping_and_subtracting_leave_what_is_inside_and_outside() {
        let frame = Frame { x: 0, y: 0, width: 100, height: 100 };
        let big = MultiPolygon(vec![square(-50.0, -50.0, 100.0)]);
        let clipped = clip(&big, &frame);
        assert!((clipped.unsigned_area() - 2500.0).abs() < 1e-6);
        let cut = subtract(&clipped, &MultiPolygon(vec![square(0.0, 0.0, 10.0)]));
        assert!((cut.unsigned_area() - 2400.0).abs() < 1e-6);
        let both = union_all([&MultiPolygon(vec![square(0.0, 0.0, 10.0)]), &MultiPolygon(vec![square(10.0, 0.0, 10.0)])]);
        assert!((both.unsigned_area() - 200.0).abs() < 1e-6);
        assert_eq!(both.0.len(), 1);
    }

    #[test]
    fn tiling_fills_slivers_and_removes_overlaps() {
        let frame = Frame { x: 0, y: 0, width: 100, height: 100 };
        // A province in the middle; a country west of it stopping 2 units
        // short, and one east of it overlapping it and the first country.
        let province = MultiPolygon(vec![Rect::new(Coord { x: 40.0, y: 0.0 }, Coord { x: 60.0, y: 100.0 }).to_polygon()]);
        let west = MultiPolygon(vec![Rect::new(Coord { x: 0.0, y: 0.0 }, Coord { x: 38.0, y: 100.0 }).to_polygon()]);
        let east = MultiPolygon(vec![Rect::new(Coord { x: 55.0, y: 0.0 }, Coord { x: 100.0, y: 100.0 }).to_polygon()]);
        let tiles = tile(&frame, &[west, east], &province, 5.0);
        assert!((tiles[0].unsigned_area() - 4000.0).abs() < 1e-6, "{}", tiles[0].unsigned_area());
        assert!((tiles[1].unsigned_area() - 4000.0).abs() < 1e-6, "{}", tiles[1].unsigned_area());
        assert_eq!(tiles[0].0.len(), 1);
        assert_eq!(tiles[1].0.len(), 1);
    }

    #[test]
    fn fitting_inside_a_container_fills_it_without_overlaps() {
        // Two halves of a 100 × 100 container that overlap by 4 and leave a
        // 2-wide gap at the bottom; a small hole inside the first is filled.
        let container = MultiPolygon(vec![square(0.0, 0.0, 100.0)]);
        let mut left = Rect::new(Coord { x: 0.0, y: 0.0 }, Coord { x: 52.0, y: 98.0 }).to_polygon();
        left.interiors_push(square(10.0, 10.0, 1.0).exterior().clone());
        let left = MultiPolygon(vec![left]);
        let right = MultiPolygon(vec![Rect::new(Coord { x: 48.0, y: 0.0 }, Coord { x: 100.0, y: 98.0 }).to_polygon()]);
        let left = fill_small_holes(&left, 2.0);
        assert!((left.unsigned_area() - 52.0 * 98.0).abs() < 1e-6);
        let pieces = fit(&container, &[left, right.clone()], &MultiPolygon(vec![]), 5.0);
        let total: f64 = pieces.iter().map(|p| p.unsigned_area()).sum();
        assert!((total - 10_000.0).abs() < 1e-6, "{total}");
        assert!(overlap_area(&pieces[0], &pieces[1]) < 1e-9);
        // The overlap went to the later piece, the gap to the first that reaches it.
        assert!((overlap_area(&pieces[1], &right) - 52.0 * 98.0).abs() < 1e-6);
        assert!(pieces[0].unsigned_area() > 48.0 * 100.0);
    }

    #[test]
    fn noding_puts_a_neighbours_vertex_into_a_long_edge() {
        // A district edge from (0,0) to (1000,0); a county below it meets it
        // at (400.3, 0.0), a vertex the district lacks.
        let district =
            MultiPolygon(vec![Polygon::new(vec![(0.0, 0.0), (1000.0, 0.0), (1000.0, 100.0), (0.0, 100.0), (0.0, 0.0)].into(), vec![])]);
        let county =
            MultiPolygon(vec![Polygon::new(vec![(0.0, 0.0), (400.3, 0.0), (400.3, 100.0), (0.0, 100.0), (0.0, 0.0)].into(), vec![])]);
        let noded = node(&[district, county], 0.05);
        let ring: Vec<(f64, f64)> = noded[0].0[0].exterior().0.iter().map(|c| (c.x, c.y)).collect();
        assert_eq!(ring[..3], [(0.0, 0.0), (400.3, 0.0), (1000.0, 0.0)]);
        // (400.3, 100) lies on the district's top edge too.
        assert!(ring.contains(&(400.3, 100.0)));
        assert_eq!(noded[1].0[0].exterior().0.len(), 5);
    }

    #[test]
    fn finished_rings_convert_back_to_the_same_area() {
        let shape = MultiPolygon(vec![square(0.0, 0.0, 100.0)]);
        let back = from_finished(&finish(&shape, 1.0));
        assert!((back.unsigned_area() - 10_000.0).abs() < 1e-9);
    }

    #[test]
    fn lines_are_simplified_clipped_to_the_frame_and_rounded() {
        let frame = Frame { x: 0, y: 0, width: 100, height: 100 };
        let river: LineString<f64> = vec![(-50.0, 50.0), (10.2, 50.1), (30.0, 50.0), (60.0, 80.0)].into();
        let stub: LineString<f64> = vec![(90.0, 90.0), (90.4, 90.3)].into();
        let lines = finish_lines(&[river, stub], 1.0, &frame, 2.0);
        assert_eq!(lines, vec![vec![(0, 50), (30, 50), (60, 80)]]);
    }

    #[test]
    fn polygons_outside_the_window_are_not_projected() {
        let p = Albers::ATLAS;
        let far = vec![vec![(-179.0, 65.0), (-170.0, 65.0), (-170.0, 70.0), (-179.0, 65.0)]];
        let near = vec![vec![(80.0, 40.0), (81.0, 40.0), (80.0, 41.0), (80.0, 40.0)]];
        let shape = project(&p, &[far, near], [40.0, 130.0, 15.0, 75.0]).unwrap();
        assert_eq!(shape.0.len(), 1);
    }
}
