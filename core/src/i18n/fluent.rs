//! A reader and formatter for the part of Fluent the atlas's files use:
//! messages (one line, or continued on indented lines), comments, text,
//! variables `{ $name }`, string literals `{"; "}`, and selectors on a
//! number's plural category or exact value, or on a string:
//!
//! ```text
//! kiosk-countdown = The atlas will return to its start in { $seconds ->
//!     [one] { $seconds } second
//!    *[other] { $seconds } seconds
//! }.
//! ```
//!
//! The Fluent crates do all of this and much more, and cost the first view
//! about 60 KB of compressed WebAssembly (their parser and the plural rules
//! of every language); the atlas needs four languages' rules and this much
//! syntax. What it does not read (terms, attributes, message references,
//! functions) is refused with the line, never misread.

use super::Language;

/// One piece of a message's text.
#[derive(Clone, Debug, PartialEq)]
pub enum Piece {
    Text(String),
    Variable(String),
    Select { variable: String, variants: Vec<(Key, Vec<Piece>)>, default: usize },
}

/// A variant's key: a plural category (`one`, `few`, `other`…), a word, or a number.
#[derive(Clone, Debug, PartialEq)]
pub enum Key {
    Name(String),
    Number(f64),
}

/// A value put into a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    Text(&'a str),
    Number(f64),
}

/// A message's id, its pieces, and the line it starts on.
pub type Entry = (String, Vec<Piece>, usize);

/// Reads a file into its messages; an error names the line and what is wrong.
pub fn parse(text: &str) -> Result<Vec<Entry>, Vec<(usize, String)>> {
    let lines: Vec<&str> = text.lines().collect();
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let number = i + 1;
        i += 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((id, first)) = line.split_once('=') else {
            errors.push((number, "a line that is neither a message (id = text), a comment (#) nor blank".to_owned()));
            continue;
        };
        let id = id.trim();
        if !is_id(id) {
            errors.push((
                number,
                format!("“{id}” is not a message id (letters, digits and -, starting with a letter; terms and attributes are not read)"),
            ));
            continue;
        }
        // The value continues on the indented lines that follow (and a
        // selector's closing brace may start a line).
        let mut value = first.trim_start().to_owned();
        let mut attribute = false;
        while i < lines.len() && (lines[i].starts_with([' ', '\t', '}'])) && !lines[i].trim().is_empty() {
            attribute |= lines[i].trim_start().starts_with('.');
            value.push('\n');
            value.push_str(lines[i].trim());
            i += 1;
        }
        if attribute {
            errors.push((number, format!("message {id} has an attribute (.name =), which the atlas does not read")));
            continue;
        }
        let mut reader = Reader { text: value.trim_end(), at: 0 };
        match reader.pattern(&[]) {
            Ok(pieces) if pieces.is_empty() => errors.push((number, format!("message {id} has no text"))),
            Ok(pieces) => entries.push((id.to_owned(), pieces, number)),
            Err(e) => errors.push((number, format!("message {id}: {e}"))),
        }
    }
    if errors.is_empty() {
        Ok(entries)
    } else {
        Err(errors)
    }
}

fn is_id(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_alphabetic()) && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

