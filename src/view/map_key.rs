//! The map's key: what the colours and lines mean, the scale, and the note
//! that boundaries are approximate. On smaller screens the legend folds away
//! behind a button so that it does not hide the map; the scale and the note
//! always show.

use super::zone_layer::PatternDefs;
use crate::state::SharedGeography;
use atlas_core::history::Pattern;
use atlas_core::scale_bar::{distance_label, scale_bar};
use atlas_core::snapshot::BOUNDARIES_NOTE;
use atlas_core::viewport::Viewport;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapKeyProps {
    pub viewport: Viewport,
    pub units_per_km: f64,
    /// For the parties' colours and patterns.
    pub geography: SharedGeography,
}

const ENTRIES: [(&str, &str); 6] = [
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
                <svg class="key-patterns" width="0" height="0" aria-hidden="true" focusable="false">
                    <PatternDefs geography={props.geography.clone()} unit={1.0} prefix="key-" />
                </svg>
                <ul class="legend" id="map-legend">
                    { for props.geography.history.actors.iter().filter(|a| a.holds_territory).map(|a| html! {
                        <li>{ swatch(&a.colour, (a.pattern != Pattern::Solid).then(|| format!("url(#key-pattern-{})", a.pattern.name()))) }{ format!("Held by {}", a.name) }</li>
                    }) }
                    <li>{ swatch("var(--province)", Some("url(#key-approximate)".into())) }{ "Paler: control approximate" }</li>
                    if let Some(other) = props.geography.history.actors.iter().find(|a| a.holds_territory) {
                        <li>{ swatch("var(--province)", Some(format!("url(#key-contest-{})", other.id))) }{ "Striped: contested, in the other side's colour" }</li>
                    }
                    <li>{ swatch("var(--unknown)", None) }{ "No information" }</li>
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
            <p class="map-note">{ BOUNDARIES_NOTE }</p>
        </section>
    }
}

/// A legend swatch: a colour and, over it, a pattern.
fn swatch(colour: &str, pattern: Option<String>) -> Html {
    html! {
        <svg class="legend-swatch" width="28" height="18" viewBox="0 0 28 18" aria-hidden="true" focusable="false">
            <rect width="28" height="18" style={format!("fill: {colour}")} />
            if let Some(p) = pattern { <rect width="28" height="18" fill={p} /> }
        </svg>
    }
}
