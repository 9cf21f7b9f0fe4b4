//! The date control: a large slider over the timeline, one step per day, with
//! the events and contested periods marked on its track, and the player.

use super::words::use_words;
use crate::state::{Action, Speed};
use atlas_core::date::Date;
use atlas_core::history::marks::TrackMarks;
use atlas_core::timeline::Timeline;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement, KeyboardEvent};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DateControlProps {
    pub timeline: Timeline,
    pub date: Date,
    /// What the slider announces: the date and what changed.
    pub announcement: AttrValue,
    pub marks: Rc<TrackMarks>,
    pub playing: bool,
    pub speed: Speed,
    pub looping: bool,
    /// Which parts show (an embed may keep only one).
    #[prop_or(true)]
    pub show_slider: bool,
    #[prop_or(true)]
    pub show_player: bool,
    pub on_action: Callback<Action>,
}

/// Where a point of the track lies, as CSS: the thumb's centre travels
/// from half a thumb in from the left to half a thumb in from the right.
fn track_left(at: f64) -> String {
    format!("calc(var(--thumb) / 2 + {:.4} * (100% - var(--thumb)))", at.clamp(0.0, 1.0))
}

/// The action a key on the slider asks for, if it is one of the slider's own:
/// ←/→ a day, Shift+←/→ a month, PageUp/PageDown the previous/next event,
/// Home/End the ends of the timeline.
pub fn key_action(key: &str, shift: bool, timeline: Timeline) -> Option<Action> {
    Some(match (key, shift) {
        ("ArrowLeft" | "ArrowDown", false) => Action::StepDays(-1),
        ("ArrowRight" | "ArrowUp", false) => Action::StepDays(1),
        ("ArrowLeft" | "ArrowDown", true) => Action::StepMonths(-1),
        ("ArrowRight" | "ArrowUp", true) => Action::StepMonths(1),
        ("PageUp", _) => Action::PreviousEvent,
        ("PageDown", _) => Action::NextEvent,
        ("Home", _) => Action::SetDate(timeline.start()),
        ("End", _) => Action::SetDate(timeline.end()),
        _ => return None,
    })
}

