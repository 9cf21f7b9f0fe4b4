//! The root component: owns the state, starts the asset load, lays out the page.

use super::{DateControl, LoadError, MapView};
use crate::edge::map_asset::load_base_map;
use crate::state::{Action, AtlasState, MapLoad};
use std::rc::Rc;
use yew::prelude::*;

/// The atlas page: title, map, and the date control below the map (so a hand
/// on a touch screen does not hide what changes).
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(AtlasState::default);

    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            yew::platform::spawn_local(async move {
                match load_base_map().await {
                    Ok(map) => dispatch.dispatch(Action::MapLoaded(Rc::new(map))),
                    Err(e) => dispatch.dispatch(Action::MapFailed { file: e.file, reason: e.reason }),
                }
            });
        });
    }

    let on_date = {
        let dispatch = state.dispatcher();
        Callback::from(move |date| dispatch.dispatch(Action::SetDate(date)))
    };

    html! {
        <div class="atlas">
            <header class="atlas-header">
                <h1>{ "The Ili Rebellion and the East Turkestan Republic, 1944–1949" }</h1>
                <p class="atlas-subtitle">{ "Xinjiang (East Turkestan) and its neighbours" }</p>
            </header>
            <main class="atlas-map">
                {
                    match &state.map {
                        MapLoad::Loading => html! { <p class="map-status" role="status">{ "Loading the map…" }</p> },
                        MapLoad::Ready(map) => html! { <MapView map={map.clone()} /> },
                        MapLoad::Failed { file, reason } => html! { <LoadError file={file.clone()} reason={reason.clone()} /> },
                    }
                }
            </main>
            <footer class="atlas-controls">
                <DateControl timeline={state.timeline} date={state.date} on_change={on_date} />
            </footer>
        </div>
    }
}
