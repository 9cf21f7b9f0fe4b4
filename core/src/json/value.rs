//! A JSON text read into a tree of values, with the line and column of the
//! first thing wrong in it.
//!
//! The atlas reads its data files and the host page's messages with this
//! small reader rather than serde_json (see `json/mod.rs` for why).

use super::JsonError;

/// How deep arrays and objects may nest. A hostile message of ten thousand
/// `[` must end in an error, not in a stack overflow; no file nests deeper
/// than five.
pub const MAX_DEPTH: usize = 128;

/// One JSON value. An object keeps its members in the order of the text.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// Reads a whole text: one value, with only whitespace around it.
    ///
    /// ```
    /// use atlas_core::json::Json;
    /// assert_eq!(Json::parse(" [1, \"a\\n\", null] ").unwrap(),
    ///            Json::Array(vec![Json::Number(1.0), Json::String("a\n".into()), Json::Null]));
    /// assert_eq!(Json::parse("{\"a\": }").unwrap_err().to_string(), "expected a value at line 1 column 7");
    /// ```
    pub fn parse(text: &str) -> Result<Json, JsonError> {
        let mut reader = Reader { text: text.as_bytes(), at: 0 };
        let value = reader.value(0).map_err(|what| reader.error(what))?;
        reader.skip_whitespace();
        if reader.at < reader.text.len() {
            return Err(reader.error("more text after the value"));
        }
        Ok(value)
    }

    /// What kind of value this is, for messages: "a string", "an array"…
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "true or false",
            Json::Number(_) => "a number",
            Json::String(_) => "a string",
            Json::Array(_) => "an array",
            Json::Object(_) => "an object",
        }
    }
}

struct Reader<'t> {
    text: &'t [u8],
    at: usize,
}

type Step<T> = Result<T, &'static str>;

