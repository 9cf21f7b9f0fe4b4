//! yew function components. Each renders what it is given and sends actions;
//! none fetches, stores or computes history itself.

mod app;
mod date_control;
mod load_error;
mod map_view;

pub use app::App;
pub use date_control::{DateControl, DateControlProps};
pub use load_error::{LoadError, LoadErrorProps};
pub use map_view::{MapView, MapViewProps};
