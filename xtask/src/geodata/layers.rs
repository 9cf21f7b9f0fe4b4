//! The layers on top of the outlines: the 1940s districts, counties, lakes
//! and rivers, with the county seats and the mountain range labels.
//!
//! [`build`] fetches and reads the sources, builds and checks every layer and
//! returns finished features; [`sources_md`] describes what it did.

use super::admin::{self, TilingCheck, DISTRICTS};
use super::fetch::{self, Package, Wheel};
use super::ranges::{self, Label};
use super::shape::{self, Frame, UNITS_PER_KM};
use super::water::{self, Lakes, River, LAKES, RESERVOIRS, RIVERS};
use super::write::Feature;
use super::{echarts, wdb};
use atlas_core::projection::Albers;
use geo::{BooleanOps, MultiLineString, MultiPolygon};
use std::fmt::Write as _;
use std::path::Path;

/// What the run needs from the outline step.
pub struct Inputs<'a> {
    pub cache: &'a Path,
    pub projection: &'a Albers,
    pub frame: &'a Frame,
    pub window: [f64; 4],
    pub tolerance: f64,
    pub min_area: f64,
    pub reach: f64,
    /// Xinjiang as simplified (the districts are fitted into it) and as written.
    pub province: &'a MultiPolygon<f64>,
    pub province_finished: &'a MultiPolygon<f64>,
    pub cities: &'a Package,
    pub basemap: &'a Wheel,
    pub basemap_dir: &'a str,
}

/// Everything built, with the figures SOURCES.md and the log report.
pub struct Built {
    pub districts: Vec<Feature>,
    pub counties: Vec<Feature>,
    pub lakes: Vec<Feature>,
    pub rivers: Vec<Feature>,
    pub seats: Vec<admin::Seat>,
    pub ranges: Vec<Label>,
    pub tiling: TilingCheck,
    pub county_check: admin::CountyCheck,
    pub raw_km2: Vec<f64>,
    pub raw_outside_km2: f64,
    pub raw_missing_km2: f64,
    pub counties_total: usize,
    pub enclaves: Vec<admin::Enclave>,
    pub named_rivers: Vec<River>,
    pub other_river_lines: usize,
    pub lake_report: Lakes,
}

fn feature(id: &str, layer: &'static str, name: &str, source: String) -> Feature {
    Feature { id: id.to_string(), layer, name: name.to_string(), source, approximate: false, polygons: Vec::new(), lines: Vec::new() }
}

