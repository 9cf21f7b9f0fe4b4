//! Fetches the base map and turns it into the validated model.

use atlas_core::map::MapData;

/// Where the base map lives, relative to the page (so the atlas also works
/// from a sub-folder of a host's site).
pub const BASE_MAP: &str = "assets/map/base.json";

/// Why the map could not be had: the file, and a reason in plain words.
#[derive(Clone, Debug, PartialEq)]
pub struct AssetError {
    pub file: String,
    pub reason: String,
}

/// Downloads and validates the base map. Details go to the console; the
/// error carries words a visitor can read.
pub async fn load_base_map() -> Result<MapData, AssetError> {
    let fail = |reason: &str, details: String| {
        gloo::console::error!(format!("Could not load {BASE_MAP}: {details}"));
        AssetError { file: BASE_MAP.to_owned(), reason: reason.to_owned() }
    };
    let response = gloo::net::http::Request::get(BASE_MAP)
        .send()
        .await
        .map_err(|e| fail("the network did not answer", e.to_string()))?;
    if !response.ok() {
        let status = response.status();
        return Err(fail(&format!("the server answered {status}"), format!("HTTP {status}")));
    }
    let text = response.text().await.map_err(|e| fail("the file could not be read", e.to_string()))?;
    MapData::from_json(BASE_MAP, &text).map_err(|problems| {
        let details = problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n");
        fail("the file is damaged", details)
    })
}
