//! The map's outlines, drawn once per data set.

use crate::state::SharedGeography;
use atlas_core::map::Layer;
use yew::prelude::*;

/// The same data means the same paths: `SharedGeography` compares by
/// pointer, so Yew skips this component while the view or the date moves.
#[derive(Properties, PartialEq)]
pub struct GeometryLayersProps {
    pub geography: SharedGeography,
    /// The layers drawn over the zones (counties, districts, water), or
    /// those under them (the land).
    pub over_zones: bool,
}

/// One `<g>` per layer, bottom first, in map units (the parent group carries
/// the view's transform).
#[function_component(GeometryLayers)]
pub fn geometry_layers(props: &GeometryLayersProps) -> Html {
    let map = &props.geography.map;
    let f = map.frame;
    let over = props.over_zones;
    let layers = Layer::ALL.iter().copied().filter(|l| l.over_zones() == over);
    html! {
        <>
        // The map sheet: where the data ends, the sheet's edge shows as a
        // neat line, as on a printed map, rather than as a cut.
        if !over {
            <rect class="map-sheet" x={f.x.to_string()} y={f.y.to_string()} width={f.width.to_string()} height={f.height.to_string()} />
        }
        { for layers.map(|layer| html! {
            <g class={classes!("layer", layer.name())}>
                { for map.layer(layer).map(|feature| html! {
                    <path
                        id={format!("feature-{}", feature.id)}
                        class={classes!("feature", layer.name())}
                        data-name={feature.name.clone()}
                        d={feature.path.clone()}
                    />
                }) }
            </g>
        }) }
        if over {
            <rect class="map-neatline" x={f.x.to_string()} y={f.y.to_string()} width={f.width.to_string()} height={f.height.to_string()} />
        }
        </>
    }
}
