//! Fetches the map's data files and turns them into the validated model.

//! The files are named in the core (`atlas_core::geography::files`), relative
//! to the page, so the atlas also works from a sub-folder of a host's site.

use atlas_core::geography::{Geography, GeographyTexts};
use atlas_core::i18n::content::{path_of, ContentTranslation, CONTENT_FILES};
use atlas_core::i18n::messages::{file_of, Messages};
use atlas_core::i18n::{Language, Note};
use atlas_core::problem::Problem;
use atlas_core::settings::{Settings, SETTINGS_FILE};
use std::rc::Rc;

/// Why the data could not be had: the file, and a reason for a visitor.
#[derive(Clone, Debug, PartialEq)]
pub struct AssetError {
    pub file: String,
    pub reason: Note,
}

/// The data in a language: the geography (its history and labels
/// translated), the interface's words, and what could not be translated.
pub struct LoadedAtlas {
    pub geography: Geography,
    pub words: Rc<Messages>,
    pub notes: Vec<Note>,
}

/// Loads the data and, for a language other than English, its texts. A
/// language that cannot be loaded leaves the atlas in English, with a note.
pub async fn load_atlas(language: Language) -> Result<LoadedAtlas, AssetError> {
    let (geography, translation) = futures::join!(load_geography(), load_language(language));
    let mut geography = geography?;
    let mut notes = Vec::new();
    let words = match translation {
        None => Messages::english(),
        Some(Ok((words, content))) => {
            let problems = content.apply(&mut geography.history, &mut geography.places);
            if !problems.is_empty() {
                let details = problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n");
                gloo::console::warn!(format!("The {} texts are incomplete:\n{details}", language.code()));
            }
            words
        }
        Some(Err(e)) => {
            notes.push(Note::new(
                "language-unavailable",
                &[("language", language.own_name()), ("reason", &e.reason.in_words(&Messages::english()))],
            ));
            Messages::english()
        }
    };
    geography.use_language(&words);
    Ok(LoadedAtlas { geography, words, notes })
}

/// A language's interface file and content files; `None` for English (built in).
async fn load_language(language: Language) -> Option<Result<(Rc<Messages>, ContentTranslation), AssetError>> {
    if language == Language::English {
        return None;
    }
    let ftl_file = file_of(language);
    let paths: Vec<String> = CONTENT_FILES.iter().map(|f| path_of(language, f)).collect();
    let (ftl, events, zones, actors) =
        futures::join!(fetch_text(&ftl_file), fetch_text(&paths[0]), fetch_text(&paths[1]), fetch_text(&paths[2]));
    Some((|| {
        let words = Messages::parse(language, &ftl_file, &ftl?, Some(Messages::english())).map_err(|p| damaged(&ftl_file, &p))?;
        let (events, zones, actors) = (events?, zones?, actors?);
        let content = ContentTranslation::parse(language, [&events, &zones, &actors]).map_err(|p| damaged(&paths[0], &p))?;
        Ok((Rc::new(words), content))
    })())
}

/// Downloads and validates the base map, the locator, the map's provenance,
/// the places, the range names, the counties and the history, all at once.
/// Details go to the console; the error carries words a visitor can read.
async fn load_geography() -> Result<Geography, AssetError> {
    use atlas_core::geography::files::*;
    let ((base_map, locator, provenance, places, ranges), (counties, actors, zones, events)) = futures::join!(
        async { futures::join!(fetch_text(BASE_MAP), fetch_text(LOCATOR), fetch_text(PROVENANCE), fetch_text(PLACES), fetch_text(RANGES)) },
        async { futures::join!(fetch_text(COUNTIES), fetch_text(ACTORS), fetch_text(ZONES), fetch_text(EVENTS)) }
    );
    let mut fetched = [base_map, locator, provenance, places, ranges, counties, actors, zones, events].into_iter();
    let texts = GeographyTexts::read_with(|_| fetched.next().expect("one text per file"))?;
    Geography::from_texts(&texts).map_err(|problems| {
        let file = problems.first().map_or(EVENTS, |p| p.file.as_str()).to_owned();
        damaged(&file, &problems)
    })
}

fn damaged(file: &str, problems: &[Problem]) -> AssetError {
    let details = problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n");
    gloo::console::error!(format!("{file} is not valid:\n{details}"));
    AssetError { file: file.to_owned(), reason: Note::new("load-reason-damaged", &[]) }
}

/// Fetches a file as text with the browser's own `fetch` (lighter than a
/// general HTTP client, and all the atlas needs).
pub async fn fetch_text(file: &str) -> Result<String, AssetError> {
    let (response, fail) = fetch_ok(file).await?;
    let text = response.text().map_err(|e| fail(Note::new("load-reason-unreadable", &[]), js_message(&e)))?;
    wasm_bindgen_futures::JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| fail(Note::new("load-reason-unreadable", &[]), "not text".to_owned()))
}

/// Fetches a file's bytes (a font piece for an exported picture).
pub async fn fetch_bytes(file: &str) -> Result<Vec<u8>, AssetError> {
    let (response, fail) = fetch_ok(file).await?;
    let buffer = response.array_buffer().map_err(|e| fail(Note::new("load-reason-unreadable", &[]), js_message(&e)))?;
    let buffer =
        wasm_bindgen_futures::JsFuture::from(buffer).await.map_err(|e| fail(Note::new("load-reason-unreadable", &[]), js_message(&e)))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// A successful answer for `file`, and how to report a later failure with it.
async fn fetch_ok(file: &str) -> Result<(web_sys::Response, impl Fn(Note, String) -> AssetError + '_), AssetError> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let fail = move |reason: Note, details: String| {
        gloo::console::error!(format!("Could not load {file}: {details}"));
        AssetError { file: file.to_owned(), reason }
    };
    let window = web_sys::window().ok_or_else(|| fail(Note::new("load-reason-no-window", &[]), "no window".to_owned()))?;
    let response = JsFuture::from(window.fetch_with_str(file))
        .await
        .map_err(|e| fail(Note::new("load-reason-network", &[]), js_message(&e)))?
        .dyn_into::<web_sys::Response>()
        .map_err(|e| fail(Note::new("load-reason-not-a-file", &[]), js_message(&e)))?;
    if !response.ok() {
        let status = response.status();
        return Err(fail(Note::new("load-reason-status", &[("status", &status.to_string())]), format!("HTTP {status}")));
    }
    Ok((response, fail))
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
pub async fn load_settings() -> (Settings, Vec<Note>) {
    let defaults = |note: Note| (Settings::default(), vec![note]);
    match fetch_text(SETTINGS_FILE).await {
        Err(e) => {
            defaults(Note::new("settings-unreadable", &[("file", SETTINGS_FILE), ("reason", &e.reason.in_words(&Messages::english()))]))
        }
        Ok(text) => match Settings::parse(&text) {
            Ok(settings) => (settings, vec![]),
            Err(problems) => {
                let details = problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n");
                gloo::console::warn!(format!("{SETTINGS_FILE} is not valid:\n{details}"));
                defaults(Note::new("settings-invalid", &[("file", SETTINGS_FILE), ("problem", &problems[0].to_string())]))
            }
        },
    }
}
