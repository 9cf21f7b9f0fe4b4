//! The base map and the place catalogue together, checked against each other.

use crate::history::zone_shapes::ZoneShapes;
use crate::history::{History, HistoryFiles};
use crate::map::provenance::Provenance;
use crate::map::{Frame, Layer, MapData};
use crate::places::Places;
use crate::problem::Problem;
use crate::ranges::MountainRange;
use geo::{BoundingRect, Contains, Point};

/// Everything the map shows that does not change with the date.
#[derive(Clone, Debug, PartialEq)]
pub struct Geography {
    pub map: MapData,
    /// The small map of Asia that shows where the region lies.
    pub locator: MapData,
    /// Where the map's data comes from, for the "About this map" panel.
    pub provenance: Provenance,
    pub places: Places,
    /// Names of mountain ranges to write on the map.
    pub ranges: Vec<MountainRange>,
    /// The opening view: Xinjiang with a margin.
    pub home: Frame,
    /// Who held what, and what happened (empty until [`Geography::with_history`]).
    pub history: History,
    /// The zones' outlines and which zone each place lies in.
    pub zone_shapes: ZoneShapes,
}

/// The data files the map and its history are read from, as paths relative to
/// the page: the app fetches them, the build and the tests read them from the
/// repository. [`Geography::from_texts`] reads them together.
pub mod files {
    pub const BASE_MAP: &str = "assets/map/base.json";
    pub const LOCATOR: &str = "assets/map/locator.json";
    pub const PROVENANCE: &str = "assets/map/provenance.json";
    pub const PLACES: &str = "assets/places/places.json";
    pub const RANGES: &str = "assets/map/ranges.json";
    pub const COUNTIES: &str = "assets/map/counties.json";
    pub use crate::history::{ACTORS_FILE as ACTORS, EVENTS_FILE as EVENTS, ZONES_FILE as ZONES};

    /// Every one of them, in the order of [`super::GeographyTexts`]'s fields.
    pub const ALL: [&str; 9] = [BASE_MAP, LOCATOR, PROVENANCE, PLACES, RANGES, COUNTIES, ACTORS, ZONES, EVENTS];
}

/// The texts of the data files in [`files`], one field per file.
#[derive(Clone, Debug, Default)]
pub struct GeographyTexts {
    pub base_map: String,
    pub locator: String,
    pub provenance: String,
    pub places: String,
    pub ranges: String,
    pub counties: String,
    pub actors: String,
    pub zones: String,
    pub events: String,
}

impl GeographyTexts {
    /// Reads every file with `read(path)` (a fetch in the browser, the file
    /// system elsewhere); the first error stops it.
    pub fn read_with<E>(mut read: impl FnMut(&str) -> Result<String, E>) -> Result<GeographyTexts, E> {
        Ok(GeographyTexts {
            base_map: read(files::BASE_MAP)?,
            locator: read(files::LOCATOR)?,
            provenance: read(files::PROVENANCE)?,
            places: read(files::PLACES)?,
            ranges: read(files::RANGES)?,
            counties: read(files::COUNTIES)?,
            actors: read(files::ACTORS)?,
            zones: read(files::ZONES)?,
            events: read(files::EVENTS)?,
        })
    }
}

/// Margin around Xinjiang in the opening view, as a share of its size.
const HOME_MARGIN: f64 = 0.04;

impl Geography {
    /// Joins the map and the places and finds the opening view.
    pub fn new(map: MapData, locator: MapData, provenance: Provenance, places: Places, ranges: Vec<MountainRange>) -> Geography {
        let home = home_frame(&map);
        Geography { map, locator, provenance, places, ranges, home, history: History::default(), zone_shapes: ZoneShapes::default() }
    }

    /// The map, the places and the history from the texts of their files, as
    /// the app loads them; the problems of the first file that has any, each
    /// naming its file.
    pub fn from_texts(t: &GeographyTexts) -> Result<Geography, Vec<Problem>> {
        let map = MapData::from_json(files::BASE_MAP, &t.base_map)?;
        let locator = MapData::from_json(files::LOCATOR, &t.locator)?;
        let provenance = Provenance::from_json(files::PROVENANCE, &t.provenance)?;
        let places = Places::from_json(files::PLACES, &t.places, map.units_per_km)?;
        let ranges = crate::ranges::ranges_from_json(files::RANGES, &t.ranges, map.units_per_km)?;
        let counties = MapData::from_json(files::COUNTIES, &t.counties)?;
        Geography::new(map, locator, provenance, places, ranges).with_history(&counties, &t.actors, &t.zones, &t.events)
    }

