//! The page's own words in every language: what `index.html` says before the
//! atlas's module runs, or when it cannot run (the title, "Loading the
//! atlas…", the crash messages and their Reload button), taken from the
//! interface's Fluent files so that a translator edits them in one place.
//!
//! [`apply`] writes them into the built page as a JSON data block
//! (`<script type="application/json" id="boot-words">`), which
//! `src/boot/watchdog.js` reads to speak the visitor's language, and puts the
//! no-script note in all four languages into `<noscript>` (without scripts
//! there is no way to know which one the visitor reads).

use atlas_core::i18n::messages::{file_of, Messages};
use atlas_core::i18n::Language;
use std::path::Path;

/// The messages the page shows without the module. `src/boot/watchdog.js`
/// reads these ids.
pub const BOOT_MESSAGES: [&str; 5] = ["atlas-title", "boot-loading", "crash-start-failed", "crash-stopped", "load-reload"];

/// The message the page shows when the browser runs no scripts.
const NO_SCRIPT: &str = "boot-no-script";

/// Each language's words, read from `assets/i18n/<code>/atlas.ftl` under `root`.
pub fn read(root: &Path) -> Result<Vec<(Language, Messages)>, String> {
    Language::ALL
        .into_iter()
        .map(|language| {
            let file = file_of(language);
            let text = std::fs::read_to_string(root.join(&file)).map_err(|e| format!("cannot read {file}: {e}"))?;
            let words = Messages::parse(language, &file, &text, None)
                .map_err(|p| format!("{file}: {}", p.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")))?;
            match BOOT_MESSAGES.iter().chain([&NO_SCRIPT]).find(|id| !words.has(id)) {
                Some(id) => Err(format!("{file} has no message {id}, which the page needs before the atlas starts")),
                None => Ok((language, words)),
            }
        })
        .collect()
}

/// `{"en":{"atlas-title":"…",…},"ug":{…},…}`, safe inside a `<script>` element.
pub fn data_block(languages: &[(Language, Messages)]) -> String {
    let mut all = serde_json::Map::new();
    for (language, words) in languages {
        let texts = BOOT_MESSAGES.iter().map(|id| ((*id).to_owned(), serde_json::Value::String(words.text(id)))).collect();
        all.insert(language.code().to_owned(), serde_json::Value::Object(texts));
    }
    // `</` could close the element early; JSON reads `<\/` as `</`.
    serde_json::Value::Object(all).to_string().replace("</", "<\\/")
}

/// The no-script note in every language, each paragraph marked with its language and direction.
pub fn no_script(languages: &[(Language, Messages)]) -> String {
    languages
        .iter()
        .map(|(language, words)| {
            format!(r#"<p class="boot-message" lang="{}" dir="{}">{}</p>"#, language.code(), language.dir(), escape(&words.text(NO_SCRIPT)))
        })
        .collect()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Writes the words into `dist/index.html`; see the module's documentation.
pub fn apply(root: &Path, dist: &Path) -> Result<(), String> {
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let html = with_words(&html, &read(root)?)?;
    std::fs::write(&index, html).map_err(|e| format!("cannot write {}: {e}", index.display()))
}

/// `html` with the data block at the end of `<head>` and the `<noscript>` note in every language.
fn with_words(html: &str, languages: &[(Language, Messages)]) -> Result<String, String> {
    let head_end = html.find("</head>").ok_or("dist/index.html has no </head>")?;
    let block = format!(r#"<script type="application/json" id="boot-words">{}</script>"#, data_block(languages));
    let html = format!("{}{block}{}", &html[..head_end], &html[head_end..]);
    let open = html.find("<noscript>").ok_or("dist/index.html has no <noscript>")? + "<noscript>".len();
    let close = html[open..].find("</noscript>").ok_or("dist/index.html: <noscript> is never closed")? + open;
    Ok(format!("{}{}{}", &html[..open], no_script(languages), &html[close..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn languages() -> Vec<(Language, Messages)> {
        read(&crate::project::root()).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn every_language_has_the_page_s_words_and_the_block_reads_back() {
        let languages = languages();
        let block = data_block(&languages);
        assert!(!block.contains("</"), "{block}");
        let read: serde_json::Value = serde_json::from_str(&block).unwrap();
        for (language, words) in &languages {
            for id in BOOT_MESSAGES {
                let text = read[language.code()][id].as_str().unwrap_or_else(|| panic!("{} {id}", language.code()));
                assert_eq!(text, words.text(id));
                assert!(!text.is_empty() && !text.contains(id), "{} {id}: {text}", language.code());
            }
        }
        assert_eq!(read["ru"]["boot-loading"], "Атлас загружается…");
    }

    #[test]
    fn the_page_gets_the_block_and_the_note_in_every_language() {
        let page = "<html><head><meta charset=\"utf-8\"></head><body><div id=\"boot\"><noscript><p>old</p></noscript></div></body></html>";
        let html = with_words(page, &languages()).unwrap();
        assert!(html.contains(r#"<script type="application/json" id="boot-words">{"#) && html.contains("</script></head>"), "{html}");
        assert!(!html.contains("<p>old</p>"));
        for (code, dir) in [("en", "ltr"), ("ug", "rtl"), ("zh-Hans", "ltr"), ("ru", "ltr")] {
            assert!(html.contains(&format!(r#"<p class="boot-message" lang="{code}" dir="{dir}">"#)), "{code}: {html}");
        }
        assert!(with_words("<html><body></body></html>", &languages()).is_err());
    }

    #[test]
    fn the_watchdog_s_english_fallbacks_are_the_english_messages() {
        // Without the data block (a page not built by `cargo xtask`), the watchdog speaks English.
        let watchdog = std::fs::read_to_string(crate::project::root().join("src/boot/watchdog.js")).unwrap();
        let english = &languages()[0].1;
        for id in BOOT_MESSAGES {
            let text = english.text(id);
            assert!(watchdog.contains(&format!("\"{id}\": \"{text}\"")), "src/boot/watchdog.js's fallback for {id} is not {text:?}");
        }
    }
}
