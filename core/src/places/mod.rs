//! The place catalogue: towns, fortresses, airfields, fronts… with their
//! names in several scripts, where they are, and which sources name them.
//!
//! Read from `assets/places/places.json` by [`Places::from_json`], which
//! validates every record and projects its coordinates once.

mod place_file;

use crate::projection::Albers;

/// What a place is; decides its marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    City,
    Town,
    Village,
    Fortress,
    BorderPost,
    Airfield,
    OilField,
    Mine,
    RiverCrossing,
    Pass,
    Front,
    Lake,
    Region,
}

impl PlaceKind {
    pub const ALL: [PlaceKind; 13] = [
        PlaceKind::City,
        PlaceKind::Town,
        PlaceKind::Village,
        PlaceKind::Fortress,
        PlaceKind::BorderPost,
        PlaceKind::Airfield,
        PlaceKind::OilField,
        PlaceKind::Mine,
        PlaceKind::RiverCrossing,
        PlaceKind::Pass,
        PlaceKind::Front,
        PlaceKind::Lake,
        PlaceKind::Region,
    ];

    /// The name in the data file and as a CSS class.
    pub fn name(self) -> &'static str {
        match self {
            PlaceKind::City => "city",
            PlaceKind::Town => "town",
            PlaceKind::Village => "village",
            PlaceKind::Fortress => "fortress",
            PlaceKind::BorderPost => "border-post",
            PlaceKind::Airfield => "airfield",
            PlaceKind::OilField => "oil-field",
            PlaceKind::Mine => "mine",
            PlaceKind::RiverCrossing => "river-crossing",
            PlaceKind::Pass => "pass",
            PlaceKind::Front => "front",
            PlaceKind::Lake => "lake",
            PlaceKind::Region => "region",
        }
    }

    /// Words for a visitor ("border post").
    pub fn label(self, words: &crate::i18n::messages::Messages) -> String {
        words.text(&format!("place-kind-{}", self.name()))
    }

    fn from_name(name: &str) -> Option<PlaceKind> {
        PlaceKind::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// A place's names. `en` is the primary label: the romanisation the sources use.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlaceNames {
    pub en: String,
    pub modern: Option<String>,
    /// Uyghur in Arabic script.
    pub ug: Option<String>,
    pub zh: Option<String>,
    pub ru: Option<String>,
    pub kk: Option<String>,
    pub mn: Option<String>,
}

impl PlaceNames {
    /// Every name with its field in the file and its BCP 47 tag, the
    /// sources' English form first: `("ug", "ug", "غۇلجا")`.
    pub fn all(&self) -> Vec<(&'static str, &'static str, &str)> {
        [
            ("en", "en", Some(&self.en)),
            ("modern", "en", self.modern.as_ref()),
            ("ug", "ug", self.ug.as_ref()),
            ("zh", "zh-Hans", self.zh.as_ref()),
            ("ru", "ru", self.ru.as_ref()),
            ("kk", "kk", self.kk.as_ref()),
            ("mn", "mn", self.mn.as_ref()),
        ]
        .into_iter()
        .filter_map(|(field, tag, name)| name.map(|n| (field, tag, n.as_str())))
        .collect()
    }
}

/// How a place's coordinates were had.
#[derive(Clone, Debug, PartialEq)]
pub struct CoordinateNote {
    pub method: String,
    pub detail: String,
    pub precision_km: f64,
}

/// A source that names the place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceRef {
    pub source: String,
    pub section: String,
}

/// A place beyond the map's edge, drawn as a pointer at the edge.
#[derive(Clone, Debug, PartialEq)]
pub struct EdgeNote {
    pub note: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub id: String,
    pub kind: PlaceKind,
    /// A place the story turns on (Ghulja, Dihua…): its label goes first.
    pub prominent: bool,
    pub lon: f64,
    pub lat: f64,
    /// Projected position in map units (see `crate::map`).
    pub xy: (f64, f64),
    pub coordinates: CoordinateNote,
    /// The 1940s district it lies in; `None` outside Xinjiang.
    pub district: Option<String>,
    pub edge: Option<EdgeNote>,
    pub names: PlaceNames,
    /// The name the map writes: the English one, or the chosen language's
    /// where the catalogue has it (see [`Places::use_language`]).
    pub label: String,
    pub aliases: Vec<String>,
    /// Name fields a curator should check.
    pub review: Vec<String>,
    pub sources: Vec<SourceRef>,
}

/// The validated catalogue.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Places {
    pub places: Vec<Place>,
}

impl Places {
    /// Labels the places in `language` where the catalogue has a name in
    /// it, and in English where it does not.
    pub fn use_language(&mut self, language: crate::i18n::Language) {
        use crate::i18n::Language;
        for place in &mut self.places {
            let n = &place.names;
            let name = match language {
                Language::English => None,
                Language::Uyghur => n.ug.as_ref(),
                Language::Chinese => n.zh.as_ref(),
                Language::Russian => n.ru.as_ref(),
            };
            place.label = name.unwrap_or(&n.en).clone();
        }
    }

    pub fn get(&self, id: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.id == id)
    }

    /// Places inside the map (not edge markers).
    pub fn on_map(&self) -> impl Iterator<Item = &Place> {
        self.places.iter().filter(|p| p.edge.is_none())
    }

    /// Places beyond the map's edge.
    pub fn beyond_edge(&self) -> impl Iterator<Item = &Place> {
        self.places.iter().filter(|p| p.edge.is_some())
    }
}

/// Projects lon/lat to map units as the base map does: `units_per_km`, y down.
pub fn project_to_map(lon: f64, lat: f64, units_per_km: f64) -> (f64, f64) {
    let (e, n) = Albers::ATLAS.project(lon, lat);
    (e * units_per_km, -n * units_per_km)
}

/// Map units back to (lon°, lat°): the inverse of [`project_to_map`].
pub fn map_to_lon_lat((x, y): (f64, f64), units_per_km: f64) -> (f64, f64) {
    Albers::ATLAS.invert(x / units_per_km, -y / units_per_km)
}
