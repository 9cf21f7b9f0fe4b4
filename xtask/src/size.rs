//! What the browser downloads for the first view and for the whole atlas,
//! and the budget checks.
//!
//! A fresh load downloads `index.html`, every file it names (styles, scripts,
//! among them Trunk's loader, which `strict_csp.rs` moves out of the page;
//! modules, WebAssembly, the initializer, the manifest) and the data the app
//! fetches before it can draw ([`module_fetches`]). Of these, the **first
//! view** is what the page needs to paint its map, the one the build draws
//! into the page (`first_view.rs`): the page, its styles and classic scripts,
//! the icon, the manifest and the font pieces of the language menu. The rest is
//! **the module**: what runs the atlas (its loader, glue, WebAssembly and the
//! data it fetches). The browser tests check that the whole list is complete:
//! every request a fresh load makes must be in it.

use crate::budget::{FIRST_VIEW_GZIP_BUDGET, WHOLE_LOAD_GZIP_BUDGET};
use crate::project;
use std::io::Write;
use std::path::Path;

/// Data files the module fetches at start, relative to `dist/`: the files
/// the map and its history are read from (named by the core, which the app's
/// fetches use too) and the settings.
pub fn module_fetches() -> impl Iterator<Item = &'static str> {
    atlas_core::geography::files::ALL.into_iter().chain([atlas_core::settings::SETTINGS_FILE])
}

/// Which part of a fresh load a file belongs to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Part {
    /// Needed to paint the page's first view (the map drawn by the build).
    FirstView,
    /// Needed to run the atlas: its module and the data that module fetches.
    Module,
}

/// One file's weight.
pub struct FileSize {
    pub name: String,
    pub part: Part,
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

/// `cargo xtask size [--check]`: build, then report (and check) the sizes.
pub fn run(args: &[String]) -> Result<(), String> {
    let check = match args {
        [] => false,
        [flag] if flag == "--check" => true,
        _ => return Err("usage: cargo xtask size [--check]".to_owned()),
    };
    let toolchain = crate::toolchain::Toolchain::ensure()?;
    crate::bundle::build(&toolchain)?;
    report(check)
}

/// Prints the table for the bundle in `dist/`; with `check`, fails over a budget.
pub fn report(check: bool) -> Result<(), String> {
    let dist = project::dist();
    let files = load_files(&dist)?;
    let sizes: Vec<FileSize> = files.iter().map(|(name, part)| measure(&dist, name, *part)).collect::<Result<_, _>>()?;
    let total = |part: Option<Part>, f: fn(&FileSize) -> u64| sizes.iter().filter(|s| part.is_none_or(|p| s.part == p)).map(f).sum::<u64>();
    let row = |name: &str, part: Option<Part>| {
        println!("{name:<44} {:>10} {:>10} {:>10}", total(part, |s| s.raw), total(part, |s| s.gzip), total(part, |s| s.brotli))
    };
    println!("{:<44} {:>10} {:>10} {:>10}", "a fresh load (dist/)", "raw", "gzip", "brotli");
    for (part, title) in [(Part::FirstView, "first view: the page and its map"), (Part::Module, "the module: what runs the atlas")] {
        println!("{title}");
        for s in sizes.iter().filter(|s| s.part == part) {
            println!("  {:<42} {:>10} {:>10} {:>10}", s.name, s.raw, s.gzip, s.brotli);
        }
    }
    row("first view, total", Some(Part::FirstView));
    row("whole load, total", None);
    let (first, whole) = (total(Some(Part::FirstView), |s| s.gzip), total(None, |s| s.gzip));
    println!("first view gzip budget: {FIRST_VIEW_GZIP_BUDGET} bytes ({:.1}% used)", first as f64 * 100.0 / FIRST_VIEW_GZIP_BUDGET as f64);
    println!("whole load gzip budget: {WHOLE_LOAD_GZIP_BUDGET} bytes ({:.1}% used)", whole as f64 * 100.0 / WHOLE_LOAD_GZIP_BUDGET as f64);
    write_manifest(&files.iter().map(|(name, _)| name.clone()).collect::<Vec<_>>())?;
    if !check {
        return Ok(());
    }
    let failures: Vec<String> = [("the first view", first, FIRST_VIEW_GZIP_BUDGET), ("the whole load", whole, WHOLE_LOAD_GZIP_BUDGET)]
        .iter()
        .filter(|(_, size, budget)| size > budget)
        .map(|(what, size, budget)| format!("{what} weighs {size} bytes gzipped, over the budget of {budget}"))
        .collect();
    println!("size: {} passed, {} failed", 2 - failures.len(), failures.len());
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("; "))
    }
}

