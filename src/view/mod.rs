//! yew function components. Each renders what it is given and sends actions;
//! none fetches, stores or computes history itself.

mod about_panel;
mod app;
mod control_table;
mod date_control;
mod embed_dialog;
mod event_panel;
mod export_menu;
mod geometry_layers;
mod kiosk_overlay;
mod load_error;
mod locator_inset;
mod map_controls;
mod map_key;
mod map_view;
mod place_card;
mod print_sheet;
mod side_panel;
mod zone_layer;

pub use about_panel::{AboutPanel, AboutPanelProps};
pub use app::App;
pub use control_table::{ControlTable, ControlTableProps};
pub use date_control::{key_action, DateControl, DateControlProps};
pub use embed_dialog::{EmbedDialog, EmbedDialogProps};
pub use kiosk_overlay::{KioskOverlay, KioskOverlayProps};
pub use event_panel::{EventPanel, EventPanelProps};
pub use export_menu::{ExportMenu, ExportMenuProps};
pub use load_error::{LoadError, LoadErrorProps};
pub use locator_inset::{LocatorInset, LocatorInsetProps};
pub use map_controls::{MapControls, MapControlsProps};
pub use map_key::{MapKey, MapKeyProps};
pub use map_view::{MapView, MapViewProps};
pub use place_card::{PlaceCard, PlaceCardProps};
pub use print_sheet::{PrintSheet, PrintSheetProps};
