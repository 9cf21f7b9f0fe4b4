//! The event panel: the event chosen or the last one begun by the day shown,
//! with its date and precision, its places, a summary, and what each source
//! says, side by side where they disagree.
//!
//! It never takes focus: it changes as the slider moves, and the slider's
//! own announcement already tells a screen reader what happened.

use crate::state::{Action, SharedGeography};
use atlas_core::history::Event;
use atlas_core::sources::source_title;
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
    let history = &props.geography.history;
    let Some(event) = history.events.get(props.event) else { return html! {} };
    let Event { title, summary, kind, date, claims, disagreement, .. } = event;
    let count = history.events.len();
    let place_button = |id: &String| {
        let name = props.geography.places.get(id).map_or_else(|| id.clone(), |p| p.names.en.clone());
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
                <span class={classes!("event-kind", kind.name())}>{ kind.label() }</span>
                <span class="event-count">{ format!(" · event {} of {count}", props.event + 1) }</span>
                if !props.begun { <span class="event-ahead">{ " · still to come" }</span> }
            </p>
            <h2 id="event-title" class="event-title">{ title.clone() }</h2>
            <p class="event-date">
                <time datetime={date.first().iso()}>{ date.to_string() }</time>
                <span class="event-precision">{ format!(" — known to the {}", date.precision_word()) }</span>
            </p>
            <p class="event-summary">{ summary.clone() }</p>
            if !event.places.is_empty() {
                <h3 class="event-subtitle">{ "Where" }</h3>
                <ul class="chips" aria-label="Places of this event (open on the map)">{ for event.places.iter().map(place_button) }</ul>
            }
            if !event.actors.is_empty() {
                <h3 class="event-subtitle">{ "Who" }</h3>
                <ul class="chips">
                    { for event.actors.iter().map(|&a| {
                        let actor = &history.actors[a];
                        html! { <li class="chip actor-chip"><svg class="actor-swatch" color={actor.colour.clone()} aria-hidden="true" focusable="false"></svg>{ actor.name.clone() }</li> }
                    }) }
                </ul>
            }
            if let Some(text) = disagreement {
                <p class="disagreement"><strong>{ "The sources disagree. " }</strong>{ text.clone() }</p>
            }
            <h3 class="event-subtitle">{ if claims.len() > 1 { "What the sources say" } else { "Source" } }</h3>
            <div class={classes!("claims", (claims.len() > 1).then_some("side-by-side"))}>
                { for claims.iter().map(|claim| html! {
                    <article class="claim" data-source={claim.citation.source.clone()}>
                        <h4 class="claim-source">{ source_title(&claim.citation.source) }</h4>
                        <p class="claim-section">{ format!("Section “{}”", claim.citation.section) }</p>
                        if let Some(d) = &claim.date { <p class="claim-date">{ format!("Gives: {d}") }</p> }
                        <p class="claim-says">{ claim.says.clone() }</p>
                    </article>
                }) }
            </div>
        </section>
    }
}
