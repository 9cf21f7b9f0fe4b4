//! Dates as historians write them: a day, a month, a season or a year, maybe
//! approximate or uncertain, maybe an interval. A small part of EDTF
//! (ISO 8601-2): `1944-11-12`, `1945-09~`, `1945-23`, `1947?`,
//! `1945-07/1945-09`.

use crate::date::Date;
use crate::i18n::messages::{Arg, Messages};
use std::fmt;

/// How finely a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Day,
    Month,
    Season,
    Year,
}

/// The EDTF qualifiers: `?` uncertain, `~` approximate, `%` both.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Qualifier {
    pub uncertain: bool,
    pub approximate: bool,
}

/// One date of the data, e.g. `1945-09~`: every day it may stand for, from
/// `first` to `last`, with its precision and qualifier.
///
/// ```
/// use atlas_core::history::fuzzy_date::{FuzzyDate, Precision};
/// let d = FuzzyDate::parse("1945-09~").unwrap();
/// assert_eq!(d.precision(), Precision::Month);
/// assert_eq!(d.first().iso(), "1945-09-01");
/// assert_eq!(d.last().iso(), "1945-09-30");
/// assert_eq!(d.to_string(), "about September 1945");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FuzzyDate {
    start: Single,
    /// The end of an interval `A/B`.
    end: Option<Single>,
}

/// One side of a date: a day, month, season or year with its qualifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Single {
    year: i32,
    /// 1–12 for a month, 21–24 for a season, 0 for a year.
    part: u8,
    day: u8,
    precision: Precision,
    qualifier: Qualifier,
}

impl Single {
    fn parse(text: &str) -> Result<Single, String> {
        let (body, qualifier) = match text.as_bytes().last() {
            Some(b'?') => (&text[..text.len() - 1], Qualifier { uncertain: true, approximate: false }),
            Some(b'~') => (&text[..text.len() - 1], Qualifier { uncertain: false, approximate: true }),
            Some(b'%') => (&text[..text.len() - 1], Qualifier { uncertain: true, approximate: true }),
            _ => (text, Qualifier::default()),
        };
        let fields: Vec<&str> = body.split('-').collect();
        let number = |s: &str, len: usize| -> Option<u32> {
            (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
        };
        let shape = || {
            format!("\"{text}\" is not a date of the forms YYYY, YYYY-MM, YYYY-MM-DD or YYYY-21…24 (seasons), with an optional ?, ~ or %")
        };
        let year = fields.first().and_then(|y| number(y, 4)).ok_or_else(shape)? as i32;
        let single = |part, day, precision| Single { year, part, day, precision, qualifier };
        match fields.as_slice() {
            [_] => Ok(single(0, 0, Precision::Year)),
            [_, m] => match number(m, 2).ok_or_else(shape)? {
                m @ 1..=12 => Ok(single(m as u8, 0, Precision::Month)),
                s @ 21..=24 => Ok(single(s as u8, 0, Precision::Season)),
                _ => Err(format!("\"{text}\" has no month or season {m} (months are 01–12, seasons 21–24)")),
            },
            [_, m, d] => {
                let (m, d) = (number(m, 2).ok_or_else(shape)?, number(d, 2).ok_or_else(shape)?);
                Date::new(year, m as u8, d as u8)
                    .map(|_| single(m as u8, d as u8, Precision::Day))
                    .ok_or_else(|| format!("\"{text}\" is not a day of the calendar"))
            }
            _ => Err(shape()),
        }
    }

    /// The first day the date may mean.
    fn first(self) -> Date {
        let date = |m, d| Date::new(self.year, m, d).expect("validated at parse");
        match self.precision {
            Precision::Day => date(self.part, self.day),
            Precision::Month => date(self.part, 1),
            // Northern seasons by months: March–May, June–August,
            // September–November, December–February (winter 1945 = Dec 1945 – Feb 1946).
            Precision::Season => date([3, 6, 9, 12][usize::from(self.part - 21)], 1),
            Precision::Year => date(1, 1),
        }
    }

    /// The last day the date may mean.
    fn last(self) -> Date {
        match self.precision {
            Precision::Day => self.first(),
            Precision::Month => self.first().add_months(1).add_days(-1),
            Precision::Season => self.first().add_months(3).add_days(-1),
            Precision::Year => Date::new(self.year, 12, 31).expect("every year has 31 December"),
        }
    }

    /// The date without its qualifier: "12 November 1944", "autumn 1945".
    fn plain_in(self, words: &Messages) -> String {
        match self.precision {
            Precision::Day => words.date(self.first()),
            Precision::Month => words.month(self.year, self.part),
            Precision::Season => words.season(self.year, self.part - 20),
            Precision::Year => words.year(self.year),
        }
    }

    /// "about September 1945", "12 November 1944 (uncertain)".
    fn in_words(self, words: &Messages) -> String {
        let date = [("date", Arg::from(self.plain_in(words)))];
        match (self.qualifier.approximate, self.qualifier.uncertain) {
            (true, true) => words.text_with("date-about-uncertain", &date),
            (true, false) => words.text_with("date-about", &date),
            (false, true) => words.text_with("date-uncertain", &date),
            (false, false) => self.plain_in(words),
        }
    }

    fn iso(self) -> String {
        let body = match self.precision {
            Precision::Day => self.first().iso(),
            Precision::Month | Precision::Season => format!("{:04}-{:02}", self.year, self.part),
            Precision::Year => format!("{:04}", self.year),
        };
        let mark = match (self.qualifier.uncertain, self.qualifier.approximate) {
            (true, true) => "%",
            (true, false) => "?",
            (false, true) => "~",
            (false, false) => "",
        };
        body + mark
    }
}

impl FuzzyDate {
    /// Parses the EDTF subset described in the module doc; the error says
    /// what is wrong in words a curator can act on.
    pub fn parse(text: &str) -> Result<FuzzyDate, String> {
        if text.len() > 40 {
            return Err("a date is at most 40 characters".to_owned());
        }
        match text.split_once('/') {
            None => Ok(FuzzyDate { start: Single::parse(text)?, end: None }),
            Some((a, b)) => {
                let (start, end) = (Single::parse(a)?, Single::parse(b)?);
                if end.last() < start.first() {
                    return Err(format!("the interval \"{text}\" ends before it begins"));
                }
                Ok(FuzzyDate { start, end: Some(end) })
            }
        }
    }

