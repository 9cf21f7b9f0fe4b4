//! A problem found in a data file, precise enough for a curator to fix it.

use std::fmt;

/// One thing wrong in one data file: which file, which record, which field.
///
/// ```
/// use atlas_core::problem::Problem;
/// let p = Problem::new("assets/map/base.json", "feature \"xinjiang\"", "polygons[0][0]", "a ring needs at least 3 points, found 2");
/// assert_eq!(p.to_string(), "assets/map/base.json: feature \"xinjiang\", polygons[0][0]: a ring needs at least 3 points, found 2");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub record: String,
    pub field: String,
    pub message: String,
}

impl Problem {
    pub fn new(file: &str, record: &str, field: &str, message: impl Into<String>) -> Problem {
        Problem { file: file.to_owned(), record: record.to_owned(), field: field.to_owned(), message: message.into() }
    }

    /// A problem with the file as a whole (unreadable, not JSON, wrong shape).
    pub fn whole_file(file: &str, message: impl Into<String>) -> Problem {
        Problem::new(file, "", "", message)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.file)?;
        match (self.record.is_empty(), self.field.is_empty()) {
            (true, true) => {}
            (false, true) => write!(f, "{}: ", self.record)?,
            (true, false) => write!(f, "{}: ", self.field)?,
            (false, false) => write!(f, "{}, {}: ", self.record, self.field)?,
        }
        write!(f, "{}", self.message)
    }
}
