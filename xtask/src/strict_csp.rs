//! The atlas's Content-Security-Policy, and the step after Trunk that lets the
//! built page run under it.
//!
//! Trunk writes its loader into `index.html` as an inline module script, which
//! a policy without `'unsafe-inline'` refuses. [`apply`] moves every inline
//! script into a file next to `index.html`, named and checked by its content
//! (like Trunk's own files: a hash in the name, SHA-384 in `integrity`), adds
//! the policy as a `<meta http-equiv>` for hosts that cannot send headers, and
//! fails if anything inline is left.

use atlas_core::base64::encode as base64;
use sha2::{Digest, Sha384};
use std::path::Path;

/// The policy the atlas runs under, sent by `cargo xtask serve` (and so in the
/// browser tests) as a header on HTML answers and written into `index.html` as
/// a `<meta http-equiv>`. The README ("Content-Security-Policy for hosts") says
/// why each directive is there; change both together.
///
/// Nothing inline and no `eval`: WebAssembly is compiled under
/// `'wasm-unsafe-eval'` only. There is no `frame-ancestors`: the atlas is made
/// to be embedded in other sites' pages (and a `<meta>` policy ignores it).
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self' blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; \
manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

/// Rewrites `dist/index.html` for [`CONTENT_SECURITY_POLICY`]; see the module's documentation.
pub fn apply(dist: &Path) -> Result<(), String> {
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let (html, files) = move_inline_scripts(&html)?;
    for (name, body) in &files {
        std::fs::write(dist.join(name), body).map_err(|e| format!("cannot write dist/{name}: {e}"))?;
    }
    let html = add_meta_policy(&html)?;
    let problems = inline_code(&html);
    if !problems.is_empty() {
        return Err(format!(
            "dist/index.html still has code or styles that the Content-Security-Policy refuses:\n  {}",
            problems.join("\n  ")
        ));
    }
    std::fs::write(&index, html).map_err(|e| format!("cannot write {}: {e}", index.display()))
}

/// A tag as found in the page: where it starts and ends, its name and its attributes.
struct Tag<'a> {
    start: usize,
    end: usize,
    name: String,
    attributes: Vec<(String, Option<&'a str>)>,
}

impl Tag<'_> {
    fn has(&self, name: &str) -> bool {
        self.attributes.iter().any(|(n, _)| n == name)
    }

    /// A `<script>` that runs: one without a `src` of its own is inline code
    /// unless it is a data block (`type="application/json"`), which the
    /// browser never runs and the policy does not govern.
    fn is_inline_code(&self) -> bool {
        let data = self.attributes.iter().any(|(n, v)| n == "type" && v.is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json")));
        self.name == "script" && !self.has("src") && !data
    }
}

/// The start tags of `html` in order, with the text of each script element
/// (which holds no tags) skipped. Comments are skipped too.
fn tags(html: &str) -> Vec<Tag<'_>> {
    let bytes = html.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(offset) = html[i..].find('<') {
        let start = i + offset;
        if html[start..].starts_with("<!--") {
            i = html[start..].find("-->").map_or(html.len(), |e| start + e + 3);
            continue;
        }
        if !bytes.get(start + 1).is_some_and(u8::is_ascii_alphabetic) {
            i = start + 1;
            continue;
        }
        let (tag, end) = parse_tag(html, start);
        i = end;
        if tag.name == "script" {
            i = find_ignoring_case(html, end, "</script").unwrap_or(html.len());
        }
        found.push(tag);
    }
    found
}

/// The tag starting at `start` (`<` followed by a letter).
fn parse_tag(html: &str, start: usize) -> (Tag<'_>, usize) {
    let bytes = html.as_bytes();
    let mut i = start + 1;
    let name_end = html[i..].find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/').map_or(html.len(), |e| i + e);
    let name = html[i..name_end].to_ascii_lowercase();
    i = name_end;
    let mut attributes = Vec::new();
    loop {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        if i >= bytes.len() || bytes[i] == b'>' {
            break;
        }
        let key_end = html[i..].find(|c: char| c.is_ascii_whitespace() || "=>/".contains(c)).map_or(html.len(), |e| i + e);
        let key = html[i..key_end].to_ascii_lowercase();
        i = key_end;
        let mut value = None;
        if bytes.get(i) == Some(&b'=') {
            i += 1;
            match bytes.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let close = html[i + 1..].find(q as char).map_or(html.len(), |e| i + 1 + e);
                    value = Some(&html[i + 1..close]);
                    i = (close + 1).min(html.len());
                }
                _ => {
                    let end = html[i..].find(|c: char| c.is_ascii_whitespace() || c == '>').map_or(html.len(), |e| i + e);
                    value = Some(&html[i..end]);
                    i = end;
                }
            }
        }
        attributes.push((key, value));
    }
    let end = (i + 1).min(html.len());
    (Tag { start, end, name, attributes }, end)
}

fn find_ignoring_case(html: &str, from: usize, needle: &str) -> Option<usize> {
    html[from..].to_ascii_lowercase().find(needle).map(|e| from + e)
}

