//! The atlas in four languages: English, Uyghur (Arabic script, right to
//! left), Chinese (Simplified) and Russian.
//!
//! - [`Language`]: which one, its direction, and how a browser's preferences pick it.
//! - [`messages::Messages`]: the interface's words (Fluent files under
//!   `assets/i18n/<code>/atlas.ftl`), dates in words, numbers with units.
//! - [`content`]: the history and the places' notes in another language,
//!   laid over the English data (`assets/i18n/<code>/*.json`).

pub mod content;
pub mod fluent;
pub mod messages;

/// A language the atlas speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Language {
    #[default]
    English,
    Uyghur,
    Chinese,
    Russian,
}

impl Language {
    pub const ALL: [Language; 4] = [Language::English, Language::Uyghur, Language::Chinese, Language::Russian];

    /// The BCP 47 tag, used in links (`?lang=ug`), file paths and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Uyghur => "ug",
            Language::Chinese => "zh-Hans",
            Language::Russian => "ru",
        }
    }

    /// The language's name for itself, for the language menu.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Uyghur => "ئۇيغۇرچە",
            Language::Chinese => "简体中文",
            Language::Russian => "Русский",
        }
    }

    pub fn is_right_to_left(self) -> bool {
        self == Language::Uyghur
    }

    /// `ltr` or `rtl`, for `<html dir>`.
    pub fn dir(self) -> &'static str {
        if self.is_right_to_left() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// Reads a tag as a link or a browser gives it: `ru`, `ru-RU`, `zh`,
    /// `zh-CN`, `zh-Hans`, `ug-Arab-CN`, any case. Chinese in traditional
    /// characters is not among the atlas's languages.
    ///
    /// ```
    /// use atlas_core::i18n::Language;
    /// assert_eq!(Language::from_tag("zh-CN"), Some(Language::Chinese));
    /// assert_eq!(Language::from_tag("UG"), Some(Language::Uyghur));
    /// assert_eq!(Language::from_tag("zh-TW"), None);
    /// assert_eq!(Language::from_tag("fr"), None);
    /// ```
    pub fn from_tag(tag: &str) -> Option<Language> {
        let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
        let mut parts = tag.split('-');
        let primary = parts.next()?;
        let rest: Vec<&str> = parts.collect();
        match primary {
            "en" => Some(Language::English),
            "ug" => Some(Language::Uyghur),
            "ru" => Some(Language::Russian),
            "zh" if rest.iter().any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo")) => None,
            "zh" => Some(Language::Chinese),
            _ => None,
        }
    }

    /// The first of a browser's preferred languages the atlas has, else English.
    ///
    /// ```
    /// use atlas_core::i18n::Language;
    /// assert_eq!(Language::negotiate(["fr-FR", "ru", "en"]), Language::Russian);
    /// assert_eq!(Language::negotiate(["de"]), Language::English);
    /// ```
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Language {
        preferred.into_iter().find_map(Language::from_tag).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_reads_its_own_code() {
        for language in Language::ALL {
            assert_eq!(Language::from_tag(language.code()), Some(language));
        }
    }
}

/// Something to tell the visitor, kept as a message id and its values until
/// it is shown, so that it is said in the language in use then.
///
/// ```
/// use atlas_core::i18n::{messages::Messages, Note};
/// let note = Note::new("url-bad-date", &[("value", "1944-13-45")]);
/// assert!(note.in_words(&Messages::english()).contains("1944-13-45"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Note {
    pub fn new(id: &'static str, args: &[(&'static str, &str)]) -> Note {
        Note { id, args: args.iter().map(|(k, v)| (*k, (*v).to_owned())).collect() }
    }

    pub fn in_words(&self, words: &messages::Messages) -> String {
        let args: Vec<(&str, messages::Arg)> = self.args.iter().map(|(k, v)| (*k, v.as_str().into())).collect();
        words.text_with(self.id, &args)
    }
}
