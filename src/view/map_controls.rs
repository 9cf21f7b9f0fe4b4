//! Zoom in, zoom out, back to the whole region: big buttons over the map.

use super::map_view::ZOOM_STEP;
use crate::state::ViewAction;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapControlsProps {
    pub on_view: Callback<ViewAction>,
}

#[function_component(MapControls)]
pub fn map_controls(props: &MapControlsProps) -> Html {
    let button = |action: ViewAction, label: &'static str, symbol: &'static str, class: &'static str| {
        let on_view = props.on_view.clone();
        html! {
            <button type="button" class={classes!("map-button", class)} aria-label={label} title={label}
                    onclick={Callback::from(move |_| on_view.emit(action))}>
                <span aria-hidden="true">{ symbol }</span>
            </button>
        }
    };
    html! {
        <div class="map-controls" role="toolbar" aria-label="Map view" aria-controls="map">
            { button(ViewAction::Zoom(ZOOM_STEP), "Zoom in", "+", "zoom-in") }
            { button(ViewAction::Zoom(1.0 / ZOOM_STEP), "Zoom out", "−", "zoom-out") }
            { button(ViewAction::Reset, "Show the whole region", "⟲", "zoom-reset") }
        </div>
    }
}