struct Reader<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Reader<'a> {
    fn rest(&self) -> &'a str {
        &self.text[self.at..]
    }

    fn skip_blank(&mut self) {
        let rest = self.rest();
        self.at += rest.len() - rest.trim_start().len();
    }

    fn eat(&mut self, token: &str) -> bool {
        let found = self.rest().starts_with(token);
        if found {
            self.at += token.len();
        }
        found
    }

    /// Text and placeables up to the end, or (in a variant) the end of the line.
    fn pattern(&mut self, stops: &[char]) -> Result<Vec<Piece>, String> {
        let mut pieces = Vec::new();
        let mut text = String::new();
        while let Some(c) = self.rest().chars().next() {
            if stops.contains(&c) {
                break;
            }
            match c {
                '{' => {
                    self.at += 1;
                    let piece = self.placeable()?;
                    match piece {
                        Piece::Text(t) => text.push_str(&t),
                        other => {
                            if !text.is_empty() {
                                pieces.push(Piece::Text(std::mem::take(&mut text)));
                            }
                            pieces.push(other);
                        }
                    }
                }
                '}' => return Err("a } without its {".to_owned()),
                _ => {
                    text.push(c);
                    self.at += c.len_utf8();
                }
            }
        }
        if !text.is_empty() {
            pieces.push(Piece::Text(text));
        }
        Ok(pieces)
    }

    /// What follows a `{`, through its `}`.
    fn placeable(&mut self) -> Result<Piece, String> {
        self.skip_blank();
        let piece = if self.eat("\"") {
            Piece::Text(self.string()?)
        } else if self.eat("$") {
            let name = self.name();
            if name.is_empty() {
                return Err("a $ without a variable's name".to_owned());
            }
            self.skip_blank();
            if self.eat("->") {
                self.select(name)?
            } else {
                Piece::Variable(name)
            }
        } else {
            return Err(format!(
                "“{{{}” is not read by the atlas (only {{ $variable }}, {{\"text\"}} and selectors)",
                self.rest().chars().take(12).collect::<String>()
            ));
        };
        self.skip_blank();
        if self.eat("}") {
            Ok(piece)
        } else {
            Err("a { without its }".to_owned())
        }
    }

    fn name(&mut self) -> String {
        let rest = self.rest();
        let len = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(rest.len());
        let name = rest[..len].to_owned();
        self.at += len;
        name
    }

    /// A string literal's text after its opening quote, through the closing one.
    fn string(&mut self) -> Result<String, String> {
        let mut out = String::new();
        let mut chars = self.rest().char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                '"' => {
                    self.at += i + 1;
                    return Ok(out);
                }
                '\\' => match chars.next() {
                    Some((_, '"')) => out.push('"'),
                    Some((_, '\\')) => out.push('\\'),
                    _ => return Err("an escape other than \\\" or \\\\ in a string".to_owned()),
                },
                '\n' => break,
                c => out.push(c),
            }
        }
        Err("a string without its closing quote".to_owned())
    }

    /// The variants of `{ $name -> … }`, one per line, one marked `*` as the default.
    fn select(&mut self, variable: String) -> Result<Piece, String> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.skip_blank();
            if self.rest().starts_with('}') {
                break;
            }
            if self.eat("*") {
                if default.is_some() {
                    return Err("two default variants (*)".to_owned());
                }
                default = Some(variants.len());
            }
            if !self.eat("[") {
                return Err("a variant must start with [key]".to_owned());
            }
            let key_text = self.rest().split(']').next().unwrap_or("").trim().to_owned();
            self.at += self.rest().find(']').ok_or("a [ without its ]")? + 1;
            let key = key_text.parse::<f64>().map(Key::Number).unwrap_or(Key::Name(key_text));
            let rest = self.rest();
            self.at += rest.len() - rest.trim_start_matches([' ', '\t']).len();
            let pieces = self.pattern(&['\n', '}'])?;
            variants.push((key, trim_end(pieces)));
        }
        let default = default.ok_or("a selector needs a default variant (*[…])")?;
        Ok(Piece::Select { variable, variants, default })
    }
}

fn trim_end(mut pieces: Vec<Piece>) -> Vec<Piece> {
    if let Some(Piece::Text(t)) = pieces.last_mut() {
        let trimmed = t.trim_end().len();
        t.truncate(trimmed);
        if t.is_empty() {
            pieces.pop();
        }
    }
    pieces
}

/// The variables a message uses, sorted.
pub fn variables(pieces: &[Piece], into: &mut Vec<String>) {
    for piece in pieces {
        match piece {
            Piece::Text(_) => {}
            Piece::Variable(name) => into.push(name.clone()),
            Piece::Select { variable, variants, .. } => {
                into.push(variable.clone());
                for (_, pieces) in variants {
                    variables(pieces, into);
                }
            }
        }
    }
}

/// Writes a message with its values; a variable not given is written as `{$name}`.
pub fn format(pieces: &[Piece], args: &[(&str, Value)], language: Language, out: &mut String) {
    let isolate = language.is_right_to_left();
    for piece in pieces {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Variable(name) => {
                if isolate {
                    out.push('\u{2068}');
                }
                match args.iter().find(|(n, _)| n == name).map(|(_, v)| v) {
                    Some(Value::Text(text)) => out.push_str(text),
                    Some(Value::Number(n)) => out.push_str(&number(*n)),
                    None => out.push_str(&format!("{{${name}}}")),
                }
                if isolate {
                    out.push('\u{2069}');
                }
            }
            Piece::Select { variable, variants, default } => {
                let value = args.iter().find(|(n, _)| n == variable).map(|(_, v)| v);
                let chosen = variants.iter().position(|(key, _)| match (key, value) {
                    (Key::Number(k), Some(Value::Number(n))) => k == n,
                    (Key::Name(k), Some(Value::Number(n))) => k == plural_category(language, *n),
                    (Key::Name(k), Some(Value::Text(t))) => k == t,
                    _ => false,
                });
                format(&variants[chosen.unwrap_or(*default)].1, args, language, out);
            }
        }
    }
}

