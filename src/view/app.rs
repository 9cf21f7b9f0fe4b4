//! The root component: owns the state, starts the data load, lays out the page.

use super::{
    AboutPanel, AtlasHeader, CompareMap, ControlTable, DateControl, EmbedDialog, EventPanel, ExportedView, KioskOverlay, LoadError,
    LocatorInset, MapControls, MapKey, MapView, PlaceCard, PrintSheet,
};
use crate::edge::element_size::{use_element_size, use_measured_size};
use crate::edge::host_page::{use_host_commands, use_host_notices};
use crate::edge::kiosk_clock::use_kiosk_clock;
use crate::edge::map_asset::{load_atlas, load_settings};
use crate::edge::page::{browser_language, use_document_language};
use crate::edge::player::use_player;
use crate::edge::presenter_keys::use_presenter_keys;
use crate::edge::url::{read as read_url, use_url_sync};
use crate::state::{Action, AtlasState, Latest, MapLoad, Shared, SharedWords, ViewAction};
use atlas_core::history::marks::TrackMarks;
use atlas_core::history::Certainty;
use atlas_core::labels::Rect;
use atlas_core::mode::{Control, Mode};
use atlas_core::settings::EmbedSettings;
use atlas_core::viewport::Padding;
use std::rc::Rc;
use yew::prelude::*;

/// Margin of the overlays from the map's edges, in pixels (see atlas.css).
const OVERLAY_MARGIN: f64 = 8.0;

/// Map areas at least this wide carry the key at the top left, over the
/// steppe north-west of the province; narrower ones at the bottom right (see
/// [`KeyCorner`]; atlas.css hides the locator inset below the same width).
/// Wide screens show the province's south-west corner (Kashgar, the Pamirs)
/// near the left edge, where a key at the bottom would hide it.
const KEY_ON_TOP_WIDTH: f64 = 600.0;

/// Where the map's key sits over the map.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum KeyCorner {
    /// Wide maps: over the steppe north-west of the province.
    TopLeft,
    /// Narrow maps (phones, a tablet beside the event panel), which leave out
    /// the locator inset (atlas.css): the south-west holds Kashgar and
    /// Tashkurgan, which a key at the bottom left would hide; the south-east
    /// (the desert towards Qinghai) has no place to find. The corner is the
    /// map's, so it does not change sides right to left.
    BottomRight,
}

impl KeyCorner {
    fn of(map_width: f64) -> KeyCorner {
        if map_width >= KEY_ON_TOP_WIDTH {
            KeyCorner::TopLeft
        } else {
            KeyCorner::BottomRight
        }
    }

    fn class(self) -> &'static str {
        match self {
            KeyCorner::TopLeft => "top-left",
            KeyCorner::BottomRight => "bottom-east",
        }
    }
}

/// Where the key lies on a map of `map` CSS pixels: the top left corner of
/// a wide map (the top right, right to left), the south-east of a narrow one
/// (placed by the map, not the text, so it does not change sides).
fn key_rect(map: (f64, f64), key: (f64, f64), right_to_left: bool) -> Rect {
    match KeyCorner::of(map.0) {
        KeyCorner::TopLeft if right_to_left => Rect { x: map.0 - key.0 - OVERLAY_MARGIN, y: OVERLAY_MARGIN, width: key.0, height: key.1 },
        KeyCorner::TopLeft => Rect { x: OVERLAY_MARGIN, y: OVERLAY_MARGIN, width: key.0, height: key.1 },
        KeyCorner::BottomRight => {
            Rect { x: map.0 - key.0 - OVERLAY_MARGIN, y: map.1 - key.1 - OVERLAY_MARGIN, width: key.0, height: key.1 }
        }
    }
}

/// What the opening view keeps clear so that no place lies under the key
/// (on a 1024 x 768 projector the key at the top left hid Tarbagatay, one of
/// the Three Districts): `Viewport::padding_clear_of` for the state's map.
pub fn opening_padding(state: &AtlasState, key: (f64, f64)) -> Padding {
    let (Some(geography), Some(viewport)) = (state.geography(), state.viewport) else { return Padding::default() };
    let r = key_rect(viewport.screen(), key, state.words.0.language().is_right_to_left());
    let places: Vec<(f64, f64)> = geography.places.on_map().map(|p| p.xy).collect();
    viewport.padding_clear_of((r.x, r.y, r.width, r.height), &places)
}

