//! The interface's words in one language, from a Fluent file
//! (`assets/i18n/<code>/atlas.ftl`), with dates and numbers in words.
//!
//! English is built in (the app can speak before any file arrives, and the
//! core's `Display` forms use it); the other languages are fetched.

use super::fluent::{self, Piece, Value};
use super::Language;
use crate::date::Date;
use crate::problem::Problem;
use std::collections::HashMap;
use std::rc::Rc;

/// The English file, built into the core.
pub const ENGLISH_FILE: &str = "assets/i18n/en/atlas.ftl";
/// Its text as built in: without the comments, which the reader skips
/// (each comment's line end stays, so line numbers stay the same).
const ENGLISH_FTL: &str = {
    const FILE: &[u8] = include_bytes!("../../../assets/i18n/en/atlas.ftl");
    const BYTES: [u8; without_comments_len(FILE)] = without_comments(FILE);
    match std::str::from_utf8(&BYTES) {
        Ok(text) => text,
        Err(_) => panic!("the English messages are UTF-8"),
    }
};

/// Whether the line of `text` starting at `start` is a comment, and where it ends.
const fn line_at(text: &[u8], start: usize) -> (bool, usize) {
    let mut end = start;
    while end < text.len() && text[end] != b'\n' {
        end += 1;
    }
    (start < text.len() && text[start] == b'#', end)
}

/// The length of `text` without its comment lines' contents.
const fn without_comments_len(text: &[u8]) -> usize {
    let (mut start, mut len) = (0, 0);
    while start < text.len() {
        let (comment, end) = line_at(text, start);
        if !comment {
            len += end - start;
        }
        if end < text.len() {
            len += 1;
        }
        start = end + 1;
    }
    len
}

/// `text` with every comment line's contents left out (its line end kept).
const fn without_comments<const N: usize>(text: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    let (mut start, mut at) = (0, 0);
    while start < text.len() {
        let (comment, end) = line_at(text, start);
        let mut i = if comment { end } else { start };
        while i < end {
            out[at] = text[i];
            at += 1;
            i += 1;
        }
        if end < text.len() {
            out[at] = b'\n';
            at += 1;
        }
        start = end + 1;
    }
    out
}

/// Where a language's file lives, relative to the page.
pub fn file_of(language: Language) -> String {
    format!("assets/i18n/{}/atlas.ftl", language.code())
}

/// A value put into a message: `{ $date }`, `{ $count }`.
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Number(n as f64)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Number(f64::from(n))
    }
}

pub struct Messages {
    language: Language,
    messages: HashMap<String, Vec<Piece>>,
    /// The ids of the messages the file defines, in its order.
    ids: Vec<String>,
    /// Where a message is missing (which the tests forbid), English answers.
    fallback: Option<Rc<Messages>>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Messages({}, {} ids)", self.language.code(), self.ids.len())
    }
}

thread_local! {
    static ENGLISH: Rc<Messages> = Rc::new(
        Messages::parse(Language::English, ENGLISH_FILE, ENGLISH_FTL, None).expect("the English messages are valid (the tests check them)"),
    );
}

impl Messages {
    /// The built-in English messages.
    pub fn english() -> Rc<Messages> {
        ENGLISH.with(Rc::clone)
    }

    /// Reads a Fluent file; every syntax error and repeated id is a problem.
    pub fn parse(language: Language, file: &str, text: &str, fallback: Option<Rc<Messages>>) -> Result<Messages, Vec<Problem>> {
        let entries = fluent::parse(text).map_err(|errors| {
            errors.into_iter().map(|(line, message)| Problem::new(file, &format!("line {line}"), "", message)).collect::<Vec<_>>()
        })?;
        let mut messages = HashMap::new();
        let mut ids = Vec::new();
        let mut problems = Vec::new();
        for (id, pieces, line) in entries {
            if messages.insert(id.clone(), pieces).is_some() {
                problems.push(Problem::new(file, &format!("line {line}"), &id, "this message id is used by an earlier message"));
            }
            ids.push(id);
        }
        if problems.is_empty() {
            Ok(Messages { language, messages, ids, fallback })
        } else {
            Err(problems)
        }
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// The ids this file defines.
    pub fn ids(&self) -> &[String] {
        &self.ids
    }

    /// The variables a message uses (`$date`), for the tests' comparison of languages.
    pub fn variables_of(&self, id: &str) -> Vec<String> {
        let mut names = Vec::new();
        if let Some(pieces) = self.messages.get(id) {
            fluent::variables(pieces, &mut names);
        }
        names.sort();
        names.dedup();
        names
    }

    /// Whether the file (or its English fallback) has a message.
    pub fn has(&self, id: &str) -> bool {
        self.messages.contains_key(id) || self.fallback.as_ref().is_some_and(|f| f.has(id))
    }

    /// A message with no variables.
    pub fn text(&self, id: &str) -> String {
        self.text_with(id, &[])
    }

    /// A message with its variables: `m.text_with("place-held-by", &[("who", name.into())])`.
    pub fn text_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let Some(pieces) = self.messages.get(id) else {
            return match &self.fallback {
                Some(english) => english.text_with(id, args),
                None => id.to_owned(),
            };
        };
        let values: Vec<(&str, Value)> = args
            .iter()
            .map(|(name, arg)| {
                (
                    *name,
                    match arg {
                        Arg::Text(text) => Value::Text(text),
                        Arg::Number(n) => Value::Number(*n),
                    },
                )
            })
            .collect();
        let mut out = String::new();
        fluent::format(pieces, &values, self.language, &mut out);
        out
    }

