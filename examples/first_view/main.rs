//! The page's first view: the atlas's opening screen drawn by the build, so
//! that a visitor sees the map (the Three Districts, who held what, the places
//! to find) before the WebAssembly module has arrived and started.
//!
//! It renders the atlas's own components natively (Yew's server renderer) on
//! the real data at the opening date, in English, for the map sizes in
//! [`MAP_SIZES`], and prints one HTML fragment: the page once, and in its map
//! area one drawing per size, all sharing one copy of the geometry. atlas.css
//! shows the drawing made for the size nearest the map's (container queries);
//! each SVG scales to the map's exact size from there. The build writes the
//! fragment into `dist/index.html` (`xtask/src/first_view.rs`);
//! `boot/watchdog.js` shows it only for a visit it fits (no address query,
//! English) and drops it otherwise, and the atlas removes it once its own map
//! is drawn (`edge::page::end_first_view`). It is inert: a picture of the
//! atlas until the atlas runs.
//!
//! Run from the repository's root: `cargo run --example first_view`. Prints
//! nothing when `assets/settings.json` opens the atlas in another mode than
//! exploring (a kiosk starts with its attract loop).

mod markup;

use atlas_core::geography::{Geography, GeographyTexts};
use atlas_core::i18n::messages::Messages;
use atlas_core::i18n::Language;
use atlas_core::mode::Mode;
use atlas_core::settings::Settings;
use atlas_core::url_state::UrlState;
use ili_atlas::state::{Action, AtlasState, Shared};
use ili_atlas::view::{opening_padding, App, AppProps, Prerender};
use markup::{find_element, prefix_ids, without_attributes, without_elements};
use std::rc::Rc;

/// A map size the first view is drawn for, as the atlas measures its map
/// area in a browser window of that size, with the sizes of the overlays on
/// the map there (key, zoom buttons, locator inset). The class names match
/// atlas.css's container queries (`.fv-…`).
struct MapSize {
    class: &'static str,
    window: (u32, u32),
    map: (f64, f64),
    overlays: [(f64, f64); 3],
}

const MAP_SIZES: [MapSize; 8] = [
    MapSize { class: "fv-wide", window: (1920, 1080), map: (1487.0, 822.0), overlays: [(366.0, 522.0), (58.0, 178.0), (187.0, 106.0)] },
    MapSize { class: "fv-laptop", window: (1366, 768), map: (950.0, 489.0), overlays: [(352.0, 114.0), (56.0, 172.0), (180.0, 102.0)] },
    MapSize { class: "fv-tablet", window: (1024, 768), map: (696.0, 501.0), overlays: [(352.0, 111.0), (56.0, 172.0), (180.0, 102.0)] },
    MapSize { class: "fv-band", window: (768, 1024), map: (768.0, 283.0), overlays: [(352.0, 108.0), (56.0, 172.0), (180.0, 102.0)] },
    MapSize { class: "fv-upright", window: (1080, 1920), map: (734.0, 1652.0), overlays: [(352.0, 111.0), (56.0, 172.0), (180.0, 102.0)] },
    MapSize { class: "fv-small-wide", window: (800, 600), map: (512.0, 270.0), overlays: [(256.0, 88.0), (140.0, 44.0), (0.0, 0.0)] },
    MapSize { class: "fv-phone-short", window: (360, 640), map: (360.0, 288.0), overlays: [(198.0, 88.0), (140.0, 44.0), (0.0, 0.0)] },
    MapSize { class: "fv-phone", window: (390, 844), map: (390.0, 451.0), overlays: [(215.0, 88.0), (56.0, 172.0), (0.0, 0.0)] },
];

/// The id of the shared geometry, and the prefix of every id outside the drawings.
const SHARED_PREFIX: &str = "fv-";

/// What a place says to a screen reader and the keyboard: the first view is
/// inert (a picture until the atlas runs), so its drawings leave it out.
const UNSEEN_ATTRIBUTES: [&str; 5] = ["aria-label", "aria-pressed", "tabindex", "role", "data-holder"];

