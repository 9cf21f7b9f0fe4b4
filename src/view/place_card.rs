//! A place's card: its names in every script, what it is, where the position
//! comes from, and which sources name it.

use super::side_panel::SidePanel;
use super::words::use_words;
use atlas_core::places::Place;
use atlas_core::sources::source_title_in;
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
    let m = use_words();
    let place = &props.place;
    let where_ = match (&props.district_name, &place.edge) {
        (_, Some(edge)) => format!("{} {}", m.text("place-beyond-map"), edge.note),
        (Some(district), None) => m.text_with("place-in-district", &[("district", district.as_str().into())]),
        (None, None) => String::new(),
    };
    html! {
        <SidePanel class="place-card" title={place.label.clone()} close_label={m.text("place-close")} on_close={props.on_close.clone()}>
            <p class="place-kind">{ capitalised(&place.kind.label(&m)) }</p>
            if let Some(held) = &props.held { <p class="place-held">{ held.clone() }</p> }
            <dl class="place-names">
                // Every name but the one in the title.
                { for place.names.all().into_iter().filter(|(_, _, name)| *name != place.label).map(|(field, tag, name)| {
                    let unsure = place.review.iter().any(|r| r == field);
                    html! {
                        <>
                            <dt>{ m.text(&format!("place-name-{field}")) }</dt>
                            <dd lang={tag} dir={if tag == "ug" { "rtl" } else { "auto" }}>
                                { name.to_owned() }
                                if unsure { <span class="unsure" title={m.text("place-unsure-title")}>{ " " }{ m.text("place-unsure") }</span> }
                            </dd>
                        </>
                    }
                }) }
                if !place.aliases.is_empty() {
                    <dt>{ m.text("place-also-written") }</dt>
                    <dd>{ place.aliases.join(", ") }</dd>
                }
            </dl>
            if !where_.is_empty() { <p class="place-where">{ where_ }</p> }
            <p class="place-position">
                { m.text_with("place-position", &[
                    ("lat", format!("{:.2}", place.lat).into()),
                    ("lon", format!("{:.2}", place.lon).into()),
                    ("km", place.coordinates.precision_km.to_string().into()),
                    ("method", m.text(&format!("place-method-{}", place.coordinates.method)).into()),
                ]) }
            </p>
            if !props.events.is_empty() {
                <h3 class="place-events-title">{ m.text("place-what-happened") }</h3>
                <ul class="place-events">
                    { for props.events.iter().map(|(id, label)| {
                        let (on_event, id) = (props.on_event.clone(), id.clone());
                        html! { <li><button type="button" class="link-button" onclick={Callback::from(move |_: MouseEvent| on_event.emit(id.clone()))}>{ label.clone() }</button></li> }
                    }) }
                </ul>
            }
            <h3 class="place-sources-title">{ m.text("place-named-in") }</h3>
            <ul class="place-sources">
                { for place.sources.iter().map(|s| html! {
                    <li>{ source_title_in(&s.source, &m) }{ if s.section.is_empty() { String::new() } else { format!(", {}", m.text_with("source-section", &[("section", s.section.as_str().into())])) } }</li>
                }) }
            </ul>
        </SidePanel>
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
