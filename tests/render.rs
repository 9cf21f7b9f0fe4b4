//! Component rendering tests: each component rendered to HTML natively with
//! Yew's server renderer, checked for what a visitor and a screen reader get.

use atlas_core::date::Date;
use atlas_core::geography::Geography;
use atlas_core::history::at_date::MapState;
use atlas_core::history::marks::TrackMarks;
use atlas_core::map::MapData;
use atlas_core::places::Places;
use atlas_core::timeline::Timeline;
use atlas_core::viewport::Viewport;
use ili_atlas::state::SharedGeography;
use ili_atlas::state::{Action, Latest, Speed};
use ili_atlas::view::{
    ControlTable, ControlTableProps, DateControl, DateControlProps, EmbedDialog, EmbedDialogProps, EventPanel, EventPanelProps, ExportMenu,
    ExportMenuProps, ExportedView, KioskOverlay, KioskOverlayProps, LoadError, LoadErrorProps, MapKey, MapKeyProps, MapView, MapViewProps,
    PlaceCard, PlaceCardProps, PrintSheet, PrintSheetProps,
};
use std::rc::Rc;
use yew::{Callback, LocalServerRenderer};

fn date(y: i32, m: u8, d: u8) -> Date {
    Date::new(y, m, d).unwrap()
}

fn history_fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/core/tests/fixtures/history/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// A tiny but complete map around Ghulja: one province, one neighbour, one
/// district, one county, two places, and the small history of the core's tests.
fn small_geography() -> SharedGeography {
    let json = r#"{"units_per_km":10,"frame":{"x":-9000,"y":-6000,"width":6000,"height":4000},"features":[
        {"id":"kazakhstan","layer":"neighbour-country","name":"Kazakhstan","polygons":[[[-9000,-6000,2000,0,0,4000,-2000,0]]]},
        {"id":"xinjiang","layer":"province","name":"Xinjiang","polygons":[[[-7000,-6000,4000,0,0,4000,-4000,0]]]},
        {"id":"ili","layer":"district","name":"Ili","polygons":[[[-5000,-5000,4000,0,0,4000,-4000,0]]]}]}"#;
    let map = MapData::from_json("test.json", json).unwrap();
    let counties = MapData::from_json(
        "counties.json",
        r#"{"units_per_km":10,"frame":{"x":-9000,"y":-6000,"width":6000,"height":4000},"features":[
        {"id":"county-yining-city","layer":"county","name":"Ghulja City","polygons":[[[-3500,-3500,1000,0,0,1500,-1000,0]]]}]}"#,
    )
    .unwrap();
    let places = Places::from_json(
        "places.json",
        r#"{"places":[{"id":"ghulja","kind":"city","lon":81.32,"lat":43.92,
        "coordinates":{"method":"county-seat","detail":"x","precision_km":2},"district":null,"edge":null,
        "names":{"en":"Ghulja","modern":"Yining","ug":"غۇلجا","zh":"伊宁","ru":"Кульджа"},"aliases":["Kulja"],"review":["ru"],
        "sources":[{"source":"wp-etr","section":"Ili Rebellion"}]},
        {"id":"airambek","kind":"airfield","lon":81.33,"lat":43.95,
        "coordinates":{"method":"knowledge","detail":"x","precision_km":8},"district":null,"edge":null,
        "names":{"en":"Airambek"},"sources":[{"source":"wp-etr","section":"Ili Rebellion"}]}]}"#,
        map.units_per_km,
    )
    .unwrap();
    let locator = map.clone();
    let provenance = atlas_core::map::provenance::Provenance::from_json(
        "p.json",
        r#"{"projection":{"name":"Albers","parameters":"85E"},
        "simplification":"none","quantisation":"100 m","caveat":"Today's borders.",
        "sources":[{"name":"Natural Earth","licence":"public domain","used_for":"countries","what_was_done":"projected"}]}"#,
    )
    .unwrap();
    Geography::new(map, locator, provenance, places, vec![])
        .with_history(&counties, &history_fixture("actors.json"), &history_fixture("zones.json"), &history_fixture("events.json"))
        .unwrap_or_else(|p| panic!("{p:?}"))
        .into()
}

/// The atlas runs under a Content-Security-Policy without 'unsafe-inline',
/// which refuses every style attribute (README, "Content-Security-Policy for hosts").
fn assert_no_style_attribute(html: &str) {
    assert!(!html.contains(" style="), "a style attribute, which the Content-Security-Policy refuses: {html}");
}

