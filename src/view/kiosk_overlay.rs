//! What a kiosk shows over the atlas: the invitation while the attract loop
//! plays, the "still there?" countdown, and the staff's way out.

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
    if props.leaving {
        let stay = props.on_stay.reform(|_: MouseEvent| ());
        return html! {
            <div class="kiosk-dialog" role="alertdialog" aria-labelledby="kiosk-leave-title" aria-modal="true">
                <h2 id="kiosk-leave-title">{ "Leave kiosk mode?" }</h2>
                <p>{ "This is for museum staff. The atlas will open for use at a desk, without the attract loop or the reset." }</p>
                <div class="kiosk-dialog-buttons">
                    <button type="button" class="action-button" id="kiosk-leave" onclick={Callback::from(|_: MouseEvent| crate::edge::page::open_in_mode(Mode::Explore))}>{ "Leave kiosk mode" }</button>
                    <button type="button" class="action-button" id="kiosk-stay" onclick={stay}>{ "Stay" }</button>
                </div>
            </div>
        };
    }
    match props.phase {
        KioskPhase::Attract { .. } => html! {
            <div class="kiosk-invitation" id="kiosk-invitation" role="status">
                <p>{ "Touch the screen to explore the map and its history" }</p>
            </div>
        },
        KioskPhase::Countdown { left } => html! {
            <div class="kiosk-dialog" id="kiosk-countdown" role="alertdialog" aria-labelledby="kiosk-countdown-title" aria-describedby="kiosk-countdown-text">
                <h2 id="kiosk-countdown-title">{ "Still there?" }</h2>
                <p id="kiosk-countdown-text">
                    { format!("The atlas will return to its start in {left} second{}.", if left == 1 { "" } else { "s" }) }
                </p>
                // Any touch counts; the button is there to be touched.
                <button type="button" class="action-button" id="kiosk-continue">{ "Keep exploring" }</button>
            </div>
        },
        KioskPhase::Visitor => html! {},
    }
}
