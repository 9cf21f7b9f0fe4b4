//! What the map shows on screen for a given view: where each place's marker
//! goes, which labels fit and where, the scale bar, and the pointers to
//! places beyond the edge. A pure function of the data and the viewport.

use crate::geography::Geography;
use crate::labels::{place_labels, text_width, LabelRequest, PlacedLabel, Rect};
use crate::places::{Place, PlaceKind, Places};
use crate::scale_bar::{scale_bar, ScaleBar};
use crate::screen_point::distance;
use crate::viewport::Viewport;

/// A place's marker on screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub id: String,
    pub at: (f64, f64),
    pub kind: PlaceKind,
    /// Radius of its touch target: [`TARGET_RADIUS`], or less where it would
    /// cover a more important place's target (zooming in gives room again).
    pub target_radius: f64,
    /// A place the story turns on: its target is never shrunk.
    pub essential: bool,
}

/// A pointer at the screen's edge towards places beyond it.
#[derive(Clone, Debug, PartialEq)]
pub struct EdgePointer {
    /// The places it points to (several when they lie the same way).
    pub ids: Vec<String>,
    /// Where the arrow's tip sits, on the screen's edge (inset by a margin).
    pub at: (f64, f64),
    /// Direction towards the places, degrees clockwise from east (SVG rotation).
    pub angle_deg: f64,
    pub label: PlacedLabel,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    pub markers: Vec<Marker>,
    /// Places on screen whose dots would sit on a more important one's: not
    /// drawn, but still reachable from the keyboard (shown when focused).
    pub crowded: Vec<Marker>,
    pub labels: Vec<PlacedLabel>,
    /// Names of mountain ranges that fit (ids of `Geography::ranges`).
    pub range_labels: Vec<PlacedLabel>,
    pub edge_pointers: Vec<EdgePointer>,
    pub scale_bar: Option<ScaleBar>,
    pub font_px: f64,
    /// Radius of a place's dot, in pixels (cities are drawn a third larger).
    pub marker_px: f64,
}

/// Every marker is a touch target 44 px across, whatever its dot's size.
pub const TARGET_RADIUS: f64 = 22.0;
const EDGE_MARGIN: f64 = 28.0;
/// Edge pointers closer than this merge into one.
const EDGE_MERGE_PX: f64 = 48.0;

/// Label size for a screen: legible on a phone, not shouting on a wall.
pub fn font_px(screen: (f64, f64)) -> f64 {
    (screen.0.min(screen.1 * 1.6) / 80.0).clamp(13.0, 30.0)
}

/// Which labels matter most when space is short.
fn priority(place: &Place) -> u32 {
    let kind = match place.kind {
        PlaceKind::City => 90,
        PlaceKind::Front => 85,
        PlaceKind::Town => 70,
        PlaceKind::Fortress | PlaceKind::Airfield | PlaceKind::OilField => 60,
        PlaceKind::BorderPost | PlaceKind::Pass | PlaceKind::RiverCrossing => 55,
        PlaceKind::Region => 50,
        PlaceKind::Mine | PlaceKind::Village => 40,
        PlaceKind::Lake => 30,
    };
    let prominent = if place.prominent { 100 } else { 0 };
    // Places named by several sources are more often asked for.
    prominent + kind + place.sources.len().min(5) as u32
}

