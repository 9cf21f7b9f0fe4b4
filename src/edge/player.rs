//! The player's clock: while playing, a step every quarter of a second.

use gloo::timers::callback::Interval;
use yew::prelude::*;

/// Milliseconds between two steps of the player.
pub const STEP_MS: u32 = 250;

/// Calls `on_step` every [`STEP_MS`] while `playing`; stops when it is not
/// (or when the component goes away).
#[hook]
pub fn use_player(playing: bool, on_step: Callback<()>) {
    use_effect_with(playing, move |&playing| {
        let interval = playing.then(|| Interval::new(STEP_MS, move || on_step.emit(())));
        move || drop(interval)
    });
}
