//! The messages a page that embeds the atlas may send it, and those the
//! atlas sends back: the `postMessage` API (documented in `EMBEDDING.md`).
//!
//! Every incoming message is read here as JSON text of bounded size into a
//! closed set of commands; anything else is refused with a reason for the
//! log, and never acted on.

use crate::date::Date;
use crate::i18n::Language;
use crate::json::{from_json_record, JsonObject};
use crate::url_state::{is_id, shown};

/// The version of the message format, sent with `atlas:ready`.
pub const API_VERSION: u32 = 1;

/// Longest message read, in bytes of JSON; every valid one is far shorter.
pub const MAX_MESSAGE_BYTES: usize = 1024;

/// What a host page asks the atlas to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostCommand {
    SetDate(Date),
    Play,
    Pause,
    NextEvent,
    PreviousEvent,
    /// Open a place's card; `None` closes it.
    SelectPlace(Option<String>),
    /// Go to an event and show it.
    SelectEvent(String),
    /// Speak another language.
    SetLanguage(Language),
}

/// Why a message was not acted on, for the console.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal(pub String);

struct Incoming {
    kind: String,
    date: Option<String>,
    // `Some(None)` is an explicit `null`: close the card.
    place: Option<Option<String>>,
    event: Option<String>,
    language: Option<String>,
}

from_json_record!(Incoming, strict { kind: required = "type", date: optional, place: take, event: optional, language: optional });

/// Reads one message (as JSON text).
///
/// ```
/// use atlas_core::host_message::{parse, HostCommand};
/// assert_eq!(parse(r#"{"type": "atlas:set-date", "date": "1945-09-15"}"#).unwrap(),
///            HostCommand::SetDate(atlas_core::date::Date::new(1945, 9, 15).unwrap()));
/// assert!(parse(r#"{"type": "atlas:set-date", "date": "tomorrow"}"#).is_err());
/// assert!(parse(r#"{"type": "atlas:play", "and": "more"}"#).is_err());
/// ```
pub fn parse(json: &str) -> Result<HostCommand, Refusal> {
    if json.len() > MAX_MESSAGE_BYTES {
        return Err(Refusal(format!("message of {} bytes is longer than {MAX_MESSAGE_BYTES}", json.len())));
    }
    let message: Incoming = crate::json::from_str(json).map_err(|e| Refusal(format!("not an atlas message: {e}")))?;
    let Incoming { kind, date, place, event, language } = message;
    let takes: &[&str] = match kind.as_str() {
        "atlas:set-date" => &["date"],
        "atlas:set-language" => &["language"],
        "atlas:select-place" => &["place"],
        "atlas:select-event" => &["event"],
        "atlas:play" | "atlas:pause" | "atlas:next-event" | "atlas:previous-event" => &[],
        other => return Err(Refusal(format!("unknown message type “{}”", shown(other)))),
    };
    // A field the command does not take is a mistake worth reporting.
    let present = [("date", date.is_some()), ("place", place.is_some()), ("event", event.is_some()), ("language", language.is_some())];
    if let Some((field, _)) = present.iter().find(|(field, there)| *there && !takes.contains(field)) {
        return Err(Refusal(format!("“{kind}” takes no “{field}”")));
    }
    Ok(match kind.as_str() {
        "atlas:set-date" => {
            let text = date.ok_or_else(|| Refusal("atlas:set-date needs a “date” (YYYY-MM-DD)".to_owned()))?;
            let date = Date::parse_iso(&text).map_err(|_| Refusal(format!("“{}” is not a date of the form YYYY-MM-DD", shown(&text))))?;
            HostCommand::SetDate(date)
        }
        "atlas:play" => HostCommand::Play,
        "atlas:pause" => HostCommand::Pause,
        "atlas:next-event" => HostCommand::NextEvent,
        "atlas:previous-event" => HostCommand::PreviousEvent,
        "atlas:set-language" => match language.as_deref().and_then(Language::from_tag) {
            Some(language) => HostCommand::SetLanguage(language),
            None => {
                let asked = language.as_deref().map_or_else(|| "nothing".to_owned(), |l| format!("“{}”", shown(l)));
                return Err(Refusal(format!("atlas:set-language needs a “language” of en, ug, zh-Hans or ru, not {asked}")));
            }
        },
        "atlas:select-place" => match place {
            Some(Some(id)) if is_id(&id) => HostCommand::SelectPlace(Some(id)),
            Some(None) => HostCommand::SelectPlace(None),
            _ => return Err(Refusal("atlas:select-place needs a “place” id (or null to close the card)".to_owned())),
        },
        _ => match event {
            Some(id) if is_id(&id) => HostCommand::SelectEvent(id),
            _ => return Err(Refusal("atlas:select-event needs an “event” id".to_owned())),
        },
    })
}

/// What the atlas tells its host page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AtlasNotice {
    /// The data has loaded and commands will be acted on.
    Ready {
        date: Date,
        event: Option<String>,
        place: Option<String>,
    },
    DateChanged {
        date: Date,
    },
    SelectionChanged {
        event: Option<String>,
        place: Option<String>,
    },
}

