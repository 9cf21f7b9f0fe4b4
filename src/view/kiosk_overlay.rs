//! What a kiosk shows over the atlas: the invitation while the attract loop
//! plays, the "still there?" countdown, and the staff's way out.

use super::words::use_words;
use atlas_core::kiosk::KioskPhase;
use atlas_core::mode::Mode;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KioskOverlayProps {
    pub phase: KioskPhase,
    /// Staff held the title long enough: ask whether to leave kiosk mode.
    pub leaving: bool,
    pub on_stay: Callback<()>,
}

#[function_component(KioskOverlay)]
pub fn kiosk_overlay(props: &KioskOverlayProps) -> Html {
    let m = use_words();
    // The countdown takes focus when it appears, so that a screen reader
    // announces it and Enter answers it.
    let continue_ref = use_node_ref();
    {
        let continue_ref = continue_ref.clone();
        let counting = matches!(props.phase, KioskPhase::Countdown { .. });
        use_effect_with(counting, move |&counting| {
            if counting {
                if let Some(button) = continue_ref.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        });
    }
    if props.leaving {
        let stay = props.on_stay.reform(|_: MouseEvent| ());
        return html! {
            <div class="kiosk-dialog" role="alertdialog" aria-labelledby="kiosk-leave-title" aria-modal="true">
                <h2 id="kiosk-leave-title">{ m.text("kiosk-leave-title") }</h2>
                <p>{ m.text("kiosk-leave-text") }</p>
                <div class="kiosk-dialog-buttons">
                    <button type="button" class="action-button" id="kiosk-leave" onclick={Callback::from(|_: MouseEvent| crate::edge::page::open_in_mode(Mode::Explore))}>{ m.text("kiosk-leave") }</button>
                    <button type="button" class="action-button" id="kiosk-stay" onclick={stay}>{ m.text("kiosk-stay") }</button>
                </div>
            </div>
        };
    }
    match props.phase {
        KioskPhase::Attract { .. } => html! {
            <div class="kiosk-invitation" id="kiosk-invitation" role="status">
                <p>{ m.text("kiosk-invitation") }</p>
            </div>
        },
        KioskPhase::Countdown { left } => html! {
            <div class="kiosk-dialog" id="kiosk-countdown" role="alertdialog" aria-labelledby="kiosk-countdown-title" aria-describedby="kiosk-countdown-text">
                <h2 id="kiosk-countdown-title">{ m.text("kiosk-still-there") }</h2>
                <p id="kiosk-countdown-text">
                    { m.text_with("kiosk-countdown", &[("seconds", left.into())]) }
                </p>
                // Any touch counts; the button is there to be touched.
                <button type="button" class="action-button" id="kiosk-continue" ref={continue_ref}>{ m.text("kiosk-continue") }</button>
            </div>
        },
        KioskPhase::Visitor => html! {},
    }
}