    /// The first day the date may stand for; the day the atlas places it on.
    pub fn first(&self) -> Date {
        self.start.first()
    }

    /// The last day the date may stand for.
    pub fn last(&self) -> Date {
        self.end.unwrap_or(self.start).last()
    }

    /// The coarser precision of its ends.
    pub fn precision(&self) -> Precision {
        self.end.map_or(self.start.precision, |e| e.precision.max(self.start.precision))
    }

    /// Whether either end is marked approximate or uncertain.
    pub fn is_qualified(&self) -> bool {
        let q = |s: Single| s.qualifier.uncertain || s.qualifier.approximate;
        q(self.start) || self.end.is_some_and(q)
    }

    /// The EDTF text, normalised (what a URL or a data file holds).
    pub fn edtf(&self) -> String {
        match self.end {
            None => self.start.iso(),
            Some(end) => format!("{}/{}", self.start.iso(), end.iso()),
        }
    }

    /// How precisely the date is known, in words: "known to the month".
    pub fn precision_in_words(&self, words: &Messages) -> String {
        let precision = match self.precision() {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Season => "season",
            Precision::Year => "year",
        };
        words.text(&format!("precision-{precision}"))
    }
}

impl FuzzyDate {
    /// The date in words in a language: "12 November 1944", "about
    /// September 1945", "July 1945 to September 1945".
    pub fn in_words(&self, words: &Messages) -> String {
        match self.end {
            None => self.start.in_words(words),
            Some(end) => {
                words.text_with("date-interval", &[("from", self.start.in_words(words).into()), ("to", end.in_words(words).into())])
            }
        }
    }
}

/// In English (as curators and the tests read it).
impl fmt::Display for FuzzyDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_words(&Messages::english()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> FuzzyDate {
        FuzzyDate::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    #[test]
    fn each_precision_covers_its_days() {
        let cases = [
            ("1944-11-12", "1944-11-12", "1944-11-12", Precision::Day),
            ("1944-11", "1944-11-01", "1944-11-30", Precision::Month),
            ("1944-02", "1944-02-01", "1944-02-29", Precision::Month),
            ("1945", "1945-01-01", "1945-12-31", Precision::Year),
            ("1945-21", "1945-03-01", "1945-05-31", Precision::Season),
            ("1945-23", "1945-09-01", "1945-11-30", Precision::Season),
            ("1945-24", "1945-12-01", "1946-02-28", Precision::Season),
            ("1945-07/1945-09", "1945-07-01", "1945-09-30", Precision::Month),
            ("1944-11-07/1945", "1944-11-07", "1945-12-31", Precision::Year),
        ];
        for (text, first, last, precision) in cases {
            let d = parse(text);
            assert_eq!((d.first().iso().as_str(), d.last().iso().as_str(), d.precision()), (first, last, precision), "{text}");
        }
    }

    #[test]
    fn qualifiers_are_read_and_written_back() {
        for text in ["1944-11-12?", "1945-09~", "1947%", "1945-23~", "1945-07?/1945-09~", "1949-12-22"] {
            assert_eq!(parse(text).edtf(), text);
        }
        assert!(parse("1945-09~").is_qualified());
        assert!(!parse("1945-09").is_qualified());
    }

    #[test]
    fn dates_read_as_a_museum_would_write_them() {
        assert_eq!(parse("1944-11-12").to_string(), "12 November 1944");
        assert_eq!(parse("1944-11-12?").to_string(), "12 November 1944 (uncertain)");
        assert_eq!(parse("1945-09~").to_string(), "about September 1945");
        assert_eq!(parse("1945-23").to_string(), "autumn 1945");
        assert_eq!(parse("1947%").to_string(), "about 1947 (uncertain)");
        assert_eq!(parse("1945-07/1945-09").to_string(), "July 1945 to September 1945");
    }

    #[test]
    fn malformed_dates_are_errors_with_reasons() {
        for bad in [
            "",
            "45",
            "1944-13",
            "1944-11-31",
            "1944-25",
            "1944-1-12",
            "1944-11-12-01",
            "1944/",
            "/1944",
            "1945/1944",
            "1944??",
            "~1944",
            "19４4",
            "1944-11-12T00",
            "1944 -11",
            "a/b/c",
        ] {
            assert!(FuzzyDate::parse(bad).is_err(), "{bad:?} should be rejected");
        }
        assert!(FuzzyDate::parse(&"1".repeat(10_000)).is_err());
    }

    #[test]
    fn arbitrary_text_never_panics() {
        // A deterministic sweep over short strings of the characters that matter.
        let alphabet = ['1', '9', '4', '0', '-', '/', '?', '~', '%', '2', 'x'];
        let mut text = String::new();
        for n in 0..200_000u64 {
            text.clear();
            let mut k = n;
            while k > 0 {
                text.push(alphabet[(k % alphabet.len() as u64) as usize]);
                k /= alphabet.len() as u64;
            }
            if let Ok(d) = FuzzyDate::parse(&text) {
                assert!(d.first() <= d.last(), "{text}");
                assert_eq!(FuzzyDate::parse(&d.edtf()).unwrap(), d, "{text}");
            }
        }
    }
}
