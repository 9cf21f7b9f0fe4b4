//! "About this map": where every line on the map comes from, what was done
//! to it, and the caveats a historian would raise.

use super::side_panel::SidePanel;
use super::words::use_words;
use atlas_core::map::provenance::Provenance;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AboutPanelProps {
    pub provenance: Provenance,
    pub on_close: Callback<()>,
}

#[function_component(AboutPanel)]
pub fn about_panel(props: &AboutPanelProps) -> Html {
    let m = use_words();
    let p = &props.provenance;
    html! {
        <SidePanel class="about-panel" title={m.text("about-title")} close_label={m.text("about-close")} on_close={props.on_close.clone()}>
            <p>{ p.caveat.clone() }</p>
            <p class="about-language-note">{ m.text("about-in-english") }</p>
            <h3>{ m.text("about-sources") }</h3>
            <ul class="about-sources">
                { for p.sources.iter().map(|s| html! {
                    <li>
                        <strong>{ s.name.clone() }</strong>{ format!(" — {}. ", s.licence) }
                        <span class="about-used">{ m.text_with("about-used-for", &[("use", s.used_for.as_str().into())]) }{ " " }</span>
                        { s.what_was_done.clone() }
                    </li>
                }) }
            </ul>
            <h3>{ m.text("about-how-drawn") }</h3>
            <dl class="about-method">
                <dt>{ m.text("about-projection") }</dt><dd>{ format!("{}: {}", p.projection.name, p.projection.parameters) }</dd>
                <dt>{ m.text("about-simplification") }</dt><dd>{ p.simplification.clone() }</dd>
                <dt>{ m.text("about-precision") }</dt><dd>{ p.quantisation.clone() }</dd>
            </dl>
        </SidePanel>
    }
}
