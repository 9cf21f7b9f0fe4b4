//! "About this map": where every line on the map comes from, what was done
//! to it, and the caveats a historian would raise.

use atlas_core::map::provenance::Provenance;
use web_sys::KeyboardEvent;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AboutPanelProps {
    pub provenance: Provenance,
    pub on_close: Callback<()>,
}

#[function_component(AboutPanel)]
pub fn about_panel(props: &AboutPanelProps) -> Html {
    let p = &props.provenance;
    let heading_ref = use_node_ref();
    {
        let heading_ref = heading_ref.clone();
        use_effect_with((), move |_| {
            if let Some(heading) = heading_ref.cast::<web_sys::HtmlElement>() {
                let _ = heading.focus();
            }
        });
    }
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    let onkeydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                on_close.emit(());
            }
        })
    };
    html! {
        <section class="about-panel" aria-labelledby="about-title" {onkeydown}>
            <div class="place-card-head">
                <h2 id="about-title" tabindex="-1" ref={heading_ref}>{ "About this map" }</h2>
                <button type="button" class="close-button" aria-label="Close “About this map”" onclick={close}>
                    <span aria-hidden="true">{ "×" }</span>
                </button>
            </div>
            <p>{ p.caveat.clone() }</p>
            <h3>{ "Sources" }</h3>
            <ul class="about-sources">
                { for p.sources.iter().map(|s| html! {
                    <li>
                        <strong>{ s.name.clone() }</strong>{ format!(" — {}. ", s.licence) }
                        <span class="about-used">{ format!("Used for {}. ", s.used_for) }</span>
                        { s.what_was_done.clone() }
                    </li>
                }) }
            </ul>
            <h3>{ "How it is drawn" }</h3>
            <dl class="about-method">
                <dt>{ "Projection" }</dt><dd>{ format!("{}: {}", p.projection.name, p.projection.parameters) }</dd>
                <dt>{ "Simplification" }</dt><dd>{ p.simplification.clone() }</dd>
                <dt>{ "Precision" }</dt><dd>{ p.quantisation.clone() }</dd>
            </dl>
        </section>
    }
}
