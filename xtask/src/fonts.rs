//! `cargo xtask fonts`: a Chinese webfont cut down to the characters the
//! atlas shows, so that Chinese names read on machines without a Chinese font
//! (many kiosk and school Linux installs) at a few kilobytes, not megabytes.
//!
//! The source is the `@fontsource/noto-sans-sc` npm package (Noto Sans SC,
//! SIL Open Font License 1.1), which ships the font split by Unicode range.
//! The command collects every Chinese character in the data under `assets/`,
//! keeps the pieces that hold any of them, cuts each piece down to those
//! characters with fontTools' subsetter (installed with pip into the cache),
//! and writes `assets/fonts/`: the pieces, `cjk.css` with one `@font-face` per
//! piece (its `unicode-range` lists exactly the characters it holds, so a
//! browser downloads a piece only when a card shows one of them), and
//! `SOURCES.md`. The output is committed; rerun it when the data gains
//! Chinese characters (the test suite says so when it has).

use crate::geodata::fetch::{self, Package};
use crate::project;
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const PACKAGE: Package = Package {
    name: "@fontsource/noto-sans-sc",
    version: "5.3.0",
    integrity: "sha512-HeqIlGm0+ohOKxZLuHj1qW6r6avHH0OWdKERAcSDI0RQ+MXrteuLKA+M+5eOA8rYy0MFvOR5AT0fQo2rUkye0Q==",
};
const FONTTOOLS: &str = "fonttools==4.68.0";
const BROTLI: &str = "brotli==1.2.1";
/// The family name the atlas's styles ask for.
pub const FAMILY: &str = "Atlas Noto Sans SC";

/// The data files whose text may hold Chinese characters.
pub const DATA_FILES: [&str; 4] =
    ["assets/places/places.json", "assets/history/actors.json", "assets/history/zones.json", "assets/history/events.json"];

pub fn run(args: &[String]) -> Result<(), String> {
    if !args.is_empty() {
        return Err("usage: cargo xtask fonts".to_owned());
    }
    let root = project::root();
    let cache = root.join(".cache").join("fonts");
    fs::create_dir_all(&cache).map_err(|e| format!("cannot create {}: {e}", cache.display()))?;
    let chars = data_characters(&root)?;
    println!("fonts: {} Chinese characters in the data", chars.len());

    let package = unpack(&cache)?;
    let css = fs::read_to_string(package.join("400.css")).map_err(|e| format!("cannot read the package's 400.css: {e}"))?;
    let pieces = parse_faces(&css)?;
    let pylib = cache.join("pylib");
    if !pylib.join("fontTools").is_dir() {
        println!("  pip install {FONTTOOLS} {BROTLI}");
        project::run(Command::new("python3").args(["-m", "pip", "install", "--quiet", "--target"]).arg(&pylib).args([FONTTOOLS, BROTLI]))?;
    }

    let out = root.join("assets").join("fonts");
    if out.is_dir() {
        fs::remove_dir_all(&out).map_err(|e| format!("cannot clear {}: {e}", out.display()))?;
    }
    fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let mut faces =
        String::from("/* Written by `cargo xtask fonts`: Noto Sans SC (SIL OFL 1.1), cut to the characters the atlas shows. */\n");
    let mut covered = BTreeSet::new();
    let mut total = 0;
    // The language menu always shows "简体中文": its characters get small faces
    // of their own, so that the first screen does not fetch the large pieces
    // they would otherwise fall in.
    let menu: BTreeSet<char> = atlas_core::i18n::Language::ALL.iter().flat_map(|l| l.own_name().chars()).filter(|&c| is_cjk(c)).collect();
    for piece in &pieces {
        let held: String = chars.iter().chain(&menu).collect::<BTreeSet<_>>().into_iter().filter(|c| piece.covers(**c)).collect();
        let (for_menu, rest): (String, String) = held.chars().partition(|c| menu.contains(c));
        for (suffix, text) in [("", rest), ("-menu", for_menu)] {
            if text.is_empty() {
                continue;
            }
            let name = format!("cjk-{}{suffix}.woff2", piece.index);
            let target = out.join(&name);
            project::run(
                Command::new("python3")
                    .args(["-m", "fontTools.subset"])
                    .arg(package.join("files").join(&piece.file))
                    .arg(format!("--text={text}"))
                    .args(["--flavor=woff2", "--layout-features=*", "--no-hinting", "--desubroutinize"])
                    .arg(format!("--output-file={}", target.display()))
                    .env("PYTHONPATH", &pylib),
            )?;
            total += fs::metadata(&target).map(|m| m.len()).unwrap_or(0);
            covered.extend(text.chars());
            faces.push_str(&format!(
                "@font-face {{ font-family: \"{FAMILY}\"; font-style: normal; font-weight: 400; font-display: swap; src: url(\"{name}\") format(\"woff2\"); unicode-range: {}; }}\n",
                unicode_range(&text)
            ));
        }
    }
    let missing: String = chars.iter().filter(|c| !covered.contains(c)).collect();
    if !missing.is_empty() {
        return Err(format!("the font has no glyph for: {missing}"));
    }
    fs::write(out.join("cjk.css"), faces).map_err(|e| format!("cannot write cjk.css: {e}"))?;
    fs::write(out.join("SOURCES.md"), sources_md(chars.len(), total)).map_err(|e| format!("cannot write SOURCES.md: {e}"))?;
    println!(
        "fonts: wrote assets/fonts/: {} pieces, {total} bytes, for {} characters",
        pieces.iter().filter(|p| chars.iter().any(|c| p.covers(*c))).count(),
        chars.len()
    );
    Ok(())
}

