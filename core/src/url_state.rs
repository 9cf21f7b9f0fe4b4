//! The part of the view a link carries: `?date=1944-11-12&event=…&place=…`.
//!
//! Parsing never fails: what cannot be read is dropped, and a note says so
//! in words a visitor can read, so that a damaged link still opens the atlas.

use crate::date::Date;
use crate::i18n::{Language, Note};
use crate::mode::{Controls, Mode};

/// What a link asks for. Ids are checked for shape here and against the
/// data once it has loaded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlState {
    pub date: Option<Date>,
    pub event: Option<String>,
    pub place: Option<String>,
    /// Show the background and aftermath (1934–1955) on the slider.
    pub whole_span: bool,
    /// `mode=kiosk|embed|present|explore`; `None` leaves it to the settings file.
    pub mode: Option<Mode>,
    /// `controls=slider,zoom` (an embed's choice); all unless said.
    pub controls: Controls,
    /// `view=lat,lon,zoom`: the map's centre in degrees and its zoom (1 = the opening view).
    pub view: Option<LinkedView>,
    /// `compare=1949-12-31`: a second date shown beside the first.
    pub compare: Option<Date>,
    /// `lang=ug|zh-Hans|ru|en`; `None` leaves it to the browser.
    pub language: Option<Language>,
    /// What could not be read, for a polite note.
    pub notes: Vec<Note>,
}

/// The map view a link holds: its centre in degrees and its zoom.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LinkedView {
    pub lat: f64,
    pub lon: f64,
    pub zoom: f64,
}

// Parsed values are finite (checked in `LinkedView::parse`).
impl Eq for LinkedView {}

impl LinkedView {
    /// Reads `43.91,81.32,2.5`; `None` unless all three are in range.
    pub fn parse(text: &str) -> Option<LinkedView> {
        let mut numbers = text.split(',').map(|n| n.trim().parse::<f64>().ok().filter(|v| v.is_finite()));
        let (lat, lon, zoom) = (numbers.next()??, numbers.next()??, numbers.next()??);
        let in_range = (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) && (0.1..=64.0).contains(&zoom);
        (in_range && numbers.next().is_none()).then_some(LinkedView { lat, lon, zoom })
    }

    /// Four decimals of a degree are about 10 m: finer than any view needs.
    pub fn to_text(self) -> String {
        format!("{:.4},{:.4},{:.2}", self.lat, self.lon, self.zoom)
    }
}

/// Longest query the atlas reads; the rest is ignored.
const MAX_QUERY: usize = 2000;
/// Longest id accepted.
const MAX_ID: usize = 64;

