//! The app's state and the actions that change it, as plain data.
//!
//! The root component keeps one [`AtlasState`] in a `use_reducer`; children
//! receive what they show and send [`Action`]s back.

use atlas_core::date::Date;
use atlas_core::geography::Geography;
use atlas_core::history::at_date::{announcement, next_event, previous_event, MapState};
use atlas_core::host_message::HostCommand;
use atlas_core::i18n::messages::Messages;
use atlas_core::i18n::{Language, Note};
use atlas_core::kiosk::{Kiosk, KioskStep};
use atlas_core::mode::{Controls, Mode};
use atlas_core::places::{map_to_lon_lat, project_to_map};
use atlas_core::settings::Settings;
use atlas_core::timeline::Timeline;
use atlas_core::url_state::{LinkedView, UrlState};
use atlas_core::viewport::{Padding, Viewport};
use std::rc::Rc;
use yew::Reducible;

/// Loaded data shared by the components that show it. Two handles are
/// equal when they point at the same data: comparing thousands of points (or
/// of messages) on every slider step is what this spares.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> From<T> for Shared<T> {
    fn from(data: T) -> Self {
        Shared(Rc::new(data))
    }
}

/// A value as of the atlas's last render, for what reads it only when a
/// visitor acts (saving the view as a picture): a [`Shared`] cell, so that
/// one handle, passed down for the atlas's whole life, equals itself and
/// does not redraw what holds it when the value changes.
pub type Latest<T> = Shared<std::cell::RefCell<T>>;

/// The map, the places and the history.
pub type SharedGeography = Shared<Geography>;

/// The interface's words in the language in use.
pub type SharedWords = Shared<Messages>;

impl Default for SharedWords {
    fn default() -> Self {
        Shared(Messages::english())
    }
}

/// Where the map's data is in its journey from the server.
#[derive(Clone, Debug, PartialEq)]
pub enum MapLoad {
    Loading,
    Ready(SharedGeography),
    /// The file that failed, and why, for a visitor.
    Failed {
        file: String,
        reason: Note,
    },
}

/// How fast the date moves while playing: days per step of the player.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Speed {
    Slow,
    Normal,
    Fast,
}

impl Speed {
    pub const ALL: [Speed; 3] = [Speed::Slow, Speed::Normal, Speed::Fast];

    /// Days moved per step (the player steps four times a second).
    pub fn days(self) -> i64 {
        match self {
            Speed::Slow => 1,
            Speed::Normal => 7,
            Speed::Fast => 30,
        }
    }

