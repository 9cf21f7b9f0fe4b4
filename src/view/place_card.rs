//! A place's card: its names in every script, what it is, where the position
//! comes from, and which sources name it.

use atlas_core::places::Place;
use atlas_core::sources::source_title;
use super::side_panel::SidePanel;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PlaceCardProps {
    pub place: Place,
    /// The name of the district it lies in, as the map labels it.
    pub district_name: Option<AttrValue>,
    /// Who held it on the day shown, as a sentence.
    #[prop_or_default]
    pub held: Option<AttrValue>,
    /// The events that name it: (event id, "date — title").
    #[prop_or_default]
    pub events: Vec<(String, String)>,
    /// Go to an event (by id).
    #[prop_or_default]
    pub on_event: Callback<String>,
    pub on_close: Callback<()>,
}

#[function_component(PlaceCard)]
pub fn place_card(props: &PlaceCardProps) -> Html {
    let place = &props.place;
    let where_ = match (&props.district_name, &place.edge) {
        (_, Some(edge)) => format!("Beyond this map. {}", edge.note),
        (Some(district), None) => format!("In the {district} district (as the districts stood in the 1940s)."),
        (None, None) => String::new(),
    };
    html! {
        <SidePanel class="place-card" title={place.names.en.clone()} close_label="Close the place card" on_close={props.on_close.clone()}>
            <p class="place-kind">{ capitalised(place.kind.label()) }</p>
            if let Some(held) = &props.held { <p class="place-held">{ held.clone() }</p> }
            <dl class="place-names">
                { for place.names.others().into_iter().map(|(language, tag, name)| {
                    let unsure = place.review.iter().any(|r| tag.starts_with(r.as_str()) || (r == "modern" && language.starts_with("Modern")));
                    html! {
                        <>
                            <dt>{ language }</dt>
                            <dd lang={tag} dir={if tag == "ug" { "rtl" } else { "auto" }}>
                                { name.to_owned() }
                                if unsure { <span class="unsure" title="To be checked by a curator">{ " (to be checked)" }</span> }
                            </dd>
                        </>
                    }
                }) }
                if !place.aliases.is_empty() {
                    <dt>{ "Also written" }</dt>
                    <dd>{ place.aliases.join(", ") }</dd>
                }
            </dl>
            if !where_.is_empty() { <p class="place-where">{ where_ }</p> }
            <p class="place-position">
                { format!("Position: {:.2}° N, {:.2}° E, to within about {} km ({}).", place.lat, place.lon, place.coordinates.precision_km, place.coordinates.method.replace('-', " ")) }
            </p>
            if !props.events.is_empty() {
                <h3 class="place-events-title">{ "What happened here" }</h3>
                <ul class="place-events">
                    { for props.events.iter().map(|(id, label)| {
                        let (on_event, id) = (props.on_event.clone(), id.clone());
                        html! { <li><button type="button" class="link-button" onclick={Callback::from(move |_: MouseEvent| on_event.emit(id.clone()))}>{ label.clone() }</button></li> }
                    }) }
                </ul>
            }
            <h3 class="place-sources-title">{ "Named in" }</h3>
            <ul class="place-sources">
                { for place.sources.iter().map(|s| html! {
                    <li>{ source_title(&s.source) }{ if s.section.is_empty() { String::new() } else { format!(", section “{}”", s.section) } }</li>
                }) }
            </ul>
        </SidePanel>
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