    /// A day in words: "12 November 1944", "12 ноября 1944 г.", "1944年11月12日".
    pub fn date(&self, date: Date) -> String {
        self.text_with(
            "date-day",
            &[
                ("day", date.day().to_string().into()),
                ("month", self.text(&format!("month-{}-of-day", date.month())).into()),
                ("monthNumber", date.month().to_string().into()),
                ("year", date.year().to_string().into()),
            ],
        )
    }

    /// The 28th of every month of 1944 in words: with tabular digits, every
    /// day of the atlas is as wide as one of them or narrower (the same words,
    /// as many digits or fewer). The date control's box holds them all,
    /// unseen, so it is sized once, and a slider step lays out the new date in
    /// that box alone and never moves the player beside it. Counting letters
    /// would not do: in Uyghur the month with the most letters is not the
    /// widest.
    pub fn widest_dates(&self) -> Vec<String> {
        (1..=12).filter_map(|month| Date::new(1944, month, 28)).map(|day| self.date(day)).collect()
    }

    /// A month in words: "November 1944".
    pub fn month(&self, year: i32, month: u8) -> String {
        self.text_with(
            "date-month",
            &[
                ("month", self.text(&format!("month-{month}")).into()),
                ("monthNumber", month.to_string().into()),
                ("year", year.to_string().into()),
            ],
        )
    }

    /// A season in words: "autumn 1945" (`season` 1–4: spring to winter).
    pub fn season(&self, year: i32, season: u8) -> String {
        self.text_with("date-season", &[("season", self.text(&format!("season-{season}")).into()), ("year", year.to_string().into())])
    }

    /// A year in words: "1945".
    pub fn year(&self, year: i32) -> String {
        self.text_with("date-year", &[("year", year.to_string().into())])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_english_reads_as_the_file_does() {
        let file = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../assets/i18n/en/atlas.ftl")).unwrap();
        assert!(ENGLISH_FTL.lines().all(|l| !l.starts_with('#')) && ENGLISH_FTL.len() < file.len());
        assert_eq!(ENGLISH_FTL.lines().count(), file.lines().count());
        assert!(fluent::parse(ENGLISH_FTL).is_ok_and(|entries| entries.len() > 100));
        assert_eq!(fluent::parse(ENGLISH_FTL), fluent::parse(&file));
    }

    #[test]
    fn only_comment_lines_are_emptied() {
        const TEXT: &[u8] = b"# a\nx = 1\n## b\n\ny = { $n ->\n    [one] one #1\n   *[other] many\n}\n#";
        const BYTES: [u8; without_comments_len(TEXT)] = without_comments(TEXT);
        let (text, stripped) = (std::str::from_utf8(TEXT).unwrap(), std::str::from_utf8(&BYTES).unwrap());
        assert_eq!(stripped, "\nx = 1\n\n\ny = { $n ->\n    [one] one #1\n   *[other] many\n}\n");
        assert_eq!(fluent::parse(stripped), fluent::parse(text));
    }

    #[test]
    fn english_says_dates_as_the_atlas_always_has() {
        let m = Messages::english();
        assert_eq!(m.date(Date::new(1944, 11, 12).unwrap()), "12 November 1944");
        assert_eq!(m.month(1945, 9), "September 1945");
        assert_eq!(m.season(1945, 3), "autumn 1945");
        assert_eq!(m.year(1949), "1949");
    }

    #[test]
    fn every_day_of_the_atlas_is_one_of_the_widest_dates_or_has_fewer_digits() {
        // Digits apart, the words; and how many digits.
        let shape = |text: &str| {
            (text.chars().filter(|c| !c.is_ascii_digit()).collect::<String>(), text.chars().filter(char::is_ascii_digit).count())
        };
        for language in Language::ALL {
            let text = std::fs::read_to_string(format!("{}/../{}", env!("CARGO_MANIFEST_DIR"), file_of(language))).unwrap();
            let m = Messages::parse(language, "atlas.ftl", &text, Some(Messages::english())).unwrap();
            let widest: Vec<_> = m.widest_dates().iter().map(|d| shape(d)).collect();
            assert_eq!(widest.len(), 12);
            let mut day = Date::new(1934, 1, 1).unwrap();
            while day <= Date::new(1955, 12, 31).unwrap() {
                let (words, digits) = shape(&m.date(day));
                assert!(
                    widest.iter().any(|(w, d)| *w == words && *d >= digits),
                    "{language:?}: {} is none of the widest dates",
                    m.date(day)
                );
                day = day.add_days(1);
            }
        }
        assert_eq!(Messages::english().widest_dates()[8], "28 September 1944");
    }

    #[test]
    fn a_broken_file_is_refused_with_its_name() {
        let problems = Messages::parse(Language::Russian, "assets/i18n/ru/atlas.ftl", "ok = да\nbroken = { $\n", None).unwrap_err();
        assert!(problems[0].to_string().starts_with("assets/i18n/ru/atlas.ftl"), "{problems:?}");
    }

    #[test]
    fn a_missing_message_falls_back_to_english() {
        let ru = Messages::parse(Language::Russian, "ru.ftl", "date-year = { $year } г.\n", Some(Messages::english())).unwrap();
        assert_eq!(ru.year(1945), "1945 г.");
        assert_eq!(ru.text("season-3"), "autumn");
    }
}