    /// The message that names it.
    pub fn label_id(self) -> &'static str {
        match self {
            Speed::Slow => "speed-day",
            Speed::Normal => "speed-week",
            Speed::Fast => "speed-month",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct AtlasState {
    pub timeline: Timeline,
    pub date: Date,
    /// What the map shows on `date` (empty until the data has loaded).
    pub map_state: MapState,
    /// What a screen reader hears about the last change of date.
    pub announcement: String,
    /// The event the visitor stepped to or chose; `None` shows the current one.
    pub selected_event: Option<String>,
    /// Playing through time, and how fast.
    pub playing: bool,
    pub speed: Speed,
    /// Start again from the beginning at the end.
    pub looping: bool,
    /// Whether the table of who held what is open.
    pub table_open: bool,
    /// What the link asked for that could not be shown, politely said.
    pub url_notes: Vec<Note>,
    /// The language in use, its words, and whether a link or the visitor chose
    /// it (then links keep it).
    pub language: Language,
    pub words: SharedWords,
    language_chosen: bool,
    /// The link's event and place, kept until the data can confirm them.
    pending_url: Option<UrlState>,
    /// The link's view, kept until the map can be drawn.
    link_view: Option<LinkedView>,
    pub map: MapLoad,
    /// The map area's size in CSS pixels, once measured.
    pub screen: Option<(f64, f64)>,
    /// The view; there is none until the data and the screen size are known.
    pub viewport: Option<Viewport>,
    /// What the opening view keeps clear, for the view made when the data arrives.
    pub padding: Padding,
    /// The place whose card is open.
    pub selected_place: Option<String>,
    /// Whether "About this map" is open (in the card's place).
    pub about_open: bool,
    /// Whether "Embed this view" is open (in the card's place).
    pub embed_open: bool,
    /// Who the atlas is set up for, and whether a link said so (a link's
    /// mode is kept in the address; the settings file's is not).
    pub mode: Mode,
    mode_from_link: bool,
    /// Which parts of the interface show.
    pub controls: Controls,
    /// The settings file, once read (its defaults if it could not be).
    pub settings: Option<Settings>,
    /// The kiosk's cycle, in kiosk mode once the data and settings are in.
    pub kiosk: Option<Kiosk>,
    /// The projector shows black (presenter mode, B or .).
    pub blank: bool,
    /// A second date shown beside the first, and who held what on it.
    pub compare: Option<Date>,
    pub compare_state: Option<MapState>,
}

/// A change to the view of the map.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ViewAction {
    ZoomAt { factor: f64, at: (f64, f64) },
    Zoom(f64),
    Pan(f64, f64),
    Reset,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Show this date (clamped to the timeline).
    SetDate(Date),
    /// Move by a number of days (negative: back).
    StepDays(i64),
    /// The data has loaded for a language (`words` may be English's if
    /// that language could not be loaded).
    MapLoaded(SharedGeography, SharedWords, Language),
    MapFailed {
        file: String,
        reason: Note,
    },
    /// Speak another language (the data is loaded again in it).
    SetLanguage(Language),
    /// Notes to show the visitor (a language that could not be loaded).
    Notes(Vec<Note>),
    /// The map area now measures this many CSS pixels.
    Resize(f64, f64),
    /// What the opening view keeps clear of the key (see `Viewport::padding_clear_of`).
    Padding(Padding),
    View(ViewAction),
    /// Open a place's card (and bring the place into view), or close it.
    SelectPlace(Option<String>),
    /// Open or close "About this map".
    ShowAbout(bool),
    /// Move by months (Shift+arrows).
    StepMonths(i32),
    /// Go to the next or previous event (its first day) and show it.
    NextEvent,
    PreviousEvent,
    /// Go to an event's day and show it.
    SelectEvent(String),
    Play(bool),
    SetSpeed(Speed),
    SetLooping(bool),
    /// One step of the player (sent by a timer while playing).
    Tick,
    /// Show the background and aftermath on the slider, or only 1944–1949.
    ShowWholeSpan(bool),
    ShowTable(bool),
    /// Put away the notes about the link.
    DismissUrlNotes,
    /// The settings file has been read; `notes` say what was wrong with it.
    SettingsLoaded {
        settings: Settings,
        notes: Vec<Note>,
    },
    /// A second has passed (kiosk mode).
    KioskTick,
    /// Someone touched the screen or pressed a key (kiosk mode).
    Touched,
    /// Black out the projector, or bring the atlas back (presenter mode).
    Blank(bool),
    /// Open or close "Embed this view".
    ShowEmbed(bool),
    /// A command from the page that embeds the atlas.
    Host(HostCommand),
    /// Show a second date beside the first, or stop comparing.
    Compare(Option<Date>),
}

/// How far a selected place is zoomed in, at least.
const PLACE_ZOOM: f64 = 2.0;

impl Default for AtlasState {
    fn default() -> Self {
        let timeline = Timeline::DEFAULT;
        let date = timeline.start();
        AtlasState {
            timeline,
            date,
            map_state: MapState { date, zones: vec![], events_today: 0..0, current_event: None },
            announcement: date.to_string(),
            selected_event: None,
            playing: false,
            speed: Speed::Normal,
            looping: false,
            table_open: false,
            url_notes: vec![],
            language: Language::English,
            words: SharedWords::default(),
            language_chosen: false,
            pending_url: None,
            link_view: None,
            map: MapLoad::Loading,
            screen: None,
            viewport: None,
            padding: Padding::default(),
            selected_place: None,
            about_open: false,
            embed_open: false,
            mode: Mode::Explore,
            mode_from_link: false,
            controls: Controls::ALL,
            settings: None,
            kiosk: None,
            blank: false,
            compare: None,
            compare_state: None,
        }
    }
}

impl AtlasState {
    /// The state a link asks for: its date now, its event and place once the
    /// data has loaded (they cannot be checked before).
    pub fn from_url(url: UrlState, browser_language: Language) -> AtlasState {
        let mut state = AtlasState {
            language: url.language.unwrap_or(browser_language),
            language_chosen: url.language.is_some(),
            ..AtlasState::default()
        };
        if url.whole_span {
            state.timeline = Timeline::WHOLE;
        }
        if let Some(date) = url.date {
            state.date = state.timeline.clamp(date);
            if state.date != date {
                state.url_notes.push(Note::new("url-date-outside", &[("date", &date.iso()), ("shown", &state.date.iso())]));
            }
        }
        state.url_notes.extend(url.notes.iter().cloned());
        if let Some(mode) = url.mode {
            state.mode = mode;
            state.mode_from_link = true;
        }
        state.controls = url.controls;
        state.compare = url.compare.map(|d| Timeline::WHOLE.clamp(d));
        state.map_state.date = state.date;
        state.announcement = state.date.to_string();
        state.link_view = url.view;
        state.pending_url = Some(url);
        state
    }

