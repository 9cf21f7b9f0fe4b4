//! Typed values read from [`Json`]: strings, numbers, lists, maps, and the
//! data files' records, each of which reads its members with [`Fields`].
//!
//! ```
//! use atlas_core::json::{Fields, FromJson, Json, JsonError};
//! struct Range { id: String, lat: f64, note: String }
//! impl FromJson for Range {
//!     fn from_json(value: Json) -> Result<Range, JsonError> {
//!         let mut fields = Fields::of(value)?;
//!         let range = Range { id: fields.required("id")?, lat: fields.required("lat")?, note: fields.or_default("note")? };
//!         fields.no_others()?;
//!         Ok(range)
//!     }
//! }
//! let range: Range = atlas_core::json::from_str(r#"{"id": "tian-shan", "lat": 42.5}"#).unwrap();
//! assert_eq!((range.id.as_str(), range.lat, range.note.as_str()), ("tian-shan", 42.5, ""));
//! let wrong = atlas_core::json::from_str::<Vec<Range>>(r#"[{"id": "a", "lat": 1, "lon": 2}]"#).err().unwrap();
//! assert_eq!(wrong.to_string(), "unknown field `lon` (the fields are `id`, `lat`, `note`) at `[0]`");
//! ```

use super::{Json, JsonError};
use std::collections::BTreeMap;

/// Implements [`FromJson`] for a record read field by field with
/// [`Fields`]: each field names how it is read (`required`, `optional`,
/// `or_default`, `take`) and, when its key is not its name, the key.
/// `strict` records refuse other fields; `lenient` ones ignore them.
///
/// ```text
/// from_json_record!(Claim, strict { source: required, date: optional, note: or_default = "remark" });
/// ```
macro_rules! from_json_record {
    ($record:ident, $end:ident { $($field:ident: $how:ident $(= $key:literal)?),* $(,)? }) => {
        impl $crate::json::FromJson for $record {
            fn from_json(value: $crate::json::Json) -> Result<Self, $crate::json::JsonError> {
                let mut fields = $crate::json::Fields::of(value)?;
                let record = $record { $($field: fields.$how($crate::json::from_json_record!(@key $field $($key)?))?,)* };
                $crate::json::from_json_record!(@end fields $end);
                Ok(record)
            }
        }
    };
    (@key $field:ident) => { stringify!($field) };
    (@key $field:ident $key:literal) => { $key };
    (@end $fields:ident strict) => { $fields.no_others()? };
    (@end $fields:ident lenient) => { drop($fields) };
}
pub(crate) use from_json_record;

/// A type read from a JSON value.
pub trait FromJson: Sized {
    fn from_json(value: Json) -> Result<Self, JsonError>;
}

impl FromJson for String {
    fn from_json(value: Json) -> Result<String, JsonError> {
        match value {
            Json::String(text) => Ok(text),
            other => Err(JsonError::expected("a string", &other)),
        }
    }
}

impl FromJson for bool {
    fn from_json(value: Json) -> Result<bool, JsonError> {
        match value {
            Json::Bool(b) => Ok(b),
            other => Err(JsonError::expected("true or false", &other)),
        }
    }
}

impl FromJson for f64 {
    fn from_json(value: Json) -> Result<f64, JsonError> {
        match value {
            Json::Number(n) => Ok(n),
            other => Err(JsonError::expected("a number", &other)),
        }
    }
}

/// A whole number that fits `range`, as `i64`.
fn whole(value: Json, range: std::ops::RangeInclusive<i64>) -> Result<i64, JsonError> {
    match value {
        Json::Number(n) if n.fract() == 0.0 && n >= *range.start() as f64 && n <= *range.end() as f64 => Ok(n as i64),
        Json::Number(n) => Err(JsonError::new(format!("expected a whole number from {} to {}, found {n}", range.start(), range.end()))),
        other => Err(JsonError::expected("a whole number", &other)),
    }
}

impl FromJson for i32 {
    fn from_json(value: Json) -> Result<i32, JsonError> {
        whole(value, i32::MIN as i64..=i32::MAX as i64).map(|n| n as i32)
    }
}

impl FromJson for u32 {
    fn from_json(value: Json) -> Result<u32, JsonError> {
        whole(value, 0..=u32::MAX as i64).map(|n| n as u32)
    }
}

/// `null` is `None`; a field that may be left out is read with
/// [`Fields::optional`].
impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: Json) -> Result<Option<T>, JsonError> {
        match value {
            Json::Null => Ok(None),
            other => T::from_json(other).map(Some),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: Json) -> Result<Vec<T>, JsonError> {
        match value {
            Json::Array(items) => items.into_iter().enumerate().map(|(i, item)| T::from_json(item).map_err(|e| e.in_item(i))).collect(),
            other => Err(JsonError::expected("an array", &other)),
        }
    }
}

/// An object whose keys are ids (the translations of events, zones…). A
/// key given twice is an error: one of the two texts would be lost.
impl<T: FromJson> FromJson for BTreeMap<String, T> {
    fn from_json(value: Json) -> Result<BTreeMap<String, T>, JsonError> {
        let Json::Object(members) = value else { return Err(JsonError::expected("an object", &value)) };
        let mut map = BTreeMap::new();
        for (key, value) in members {
            let item = T::from_json(value).map_err(|e| e.in_field(&key))?;
            if map.contains_key(&key) {
                return Err(JsonError::new(format!("the key `{key}` is given twice")));
            }
            map.insert(key, item);
        }
        Ok(map)
    }
}

