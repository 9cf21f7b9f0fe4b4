//! The map's outlines, drawn once per data set.

use atlas_core::geography::Geography;
use atlas_core::map::Layer;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties)]
pub struct GeometryLayersProps {
    pub geography: Rc<Geography>,
}

/// The same data means the same paths: comparing the pointer keeps Yew from
/// revisiting thousands of points while the view or the date moves.
impl PartialEq for GeometryLayersProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.geography, &other.geography)
    }
}

/// One `<g>` per layer, bottom first, in map units (the parent group carries
/// the view's transform).
#[function_component(GeometryLayers)]
pub fn geometry_layers(props: &GeometryLayersProps) -> Html {
    let map = &props.geography.map;
    let f = map.frame;
    html! {
        <>
        // The map sheet: where the data ends, the sheet's edge shows as a
        // neat line, as on a printed map, rather than as a cut.
        <rect class="map-sheet" x={f.x.to_string()} y={f.y.to_string()} width={f.width.to_string()} height={f.height.to_string()} />
        { for Layer::ALL.iter().map(|&layer| html! {
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
        <rect class="map-neatline" x={f.x.to_string()} y={f.y.to_string()} width={f.width.to_string()} height={f.height.to_string()} />
        </>
    }
}
