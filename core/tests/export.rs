//! The exported picture on the real data, and its style sheet against the
//! page's: `core/src/snapshot/map.css` must stay a word-for-word copy of the
//! rules in `src/style/atlas.css` that paint the map.

use atlas_core::date::Date;
use atlas_core::geography::Geography;
use atlas_core::history::at_date::MapState;
use atlas_core::i18n::content::{path_of, ContentTranslation, CONTENT_FILES};
use atlas_core::i18n::messages::{file_of, Messages};
use atlas_core::i18n::Language;
use atlas_core::snapshot::{key, svg_document, MapPicture, Snapshot, Swatch};
use atlas_core::sources::SOURCES;

mod common;
use common::read;

fn atlas() -> Geography {
    common::real_geography()
}

#[test]
fn the_handout_of_15_september_1945_names_its_holders_event_and_sources() {
    let g = atlas();
    let date = Date::new(1945, 9, 15).unwrap();
    let state = MapState::on(&g.history, date);
    let event = g.history.event("igiz-yar-taken");
    let s = Snapshot::new(&g, &state, event, &Messages::english());
    assert_eq!(s.date_words, "15 September 1945");
    assert_eq!(s.event.as_deref(), Some("Pamir rebels take Igiz-Yar"));
    // Every party holding a zone that day is in the key, and no other.
    let mut holders: Vec<&str> = state.zones.iter().flatten().map(|c| g.history.actors[c.controller].name.as_str()).collect();
    holders.sort();
    holders.dedup();
    let mut keyed: Vec<&str> =
        s.legend.iter().filter(|e| matches!(e.swatch, Swatch::Holder { .. })).map(|e| e.label.trim_start_matches("Held by ")).collect();
    keyed.sort();
    assert_eq!(keyed, holders);
    assert!(holders.len() >= 2, "{holders:?}");
    // The event's two sources, with the sections they are cited by.
    let all = s.sources.join("\n");
    assert!(all.contains(SOURCES[1].title) && all.contains("“Regiments and campaigns”"), "{all}");
    assert!(all.contains(SOURCES[0].title) && all.contains("“National Army”"), "{all}");
    assert_eq!(s.attribution.len(), g.provenance.sources.len());
    assert!(s.attribution.iter().any(|a| a.contains("Natural Earth") && a.contains("public domain")), "{:?}", s.attribution);

    let picture =
        MapPicture { markup: "<g/>", width: 1280.0, height: 640.0, variables: &[], px_per_km: Some(0.4), font_px: Some(14.0), fonts: &[] };
    let svg = svg_document(&s, &picture, &Messages::english());
    let doc = roxmltree::Document::parse(&svg.text).unwrap();
    let texts: String = doc.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text()).collect::<Vec<_>>().join(" ");
    for holder in &holders {
        assert!(texts.contains(holder), "{holder} in {texts}");
    }
}

#[test]
fn no_day_of_the_timeline_breaks_the_handout() {
    let g = atlas();
    let mut date = Date::new(1934, 1, 1).unwrap();
    while date <= Date::new(1955, 12, 31).unwrap() {
        let state = MapState::on(&g.history, date);
        let s = Snapshot::new(&g, &state, state.current_event, &Messages::english());
        assert!(!s.legend.is_empty(), "{date}: an empty key");
        assert!(s.event.is_some(), "{date}");
        date = date.add_days(30);
    }
}

/// The printed page redraws its key and sources only when the zones or the
/// event change (`PrintKey`): that holds only if they say the same on every
/// day with the same zones and event, which this walks the timeline for.
#[test]
fn the_key_and_the_sources_follow_the_zones_and_the_event_not_the_day() {
    let g = atlas();
    let words = Messages::english();
    let mut date = Date::new(1944, 9, 1).unwrap();
    let mut previous: Option<(MapState, (Vec<_>, Vec<String>))> = None;
    while date <= Date::new(1949, 12, 31).unwrap() {
        let state = MapState::on(&g.history, date);
        let handout = Snapshot::new(&g, &state, state.current_event, &words);
        let key = key(&g, &state.zones, state.current_event, &words);
        assert_eq!((&handout.legend, &handout.sources), (&key.0, &key.1), "{date}");
        if let Some((before, before_key)) = &previous {
            if before.zones == state.zones && before.current_event == state.current_event {
                assert_eq!(before_key, &key, "{date}: the same zones and event, another key");
            }
        }
        previous = Some((state, key));
        date = date.add_days(3);
    }
}

/// The atlas in `language`, as the app makes it when that language is chosen:
/// its words, and the history laid over with the language's texts.
fn atlas_in(language: Language) -> (Geography, Messages) {
    let mut g = atlas();
    let file = file_of(language);
    let words = Messages::parse(language, &file, &read(&file), Some(Messages::english())).unwrap_or_else(|p| panic!("{p:?}"));
    let texts: Vec<String> = CONTENT_FILES.iter().map(|f| read(&path_of(language, f))).collect();
    let content = ContentTranslation::parse(language, [&texts[0], &texts[1], &texts[2]]).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(content.apply(&mut g.history, &mut g.places), vec![]);
    (g, words)
}