fn viewport(geography: &Geography) -> Viewport {
    Viewport::new(geography.map.frame, geography.home, (1000.0, 700.0))
}

/// The date control on `day` over the small history, slider and player shown.
fn date_control_props(day: Date, announcement: &str) -> DateControlProps {
    let geography = small_geography();
    DateControlProps {
        timeline: Timeline::DEFAULT,
        date: day,
        announcement: announcement.to_owned().into(),
        marks: Rc::new(TrackMarks::new(&geography.history, Timeline::DEFAULT, &atlas_core::i18n::messages::Messages::english())),
        playing: false,
        speed: Speed::Normal,
        looping: false,
        show_slider: true,
        show_player: true,
        on_action: Callback::noop(),
    }
}

#[tokio::test]
async fn the_date_control_announces_the_date_in_words() {
    let props = date_control_props(date(1944, 11, 12), "12 November 1944 — Republic declared");
    let html = LocalServerRenderer::<DateControl>::with_props(props).hydratable(false).render().await;
    assert!(html.contains(r#"aria-valuetext="12 November 1944 — Republic declared""#), "{html}");
    assert_eq!(html.matches("class=\"track-event").count(), 3 + 2, "three events and the key's two samples: {html}");
    assert!(html.contains("track-event disputed"), "{html}");
    assert!(html.contains(">Play<") && html.contains("Next event") && html.contains("Previous event"), "{html}");
    assert!(html.contains(r#"id="date-display""#) && html.contains(">12 November 1944<"), "{html}");
    // 1 September 1944 is offset 0, so 12 November is offset 72 of 1,948 days.
    assert!(html.contains(r#"value="72""#) && html.contains(r#"max="1947""#), "{html}");
    assert!(html.contains(r#"<label for="date-slider" class="date-label">Date</label>"#), "the slider needs a visible label: {html}");
    assert_no_style_attribute(&html);
}

#[tokio::test]
async fn the_map_draws_every_layer_in_order_and_each_place_as_a_button() {
    let geography = small_geography();
    let controls = MapState::on(&geography.history, date(1944, 11, 20)).zones;
    let props = MapViewProps {
        viewport: viewport(&geography),
        geography,
        controls,
        highlighted: vec!["ghulja".into()],
        selected: None,
        reserved: vec![],
        on_view: Callback::noop(),
        on_select: Callback::noop(),
    };
    let html = LocalServerRenderer::<MapView>::with_props(props).hydratable(false).render().await;
    assert!(html.contains(r#"viewBox="0 0 1000 700""#), "{html}");
    assert!(html.contains(r#"aria-labelledby="map-title""#), "{html}");
    let neighbour = html.find(r#"id="feature-kazakhstan""#).expect("the neighbour is drawn");
    let province = html.find(r#"id="feature-xinjiang""#).expect("the province is drawn");
    assert!(neighbour < province, "neighbours are drawn below the province");
    assert!(html.contains(r#"role="button""#) && html.contains(r#"aria-label="Ghulja, city, held by East Turkestan Republic""#), "{html}");
    assert!(html.contains(r#"data-zone="ghulja" data-controller="etr""#), "the zone is filled by its holder: {html}");
    assert!(html.contains(r#"data-zone="ili" data-controller="roc""#), "{html}");
    assert!(html.contains("url(#contest-roc)"), "contested control is striped with the other side: {html}");
    assert!(html.contains("place-ring"), "the event's place is ringed: {html}");
    assert!(html.contains(r#"class="place-label""#) && html.contains(">Ghulja</text>"), "the label is placed: {html}");
    assert!(html.contains(r##"fill="#0072b2" class="zone-fill""##), "the holder's colour is a fill attribute: {html}");
    assert!(html.contains(r##"fill="#0072b2" class="place-marker""##), "the dot takes its holder's colour: {html}");
    assert!(html.contains(r#"font-size=""#), "the labels' size is the map's font-size: {html}");
    assert_no_style_attribute(&html);
}

#[tokio::test]
async fn a_place_card_shows_every_name_in_its_script_and_its_sources() {
    let place = small_geography().places.get("ghulja").unwrap().clone();
    let props = PlaceCardProps {
        place,
        district_name: Some("Ili".into()),
        held: Some("On 20 November 1944: held by East Turkestan Republic (contested).".into()),
        events: vec![("rising".into(), "7 November 1944 — Rising".into())],
        on_event: Callback::noop(),
        on_close: Callback::noop(),
    };
    let html = LocalServerRenderer::<PlaceCard>::with_props(props).hydratable(false).render().await;
    assert!(html.contains(">Ghulja</h2>"), "{html}");
    assert!(html.contains(r#"lang="ug""#) && html.contains(r#"dir="rtl""#) && html.contains("غۇلجا"), "{html}");
    assert!(html.contains(r#"lang="zh-Hans""#) && html.contains("伊宁"), "{html}");
    assert!(html.contains("Кульджа") && html.contains("(to be checked)"), "a name under review says so: {html}");
    assert!(html.contains("Kulja"), "aliases are shown: {html}");
    assert!(html.contains("In the Ili district"), "{html}");
    assert!(html.contains("Second East Turkestan Republic") && html.contains("Ili Rebellion"), "{html}");
    assert!(html.contains("What happened here") && html.contains("7 November 1944 — Rising"), "{html}");
    assert!(html.contains("held by East Turkestan Republic"), "{html}");
}

#[tokio::test]
async fn the_event_panel_shows_each_source_side_by_side_when_they_disagree() {
    let geography = small_geography();
    let event = geography.history.event("declared").unwrap();
    let props = EventPanelProps { geography, event, begun: true, on_action: Callback::<Action>::noop() };
    let html = LocalServerRenderer::<EventPanel>::with_props(props).hydratable(false).render().await;
    assert!(html.contains(">Republic declared</h2>"), "{html}");
    assert!(html.contains("12 November 1944 (uncertain)") && html.contains("known to the day"), "{html}");
    assert!(html.contains("The sources disagree."), "{html}");
    assert!(html.contains("claims side-by-side"), "{html}");
    assert!(html.contains("Gives: 12 November 1944") && html.contains("Gives: 15 November 1944"), "{html}");
    assert!(html.contains("Second East Turkestan Republic") && html.contains("Ili National Army"), "{html}");
    assert!(html.contains(">Ghulja</button>"), "its places are buttons: {html}");
    assert!(
        html.contains(r##"<svg color="#0072b2""##) && html.contains(r##"class="actor-swatch""##),
        "each party shows its colour: {html}"
    );
    assert_no_style_attribute(&html);
}

#[tokio::test]
async fn the_table_lists_who_held_each_place_and_zone_on_the_day() {
    let geography = small_geography();
    let map_state = MapState::on(&geography.history, date(1945, 2, 1));
    let props = ControlTableProps { geography, map_state, on_close: Callback::noop() };
    let html = LocalServerRenderer::<ControlTable>::with_props(props).hydratable(false).render().await;
    assert!(html.contains("<caption>Places on 1 February 1945</caption>"), "{html}");
    assert!(html.contains(r#"<th scope="col">Held by</th>"#), "{html}");
    let row = &html[html.find(r#"data-place="ghulja""#).expect("Ghulja has a row")..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(row.contains("Ghulja") && row.contains("East Turkestan Republic") && row.contains("Firm"), "{row}");
    assert!(html.contains(r#"data-zone="ili""#) && html.contains("Republic of China"), "{html}");
}

#[tokio::test]
async fn the_key_has_a_scale_bar_and_says_boundaries_are_approximate() {
    let geography = small_geography();
    let props = MapKeyProps { viewport: viewport(&geography), units_per_km: 10.0, geography: geography.clone() };
    let html = LocalServerRenderer::<MapKey>::with_props(props).hydratable(false).render().await;
    assert!(html.contains("Scale: this bar is"), "{html}");
    assert!(html.contains("approximate"), "{html}");
    assert!(html.contains(r#"<svg width="81.0""#) && html.contains(r#"class="scale-line""#), "the bar's length is an attribute: {html}");
    assert_no_style_attribute(&html);
}

#[tokio::test]
async fn a_load_error_names_the_file_and_says_what_to_do() {
    let props = LoadErrorProps { file: "assets/map/base.json".into(), reason: "the server answered 404".into() };
    let html = LocalServerRenderer::<LoadError>::with_props(props).hydratable(false).render().await;
    assert!(html.contains(r#"role="alert""#), "{html}");
    assert!(html.contains("assets/map/base.json"), "{html}");
    assert!(html.contains("Reload the atlas") && html.contains("<button"), "a way back: {html}");
}

#[tokio::test]
async fn the_app_shows_its_title_and_a_loading_map_before_data_arrives() {
    let html = LocalServerRenderer::<ili_atlas::view::App>::new().hydratable(false).render().await;
    assert!(html.contains("<h1>The Ili Rebellion and the East Turkestan Republic, 1944–1949</h1>"), "{html}");
    assert!(html.contains("Loading the map"), "{html}");
    assert!(html.contains(r#"aria-valuetext="1 September 1944""#), "{html}");
}

#[tokio::test]
async fn an_embed_may_keep_the_slider_without_the_player() {
    let props = DateControlProps { show_player: false, ..date_control_props(date(1945, 9, 15), "15 September 1945") };
    let html = LocalServerRenderer::<DateControl>::with_props(props).hydratable(false).render().await;
    assert!(html.contains(r#"id="date-slider""#), "{html}");
    assert!(!html.contains(r#"id="play""#), "{html}");
}

#[tokio::test]
async fn the_embed_dialog_offers_an_iframe_for_the_view_on_screen() {
    let props = EmbedDialogProps {
        view: atlas_core::url_state::UrlState::parse("?date=1945-09-15&place=wusu"),
        page: "https://atlas.example/".into(),
        on_close: Callback::noop(),
    };
    let html = LocalServerRenderer::<EmbedDialog>::with_props(props).hydratable(false).render().await;
    // The snippet is the textarea's text, escaped once for HTML.
    assert!(html.contains("https://atlas.example/?date=1945-09-15&amp;amp;place=wusu&amp;amp;mode=embed"), "{html}");
    assert!(html.contains(r#"id="embed-show-slider""#), "{html}");
}

#[tokio::test]
async fn a_kiosk_asks_whether_anyone_is_still_there_and_counts_down() {
    use atlas_core::kiosk::KioskPhase;
    let props = KioskOverlayProps { phase: KioskPhase::Countdown { left: 7 }, leaving: false, on_stay: Callback::noop() };
    let html = LocalServerRenderer::<KioskOverlay>::with_props(props).hydratable(false).render().await;
    assert!(html.contains("Still there?") && html.contains("in 7 seconds"), "{html}");
    assert!(html.contains(r#"role="alertdialog""#), "{html}");
    let props = KioskOverlayProps { phase: KioskPhase::Attract { moment: 0 }, leaving: true, on_stay: Callback::noop() };
    let html = LocalServerRenderer::<KioskOverlay>::with_props(props).hydratable(false).render().await;
    assert!(html.contains("Leave kiosk mode?"), "{html}");
}

#[tokio::test]
async fn the_export_control_is_a_closed_disclosure_with_a_polite_status() {
    let geography = small_geography();
    let view = Latest::from(std::cell::RefCell::new(Some(ExportedView { date: date(1944, 11, 12), event: Some(0), px_per_km: Some(0.5) })));
    let props = ExportMenuProps { geography: geography.clone(), view };
    let html = LocalServerRenderer::<ExportMenu>::with_props(props).hydratable(false).render().await;
    assert!(html.contains(r#"id="open-export""#) && html.contains(r#"aria-expanded="false""#), "{html}");
    assert!(html.contains("Export this view"), "named for a screen reader: {html}");
    assert!(!html.contains("Save as SVG"), "the options show only when opened: {html}");
    assert!(html.contains(r#"role="status""#), "a status for what was saved: {html}");
    assert!(!html.contains(" style="), "no style attribute, which a strict Content-Security-Policy refuses: {html}");
}

#[tokio::test]
async fn the_printed_page_carries_the_date_key_sources_attribution_and_a_true_scale() {
    let geography = small_geography();
    let map_state = MapState::on(&geography.history, date(1944, 11, 12));
    let event = geography.history.event("declared");
    let props = PrintSheetProps { geography: geography.clone(), map_state, event, scale: Some(((1000.0, 700.0), 0.5)) };
    let html = LocalServerRenderer::<PrintSheet>::with_props(props).hydratable(false).render().await;
    for wanted in [
        "12 November 1944",
        "Republic declared",
        "Held by East Turkestan Republic",
        "Held by Republic of China",
        "Striped: contested",
        "Encyclopedia article “Second East Turkestan Republic”",
        "Natural Earth — public domain",
        "Boundaries are approximate reconstructions",
        r#"viewBox="0 0 1000 700""#,
        ">200 km<",
    ] {
        assert!(html.contains(wanted), "{wanted:?} in {html}");
    }
    assert!(!html.contains("Soviet Union"), "only the parties that hold land that day: {html}");
    // The swatches (the pattern definitions are zone_layer.rs's).
    let legend = &html[html.find(r#"<ul class="legend">"#).expect("a legend")..];
    assert!(!legend.contains(" style="), "no style attribute, which a strict Content-Security-Policy refuses: {legend}");
}
