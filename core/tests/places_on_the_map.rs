//! The real place catalogue on the real base map: every place where it
//! claims to be, and the places a visitor looks for labelled on every screen.

use atlas_core::geography::Geography;
use atlas_core::labels::Rect;
use atlas_core::map::provenance::Provenance;
use atlas_core::map::MapData;
use atlas_core::places::Places;
use atlas_core::scene::compose;
use atlas_core::viewport::Viewport;

const MAP: &str = "assets/map/base.json";
const PLACES: &str = "assets/places/places.json";
const RANGES: &str = "assets/map/ranges.json";
const LOCATOR: &str = "assets/map/locator.json";
const PROVENANCE: &str = "assets/map/provenance.json";

fn read(file: &str) -> String {
    std::fs::read_to_string(format!("{}/../{file}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn geography() -> Geography {
    let map = MapData::from_json(MAP, &read(MAP)).unwrap_or_else(|p| panic!("{p:#?}"));
    let places = Places::from_json(PLACES, &read(PLACES), map.units_per_km).unwrap_or_else(|p| panic!("{p:#?}"));
    let ranges = atlas_core::ranges::ranges_from_json(RANGES, &read(RANGES), map.units_per_km).unwrap_or_else(|p| panic!("{p:#?}"));
    let locator = MapData::from_json(LOCATOR, &read(LOCATOR)).unwrap_or_else(|p| panic!("{p:#?}"));
    let provenance = Provenance::from_json(PROVENANCE, &read(PROVENANCE)).unwrap_or_else(|p| panic!("{p:#?}"));
    Geography::new(map, locator, provenance, places, ranges)
}

/// Map areas the atlas must work on: kiosk wall, projector, phone, a small
/// iframe without its controls, and the map of a 320×240 frame with its title
/// and slider (as measured in the browser).
/// The places a visitor looks for first.
const PLACES_TO_FIND: [&str; 4] = ["ghulja", "dihua", "manasi-river-front", "tashkurgan"];

const SCREENS: [(f64, f64); 5] = [(1920.0, 880.0), (1024.0, 560.0), (390.0, 560.0), (320.0, 200.0), (320.0, 99.0)];

#[test]
fn every_place_lies_in_the_district_it_names() {
    let problems = geography().misplaced_places(PLACES);
    assert!(problems.is_empty(), "{}", problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"));
}

#[test]
fn every_place_inside_the_map_lies_inside_its_frame_and_edge_places_outside() {
    let g = geography();
    let f = g.map.frame;
    let inside = |(x, y): (f64, f64)| x >= f.x && y >= f.y && x <= f.x + f.width && y <= f.y + f.height;
    for place in &g.places.places {
        assert_eq!(
            inside(place.xy),
            place.edge.is_none(),
            "{} is {} the frame",
            place.id,
            if inside(place.xy) { "inside" } else { "outside" }
        );
    }
}

#[test]
fn no_two_labels_overlap_on_any_screen() {
    let g = geography();
    for screen in SCREENS {
        let view = Viewport::new(g.map.frame, g.home, screen);
        let scene = compose(&g, &view, &[]);
        let boxes: Vec<(&str, Rect)> = scene
            .labels
            .iter()
            .map(|l| (l.id.as_str(), l.rect))
            .chain(scene.range_labels.iter().map(|l| (l.id.as_str(), l.rect)))
            .chain(scene.edge_pointers.iter().map(|e| (e.label.id.as_str(), e.label.rect)))
            .collect();
        for (i, (a, ra)) in boxes.iter().enumerate() {
            assert!(
                ra.x >= 0.0 && ra.y >= 0.0 && ra.x + ra.width <= screen.0 && ra.y + ra.height <= screen.1,
                "{a} leaves the {screen:?} screen"
            );
            for (b, rb) in &boxes[i + 1..] {
                assert!(!ra.overlaps(rb), "{a} overlaps {b} at {screen:?}");
            }
        }
    }
}

#[test]
fn the_places_a_visitor_looks_for_first_are_labelled_on_every_screen() {
    let g = geography();
    for screen in SCREENS {
        let view = Viewport::new(g.map.frame, g.home, screen);
        let scene = compose(&g, &view, &[]);
        for id in PLACES_TO_FIND {
            assert!(scene.labels.iter().any(|l| l.id == id), "{id} has no label at {screen:?}");
        }
    }
}

#[test]
fn the_places_to_find_keep_full_touch_targets_that_no_other_target_covers() {
    let g = geography();
    for screen in SCREENS {
        let view = Viewport::new(g.map.frame, g.home, screen);
        let scene = compose(&g, &view, &[]);
        for id in PLACES_TO_FIND {
            let m = scene.markers.iter().find(|m| m.id == id).unwrap();
            assert_eq!(m.target_radius, atlas_core::scene::TARGET_RADIUS, "{id} at {screen:?}");
            // Two essential places may share ground; nothing else may cover one.
            for other in scene.markers.iter().filter(|o| o.id != id && !o.essential) {
                let d = ((m.at.0 - other.at.0).powi(2) + (m.at.1 - other.at.1).powi(2)).sqrt();
                let later = scene.markers.iter().position(|x| x.id == other.id) > scene.markers.iter().position(|x| x.id == id);
                if later {
                    assert!(
                        d >= m.target_radius + other.target_radius - 1e-9 || other.target_radius <= 6.0,
                        "{} covers {id} at {screen:?}",
                        other.id
                    );
                }
            }
        }
    }
}

#[test]
fn the_opening_view_shows_all_of_xinjiang() {
    let g = geography();
    let f = g.map.frame;
    let h = g.home;
    assert!(h.x >= f.x && h.y >= f.y && h.x + h.width <= f.x + f.width && h.y + h.height <= f.y + f.height);
    assert!(h.width > 15_000.0 && h.height > 10_000.0, "Xinjiang is about 1,900 × 1,400 km: {h:?}");
}

#[test]
fn pointers_to_places_beyond_the_edge_slide_out_from_under_an_overlay() {
    // The key at the top left of a wall-sized map, where Moscow's pointer would fall.
    let g = geography();
    let screen = (1487.0, 861.0);
    let key = Rect { x: 8.0, y: 8.0, width: 360.0, height: 460.0 };
    let scene = compose(&g, &Viewport::new(g.map.frame, g.home, screen), &[key]);
    let moscow = scene.edge_pointers.iter().find(|p| p.ids.iter().any(|id| id == "moscow")).expect("Moscow keeps its pointer");
    assert!(!key.overlaps(&Rect::around(moscow.at, 12.0)), "Moscow's pointer at {:?} is under the key", moscow.at);
    assert!(!key.overlaps(&moscow.label.rect), "Moscow's label is under the key");
    let without = compose(&g, &Viewport::new(g.map.frame, g.home, screen), &[]);
    assert_eq!(scene.edge_pointers.len(), without.edge_pointers.len(), "no pointer is lost to the key");
}

#[test]
fn on_a_small_phone_the_key_in_the_south_east_hides_no_place_to_find() {
    // The map areas of a 360×640 and a 320×568 phone with their overlays as
    // measured in the browser: the zoom buttons at the top right (a column, or
    // a row on the shorter map) and the closed key at the bottom right.
    let layouts = [
        ((360.0, 288.0), [Rect { x: 296.0, y: 8.0, width: 56.0, height: 170.0 }, Rect { x: 154.0, y: 192.0, width: 198.0, height: 88.0 }]),
        ((320.0, 230.0), [Rect { x: 172.0, y: 8.0, width: 140.0, height: 44.0 }, Rect { x: 136.0, y: 192.0, width: 176.0, height: 30.0 }]),
    ];
    let g = geography();
    for (screen, overlays) in layouts {
        let view = Viewport::new(g.map.frame, g.home, screen);
        let scene = compose(&g, &view, &overlays);
        for id in PLACES_TO_FIND {
            let m = scene.markers.iter().find(|m| m.id == id).unwrap_or_else(|| panic!("{id} is off the {screen:?} map"));
            let dot = Rect::around(m.at, 4.0);
            assert!(!overlays.iter().any(|o| o.overlaps(&dot)), "{id} lies under an overlay at {screen:?}");
            assert!(scene.labels.iter().any(|l| l.id == id), "{id} has no label at {screen:?}");
        }
    }
}