/// The exit status for data that cannot be read or has problems
/// (`xtask/src/first_view.rs` then builds the page without a first view).
const DATA_PROBLEMS: i32 = 3;

/// What a picture never shows: the touch targets round the places, and the
/// places crowded out, which show only when focused.
const UNSEEN_ELEMENTS: [(&str, &str); 2] = [("circle", "place-target"), ("g", "places crowded")];

/// The drawing whose page (title, card, date control) and patterns the view
/// keeps: a middle size, for the patterns' spacing is set for a drawing's scale.
const PAGE_FROM: &str = "fv-laptop";

fn read(file: &str) -> Result<String, String> {
    std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))
}

/// The atlas at the opening date, data loaded, its map `map` pixels large,
/// its opening view clear of a key of `key` pixels (as the atlas makes it).
fn opening_state(geography: &Shared<Geography>, settings: &Settings, map: (f64, f64), key: (f64, f64)) -> AtlasState {
    let state = AtlasState::from_url(UrlState::default(), Language::English)
        .apply(Action::SettingsLoaded { settings: settings.clone(), notes: vec![] })
        .apply(Action::MapLoaded(geography.clone(), Shared(Messages::english()), Language::English))
        .apply(Action::Resize(map.0, map.1));
    let padding = opening_padding(&state, key);
    state.apply(Action::Padding(padding))
}

async fn render(state: AtlasState, overlays: [(f64, f64); 3]) -> String {
    let props = AppProps { prerender: Some(Rc::new(Prerender { state, overlays })) };
    yew::LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await
}

const MAP_PANE: &str = r#"<div class="map-pane">"#;
const GEOMETRY: &str = r#"class="geometry">"#;

/// The map area's content of one rendering, with its own ids, its geometry
/// replaced by a reference to the shared copy; and that geometry (the
/// patterns, then the drawn outlines), with the shared ids.
fn map_drawing(page: &str, class: &str) -> Result<(String, String), String> {
    let (_, content, content_end, _) = find_element(page, MAP_PANE, "div").ok_or("no map area")?;
    let pane = &page[content..content_end];
    let (defs, _, _, defs_end) = find_element(pane, "<defs>", "defs").ok_or("no pattern definitions")?;
    let geometry_tag = pane.find(GEOMETRY).ok_or("no geometry group")?;
    let geometry_start = pane[..geometry_tag].rfind("<g ").ok_or("no geometry group")?;
    let (_, inner, inner_end, _) =
        find_element(&pane[geometry_start..], &pane[geometry_start..geometry_tag + GEOMETRY.len()], "g").ok_or("no geometry group")?;
    let (inner, inner_end) = (geometry_start + inner, geometry_start + inner_end);
    let shared = format!("{}<g id=\"geometry\">{}</g>", &pane[defs..defs_end], &pane[inner..inner_end]);
    let own = format!("{}{}{}", &pane[..defs], &pane[defs_end..inner], &pane[inner_end..]);
    let mut own = without_attributes(&prefix_ids(&own, &format!("{class}-")), &UNSEEN_ATTRIBUTES);
    for (tag, class) in UNSEEN_ELEMENTS {
        own = without_elements(&own, tag, class);
    }
    // The geometry group now refers to the shared outlines.
    let own = own.replacen(GEOMETRY, &format!("{GEOMETRY}<use href=\"#{SHARED_PREFIX}geometry\"></use>"), 1);
    Ok((format!("<div class=\"fv-map {class}\">{own}</div>"), prefix_ids(&shared, SHARED_PREFIX)))
}

/// Why there is no first view.
#[derive(Debug)]
enum Failure {
    /// A data file cannot be read or has problems: the atlas says so itself
    /// in the browser, so the build goes on without a first view.
    Data(String),
    /// The rendering did not come out as expected.
    Drawing(String),
}

