//! The panel beside (or below) the map that holds a place's card or "About
//! this map": a heading that takes focus when it opens, a close button, and
//! Escape to close.

use web_sys::KeyboardEvent;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SidePanelProps {
    /// The heading, and the panel's accessible name.
    pub title: AttrValue,
    /// What the close button says to a screen reader.
    pub close_label: AttrValue,
    pub on_close: Callback<()>,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub children: Html,
}

#[function_component(SidePanel)]
pub fn side_panel(props: &SidePanelProps) -> Html {
    let heading_ref = use_node_ref();
    // Move focus to the heading whenever the panel opens on something new, so
    // keyboard and screen-reader users land on what they asked for.
    {
        let heading_ref = heading_ref.clone();
        use_effect_with(props.title.clone(), move |_| {
            if let Some(heading) = heading_ref.cast::<web_sys::HtmlElement>() {
                let _ = heading.focus();
            }
        });
    }
    let close = props.on_close.reform(|_: MouseEvent| ());
    let onkeydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                on_close.emit(());
            }
        })
    };
    html! {
        <section class={classes!("side-panel", props.class.clone())} aria-labelledby="side-panel-title" {onkeydown}>
            <div class="side-panel-head">
                <h2 id="side-panel-title" tabindex="-1" ref={heading_ref}>{ props.title.clone() }</h2>
                <button type="button" class="close-button" aria-label={props.close_label.clone()} onclick={close}>
                    <span aria-hidden="true">{ "×" }</span>
                </button>
            </div>
            { props.children.clone() }
        </section>
    }
}