    /// What a link to this view holds.
    pub fn url(&self) -> UrlState {
        UrlState {
            date: Some(self.date),
            // A link's event and place are kept until the data can confirm them,
            // so that the address does not lose them meanwhile.
            event: self.selected_event.clone().or_else(|| self.pending_url.as_ref().and_then(|u| u.event.clone())),
            place: self.selected_place.clone().or_else(|| self.pending_url.as_ref().and_then(|u| u.place.clone())),
            whole_span: self.timeline == Timeline::WHOLE,
            mode: self.mode_from_link.then_some(self.mode),
            language: self.language_chosen.then_some(self.language),
            compare: self.compare,
            controls: self.controls,
            view: self.linked_view(),
            notes: vec![],
        }
    }

    /// The view as a link holds it; none for the opening view.
    fn linked_view(&self) -> Option<LinkedView> {
        let (geography, viewport) = (self.geography()?, self.viewport?);
        if viewport.is_home() {
            return None;
        }
        let (lon, lat) = map_to_lon_lat(viewport.center(), geography.map.units_per_km);
        Some(LinkedView { lat, lon, zoom: viewport.zoom() })
    }

    /// Shows key moment `n` of the kiosk's attract loop on the whole map.
    fn show_moment(&mut self, n: usize) {
        let id = self.settings.as_ref().and_then(|s| s.kiosk.key_moments.get(n)).cloned();
        if let Some(i) = id.and_then(|id| self.geography()?.history.event(&id)) {
            self.go_to_event(i);
        }
        self.close_panels();
        self.viewport = self.viewport.map(|v| v.home());
    }

    /// Back to the opening view: the first day, nothing chosen, nothing open.
    fn reset(&mut self) {
        self.timeline = Timeline::DEFAULT;
        self.date = self.timeline.start();
        self.selected_event = None;
        self.playing = false;
        self.close_panels();
        self.viewport = self.viewport.map(|v| v.home());
    }

    fn close_panels(&mut self) {
        self.selected_place = None;
        self.table_open = false;
        self.about_open = false;
        self.embed_open = false;
    }

    /// Starts the kiosk's cycle once the data and the settings are both in.
    fn start_kiosk(&mut self) {
        if self.mode != Mode::Kiosk || self.kiosk.is_some() || self.geography().is_none() {
            return;
        }
        let geography = self.geography().cloned();
        let (Some(settings), Some(geography)) = (&mut self.settings, geography) else { return };
        // Key moments the history lacks are left out of the loop, and said.
        let problems = settings.check_against(&geography.history);
        settings.kiosk.key_moments.retain(|id| geography.history.event(id).is_some());
        self.url_notes.extend(problems.iter().map(|p| Note::new("settings-problem", &[("problem", &p.to_string())])));
        self.kiosk = Some(Kiosk::new(&settings.kiosk));
        self.show_moment(0);
    }

    /// The data, once it has loaded.
    pub fn geography(&self) -> Option<&SharedGeography> {
        match &self.map {
            MapLoad::Ready(g) => Some(g),
            _ => None,
        }
    }

    /// The event the panel shows: the chosen one, or the current one.
    pub fn shown_event(&self) -> Option<usize> {
        let geography = self.geography()?;
        self.selected_event.as_ref().and_then(|id| geography.history.event(id)).or(self.map_state.current_event)
    }

    /// Goes to an event: its day on the slider (widening the timeline to
    /// the whole span when the event lies outside it), and its panel.
    fn go_to_event(&mut self, index: usize) {
        let Some(geography) = self.geography().cloned() else { return };
        let event = &geography.history.events[index];
        if self.timeline.clamp(event.day()) != event.day() {
            self.timeline = Timeline::WHOLE;
        }
        self.date = self.timeline.clamp(event.day());
        self.selected_event = Some(event.id.clone());
    }

