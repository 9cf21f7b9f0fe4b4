//! The event panel: the event chosen or the last one begun by the day shown,
//! with its date and precision, its places, a summary, and what each source
//! says, side by side where they disagree.
//!
//! It never takes focus: it changes as the slider moves, and the slider's
//! own announcement already tells a screen reader what happened.

use super::words::use_words;
use crate::state::{Action, SharedGeography};
use atlas_core::history::Event;
use atlas_core::sources::source_title_in;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EventPanelProps {
    pub geography: SharedGeography,
    /// Index into the history's events.
    pub event: usize,
    /// Whether the event began on or before the day shown (else it is the
    /// first event, still to come).
    pub begun: bool,
    pub on_action: Callback<Action>,
}

#[function_component(EventPanel)]
pub fn event_panel(props: &EventPanelProps) -> Html {
    let m = use_words();
    let history = &props.geography.history;
    let Some(event) = history.events.get(props.event) else { return html! {} };
    let Event { title, summary, kind, date, claims, disagreement, .. } = event;
    let count = history.events.len();
    let place_button = |id: &String| {
        let name = props.geography.places.get(id).map_or_else(|| id.clone(), |p| p.label.clone());
        let id = id.clone();
        html! {
            <li><button type="button" class="chip place-chip" onclick={props.on_action.reform(move |_: MouseEvent| Action::SelectPlace(Some(id.clone())))}>
                { name }
            </button></li>
        }
    };
    html! {
        <section class={classes!("event-panel", disagreement.is_some().then_some("disputed"))} aria-labelledby="event-title" id="event-panel" data-event={event.id.clone()}>
            <p class="event-kicker">
                <span class={classes!("event-kind", kind.name())}>{ kind.label(&m) }</span>
                <span class="event-count">{ " · " }{ m.text_with("event-count", &[("n", (props.event + 1).into()), ("count", count.into())]) }</span>
                if !props.begun { <span class="event-ahead">{ " · " }{ m.text("event-ahead") }</span> }
            </p>
            <h2 id="event-title" class="event-title">{ title.clone() }</h2>
            <p class="event-date">
                <time datetime={date.first().iso()}>{ date.in_words(&m) }</time>
                <span class="event-precision">{ " — " }{ date.precision_in_words(&m) }</span>
            </p>
            <p class="event-summary">{ summary.clone() }</p>
            if !event.places.is_empty() {
                <h3 class="event-subtitle">{ m.text("event-where") }</h3>
                <ul class="chips" aria-label={m.text("event-places-label")}>{ for event.places.iter().map(place_button) }</ul>
            }
            if !event.actors.is_empty() {
                <h3 class="event-subtitle">{ m.text("event-who") }</h3>
                <ul class="chips">
                    { for event.actors.iter().map(|&a| {
                        let actor = &history.actors[a];
                        html! { <li class="chip actor-chip"><svg class="actor-swatch" color={actor.colour.clone()} aria-hidden="true" focusable="false"></svg>{ actor.name.clone() }</li> }
                    }) }
                </ul>
            }
            if let Some(text) = disagreement {
                <p class="disagreement"><strong>{ m.text("event-sources-disagree") }{ " " }</strong>{ text.clone() }</p>
            }
            <h3 class="event-subtitle">{ m.text(if claims.len() > 1 { "event-what-sources-say" } else { "event-source" }) }</h3>
            <div class={classes!("claims", (claims.len() > 1).then_some("side-by-side"))}>
                { for claims.iter().map(|claim| html! {
                    <article class="claim" data-source={claim.citation.source.clone()}>
                        <h4 class="claim-source">{ source_title_in(&claim.citation.source, &m) }</h4>
                        <p class="claim-section">{ m.text_with("source-section", &[("section", claim.citation.section.as_str().into())]) }</p>
                        if let Some(d) = &claim.date { <p class="claim-date">{ m.text_with("claim-gives", &[("date", d.in_words(&m).into())]) }</p> }
                        <p class="claim-says">{ claim.says.clone() }</p>
                    </article>
                }) }
            </div>
        </section>
    }
}
