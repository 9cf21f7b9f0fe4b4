//! The atlas's pure core: dates, geometry, the map's data model and its
//! validation. It knows nothing of the browser: no yew, web-sys, gloo or
//! wasm-bindgen, no I/O. Everything here is tested natively with `cargo test`.

pub mod base64;
pub mod date;
pub mod embed_snippet;
pub mod geography;
pub mod gestures;
pub mod history;
pub mod host_message;
pub mod i18n;
pub mod json;
pub mod kiosk;
pub mod labels;
pub mod map;
pub mod mode;
pub mod places;
pub mod problem;
pub mod projection;
#[cfg(test)]
mod random_texts;
pub mod ranges;
pub mod ring_codec;
pub mod scale_bar;
pub mod scene;
pub mod screen_point;
pub mod settings;
pub mod snapshot;
pub mod sources;
pub mod timeline;
pub mod url_state;
pub mod viewport;
