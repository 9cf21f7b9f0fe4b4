//! The span of days the date control moves through.

use crate::date::Date;

/// A closed range of days, moved through one day at a time.
///
/// ```
/// use atlas_core::{date::Date, timeline::Timeline};
/// let t = Timeline::DEFAULT;
/// assert_eq!(t.start(), Date::new(1944, 9, 1).unwrap());
/// assert_eq!(t.clamp(Date::new(1960, 1, 1).unwrap()), t.end());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timeline {
    start: Date,
    end: Date,
}

/// A day known to exist, for the constants below (a wrong one fails the build).
const fn day(year: i32, month: u8, day: u8) -> Date {
    match Date::new(year, month, day) {
        Some(d) => d,
        None => panic!("no such day"),
    }
}

impl Timeline {
    /// September 1944, the eve of the rising in Nilka, to December 1949, when
    /// the National Army was merged into the People's Liberation Army.
    pub const DEFAULT: Timeline = Timeline { start: day(1944, 9, 1), end: day(1949, 12, 31) };

    /// The background from 1934 and the aftermath to 1955 as well: the
    /// prologue and epilogue of the story.
    pub const WHOLE: Timeline = Timeline { start: day(1934, 1, 1), end: day(1955, 12, 31) };

    /// A timeline from `start` to `end`; `None` if `end` comes first.
    pub fn new(start: Date, end: Date) -> Option<Timeline> {
        (start <= end).then_some(Timeline { start, end })
    }

    pub fn start(self) -> Date {
        self.start
    }

    pub fn end(self) -> Date {
        self.end
    }

    /// How many days the timeline holds (both ends included).
    pub fn len_days(self) -> i64 {
        self.end.day_number() - self.start.day_number() + 1
    }

    /// The date brought inside the timeline.
    pub fn clamp(self, date: Date) -> Date {
        date.clamp(self.start, self.end)
    }

    /// Position of `date` as days from the start, clamped to the timeline.
    pub fn offset_of(self, date: Date) -> i64 {
        self.clamp(date).day_number() - self.start.day_number()
    }

    /// The date `offset` days after the start, clamped to the timeline.
    pub fn date_at(self, offset: i64) -> Date {
        self.clamp(self.start.add_days(offset.clamp(0, self.len_days() - 1)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_timeline_runs_from_september_1944_to_december_1949() {
        let t = Timeline::DEFAULT;
        assert_eq!(t.start().iso(), "1944-09-01");
        assert_eq!(t.end().iso(), "1949-12-31");
        assert_eq!(t.len_days(), 1948);
    }

    #[test]
    fn offsets_and_dates_are_inverse_inside_the_timeline() {
        let t = Timeline::DEFAULT;
        for offset in 0..t.len_days() {
            assert_eq!(t.offset_of(t.date_at(offset)), offset);
        }
    }

    #[test]
    fn offsets_outside_the_timeline_are_clamped() {
        let t = Timeline::DEFAULT;
        assert_eq!(t.date_at(-5), t.start());
        assert_eq!(t.date_at(1_000_000), t.end());
        assert_eq!(t.date_at(i64::MAX), t.end());
    }

    #[test]
    fn a_timeline_cannot_end_before_it_starts() {
        let a = Date::new(1945, 1, 1).unwrap();
        let b = Date::new(1944, 1, 1).unwrap();
        assert!(Timeline::new(a, b).is_none());
    }
}
