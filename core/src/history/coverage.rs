//! The coverage list (`assets/history/coverage.json`): every dated statement
//! of the sources, and where the atlas carries it or why it leaves it out.
//! Only the test suite reads it; it is the curators' proof of completeness.

use super::fuzzy_date::FuzzyDate;
use super::History;
use crate::json::from_json_record;
use crate::problem::Problem;
use crate::sources::citation_problem;

pub const COVERAGE_FILE: &str = "assets/history/coverage.json";

struct CoverageFile {
    statements: Vec<Statement>,
}

/// One dated statement of a source.
#[derive(Clone, Debug)]
pub struct Statement {
    pub source: String,
    pub section: String,
    pub date: String,
    pub statement: String,
    pub event: Option<String>,
    pub zone: Option<String>,
    pub excluded: Option<String>,
}

from_json_record!(CoverageFile, strict { statements: required });
from_json_record!(
    Statement,
    strict {
        source: required,
        section: required,
        date: required,
        statement: required,
        event: optional,
        zone: optional,
        excluded: optional,
    }
);

/// Reads the list and checks every statement against the history.
pub fn check_coverage(text: &str, history: &History) -> Result<Vec<Statement>, Vec<Problem>> {
    let file: CoverageFile =
        crate::json::from_str(text).map_err(|e| vec![Problem::whole_file(COVERAGE_FILE, format!("not a valid coverage file: {e}"))])?;
    let mut problems = Vec::new();
    for (i, s) in file.statements.iter().enumerate() {
        let record = format!("statements[{i}]");
        let mut report = |field: &str, message: String| problems.push(Problem::new(COVERAGE_FILE, &record, field, message));
        if let Some(p) = citation_problem(&s.source, &s.section) {
            report("source", p);
        }
        if let Err(e) = FuzzyDate::parse(&s.date) {
            report("date", e);
        }
        if s.statement.trim().is_empty() {
            report("statement", "is empty".to_owned());
        }
        match (&s.event, &s.zone, &s.excluded) {
            (Some(e), None, None) if history.event(e).is_none() => report("event", format!("no event \"{e}\" in the history")),
            (None, Some(z), None) if history.zone(z).is_none() => report("zone", format!("no zone \"{z}\" in the history")),
            (None, None, Some(reason)) if reason.trim().is_empty() => report("excluded", "give the reason".to_owned()),
            (Some(_), None, None) | (None, Some(_), None) | (None, None, Some(_)) => {}
            _ => report("", "give exactly one of \"event\", \"zone\" or \"excluded\"".to_owned()),
        }
    }
    if problems.is_empty() {
        Ok(file.statements)
    } else {
        Err(problems)
    }
}