/// The page as the build draws it for the first view, before the module runs
/// (`examples/first_view.rs`): a state with the data loaded and the map
/// measured, and the sizes the overlays on the map take.
#[derive(Clone, PartialEq, Debug)]
pub struct Prerender {
    pub state: AtlasState,
    /// Width and height of the key, the zoom buttons and the locator inset.
    pub overlays: [(f64, f64); 3],
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Only for the build's first view; in the browser the atlas starts from
    /// the address and loads its data.
    #[prop_or_default]
    pub prerender: Option<Rc<Prerender>>,
}

/// The atlas page: title, map, and the date control below the map (so a hand
/// on a touch screen does not hide what changes).
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let prerender = props.prerender.clone();
    let state =
        use_reducer(|| prerender.as_ref().map_or_else(|| AtlasState::from_url(read_url(), browser_language()), |p| p.state.clone()));
    let m = state.words.0.clone();
    let map_area = use_node_ref();
    // Overlays on the map, measured so that labels keep clear of them.
    let key_ref = use_node_ref();
    let key_size = use_measured_size(key_ref.clone());
    let controls_ref = use_node_ref();
    let controls_size = use_measured_size(controls_ref.clone());
    let inset_ref = use_node_ref();
    let inset_size = use_measured_size(inset_ref.clone());
    let [key_size, controls_size, inset_size] = props.prerender.as_ref().map_or([key_size, controls_size, inset_size], |p| p.overlays);
    {
        // The opening view keeps its places out from under the key, once it is measured.
        // Worked out again only when the map's size, the key's or the data change, not on every step.
        let inputs = (state.viewport.map(|v| v.screen()), key_size, state.language, state.geography().is_some());
        let padding = *use_memo(inputs, |_| opening_padding(&state, key_size));
        let dispatch = state.dispatcher();
        use_effect_with(padding, move |&padding| dispatch.dispatch(Action::Padding(padding)));
    }

    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            yew::platform::spawn_local(async move {
                let (settings, notes) = load_settings().await;
                dispatch.dispatch(Action::SettingsLoaded { settings, notes });
            });
        });
    }
    {
        // The data, in the language in use (again whenever it changes).
        let dispatch = state.dispatcher();
        use_effect_with(state.language, move |&language| {
            yew::platform::spawn_local(async move {
                match load_atlas(language).await {
                    Ok(atlas) => {
                        dispatch.dispatch(Action::MapLoaded(atlas.geography.into(), Shared(atlas.words), language));
                        if !atlas.notes.is_empty() {
                            dispatch.dispatch(Action::Notes(atlas.notes));
                        }
                    }
                    Err(e) => dispatch.dispatch(Action::MapFailed { file: e.file, reason: e.reason }),
                }
            });
        });
    }
    {
        let dispatch = state.dispatcher();
        use_element_size(map_area.clone(), Callback::from(move |(w, h)| dispatch.dispatch(Action::Resize(w, h))));
    }

    // Callbacks are made once: a new callback on every render would make
    // every child's props differ, and redraw the whole map on each date step.
    let on_action = {
        let dispatch = state.dispatcher();
        use_callback((), move |action: Action, _| dispatch.dispatch(action))
    };
    use_player(state.playing, on_action.reform(|()| Action::Tick));
    use_url_sync(state.url().to_query(), state.geography().is_some());
    use_document_language(state.words.0.language(), m.text("atlas-title"));
    let mode = state.mode;
    let shows = |control: Control| state.controls.shows(control);
    use_kiosk_clock(state.kiosk.is_some(), on_action.clone());
    use_presenter_keys(mode == Mode::Present, state.blank, on_action.clone());
    // Until the settings are read, no page may steer the atlas.
    let embed = state.settings.as_ref().map_or(EmbedSettings { allowed_origins: vec![] }, |s| s.embed.clone());
    use_host_commands(embed.clone(), on_action.clone());
    use_host_notices(
        state.geography().is_some() && state.settings.is_some(),
        state.date,
        state.selected_event.clone(),
        state.selected_place.clone(),
        embed,
    );
    let geography = state.geography().cloned();
    let marks = use_memo((geography.clone(), state.timeline, state.words.clone()), |(g, timeline, words)| {
        g.as_ref().map_or_else(TrackMarks::default, |g| TrackMarks::new(&g.history, *timeline, words))
    });
    let shown_event = state.shown_event();
    let on_view = {
        let dispatch = state.dispatcher();
        use_callback((), move |view: ViewAction, _| dispatch.dispatch(Action::View(view)))
    };
    let on_select = {
        let dispatch = state.dispatcher();
        use_callback((), move |id: Option<String>, _| dispatch.dispatch(Action::SelectPlace(id)))
    };
    let on_close = {
        let dispatch = state.dispatcher();
        use_callback((), move |(), _| dispatch.dispatch(Action::SelectPlace(None)))
    };
    let on_about = |open: bool| {
        let dispatch = state.dispatcher();
        Callback::from(move |()| dispatch.dispatch(Action::ShowAbout(open)))
    };

    // The map is ready once its data has arrived and its area is measured.
    let ready = geography.clone().zip(state.viewport);
    // The build's first view gives way once there is a map, or a message in its place.
    let settled = ready.is_some() || matches!(state.map, MapLoad::Failed { .. });
    use_effect_with(settled, |&settled| {
        if settled {
            crate::edge::page::end_first_view();
        }
    });
    let map = match (&state.map, &ready) {
        (MapLoad::Failed { file, reason }, _) => html! { <LoadError file={file.clone()} reason={reason.in_words(&m)} /> },
        (_, None) => html! { <p class="map-status" role="status">{ m.text("loading-map") }</p> },
        (_, Some((geography, viewport))) => {
            let viewport = *viewport;
            let (width, height) = viewport.screen();
            let mut reserved = vec![
                Rect { x: width - controls_size.0 - OVERLAY_MARGIN, y: OVERLAY_MARGIN, width: controls_size.0, height: controls_size.1 },
                Rect {
                    x: width - inset_size.0 - OVERLAY_MARGIN,
                    y: height - inset_size.1 - OVERLAY_MARGIN,
                    width: inset_size.0,
                    height: inset_size.1,
                },
            ];
            // Right to left, the overlays change sides (see atlas.css).
            if state.words.0.language().is_right_to_left() {
                for r in &mut reserved {
                    r.x = width - r.x - r.width;
                }
            }
            reserved.push(key_rect((width, height), key_size, state.words.0.language().is_right_to_left()));
            // The places of the event on show and of every event that begins on
            // the day (not those of long spans under way, which would ring half the map).
            let mut highlighted: Vec<String> = shown_event
                .into_iter()
                .chain(state.map_state.events_today.clone())
                .flat_map(|i| geography.history.events[i].places.iter().cloned())
                .collect();
            highlighted.sort();
            highlighted.dedup();
            html! {
                <MapView
                    geography={geography.clone()}
                    {viewport}
                    controls={state.map_state.zones.clone()}
                    {highlighted}
                    selected={state.selected_place.clone().map(AttrValue::from)}
                    {reserved}
                    on_view={on_view.clone()}
                    on_select={on_select.clone()}
                />
            }
        }
    };
    // The holders stay in the page from the start so that they can be measured.
    let key_corner = ready.as_ref().map_or(KeyCorner::BottomRight, |(_, v)| KeyCorner::of(v.screen().0)).class();
    let overlays = html! {
        <>
            <div class={classes!("overlay", "key-overlay", key_corner)} ref={key_ref}>
                if let (Some((geography, viewport)), true) = (&ready, shows(Control::Key)) { <MapKey viewport={*viewport} units_per_km={geography.map.units_per_km} geography={geography.clone()} /> }
            </div>
            <div class="overlay top-right" ref={controls_ref}>
                if ready.is_some() && shows(Control::Zoom) { <MapControls on_view={on_view.clone()} /> }
            </div>
            <div class="overlay bottom-right" ref={inset_ref}>
                if let (Some((geography, viewport)), true) = (&ready, shows(Control::Inset)) { <LocatorInset geography={geography.clone()} viewport={*viewport} /> }
            </div>
        </>
    };
    let staff_hold = use_staff_hold(mode == Mode::Kiosk);
    // What the export menu saves, as of this render (read only when a picture is made).
    let export_view: Latest<Option<ExportedView>> = (*use_memo((), |()| Latest::from(std::cell::RefCell::new(None)))).clone();
    *export_view.borrow_mut() = geography.as_ref().map(|g| ExportedView {
        date: state.date,
        event: shown_event,
        px_per_km: state.viewport.map(|v| v.scale() * g.map.units_per_km),
    });
    // The panel beside the map: what was asked for, or else the event of the day.
    let card = match (&geography, &state.selected_place) {
        _ if !shows(Control::Panel) => None,
        (Some(_), _) if state.embed_open => Some(html! {
            <EmbedDialog view={state.url()} page={AttrValue::from(crate::edge::page::address())} on_close={on_action.reform(|()| Action::ShowEmbed(false))} />
        }),
        (Some(geography), _) if state.about_open => {
            Some(html! { <AboutPanel provenance={geography.provenance.clone()} on_close={on_about(false)} /> })
        }
        (Some(geography), _) if state.table_open => Some(html! {
            <ControlTable geography={geography.clone()} map_state={state.map_state.clone()} on_close={on_action.reform(|()| Action::ShowTable(false))} />
        }),
        (Some(geography), Some(id)) => geography.places.get(id).map(|place| {
            let district_name = place.district.as_ref().and_then(|d| geography.map.features.iter().find(|f| &f.id == d)).map(|f| AttrValue::from(f.name.clone()));
            let held = geography.zone_shapes.holder_of(id, &state.map_state.zones).map(|c| {
                let who = &geography.history.actors[c.controller].name;
                let date = m.date(state.date);
                AttrValue::from(if c.certainty == Certainty::Firm {
                    m.text_with("place-held", &[("date", date.into()), ("actor", who.as_str().into())])
                } else {
                    m.text_with("place-held-qualified", &[("date", date.into()), ("actor", who.as_str().into()), ("certainty", c.certainty.label(&m).to_lowercase().into())])
                })
            });
            let events = geography
                .history
                .events
                .iter()
                .filter(|e| e.places.contains(id))
                .map(|e| (e.id.clone(), format!("{} — {}", e.date.in_words(&m), e.title)))
                .collect::<Vec<_>>();
            html! { <PlaceCard place={place.clone()} {district_name} {held} {events} on_event={on_action.reform(Action::SelectEvent)} {on_close} /> }
        }),
        (Some(geography), None) => shown_event.map(|event| {
            let begun = geography.history.events[event].day() <= state.date;
            html! { <EventPanel geography={geography.clone()} {event} {begun} on_action={on_action.clone()} /> }
        }),
        _ => None,
    };

    // Whether the panel holds only the event of the day (which a tiny embed may fold away).
    let event_card = card.is_some() && !state.about_open && !state.table_open && !state.embed_open && state.selected_place.is_none();
    let mode_class = format!("mode-{}", mode.id());
    let comparing = state.compare.is_some();
    let compare_default = if state.date == state.timeline.end() { state.timeline.start() } else { state.timeline.end() };
    html! {
        <ContextProvider<SharedWords> context={state.words.clone()}>
        <div class={classes!("atlas", mode_class, card.is_some().then_some("with-card"), event_card.then_some("event-card"), (!shows(Control::Header)).then_some("no-header"))}>
            // Past the map's many places, straight to the time slider.
            if shows(Control::Slider) {
            <a class="skip-link" href="#date-slider" onclick={Callback::from(|e: MouseEvent| {
                e.prevent_default();
                if let Some(slider) = gloo::utils::document().get_element_by_id("date-slider") {
                    if let Ok(slider) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(slider) {
                        let _ = slider.focus();
                    }
                }
            })}>{ m.text("skip-to-slider") }</a>
            }
            if shows(Control::Header) {
                <AtlasHeader
                    {mode}
                    geography={geography.clone()}
                    language={state.language}
                    table_open={state.table_open}
                    about_open={state.about_open}
                    embed_open={state.embed_open}
                    {comparing}
                    {compare_default}
                    export_view={export_view.clone()}
                    on_title_down={staff_hold.start.clone()}
                    on_title_up={staff_hold.stop.clone()}
                    on_action={on_action.clone()}
                />
            }
            <main class={classes!("atlas-map", comparing.then_some("comparing"))} aria-label={m.text("map-landmark")}>
                <div class="map-pane" ref={map_area}>
                    { map }
                    { overlays }
                </div>
                if let (Some(date), Some(controls), Some((geography, viewport))) = (state.compare, &state.compare_state, &ready) {
                    <CompareMap geography={geography.clone()} viewport={*viewport} {date} controls={controls.zones.clone()} timeline={state.timeline} on_action={on_action.clone()} />
                }
                if let Some(kiosk) = &state.kiosk {
                    <KioskOverlay phase={kiosk.phase()} leaving={*staff_hold.asked} on_stay={staff_hold.cancel.clone()} />
                }
                if !state.url_notes.is_empty() {
                    <div class="url-note" role="status">
                        { for state.url_notes.iter().map(|n| html! { <p>{ n.in_words(&m) }</p> }) }
                        <button type="button" class="link-button" onclick={on_action.reform(|_: MouseEvent| Action::DismissUrlNotes)}>{ m.text("url-dismiss") }</button>
                    </div>
                }
            </main>
            if let Some(card) = card {
                <aside class="atlas-card">{ card }</aside>
            }
            if let (Some(g), None) = (&geography, &props.prerender) {
                <PrintSheet geography={g.clone()} map_state={state.map_state.clone()} event={shown_event} scale={state.viewport.map(|v| (v.screen(), v.scale() * g.map.units_per_km))} />
            }
            if state.blank {
                <div class="blank-screen" id="blank-screen" onclick={on_action.reform(|_: MouseEvent| Action::Blank(false))}>
                    <span class="visually-hidden">{ m.text("blank-screen") }</span>
                </div>
            }
            if shows(Control::Slider) || shows(Control::Player) {
            <footer class="atlas-controls">
                <DateControl
                    timeline={state.timeline}
                    date={state.date}
                    announcement={AttrValue::from(state.announcement.clone())}
                    marks={Rc::clone(&marks)}
                    playing={state.playing}
                    speed={state.speed}
                    looping={state.looping}
                    show_slider={shows(Control::Slider)}
                    show_player={shows(Control::Player)}
                    on_action={on_action.clone()}
                />
                // Events reached by the buttons are read out; slider moves are
                // already announced by the slider itself.
                <p class="visually-hidden" role="status" aria-live="polite">
                    { state.selected_event.as_ref().and(shown_event).and_then(|i| geography.as_ref().map(|g| {
                        let e = &g.history.events[i];
                        format!("{}: {}", e.date.in_words(&m), e.title)
                    })).unwrap_or_default() }
                </p>
            </footer>
            }
        </div>
        </ContextProvider<SharedWords>>
    }
}