/// Lays out the places for `viewport`. `reserved` are screen areas that
/// other things (the key, the buttons) cover, where no label may go.
pub fn compose(geography: &Geography, viewport: &Viewport, reserved: &[Rect]) -> Scene {
    let places = &geography.places;
    let units_per_km = geography.map.units_per_km;
    let screen = viewport.screen();
    let font = font_px(screen);
    let marker_px = (font * 0.28).max(4.0);
    let on_screen = |(x, y): (f64, f64)| x >= 0.0 && y >= 0.0 && x <= screen.0 && y <= screen.1;

    let mut on_map: Vec<&Place> = places.on_map().collect();
    on_map.sort_by(|a, b| priority(b).cmp(&priority(a)).then_with(|| a.id.cmp(&b.id)));
    let mut markers: Vec<Marker> = on_map
        .iter()
        .map(|p| Marker {
            id: p.id.clone(),
            at: viewport.to_screen(p.xy),
            kind: p.kind,
            target_radius: TARGET_RADIUS,
            essential: p.prominent,
        })
        .filter(|m| on_screen(m.at))
        .collect();
    let crowded = declutter(&mut markers, marker_px);
    shrink_overlapping_targets(&mut markers);

    let mut hard: Vec<Rect> = reserved.to_vec();
    let soft: Vec<Rect> = markers.iter().filter(|m| m.kind != PlaceKind::Region).map(|m| Rect::around(m.at, marker_px + 1.0)).collect();

    let requests: Vec<LabelRequest> = markers
        .iter()
        .filter_map(|m| places.get(&m.id).map(|p| (m, p)))
        .map(|(m, p)| {
            let region = p.kind == PlaceKind::Region;
            let size = if region { font * 0.9 } else { font };
            LabelRequest {
                id: m.id.clone(),
                anchor: m.at,
                // A region's name is set with 0.12 em between letters (atlas.css).
                size: (
                    text_width(&p.label, size) + if region { 0.12 * size * p.label.chars().count() as f64 } else { 0.0 } + 4.0,
                    size * 1.25,
                ),
                gap: marker_px + 3.0,
                priority: priority(p),
                centred: region,
                essential: p.prominent,
            }
        })
        .collect();
    // Labels start beyond their marker's radius (the gap), so every marker
    // can stay an obstacle without a label hiding its own. The places a
    // visitor looks for first are labelled before anything else claims the
    // room (in a small frame an arrow to Moscow would otherwise take Ghulja's),
    // then the arrows to places beyond the edge, then the other places.
    let (essential, others): (Vec<LabelRequest>, Vec<LabelRequest>) = requests.into_iter().partition(|r| r.essential);
    let mut labels = place_labels(&essential, screen, &hard, &soft);
    hard.extend(labels.iter().map(|l| l.rect));
    let edge_pointers = edge_pointers(places, viewport, font, &mut hard, &soft);
    let placed = labels.len();
    labels.extend(place_labels(&others, screen, &hard, &soft));

    // Range names go last, where the places leave room.
    hard.extend(labels[placed..].iter().map(|l| l.rect));
    let range_requests: Vec<LabelRequest> = geography
        .ranges
        .iter()
        .map(|r| LabelRequest {
            id: r.id.clone(),
            anchor: viewport.to_screen(r.xy),
            size: (text_width(&r.name.to_uppercase(), font * 0.8) * 1.3 + 4.0, font),
            gap: 0.0,
            priority: 1,
            centred: true,
            essential: false,
        })
        .collect();
    let range_labels = place_labels(&range_requests, screen, &hard, &soft);

    let px_per_km = viewport.scale() * units_per_km;
    Scene {
        markers,
        crowded,
        labels,
        range_labels,
        edge_pointers,
        scale_bar: scale_bar(px_per_km, (screen.0 / 5.0).clamp(80.0, 260.0)),
        font_px: font,
        marker_px,
    }
}

/// Takes out, and returns, the markers whose dots would sit on a more
/// important one's (an airfield on top of its city); zooming in brings them back.
fn declutter(markers: &mut Vec<Marker>, marker_px: f64) -> Vec<Marker> {
    let min_distance = marker_px * 2.6;
    let mut kept: Vec<Marker> = Vec::with_capacity(markers.len());
    let mut crowded = Vec::new();
    for marker in markers.drain(..) {
        let too_close = kept.iter().any(|k| k.kind != PlaceKind::Region && distance(k.at, marker.at) < min_distance);
        if marker.essential || marker.kind == PlaceKind::Region || !too_close {
            kept.push(marker);
        } else {
            crowded.push(marker);
        }
    }
    *markers = kept;
    crowded
}

