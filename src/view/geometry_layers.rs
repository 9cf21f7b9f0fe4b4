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
    html! {
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
    }
}
