//! The page itself: reloading it, the way back after a failure.

/// Reloads the page (keeping its address, so a shared view comes back).
pub fn reload() {
    if let Some(window) = web_sys::window() {
        if window.location().reload().is_err() {
            web_sys::console::error_1(&"The page could not be reloaded.".into());
        }
    }
}
