//! A small map of Asia showing where the region lies, and which part of it
//! the main map shows now.

use super::words::use_words;
use crate::state::SharedGeography;
use atlas_core::map::Layer;
use atlas_core::viewport::Viewport;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LocatorInsetProps {
    pub geography: SharedGeography,
    pub viewport: Viewport,
}

/// The locator and the main map share a projection and units, so the main
/// view's rectangle is drawn into the inset as it is.
#[function_component(LocatorInset)]
pub fn locator_inset(props: &LocatorInsetProps) -> Html {
    let m = use_words();
    let locator = &props.geography.locator;
    let visible = props.viewport.visible();
    let f = locator.frame;
    html! {
        <svg class="locator" role="img" aria-labelledby="locator-title"
             viewBox={f.view_box()} preserveAspectRatio="xMidYMid meet">
            <title id="locator-title">{ m.text("locator-title") }</title>
            { for [Layer::NeighbourCountry, Layer::Province].iter().flat_map(|&layer| locator.layer(layer).map(move |feature| html! {
                <path class={classes!("locator-feature", layer.name())} d={feature.path.clone()} />
            })) }
            <rect class="locator-view" x={visible.x.to_string()} y={visible.y.to_string()}
                  width={visible.width.to_string()} height={visible.height.to_string()} />
        </svg>
    }
}
