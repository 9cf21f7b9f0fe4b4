//! "Embed this view": the `<iframe>` a website pastes to show what is on
//! screen now, with a choice of size and of the controls to keep.

use super::side_panel::SidePanel;
use super::words::use_words;
use atlas_core::embed_snippet::iframe;
use atlas_core::mode::Control;
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
const SIZES: [(u32, u32, &str); 4] =
    [(800, 600, "embed-size-article"), (640, 480, "embed-size-medium"), (1200, 800, "embed-size-page"), (320, 240, "embed-size-small")];

#[function_component(EmbedDialog)]
pub fn embed_dialog(props: &EmbedDialogProps) -> Html {
    let m = use_words();
    let size = use_state(|| 0usize);
    let controls = use_state(|| props.view.controls);
    let (width, height, _) = SIZES[*size];
    let view = UrlState { controls: *controls, ..props.view.clone() };
    let snippet = iframe(&props.page, &view, width, height, &m.text("embed-frame-title"));
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
            controls.set(controls.toggled(control));
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
        <SidePanel class="embed-dialog" title={m.text("embed-title")} close_label={m.text("embed-close")} on_close={props.on_close.clone()}>
            <p>{ m.text("embed-intro") }</p>
            <label class="embed-field">
                { m.text("embed-size") }
                <select id="embed-size" onchange={on_size}>
                    { for SIZES.iter().enumerate().map(|(i, (w, h, label))| html! {
                        <option value={i.to_string()} selected={i == *size}>{ m.text_with(label, &[("width", w.to_string().into()), ("height", h.to_string().into())]) }</option>
                    }) }
                </select>
            </label>
            <fieldset class="embed-controls">
                <legend>{ m.text("embed-show") }</legend>
                { for Control::ALL.into_iter().map(|c| html! {
                    <label>
                        <input type="checkbox" id={format!("embed-show-{}", c.id())} checked={controls.shows(c)} onchange={toggle(c)} />
                        { m.text(&format!("embed-show-{}", c.id())) }
                    </label>
                }) }
            </fieldset>
            <label class="embed-field" for="embed-snippet">{ m.text("embed-html") }</label>
            <textarea id="embed-snippet" class="embed-snippet" readonly=true rows="5" value={snippet} />
            <button type="button" class="action-button" id="copy-embed" onclick={copy}>{ m.text("embed-copy") }</button>
            <p class="embed-copied" role="status">
                { match *copied {
                    Some(true) => m.text("embed-copied"),
                    Some(false) => m.text("embed-copy-refused"),
                    None => String::new(),
                } }
            </p>
            <p class="embed-note">{ m.text("embed-note") }</p>
        </SidePanel>
    }
}
