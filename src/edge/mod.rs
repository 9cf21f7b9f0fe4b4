//! The app's edge: the only code that talks to the network or reaches past
//! yew into the page.

pub mod element_size;
pub mod export;
pub mod fatal;
pub mod host_page;
pub mod kiosk_clock;
pub mod map_asset;
pub mod page;
pub mod player;
pub mod presenter_keys;
pub mod url;
