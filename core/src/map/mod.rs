//! The base map: outlines of the province and its neighbours, already
//! projected into map units (1 unit = 100 m, y pointing down as in SVG).
//!
//! The file is produced by `cargo xtask geodata`; [`MapData::from_json`]
//! turns it into this validated model, and builds each outline's SVG path
//! once, so that drawing a frame never touches the geometry again.

mod map_file;
pub mod provenance;
mod svg_path;

pub use svg_path::{push_number, svg_path};

use geo::{MultiLineString, MultiPolygon};

/// The validated base map.
#[derive(Clone, Debug, PartialEq)]
pub struct MapData {
    /// The extent shown when nothing is zoomed, in map units.
    pub frame: Frame,
    /// Map units per kilometre on the projection's standard parallels.
    pub units_per_km: f64,
    /// Outlines in drawing order, bottom first.
    pub features: Vec<MapFeature>,
}

/// A rectangle in map units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Frame {
    /// The value of an SVG `viewBox` attribute.
    pub fn view_box(&self) -> String {
        format!("{} {} {} {}", self.x, self.y, self.width, self.height)
    }
}

/// What kind of outline a feature is; decides how it is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layer {
    /// A neighbouring country (today's borders standing in for the 1940s).
    NeighbourCountry,
    /// A neighbouring province of China (Gansu, Qinghai, Tibet).
    NeighbourProvince,
    /// Xinjiang itself.
    Province,
    /// A district of the province as it stood in the 1940s (approximate).
    District,
    /// A modern county, drawn faintly as a base for zones.
    County,
    Lake,
    River,
}

impl Layer {
    /// Every layer, in drawing order (bottom first).
    pub const ALL: [Layer; 7] =
        [Layer::NeighbourCountry, Layer::NeighbourProvince, Layer::Province, Layer::County, Layer::District, Layer::Lake, Layer::River];

    /// Drawn over the zones of the history (lines and water), not under
    /// them (land).
    pub fn over_zones(self) -> bool {
        !matches!(self, Layer::NeighbourCountry | Layer::NeighbourProvince | Layer::Province)
    }

    /// The name used in the data file and as a CSS class.
    pub fn name(self) -> &'static str {
        match self {
            Layer::NeighbourCountry => "neighbour-country",
            Layer::NeighbourProvince => "neighbour-province",
            Layer::Province => "province",
            Layer::District => "district",
            Layer::County => "county",
            Layer::Lake => "lake",
            Layer::River => "river",
        }
    }

    fn from_name(name: &str) -> Option<Layer> {
        Layer::ALL.into_iter().find(|layer| layer.name() == name)
    }
}

/// One outline: a country, a province.
#[derive(Clone, Debug, PartialEq)]
pub struct MapFeature {
    pub id: String,
    pub layer: Layer,
    pub name: String,
    pub shape: MultiPolygon<f64>,
    /// Polylines (rivers only; a river's `shape` is empty).
    pub lines: MultiLineString<f64>,
    /// The outline is an approximation (the 1940s districts).
    pub approximate: bool,
    /// The SVG path of `shape` and `lines`, built once at load.
    pub path: String,
}

impl MapData {
    /// The features of one layer, in drawing order.
    pub fn layer(&self, layer: Layer) -> impl Iterator<Item = &MapFeature> {
        self.features.iter().filter(move |f| f.layer == layer)
    }
}