/// Markers come most important first; each target keeps clear of the
/// targets before it, so a tap near Ghulja reaches Ghulja. Essential places
/// keep their full targets (two of them may share some ground).
fn shrink_overlapping_targets(markers: &mut [Marker]) {
    const MIN_TARGET: f64 = 6.0;
    for i in 0..markers.len() {
        let (earlier, rest) = markers.split_at_mut(i);
        let marker = &mut rest[0];
        if marker.essential {
            continue;
        }
        for other in earlier.iter() {
            let room = (distance(marker.at, other.at) - other.target_radius).max(MIN_TARGET);
            marker.target_radius = marker.target_radius.min(room);
        }
    }
}

/// Arrows at the screen's edge for places beyond the map (Moscow, Nanjing…);
/// places that lie the same way share one arrow.
/// Slides a pointer along the screen's edge until it is clear of the
/// `reserved` rectangles it starts in (an overlay such as the key): along a
/// top or bottom edge to the right of them, along a side below them.
fn clear_of(at: (f64, f64), reserved: &[Rect], screen: (f64, f64)) -> (f64, f64) {
    let mut at = at;
    let on_top_or_bottom = at.1 <= EDGE_MARGIN + 1.0 || at.1 >= screen.1 - EDGE_MARGIN - 1.0;
    for _ in 0..reserved.len() {
        let Some(r) = reserved.iter().find(|r| r.overlaps(&Rect::around(at, 12.0))) else { break };
        at = if on_top_or_bottom {
            ((r.x + r.width + 16.0).min(screen.0 - EDGE_MARGIN), at.1)
        } else {
            (at.0, (r.y + r.height + 16.0).min(screen.1 - EDGE_MARGIN))
        };
    }
    at
}

fn edge_pointers(places: &Places, viewport: &Viewport, font: f64, hard: &mut Vec<Rect>, soft: &[Rect]) -> Vec<EdgePointer> {
    let screen = viewport.screen();
    let centre = (screen.0 / 2.0, screen.1 / 2.0);
    let half = ((screen.0 / 2.0 - EDGE_MARGIN).max(1.0), (screen.1 / 2.0 - EDGE_MARGIN).max(1.0));
    let mut groups: Vec<(Vec<&Place>, (f64, f64), f64)> = Vec::new();
    for place in places.beyond_edge() {
        let target = viewport.to_screen(place.xy);
        let (dx, dy) = (target.0 - centre.0, target.1 - centre.1);
        // Scale the direction so it touches the inset screen rectangle.
        let t = (half.0 / dx.abs()).min(half.1 / dy.abs());
        if !(t.is_finite() && t < 1.0) {
            continue; // the place itself is on screen
        }
        let at = (centre.0 + dx * t, centre.1 + dy * t);
        let angle = dy.atan2(dx).to_degrees();
        match groups.iter_mut().find(|(_, a, _)| distance(*a, at) < EDGE_MERGE_PX) {
            Some((members, _, _)) => members.push(place),
            None => groups.push((vec![place], at, angle)),
        }
    }
    let mut pointers = Vec::new();
    for (members, at, angle_deg) in groups {
        let at = clear_of(at, &hard[..], screen);
        let text = members.iter().map(|p| p.label.as_str()).collect::<Vec<_>>().join(" · ");
        let size = font * 0.85;
        let request = LabelRequest {
            id: members[0].id.clone(),
            anchor: at,
            size: (text_width(&text, size) + 4.0, size * 1.3),
            gap: 14.0,
            priority: 1,
            centred: false,
            essential: false,
        };
        if let Some(label) = place_labels(&[request], screen, hard, soft).pop() {
            hard.push(label.rect);
            hard.push(Rect::around(at, 12.0));
            pointers.push(EdgePointer { ids: members.iter().map(|p| p.id.clone()).collect(), at, angle_deg, label });
        }
    }
    pointers
}
