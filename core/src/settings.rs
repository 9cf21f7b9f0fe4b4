//! The settings a museum or a host edits without touching code:
//! `assets/settings.json` (its format is in `assets/SETTINGS.md`).
//!
//! Every field may be left out; the defaults suit a visitor at a desk.
//! A broken file never stops the atlas: the app uses the defaults and says why.

use crate::history::History;
use crate::json::from_json_record;
use crate::mode::Mode;
use crate::problem::Problem;

pub const SETTINGS_FILE: &str = "assets/settings.json";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    /// The mode when a link names none: a kiosk PC can simply open the atlas.
    pub mode: Mode,
    pub kiosk: KioskSettings,
    pub embed: EmbedSettings,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KioskSettings {
    /// Seconds without a touch before the "still there?" countdown.
    pub idle_seconds: u32,
    /// Seconds the countdown lasts before the atlas returns to its opening view.
    pub countdown_seconds: u32,
    /// Seconds the attract loop stays on each key moment.
    pub seconds_per_moment: u32,
    /// The events the attract loop plays through, in order.
    pub key_moments: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedSettings {
    /// Origins whose pages may drive the atlas by `postMessage`
    /// (`https://news.example`), or `*` for any page that embeds it.
    pub allowed_origins: Vec<String>,
}

impl EmbedSettings {
    /// Whether a message from `origin` may be acted on.
    ///
    /// ```
    /// use atlas_core::settings::EmbedSettings;
    /// let only = EmbedSettings { allowed_origins: vec!["https://news.example".into()] };
    /// assert!(only.allows("https://news.example"));
    /// assert!(!only.allows("https://news.example.evil"));
    /// assert!(!only.allows("null"));
    /// ```
    pub fn allows(&self, origin: &str) -> bool {
        origin != "null" && self.allowed_origins.iter().any(|o| o == "*" || o == origin)
    }
}

/// The key moments the attract loop shows when the file names none.
const DEFAULT_KEY_MOMENTS: [&str; 12] = [
    "gongha-unrest",
    "ghulja-rising",
    "etr-declared",
    "ghulja-airbase-taken",
    "national-army-formed",
    "tashkurgan-fortress-taken",
    "manasi-river-front",
    "peace-agreement-june-1946",
    "coalition-collapses",
    "delegation-plane-crash",
    "xinjiang-government-changes-sides",
    "national-army-merged-into-pla",
];

impl Default for Settings {
    fn default() -> Self {
        Settings {
            mode: Mode::Explore,
            kiosk: KioskSettings {
                idle_seconds: 90,
                countdown_seconds: 15,
                seconds_per_moment: 12,
                key_moments: DEFAULT_KEY_MOMENTS.iter().map(|s| (*s).to_owned()).collect(),
            },
            embed: EmbedSettings { allowed_origins: vec!["*".to_owned()] },
        }
    }
}

struct SettingsFile {
    mode: Option<String>,
    kiosk: Option<KioskFile>,
    embed: Option<EmbedFile>,
}

struct KioskFile {
    idle_seconds: Option<u32>,
    countdown_seconds: Option<u32>,
    seconds_per_moment: Option<u32>,
    key_moments: Option<Vec<String>>,
}

struct EmbedFile {
    allowed_origins: Option<Vec<String>>,
}

from_json_record!(SettingsFile, strict { mode: optional, kiosk: optional, embed: optional });
from_json_record!(
    KioskFile,
    strict { idle_seconds: optional, countdown_seconds: optional, seconds_per_moment: optional, key_moments: optional }
);
from_json_record!(EmbedFile, strict { allowed_origins: optional });

impl Settings {
    /// Reads the settings file, reporting every problem in it.
    ///
    /// ```
    /// use atlas_core::settings::Settings;
    /// let s = Settings::parse(r#"{"mode": "kiosk", "kiosk": {"idle_seconds": 60}}"#).unwrap();
    /// assert_eq!((s.mode.id(), s.kiosk.idle_seconds, s.kiosk.countdown_seconds), ("kiosk", 60, 15));
    /// let problems = Settings::parse(r#"{"kiosk": {"idle_seconds": 2}, "embed": {"allowed_origins": ["news.example"]}}"#).unwrap_err();
    /// assert_eq!(problems.len(), 2);
    /// ```
    pub fn parse(text: &str) -> Result<Settings, Vec<Problem>> {
        let file: SettingsFile = crate::json::from_str(text).map_err(|e| vec![Problem::whole_file(SETTINGS_FILE, e.to_string())])?;
        let mut settings = Settings::default();
        let mut problems = Vec::new();
        if let Some(mode) = file.mode {
            match Mode::from_id(&mode) {
                Some(m) => settings.mode = m,
                None => problems.push(Problem::new(
                    SETTINGS_FILE,
                    "",
                    "mode",
                    format!("“{mode}” is not a mode: explore, kiosk, embed or present"),
                )),
            }
        }
        if let Some(kiosk) = file.kiosk {
            let mut seconds = |value: Option<u32>, field: &str, range: std::ops::RangeInclusive<u32>, into: &mut u32| {
                if let Some(v) = value {
                    if range.contains(&v) {
                        *into = v;
                    } else {
                        problems.push(Problem::new(
                            SETTINGS_FILE,
                            "kiosk",
                            field,
                            format!("{v} seconds is outside {}–{}", range.start(), range.end()),
                        ));
                    }
                }
            };
            seconds(kiosk.idle_seconds, "idle_seconds", 15..=3600, &mut settings.kiosk.idle_seconds);
            seconds(kiosk.countdown_seconds, "countdown_seconds", 3..=120, &mut settings.kiosk.countdown_seconds);
            seconds(kiosk.seconds_per_moment, "seconds_per_moment", 4..=300, &mut settings.kiosk.seconds_per_moment);
            if let Some(moments) = kiosk.key_moments {
                if moments.is_empty() {
                    problems.push(Problem::new(SETTINGS_FILE, "kiosk", "key_moments", "the attract loop needs at least one event"));
                } else {
                    settings.kiosk.key_moments = moments;
                }
            }
        }
        if let Some(origins) = file.embed.and_then(|e| e.allowed_origins) {
            for (i, origin) in origins.iter().enumerate() {
                if !is_origin(origin) {
                    problems.push(Problem::new(
                        SETTINGS_FILE,
                        "embed",
                        &format!("allowed_origins[{i}]"),
                        format!("“{origin}” is not an origin such as https://news.example (scheme and host, no path), nor *"),
                    ));
                }
            }
            settings.embed.allowed_origins = origins;
        }
        if problems.is_empty() {
            Ok(settings)
        } else {
            Err(problems)
        }
    }

    /// Problems only the history can reveal: key moments it does not have.
    pub fn check_against(&self, history: &History) -> Vec<Problem> {
        self.kiosk
            .key_moments
            .iter()
            .enumerate()
            .filter(|(_, id)| history.event(id).is_none())
            .map(|(i, id)| Problem::new(SETTINGS_FILE, "kiosk", &format!("key_moments[{i}]"), format!("there is no event “{id}”")))
            .collect()
    }
}

/// `*`, or `http(s)://host[:port]` with nothing after it.
fn is_origin(text: &str) -> bool {
    if text == "*" {
        return true;
    }
    let Some(rest) = text.strip_prefix("https://").or_else(|| text.strip_prefix("http://")) else { return false };
    let (host, port) = rest.rsplit_once(':').filter(|(_, p)| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())).unwrap_or((rest, "0"));
    !host.is_empty()
        && port.parse::<u16>().is_ok()
        && host.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_file_gives_the_defaults() {
        assert_eq!(Settings::parse("{}"), Ok(Settings::default()));
    }

    #[test]
    fn every_problem_is_reported_with_its_field() {
        let text = r#"{"mode": "party", "kiosk": {"idle_seconds": 1, "countdown_seconds": 500, "key_moments": []},
                       "embed": {"allowed_origins": ["https://ok.example:8443", "https://bad.example/path", "ftp://x"]}}"#;
        let fields: Vec<String> = Settings::parse(text).unwrap_err().into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["mode", "idle_seconds", "countdown_seconds", "key_moments", "allowed_origins[1]", "allowed_origins[2]"]);
    }

    #[test]
    fn a_misspelt_field_is_named() {
        let problems = Settings::parse(r#"{"kiosk": {"idle_second": 60}}"#).unwrap_err();
        assert!(problems[0].message.contains("idle_second"), "{problems:?}");
    }

    #[test]
    fn the_wildcard_allows_any_real_origin_but_not_an_opaque_one() {
        let any = Settings::default().embed;
        assert!(any.allows("https://news.example"));
        assert!(!any.allows("null"));
    }
}
