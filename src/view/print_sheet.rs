//! What only a printed page shows: the date in words at the top; under the
//! map a key to what it shows that day, the sources of what is shown and the
//! map data's attribution (the texts of an exported picture, from
//! `atlas_core::snapshot`); and a scale bar drawn over the map in the map's
//! own pixels, so that it stays true however much the page shrinks the map.
//! The print style sheet places them; the screen never shows them.

use super::words::use_words;
use super::zone_layer::PatternDefs;
use crate::state::SharedGeography;
use atlas_core::history::at_date::{MapState, ZoneControl};
use atlas_core::history::Pattern;
use atlas_core::scale_bar::{distance_label, scale_bar};
use atlas_core::snapshot::{attribution, event_line, key, Swatch};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PrintSheetProps {
    pub geography: SharedGeography,
    /// The map on the day shown.
    pub map_state: MapState,
    /// The event on show, an index into the history's events.
    pub event: Option<usize>,
    /// The map's size in CSS pixels (its `viewBox`) and pixels per
    /// kilometre, for the scale bar; none before the map is drawn.
    #[prop_or_default]
    pub scale: Option<((f64, f64), f64)>,
}

/// The date and the event change on every date step and are drawn here; the
/// key and the sources only when a holder or the event changes ([`PrintKey`]).
#[function_component(PrintSheet)]
pub fn print_sheet(props: &PrintSheetProps) -> Html {
    let m = use_words();
    let date = props.map_state.date;
    html! {
        <>
            <div class="print-only print-date">
                <p class="print-day">{ m.date(date) }</p>
                if let Some(event) = event_line(&props.geography, props.event, date, &m) { <p class="print-event">{ event }</p> }
            </div>
            if let Some(((width, height), bar)) = props.scale.and_then(|(size, px_per_km)| Some((size, scale_bar(px_per_km, 160.0)?))) {
                <svg class="print-only print-scale" viewBox={format!("0 0 {width} {height}")} aria-hidden="true">
                    <g transform={format!("translate({:.1} {:.1})", width - 24.0 - bar.px, height - 24.0)}>
                        <path d={format!("M0 -8 V0 H{:.1} V-8", bar.px)} />
                        <text x={format!("{:.1}", bar.px / 2.0)} y="-6" text-anchor="middle">{ distance_label(bar.km, &m) }</text>
                    </g>
                </svg>
            }
            <PrintKey geography={props.geography.clone()} zones={props.map_state.zones.clone()} event={props.event} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct PrintKeyProps {
    geography: SharedGeography,
    zones: Vec<Option<ZoneControl>>,
    event: Option<usize>,
}

/// The printed page's key, its sources and the map data's attribution.
#[function_component(PrintKey)]
fn print_key(props: &PrintKeyProps) -> Html {
    let m = use_words();
    let (legend, sources) = key(&props.geography, &props.zones, props.event, &m);
    let (attribution, attribution_note) = attribution(&props.geography, &m);
    let list = |items: &[String]| html! { <ul>{ for items.iter().map(|i| html! { <li>{ i.clone() }</li> }) }</ul> };
    // Colours as attributes or classes: a style attribute would be refused by a strict
    // Content-Security-Policy.
    let swatch = |swatch: &Swatch| {
        let (fill, class, over) = match swatch {
            Swatch::Holder { colour, pattern } => {
                (Some(colour.clone()), None, (*pattern != Pattern::Solid).then(|| format!("url(#print-pattern-{})", pattern.name())))
            }
            Swatch::Approximate => (None, Some("swatch-province"), Some("url(#print-approximate)".to_owned())),
            Swatch::Contested { actor, .. } => (None, Some("swatch-province"), Some(format!("url(#print-contest-{actor})"))),
            Swatch::Unknown => (None, Some("swatch-unknown"), None),
        };
        html! {
            <svg class="legend-swatch" width="28" height="18" viewBox="0 0 28 18" aria-hidden="true">
                <rect width="28" height="18" {fill} {class} />
                if let Some(p) = over { <rect width="28" height="18" fill={p} /> }
            </svg>
        }
    };
    html! {
        <>
            <div class="print-only print-key">
                <h2>{ m.text("key-title") }</h2>
                <svg class="key-patterns" width="0" height="0" aria-hidden="true">
                    <PatternDefs geography={props.geography.clone()} unit={1.0} prefix="print-" />
                </svg>
                <ul class="legend">
                    { for legend.iter().map(|e| html! { <li>{ swatch(&e.swatch) }{ e.label.clone() }</li> }) }
                </ul>
            </div>
            <div class="print-only print-footer">
                <section>
                    <h2>{ m.text("print-sources") }</h2>
                    if sources.is_empty() { <p>{ m.text("print-no-source") }</p> } else { { list(&sources) } }
                </section>
                <section>
                    <h2>{ m.text("print-map-data") }</h2>
                    { list(&attribution) }
                    if let Some(note) = &attribution_note { <p class="print-note">{ note.clone() }</p> }
                    <p class="print-note">{ m.text("key-boundaries-approximate") }</p>
                </section>
            </div>
        </>
    }
}
