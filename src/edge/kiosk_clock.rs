//! A kiosk's senses: a clock that ticks once a second, and any touch, click,
//! key or wheel anywhere on the page. Also keeps the touch wall from
//! behaving like a web page (no context menu on a long press).

use crate::state::Action;
use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Interval;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// Touches closer together than this count once: a drag sends dozens of
/// pointer events, and each would otherwise be a state change.
const TOUCH_EVERY_MS: f64 = 500.0;

/// While `active`, sends [`Action::KioskTick`] every second and
/// [`Action::Touched`] on any interaction.
#[hook]
pub fn use_kiosk_clock(active: bool, on_action: Callback<Action>) {
    use_effect_with(active, move |&active| {
        let mut held: Vec<EventListener> = Vec::new();
        let mut interval = None;
        if active {
            let tick = on_action.clone();
            interval = Some(Interval::new(1000, move || tick.emit(Action::KioskTick)));
            let document = gloo::utils::document();
            let last = Rc::new(Cell::new(f64::NEG_INFINITY));
            // Capture: the map and the controls stop some events from bubbling.
            let options = EventListenerOptions::run_in_capture_phase();
            for kind in ["pointerdown", "keydown", "wheel", "touchstart"] {
                let (on_action, last) = (on_action.clone(), Rc::clone(&last));
                held.push(EventListener::new_with_options(&document, kind, options, move |_| {
                    let now = js_sys::Date::now();
                    if now - last.get() >= TOUCH_EVERY_MS {
                        last.set(now);
                        on_action.emit(Action::Touched);
                    }
                }));
            }
            let no_menu = EventListenerOptions::enable_prevent_default();
            held.push(EventListener::new_with_options(&document, "contextmenu", no_menu, |e| e.prevent_default()));
        }
        move || {
            drop(interval);
            drop(held);
        }
    });
}