#[test]
fn the_handout_speaks_the_language_chosen() {
    let date = Date::new(1945, 9, 15).unwrap();
    let english =
        Snapshot::new(&atlas(), &MapState::on(&atlas().history, date), atlas().history.event("igiz-yar-taken"), &Messages::english());
    assert_eq!(english.attribution_note, None);
    for language in [Language::Russian, Language::Uyghur, Language::Chinese] {
        let (g, words) = atlas_in(language);
        let state = MapState::on(&g.history, date);
        let s = Snapshot::new(&g, &state, g.history.event("igiz-yar-taken"), &words);
        let code = language.code();
        assert_eq!(s.date_words, words.date(date), "{code}");
        assert_eq!(s.attribution_note, Some(words.text("about-in-english")), "{code}: the licences are in English, and it says so");
        assert_ne!(s.event, english.event, "{code}: the event's title is translated");
        assert_eq!(s.legend.len(), english.legend.len(), "{code}");
        for (entry, in_english) in s.legend.iter().zip(&english.legend) {
            assert_ne!(entry.label, in_english.label, "{code}: a key entry left in English");
        }
        assert_eq!(s.sources.len(), english.sources.len(), "{code}");
        for line in &s.sources {
            assert!(!line.contains("Encyclopedia article") && !line.contains("section"), "{code}: {line}");
            // The sections keep their own titles, which are the texts' headings.
            assert!(line.contains("Regiments and campaigns") || line.contains("National Army") || line.contains("Lead"), "{code}: {line}");
        }
        let picture = MapPicture {
            markup: "<g/>",
            width: 1280.0,
            height: 640.0,
            variables: &[],
            px_per_km: Some(0.4),
            font_px: Some(14.0),
            fonts: &[],
        };
        let svg = svg_document(&s, &picture, &words);
        assert!(roxmltree::Document::parse(&svg.text).is_ok(), "{code}");
        assert!(svg.text.contains(&words.text("atlas-title")), "{code}");
    }
}

/// A style sheet's top-level rules (outside any @-block), as (selector,
/// declarations), whitespace normalised.
fn rules(css: &str) -> Vec<(String, Vec<String>)> {
    let mut text = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    text.push_str(rest);
    let mut out = Vec::new();
    let mut rest = text.as_str();
    while let Some(open) = rest.find('{') {
        let selector = rest[..open].split_whitespace().collect::<Vec<_>>().join(" ");
        // Skip @-blocks whole, nested braces and all.
        let mut depth = 0;
        let mut close = open;
        for (i, c) in rest[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                close = open + i;
                break;
            }
        }
        if !selector.starts_with('@') {
            let declarations = rest[open + 1..close]
                .split(';')
                .map(|d| d.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|d| !d.is_empty())
                .collect();
            out.push((selector, declarations));
        }
        rest = &rest[close + 1..];
    }
    out
}

fn page_css() -> Vec<(String, Vec<String>)> {
    rules(&read("src/style/atlas.css"))
}

fn export_css() -> Vec<(String, Vec<String>)> {
    rules(&read("core/src/snapshot/map.css"))
}

#[test]
fn every_rule_of_the_export_is_the_page_s_rule_word_for_word() {
    let page = page_css();
    for (selector, declarations) in export_css() {
        if selector == ":root" {
            let root: Vec<&String> = page.iter().filter(|(s, _)| s == ":root").flat_map(|(_, d)| d).collect();
            for d in &declarations {
                assert!(root.contains(&d), "atlas.css's :root has no `{d}`: the export's colour default differs from the page's");
            }
            continue;
        }
        let found = page.iter().find(|(s, _)| *s == selector);
        assert!(found.is_some(), "atlas.css has no rule `{selector}`: remove it from map.css or put it back in atlas.css");
        assert_eq!(found.unwrap().1, declarations, "`{selector}` differs between atlas.css and map.css");
    }
}

/// The classes of what the map's SVG draws.
const MAP_CLASSES: [&str; 14] = [
    ".map-sheet",
    ".map-neatline",
    ".feature",
    ".place-target",
    ".place-marker",
    ".place.",
    ".range-label",
    ".leader",
    ".place-label",
    ".edge-label",
    ".region-label",
    ".edge-arrow",
    ".zone-",
    ".pattern-",
];

/// Properties that change how the map looks (not how it behaves).
const PAINT: [&str; 9] = ["fill", "stroke", "display", "font", "letter-spacing", "opacity", "paint-order", "vector-effect", "visibility"];

#[test]
fn every_rule_of_the_page_that_paints_the_map_is_in_the_export() {
    let exported = export_css();
    for (selector, declarations) in page_css() {
        let on_map =
            selector.split(',').all(|s| MAP_CLASSES.iter().any(|c| s.trim().starts_with(c)) || s.trim().starts_with(".place-ring"));
        let paints = declarations.iter().any(|d| PAINT.iter().any(|p| d.starts_with(p)));
        // Focus and hover rings belong to the screen, not to the picture.
        let interactive = [":hover", ":focus", ":active"].iter().any(|p| selector.contains(p));
        if on_map && paints && !interactive {
            assert!(
                exported.iter().any(|(s, _)| *s == selector),
                "atlas.css's `{selector}` paints the map but is missing from core/src/snapshot/map.css: copy it there"
            );
        }
    }
}
