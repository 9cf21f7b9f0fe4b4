//! The map's key: what the colours and lines mean, the scale, and the note
//! that boundaries are approximate. On smaller screens the legend folds away
//! behind a button so that it does not hide the map; the scale and the note
//! always show.

use atlas_core::scale_bar::{distance_label, scale_bar};
use atlas_core::viewport::Viewport;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapKeyProps {
    pub viewport: Viewport,
    pub units_per_km: f64,
}

const ENTRIES: [(&str, &str); 7] = [
    ("swatch province", "Xinjiang"),
    ("line district", "District of the 1940s (approximate)"),
    ("swatch neighbour-province", "Other provinces of China"),
    ("swatch neighbour-country", "Neighbouring countries (today's borders)"),
    ("line river", "River"),
    ("dot city", "City"),
    ("dot town", "Town, fort, airfield, other place"),
];

/// Map areas at least this wide show the legend unfolded at first.
const ROOMY_WIDTH: f64 = 1400.0;

#[function_component(MapKey)]
pub fn map_key(props: &MapKeyProps) -> Html {
    let roomy = props.viewport.screen().0 >= ROOMY_WIDTH;
    // `None` until the visitor chooses; until then the screen size decides.
    let choice = use_state(|| None::<bool>);
    let open = choice.unwrap_or(roomy);
    let toggle = {
        let choice = choice.clone();
        Callback::from(move |_: MouseEvent| choice.set(Some(!open)))
    };
    let px_per_km = props.viewport.scale() * props.units_per_km;
    let bar = scale_bar(px_per_km, 160.0);
    html! {
        <section class={classes!("map-key", open.then_some("open"))} aria-label="Key" id="map-keys">
            <button type="button" class="map-key-toggle" aria-expanded={open.to_string()} aria-controls="map-legend" onclick={toggle}>
                { "Key" }<span aria-hidden="true">{ if open { " ▾" } else { " ▸" } }</span>
            </button>
            if open {
                <ul class="legend" id="map-legend">
                    { for ENTRIES.iter().map(|(class, text)| html! {
                        <li><span class={classes!("legend-symbol", *class)} aria-hidden="true"></span>{ *text }</li>
                    }) }
                </ul>
            }
            if let Some(bar) = bar {
                <div class="scale-bar" aria-label={format!("Scale: this bar is {} on the map", distance_label(bar.km))} role="img">
                    <span class="scale-line" style={format!("width: {:.1}px", bar.px)}></span>
                    <span class="scale-text" aria-hidden="true">{ distance_label(bar.km) }</span>
                </div>
            }
            <p class="map-note">{ "Boundaries are approximate reconstructions: today's outlines stand in for those of 1944–1949." }</p>
        </section>
    }
}
