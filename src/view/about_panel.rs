//! "About this map": where every line on the map comes from, what was done
//! to it, and the caveats a historian would raise.

use atlas_core::map::provenance::Provenance;
use super::side_panel::SidePanel;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AboutPanelProps {
    pub provenance: Provenance,
    pub on_close: Callback<()>,
}

#[function_component(AboutPanel)]
pub fn about_panel(props: &AboutPanelProps) -> Html {
    let p = &props.provenance;
    html! {
        <SidePanel class="about-panel" title="About this map" close_label="Close “About this map”" on_close={props.on_close.clone()}>
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
        </SidePanel>
    }
}
