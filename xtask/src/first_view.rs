//! The page's first view: the opening map drawn by the build (the app crate's
//! `first_view` example renders the atlas's own components natively on the
//! real data), so that a visitor sees the map before the WebAssembly module
//! has arrived. See that example's comment for what the view holds.
//!
//! The view is a file of its own, `first-view-<hash>.html`, named in the page
//! by `<meta name="atlas-first-view">`: `boot/watchdog.js` fetches it only
//! for a visit it fits (no address query, English), so that an embed or a
//! visit in another language does not download it.

use crate::project;
use crate::strict_csp::{hex, inline_code};
use sha2::{Digest, Sha384};
use std::path::Path;
use std::process::Command;

/// The `<meta>` name under which the page names the file.
const META_NAME: &str = "atlas-first-view";

/// Renders the first view into `dist/` and names it in `dist/index.html`.
pub fn apply(dist: &Path) -> Result<(), String> {
    eprintln!("xtask: drawing the first view…");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command.args(["run", "--quiet", "--example", "first_view"]).current_dir(project::root());
    let out = command.output().map_err(|e| format!("could not run {}: {e}", project::describe(&command)))?;
    if !out.status.success() {
        return Err(format!("{} failed: {}", project::describe(&command), String::from_utf8_lossy(&out.stderr)));
    }
    let fragment = String::from_utf8(out.stdout).map_err(|_| "the first view is not UTF-8".to_owned())?;
    if fragment.is_empty() {
        eprintln!("xtask: no first view (the settings open the atlas in another mode)");
        return Ok(());
    }
    let problems = inline_code(&fragment);
    if !problems.is_empty() {
        return Err(format!("the first view has what the Content-Security-Policy refuses:\n  {}", problems.join("\n  ")));
    }
    let name = format!("first-view-{}.html", &hex(&Sha384::digest(fragment.as_bytes()))[..16]);
    std::fs::write(dist.join(&name), &fragment).map_err(|e| format!("cannot write dist/{name}: {e}"))?;
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let html = name_in_page(&html, &name).ok_or_else(|| format!("{} has no <meta charset> to put the first view's name after", index.display()))?;
    std::fs::write(&index, html).map_err(|e| format!("cannot write {}: {e}", index.display()))
}

/// `html` with `<meta name="atlas-first-view" content="{file}">` after its
/// `<meta charset>`, before any script that reads it.
fn name_in_page(html: &str, file: &str) -> Option<String> {
    let mut from = 0;
    while let Some(i) = html[from..].find("<meta").map(|i| from + i) {
        let end = i + html[i..].find('>')? + 1;
        if html[i..end].contains("charset") {
            return Some(format!(r#"{}<meta name="{META_NAME}" content="{file}">{}"#, &html[..end], &html[end..]));
        }
        from = end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::name_in_page;

    #[test]
    fn the_page_names_the_file_right_after_its_charset() {
        let html = "<!doctype html><html><meta charset=utf-8><script src=./watchdog.js></script>";
        assert_eq!(
            name_in_page(html, "first-view-0a.html").unwrap(),
            r#"<!doctype html><html><meta charset=utf-8><meta name="atlas-first-view" content="first-view-0a.html"><script src=./watchdog.js></script>"#
        );
        assert_eq!(name_in_page("<html><meta name=x>", "f.html"), None);
    }
}