/// How long staff hold the title to leave kiosk mode.
const STAFF_HOLD_MS: u32 = 5000;

/// The title's press-and-hold that offers staff a way out of kiosk mode.
struct StaffHold {
    start: Callback<PointerEvent>,
    stop: Callback<PointerEvent>,
    /// Whether the hold was long enough: the overlay asks to confirm.
    asked: UseStateHandle<bool>,
    cancel: Callback<()>,
}

#[hook]
fn use_staff_hold(kiosk: bool) -> StaffHold {
    let timer = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    let asked = use_state(|| false);
    // Made once (again only when the mode changes), so that the header that
    // holds them is not redrawn on every date step.
    let start = {
        let (timer, asked) = (timer.clone(), asked.setter());
        use_callback(kiosk, move |_: PointerEvent, &kiosk| {
            if kiosk {
                let asked = asked.clone();
                *timer.borrow_mut() = Some(gloo::timers::callback::Timeout::new(STAFF_HOLD_MS, move || asked.set(true)));
            }
        })
    };
    let stop = use_callback((), move |_: PointerEvent, _| drop(timer.borrow_mut().take()));
    let cancel = {
        let asked = asked.setter();
        use_callback((), move |(), _| asked.set(false))
    };
    StaffHold { start, stop, asked, cancel }
}
