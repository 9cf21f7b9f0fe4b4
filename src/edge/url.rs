//! The page's address as the view's state: read once at start, rewritten
//! (without adding to the browser's history) as the view changes.

use atlas_core::url_state::UrlState;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// What the page's address asks for; an unreadable address asks for nothing
/// (and so does a page rendered outside a browser, as in the render tests).
pub fn read() -> UrlState {
    #[cfg(target_arch = "wasm32")]
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    let search = String::new();
    UrlState::parse(&search)
}

/// How long the address waits for the view to settle before it is rewritten:
/// browsers limit how often a page may do so, and a played timeline moves
/// several times a second.
const SETTLE_MS: u32 = 300;

/// Keeps the address in step with `query` (a query string from
/// [`UrlState::to_query`]), keeping the path and any fragment, once the atlas
/// is `ready`: rewriting the address costs the page a few tens of
/// milliseconds (measured), which must not delay the first map.
#[hook]
pub fn use_url_sync(query: String, ready: bool) {
    let pending = use_mut_ref(|| None::<Timeout>);
    use_effect_with((query, ready), move |(query, ready)| {
        if !*ready {
            return;
        }
        let query = query.clone();
        *pending.borrow_mut() = Some(Timeout::new(SETTLE_MS, move || {
            let Some(window) = web_sys::window() else { return };
            let location = window.location();
            let path = location.pathname().unwrap_or_default();
            let hash = location.hash().unwrap_or_default();
            if location.search().unwrap_or_default() == query {
                return;
            }
            if let Ok(history) = window.history() {
                let url = format!("{path}{}{hash}", if query.is_empty() { "?" } else { &query });
                if let Err(e) = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)) {
                    gloo::console::warn!(format!("Could not update the address: {}", crate::edge::map_asset::js_message(&e)));
                }
            }
        }));
    });
}
