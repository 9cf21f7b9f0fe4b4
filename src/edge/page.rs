//! The page itself: reloading it, the way back after a failure.

/// Reloads the page (keeping its address, so a shared view comes back).
pub fn reload() {
    if let Some(window) = web_sys::window() {
        if window.location().reload().is_err() {
            web_sys::console::error_1(&"The page could not be reloaded.".into());
        }
    }
}

/// Puts `text` on the clipboard (after a click: browsers allow it only then).
/// `false` where the browser refuses.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// The atlas's address without its query or fragment, for an embed snippet.
pub fn address() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else { return String::new() };
    format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default())
}

/// Asks for the whole screen (a kiosk's button; browsers allow it only after a touch).
pub fn enter_fullscreen() {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        if let Err(e) = root.request_fullscreen() {
            gloo::console::warn!(format!("Full screen was refused: {}", crate::edge::map_asset::js_message(&e)));
        }
    }
}

/// Opens the atlas anew in another mode (staff leaving kiosk mode).
pub fn open_in_mode(mode: atlas_core::mode::Mode) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_href(&format!("{}?mode={}", address(), mode.id()));
    }
}

/// The first of the browser's preferred languages the atlas speaks, else English.
/// (Outside a browser, as in the render tests: English.)
pub fn browser_language() -> atlas_core::i18n::Language {
    #[cfg(target_arch = "wasm32")]
    let tags: Vec<String> =
        web_sys::window().map(|w| w.navigator().languages().to_vec()).unwrap_or_default().iter().filter_map(|l| l.as_string()).collect();
    #[cfg(not(target_arch = "wasm32"))]
    let tags: Vec<String> = Vec::new();
    atlas_core::i18n::Language::negotiate(tags.iter().map(String::as_str))
}

/// Keeps `<html lang dir>` and the page's title in the language in use, so
/// that screen readers pronounce it and the layout mirrors for Uyghur.
#[yew::hook]
pub fn use_document_language(language: atlas_core::i18n::Language, title: String) {
    yew::use_effect_with((language, title), |(language, title)| {
        let document = gloo::utils::document();
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", language.code());
            let _ = root.set_attribute("dir", language.dir());
        }
        document.set_title(title);
    });
}

/// Class on `<html>` while the page shows its first view, the map drawn by
/// the build (`examples/first_view/`), over the atlas loading beneath it
/// (`boot/watchdog.js` sets it where that view fits the visit; atlas.css).
const FIRST_VIEW_CLASS: &str = "first-view-shown";

/// Takes the first view away once the atlas has its own map, or a message in
/// its place: the atlas shows from then on.
pub fn end_first_view() {
    let document = gloo::utils::document();
    if let Some(root) = document.document_element() {
        let _ = root.class_list().remove_1(FIRST_VIEW_CLASS);
    }
    if let Some(view) = document.get_element_by_id("first-view") {
        view.remove();
    }
}
