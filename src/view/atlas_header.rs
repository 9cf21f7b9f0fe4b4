//! The page's header: the title, and once the data is in, the buttons that
//! open the table, the sources, export, the comparison and the embed code,
//! and the language picker.
//!
//! Its props hold nothing that moves with the date, so that a date step
//! does not redraw it.

use super::export_menu::ExportedView;
use super::words::use_words;
use super::ExportMenu;
use crate::state::{Action, Latest, SharedGeography};
use atlas_core::date::Date;
use atlas_core::i18n::messages::Messages;
use atlas_core::i18n::Language;
use atlas_core::mode::Mode;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AtlasHeaderProps {
    pub mode: Mode,
    /// None until the data is in (the buttons wait for it).
    pub geography: Option<SharedGeography>,
    pub language: Language,
    pub table_open: bool,
    pub about_open: bool,
    pub embed_open: bool,
    pub comparing: bool,
    /// The date the comparison opens on (the timeline's end, or its start
    /// when the end is shown).
    pub compare_default: Date,
    /// What the export menu saves.
    pub export_view: Latest<Option<ExportedView>>,
    /// The title's press and release (kiosk mode's way out for staff).
    pub on_title_down: Callback<PointerEvent>,
    pub on_title_up: Callback<PointerEvent>,
    pub on_action: Callback<Action>,
}

#[function_component(AtlasHeader)]
pub fn atlas_header(props: &AtlasHeaderProps) -> Html {
    let m = use_words();
    let on_action = &props.on_action;
    let mode = props.mode;
    let toggle = |open: bool, action: fn(bool) -> Action| on_action.reform(move |_: MouseEvent| action(!open));
    let on_language = on_action.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        Action::SetLanguage(Language::from_tag(&select.value()).unwrap_or_default())
    });
    let (comparing, compare_default) = (props.comparing, props.compare_default);
    html! {
        <header class="atlas-header">
            <h1 onpointerdown={props.on_title_down.clone()} onpointerup={props.on_title_up.clone()} onpointerleave={props.on_title_up.clone()} onpointercancel={props.on_title_up.clone()}>
                { m.text("atlas-title") }
            </h1>
            <p class="atlas-subtitle">{ m.text("atlas-subtitle") }</p>
            if let Some(geography) = &props.geography {
                <div class="header-buttons">
                    <button type="button" class="header-button" id="open-table" aria-expanded={props.table_open.to_string()}
                            onclick={toggle(props.table_open, Action::ShowTable)}>{ two_lengths(&m, "button-table") }</button>
                    <button type="button" class="header-button" aria-expanded={props.about_open.to_string()}
                            onclick={toggle(props.about_open, Action::ShowAbout)}>{ two_lengths(&m, "button-about") }</button>
                    // Export and print; not on a museum wall, nor inside another site's frame.
                    if matches!(mode, Mode::Explore | Mode::Present) {
                        <ExportMenu geography={geography.clone()} view={props.export_view.clone()} />
                    }
                    if mode == Mode::Kiosk {
                        <button type="button" class="header-button" id="fullscreen" onclick={Callback::from(|_: MouseEvent| crate::edge::page::enter_fullscreen())}>{ m.text("kiosk-fullscreen") }</button>
                    }
                    if mode != Mode::Kiosk {
                        <button type="button" class="header-button compare-button" id="compare" aria-pressed={comparing.to_string()}
                                onclick={on_action.reform(move |_: MouseEvent| Action::Compare((!comparing).then_some(compare_default)))}>{ two_lengths(&m, "button-compare") }</button>
                    }
                    if mode != Mode::Present && mode != Mode::Kiosk {
                        <button type="button" class="header-button embed-button" id="open-embed" aria-expanded={props.embed_open.to_string()}
                                onclick={toggle(props.embed_open, Action::ShowEmbed)}>{ two_lengths(&m, "button-embed") }</button>
                    }
                    <label class="language-picker">
                        <span class="visually-hidden">{ m.text("language-label") }</span>
                        <select id="language" onchange={on_language}>
                            { for Language::ALL.iter().map(|l| html! {
                                <option value={l.code()} lang={l.code()} selected={*l == props.language}>{ l.own_name() }</option>
                            }) }
                        </select>
                    </label>
                </div>
            }
        </header>
    }
}

/// A button's words at two lengths: the whole on wide screens, the short
/// form where room is scarce (CSS chooses; a screen reader reads the whole).
fn two_lengths(m: &Messages, id: &str) -> Html {
    html! {
        <>
            <span class="long">{ m.text(&format!("{id}-long")) }</span>
            <span class="short" aria-hidden="true">{ m.text(id) }</span>
        </>
    }
}
