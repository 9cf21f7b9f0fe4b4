//! The page's first view: the opening map drawn by the build (the app crate's
//! `first_view` example renders the atlas's own components natively on the
//! real data), written into the built `index.html`, first thing in `#boot`,
//! so that a visitor sees the map before the WebAssembly module has arrived.
//! See that example's comment for what the view holds and when it shows.
//!
//! In the page rather than in a file fetched for a visit it fits: fetched, it
//! showed about 1.1 s later on a CPU slowed six times (its request waited
//! for the page's head, its parsing and painting came after the page's own),
//! which is worth the page's 68.6 KB (gzip) more for every visit. `strict_csp.rs`,
//! which runs after, checks it with the rest of the page.

use crate::project;
use std::path::Path;
use std::process::Command;

/// The example's exit status when a data file cannot be read or has problems.
const DATA_PROBLEMS: i32 = 3;

/// Where the fragment goes: first thing in the page's boot area, `#boot`.
const BOOT_ID: &str = "boot";

/// Renders the first view and puts it into `dist/index.html`.
pub fn apply(dist: &Path) -> Result<(), String> {
    eprintln!("xtask: drawing the first view…");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command.args(["run", "--quiet", "--example", "first_view"]).current_dir(project::root());
    let out = command.output().map_err(|e| format!("could not run {}: {e}", project::describe(&command)))?;
    if out.status.code() == Some(DATA_PROBLEMS) {
        // The atlas names the file and what is wrong in the page itself; the
        // test suite fails on it. A curator's preview still builds.
        eprintln!("xtask: warning: {}", String::from_utf8_lossy(&out.stderr).trim());
        return Ok(());
    }
    if !out.status.success() {
        return Err(format!("{} failed: {}", project::describe(&command), String::from_utf8_lossy(&out.stderr)));
    }
    let fragment = String::from_utf8(out.stdout).map_err(|_| "the first view is not UTF-8".to_owned())?;
    if fragment.is_empty() {
        eprintln!("xtask: no first view (the settings open the atlas in another mode)");
        return Ok(());
    }
    let page = dist.join("index.html");
    let html = std::fs::read_to_string(&page).map_err(|e| format!("cannot read {}: {e}", page.display()))?;
    if html.contains(r#"id="first-view""#) {
        return Err(format!("{} already holds a first view", page.display()));
    }
    let at = after_start_tag(&html, BOOT_ID).ok_or_else(|| format!("{} has no element #{BOOT_ID}", page.display()))?;
    let html = format!("{}{fragment}{}", &html[..at], &html[at..]);
    std::fs::write(&page, html).map_err(|e| format!("cannot write {}: {e}", page.display()))
}

/// Where the content of the element with id `id` begins, in a page as Trunk
/// writes it (attribute quotes optional).
fn after_start_tag(html: &str, id: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = html[from..].find('<').map(|i| from + i) {
        let end = i + html[i..].find('>')?;
        let tag = &html[i..end];
        if tag.split_whitespace().skip(1).any(|a| a == format!("id={id}") || a == format!("id=\"{id}\"")) {
            return Some(end + 1);
        }
        from = end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::after_start_tag;

    #[test]
    fn the_boot_area_is_found_with_or_without_quotes() {
        let html = r#"<body><div id=app></div><div class=boot id=boot><p>"#;
        assert_eq!(&html[after_start_tag(html, "boot").unwrap()..], "<p>");
        let html = r#"<div id="bootstrap"></div><div id="boot" class="boot">x"#;
        assert_eq!(&html[after_start_tag(html, "boot").unwrap()..], "x");
        assert_eq!(after_start_tag("<div id=booth>", "boot"), None);
    }
}