/// Files of a fresh load, relative to `dist/`, each with its part:
/// index.html, what it names, and the fetched data.
pub fn load_files(dist: &Path) -> Result<Vec<(String, Part)>, String> {
    let index = std::fs::read_to_string(dist.join("index.html"))
        .map_err(|e| format!("no built app in {} ({e}); run `cargo xtask build`", dist.display()))?;
    let mut files = vec![("index.html".to_owned(), Part::FirstView)];
    let fonts_css = std::fs::read_to_string(dist.join("assets/fonts/cjk.css")).unwrap_or_default();
    // The page names the font's style sheet, whose pieces follow; a file
    // named twice is downloaded once, and counted once.
    let found = referenced_files(&index)
        .into_iter()
        .chain(pieces_for_first_view(&fonts_css).into_iter().map(|f| (f, Part::FirstView)))
        .chain(module_fetches().map(|s| (s.to_owned(), Part::Module)));
    for (name, part) in found {
        if !files.iter().any(|(f, _)| *f == name) {
            files.push((name, part));
        }
    }
    Ok(files)
}

/// The Chinese font's pieces the first screen needs: those holding the
/// characters of the language menu ("简体中文"), which always shows.
fn pieces_for_first_view(fonts_css: &str) -> Vec<String> {
    let shown: String = atlas_core::i18n::Language::ALL.iter().map(|l| l.own_name()).collect();
    let mut files = Vec::new();
    for rule in fonts_css.split("@font-face").skip(1) {
        let file = rule.split("url(\"").nth(1).and_then(|s| s.split('"').next());
        let range = rule.split("unicode-range:").nth(1).and_then(|s| s.split(';').next()).unwrap_or("");
        let covers = range
            .split(',')
            .filter_map(|u| u32::from_str_radix(u.trim().trim_start_matches("U+"), 16).ok())
            .any(|c| shown.chars().any(|s| u32::from(s) == c));
        if let (Some(file), true) = (file, covers) {
            files.push(format!("assets/fonts/{file}"));
        }
    }
    files
}

/// Local files that the page names, quoted or not (`href=./app-1f2e.js`,
/// `src="/watchdog.js"`, `import … from './x.mjs'`), each with its part: a
/// module script, what it imports, a module preload and a preload (the
/// WebAssembly) belong to the module; the rest to the first view.
fn referenced_files(html: &str) -> Vec<(String, Part)> {
    let separators = |c: char| c.is_whitespace() || "\"'=<>();,".contains(c);
    let mut found: Vec<(String, Part)> = Vec::new();
    for chunk in html.split('<').skip(1) {
        let (tag, text) = chunk.split_once('>').unwrap_or((chunk, ""));
        let words: Vec<&str> = tag.split(separators).filter(|w| !w.is_empty()).collect();
        let module = words.windows(2).any(|w| matches!(w, ["type", "module"] | ["rel", "modulepreload"] | ["rel", "preload"]));
        let part = if module { Part::Module } else { Part::FirstView };
        // A module script's own text imports files of the module.
        let text = if module && words.first() == Some(&"script") { text } else { "" };
        for token in tag.split(separators).chain(text.split(separators)) {
            let local = !token.contains("://") && !token.starts_with("data:");
            let known =
                [".js", ".mjs", ".wasm", ".css", ".json", ".webmanifest", ".svg", ".png", ".ico"].iter().any(|ext| token.ends_with(ext));
            if local && known {
                let name = token.trim_start_matches("./").trim_start_matches('/').to_owned();
                if !name.is_empty() && !found.iter().any(|(f, _)| *f == name) {
                    found.push((name, part));
                }
            }
        }
    }
    found
}

