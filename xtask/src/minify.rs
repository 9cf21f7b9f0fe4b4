//! The files as the browser gets them, smaller than as they are written:
//! every `.json` under `dist/` with the whitespace between its tokens taken
//! out (the committed files stay indented for the people who edit them; the
//! app reads the same values), and the page's scripts minified by terser
//! (pinned in `package.json`), their `integrity` in `index.html` renewed.
//!
//! The scripts are minified here, not by Trunk: its minifier cannot read the
//! wasm-bindgen glue's `export { … as default }` (the glue shipped as written,
//! 55 KB) and orders `watchdog.js`'s declarations differently on every build.
//! Terser's output depends on the input alone, so the same sources give the
//! same files, and the kiosk's offline copy a new version only when they change.

use crate::project::run;
use atlas_core::base64::encode as base64;
use sha2::{Digest, Sha384};
use std::path::Path;
use std::process::Command;

/// Rewrites every `.json` file under `dist/` without the whitespace between tokens.
pub fn minify_json_files(dist: &Path) -> Result<(), String> {
    let mut files = Vec::new();
    crate::offline::list_files(dist, dist, &mut files)?;
    let (mut before, mut after) = (0, 0);
    for name in files.iter().filter(|f| f.ends_with(".json")) {
        let path = dist.join(name);
        let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read dist/{name}: {e}"))?;
        let small = minify(&text);
        if serde_json::from_str::<serde_json::Value>(&small).ok() != serde_json::from_str::<serde_json::Value>(&text).ok() {
            return Err(format!("dist/{name}: taking out its whitespace would change what it says"));
        }
        before += text.len();
        after += small.len();
        std::fs::write(&path, small).map_err(|e| format!("cannot write dist/{name}: {e}"))?;
    }
    eprintln!("xtask: data files without their indentation: {before} → {after} bytes");
    Ok(())
}

/// Minifies every script that `dist/index.html` loads (a classic script, a
/// module, a module's preload) and writes the new `integrity` into the page.
/// The file names stay: Trunk named them by their sources.
pub fn minify_scripts(dist: &Path) -> Result<(), String> {
    let index = dist.join("index.html");
    let mut html = std::fs::read_to_string(&index).map_err(|e| format!("cannot read dist/index.html: {e}"))?;
    let terser = crate::project::root().join("node_modules/terser/bin/terser");
    let names = std::fs::read_dir(dist).map_err(|e| format!("cannot list dist/: {e}"))?;
    let mut names: Vec<String> = names.filter_map(|e| e.ok()?.file_name().into_string().ok()).collect();
    names.sort();
    let (mut before, mut after) = (0, 0);
    for name in names.iter().filter(|n| n.ends_with(".js") || n.ends_with(".mjs")) {
        let Some(kind) = script_kind(&html, name) else { continue };
        let path = dist.join(name);
        let old = std::fs::read(&path).map_err(|e| format!("cannot read dist/{name}: {e}"))?;
        let mut command = Command::new("node");
        command.arg(&terser).arg(&path).args(["--compress", "--mangle", "--output"]).arg(&path);
        if kind == ScriptKind::Module {
            command.arg("--module");
        }
        run(&mut command).map_err(|e| format!("minifying dist/{name}: {e}"))?;
        let new = std::fs::read(&path).map_err(|e| format!("cannot read dist/{name}: {e}"))?;
        html = with_new_integrity(&html, &old, &new).ok_or_else(|| format!("dist/index.html loads {name} without its integrity"))?;
        before += old.len();
        after += new.len();
    }
    std::fs::write(&index, html).map_err(|e| format!("cannot write dist/index.html: {e}"))?;
    eprintln!("xtask: the page's scripts minified: {before} → {after} bytes");
    Ok(())
}

/// How the page loads a script, which decides what a minifier may rename: a
/// module's top-level names are its own, a classic script's are the page's.
#[derive(Debug, PartialEq, Eq)]
enum ScriptKind {
    Classic,
    Module,
}

