//! JSON text written by the atlas: the notices it posts to its host page.

/// `text` as a JSON string, quotes included.
///
/// ```
/// assert_eq!(atlas_core::json::quote("a \"b\"\n\u{1}"), r#""a \"b\"\n\u0001""#);
/// ```
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// An object written member by member, in the order given.
///
/// ```
/// use atlas_core::json::JsonObject;
/// let text = JsonObject::new().string("type", "atlas:ready").number("version", 1).optional("event", None).end();
/// assert_eq!(text, r#"{"type":"atlas:ready","version":1,"event":null}"#);
/// ```
#[derive(Default)]
pub struct JsonObject {
    text: String,
}

impl JsonObject {
    pub fn new() -> JsonObject {
        JsonObject::default()
    }

    fn key(mut self, key: &str) -> JsonObject {
        self.text.push(if self.text.is_empty() { '{' } else { ',' });
        self.text.push_str(&quote(key));
        self.text.push(':');
        self
    }

    pub fn string(self, key: &str, value: &str) -> JsonObject {
        let mut this = self.key(key);
        this.text.push_str(&quote(value));
        this
    }

    pub fn number(self, key: &str, value: u32) -> JsonObject {
        let mut this = self.key(key);
        this.text.push_str(&value.to_string());
        this
    }

    /// A string, or `null` for `None`.
    pub fn optional(self, key: &str, value: Option<&str>) -> JsonObject {
        match value {
            Some(value) => self.string(key, value),
            None => {
                let mut this = self.key(key);
                this.text.push_str("null");
                this
            }
        }
    }

    pub fn end(mut self) -> String {
        if self.text.is_empty() {
            self.text.push('{');
        }
        self.text.push('}');
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::Json;

    #[test]
    fn any_text_quoted_reads_back_the_same() {
        for text in ["", "plain", "quote \" backslash \\ slash /", "\u{0}\u{1f}\u{7f}", "伊宁 · غۇلجا · 😀", "\n\r\t"] {
            assert_eq!(Json::parse(&quote(text)).unwrap(), Json::String(text.to_owned()), "{text:?}");
        }
        assert_eq!(JsonObject::new().end(), "{}");
    }
}