/// A native range input, so that screen readers and touch work as they
/// expect; the keys are the atlas's own (see [`key_action`]).
#[function_component(DateControl)]
pub fn date_control(props: &DateControlProps) -> Html {
    let m = use_words();
    let timeline = props.timeline;
    let oninput = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Ok(offset) = input.value().parse::<i64>() {
                on_action.emit(Action::SetDate(timeline.date_at(offset)));
            }
        })
    };
    let onkeydown = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: KeyboardEvent| {
            if let Some(action) = key_action(&e.key(), e.shift_key(), timeline) {
                e.prevent_default();
                on_action.emit(action);
            }
        })
    };
    // The date's box holds the widest dates of the language, unseen, worked
    // out once: a step's new date is laid out inside it alone (atlas.css: the
    // text is contained) and never moves the player beside it.
    let widest = use_memo((m.language(), Rc::as_ptr(&m) as usize), |_| m.widest_dates());
    html! {
        <div class="date-control">
            <label class="date-label" for="date-slider">{ m.text("date-label") }</label>
            <div class="date-display">
                <span class="date-room" aria-hidden="true">{ for widest.iter().map(|d| html! { <span>{ d.clone() }</span> }) }</span>
                <span class="date-text" id="date-display">{ m.date(props.date) }</span>
            </div>
            if props.show_slider {
            <div class="date-track-area">
                <Track marks={Rc::clone(&props.marks)} />
                <input
                    id="date-slider"
                    class="date-slider"
                    type="range"
                    min="0"
                    max={(timeline.len_days() - 1).to_string()}
                    step="1"
                    value={timeline.offset_of(props.date).to_string()}
                    aria-valuetext={props.announcement.clone()}
                    aria-describedby="date-keys"
                    {oninput}
                    {onkeydown}
                />
            </div>
            <TimelineEnds {timeline} />
            }
            if props.show_player {
            <Player playing={props.playing} speed={props.speed} looping={props.looping} whole={timeline == Timeline::WHOLE} on_action={props.on_action.clone()} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct TimelineEndsProps {
    timeline: Timeline,
}

/// The timeline's first and last days under the track, the track's legend
/// and the slider's keys for a screen reader: apart from the slider, so that
/// a date step does not build them again.
#[function_component(TimelineEnds)]
fn timeline_ends(props: &TimelineEndsProps) -> Html {
    let m = use_words();
    html! {
        <>
            <div class="date-range" aria-hidden="true">
                <span>{ m.date(props.timeline.start()) }</span>
                <span class="track-legend">
                    <span class="track-event"></span>{ " " }{ m.text("track-event") }{ " " }
                    <span class="track-event disputed"></span>{ " " }{ m.text("track-disagree") }{ " " }
                    <span class="track-band contested"></span>{ " " }{ m.text("track-contested") }{ " " }
                    <span class="track-band period"></span>{ " " }{ m.text("track-period") }
                </span>
                <span>{ m.date(props.timeline.end()) }</span>
            </div>
            <p id="date-keys" class="visually-hidden">
                { m.text("slider-keys") }
            </p>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct PlayerProps {
    playing: bool,
    speed: Speed,
    looping: bool,
    /// Whether the slider spans the whole of 1934–1955.
    whole: bool,
    on_action: Callback<Action>,
}

/// The player: previous and next event, play and pause, speed, loop and the
/// timeline's span. Its props do not move with the date.
#[function_component(Player)]
fn player(props: &PlayerProps) -> Html {
    let m = use_words();
    let act = |action: Action| props.on_action.reform(move |_: MouseEvent| action.clone());
    let on_speed = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(speed) = Speed::ALL.into_iter().find(|s| s.days().to_string() == select.value()) {
                on_action.emit(Action::SetSpeed(speed));
            }
        })
    };
    let whole = props.whole;
    html! {
        // Two groups in one row: on a phone the buttons move up beside the date.
        <div class="player-row">
            <div class="player" role="group" aria-label={m.text("player-label")}>
                <button type="button" class="player-button" id="previous-event" onclick={act(Action::PreviousEvent)}>
                    { icon("M11 3 L4 9 L11 15 Z M4 3 V15") }<span class="label">{ m.text("player-previous") }</span>
                </button>
                <button type="button" class="player-button play" id="play" aria-pressed={props.playing.to_string()}
                        onclick={act(Action::Play(!props.playing))}>
                    if props.playing { { icon("M4 3 H8 V15 H4 Z M10 3 H14 V15 H10 Z") }<span class="label">{ m.text("player-pause") }</span> } else { { icon("M4 3 L15 9 L4 15 Z") }<span class="label">{ m.text("player-play") }</span> }
                </button>
                <button type="button" class="player-button" id="next-event" onclick={act(Action::NextEvent)}>
                    <span class="label">{ m.text("player-next") }</span>{ icon("M7 3 L14 9 L7 15 Z M14 3 V15") }
                </button>
            </div>
            <div class="player-options">
                <label class="player-option">
                    <span class="visually-hidden">{ m.text("player-speed") }</span>
                    <select id="speed" onchange={on_speed}>
                        { for Speed::ALL.iter().map(|s| html! {
                            <option value={s.days().to_string()} selected={*s == props.speed}>{ m.text(s.label_id()) }</option>
                        }) }
                    </select>
                </label>
                <label class="player-option">
                    <input type="checkbox" id="loop" checked={props.looping}
                           onchange={props.on_action.reform({ let on = !props.looping; move |_: Event| Action::SetLooping(on) })} />
                    { m.text("player-loop") }
                </label>
                <label class="player-option">
                    <input type="checkbox" id="whole-span" checked={whole}
                           onchange={props.on_action.reform(move |_: Event| Action::ShowWholeSpan(!whole))} />
                    <span class="long">{ m.text("player-whole-span") }{ " " }</span>{ "(1934–1955)" }
                </label>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct TrackProps {
    marks: Rc<TrackMarks>,
}

/// The marks on the slider's track, apart from the slider so that a date
/// step does not redraw them.
#[function_component(Track)]
fn track(props: &TrackProps) -> Html {
    let marks = &props.marks;
    // The marks are placed through the CSSOM once drawn, in the order drawn:
    // a strict Content-Security-Policy refuses style attributes.
    let track = use_node_ref();
    {
        let track = track.clone();
        use_effect_with(props.marks.clone(), move |marks| place_marks(&track, marks));
    }
    let band = |class: &'static str, b: &atlas_core::history::marks::Band| {
        html! {
            <span class={classes!("track-band", class)} title={b.label.clone()}></span>
        }
    };
    html! {
        <div class="date-track" aria-hidden="true" ref={track}>
            { for marks.periods.iter().map(|b| band("period", b)) }
            { for marks.contested.iter().map(|b| band("contested", b)) }
            { for marks.events.iter().map(|m| html! {
                <span class={classes!("track-event", m.disputed.then_some("disputed"))}></span>
            }) }
        </div>
    }
}

/// Each mark's `left`, and a band's `width`, in the order [`Track`] draws them.
fn mark_positions(marks: &TrackMarks) -> impl Iterator<Item = (String, Option<String>)> + '_ {
    let band = |b: &atlas_core::history::marks::Band| {
        (track_left(b.from), Some(format!("calc({:.4} * (100% - var(--thumb)))", (b.to - b.from).max(0.002))))
    };
    let events = marks.events.iter().map(|m| (track_left(m.at), None));
    marks.periods.iter().map(band).chain(marks.contested.iter().map(band)).chain(events)
}

fn place_marks(track: &NodeRef, marks: &TrackMarks) {
    let Some(track) = track.cast::<web_sys::Element>() else { return };
    let children = track.children();
    for (i, (left, width)) in (0..).zip(mark_positions(marks)) {
        let Some(style) = children.item(i).and_then(|c| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(c).ok()).map(|c| c.style())
        else {
            continue;
        };
        let _ = style.set_property("left", &left);
        if let Some(width) = width {
            let _ = style.set_property("width", &width);
        }
    }
}

/// A small drawn icon (fonts on a kiosk may lack the media symbols).
fn icon(d: &'static str) -> Html {
    html! {
        <svg class="icon" viewBox="0 0 18 18" width="18" height="18" aria-hidden="true" focusable="false">
            <path d={d} />
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_slider_keys_move_by_day_month_and_event() {
        let t = Timeline::DEFAULT;
        assert_eq!(key_action("ArrowRight", false, t), Some(Action::StepDays(1)));
        assert_eq!(key_action("ArrowLeft", true, t), Some(Action::StepMonths(-1)));
        assert_eq!(key_action("PageDown", false, t), Some(Action::NextEvent));
        assert_eq!(key_action("PageUp", false, t), Some(Action::PreviousEvent));
        assert_eq!(key_action("End", false, t), Some(Action::SetDate(t.end())));
        assert_eq!(key_action("a", false, t), None);
    }
}
