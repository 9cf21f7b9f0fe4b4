//! The map on a second date, beside the first: the same view, the zones as
//! they were held then. It reuses the first map's outlines, land, water and
//! labels (`<use>`), so it adds little to the page; its own slider picks the date.

use super::words::use_words;
use super::zone_layer::ZoneLayer;
use crate::state::{Action, SharedGeography};
use atlas_core::date::Date;
use atlas_core::history::at_date::ZoneControl;
use atlas_core::timeline::Timeline;
use atlas_core::viewport::Viewport;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareMapProps {
    pub geography: SharedGeography,
    /// The first map's view (both panes are the same size).
    pub viewport: Viewport,
    pub date: Date,
    /// Who held each zone on `date`.
    pub controls: Vec<Option<ZoneControl>>,
    pub timeline: Timeline,
    pub on_action: Callback<Action>,
}

#[function_component(CompareMap)]
pub fn compare_map(props: &CompareMapProps) -> Html {
    let m = use_words();
    let (width, height) = props.viewport.screen();
    let timeline = props.timeline;
    let date = m.date(props.date);
    let oninput = props.on_action.reform(move |e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Action::Compare(Some(timeline.date_at(input.value().parse().unwrap_or(0))))
    });
    html! {
        <div class="map-pane compare-pane">
            // The labels are the first map's, at its size of type.
            <svg class="map compare-map" role="img" aria-label={m.text_with("compare-map-label", &[("date", date.as_str().into())])}
                 viewBox={format!("0 0 {width} {height}")} font-size={format!("{:.1}px", atlas_core::scene::font_px((width, height)))}>
                <g class="geometry" transform={props.viewport.transform()}>
                    <use href="#geometry-under" />
                    <ZoneLayer geography={props.geography.clone()} controls={props.controls.clone()} define_outlines={false} />
                    <use href="#geometry-over" />
                </g>
                <use href="#map-labels" />
            </svg>
            <div class="compare-bar">
                <label class="compare-label" for="compare-slider">{ m.text("compare-with") }</label>
                <span class="compare-date" id="compare-date">{ date.clone() }</span>
                <input id="compare-slider" class="compare-slider" type="range" min="0" max={(timeline.len_days() - 1).to_string()}
                       value={timeline.offset_of(timeline.clamp(props.date)).to_string()} aria-valuetext={date} {oninput} />
                <button type="button" class="close-button" id="stop-comparing" aria-label={m.text("compare-stop")}
                        onclick={props.on_action.reform(|_: MouseEvent| Action::Compare(None))}>
                    <span aria-hidden="true">{ "×" }</span>
                </button>
            </div>
        </div>
    }
}