/// How `html` loads the local file `name`, or `None` if no tag of it does.
fn script_kind(html: &str, name: &str) -> Option<ScriptKind> {
    let at = html.find(&format!("./{name}")).or_else(|| html.find(name))?;
    let start = html[..at].rfind('<')?;
    let end = at + html[at..].find('>')?;
    let tag = &html[start..end];
    match (tag.starts_with("<script"), tag.starts_with("<link")) {
        (true, _) if tag.contains("module") => Some(ScriptKind::Module),
        (true, _) => Some(ScriptKind::Classic),
        (_, true) if tag.contains("modulepreload") => Some(ScriptKind::Module),
        _ => None,
    }
}

/// `html` with the SHA-384 `integrity` of `old` replaced by that of `new`;
/// `None` if the page does not name `old`'s.
fn with_new_integrity(html: &str, old: &[u8], new: &[u8]) -> Option<String> {
    let integrity = |bytes: &[u8]| format!("sha384-{}", base64(&Sha384::digest(bytes)));
    let old = integrity(old);
    html.contains(&old).then(|| html.replace(&old, &integrity(new)))
}

/// JSON text without whitespace outside its strings; strings, escapes
/// included, are copied as they are.
pub fn minify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !matches!(c, ' ' | '\t' | '\n' | '\r') {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<script integrity=sha384-a src=./watchdog-1a.js></script>
        <script type=module src="./loader-2b.js" integrity="sha384-b"></script>
        <link crossorigin href=./ili-atlas-3c.js integrity=sha384-c rel=modulepreload>
        <link href=./atlas-4d.css rel=stylesheet>"#;

    #[test]
    fn a_script_is_a_module_when_its_tag_says_so() {
        assert_eq!(script_kind(PAGE, "watchdog-1a.js"), Some(ScriptKind::Classic));
        assert_eq!(script_kind(PAGE, "loader-2b.js"), Some(ScriptKind::Module));
        assert_eq!(script_kind(PAGE, "ili-atlas-3c.js"), Some(ScriptKind::Module));
        assert_eq!(script_kind(PAGE, "atlas-4d.css"), None, "a style sheet is not a script");
        assert_eq!(script_kind(PAGE, "sw.js"), None, "a file the page does not load is left alone");
    }

    #[test]
    fn the_new_integrity_replaces_the_old_one() {
        let digest = |b: &[u8]| format!("sha384-{}", base64(&Sha384::digest(b)));
        let page = format!("<script integrity={} src=./a.js></script>", digest(b"long  text"));
        let out = with_new_integrity(&page, b"long  text", b"text").unwrap();
        assert_eq!(out, format!("<script integrity={} src=./a.js></script>", digest(b"text")));
        assert_eq!(with_new_integrity(&page, b"other", b"text"), None, "a file the page does not check is an error");
    }

    #[test]
    fn whitespace_between_tokens_goes_and_strings_stay_as_they_are() {
        let text = "{\n  \"a b\": [1, 2.50, -3e2],\n\t\"q\": \"say \\\"hi\\\" \\\\ \",\r\n  \"t\": true }\n";
        assert_eq!(minify(text), "{\"a b\":[1,2.50,-3e2],\"q\":\"say \\\"hi\\\" \\\\ \",\"t\":true}");
    }

    #[test]
    fn every_data_file_reads_the_same_without_its_whitespace() {
        let root = crate::project::root().join("assets");
        let mut files = Vec::new();
        crate::offline::list_files(&root, &root, &mut files).unwrap();
        let json: Vec<&String> = files.iter().filter(|f| f.ends_with(".json")).collect();
        assert!(json.len() >= 10, "{json:?}");
        for name in json {
            let text = std::fs::read_to_string(root.join(name)).unwrap();
            let value = |t: &str| serde_json::from_str::<serde_json::Value>(t).unwrap();
            assert_eq!(value(&minify(&text)), value(&text), "{name}");
            assert!(minify(&text).len() <= text.len(), "{name}");
        }
    }
}