    /// The state after `action`; the old state is left as it was.
    pub fn apply(&self, action: Action) -> AtlasState {
        let mut next = self.clone();
        match action {
            Action::SetDate(date) => {
                next.date = self.timeline.clamp(date);
                next.selected_event = None;
            }
            Action::StepDays(days) => {
                next.date = self.timeline.clamp(self.date.add_days(days));
                next.selected_event = None;
            }
            Action::StepMonths(months) => {
                next.date = self.timeline.clamp(self.date.add_months(months));
                next.selected_event = None;
            }
            Action::NextEvent | Action::PreviousEvent => {
                if let Some(g) = self.geography() {
                    let selected = self.selected_event.as_ref().and_then(|id| g.history.event(id));
                    let found = if action == Action::NextEvent {
                        next_event(&g.history, self.date, selected)
                    } else {
                        previous_event(&g.history, self.date, selected)
                    };
                    if let Some(i) = found.filter(|&i| self.timeline.clamp(g.history.events[i].day()) == g.history.events[i].day()) {
                        next.go_to_event(i);
                    }
                }
            }
            Action::SelectEvent(id) => {
                if let Some(i) = self.geography().and_then(|g| g.history.event(&id)) {
                    next.go_to_event(i);
                }
            }
            Action::Play(on) => {
                next.playing = on;
                // Playing from the last day starts again from the first.
                if on && self.date == self.timeline.end() {
                    next.date = self.timeline.start();
                }
            }
            Action::SetSpeed(speed) => next.speed = speed,
            Action::SetLooping(on) => next.looping = on,
            Action::Tick if self.playing => {
                next.selected_event = None;
                if self.date == self.timeline.end() {
                    if self.looping {
                        next.date = self.timeline.start()
                    } else {
                        next.playing = false
                    }
                } else {
                    next.date = self.timeline.clamp(self.date.add_days(self.speed.days()));
                }
            }
            Action::Tick => {}
            Action::ShowWholeSpan(on) => {
                next.timeline = if on { Timeline::WHOLE } else { Timeline::DEFAULT };
                next.date = next.timeline.clamp(self.date);
            }
            Action::ShowTable(open) => next.table_open = open,
            Action::DismissUrlNotes => next.url_notes.clear(),
            Action::SettingsLoaded { settings, notes } => {
                if !self.mode_from_link {
                    next.mode = settings.mode;
                }
                next.url_notes.extend(notes);
                next.settings = Some(settings);
            }
            Action::KioskTick => {
                if let Some(step) = next.kiosk.as_mut().map(Kiosk::tick) {
                    match step {
                        KioskStep::ShowMoment(n) => next.show_moment(n),
                        KioskStep::Reset => {
                            next.reset();
                            next.show_moment(0);
                        }
                        KioskStep::Stay | KioskStep::HandOver => {}
                    }
                }
            }
            Action::Touched => {
                if next.kiosk.as_mut().map(Kiosk::touched) == Some(KioskStep::HandOver) {
                    next.playing = false;
                }
            }
            Action::Blank(on) => next.blank = on,
            Action::Compare(date) => next.compare = date.map(|d| Timeline::WHOLE.clamp(d)),
            Action::ShowEmbed(open) => {
                next.close_panels();
                next.embed_open = open;
            }
            Action::Host(command) => {
                return self.apply(match command {
                    HostCommand::SetDate(date) => Action::SetDate(date),
                    HostCommand::Play => Action::Play(true),
                    HostCommand::Pause => Action::Play(false),
                    HostCommand::NextEvent => Action::NextEvent,
                    HostCommand::PreviousEvent => Action::PreviousEvent,
                    HostCommand::SelectPlace(id) => Action::SelectPlace(id),
                    HostCommand::SelectEvent(id) => Action::SelectEvent(id),
                    HostCommand::SetLanguage(language) => Action::SetLanguage(language),
                });
            }
            Action::SetLanguage(language) => {
                next.language = language;
                next.language_chosen = true;
            }
            Action::Notes(notes) => next.url_notes.extend(notes),
            Action::MapLoaded(geography, words, language) => {
                // A late answer for a language no longer wanted is dropped.
                if language != self.language {
                    return next;
                }
                next.words = words;
                next.map = MapLoad::Ready(geography.clone());
                if let Some(url) = next.pending_url.take() {
                    if let Some(id) = url.event {
                        match geography.history.event(&id) {
                            // A link's event and date agree when made by the atlas; the event wins otherwise.
                            Some(i) => next.go_to_event(i),
                            None => next.url_notes.push(Note::new("url-unknown-event", &[("value", &id)])),
                        }
                    }
                    if let Some(id) = url.place {
                        match geography.places.get(&id) {
                            Some(_) => next.selected_place = Some(id),
                            None => next.url_notes.push(Note::new("url-unknown-place", &[("value", &id)])),
                        }
                    }
                }
            }
            Action::MapFailed { file, reason } => next.map = MapLoad::Failed { file, reason },
            Action::Resize(width, height) => {
                if width.is_finite() && height.is_finite() && width > 0.0 && height > 0.0 {
                    next.screen = Some((width, height));
                    next.viewport = self.viewport.map(|v| v.resized((width, height)));
                }
            }
            Action::Padding(padding) => {
                next.padding = padding;
                next.viewport = self.viewport.map(|v| v.with_padding(padding));
            }
            Action::View(view) => {
                next.viewport = self.viewport.map(|v| match view {
                    ViewAction::ZoomAt { factor, at } => v.zoomed_at(factor, at),
                    ViewAction::Zoom(factor) => v.zoomed(factor),
                    ViewAction::Pan(dx, dy) => v.panned((dx, dy)),
                    ViewAction::Reset => v.home(),
                })
            }
            Action::ShowAbout(open) => {
                next.about_open = open;
                if open {
                    next.selected_place = None;
                }
            }
            Action::SelectPlace(None) => next.selected_place = None,
            Action::SelectPlace(Some(id)) => {
                if let Some(place) = self.geography().and_then(|g| g.places.get(&id)) {
                    // Places beyond the map's edge have nowhere on it to go to.
                    if place.edge.is_none() {
                        next.viewport = self.viewport.map(|v| v.centred_on(place.xy, PLACE_ZOOM));
                    }
                    next.selected_place = Some(id);
                    next.about_open = false;
                }
            }
        }
        // The first view appears as soon as both the data and the screen size are known.
        if next.viewport.is_none() {
            if let (MapLoad::Ready(geography), Some(screen)) = (&next.map, next.screen) {
                let viewport = Viewport::new(geography.map.frame, geography.home, screen).with_padding(next.padding);
                // A link's view, else a place it chose brought into view as a tap would.
                let view = next.link_view.take().map(|v| (project_to_map(v.lon, v.lat, geography.map.units_per_km), v.zoom));
                let place = next.selected_place.as_ref().and_then(|id| geography.places.get(id)).filter(|p| p.edge.is_none());
                next.viewport = Some(match (view, place) {
                    (Some((xy, zoom)), _) => viewport.showing(xy, zoom),
                    (None, Some(p)) => viewport.centred_on(p.xy, PLACE_ZOOM),
                    (None, None) => viewport,
                });
            }
        }
        next.start_kiosk();
        // The comparison follows its date and the data.
        if next.compare != self.compare || next.map != self.map {
            next.compare_state = match (next.compare, next.geography()) {
                (Some(date), Some(g)) => Some(MapState::on(&g.history, date)),
                _ => None,
            };
        }
        // What the map shows follows the date (and the data's arrival).
        let data_changed = !matches!((&self.map, &next.map), (MapLoad::Ready(a), MapLoad::Ready(b)) if a == b);
        if next.date != self.date || data_changed {
            if let Some(geography) = next.geography() {
                let state = MapState::on(&geography.history, next.date);
                let before = (!data_changed).then_some(&self.map_state);
                next.announcement = announcement(&geography.history, before, &state, &next.words.0);
                next.map_state = state;
            } else {
                next.map_state.date = next.date;
                next.announcement = next.date.to_string();
            }
        }
        next
    }
}

impl Reducible for AtlasState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stepping_past_the_end_stays_on_the_last_day() {
        let state = AtlasState::default().apply(Action::StepDays(100_000));
        assert_eq!(state.date, Timeline::DEFAULT.end());
    }

