//! The keys a presentation clicker sends, anywhere on the page (presenter mode).

use crate::state::Action;
use gloo::events::{EventListener, EventListenerOptions};
use yew::prelude::*;

/// What a clicker's key asks for in presenter mode: →, PageDown and Space
/// the next event; ←, PageUp the previous one; B or . black out the screen
/// (and bring it back), as in presentation software.
pub fn presenter_action(key: &str, blank: bool) -> Option<Action> {
    Some(match key {
        "ArrowRight" | "PageDown" | " " | "Spacebar" => Action::NextEvent,
        "ArrowLeft" | "PageUp" => Action::PreviousEvent,
        "b" | "B" | "." => Action::Blank(!blank),
        "Escape" if blank => Action::Blank(false),
        _ => return None,
    })
}

/// While `active`, turns clicker keys into actions before any control sees
/// them, unless the focus is in a field that takes text or a choice.
#[hook]
pub fn use_presenter_keys(active: bool, blank: bool, on_action: Callback<Action>) {
    use_effect_with((active, blank), move |&(active, blank)| {
        let listener = active.then(|| {
            let options = EventListenerOptions { phase: gloo::events::EventListenerPhase::Capture, passive: false };
            EventListener::new_with_options(&gloo::utils::document(), "keydown", options, move |e| {
                let Some(e) = wasm_bindgen::JsCast::dyn_ref::<web_sys::KeyboardEvent>(e) else { return };
                if e.ctrl_key() || e.alt_key() || e.meta_key() || in_a_field(e) {
                    return;
                }
                if let Some(action) = presenter_action(&e.key(), blank) {
                    e.prevent_default();
                    e.stop_propagation();
                    on_action.emit(action);
                }
            })
        });
        move || drop(listener)
    });
}

/// Whether a key goes to a text box or a list (where arrows and Space mean something else).
fn in_a_field(e: &web_sys::KeyboardEvent) -> bool {
    let Some(target) = e.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok()) else { return false };
    matches!(target.tag_name().as_str(), "SELECT" | "TEXTAREA")
        || (target.tag_name() == "INPUT" && target.get_attribute("type").as_deref() != Some("range"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clicker_steps_and_blanks() {
        assert_eq!(presenter_action("PageDown", false), Some(Action::NextEvent));
        assert_eq!(presenter_action(" ", false), Some(Action::NextEvent));
        assert_eq!(presenter_action("PageUp", false), Some(Action::PreviousEvent));
        assert_eq!(presenter_action("b", false), Some(Action::Blank(true)));
        assert_eq!(presenter_action(".", true), Some(Action::Blank(false)));
        assert_eq!(presenter_action("Escape", false), None);
        assert_eq!(presenter_action("x", false), None);
    }
}