/// Moves the text of each `<script>` without `src` into a file; returns the
/// page and the files (name, text).
fn move_inline_scripts(html: &str) -> Result<(String, Vec<(String, String)>), String> {
    let mut out = String::with_capacity(html.len());
    let mut files = Vec::new();
    let mut copied = 0;
    for tag in tags(html).into_iter().filter(Tag::is_inline_code) {
        let close = find_ignoring_case(html, tag.end, "</script").ok_or("dist/index.html: a <script> is never closed")?;
        let body = &html[tag.end..close];
        if body.trim().is_empty() {
            continue;
        }
        let digest = Sha384::digest(body.as_bytes());
        let name = format!("loader-{}.js", &hex(&digest)[..16]);
        let kept = &html[tag.start + "<script".len()..tag.end - 1];
        out.push_str(&html[copied..tag.start]);
        out.push_str(&format!(r#"<script{kept} src="./{name}" integrity="sha384-{}">"#, base64(&digest)));
        copied = close;
        files.push((name, body.to_owned()));
    }
    out.push_str(&html[copied..]);
    Ok((out, files))
}

/// Puts the policy right after `<meta charset>`, before anything it governs.
fn add_meta_policy(html: &str) -> Result<String, String> {
    let tags = tags(html);
    if let Some(existing) = tags.iter().find(|t| t.name == "meta" && is_policy_meta(t)) {
        let content = existing.attributes.iter().find(|(n, _)| n == "content").and_then(|(_, v)| *v);
        return if content == Some(CONTENT_SECURITY_POLICY) {
            Ok(html.to_owned())
        } else {
            Err("dist/index.html already has another Content-Security-Policy <meta>".to_owned())
        };
    }
    let charset = tags.iter().find(|t| t.name == "meta" && t.has("charset")).ok_or("dist/index.html has no <meta charset>")?;
    let meta = format!(r#"<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">"#);
    Ok(format!("{}{meta}{}", &html[..charset.end], &html[charset.end..]))
}

fn is_policy_meta(tag: &Tag) -> bool {
    tag.attributes.iter().any(|(n, v)| n == "http-equiv" && v.is_some_and(|v| v.eq_ignore_ascii_case("content-security-policy")))
}

/// What in the page a policy without `'unsafe-inline'` refuses: inline
/// scripts, `<style>` elements, style attributes, event handler attributes
/// and `javascript:` addresses.
fn inline_code(html: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for tag in tags(html) {
        let at = || format!("<{}> at byte {}", tag.name, tag.start);
        if tag.is_inline_code() {
            problems.push(format!("an inline script: {}", at()));
        }
        if tag.name == "style" {
            problems.push(format!("a <style> element: {}", at()));
        }
        for (name, value) in &tag.attributes {
            if name == "style" {
                problems.push(format!("a style attribute: {}", at()));
            } else if name.starts_with("on") {
                problems.push(format!("an event handler attribute `{name}`: {}", at()));
            } else if value.is_some_and(|v| v.trim_start().to_ascii_lowercase().starts_with("javascript:")) {
                problems.push(format!("a javascript: address in `{name}`: {}", at()));
            }
        }
    }
    problems
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shape of Trunk's minified output.
    const BUILT: &str = "<!doctype html><html lang=en><meta charset=utf-8><title>A</title>\
        <link href=./atlas-1a.css integrity=sha384-x rel=stylesheet>\
        <script integrity=sha384-y src=./watchdog-2b.js></script>\
        <script type=module>import init from './app-3c.js';\nconst x = '<b>' < 1;\ninit();</script>\
        <link crossorigin href=./app-3c.js rel=modulepreload></head><body><div id=app></div></body></html>";

    #[test]
    fn inline_scripts_move_into_files_named_and_checked_by_their_content() {
        let (html, files) = move_inline_scripts(BUILT).unwrap();
        assert_eq!(files.len(), 1);
        let (name, body) = &files[0];
        assert_eq!(body, "import init from './app-3c.js';\nconst x = '<b>' < 1;\ninit();");
        assert!(name.starts_with("loader-") && name.ends_with(".js") && name.len() == "loader-.js".len() + 16, "{name}");
        let integrity = format!("sha384-{}", base64(&Sha384::digest(body.as_bytes())));
        assert!(html.contains(&format!(r#"<script type=module src="./{name}" integrity="{integrity}"></script>"#)), "{html}");
        assert!(html.contains("<script integrity=sha384-y src=./watchdog-2b.js></script>"), "other scripts are left alone: {html}");
        assert!(inline_code(&add_meta_policy(&html).unwrap()).is_empty());
    }

    #[test]
    fn the_policy_comes_first_and_only_once() {
        let html = add_meta_policy(BUILT).unwrap();
        let meta = html.find("http-equiv=\"Content-Security-Policy\"").unwrap();
        assert!(meta < html.find("<link").unwrap() && meta > html.find("charset").unwrap());
        assert_eq!(add_meta_policy(&html).unwrap(), html);
    }

    #[test]
    fn anything_inline_left_is_named() {
        let html = r#"<div style="color:red"><button onclick=go()>x</button><a href="javascript:go()">y</a><style>b{}</style><script>go()</script>"#;
        let problems = inline_code(html);
        assert_eq!(problems.len(), 5, "{problems:#?}");
        assert!(inline_code(BUILT).iter().any(|p| p.contains("inline script")));
        // Words in the page's text are not attributes.
        assert!(inline_code("<p>style=\"x\" onclick=</p>").is_empty());
    }

    #[test]
    fn a_json_data_block_is_data_not_code() {
        let page = r#"<head><script type="application/json" id="boot-words">{"en":{}}</script><script type="text/json">x</script></head>"#;
        let (html, files) = move_inline_scripts(page).unwrap();
        assert_eq!(files.len(), 1, "only the block that is not JSON data moves");
        assert!(html.contains(r#"<script type="application/json" id="boot-words">{"en":{}}</script>"#), "{html}");
        assert_eq!(inline_code(page).len(), 1, "text/json is not a data type the browser skips: {:?}", inline_code(page));
    }
}
