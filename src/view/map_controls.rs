//! Zoom in, zoom out, back to the whole region: big buttons over the map.

use super::map_view::ZOOM_STEP;
use super::words::use_words;
use crate::state::ViewAction;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapControlsProps {
    pub on_view: Callback<ViewAction>,
}

#[function_component(MapControls)]
pub fn map_controls(props: &MapControlsProps) -> Html {
    let m = use_words();
    let button = |action: ViewAction, label: String, symbol: &'static str, class: &'static str| {
        let on_view = props.on_view.clone();
        html! {
            <button type="button" class={classes!("map-button", class)} aria-label={label.clone()} title={label}
                    onclick={Callback::from(move |_| on_view.emit(action))}>
                <span aria-hidden="true">{ symbol }</span>
            </button>
        }
    };
    html! {
        <div class="map-controls" role="toolbar" aria-label={m.text("zoom-toolbar")} aria-controls="map">
            { button(ViewAction::Zoom(ZOOM_STEP), m.text("zoom-in"), "+", "zoom-in") }
            { button(ViewAction::Zoom(1.0 / ZOOM_STEP), m.text("zoom-out"), "−", "zoom-out") }
            { button(ViewAction::Reset, m.text("zoom-reset"), "⟲", "zoom-reset") }
        </div>
    }
}