/// The members of one object, taken one by one by a record's reader.
pub struct Fields {
    members: Vec<(String, Json)>,
    /// The names asked for, for the message about a field not among them.
    asked: Vec<&'static str>,
}

impl Fields {
    /// The members of `value`, which must be an object with no key twice.
    pub fn of(value: Json) -> Result<Fields, JsonError> {
        let Json::Object(members) = value else { return Err(JsonError::expected("an object", &value)) };
        for (i, (key, _)) in members.iter().enumerate() {
            if members[..i].iter().any(|(earlier, _)| earlier == key) {
                return Err(JsonError::new(format!("duplicate field `{key}`")));
            }
        }
        Ok(Fields { members, asked: Vec::new() })
    }

    /// The value of `name` read as a `T`, or `None` when the object has no such key.
    pub fn take<T: FromJson>(&mut self, name: &'static str) -> Result<Option<T>, JsonError> {
        self.asked.push(name);
        match self.members.iter().position(|(key, _)| key == name) {
            Some(i) => T::from_json(self.members.swap_remove(i).1).map(Some).map_err(|e| e.in_field(name)),
            None => Ok(None),
        }
    }

    /// A field that must be there.
    pub fn required<T: FromJson>(&mut self, name: &'static str) -> Result<T, JsonError> {
        self.take(name)?.ok_or_else(|| JsonError::new(format!("missing field `{name}`")))
    }

    /// A field that may be left out or be `null`.
    pub fn optional<T: FromJson>(&mut self, name: &'static str) -> Result<Option<T>, JsonError> {
        Ok(self.take::<Option<T>>(name)?.flatten())
    }

    /// A field that may be left out, then empty, false or zero (not `null`).
    pub fn or_default<T: FromJson + Default>(&mut self, name: &'static str) -> Result<T, JsonError> {
        Ok(self.take(name)?.unwrap_or_default())
    }

    /// Ends a record whose files may hold no other field: a misspelt name is
    /// reported rather than silently ignored. (A record that ends without
    /// this ignores fields it does not read.)
    pub fn no_others(self) -> Result<(), JsonError> {
        match self.members.first() {
            None => Ok(()),
            Some((key, _)) => {
                let known: Vec<String> = self.asked.iter().map(|name| format!("`{name}`")).collect();
                Err(JsonError::new(format!("unknown field `{key}` (the fields are {})", known.join(", "))))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::from_str;

    struct Claim {
        source: String,
        date: Option<String>,
        pages: Vec<u32>,
        firm: bool,
    }

    impl FromJson for Claim {
        fn from_json(value: Json) -> Result<Claim, JsonError> {
            let mut f = Fields::of(value)?;
            let claim = Claim {
                source: f.required("source")?,
                date: f.optional("date")?,
                pages: f.or_default("pages")?,
                firm: f.or_default("firm")?,
            };
            f.no_others()?;
            Ok(claim)
        }
    }

    fn error<T: FromJson>(text: &str) -> String {
        from_str::<T>(text).err().expect("an error").to_string()
    }

    #[test]
    fn a_record_reads_required_optional_and_default_fields() {
        let claim: Claim = from_str(r#"{"source": "a", "date": null, "pages": [3, 4]}"#).unwrap();
        assert_eq!((claim.source.as_str(), claim.date, claim.pages, claim.firm), ("a", None, vec![3, 4], false));
        let claim: Claim = from_str(r#"{"firm": true, "source": "b", "date": "1945"}"#).unwrap();
        assert_eq!((claim.date.as_deref(), claim.firm), (Some("1945"), true));
    }

    #[test]
    fn a_wrong_value_is_reported_with_its_path() {
        assert_eq!(error::<Vec<Claim>>(r#"[{"source": "a"}, {"source": 1}]"#), "expected a string, found a number at `[1].source`");
        assert_eq!(
            error::<Vec<Claim>>(r#"[{"source": "a", "pages": [1, -2]}]"#),
            "expected a whole number from 0 to 4294967295, found -2 at `[0].pages[1]`"
        );
        assert_eq!(error::<Claim>(r#"{"date": "1945"}"#), "missing field `source`");
        assert_eq!(error::<Claim>(r#"{"source": "a", "pages": null}"#), "expected an array, found null at `pages`");
        assert_eq!(error::<Claim>(r#"{"source": "a", "source": "b"}"#), "duplicate field `source`");
        assert_eq!(
            error::<Claim>(r#"{"source": "a", "sorce": "b"}"#),
            "unknown field `sorce` (the fields are `source`, `date`, `pages`, `firm`)"
        );
        assert_eq!(error::<Claim>("[]"), "expected an object, found an array");
        assert_eq!(
            error::<BTreeMap<String, Claim>>(r#"{"x": {"source": "a"}, "y": {"source": "b", "firm": 1}}"#),
            "expected true or false, found a number at `y.firm`"
        );
        assert_eq!(error::<BTreeMap<String, u32>>(r#"{"x": 1, "x": 2}"#), "the key `x` is given twice");
        assert_eq!(error::<i32>("2147483648"), "expected a whole number from -2147483648 to 2147483647, found 2147483648");
        assert_eq!(error::<i32>("1.5"), "expected a whole number from -2147483648 to 2147483647, found 1.5");
    }

    #[test]
    fn numbers_read_as_their_types() {
        assert_eq!(from_str::<Vec<i32>>("[-2147483648, 0, 2147483647, 1e3]").unwrap(), [i32::MIN, 0, i32::MAX, 1000]);
        assert_eq!(from_str::<f64>("-0.25").unwrap(), -0.25);
        assert_eq!(from_str::<Option<u32>>("null").unwrap(), None);
    }
}
