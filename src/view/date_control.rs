//! The date control: a large slider over the timeline, one step per day.

use atlas_core::date::Date;
use atlas_core::timeline::Timeline;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DateControlProps {
    pub timeline: Timeline,
    pub date: Date,
    /// Called with the date the visitor moved to.
    pub on_change: Callback<Date>,
}

/// A native range input, so keyboards, screen readers and touch all work;
/// `aria-valuetext` makes it announce "12 November 1944", not a number.
#[function_component(DateControl)]
pub fn date_control(props: &DateControlProps) -> Html {
    let timeline = props.timeline;
    let oninput = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Ok(offset) = input.value().parse::<i64>() {
                on_change.emit(timeline.date_at(offset));
            }
        })
    };
    let label = props.date.to_string();
    html! {
        <div class="date-control">
            <label class="date-label" for="date-slider">{ "Date" }</label>
            <div class="date-display" id="date-display">{ label.clone() }</div>
            <input
                id="date-slider"
                class="date-slider"
                type="range"
                min="0"
                max={(timeline.len_days() - 1).to_string()}
                step="1"
                value={timeline.offset_of(props.date).to_string()}
                aria-valuetext={label}
                {oninput}
            />
            <div class="date-range" aria-hidden="true">
                <span>{ timeline.start().to_string() }</span>
                <span>{ timeline.end().to_string() }</span>
            </div>
        </div>
    }
}