/// The first view's HTML fragment, from the files under the current folder;
/// `None` when the settings open the atlas in another mode than exploring.
async fn first_view() -> Result<Option<String>, Failure> {
    let problems = |p: Vec<atlas_core::problem::Problem>| Failure::Data(p.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"));
    let settings = Settings::parse(&read(atlas_core::settings::SETTINGS_FILE).map_err(Failure::Data)?).map_err(problems)?;
    if settings.mode != Mode::Explore {
        return Ok(None);
    }
    let geography: Shared<Geography> =
        Geography::from_texts(&GeographyTexts::read_with(read).map_err(Failure::Data)?).map_err(problems)?.into();
    let mut page = String::new();
    let mut drawings = String::new();
    let mut shared = String::new();
    for size in &MAP_SIZES {
        let html = render(opening_state(&geography, &settings, size.map, size.overlays[0]), size.overlays).await;
        let (drawing, geometry) = map_drawing(&html, size.class)
            .map_err(|e| Failure::Drawing(format!("{} ({}×{}): {e}", size.class, size.window.0, size.window.1)))?;
        drawings.push_str(&drawing);
        if size.class == PAGE_FROM {
            (page, shared) = (html, geometry);
        }
    }
    let (_, content, content_end, _) = find_element(&page, MAP_PANE, "div").ok_or(Failure::Drawing("no map area".into()))?;
    let page = format!("{}{}{}", prefix_ids(&page[..content], SHARED_PREFIX), drawings, prefix_ids(&page[content_end..], SHARED_PREFIX));
    Ok(Some(format!(
        "<div id=\"first-view\" class=\"first-view\" inert>\
         <svg class=\"first-view-geometry\" width=\"0\" height=\"0\" aria-hidden=\"true\" focusable=\"false\"><defs>{shared}</defs></svg>\
         {page}</div>"
    )))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    match first_view().await {
        Ok(Some(html)) => print!("{html}"),
        Ok(None) => {}
        Err(Failure::Data(problems)) => {
            eprintln!("first_view: the data has problems, so the page has no first view:\n{problems}");
            std::process::exit(DATA_PROBLEMS);
        }
        Err(Failure::Drawing(e)) => {
            eprintln!("first_view: {e}");
            std::process::exit(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// The view on the real data, rendered from the repository's root.
    fn real_view() -> String {
        std::env::set_current_dir(env!("CARGO_MANIFEST_DIR")).unwrap();
        let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
        runtime.block_on(first_view()).unwrap().expect("the settings open the atlas for exploring")
    }

    fn attribute_values<'a>(html: &'a str, pattern: &str) -> Vec<&'a str> {
        html.split(pattern).skip(1).filter_map(|rest| rest.split(['"', ')']).next()).collect()
    }

    #[test]
    fn each_map_size_has_a_drawing_with_the_places_to_find_and_every_id_is_defined_once() {
        let html = real_view();
        for size in &MAP_SIZES {
            let start = html.find(&format!("<div class=\"fv-map {}\">", size.class)).unwrap_or_else(|| panic!("no drawing {}", size.class));
            let drawing = &html[start..markup::element_end(&html, start, "div").unwrap()];
            for place in ["Ghulja", "Dihua", "Manasi River front", "Tashkurgan"] {
                assert!(drawing.contains(&format!(">{place}</text>")), "{} has no label {place}", size.class);
            }
        }
        let ids: Vec<&str> = attribute_values(&html, " id=\"");
        let unique: BTreeSet<&str> = ids.iter().copied().collect();
        assert_eq!(unique.len(), ids.len(), "an id is defined twice");
        for reference in attribute_values(&html, "href=\"#").into_iter().chain(attribute_values(&html, "url(#")) {
            assert!(unique.contains(reference), "#{reference} is named but not defined");
        }
        assert!(!html.contains(" style=") && !html.contains("<script"), "the view has what the page's policy refuses");
        assert!(!html.contains("aria-label=\"Ghulja"), "the drawings keep what only the running atlas needs");
    }

    #[test]
    fn the_style_sheet_shows_a_drawing_for_each_map_size_and_for_no_other() {
        let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/style/atlas.css")).unwrap();
        let shown: BTreeSet<&str> = css.split(".fv-map.").skip(1).filter_map(|rest| rest.split([' ', '{']).next()).collect();
        let sizes: BTreeSet<&str> = MAP_SIZES.iter().map(|s| s.class).collect();
        assert_eq!(shown, sizes);
    }
}