fn number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

/// The CLDR cardinal plural category of a number in the atlas's languages.
///
/// ```
/// use atlas_core::i18n::{fluent::plural_category, Language};
/// assert_eq!(plural_category(Language::Russian, 21.0), "one");
/// assert_eq!(plural_category(Language::Russian, 3.0), "few");
/// assert_eq!(plural_category(Language::Russian, 11.0), "many");
/// assert_eq!(plural_category(Language::English, 1.0), "one");
/// assert_eq!(plural_category(Language::Chinese, 1.0), "other");
/// ```
pub fn plural_category(language: Language, n: f64) -> &'static str {
    let integer = n.fract() == 0.0;
    let i = n.abs().trunc() as u64;
    match language {
        Language::English | Language::Uyghur => {
            if integer && i == 1 {
                "one"
            } else {
                "other"
            }
        }
        Language::Chinese => "other",
        Language::Russian if !integer => "other",
        Language::Russian => match (i % 10, i % 100) {
            (1, r) if r != 11 => "one",
            (2..=4, r) if !(12..=14).contains(&r) => "few",
            _ => "many",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn say(ftl: &str, id: &str, args: &[(&str, Value)], language: Language) -> String {
        let entries = parse(ftl).unwrap();
        let (_, pieces, _) = entries.iter().find(|(i, _, _)| i == id).unwrap();
        let mut out = String::new();
        format(pieces, args, language, &mut out);
        out
    }

    #[test]
    fn text_variables_literals_and_comments() {
        let ftl = "# a comment\n## a section\nhello = Hello, { $name }!\nsep = {\"; \"}\n\nquote = Section “{ $section }”\n";
        assert_eq!(say(ftl, "hello", &[("name", Value::Text("Ghulja"))], Language::English), "Hello, Ghulja!");
        assert_eq!(say(ftl, "sep", &[], Language::English), "; ");
        assert_eq!(say(ftl, "quote", &[("section", Value::Text("Lead"))], Language::English), "Section “Lead”");
    }

    #[test]
    fn selectors_choose_by_plural_category() {
        let ftl = "count = через { $n ->\n    [one] { $n } секунду\n    [few] { $n } секунды\n    [many] { $n } секунд\n   *[other] { $n } секунды\n}.\n";
        let at = |n: f64| say(ftl, "count", &[("n", Value::Number(n))], Language::Russian);
        assert_eq!(at(1.0), "через 1 секунду.");
        assert_eq!(at(4.0), "через 4 секунды.");
        assert_eq!(at(5.0), "через 5 секунд.");
        assert_eq!(at(21.0), "через 21 секунду.");
    }

    #[test]
    fn right_to_left_values_are_isolated() {
        assert_eq!(say("d = { $year }-يىلى\n", "d", &[("year", Value::Text("1945"))], Language::Uyghur), "\u{2068}1945\u{2069}-يىلى");
    }

    #[test]
    fn what_the_atlas_does_not_read_is_refused_with_its_line() {
        for ftl in [
            "a = { -term }\n",
            "a = { other-message }\n",
            "-term = x\n",
            "a = x\n    .attr = y\n",
            "a = { $n ->\n [one] x\n}\n",
            "a = {\"open\n",
            "a = x }\n",
            "just words\n",
        ] {
            let errors = parse(ftl).unwrap_err();
            assert!(errors[0].0 >= 1, "{ftl:?}: {errors:?}");
        }
    }

    #[test]
    fn no_input_panics() {
        let pieces = ["a", " = ", "{", "}", "$n", " -> ", "[one]", "*[other]", "\n", "  ", "\"", "#", "x", "é", "[", "]"];
        for text in crate::random_texts::random_texts(&pieces, 20_000, 16, 3) {
            if let Ok(entries) = parse(&text) {
                for (_, p, _) in entries {
                    format(&p, &[("n", Value::Number(2.0))], Language::Russian, &mut String::new());
                }
            }
        }
    }
}
