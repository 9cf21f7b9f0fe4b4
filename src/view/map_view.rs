//! The map: an SVG in screen pixels that fills its container at any aspect
//! ratio. Geometry sits in one group moved by the view's transform; markers,
//! labels and edge pointers are placed in pixels by the core's scene.

use super::geometry_layers::GeometryLayers;
use super::place_button::{select_on_press, PlaceButton};
use super::words::use_words;
use super::zone_layer::{PatternDefs, ZoneLayer};
use crate::state::{SharedGeography, ViewAction};
use atlas_core::gestures::{Gesture, PointerTracker};
use atlas_core::history::at_date::ZoneControl;
use atlas_core::labels::Rect;
use atlas_core::places::PlaceKind;
use atlas_core::scene::{compose, Marker, TARGET_RADIUS};
use atlas_core::viewport::Viewport;
use web_sys::{Element, KeyboardEvent, PointerEvent, WheelEvent};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapViewProps {
    pub geography: SharedGeography,
    pub viewport: Viewport,
    pub selected: Option<AttrValue>,
    /// Per zone, who holds it on the day shown. Only this, not the whole
    /// state of the day, so that a date step that changes no holder does
    /// not redraw the map.
    pub controls: Vec<Option<ZoneControl>>,
    /// Places of the event shown in the panel, ringed on the map.
    pub highlighted: Vec<String>,
    /// Screen areas covered by overlays, where no label may go.
    pub reserved: Vec<Rect>,
    pub on_view: Callback<ViewAction>,
    pub on_select: Callback<Option<String>>,
}

/// Zoom step for keys and buttons.
pub const ZOOM_STEP: f64 = 1.5;
/// Below this width, pointers to places beyond the map show no text (their
/// names stay in their accessible label and their card).
const NARROW_SCREEN: f64 = 600.0;
/// Pan step for the arrow keys, in pixels.
const PAN_STEP: f64 = 80.0;

