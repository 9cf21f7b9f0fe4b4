//! The Export control in the header: save the view as SVG or PNG, or print
//! it. A disclosure: the button (an icon named "Export this view") shows
//! three buttons under it; Escape or a choice closes them and gives the
//! focus back to the button. A polite status says what was saved, or why it
//! could not be.

use super::words::use_words;
use crate::edge::export::{print, save, Format};
use crate::state::{Latest, SharedGeography};
use atlas_core::date::Date;
use atlas_core::history::at_date::MapState;
use atlas_core::i18n::messages::Messages;
use atlas_core::snapshot::Snapshot;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{FocusEvent, HtmlElement, KeyboardEvent, Node};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExportMenuProps {
    pub geography: SharedGeography,
    /// The view on screen, read when a picture is made: a date step does not
    /// redraw the menu.
    pub view: Latest<Option<ExportedView>>,
}

/// What a saved picture shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ExportedView {
    /// The day shown (the map on it is computed when a picture is made, not
    /// copied on every render).
    pub date: Date,
    /// The event on show, an index into the history's events.
    pub event: Option<usize>,
    /// Pixels per kilometre on the map, for the picture's scale bar.
    pub px_per_km: Option<f64>,
}

/// How long the status stays on screen.
const STATUS_MS: u32 = 8000;

#[function_component(ExportMenu)]
pub fn export_menu(props: &ExportMenuProps) -> Html {
    let m = use_words();
    let open = use_state(|| false);
    let status = use_state(String::new);
    let status_timer = use_mut_ref(|| None::<Timeout>);
    let button = use_node_ref();

    let say = {
        let (status, status_timer) = (status.clone(), status_timer.clone());
        move |text: String| {
            status.set(text);
            let status = status.clone();
            *status_timer.borrow_mut() = Some(Timeout::new(STATUS_MS, move || status.set(String::new())));
        }
    };
    let close = {
        let (open, button) = (open.clone(), button.clone());
        move || {
            open.set(false);
            if let Some(button) = button.cast::<HtmlElement>() {
                let _ = button.focus();
            }
        }
    };
    let toggle = {
        let (open, status) = (open.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            // The options open where the status shows.
            status.set(String::new());
            open.set(!*open);
        })
    };
    let onkeydown = {
        let (open, close) = (open.clone(), close.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && *open {
                e.prevent_default();
                close();
            }
        })
    };
    // The options close when the focus moves on to something else on the page.
    let onfocusout = {
        let open = open.clone();
        Callback::from(move |e: FocusEvent| {
            let (Some(menu), Some(to)) =
                (e.current_target().and_then(|t| t.dyn_into::<Node>().ok()), e.related_target().and_then(|t| t.dyn_into::<Node>().ok()))
            else {
                return;
            };
            if !menu.contains(Some(&to)) {
                open.set(false);
            }
        })
    };
    let choose = |format: Option<Format>| {
        let (close, say, m) = (close.clone(), say.clone(), m.clone());
        let (geography, view) = (props.geography.clone(), props.view.clone());
        Callback::from(move |_: MouseEvent| {
            close();
            let Some(format) = format else {
                if let Err(e) = print() {
                    gloo::console::warn!(format!("Printing failed: {}", e.in_words(&Messages::english())));
                    say(m.text_with("export-print-failed", &[("reason", e.in_words(&m).into())]));
                }
                return;
            };
            let Some(ExportedView { date, event, px_per_km }) = *view.borrow() else { return };
            let snapshot = Snapshot::new(&geography, &MapState::on(&geography.history, date), event, &m);
            let (say, m) = (say.clone(), m.clone());
            say(m.text_with("export-making", &[("format", format.label().into())]));
            yew::platform::spawn_local(async move {
                match save(format, &snapshot, px_per_km, &m).await {
                    Ok(name) => say(m.text_with("export-saved", &[("file", name.into())])),
                    Err(e) => {
                        gloo::console::warn!(format!("The {} could not be made: {}", format.label(), e.in_words(&Messages::english())));
                        say(m.text_with("export-failed", &[("format", format.label().into()), ("reason", e.in_words(&m).into())]));
                    }
                }
            });
        })
    };
    html! {
        <div class="export-menu" {onkeydown} {onfocusout}>
            // An icon, so that the title keeps its room beside the header's other buttons.
            <button type="button" class="header-button export-button" id="open-export" ref={button} aria-expanded={open.to_string()}
                    aria-controls={open.then_some("export-options")} title={m.text("export-title")} onclick={toggle}>
                <svg class="export-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M12 3v11M7 9.5l5 5 5-5M4 16v4h16v-4" />
                </svg>
                <span class="visually-hidden">{ m.text("export-label") }</span>
            </button>
            if *open {
                <ul class="export-options" id="export-options" aria-label={m.text("export-label")}>
                    <li><button type="button" class="export-option" id="export-svg" onclick={choose(Some(Format::Svg))}>{ m.text("export-svg") }</button></li>
                    <li><button type="button" class="export-option" id="export-png" onclick={choose(Some(Format::Png))}>{ m.text("export-png") }</button></li>
                    <li><button type="button" class="export-option" id="export-print" onclick={choose(None)}>{ m.text("export-print") }</button></li>
                </ul>
            }
            <p class="export-status" id="export-status" role="status">{ (*status).clone() }</p>
        </div>
    }
}