pub fn build(i: &Inputs) -> Result<Built, String> {
    // Counties and districts.
    let mut files = Vec::new();
    for file in admin::files() {
        let text = fetch::extract(i.cache, i.cities, &format!("package/src/新疆/{file}.js"))?;
        files.push((file, echarts::parse_js(&text).map_err(|e| format!("{file}.js: {e}"))?));
    }
    let counties = admin::assign(files)?;
    let built = admin::build(i.projection, &counties, i.province, i.window, i.tolerance, i.reach, i.min_area)?;
    let mut districts = Vec::new();
    for (def, shape) in DISTRICTS.iter().zip(&built.districts) {
        let mut f = feature(def.id, "district", def.name, i.cities.label());
        f.approximate = true;
        f.polygons = shape::finish(shape, i.min_area);
        if f.polygons.is_empty() {
            return Err(format!("district {} has nothing left", def.id));
        }
        districts.push(f);
    }
    let finished: Vec<MultiPolygon<f64>> = districts.iter().map(|f| shape::from_finished(&f.polygons)).collect();
    let tiling = admin::check_tiling(&finished, i.province_finished)?;
    let mut county_features = Vec::new();
    for (def, shape) in admin::COUNTIES.iter().zip(&built.counties) {
        let mut f = feature(def.id, "county", def.name, i.cities.label());
        f.polygons = shape::finish(shape, i.min_area);
        if f.polygons.is_empty() {
            return Err(format!("county {} has nothing left", def.id));
        }
        county_features.push(f);
    }
    let county_check = admin::check_counties(
        &county_features.iter().map(|f| shape::from_finished(&f.polygons)).collect::<Vec<_>>(),
        &counties,
        &finished,
    )?;
    let seats = admin::seats(&counties);

    // Rivers and lakes.
    let read = |name: &str| -> Result<Vec<wdb::Segment>, String> {
        let meta = fetch::extract_wheel(i.cache, i.basemap, &format!("{}/{name}meta_i.dat", i.basemap_dir))?;
        let data = fetch::extract_wheel(i.cache, i.basemap, &format!("{}/{name}_i.dat", i.basemap_dir))?;
        let meta = String::from_utf8(meta).map_err(|_| format!("{name}meta_i.dat is not text"))?;
        wdb::parse(&format!("{name}_i.dat"), &meta, &data)
    };
    let river_segments = read("rivers")?;
    let shores = read("gshhs")?;
    let (named_rivers, other) = water::rivers(i.projection, &river_segments, &shores, i.frame, i.window)?;
    let px = i.frame.width as f64 / super::WALL_PX;
    let mut rivers = Vec::new();
    // Unnamed rivers only inside Xinjiang: those abroad would double the
    // weight of the first view (see SOURCES.md).
    let inside = i.province.clip(&MultiLineString(other), false);
    let other_lines = shape::finish_lines(&inside.0, i.tolerance, i.frame, px);
    let other_river_lines = other_lines.len();
    if !other_lines.is_empty() {
        let mut f = feature("river-other", "river", "Other rivers", i.basemap.label());
        f.lines = other_lines;
        rivers.push(f);
    }
    for r in &named_rivers {
        let mut f = feature(r.id, "river", r.name, i.basemap.label());
        f.lines = shape::finish_lines(&r.lines, i.tolerance, i.frame, px);
        if f.lines.is_empty() {
            return Err(format!("{} has nothing left inside the frame", r.id));
        }
        rivers.push(f);
    }
    let lake_report = water::lakes(i.projection, &shores, i.frame, i.window)?;
    let mut lakes = Vec::new();
    // Unnamed lakes first, so the named ones are drawn over them.
    let mut ordered: Vec<&water::Lake> = lake_report.lakes.iter().filter(|l| l.id == "lake-other").collect();
    ordered.extend(lake_report.lakes.iter().filter(|l| l.id != "lake-other"));
    for l in ordered {
        let mut f = feature(l.id, "lake", l.name, i.basemap.label());
        f.polygons = shape::finish(&shape::simplify(&l.shape, i.tolerance), i.min_area);
        if f.polygons.is_empty() {
            return Err(format!("{} is smaller than a pixel", l.id));
        }
        lakes.push(f);
    }

    Ok(Built {
        districts,
        counties: county_features,
        lakes,
        rivers,
        seats,
        ranges: ranges::labels(i.projection),
        tiling,
        county_check,
        raw_km2: built.raw_km2,
        raw_outside_km2: built.raw_outside_km2,
        raw_missing_km2: built.raw_missing_km2,
        counties_total: built.counties_total,
        enclaves: built.enclaves,
        named_rivers,
        other_river_lines,
        lake_report,
    })
}

/// Prints what was built.
pub fn log(b: &Built) {
    let t = &b.tiling;
    for ((def, area), raw) in DISTRICTS.iter().zip(&t.areas_km2).zip(&b.raw_km2) {
        println!(
            "  district {:<11} {:>7.0} km² (counties' union {:>7.0} km², expected about {:>7.0})",
            def.id, area, raw, def.expected_km2
        );
    }
    println!(
        "  districts: union {:.0} km² vs Xinjiang {:.0} km², difference {:.1} km² ({:.4}%); largest overlap {:.3} km² ({} / {}); before fitting the counties reached {:.0} km² outside Xinjiang and missed {:.0} km² of it",
        t.union_km2,
        t.province_km2,
        t.difference_km2,
        t.difference_km2 / t.province_km2 * 100.0,
        t.max_overlap_km2,
        t.max_overlap_pair.0,
        t.max_overlap_pair.1,
        b.raw_outside_km2,
        b.raw_missing_km2
    );
    let c = &b.county_check;
    println!(
        "  counties: largest area outside its district {:.3} km² ({}); largest overlap {:.3} km² ({} / {})",
        c.max_outside_km2, c.max_outside, c.max_overlap_km2, c.max_overlap_pair.0, c.max_overlap_pair.1
    );
    for e in &b.enclaves {
        println!(
            "  enclave of {} at {}°E {}°N, {:.1} km²: {}",
            e.from,
            e.at.0,
            e.at.1,
            e.km2,
            e.to.map_or("dropped".to_string(), |t| format!("given to {t}"))
        );
    }
    for r in &b.named_rivers {
        let snaps: Vec<String> = r.snap_km.iter().map(|d| format!("{d:.1}")).collect();
        println!("  {:<20} {:>6.0} km along the network; its points lie {} km from it", r.id, r.length_km, snaps.join(", "));
    }
    println!(
        "  river-other: {} lines; lakes: {} named, {} other lakes ({:.0} km²); reservoirs left out: {}",
        b.other_river_lines,
        LAKES.len(),
        b.lake_report.other_count,
        b.lake_report.other_km2,
        b.lake_report.reservoirs_found.join(", ")
    );
}

