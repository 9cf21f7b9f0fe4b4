//! The zones filled by who held them on the day shown.
//!
//! Each zone's outline is defined once and drawn with `<use>`: the holder's
//! colour (opaque, so that a county zone hides the district zone under it),
//! the holder's pattern, and a veil for approximate control or stripes of
//! the other side for contested control. Each `<use>` is a copy of the
//! outline the browser lays out and paints, so a zone has no more of them
//! than it shows.

use crate::state::SharedGeography;
use atlas_core::history::at_date::ZoneControl;
use atlas_core::history::{Actor, Certainty, Pattern};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ZoneLayerProps {
    pub geography: SharedGeography,
    /// Per zone, who holds it (see `MapState::zones`).
    pub controls: Vec<Option<ZoneControl>>,
    /// Whether to define the outlines here; a second map on the page (the
    /// comparison) uses the first one's.
    #[prop_or(true)]
    pub define_outlines: bool,
}

#[function_component(ZoneLayer)]
pub fn zone_layer(props: &ZoneLayerProps) -> Html {
    let history = &props.geography.history;
    let shapes = &props.geography.zone_shapes;
    // The outlines are long; they are written into the page once per data set.
    let outlines = use_memo(props.geography.clone(), |g| {
        html! {
            <defs>
                { for g.zone_shapes.paths.iter().zip(&g.history.zones).map(|(d, zone)| html! {
                    <path id={format!("zone-shape-{}", zone.id)} class="zone-shape" d={d.clone()} />
                }) }
            </defs>
        }
    });
    html! {
        <g class="layer zones">
            if props.define_outlines { { (*outlines).clone() } }
            { for history.zones.iter().enumerate().filter(|(i, _)| *i < shapes.paths.len()).map(|(i, zone)| {
                let href = format!("#zone-shape-{}", zone.id);
                let control = props.controls.get(i).copied().flatten();
                match control {
                    None => html! {
                        <g class="zone unknown" data-zone={zone.id.clone()} data-controller="">
                            <use {href} class="zone-fill unknown" />
                        </g>
                    },
                    Some(c) => {
                        let actor = &history.actors[c.controller];
                        let period = &zone.control[c.period];
                        html! {
                            <g class={classes!("zone", c.certainty.name())} data-zone={zone.id.clone()} data-controller={actor.id.clone()}>
                                <use href={href.clone()} class="zone-fill" fill={actor.colour.clone()} />
                                if actor.pattern != Pattern::Solid {
                                    <use href={href.clone()} class="zone-pattern" fill={format!("url(#pattern-{})", actor.pattern.name())} />
                                }
                                if c.certainty == Certainty::Approximate {
                                    <use href={href.clone()} class="zone-veil" fill="url(#approximate)" />
                                }
                                { for period.contested_by.iter().take(1).map(|&other| html! {
                                    <use href={href.clone()} class="zone-contest" fill={format!("url(#contest-{})", history.actors[other].id)} />
                                }) }
                            </g>
                        }
                    }
                }
            }) }
        </g>
    }
}

#[derive(Properties, PartialEq)]
pub struct PatternDefsProps {
    /// The actors, for the contested stripes in their colours.
    pub geography: SharedGeography,
    /// The size of one CSS pixel in the units of the shapes that use the
    /// patterns, so that patterns keep their size on screen at any zoom.
    pub unit: f64,
    /// Prefix of the ids (the legend has its own set, in pixels).
    #[prop_or_default]
    pub prefix: AttrValue,
}

/// The fill patterns: one per actor pattern, the veil for approximate
/// control and one set of stripes per actor for contested control.
#[function_component(PatternDefs)]
pub fn pattern_defs(props: &PatternDefsProps) -> Html {
    let u = props.unit;
    let size = 10.0 * u;
    let n = |v: f64| format!("{:.2}", v * u);
    let p = props.prefix.as_str();
    let pattern = |id: String, body: Html| {
        html! {
            <pattern id={id} patternUnits="userSpaceOnUse" width={format!("{size:.2}")} height={format!("{size:.2}")}>{ body }</pattern>
        }
    };
    html! {
        <defs>
            { pattern(format!("{p}pattern-hatch"), html! { <path class="pattern-ink" d={format!("M0 {} L{} 0", n(10.0), n(10.0))} stroke-width={n(1.6)} /> }) }
            { pattern(format!("{p}pattern-stripes"), html! { <path class="pattern-ink" d={format!("M0 {} H{}", n(5.0), n(10.0))} stroke-width={n(1.6)} /> }) }
            { pattern(format!("{p}pattern-cross"), html! { <path class="pattern-ink" d={format!("M0 {a} H{b} M{a} 0 V{b}", a = n(5.0), b = n(10.0))} stroke-width={n(1.2)} /> }) }
            { pattern(format!("{p}pattern-dots"), html! { <circle class="pattern-dot" cx={n(5.0)} cy={n(5.0)} r={n(1.6)} /> }) }
            { pattern(format!("{p}approximate"), html! { <rect class="pattern-veil" width={n(10.0)} height={n(10.0)} /> }) }
            { for props.geography.history.actors.iter().map(|a: &Actor| html! {
                <pattern id={format!("{p}contest-{}", a.id)} patternUnits="userSpaceOnUse" width={n(14.0)} height={n(14.0)} patternTransform="rotate(45)">
                    <rect width={n(6.0)} height={n(14.0)} fill={a.colour.clone()} />
                    <rect x={n(6.0)} width={n(1.2)} height={n(14.0)} class="pattern-edge" />
                </pattern>
            }) }
        </defs>
    }
}
