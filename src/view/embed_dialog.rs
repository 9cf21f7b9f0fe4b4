//! "Embed this view": the `<iframe>` a website pastes to show what is on
//! screen now, with a choice of size and of the controls to keep.

use super::side_panel::SidePanel;
use atlas_core::embed_snippet::iframe;
use atlas_core::mode::{Control, Controls};
use atlas_core::url_state::UrlState;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    /// The view on screen now, as a link holds it.
    pub view: UrlState,
    /// The atlas's address without a query.
    pub page: AttrValue,
    pub on_close: Callback<()>,
}

/// Frame sizes to choose from: width, height, and what they suit.
const SIZES: [(u32, u32, &str); 4] = [
    (800, 600, "800 × 600, an article's width"),
    (640, 480, "640 × 480"),
    (1200, 800, "1200 × 800, a full page"),
    (320, 240, "320 × 240, a small box"),
];

#[function_component(EmbedDialog)]
pub fn embed_dialog(props: &EmbedDialogProps) -> Html {
    let size = use_state(|| 0usize);
    let controls = use_state(|| props.view.controls);
    let (width, height, _) = SIZES[*size];
    let view = UrlState { controls: *controls, ..props.view.clone() };
    let snippet = iframe(&props.page, &view, width, height);
    let on_size = {
        let size = size.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            size.set(select.value().parse().unwrap_or(0).min(SIZES.len() - 1));
        })
    };
    let toggle = |control: Control| {
        let controls = controls.clone();
        Callback::from(move |_: Event| {
            let now = *controls;
            controls.set(Control::ALL.into_iter().filter(|&c| now.shows(c) != (c == control)).fold(Controls::NONE, Controls::with));
        })
    };
    let copied = use_state(|| None::<bool>);
    let copy = {
        let (snippet, copied) = (snippet.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let (snippet, copied) = (snippet.clone(), copied.clone());
            yew::platform::spawn_local(async move { copied.set(Some(crate::edge::page::copy_text(&snippet).await)) });
        })
    };
    html! {
        <SidePanel class="embed-dialog" title="Embed this view" close_label="Close “Embed this view”" on_close={props.on_close.clone()}>
            <p>{ "Paste this into a web page to show the atlas on this date and view. Visitors can still explore from there." }</p>
            <label class="embed-field">
                { "Size" }
                <select id="embed-size" onchange={on_size}>
                    { for SIZES.iter().enumerate().map(|(i, (_, _, label))| html! {
                        <option value={i.to_string()} selected={i == *size}>{ *label }</option>
                    }) }
                </select>
            </label>
            <fieldset class="embed-controls">
                <legend>{ "Show" }</legend>
                { for Control::ALL.into_iter().map(|c| html! {
                    <label>
                        <input type="checkbox" id={format!("embed-show-{}", c.id())} checked={controls.shows(c)} onchange={toggle(c)} />
                        { control_label(c) }
                    </label>
                }) }
            </fieldset>
            <label class="embed-field" for="embed-snippet">{ "HTML to paste" }</label>
            <textarea id="embed-snippet" class="embed-snippet" readonly=true rows="5" value={snippet} />
            <button type="button" class="action-button" id="copy-embed" onclick={copy}>{ "Copy the HTML" }</button>
            <p class="embed-copied" role="status">
                { match *copied {
                    Some(true) => "Copied.",
                    Some(false) => "This browser did not allow copying: select the HTML above and copy it.",
                    None => "",
                } }
            </p>
            <p class="embed-note">{ "The frame sets no cookies and makes no requests beyond this atlas. A page that wants to steer it or follow its date can use its message interface, described in the atlas's documentation for hosts." }</p>
        </SidePanel>
    }
}

fn control_label(control: Control) -> &'static str {
    match control {
        Control::Header => "Title and buttons",
        Control::Slider => "Time slider",
        Control::Player => "Play and event buttons",
        Control::Zoom => "Zoom buttons",
        Control::Key => "Key to the colours",
        Control::Panel => "Event and place cards",
        Control::Inset => "Map of Asia",
    }
}