impl AtlasNotice {
    /// The message as JSON text, e.g. `{"type":"atlas:date-changed","date":"1945-09-15"}`.
    pub fn to_json(&self) -> String {
        match self {
            AtlasNotice::Ready { date, event, place } => JsonObject::new()
                .string("type", "atlas:ready")
                .number("version", API_VERSION)
                .string("date", &date.iso())
                .optional("event", event.as_deref())
                .optional("place", place.as_deref())
                .end(),
            AtlasNotice::DateChanged { date } => JsonObject::new().string("type", "atlas:date-changed").string("date", &date.iso()).end(),
            AtlasNotice::SelectionChanged { event, place } => JsonObject::new()
                .string("type", "atlas:selection-changed")
                .optional("event", event.as_deref())
                .optional("place", place.as_deref())
                .end(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_is_read() {
        let day = Date::new(1945, 9, 15).unwrap();
        let cases = [
            (r#"{"type":"atlas:set-date","date":"1945-09-15"}"#, HostCommand::SetDate(day)),
            (r#"{"type":"atlas:play"}"#, HostCommand::Play),
            (r#"{"type":"atlas:pause"}"#, HostCommand::Pause),
            (r#"{"type":"atlas:next-event"}"#, HostCommand::NextEvent),
            (r#"{"type":"atlas:previous-event"}"#, HostCommand::PreviousEvent),
            (r#"{"type":"atlas:select-place","place":"ghulja"}"#, HostCommand::SelectPlace(Some("ghulja".into()))),
            (r#"{"type":"atlas:select-place","place":null}"#, HostCommand::SelectPlace(None)),
            (r#"{"type":"atlas:select-event","event":"etr-declared"}"#, HostCommand::SelectEvent("etr-declared".into())),
            (r#"{"type":"atlas:set-language","language":"ug"}"#, HostCommand::SetLanguage(Language::Uyghur)),
            (r#"{"type":"atlas:set-language","language":"zh-CN"}"#, HostCommand::SetLanguage(Language::Chinese)),
        ];
        for (json, command) in cases {
            assert_eq!(parse(json), Ok(command), "{json}");
        }
    }

    #[test]
    fn wrong_shapes_are_refused() {
        for json in [
            "",
            "null",
            "42",
            "\"atlas:play\"",
            "[]",
            r#"{}"#,
            r#"{"type":"atlas:dance"}"#,
            r#"{"type":"atlas:set-date"}"#,
            r#"{"type":"atlas:set-date","date":19450915}"#,
            r#"{"type":"atlas:set-date","date":"1945-02-30"}"#,
            r#"{"type":"atlas:select-place"}"#,
            r#"{"type":"atlas:select-place","place":"<img src=x>"}"#,
            r#"{"type":"atlas:select-event","event":{"id":"x"}}"#,
            r#"{"type":"atlas:play","date":"1945-09-15"}"#,
            r#"{"type":"atlas:pause","place":"ghulja"}"#,
            r#"{"type":"atlas:select-place","place":"ghulja","event":"etr-declared"}"#,
            r#"{"type":["atlas:play"]}"#,
            r#"{"type":"atlas:set-language"}"#,
            r#"{"type":"atlas:set-language","language":"fr"}"#,
            r#"{"type":"atlas:set-language","language":"zh-TW"}"#,
            r#"{"type":"atlas:set-language","language":7}"#,
            r#"{"type":"atlas:play","language":"ru"}"#,
        ] {
            assert!(parse(json).is_err(), "{json} should be refused");
        }
    }

    #[test]
    fn huge_and_deep_messages_are_refused_without_harm() {
        let huge = format!(r#"{{"type":"atlas:set-date","date":"{}"}}"#, "1".repeat(1_000_000));
        assert!(parse(&huge).unwrap_err().0.contains("longer"));
        let deep = format!(r#"{{"type":"atlas:play","x":{}{}}}"#, "[".repeat(500), "]".repeat(500));
        assert!(parse(&deep).is_err());
    }

    #[test]
    fn no_input_panics() {
        let pieces = [
            "{",
            "}",
            "\"type\"",
            ":",
            "\"atlas:set-date\"",
            ",",
            "\"date\"",
            "\"1945-09-15\"",
            "null",
            "[",
            "]",
            "\"place\"",
            "\"é\\u0000\"",
            "1e999",
            "-0",
            "\"atlas:set-language\"",
            "\"language\"",
            "\"ug\"",
        ];
        for text in crate::random_texts::random_texts(&pieces, 50_000, 14, 11) {
            let _ = parse(&text);
        }
    }

    #[test]
    fn notices_are_json_a_host_can_read() {
        let date = Date::new(1945, 9, 15).unwrap();
        let ready: serde_json::Value =
            serde_json::from_str(&AtlasNotice::Ready { date, event: None, place: Some("ghulja".into()) }.to_json()).unwrap();
        assert_eq!(ready["type"], "atlas:ready");
        assert_eq!(ready["version"], API_VERSION);
        assert_eq!(ready["place"], "ghulja");
        assert_eq!(AtlasNotice::DateChanged { date }.to_json(), r#"{"type":"atlas:date-changed","date":"1945-09-15"}"#);
    }
}