/// The sections of SOURCES.md about these layers.
pub fn sources_md(b: &Built, i: &Inputs, counties_file: Option<&str>) -> String {
    let mut s = String::new();
    let t = &b.tiling;
    let cities = format!("{}@{}", i.cities.name, i.cities.version);
    let basemap = format!("{}=={}", i.basemap.name, i.basemap.version);
    let county_place = match counties_file {
        Some(f) => format!("`{f}` (same format as `base.json`, kept apart so that the first view stays small)"),
        None => "`base.json`".to_string(),
    };
    writeln!(s, "## Districts, counties, lakes and rivers\n").unwrap();
    writeln!(
        s,
        "| package | file inside | licence | used for |\n\
         | --- | --- | --- | --- |\n\
         | `{cities}` (npm) | `package/src/新疆/*.js` (one script per prefecture-level unit, each an echarts map: encoded like china.json, with each county's code, Chinese name and label point `cp`) | MIT (© 2017 jaska; package by C. W.); map data: Chinese web-map data of unclear lineage, as for echarts | layers `district` and `county`; `county-seats.json` |\n\
         | `{basemap}` (PyPI, wheel `{}`) | `{dir}/rivers_i.dat`, `riversmeta_i.dat`, `gshhs_i.dat`, `gshhsmeta_i.dat` | LGPL-3.0-or-later; the data are GSHHG 2.3.6 (shorelines and lakes) and WDBII (rivers) as extracted with GMT by the matplotlib basemap project | layers `lake` and `river` |\n\n\
         npm integrity of the {cities} tarball: `{}`; SHA-256 of the wheel: `{}` (pip checks it).\n\
         The county data are the same lineage as echarts' China map and follow the People's Republic's\n\
         present county boundaries (2016–17: Kunyu, Kokdala and Shuanghe exist, Huyanghe does not).\n",
        i.basemap.file,
        i.cities.integrity,
        i.basemap.sha256,
        dir = i.basemap_dir,
    )
    .unwrap();

    writeln!(s, "### The 1940s districts (layer `district`, `\"approximate\": true`)\n").unwrap();
    writeln!(
        s,
        "Xinjiang's ten districts (区) of the 1940s are **approximations**: each is the union of\n\
         today's county-level units that roughly cover it. District lines moved during the 1940s, and\n\
         today's counties do not follow the old lines, so the map says that its districts are\n\
         approximate. Recipe (counties from `src/新疆/<unit>.js`):\n\n\
         | id | name | made of | area (km²) | expected (km²) |\n\
         | --- | --- | --- | --- | --- |"
    )
    .unwrap();
    for (def, area) in DISTRICTS.iter().zip(&t.areas_km2) {
        writeln!(s, "| `{}` | {} | {} | {:.0} | {:.0} |", def.id, def.name, def.recipe, area, def.expected_km2).unwrap();
    }
    writeln!(
        s,
        "\n\"Expected\" is the sum of the modern units' official areas, rounded; the run fails if a\n\
         district strays more than {:.0}% from it.\n\n\
         How they were made: every county of the 23 scripts ({} counties) is projected; a district\n\
         is the union of its counties at full detail (holes under 1 km² between counties filled),\n\
         simplified like everything else, then fitted into Xinjiang's outline by the rule of step 6\n\
         (grown by {} km, inside Xinjiang, minus the districts after it, minus those before it as\n\
         fitted; in the order of the table). Then every part of a district but its largest that\n\
         lies inside another district goes to that district, and specks under {} km² that no\n\
         district surrounds are dropped: {}. Before fitting, the counties reached {:.0} km² outside\n\
         echarts' Xinjiang and left {:.0} km² of it uncovered. After fitting and rounding (checked at\n\
         every run, which fails if a check fails): the districts' union is {:.0} km² against\n\
         Xinjiang's {:.0} km², a symmetric difference of {:.1} km² ({:.4}%, limit {:.1}%); the largest\n\
         pairwise overlap is {:.3} km² ({} / {}; limit {} km²). Before rounding, every vertex of a\n\
         district or kept county that lies on another's edge is put into that edge too, so that\n\
         rounding moves both sides alike (otherwise a county vertex on a long straight district\n\
         edge, such as the 45th parallel between Altay and Changji, opens a sliver of a few km²).\n",
        admin::AREA_SLACK * 100.0,
        b.counties_total,
        i.reach / UNITS_PER_KM,
        admin::SPECK_KM2,
        if b.enclaves.is_empty() {
            "none".to_string()
        } else {
            b.enclaves
                .iter()
                .map(|e| {
                    format!(
                        "{:.1} km² of `{}` at {}°E {}°N {}",
                        e.km2,
                        e.from,
                        e.at.0,
                        e.at.1,
                        e.to.map_or("dropped".to_string(), |t| format!("to `{t}`"))
                    )
                })
                .collect::<Vec<_>>()
                .join("; ")
        },
        b.raw_outside_km2,
        b.raw_missing_km2,
        t.union_km2,
        t.province_km2,
        t.difference_km2,
        t.difference_km2 / t.province_km2 * 100.0,
        admin::MAX_DIFFERENCE * 100.0,
        t.max_overlap_km2,
        t.max_overlap_pair.0,
        t.max_overlap_pair.1,
        admin::MAX_OVERLAP_KM2,
    )
    .unwrap();

    writeln!(s, "### Counties (layer `county`, in {county_place})\n").unwrap();
    writeln!(
        s,
        "Each county is simplified on its own and then fitted into its district by the same rule,\n\
         all of the district's counties taking part, so county lines meet each other and the\n\
         district lines exactly (checked at every run: the largest area of a county outside its\n\
         district is {:.3} km², the largest overlap of two counties {:.3} km²; limit {} km²).\n\
         Kept: {}. Ids are today's official pinyin; names put a historical\n\
         or local form first where a common one exists. `county-seats.json` gives each kept\n\
         county's seat as the source's label point `cp`, in lon/lat as the source gives it (Chinese\n\
         web-map data is often shifted by a few hundred metres, the GCJ-02 offset: about a pixel\n\
         of the 4K wall at most).\n",
        b.county_check.max_outside_km2,
        b.county_check.max_overlap_km2,
        admin::MAX_OVERLAP_KM2,
        admin::COUNTIES.iter().map(|c| format!("{} (`{}`)", c.name, c.id)).collect::<Vec<_>>().join(", ")
    )
    .unwrap();

    writeln!(s, "### Rivers (layer `river`, polylines in the field `lines`)\n").unwrap();
    writeln!(
        s,
        "`riversmeta_i.dat` has one line per segment: `level area points south north offset bytes id`\n\
         (level and area −1 for rivers); the segment's points are at `offset` in `rivers_i.dat` as\n\
         little-endian float32 lon/lat pairs, as basemap's own reader has it. WDBII has no names.\n\
         The segments near the frame are joined into a network (a segment's end within {} km of\n\
         another segment's vertex is connected to it), and each named river is the shortest way\n\
         through the network from one chosen point to the next; each point must lie within {} km\n\
         of the network and two named rivers may share at most {} km of it (the run checks both).\n\
         The points were chosen by hand from general geography:\n\n\
         | id | name | course | length (km) | points' distance to the network (km) |\n\
         | --- | --- | --- | --- | --- |",
        water::JOIN_KM,
        water::SNAP_KM,
        water::MAX_SHARED_KM
    )
    .unwrap();
    for (def, r) in RIVERS.iter().zip(&b.named_rivers) {
        let points: Vec<String> =
            def.paths.iter().map(|path| path.iter().map(|(lon, lat)| format!("{lon}°E {lat}°N")).collect::<Vec<_>>().join("; ")).collect();
        let snaps: Vec<String> = r.snap_km.iter().map(|d| format!("{d:.1}")).collect();
        writeln!(
            s,
            "| `{}` | {} | {}{} (points: {}) | {:.0} | {} |",
            r.id,
            r.name,
            def.note,
            if def.into { ", ending where it meets the river it flows into".to_string() } else { String::new() }
                + &if r.crossed.is_empty() { String::new() } else { format!("; drawn straight across the {}", r.crossed.join(", ")) },
            points.join(" / second line: "),
            r.length_km,
            snaps.join(", ")
        )
        .unwrap();
    }
    writeln!(
        s,
        "\nThe rest of the network that lies inside Xinjiang is one feature, `river-other` \"Other\n\
         rivers\" ({} lines); unnamed rivers abroad are left out, as they would add some 14 KB\n\
         (gzipped) to what the first view loads. The Kashgar (Kyzylsu) River is not in the intermediate-resolution WDBII\n\
         data (only its head in Kyrgyzstan is), so it has no feature. Rivers are simplified with the\n\
         same tolerance, clipped to the frame, rounded, and lines shorter than a pixel dropped; each\n\
         line is stored like a ring (`[x0, y0, dx1, dy1, …]`) but open, with at least 2 points.\n\
         WDBII lines are coarse: a river can lie a few kilometres off its true course, and the lower\n\
         Tarim and the Khotan River are drawn as the data has them, not as they ran in the 1940s.\n",
        b.other_river_lines
    )
    .unwrap();

    writeln!(s, "### Lakes (layer `lake`)\n").unwrap();
    let named: Vec<String> = LAKES
        .iter()
        .map(|l| if l.note.is_empty() { format!("{} (`{}`)", l.name, l.id) } else { format!("{} (`{}`; {})", l.name, l.id, l.note) })
        .collect();
    let reservoirs: Vec<String> = RESERVOIRS.iter().map(|r| format!("{}, {}", r.name, r.built)).collect();
    writeln!(
        s,
        "GSHHG level-2 polygons (lakes; level-3 islands inside them become holes), projected,\n\
         simplified, clipped to the frame. Named by a point known to lie in each: {}. Other\n\
         lakes of at least {} km² inside the frame are one feature, `lake-other` \"Other lakes\"\n\
         ({} polygons, {:.0} km²); smaller unnamed ones are left out.\n\n\
         Changed since the 1940s: reservoirs younger than the 1940s are left out of the layer: {}.\n\
         Lake Zaysan is shown without the Bukhtarma reservoir's arm, but its shore is today's raised\n\
         one; Ebinur has shrunk, Lake Manas and Lop Nur have dried up since (they are shown as the\n\
         data has them, which is close to their older extent). The Ili now flows through the\n\
         Kapchagay reservoir, which did not exist in the 1940s.\n",
        named.join(", "),
        water::LAKE_MIN_KM2,
        b.lake_report.other_count,
        b.lake_report.other_km2,
        reservoirs.join("; ")
    )
    .unwrap();

    writeln!(s, "### Mountain range labels (`ranges.json`)\n").unwrap();
    writeln!(
        s,
        "No vector data for mountain ranges was found in the registries; the labels are placed by\n\
         hand from general geography, not from data. Each range has an axis (two lon/lat points\n\
         along its crest, chosen by the map's makers); the label is at the axis's middle and\n\
         `rotate_deg` is the axis's angle as drawn (clockwise, SVG's sense; y down).\n\n\
         | id | name | axis | label at | rotate_deg |\n\
         | --- | --- | --- | --- | --- |"
    )
    .unwrap();
    for (def, l) in ranges::RANGES.iter().zip(&b.ranges) {
        writeln!(
            s,
            "| `{}` | {} | {}°E {}°N – {}°E {}°N | {}°E {}°N | {} |",
            l.id, l.name, def.axis[0].0, def.axis[0].1, def.axis[1].0, def.axis[1].1, l.lon, l.lat, l.rotate_deg
        )
        .unwrap();
    }
    s.push('\n');
    s
}
