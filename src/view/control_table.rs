//! The text alternative to the map: who held each place and each zone on
//! the day shown, as tables a screen reader reads row by row. Place names
//! are the map's labels.

use super::side_panel::SidePanel;
use super::words::use_words;
use crate::state::SharedGeography;
use atlas_core::history::at_date::{MapState, ZoneControl};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ControlTableProps {
    pub geography: SharedGeography,
    pub map_state: MapState,
    pub on_close: Callback<()>,
}

#[function_component(ControlTable)]
pub fn control_table(props: &ControlTableProps) -> Html {
    let m = use_words();
    let g = &props.geography;
    let history = &g.history;
    let state = &props.map_state;
    let holder = |control: Option<ZoneControl>| match control {
        Some(c) => (history.actors[c.controller].name.clone(), c.certainty.label(&m)),
        None => (m.text("key-no-information"), "—".to_owned()),
    };
    let date = || [("date", m.date(state.date).into())];
    html! {
        <SidePanel class="control-table" title={m.text("table-title")} close_label={m.text("table-close")} on_close={props.on_close.clone()}>
            <p class="table-note">{ m.text("table-note") }</p>
            <table id="places-table">
                <caption>{ m.text_with("table-places-on", &date()) }</caption>
                <thead><tr><th scope="col">{ m.text("table-place") }</th><th scope="col">{ m.text("table-held-by") }</th><th scope="col">{ m.text("table-certainty") }</th></tr></thead>
                <tbody>
                    { for g.places.on_map().filter_map(|p| g.zone_shapes.zone_of(&p.id).map(|z| (p, z))).map(|(place, zone)| {
                        let (who, how) = holder(state.controller_of(zone));
                        html! {
                            <tr data-place={place.id.clone()}>
                                <th scope="row">{ place.label.clone() }<span class="table-zone">{ format!(" ({})", history.zones[zone].name) }</span></th>
                                <td>{ who }</td>
                                <td>{ how }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            <table id="zones-table">
                <caption>{ m.text_with("table-zones-on", &date()) }</caption>
                <thead><tr><th scope="col">{ m.text("table-zone") }</th><th scope="col">{ m.text("table-held-by") }</th><th scope="col">{ m.text("table-since") }</th><th scope="col">{ m.text("table-certainty") }</th></tr></thead>
                <tbody>
                    { for history.zones.iter().enumerate().map(|(i, zone)| {
                        let control = state.controller_of(i);
                        let (who, how) = holder(control);
                        let since = control.map_or(String::new(), |c| zone.control[c.period].from.in_words(&m));
                        html! {
                            <tr data-zone={zone.id.clone()}>
                                <th scope="row">{ zone.name.clone() }</th>
                                <td>{ who }</td>
                                <td>{ since }</td>
                                <td>{ how }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </SidePanel>
    }
}
