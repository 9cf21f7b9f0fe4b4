//! The map: one SVG that scales to its container at any aspect ratio.

use atlas_core::map::{Layer, MapData};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties)]
pub struct MapViewProps {
    pub map: Rc<MapData>,
}

/// The same map means the same picture: comparing the pointer keeps this
/// component from re-rendering its paths while the date moves.
impl PartialEq for MapViewProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.map, &other.map)
    }
}

const LAYERS: [Layer; 3] = [Layer::NeighbourCountry, Layer::NeighbourProvince, Layer::Province];

#[function_component(MapView)]
pub fn map_view(props: &MapViewProps) -> Html {
    let map = &props.map;
    html! {
        <>
        <svg
            id="map"
            class="map"
            role="img"
            aria-labelledby="map-title map-desc"
            viewBox={map.frame.view_box()}
            preserveAspectRatio="xMidYMid meet"
        >
            <title id="map-title">{ "Map of Xinjiang and the lands around it" }</title>
            <desc id="map-desc">{ "Outlines of Xinjiang, the neighbouring provinces of China and the neighbouring countries. Today's boundaries stand in for those of the 1940s." }</desc>
            {
                for LAYERS.iter().map(|&layer| html! {
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
                })
            }
        </svg>
        <p class="map-note">{ "Boundaries are today's, simplified; they stand in for those of 1944–1949." }</p>
        </>
    }
}
