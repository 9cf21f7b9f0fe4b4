//! Component rendering tests: each component rendered to HTML natively with
//! Yew's server renderer, checked for what a visitor and a screen reader get.

use atlas_core::date::Date;
use atlas_core::map::MapData;
use atlas_core::timeline::Timeline;
use ili_atlas::view::{DateControl, DateControlProps, LoadError, LoadErrorProps, MapView, MapViewProps};
use std::rc::Rc;
use yew::{Callback, LocalServerRenderer};

fn date(y: i32, m: u8, d: u8) -> Date {
    Date::new(y, m, d).unwrap()
}

/// A tiny but complete map: one province and one neighbour.
fn small_map() -> Rc<MapData> {
    let json = r#"{"units_per_km":10,"frame":{"x":-50,"y":-40,"width":100,"height":80},"features":[
        {"id":"kazakhstan","layer":"neighbour-country","name":"Kazakhstan","polygons":[[[-50,-40,20,0,0,20]]]},
        {"id":"xinjiang","layer":"province","name":"Xinjiang","polygons":[[[0,0,10,0,0,10,-10,0]]]}]}"#;
    Rc::new(MapData::from_json("test.json", json).unwrap())
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
async fn the_map_draws_every_feature_in_layer_order_with_an_accessible_name() {
    let html = LocalServerRenderer::<MapView>::with_props(MapViewProps { map: small_map() }).hydratable(false).render().await;
    assert!(html.contains(r#"viewBox="-50 -40 100 80""#), "{html}");
    assert!(html.contains(r#"role="img""#) && html.contains(r#"aria-labelledby="map-title map-desc""#), "{html}");
    let neighbour = html.find(r#"id="feature-kazakhstan""#).expect("the neighbour is drawn");
    let province = html.find(r#"id="feature-xinjiang""#).expect("the province is drawn");
    assert!(neighbour < province, "neighbours are drawn below the province");
    assert!(html.contains(r#"d="M0 0l10 0 0 10 -10 0z""#), "{html}");
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
