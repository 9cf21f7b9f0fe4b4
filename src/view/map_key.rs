//! The map's key: what the colours and lines mean, the scale, and the note
//! that boundaries are approximate. On smaller screens the legend folds away
//! behind a button so that it does not hide the map; the scale and the note
//! always show.

use super::words::use_words;
use super::zone_layer::PatternDefs;
use crate::state::SharedGeography;
use atlas_core::history::Pattern;
use atlas_core::scale_bar::{distance_label, scale_bar};
use atlas_core::viewport::Viewport;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapKeyProps {
    pub viewport: Viewport,
    pub units_per_km: f64,
    /// For the parties' colours and patterns.
    pub geography: SharedGeography,
}

/// The symbols' classes and the messages that say what they mean.
const ENTRIES: [(&str, &str); 6] = [
    ("line district", "key-district"),
    ("swatch neighbour-province", "key-other-provinces"),
    ("swatch neighbour-country", "key-neighbours"),
    ("line river", "key-river"),
    ("dot city", "key-city"),
    ("dot town", "key-town"),
];

/// Map areas at least this wide show the legend unfolded at first.
const ROOMY_WIDTH: f64 = 1400.0;
/// Map areas narrower than this (a phone) draw a shorter scale bar.
const NARROW_WIDTH: f64 = 600.0;

#[function_component(MapKey)]
pub fn map_key(props: &MapKeyProps) -> Html {
    let m = use_words();
    let roomy = props.viewport.screen().0 >= ROOMY_WIDTH;
    // `None` until the visitor chooses; until then the screen size decides.
    let choice = use_state(|| None::<bool>);
    let open = choice.unwrap_or(roomy);
    let toggle = {
        let choice = choice.clone();
        Callback::from(move |_: MouseEvent| choice.set(Some(!open)))
    };
    let px_per_km = props.viewport.scale() * props.units_per_km;
    // On a phone the bar is shorter, so that it fits beside the button and
    // the closed key keeps to one row over the map.
    let longest = if props.viewport.screen().0 < NARROW_WIDTH { 64.0 } else { 160.0 };
    let bar = scale_bar(px_per_km, longest);
    html! {
        <section class={classes!("map-key", open.then_some("open"))} aria-label={m.text("key-title")} id="map-keys">
            <button type="button" class="map-key-toggle" aria-expanded={open.to_string()} aria-controls="map-legend" onclick={toggle}>
                { m.text("key-title") }<span aria-hidden="true">{ if open { " ▾" } else { " ▸" } }</span>
            </button>
            if open {
                <svg class="key-patterns" width="0" height="0" aria-hidden="true" focusable="false">
                    <PatternDefs geography={props.geography.clone()} unit={1.0} prefix="key-" />
                </svg>
                <ul class="legend" id="map-legend">
                    { for props.geography.history.actors.iter().filter(|a| a.holds_territory).map(|a| html! {
                        <li>{ swatch(&a.colour, (a.pattern != Pattern::Solid).then(|| format!("url(#key-pattern-{})", a.pattern.name()))) }{ m.text_with("key-held-by", &[("actor", a.name.as_str().into())]) }</li>
                    }) }
                    <li>{ swatch("swatch-province", Some("url(#key-approximate)".into())) }{ m.text("key-approximate") }</li>
                    if let Some(other) = props.geography.history.actors.iter().find(|a| a.holds_territory) {
                        <li>{ swatch("swatch-province", Some(format!("url(#key-contest-{})", other.id))) }{ m.text("key-contested") }</li>
                    }
                    <li>{ swatch("swatch-unknown", None) }{ m.text("key-no-information") }</li>
                    { for ENTRIES.iter().map(|(class, id)| html! {
                        <li><span class={classes!("legend-symbol", *class)} aria-hidden="true"></span>{ m.text(id) }</li>
                    }) }
                </ul>
            }
            if let Some(bar) = bar {
                <div class="scale-bar" aria-label={m.text_with("key-scale", &[("distance", distance_label(bar.km, &m).into())])} role="img">
                    <svg class="scale-line" width={format!("{:.1}", bar.px)} aria-hidden="true" focusable="false"></svg>
                    <span class="scale-text" aria-hidden="true">{ distance_label(bar.km, &m) }</span>
                </div>
            }
            // On a phone the closed key says it in one line; the whole note shows once opened.
            <p class="map-note map-note-long">{ m.text("key-boundaries-approximate") }</p>
            <p class="map-note map-note-short">{ m.text("key-boundaries-short") }</p>
        </section>
    }
}

/// A legend swatch: a colour and, over it, a pattern. The colour is a party's
/// (`#rrggbb`, a fill attribute: a strict Content-Security-Policy refuses style
/// attributes) or one of the page's own, named by its class in atlas.css.
fn swatch(colour: &str, pattern: Option<String>) -> Html {
    let (fill, class) = if colour.starts_with('#') { (Some(colour.to_owned()), None) } else { (None, Some(colour.to_owned())) };
    html! {
        <svg class="legend-swatch" width="28" height="18" viewBox="0 0 28 18" aria-hidden="true" focusable="false">
            <rect width="28" height="18" {fill} {class} />
            if let Some(p) = pattern { <rect width="28" height="18" fill={p} /> }
        </svg>
    }
}
