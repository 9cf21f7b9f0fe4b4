//! A value that may follow the page by one task: what answers a visitor's
//! input (the slider, the date, the zones) is painted first, and what only
//! reads along with it (the event's card and its places ringed on the map)
//! is drawn in a task of its own right after — the "yield before the rest"
//! of responsive pages, so that a slider dragged on a slow machine keeps up
//! with the hand.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// `value` as it was one task ago: the first render gets it at once; a
/// change comes back in a task after the render that made it (a timeout of
/// zero, queued behind the frame that render paints), and a newer value
/// replaces one still waiting.
#[hook]
pub fn use_deferred<T: Clone + PartialEq + 'static>(value: T) -> T {
    let shown = use_state_eq(|| value.clone());
    let waiting = use_mut_ref(|| None::<Timeout>);
    {
        let shown = shown.setter();
        use_effect_with(value, move |value| {
            let value = value.clone();
            *waiting.borrow_mut() = Some(Timeout::new(0, move || shown.set(value)));
        });
    }
    (*shown).clone()
}
