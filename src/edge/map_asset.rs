//! Fetches the map's data files and turns them into the validated model.

use atlas_core::geography::Geography;
use atlas_core::history::{ACTORS_FILE, EVENTS_FILE, ZONES_FILE};
use atlas_core::map::provenance::Provenance;
use atlas_core::map::MapData;
use atlas_core::places::Places;
use atlas_core::problem::Problem;
use atlas_core::ranges::ranges_from_json;
use atlas_core::settings::{Settings, SETTINGS_FILE};

/// Where the files live, relative to the page (so the atlas also works from
/// a sub-folder of a host's site). The size report lists the same files.
pub const BASE_MAP: &str = "assets/map/base.json";
pub const PLACES: &str = "assets/places/places.json";
pub const RANGES: &str = "assets/map/ranges.json";
pub const LOCATOR: &str = "assets/map/locator.json";
pub const PROVENANCE: &str = "assets/map/provenance.json";
/// The counties the history's zones are built from.
pub const COUNTIES: &str = "assets/map/counties.json";
/// The history files, named by the core (its problems name them too).
pub const ACTORS: &str = ACTORS_FILE;
pub const ZONES: &str = ZONES_FILE;
pub const EVENTS: &str = EVENTS_FILE;

/// Why the data could not be had: the file, and a reason in plain words.
#[derive(Clone, Debug, PartialEq)]
pub struct AssetError {
    pub file: String,
    pub reason: String,
}

/// Downloads and validates the base map, the locator, the map's provenance,
/// the places, the range names, the counties and the history, all at once.
/// Details go to the console; the error carries words a visitor can read.
pub async fn load_geography() -> Result<Geography, AssetError> {
    let ((map_text, locator_text, provenance_text, places_text, ranges_text), (counties_text, actors_text, zones_text, events_text)) = futures::join!(
        async { futures::join!(fetch_text(BASE_MAP), fetch_text(LOCATOR), fetch_text(PROVENANCE), fetch_text(PLACES), fetch_text(RANGES)) },
        async { futures::join!(fetch_text(COUNTIES), fetch_text(ACTORS), fetch_text(ZONES), fetch_text(EVENTS)) }
    );
    let map = MapData::from_json(BASE_MAP, &map_text?).map_err(|p| damaged(BASE_MAP, &p))?;
    let locator = MapData::from_json(LOCATOR, &locator_text?).map_err(|p| damaged(LOCATOR, &p))?;
    let provenance = Provenance::from_json(PROVENANCE, &provenance_text?).map_err(|p| damaged(PROVENANCE, &p))?;
    let places = Places::from_json(PLACES, &places_text?, map.units_per_km).map_err(|p| damaged(PLACES, &p))?;
    let ranges = ranges_from_json(RANGES, &ranges_text?, map.units_per_km).map_err(|p| damaged(RANGES, &p))?;
    let counties = MapData::from_json(COUNTIES, &counties_text?).map_err(|p| damaged(COUNTIES, &p))?;
    let (actors, zones, events) = (actors_text?, zones_text?, events_text?);
    Geography::new(map, locator, provenance, places, ranges).with_history(&counties, &actors, &zones, &events).map_err(|problems| {
        let file = problems.first().map_or(EVENTS, |p| p.file.as_str()).to_owned();
        damaged(&file, &problems)
    })
}

fn damaged(file: &str, problems: &[Problem]) -> AssetError {
    let details = problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n");
    gloo::console::error!(format!("{file} is not valid:\n{details}"));
    AssetError { file: file.to_owned(), reason: "the file is damaged".to_owned() }
}

/// Fetches a file as text with the browser's own `fetch` (lighter than a
/// general HTTP client, and all the atlas needs).
async fn fetch_text(file: &str) -> Result<String, AssetError> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let fail = |reason: String, details: String| {
        gloo::console::error!(format!("Could not load {file}: {details}"));
        AssetError { file: file.to_owned(), reason }
    };
    let window = web_sys::window().ok_or_else(|| fail("there is no window to load it in".to_owned(), "no window".to_owned()))?;
    let response = JsFuture::from(window.fetch_with_str(file))
        .await
        .map_err(|e| fail("the network did not answer".to_owned(), js_message(&e)))?
        .dyn_into::<web_sys::Response>()
        .map_err(|e| fail("the answer was not a file".to_owned(), js_message(&e)))?;
    if !response.ok() {
        let status = response.status();
        return Err(fail(format!("the server answered {status}"), format!("HTTP {status}")));
    }
    let text = response.text().map_err(|e| fail("the file could not be read".to_owned(), js_message(&e)))?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| fail("the file could not be read".to_owned(), "not text".to_owned()))
}

/// A JavaScript error's message (the wasm build has no `Debug` formatting).
pub fn js_message(error: &wasm_bindgen::JsValue) -> String {
    use wasm_bindgen::JsCast;
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "no details".to_owned())
}

/// Reads the settings file. It never stops the atlas: when it cannot be
/// read, the defaults apply and the notes say why, for the visitor (and staff) to see.
pub async fn load_settings() -> (Settings, Vec<String>) {
    let defaults = |why: String| (Settings::default(), vec![format!("The settings file {SETTINGS_FILE} {why}; the atlas uses its defaults.")]);
    match fetch_text(SETTINGS_FILE).await {
        Err(e) => defaults(format!("could not be loaded ({})", e.reason)),
        Ok(text) => match Settings::parse(&text) {
            Ok(settings) => (settings, vec![]),
            Err(problems) => {
                let details = problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n");
                gloo::console::warn!(format!("{SETTINGS_FILE} is not valid:\n{details}"));
                defaults(format!("has {} problem{} (the first: {})", problems.len(), if problems.len() == 1 { "" } else { "s" }, problems[0]))
            }
        },
    }
}
