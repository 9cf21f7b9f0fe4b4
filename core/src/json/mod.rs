//! JSON for the atlas's data files and the host page's messages: a reader
//! of the text into values (`value.rs`), records read from those values
//! (`record.rs`), and text written for the host page (`write.rs`).
//!
//! serde and serde_json did this before. Their code, generated for each of
//! the forty-odd record types and each reader, made the WebAssembly module
//! 65 KB larger (26 KB compressed, a twelfth of it). The records here are
//! read by one non-generic reader of members (`Fields`), and a value of
//! the wrong shape is reported by its path in the file
//! (`events[12].claims[0].source`), which a curator can search for.

mod record;
mod value;
mod write;

pub(crate) use record::from_json_record;
pub use record::{Fields, FromJson};
pub use value::{Json, MAX_DEPTH};
pub use write::{quote, JsonObject};

/// What is wrong with a JSON text: a syntax error with its line and column,
/// or a value of the wrong shape with its path from the top of the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    what: String,
    /// Line and column (from 1) of a syntax error.
    position: Option<(usize, usize)>,
    /// The steps from the top to the wrong value, innermost first
    /// (`.source`, `[0]`, `.claims`…), added as the error goes up.
    path: Vec<String>,
}

impl JsonError {
    /// A value of the wrong shape, its path to be added by the callers.
    pub fn new(what: impl Into<String>) -> JsonError {
        JsonError { what: what.into(), position: None, path: Vec::new() }
    }

    fn at_text(what: &str, line: usize, column: usize) -> JsonError {
        JsonError { what: what.to_owned(), position: Some((line, column)), path: Vec::new() }
    }

    /// The error of a value found under the key `key` of an object.
    pub fn in_field(mut self, key: &str) -> JsonError {
        self.path.push(format!(".{key}"));
        self
    }

    /// The error of a value found at `index` of an array.
    pub fn in_item(mut self, index: usize) -> JsonError {
        self.path.push(format!("[{index}]"));
        self
    }

    /// An error for a value that is not of the kind expected.
    pub fn expected(what: &str, found: &Json) -> JsonError {
        JsonError::new(format!("expected {what}, found {}", found.kind()))
    }
}

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.what)?;
        if let Some((line, column)) = self.position {
            write!(f, " at line {line} column {column}")?;
        }
        if !self.path.is_empty() {
            let path: String = self.path.iter().rev().map(String::as_str).collect();
            write!(f, " at `{}`", path.trim_start_matches('.'))?;
        }
        Ok(())
    }
}

/// Reads a whole text as a `T`.
///
/// ```
/// let list: Vec<u32> = atlas_core::json::from_str("[1, 2]").unwrap();
/// assert_eq!(list, [1, 2]);
/// let wrong = atlas_core::json::from_str::<Vec<u32>>("[1, \"2\"]").unwrap_err();
/// assert_eq!(wrong.to_string(), "expected a whole number, found a string at `[1]`");
/// ```
pub fn from_str<T: FromJson>(text: &str) -> Result<T, JsonError> {
    T::from_json(Json::parse(text)?)
}