impl Reader<'_> {
    /// The error at the reader's place, counted in lines and characters from 1.
    fn error(&self, what: &str) -> JsonError {
        let before = &self.text[..self.at.min(self.text.len())];
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = 1 + String::from_utf8_lossy(&before[line_start..]).chars().count();
        JsonError::at_text(what, line, column)
    }

    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Step<Json> {
        self.skip_whitespace();
        match self.peek() {
            None => Err("the text ends where a value should be"),
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.word("true", Json::Bool(true)),
            Some(b'f') => self.word("false", Json::Bool(false)),
            Some(b'n') => self.word("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err("expected a value"),
        }
    }

    fn word(&mut self, word: &str, value: Json) -> Step<Json> {
        if self.text[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err("expected a value")
        }
    }

    fn array(&mut self, depth: usize) -> Step<Json> {
        let mut items = Vec::new();
        self.sequence(b']', "expected `,` or `]`", depth, |r| {
            items.push(r.value(depth)?);
            Ok(())
        })?;
        Ok(Json::Array(items))
    }

    fn object(&mut self, depth: usize) -> Step<Json> {
        let mut members = Vec::new();
        self.sequence(b'}', "expected `,` or `}`", depth, |r| {
            r.skip_whitespace();
            if r.peek() != Some(b'"') {
                return Err("expected a key in double quotes");
            }
            let key = r.string()?;
            r.skip_whitespace();
            if r.peek() != Some(b':') {
                return Err("expected `:`");
            }
            r.at += 1;
            members.push((key, r.value(depth)?));
            Ok(())
        })?;
        Ok(Json::Object(members))
    }

    /// The items of an array or the members of an object, read by `item`,
    /// from the opening bracket (the reader's place) to `close`.
    fn sequence(&mut self, close: u8, expected: &'static str, depth: usize, mut item: impl FnMut(&mut Self) -> Step<()>) -> Step<()> {
        if depth > MAX_DEPTH {
            return Err("arrays and objects nest too deep");
        }
        self.at += 1;
        self.skip_whitespace();
        if self.peek() == Some(close) {
            self.at += 1;
            return Ok(());
        }
        loop {
            item(self)?;
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(c) if c == close => {
                    self.at += 1;
                    return Ok(());
                }
                _ => return Err(expected),
            }
        }
    }

    fn string(&mut self) -> Step<String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, backslash or control character.
            let start = self.at;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            // The text is a &str and the run stops at ASCII bytes only, so the run is UTF-8.
            out.push_str(std::str::from_utf8(&self.text[start..self.at]).map_err(|_| "not UTF-8")?);
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = self.peek().ok_or("the text ends inside a string")?;
                    self.at += 1;
                    out.push(match escaped {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => return Err("unknown escape in a string"),
                    });
                }
                Some(_) => return Err("a control character inside a string"),
                None => return Err("the text ends inside a string"),
            }
        }
    }

    /// The character of `\uXXXX` (the `\u` read), joining a surrogate pair.
    fn unicode_escape(&mut self) -> Step<char> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if !self.text[self.at..].starts_with(b"\\u") {
                    return Err("a lone surrogate in a \\u escape");
                }
                self.at += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err("a lone surrogate in a \\u escape");
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err("a lone surrogate in a \\u escape"),
            _ => first,
        };
        char::from_u32(code).ok_or("a \\u escape that is no character")
    }

    fn hex4(&mut self) -> Step<u32> {
        let digits = self.text.get(self.at..self.at + 4).ok_or("a \\u escape needs four hex digits")?;
        let digits = std::str::from_utf8(digits).map_err(|_| "a \\u escape needs four hex digits")?;
        let value = u32::from_str_radix(digits, 16).map_err(|_| "a \\u escape needs four hex digits")?;
        if digits.starts_with('+') {
            return Err("a \\u escape needs four hex digits");
        }
        self.at += 4;
        Ok(value)
    }

    /// A number as JSON writes it: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    fn number(&mut self) -> Step<Json> {
        let start = self.at;
        let digits = |r: &mut Self| {
            let from = r.at;
            while matches!(r.peek(), Some(b'0'..=b'9')) {
                r.at += 1;
            }
            r.at - from
        };
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => {
                digits(self);
            }
            _ => return Err("expected a digit"),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if digits(self) == 0 {
                return Err("expected a digit after the decimal point");
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if digits(self) == 0 {
                return Err("expected a digit in the exponent");
            }
        }
        // Only ASCII digits and signs were taken: valid UTF-8.
        let text = std::str::from_utf8(&self.text[start..self.at]).map_err(|_| "not UTF-8")?;
        match text.parse::<f64>() {
            Ok(n) if n.is_finite() => Ok(Json::Number(n)),
            _ => Err("a number out of range"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> String {
        Json::parse(text).unwrap_err().to_string()
    }

    #[test]
    fn values_of_every_kind_are_read() {
        let value =
            Json::parse(r#"{"a": [true, false, null], "b": -12.5e1, "c": "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00", "d": {}}"#).unwrap();
        assert_eq!(
            value,
            Json::Object(vec![
                ("a".into(), Json::Array(vec![Json::Bool(true), Json::Bool(false), Json::Null])),
                ("b".into(), Json::Number(-125.0)),
                ("c".into(), Json::String("x\"\\/\u{8}\u{c}\n\r\té😀".into())),
                ("d".into(), Json::Object(vec![])),
            ])
        );
        assert_eq!(Json::parse("  0 ").unwrap(), Json::Number(0.0));
        assert_eq!(Json::parse("\"Ghulja · 伊宁 · غۇلجا\"").unwrap(), Json::String("Ghulja · 伊宁 · غۇلجا".into()));
    }

    #[test]
    fn what_is_wrong_is_said_with_its_line_and_column() {
        assert_eq!(error(""), "the text ends where a value should be at line 1 column 1");
        assert_eq!(error("{\n  \"a\": 1,\n  \"b\" 2\n}"), "expected `:` at line 3 column 7");
        assert_eq!(error("[1, 2"), "expected `,` or `]` at line 1 column 6");
        assert_eq!(error("[1] 2"), "more text after the value at line 1 column 5");
        assert_eq!(error("\"é\u{1}\""), "a control character inside a string at line 1 column 3");
        assert_eq!(error("{a: 1}"), "expected a key in double quotes at line 1 column 2");
        assert_eq!(error("\"\\x\""), "unknown escape in a string at line 1 column 4");
    }

    #[test]
    fn what_json_does_not_allow_is_refused() {
        for text in [
            "01",
            "1.",
            ".5",
            "-",
            "1e",
            "+1",
            "1e999",
            "[1,]",
            "{\"a\":1,}",
            "tru",
            "nul",
            "'a'",
            "\"a",
            "\"\\ud800\"",
            "\"\\udc00\"",
            "\"\\ud800\\u0041\"",
            "\"\\u12\"",
            "\"\\u+123\"",
            "[] []",
            "NaN",
            "Infinity",
        ] {
            assert!(Json::parse(text).is_err(), "{text}");
        }
    }

    /// The same value as serde_json reads, to compare the two readers.
    fn from_serde(value: serde_json::Value) -> Json {
        match value {
            serde_json::Value::Null => Json::Null,
            serde_json::Value::Bool(b) => Json::Bool(b),
            serde_json::Value::Number(n) => Json::Number(n.as_f64().unwrap()),
            serde_json::Value::String(s) => Json::String(s),
            serde_json::Value::Array(items) => Json::Array(items.into_iter().map(from_serde).collect()),
            serde_json::Value::Object(members) => Json::Object(members.into_iter().map(|(k, v)| (k, from_serde(v))).collect()),
        }
    }

    /// Objects' members sorted by key; `None` if one has a key twice.
    fn sorted(value: Json) -> Option<Json> {
        Some(match value {
            Json::Array(items) => Json::Array(items.into_iter().map(sorted).collect::<Option<_>>()?),
            Json::Object(members) => {
                let mut members = members.into_iter().map(|(k, v)| Some((k, sorted(v)?))).collect::<Option<Vec<_>>>()?;
                members.sort_by(|a, b| a.0.cmp(&b.0));
                if members.windows(2).any(|w| w[0].0 == w[1].0) {
                    return None;
                }
                Json::Object(members)
            }
            other => other,
        })
    }

    #[test]
    fn random_texts_are_read_as_serde_json_reads_them() {
        let pieces = [
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            " ",
            "\n",
            "\"a\"",
            "\"b\"",
            "\"",
            "\\",
            "\\u00e9",
            "\\ud83d\\ude00",
            "\\ud800",
            "\\x",
            "é",
            "伊",
            "\u{1}",
            "1",
            "-0.5e3",
            "0",
            "01",
            "1.",
            "2e",
            "1e999",
            "true",
            "fals",
            "null",
            "-",
            ".5",
            "9007199254740993",
        ];
        let (mut read, mut refused) = (0, 0);
        for text in crate::random_texts::random_texts(&pieces, 60_000, 12, 7) {
            let ours = Json::parse(&text);
            match serde_json::from_str::<serde_json::Value>(&text) {
                Ok(theirs) => {
                    let ours = ours.unwrap_or_else(|e| panic!("{text:?} is JSON, refused: {e}"));
                    // serde_json sorts an object's keys and keeps the last value of a repeated one.
                    if let Some(ours) = sorted(ours) {
                        assert_eq!(ours, from_serde(theirs), "{text:?}");
                    }
                    read += 1;
                }
                Err(_) => {
                    assert!(ours.is_err(), "{text:?} is not JSON, read as {ours:?}");
                    refused += 1;
                }
            }
        }
        assert!(read > 2_000 && refused > 2_000, "{read} read, {refused} refused");
    }

    #[test]
    fn deep_nesting_ends_in_an_error_not_an_overflow() {
        let deep = "[".repeat(100_000);
        assert!(error(&deep).starts_with("arrays and objects nest too deep"));
        let fine = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(Json::parse(&fine).is_ok());
        let over = format!("{}1{}", "{\"a\":".repeat(MAX_DEPTH + 1), "}".repeat(MAX_DEPTH + 1));
        assert!(error(&over).starts_with("arrays and objects nest too deep"));
        let under = format!("{}1{}", "{\"a\":".repeat(MAX_DEPTH), "}".repeat(MAX_DEPTH));
        assert!(Json::parse(&under).is_ok());
    }
}