impl UrlState {
    /// Reads a query string, with or without its leading `?`.
    ///
    /// ```
    /// use atlas_core::url_state::UrlState;
    /// let s = UrlState::parse("?date=1944-11-12&place=ghulja");
    /// assert_eq!(s.date.unwrap().iso(), "1944-11-12");
    /// assert_eq!(s.place.as_deref(), Some("ghulja"));
    /// assert_eq!(UrlState::parse("?date=1944-13-45").notes[0].id, "url-bad-date");
    /// ```
    pub fn parse(query: &str) -> UrlState {
        let mut state = UrlState::default();
        let mut cut = query.len().min(MAX_QUERY);
        while !query.is_char_boundary(cut) {
            cut -= 1;
        }
        let query = query[..cut].strip_prefix('?').unwrap_or(&query[..cut]);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_decode(value);
            match key {
                "date" => match Date::parse_iso(&value) {
                    Ok(date) => state.date = Some(date),
                    Err(_) => state.notes.push(Note::new("url-bad-date", &[("value", &shown(&value))])),
                },
                "event" | "place" => {
                    if is_id(&value) {
                        let id = Some(value);
                        if key == "event" {
                            state.event = id
                        } else {
                            state.place = id
                        }
                    } else {
                        let id = if key == "event" { "url-bad-event" } else { "url-bad-place" };
                        state.notes.push(Note::new(id, &[("value", &shown(&value))]));
                    }
                }
                "span" => state.whole_span = value == "all",
                "mode" => match Mode::from_id(&value) {
                    Some(mode) => state.mode = Some(mode),
                    None => state.notes.push(Note::new("url-bad-mode", &[("value", &shown(&value))])),
                },
                "controls" => {
                    let (controls, unknown) = Controls::parse(&value);
                    state.controls = controls;
                    if !unknown.is_empty() {
                        state.notes.push(Note::new("url-bad-controls", &[("value", &shown(&unknown.join(", ")))]));
                    }
                }
                "view" => match LinkedView::parse(&value) {
                    Some(view) => state.view = Some(view),
                    None => state.notes.push(Note::new("url-bad-view", &[("value", &shown(&value))])),
                },
                "compare" => match Date::parse_iso(&value) {
                    Ok(date) => state.compare = Some(date),
                    Err(_) => state.notes.push(Note::new("url-bad-date", &[("value", &shown(&value))])),
                },
                "lang" => match Language::from_tag(&value) {
                    Some(language) => state.language = Some(language),
                    None => state.notes.push(Note::new("url-bad-language", &[("value", &shown(&value))])),
                },
                // Other keys belong to later features or to the host page.
                _ => {}
            }
        }
        state
    }

    /// The query string for this state (empty parts left out), e.g.
    /// `?date=1944-11-12&event=etr-declared`.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(d) = self.date {
            parts.push(format!("date={}", d.iso()));
        }
        if let Some(e) = &self.event {
            parts.push(format!("event={e}"));
        }
        if let Some(p) = &self.place {
            parts.push(format!("place={p}"));
        }
        if self.whole_span {
            parts.push("span=all".to_owned());
        }
        if let Some(compare) = self.compare {
            parts.push(format!("compare={}", compare.iso()));
        }
        if let Some(view) = self.view {
            parts.push(format!("view={}", view.to_text()));
        }
        if let Some(language) = self.language {
            parts.push(format!("lang={}", language.code()));
        }
        if let Some(mode) = self.mode {
            parts.push(format!("mode={}", mode.id()));
        }
        if self.controls != Controls::ALL {
            parts.push(format!("controls={}", self.controls.to_list()));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

/// Whether `text` has the shape of a record's id in the data: `etr-declared`.
pub(crate) fn is_id(text: &str) -> bool {
    !text.is_empty() && text.len() <= MAX_ID && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A value as quoted back in a note: short, and without control characters.
pub(crate) fn shown(value: &str) -> String {
    let clean: String = value.chars().filter(|c| !c.is_control()).take(40).collect();
    if value.chars().count() > 40 {
        format!("{clean}…")
    } else {
        clean
    }
}

/// Decodes `%XX` and `+`; invalid sequences stay as they are.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_state_round_trips_through_its_query() {
        let state = UrlState {
            date: Date::new(1945, 9, 15),
            event: Some("wusu-taken".into()),
            place: Some("wusu".into()),
            whole_span: true,
            mode: Some(Mode::Embed),
            controls: Controls::parse("slider,panel").0,
            view: Some(LinkedView { lat: 43.9167, lon: 81.3333, zoom: 2.5 }),
            language: Some(Language::Uyghur),
            compare: Date::new(1949, 12, 31),
            notes: vec![],
        };
        assert_eq!(UrlState::parse(&state.to_query()), state);
        assert_eq!(UrlState::default().to_query(), "");
    }

    #[test]
    fn bad_values_are_dropped_with_a_note() {
        let s = UrlState::parse("date=1944-02-30&event=%3Cscript%3E&place=Ghulja&zoom=3&mode=party&view=91,0,1&controls=all");
        assert_eq!((s.date, s.event, s.place, s.mode, s.view), (None, None, None, None, None));
        assert_eq!(s.notes.len(), 6);
        assert_eq!(s.notes[1].args, [("value", "<script>".to_owned())], "the note quotes the value as text");
    }

    #[test]
    fn any_input_is_read_without_panicking() {
        let pieces = [
            "date=",
            "1944-11-12",
            "&",
            "=",
            "%",
            "%4",
            "%zz",
            "event=",
            "ghulja",
            "é",
            "\u{0}",
            "?",
            "+",
            "span=all",
            "%E2%82",
            "mode=",
            "kiosk",
            "controls=",
            "slider,",
            "none",
            "view=",
            "43.9,",
            "81",
            ",2",
            "NaN",
            "1e308",
            "lang=",
            "ug",
            "zh-TW",
        ];
        for q in crate::random_texts::random_texts(&pieces, 20_000, 9, 7) {
            let s = UrlState::parse(&q);
            // Whatever was accepted survives a round trip.
            let again = UrlState::parse(&s.to_query());
            assert_eq!(again.to_query(), s.to_query(), "{q:?}");
            assert!(again.notes.is_empty(), "{q:?}: {:?}", again.notes);
        }
        let huge = "date=".to_owned() + &"9".repeat(1_000_000);
        assert!(UrlState::parse(&huge).date.is_none());
    }
}