/// Unpacks the pinned package into the cache (once) and returns its folder.
fn unpack(cache: &Path) -> Result<std::path::PathBuf, String> {
    let dir = cache.join(PACKAGE.label().replace('/', "-"));
    let package = dir.join("package");
    if !package.join("400.css").is_file() {
        let tarball = fetch::tarball(cache, &PACKAGE)?;
        fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        project::run(Command::new("tar").arg("xzf").arg(&tarball).arg("-C").arg(&dir).args([
            "package/400.css",
            "package/files",
            "package/LICENSE",
        ]))?;
    }
    Ok(package)
}

/// One `@font-face` piece of the package: its index, file and ranges.
#[derive(Debug, PartialEq)]
pub struct Piece {
    /// The piece's name in the package: a number, or a script (`latin`).
    pub index: String,
    pub file: String,
    pub ranges: Vec<(u32, u32)>,
}

impl Piece {
    pub fn covers(&self, c: char) -> bool {
        self.ranges.iter().any(|&(a, b)| (a..=b).contains(&u32::from(c)))
    }
}

/// Reads the package's `@font-face` rules: woff2 file and `unicode-range`.
pub fn parse_faces(css: &str) -> Result<Vec<Piece>, String> {
    let mut pieces = Vec::new();
    for rule in css.split("@font-face").skip(1) {
        let file = rule
            .split("url(./files/")
            .nth(1)
            .and_then(|s| s.split(')').next())
            .filter(|f| f.ends_with(".woff2"))
            .ok_or_else(|| format!("a rule without a woff2 file: {}", rule.trim()))?;
        let index = file
            .strip_prefix("noto-sans-sc-")
            .and_then(|s| s.strip_suffix("-400-normal.woff2"))
            .filter(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
            .ok_or_else(|| format!("unexpected file name {file}"))?
            .to_owned();
        let ranges = rule
            .split("unicode-range:")
            .nth(1)
            .and_then(|s| s.split(';').next())
            .ok_or_else(|| format!("{file} has no unicode-range"))?
            .split(',')
            .map(|part| {
                let part = part.trim().trim_start_matches("U+").trim_start_matches("u+");
                let (a, b) = part.split_once('-').unwrap_or((part, part));
                let hex = |h: &str| u32::from_str_radix(h, 16).map_err(|_| format!("bad range {part} in {file}"));
                Ok((hex(a)?, hex(b)?))
            })
            .collect::<Result<_, String>>()?;
        pieces.push(Piece { index, file: file.to_owned(), ranges });
    }
    if pieces.is_empty() {
        return Err("the package's CSS has no @font-face rule".to_owned());
    }
    Ok(pieces)
}

/// Whether a character is written with the Chinese font (CJK ideographs,
/// their punctuation and full-width forms).
pub fn is_cjk(c: char) -> bool {
    matches!(u32::from(c), 0x2E80..=0x2FDF | 0x3000..=0x303F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// Every Chinese character in the data files and the translations
/// (`assets/i18n/*/`), in code-point order.
pub fn data_characters(root: &Path) -> Result<BTreeSet<char>, String> {
    let mut files: Vec<PathBuf> = DATA_FILES.iter().map(|f| root.join(f)).collect();
    let i18n = root.join("assets/i18n");
    for language in fs::read_dir(&i18n).map_err(|e| format!("cannot list assets/i18n: {e}"))?.flatten().filter(|e| e.path().is_dir()) {
        for file in fs::read_dir(language.path()).map_err(|e| format!("cannot list {}: {e}", language.path().display()))?.flatten() {
            files.push(file.path());
        }
    }
    files.sort();
    let mut chars = BTreeSet::new();
    for file in files {
        let text = fs::read_to_string(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        chars.extend(text.chars().filter(|&c| is_cjk(c)));
    }
    Ok(chars)
}

/// `U+4F0A,U+5B81`: the characters as a CSS `unicode-range`.
pub fn unicode_range(chars: &str) -> String {
    chars.chars().map(|c| format!("U+{:X}", u32::from(c))).collect::<Vec<_>>().join(",")
}

fn sources_md(characters: usize, bytes: u64) -> String {
    format!(
        "# Fonts\n\nWritten by `cargo xtask fonts`; do not edit by hand.\n\n\
         | file | source | licence | what was done |\n|---|---|---|---|\n\
         | `cjk-*.woff2`, `cjk.css` | Noto Sans SC, regular, from the npm package `{}` {} (tarball integrity `{}`) | SIL Open Font License 1.1 | the package's pieces that hold any of the {characters} Chinese characters in the atlas's data, each cut with fontTools' subsetter ({FONTTOOLS}) to those characters only; {bytes} bytes in all. Each `@font-face` in `cjk.css` lists exactly the characters its piece holds, so a browser fetches a piece only when it shows one of them. |\n",
        PACKAGE.name, PACKAGE.version, PACKAGE.integrity
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn font_faces_are_read_with_their_ranges() {
        let css = "/* x */\n@font-face {\n  src: url(./files/noto-sans-sc-117-400-normal.woff2) format('woff2'), url(./files/noto-sans-sc-117-400-normal.woff) format('woff');\n  unicode-range: U+4f0a,U+5b81-5b83;\n}\n";
        let pieces = parse_faces(css).unwrap();
        assert_eq!(
            pieces,
            vec![Piece {
                index: "117".into(),
                file: "noto-sans-sc-117-400-normal.woff2".into(),
                ranges: vec![(0x4f0a, 0x4f0a), (0x5b81, 0x5b83)]
            }]
        );
        assert!(pieces[0].covers('伊') && pieces[0].covers('宁') && !pieces[0].covers('犁'));
        assert!(parse_faces("body {}").is_err());
    }

    #[test]
    fn ranges_list_each_character() {
        assert_eq!(unicode_range("伊宁"), "U+4F0A,U+5B81");
        assert!(is_cjk('疆') && !is_cjk('a') && !is_cjk('ئ') && !is_cjk('Ж'));
    }

    #[test]
    fn every_chinese_character_in_the_data_has_a_glyph_in_the_committed_font() {
        // When this fails, the data gained characters: run `cargo xtask fonts`.
        let root = project::root();
        let css = fs::read_to_string(root.join("assets/fonts/cjk.css")).expect("assets/fonts/cjk.css is committed");
        let listed: BTreeSet<char> = css
            .split("unicode-range:")
            .skip(1)
            .flat_map(|s| s.split(';').next().unwrap_or("").split(',').map(str::trim).map(str::to_owned).collect::<Vec<_>>())
            .filter_map(|u| u32::from_str_radix(u.trim_start_matches("U+"), 16).ok().and_then(char::from_u32))
            .collect();
        let missing: String = data_characters(&root).unwrap().into_iter().filter(|c| !listed.contains(c)).collect();
        assert!(missing.is_empty(), "no glyph for {missing}: run `cargo xtask fonts`");
        for face in css.split("url(\"").skip(1) {
            let file = face.split('"').next().unwrap();
            assert!(root.join("assets/fonts").join(file).is_file(), "{file} is listed but missing");
        }
    }
}
