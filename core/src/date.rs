//! Calendar dates on the proleptic Gregorian calendar, counted in days.
//!
//! The slider works in whole days, so a date is also a day number (days since
//! 1970-01-01, negative before it). Conversions use Howard Hinnant's
//! `days_from_civil` algorithm, exact for every year an `i32` can hold.

use std::fmt;

/// A day of the Gregorian calendar, e.g. 12 November 1944.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// English month names, for the long form "12 November 1944".
pub const MONTH_NAMES: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// Why a text is not a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    Shape(String),
    /// A month outside 1–12 or a day the month does not have.
    NoSuchDay(String),
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Shape(text) => write!(f, "\"{text}\" is not a date of the form YYYY-MM-DD"),
            DateError::NoSuchDay(text) => write!(f, "\"{text}\" is not a day of the calendar"),
        }
    }
}

impl Date {
    /// The date, if that day exists (`Date::new(1945, 2, 29)` is `None`).
    pub const fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month) {
            Some(Date { year, month, day })
        } else {
            None
        }
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01.
    pub fn day_number(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let year_of_era = y - era * 400;
        let m = i64::from(self.month);
        let day_of_year = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `days` after 1970-01-01 (before it when negative).
    pub fn from_day_number(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Date { year: year as i32, month, day }
    }

    /// The date `days` later (earlier when negative).
    pub fn add_days(self, days: i64) -> Date {
        Date::from_day_number(self.day_number() + days)
    }

    /// The same day `months` later, clamped to the month's last day
    /// (31 January + 1 month = 28 or 29 February).
    pub fn add_months(self, months: i32) -> Date {
        let index = self.year * 12 + i32::from(self.month) - 1 + months;
        let year = index.div_euclid(12);
        let month = (index.rem_euclid(12) + 1) as u8;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// Parses the ISO 8601 calendar form `YYYY-MM-DD`.
    pub fn parse_iso(text: &str) -> Result<Date, DateError> {
        let shape = || DateError::Shape(text.to_owned());
        let mut parts = text.split('-');
        let (Some(y), Some(m), Some(d), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
            return Err(shape());
        };
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
            return Err(shape());
        }
        let (year, month, day) = (y.parse().map_err(|_| shape())?, m.parse().map_err(|_| shape())?, d.parse().map_err(|_| shape())?);
        Date::new(year, month, day).ok_or_else(|| DateError::NoSuchDay(text.to_owned()))
    }

    /// The ISO 8601 form, `1944-11-12`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The English month name.
    pub fn month_name(self) -> &'static str {
        MONTH_NAMES[usize::from(self.month - 1)]
    }
}

/// The long English form, `12 November 1944`.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::i18n::messages::Messages::english().date(*self))
    }
}

const fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u8, d: u8) -> Date {
        Date::new(y, m, d).unwrap()
    }

    #[test]
    fn the_unix_epoch_is_day_zero() {
        assert_eq!(date(1970, 1, 1).day_number(), 0);
        assert_eq!(Date::from_day_number(0), date(1970, 1, 1));
    }

    #[test]
    fn the_declaration_of_november_1944_lies_before_the_epoch() {
        // 12 November 1944 was 9,181 days before 1 January 1970.
        assert_eq!(date(1944, 11, 12).day_number(), -9181);
    }

    #[test]
    fn every_day_from_1900_to_2000_round_trips_and_is_consecutive() {
        let first = date(1900, 1, 1).day_number();
        let last = date(2000, 12, 31).day_number();
        let mut previous: Option<Date> = None;
        for n in first..=last {
            let d = Date::from_day_number(n);
            assert_eq!(d.day_number(), n);
            if let Some(p) = previous {
                assert!(p < d, "{p} should come before {d}");
            }
            previous = Some(d);
        }
    }

    #[test]
    fn leap_years_follow_the_gregorian_rule() {
        assert!(Date::new(1944, 2, 29).is_some());
        assert!(Date::new(1945, 2, 29).is_none());
        assert!(Date::new(1900, 2, 29).is_none());
        assert!(Date::new(2000, 2, 29).is_some());
    }

    #[test]
    fn adding_a_month_keeps_the_day_or_clamps_it() {
        assert_eq!(date(1944, 11, 12).add_months(1), date(1944, 12, 12));
        assert_eq!(date(1945, 1, 31).add_months(1), date(1945, 2, 28));
        assert_eq!(date(1945, 1, 15).add_months(-2), date(1944, 11, 15));
    }

    #[test]
    fn iso_dates_parse_and_print_back() {
        assert_eq!(Date::parse_iso("1949-12-20").unwrap(), date(1949, 12, 20));
        assert_eq!(date(1944, 9, 1).iso(), "1944-09-01");
    }

    #[test]
    fn malformed_iso_dates_are_errors_not_panics() {
        for bad in
            ["", "1944", "1944-11", "1944-11-31", "1944-13-01", "44-11-12", "1944-1-12", "1944-11-12-1", "１９４４-11-12", "+944-11-12"]
        {
            assert!(Date::parse_iso(bad).is_err(), "{bad:?} should be rejected");
        }
    }

    #[test]
    fn the_long_form_reads_as_a_museum_label() {
        assert_eq!(date(1944, 11, 12).to_string(), "12 November 1944");
    }
}