#[function_component(MapView)]
pub fn map_view(props: &MapViewProps) -> Html {
    let svg_ref = use_node_ref();
    let tracker = use_mut_ref(PointerTracker::default);
    let m = use_words();
    let geography = &props.geography;
    let viewport = props.viewport;
    // While a drag moves the map, places and labels stay as they were placed
    // for the view where the drag began, moved together by one translation:
    // a drag's frame then rewrites one attribute per group instead of every
    // place and label. The drag's end places them again for the view it
    // reached (pointers beyond the edge wait for it too).
    let placed_for = use_mut_ref(|| viewport);
    let (placed, shift) = {
        let mut placed_for = placed_for.borrow_mut();
        match viewport.pan_from(&placed_for) {
            Some(shift) if tracker.borrow().dragging() => (*placed_for, shift),
            _ => {
                *placed_for = viewport;
                (viewport, (0.0, 0.0))
            }
        }
    };
    let shifted = (shift != (0.0, 0.0)).then(|| AttrValue::from(format!("translate({:.1} {:.1})", shift.0, shift.1)));
    let settle = use_force_update();
    // Where places and labels go depends on the view alone: a date step
    // that changes a holder or a ring does not place the labels again.
    let scene = use_memo((geography.clone(), placed, props.reserved.clone()), |(g, v, reserved)| compose(g, v, reserved));

    // Pointer position relative to the SVG.
    let local = {
        let svg_ref = svg_ref.clone();
        move |x: i32, y: i32| -> (f64, f64) {
            svg_ref.cast::<Element>().map_or((f64::from(x), f64::from(y)), |svg| {
                let r = svg.get_bounding_client_rect();
                (f64::from(x) - r.left(), f64::from(y) - r.top())
            })
        }
    };

    let onwheel = {
        let (on_view, local) = (props.on_view.clone(), local.clone());
        Callback::from(move |e: WheelEvent| {
            e.prevent_default();
            let per_unit = if e.delta_mode() == 0 { 0.0015 } else { 0.05 };
            let factor = (-e.delta_y() * per_unit).exp();
            on_view.emit(ViewAction::ZoomAt { factor, at: local(e.client_x(), e.client_y()) });
        })
    };
    let onpointerdown = {
        let (tracker, local) = (tracker.clone(), local.clone());
        Callback::from(move |e: PointerEvent| tracker.borrow_mut().down(e.pointer_id(), local(e.client_x(), e.client_y())))
    };
    let onpointermove = {
        let (tracker, local, on_view, svg_ref) = (tracker.clone(), local.clone(), props.on_view.clone(), svg_ref.clone());
        Callback::from(move |e: PointerEvent| {
            let gesture = tracker.borrow_mut().moved(e.pointer_id(), local(e.client_x(), e.client_y()));
            // Capture only once it is a drag, so that a tap still reaches the marker under it.
            if tracker.borrow().dragged() {
                if let Some(svg) = svg_ref.cast::<Element>() {
                    let _ = svg.set_pointer_capture(e.pointer_id());
                }
            }
            match gesture {
                Some(Gesture::Pan { dx, dy }) if tracker.borrow().dragged() => on_view.emit(ViewAction::Pan(dx, dy)),
                Some(Gesture::Pinch { factor, at, dx, dy }) => {
                    on_view.emit(ViewAction::ZoomAt { factor, at });
                    on_view.emit(ViewAction::Pan(dx, dy));
                }
                _ => {}
            }
        })
    };
    let onpointerup = {
        let tracker = tracker.clone();
        Callback::from(move |e: PointerEvent| {
            let was_dragging = tracker.borrow().dragging();
            tracker.borrow_mut().up(e.pointer_id());
            if was_dragging && !tracker.borrow().dragging() {
                settle.force_update();
            }
        })
    };
    let onkeydown = {
        let on_view = props.on_view.clone();
        Callback::from(move |e: KeyboardEvent| {
            let action = match e.key().as_str() {
                "+" | "=" => ViewAction::Zoom(ZOOM_STEP),
                "-" | "_" => ViewAction::Zoom(1.0 / ZOOM_STEP),
                "ArrowLeft" => ViewAction::Pan(PAN_STEP, 0.0),
                "ArrowRight" => ViewAction::Pan(-PAN_STEP, 0.0),
                "ArrowUp" => ViewAction::Pan(0.0, PAN_STEP),
                "ArrowDown" => ViewAction::Pan(0.0, -PAN_STEP),
                "0" | "Home" => ViewAction::Reset,
                _ => return,
            };
            e.prevent_default();
            on_view.emit(action);
        })
    };

    let place_button = |marker: &Marker, crowded: bool| {
        let holder = geography.zone_shapes.holder_of(&marker.id, &props.controls).map(|c| c.controller);
        html! {
            <PlaceButton
                key={marker.id.as_str()}
                geography={geography.clone()}
                marker={marker.clone()}
                {crowded}
                marker_px={scene.marker_px}
                {holder}
                selected={props.selected.as_deref() == Some(marker.id.as_str())}
                highlighted={props.highlighted.contains(&marker.id)}
                on_select={props.on_select.clone()}
            />
        }
    };

    let font = scene.font_px;
    let (width, height) = viewport.screen();
    html! {
        <svg
            id="map"
            class="map"
            ref={svg_ref}
            role="group"
            aria-labelledby="map-title"
            aria-describedby="map-desc map-keys"
            tabindex="0"
            viewBox={format!("0 0 {width} {height}")}
            {onwheel} {onpointerdown} {onpointermove}
            onpointerup={onpointerup.clone()} onpointercancel={onpointerup}
            {onkeydown}
            font-size={format!("{font:.1}px")}
        >
            <title id="map-title">{ m.text("map-title") }</title>
            <desc id="map-desc">{ m.text("map-description") }</desc>
            <PatternDefs geography={geography.clone()} unit={1.0 / viewport.scale()} />
            <g class="geometry" transform={viewport.transform()}>
                <g id="geometry-under"><GeometryLayers geography={geography.clone()} over_zones={false} /></g>
                <ZoneLayer geography={geography.clone()} controls={props.controls.clone()} />
                <g id="geometry-over"><GeometryLayers geography={geography.clone()} over_zones={true} /></g>
            </g>
            <g class="places" transform={shifted.clone()}>
                { for scene.markers.iter().map(|m| place_button(m, false)) }
            </g>
            <g class="range-labels" aria-hidden="true" transform={shifted.clone()}>
                { for scene.range_labels.iter().filter_map(|l| geography.ranges.iter().find(|r| r.id == l.id).map(|r| (l, r))).map(|(label, range)| html! {
                    <text class="range-label" x={format!("{:.1}", label.text_at.0)} y={format!("{:.1}", label.text_at.1)} text-anchor="middle">
                        { range.name.to_uppercase() }
                    </text>
                }) }
            </g>
            // Crowded places: no dot until focused, so that the keyboard still
            // reaches every place on screen; taps go to the place drawn on top.
            <g class="places crowded" transform={shifted.clone()}>
                { for scene.crowded.iter().map(|m| place_button(m, true)) }
            </g>
            <g class="labels" id="map-labels" aria-hidden="true" transform={shifted.clone()}>
                { for scene.labels.iter().filter_map(|l| l.leader).map(|(from, to)| html! {
                    <line class="leader" x1={format!("{:.1}", from.0)} y1={format!("{:.1}", from.1)} x2={format!("{:.1}", to.0)} y2={format!("{:.1}", to.1)} />
                }) }
                { for scene.labels.iter().filter_map(|l| geography.places.get(&l.id).map(|p| (l, p))).map(|(label, place)| html! {
                    <text class={classes!("place-label", (place.kind == PlaceKind::Region).then_some("region-label"))} x={format!("{:.1}", label.text_at.0)} y={format!("{:.1}", label.text_at.1)} text-anchor={label.text_anchor}>
                        { place.label.clone() }
                    </text>
                }) }
            </g>
            <g class="edge-pointers">
                { for scene.edge_pointers.iter().map(|pointer| {
                    let names: Vec<String> = pointer.ids.iter().filter_map(|id| geography.places.get(id)).map(|p| p.label.clone()).collect();
                    let (onclick, onkeydown) = select_on_press(&props.on_select, &pointer.ids[0]);
                    html! {
                        <g class="edge-pointer" role="button" tabindex="0"
                           aria-label={m.text_with("map-beyond", &[("places", names.join(", ").into())])}
                           {onclick} {onkeydown}>
                            <g transform={format!("translate({:.1} {:.1}) rotate({:.1})", pointer.at.0, pointer.at.1, pointer.angle_deg)}>
                                <circle class="place-target" r={TARGET_RADIUS.to_string()} />
                                <path class="edge-arrow" d="M10 0 L-8 -8 L-4 0 L-8 8 Z" />
                            </g>
                            if width >= NARROW_SCREEN {
                                <text class="edge-label" x={format!("{:.1}", pointer.label.text_at.0)} y={format!("{:.1}", pointer.label.text_at.1)} text-anchor={pointer.label.text_anchor}>
                                    { names.join(" · ") }
                                </text>
                            }
                        </g>
                    }
                }) }
            </g>
        </svg>
    }
}
