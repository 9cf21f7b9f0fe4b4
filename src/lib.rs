//! The atlas in the browser: a thin view over the pure core (`atlas_core`).
//!
//! - [`state`]: what the app holds (the date, the base map's load state) and
//!   the actions that change it. Plain data; no web APIs.
//! - [`view`]: yew function components that render the state and send actions.
//! - [`edge`]: everything that touches the outside world: fetching assets,
//!   reporting a crash in the page.

pub mod edge;
pub mod state;
pub mod view;

/// Mounts the app into `#app`, after installing the crash reporter.
pub fn start() {
    edge::fatal::install_panic_hook();
    let root = gloo::utils::document().get_element_by_id("app").expect("index.html provides #app");
    yew::Renderer::<view::App>::with_root(root).render();
}
