//! A crash shows a friendly message in the page, never a blank screen.
//!
//! A Rust panic aborts the WebAssembly module, so nothing of the app can run
//! afterwards. The hook therefore writes the message straight into the
//! `#fatal` element that `index.html` provides, and logs the details to the
//! console for whoever maintains the kiosk or the embed.

use std::panic::PanicHookInfo;
use wasm_bindgen::JsCast;

/// Routes panics to [`report`].
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| report(&describe(info))));
}

/// The panic's message and place, for the console.
fn describe(info: &PanicHookInfo<'_>) -> String {
    let message = info
        .payload()
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| info.payload().downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".to_owned());
    match info.location() {
        Some(place) => format!("{message} (at {}:{})", place.file(), place.line()),
        None => message,
    }
}

/// Logs `details` and shows the visitor message in `#fatal`: through the
/// watchdog (`window.atlasCrashed`), which speaks the visitor's language, or
/// in the built-in English (`crash-stopped`) when the watchdog is not there.
pub fn report(details: &str) {
    web_sys::console::error_1(&format!("The atlas crashed: {details}").into());
    let Some(window) = web_sys::window() else { return };
    let watchdog = js_sys::Reflect::get(&window, &"atlasCrashed".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if watchdog.is_some_and(|show| show.call0(&window).is_ok()) {
        return;
    }
    let Some(document) = window.document() else { return };
    if let (Some(element), Some(message)) = (document.get_element_by_id("fatal"), document.get_element_by_id("fatal-message")) {
        // The reload button beside the message is wired by src/boot/watchdog.js.
        message.set_text_content(Some(&atlas_core::i18n::messages::Messages::english().text("crash-stopped")));
        let _ = element.remove_attribute("hidden");
    }
}