fn measure(dist: &Path, name: &str, part: Part) -> Result<FileSize, String> {
    let bytes = std::fs::read(dist.join(name)).map_err(|e| format!("the first view needs dist/{name}, which cannot be read: {e}"))?;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&bytes).map_err(|e| e.to_string())?;
    let gzip = gz.finish().map_err(|e| e.to_string())?.len() as u64;
    let mut br = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    brotli::BrotliCompress(&mut &bytes[..], &mut br, &params).map_err(|e| e.to_string())?;
    Ok(FileSize { name: name.to_owned(), part, raw: bytes.len() as u64, gzip, brotli: br.len() as u64 })
}

/// Writes the list for the browser tests, which compare it with real requests.
fn write_manifest(files: &[String]) -> Result<(), String> {
    let dir = project::artifacts();
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let json = serde_json::to_string_pretty(files).map_err(|e| e.to_string())?;
    std::fs::write(dir.join("first-view-files.json"), json).map_err(|e| format!("cannot write the first-view list: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pieces_for_the_language_menu_count_in_the_first_view() {
        let css = "@font-face { src: url(\"cjk-1.woff2\") format(\"woff2\"); unicode-range: U+7B80,U+4F53; }\n\
                   @font-face { src: url(\"cjk-2.woff2\") format(\"woff2\"); unicode-range: U+4F0A; }";
        assert_eq!(pieces_for_first_view(css), ["assets/fonts/cjk-1.woff2"]);
    }

    #[test]
    fn no_file_is_counted_twice() {
        let dist = std::env::temp_dir().join(format!("atlas-size-test-{}", std::process::id()));
        std::fs::create_dir_all(dist.join("assets/fonts")).unwrap();
        std::fs::write(
            dist.join("index.html"),
            "<link rel=\"stylesheet\" href=\"assets/fonts/cjk.css\"><script src=\"a.js\"></script><script src=\"a.js\"></script>",
        )
        .unwrap();
        std::fs::write(dist.join("assets/fonts/cjk.css"), "@font-face { src: url(\"cjk-1.woff2\"); unicode-range: U+7B80; }").unwrap();
        let files: Vec<String> = load_files(&dist).unwrap().into_iter().map(|(f, _)| f).collect();
        std::fs::remove_dir_all(&dist).unwrap();
        let mut unique = files.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), files.len(), "{files:?}");
        assert!(files.contains(&"assets/fonts/cjk.css".to_owned()) && files.contains(&"assets/fonts/cjk-1.woff2".to_owned()), "{files:?}");
    }

    #[test]
    fn the_page_s_scripts_styles_and_modules_are_found() {
        let html = r#"<link rel="stylesheet" href="./atlas-1a.css"><link rel="preload" href="./ili-atlas-2b_bg.wasm" as="fetch">
            <script src="./watchdog-3c.js"></script><script type="module">import init from './ili-atlas-2b.js';
            import initializer from './initializer-4d.mjs';</script><a href="https://example.org/x.js"><link href=/unquoted-5e.css rel=stylesheet>"#;
        use Part::*;
        assert_eq!(
            referenced_files(html),
            [
                ("atlas-1a.css", FirstView),
                ("ili-atlas-2b_bg.wasm", Module),
                ("watchdog-3c.js", FirstView),
                ("ili-atlas-2b.js", Module),
                ("initializer-4d.mjs", Module),
                ("unquoted-5e.css", FirstView)
            ]
            .map(|(f, p)| (f.to_owned(), p))
        );
    }

    #[test]
    fn the_loader_moved_out_of_the_page_is_counted() {
        // As `strict_csp` leaves the page: Trunk's loader in a file of its own.
        let html = r#"<meta http-equiv="Content-Security-Policy" content="default-src 'self'"><script integrity=sha384-a src=./watchdog-3c.js></script>
            <script integrity=sha384-b src=./offline-6f.js></script><link href=manifest.webmanifest rel=manifest>
            <script type=module src="./loader-0123456789abcdef.js" integrity="sha384-c/d+e="></script>
            <link crossorigin href=./ili-atlas-2b.js integrity=sha384-d rel=modulepreload>"#;
        use Part::*;
        assert_eq!(
            referenced_files(html),
            [
                ("watchdog-3c.js", FirstView),
                ("offline-6f.js", FirstView),
                ("manifest.webmanifest", FirstView),
                ("loader-0123456789abcdef.js", Module),
                ("ili-atlas-2b.js", Module)
            ]
            .map(|(f, p)| (f.to_owned(), p))
        );
    }
}
