//! Component rendering tests: each component rendered to HTML natively with
//! Yew's server renderer, checked for what a visitor and a screen reader get.

use atlas_core::date::Date;
use atlas_core::geography::Geography;
use atlas_core::map::MapData;
use atlas_core::places::Places;
use atlas_core::timeline::Timeline;
use atlas_core::viewport::Viewport;
use ili_atlas::state::SharedGeography;
use ili_atlas::view::{
    DateControl, DateControlProps, LoadError, LoadErrorProps, MapKey, MapKeyProps, MapView, MapViewProps, PlaceCard,
    PlaceCardProps,
};
use yew::{Callback, LocalServerRenderer};

fn date(y: i32, m: u8, d: u8) -> Date {
    Date::new(y, m, d).unwrap()
}

/// A tiny but complete map around Ghulja: one province, one neighbour, one place.
fn small_geography() -> SharedGeography {
    let json = r#"{"units_per_km":10,"frame":{"x":-9000,"y":-6000,"width":6000,"height":4000},"features":[
        {"id":"kazakhstan","layer":"neighbour-country","name":"Kazakhstan","polygons":[[[-9000,-6000,2000,0,0,4000,-2000,0]]]},
        {"id":"xinjiang","layer":"province","name":"Xinjiang","polygons":[[[-7000,-6000,4000,0,0,4000,-4000,0]]]}]}"#;
    let map = MapData::from_json("test.json", json).unwrap();
    let places = Places::from_json("places.json", r#"{"places":[{"id":"ghulja","kind":"city","lon":81.32,"lat":43.92,
        "coordinates":{"method":"county-seat","detail":"x","precision_km":2},"district":null,"edge":null,
        "names":{"en":"Ghulja","modern":"Yining","ug":"غۇلجا","zh":"伊宁","ru":"Кульджа"},"aliases":["Kulja"],"review":["ru"],
        "sources":[{"source":"wp-etr","section":"Ili Rebellion"}]}]}"#, map.units_per_km).unwrap();
    let locator = map.clone();
    let provenance = atlas_core::map::provenance::Provenance::from_json("p.json", r#"{"projection":{"name":"Albers","parameters":"85E"},
        "simplification":"none","quantisation":"100 m","caveat":"Today's borders.",
        "sources":[{"name":"Natural Earth","licence":"public domain","used_for":"countries","what_was_done":"projected"}]}"#).unwrap();
    Geography::new(map, locator, provenance, places, vec![]).into()
}

fn viewport(geography: &Geography) -> Viewport {
    Viewport::new(geography.map.frame, geography.home, (1000.0, 700.0))
}

#[tokio::test]
async fn the_date_control_announces_the_date_in_words() {
    let props = DateControlProps { timeline: Timeline::DEFAULT, date: date(1944, 11, 12), on_change: Callback::noop() };
    let html = LocalServerRenderer::<DateControl>::with_props(props).hydratable(false).render().await;
    assert!(html.contains(r#"aria-valuetext="12 November 1944""#), "{html}");
    assert!(html.contains(r#"id="date-display""#) && html.contains(">12 November 1944<"), "{html}");
    // 1 September 1944 is offset 0, so 12 November is offset 72 of 1,948 days.
    assert!(html.contains(r#"value="72""#) && html.contains(r#"max="1947""#), "{html}");
    assert!(html.contains(r#"<label for="date-slider" class="date-label">Date</label>"#), "the slider needs a visible label: {html}");
}

#[tokio::test]
async fn the_map_draws_every_layer_in_order_and_each_place_as_a_button() {
    let geography = small_geography();
    let props = MapViewProps {
        viewport: viewport(&geography),
        geography,
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
    assert!(html.contains(r#"role="button""#) && html.contains(r#"aria-label="Ghulja, city""#), "{html}");
    assert!(html.contains(r#"class="place-label""#) && html.contains(">Ghulja</text>"), "the label is placed: {html}");
}

#[tokio::test]
async fn a_place_card_shows_every_name_in_its_script_and_its_sources() {
    let place = small_geography().places.get("ghulja").unwrap().clone();
    let props = PlaceCardProps { place, district_name: Some("Ili".into()), on_close: Callback::noop() };
    let html = LocalServerRenderer::<PlaceCard>::with_props(props).hydratable(false).render().await;
    assert!(html.contains(">Ghulja</h2>"), "{html}");
    assert!(html.contains(r#"lang="ug""#) && html.contains(r#"dir="rtl""#) && html.contains("غۇلجا"), "{html}");
    assert!(html.contains(r#"lang="zh-Hans""#) && html.contains("伊宁"), "{html}");
    assert!(html.contains("Кульджа") && html.contains("(to be checked)"), "a name under review says so: {html}");
    assert!(html.contains("Kulja"), "aliases are shown: {html}");
    assert!(html.contains("In the Ili district"), "{html}");
    assert!(html.contains("Second East Turkestan Republic") && html.contains("Ili Rebellion"), "{html}");
}

#[tokio::test]
async fn the_key_has_a_scale_bar_and_says_boundaries_are_approximate() {
    let geography = small_geography();
    let props = MapKeyProps { viewport: viewport(&geography), units_per_km: 10.0 };
    let html = LocalServerRenderer::<MapKey>::with_props(props).hydratable(false).render().await;
    assert!(html.contains("Scale: this bar is"), "{html}");
    assert!(html.contains("approximate"), "{html}");
}

#[tokio::test]
async fn a_load_error_names_the_file_and_says_what_to_do() {
    let props = LoadErrorProps { file: "assets/map/base.json".into(), reason: "the server answered 404".into() };
    let html = LocalServerRenderer::<LoadError>::with_props(props).hydratable(false).render().await;
    assert!(html.contains(r#"role="alert""#), "{html}");
    assert!(html.contains("assets/map/base.json"), "{html}");
    assert!(html.contains("Reload the page"), "{html}");
}

#[tokio::test]
async fn the_app_shows_its_title_and_a_loading_map_before_data_arrives() {
    let html = LocalServerRenderer::<ili_atlas::view::App>::new().hydratable(false).render().await;
    assert!(html.contains("<h1>The Ili Rebellion and the East Turkestan Republic, 1944–1949</h1>"), "{html}");
    assert!(html.contains("Loading the map"), "{html}");
    assert!(html.contains(r#"aria-valuetext="1 September 1944""#), "{html}");
}