    /// Names the mountain ranges and the districts in the language of
    /// `words` (messages `range-<id>`, `district-<id>`), where it has them.
    pub fn use_language(&mut self, words: &crate::i18n::messages::Messages) {
        for range in &mut self.ranges {
            let id = format!("range-{}", range.id);
            if words.has(&id) {
                range.name = words.text(&id);
            }
        }
        for feature in self.map.features.iter_mut().filter(|f| f.layer == crate::map::Layer::District) {
            let id = format!("district-{}", feature.id);
            if words.has(&id) {
                feature.name = words.text(&id);
            }
        }
    }

    /// Reads the history files, checked against this map, the county map
    /// (`counties`, whose outlines the zones are built from) and the places.
    pub fn with_history(mut self, counties: &MapData, actors: &str, zones: &str, events: &str) -> Result<Geography, Vec<Problem>> {
        let files = HistoryFiles {
            actors,
            zones,
            events,
            places: self.places.places.iter().map(|p| p.id.as_str()).collect(),
            districts: self.map.layer(Layer::District).map(|f| f.id.as_str()).collect(),
            counties: counties.features.iter().map(|f| f.id.as_str()).collect(),
        };
        let history = History::from_json(&files)?;
        self.zone_shapes = ZoneShapes::new(&history, &self.map, counties, &self.places);
        self.history = history;
        Ok(self)
    }

    /// Places whose coordinates fall outside the district they claim, by
    /// more than their stated precision; `places_file` names the catalogue.
    ///
    /// Run by the test suite on the real data rather than in the browser:
    /// the check needs geometry code the app has no other use for.
    pub fn misplaced_places(&self, places_file: &str) -> Vec<Problem> {
        let mut problems = Vec::new();
        let districts: Vec<_> = self.map.layer(Layer::District).collect();
        for place in &self.places.places {
            let Some(district_id) = &place.district else { continue };
            let record = format!("place \"{}\"", place.id);
            let Some(district) = districts.iter().find(|d| &d.id == district_id) else {
                problems.push(Problem::new(places_file, &record, "district", format!("the map has no district \"{district_id}\"")));
                continue;
            };
            let point = Point::new(place.xy.0, place.xy.1);
            let slack = place.coordinates.precision_km * self.map.units_per_km;
            if !district.shape.contains(&point) && distance_outside(&district.shape, point) > slack {
                problems.push(Problem::new(
                    places_file,
                    &record,
                    "lon/lat",
                    format!("({}, {}) lies outside the district \"{district_id}\" by more than its stated precision", place.lon, place.lat),
                ));
            }
        }
        problems
    }
}

/// How far a point lies outside a shape, in map units.
fn distance_outside(shape: &geo::MultiPolygon<f64>, point: Point<f64>) -> f64 {
    use geo::{Distance, Euclidean};
    shape.0.iter().map(|polygon| Euclidean.distance(polygon, &point)).fold(f64::INFINITY, f64::min)
}

/// Xinjiang's bounding box with a margin, or the whole frame without it.
fn home_frame(map: &MapData) -> Frame {
    let rect = map.layer(Layer::Province).filter_map(|f| f.shape.bounding_rect()).reduce(|a, b| {
        geo::Rect::new(
            geo::coord! { x: a.min().x.min(b.min().x), y: a.min().y.min(b.min().y) },
            geo::coord! { x: a.max().x.max(b.max().x), y: a.max().y.max(b.max().y) },
        )
    });
    match rect {
        Some(r) => {
            let (mx, my) = (r.width() * HOME_MARGIN, r.height() * HOME_MARGIN);
            Frame { x: r.min().x - mx, y: r.min().y - my, width: r.width() + 2.0 * mx, height: r.height() + 2.0 * my }
        }
        None => map.frame,
    }
}