    #[test]
    fn a_date_before_the_timeline_is_brought_inside() {
        let state = AtlasState::default().apply(Action::SetDate(Date::new(1930, 1, 1).unwrap()));
        assert_eq!(state.date, Timeline::DEFAULT.start());
    }

    #[test]
    fn a_nonsense_size_is_ignored() {
        let state = AtlasState::default().apply(Action::Resize(f64::NAN, 10.0)).apply(Action::Resize(0.0, 10.0));
        assert_eq!(state.screen, None);
    }

    #[test]
    fn a_latest_handle_equals_itself_whatever_it_holds() {
        let view: Latest<i32> = Latest::from(std::cell::RefCell::new(1));
        let same = view.clone();
        *view.borrow_mut() = 2;
        assert!(same == view, "one handle, so a component holding it is not redrawn");
        assert_eq!(*same.borrow(), 2, "and it reads the value set last");
        assert!(Latest::from(std::cell::RefCell::new(2)) != view, "another handle is another value");
    }

    #[test]
    fn view_actions_before_the_map_is_ready_change_nothing() {
        let state = AtlasState::default();
        assert_eq!(state.apply(Action::View(ViewAction::Zoom(2.0))), state);
        assert_eq!(state.apply(Action::SelectPlace(Some("ghulja".into()))), state);
    }
}
