//! A place on the map as a button: its touch target, its dot in the colour
//! of whoever holds its zone, and a ring while an event shown happened there.
//!
//! A component of its own so that a date step redraws only the places whose
//! holder, ring or selection changed: the map around them stays as it is.

use super::words::use_words;
use crate::state::SharedGeography;
use atlas_core::places::PlaceKind;
use atlas_core::scene::Marker;
use web_sys::KeyboardEvent;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PlaceButtonProps {
    pub geography: SharedGeography,
    pub marker: Marker,
    /// Crowded places show no dot until focused and have no touch target.
    pub crowded: bool,
    /// Radius of a dot, in pixels (cities are drawn a third larger).
    pub marker_px: f64,
    /// Who holds the place's zone on the day shown (an index into the actors).
    pub holder: Option<usize>,
    pub selected: bool,
    pub highlighted: bool,
    /// Stable across renders (made once by the atlas), so that a place
    /// whose own props did not change is not redrawn.
    pub on_select: Callback<Option<String>>,
}

/// What a place's button (or a pointer to places beyond the edge) does on
/// a click, Enter or Space: it selects the place `id`.
pub fn select_on_press(on_select: &Callback<Option<String>>, id: &str) -> (Callback<MouseEvent>, Callback<KeyboardEvent>) {
    let onclick = {
        let (on_select, id) = (on_select.clone(), id.to_owned());
        Callback::from(move |_: MouseEvent| on_select.emit(Some(id.clone())))
    };
    let (on_select, id) = (on_select.clone(), id.to_owned());
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" || e.key() == " " {
            e.prevent_default();
            on_select.emit(Some(id.clone()));
        }
    });
    (onclick, onkeydown)
}

#[function_component(PlaceButton)]
pub fn place_button(props: &PlaceButtonProps) -> Html {
    let m = use_words();
    let PlaceButtonProps { marker, crowded, selected, highlighted, .. } = props;
    let (crowded, selected, highlighted) = (*crowded, *selected, *highlighted);
    let Some(place) = props.geography.places.get(&marker.id) else { return html! {} };
    let (onclick, onkeydown) = select_on_press(&props.on_select, &place.id);
    let holder = props.holder.and_then(|i| props.geography.history.actors.get(i));
    let name = match holder {
        Some(a) => m.text_with(
            "map-place-held",
            &[("place", place.label.as_str().into()), ("kind", place.kind.label(&m).into()), ("actor", a.name.as_str().into())],
        ),
        None => m.text_with("map-place", &[("place", place.label.as_str().into()), ("kind", place.kind.label(&m).into())]),
    };
    let dot = match place.kind {
        PlaceKind::Region if !crowded => None,
        PlaceKind::City if !crowded => Some(props.marker_px * 1.35),
        _ => Some(props.marker_px),
    };
    html! {
        <g
            class={classes!("place", crowded.then_some("crowded"), place.kind.name(), selected.then_some("selected"), highlighted.then_some("highlighted"))}
            id={format!("place-{}", place.id)}
            transform={format!("translate({:.1} {:.1})", marker.at.0, marker.at.1)}
            role="button"
            tabindex="0"
            aria-label={name}
            data-holder={holder.map(|a| a.id.clone())}
            aria-pressed={selected.to_string()}
            {onclick} {onkeydown}
        >
            if !crowded { <circle class="place-target" r={format!("{:.1}", marker.target_radius)} /> }
            if highlighted { <circle class="place-ring" r={format!("{:.1}", dot.unwrap_or(props.marker_px) + 6.0)} /> }
            if let Some(r) = dot { <circle class="place-marker" r={format!("{r:.1}")} fill={holder.map(|a| a.colour.clone())} /> }
        </g>
    }
}
