//! The page that embeds the atlas in an `<iframe>`: its commands in, the
//! atlas's notices out (the `postMessage` API of `EMBEDDING.md`).
//!
//! A message is acted on only if it comes from the embedding page itself,
//! from an origin the settings allow, reads as one of the commands, and
//! arrives within the rate limit. Anything else is logged (sparingly) and dropped.

use crate::state::Action;
use atlas_core::date::Date;
use atlas_core::host_message::{parse, AtlasNotice, MAX_MESSAGE_BYTES};
use atlas_core::settings::EmbedSettings;
use gloo::events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// Commands acted on per second at most; more are dropped (a host scrubbing
/// its own slider sends about 60).
const COMMANDS_PER_SECOND: u32 = 120;
/// Refusals written to the console per second at most, so a flood of bad
/// messages cannot flood the console too.
const LOGS_PER_SECOND: u32 = 5;

/// A count of what happened in the current second.
#[derive(Default)]
struct Window {
    second: i64,
    commands: u32,
    logs: u32,
    dropped: u32,
}

impl Window {
    fn roll(&mut self) {
        let second = (js_sys::Date::now() / 1000.0) as i64;
        if second != self.second {
            if self.dropped > 0 {
                gloo::console::warn!(format!("Atlas: {} more messages from other pages were ignored.", self.dropped));
            }
            *self = Window { second, ..Window::default() };
        }
    }

    fn refuse(&mut self, why: &str) {
        self.roll();
        if self.logs < LOGS_PER_SECOND {
            self.logs += 1;
            gloo::console::warn!(format!("Atlas: ignored a message: {why}"));
        } else {
            self.dropped += 1;
        }
    }
}

/// Listens for the host page's commands while the atlas runs.
#[hook]
pub fn use_host_commands(embed: EmbedSettings, on_action: Callback<Action>) {
    use_effect_with(embed, move |embed| {
        let embed = embed.clone();
        let window = Rc::new(RefCell::new(Window::default()));
        let listener = EventListener::new(&gloo::utils::window(), "message", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
            let mut window = window.borrow_mut();
            let from_parent = event.source().is_some_and(|s| parent().is_some_and(|p| JsValue::from(p) == JsValue::from(s)));
            if !from_parent {
                return window.refuse("it did not come from the page that embeds the atlas");
            }
            let origin = event.origin();
            if !embed.allows(&origin) {
                return window.refuse(&format!("its origin {} is not in the settings' allowed_origins", shorten(&origin)));
            }
            let Some(text) = as_json(&event.data()) else {
                return window.refuse("it is not a JSON object of at most 1 KB");
            };
            match parse(&text) {
                Err(refusal) => window.refuse(&refusal.0),
                Ok(command) => {
                    window.roll();
                    if window.commands >= COMMANDS_PER_SECOND {
                        return window.refuse("too many messages this second");
                    }
                    window.commands += 1;
                    on_action.emit(Action::Host(command));
                }
            }
        });
        move || drop(listener)
    });
}

/// The message as JSON text: a string as it is, an object as JSON, if short
/// enough; `None` for anything else (or anything JSON cannot hold, such as a
/// cycle or nesting too deep for the browser).
fn as_json(data: &JsValue) -> Option<String> {
    let text = match data.as_string() {
        Some(text) => text,
        None if data.is_object() => js_sys::JSON::stringify(data).ok()?.as_string()?,
        None => return None,
    };
    (text.len() <= MAX_MESSAGE_BYTES).then_some(text)
}

fn shorten(text: &str) -> String {
    text.chars().take(80).collect()
}

/// The embedding page's window; `None` when the atlas is not in a frame.
fn parent() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok()??;
    (JsValue::from(&parent) != JsValue::from(&window)).then_some(parent)
}

/// The embedding page's origin: from `location.ancestorOrigins` where the
/// browser has it, else from the referrer (the embedding page's address).
fn parent_origin() -> Option<String> {
    let window = web_sys::window()?;
    let ancestors = js_sys::Reflect::get(&window.location(), &"ancestorOrigins".into()).ok().filter(|a| a.is_object());
    if let Some(first) = ancestors.and_then(|a| js_sys::Reflect::get(&a, &0.into()).ok()).and_then(|o| o.as_string()) {
        return Some(first);
    }
    let referrer = window.document()?.referrer();
    let (scheme, rest) = referrer.split_once("://")?;
    let host = rest.split(['/', '?', '#']).next().filter(|h| !h.is_empty())?;
    Some(format!("{scheme}://{host}"))
}

/// Tells the embedding page what happened, if there is one and the
/// settings allow its origin. Not in a frame, this does nothing.
pub fn notify_host(notice: &AtlasNotice, embed: &EmbedSettings) {
    let Some(parent) = parent() else { return };
    // Post only to an origin known to be the parent's (the browser refuses
    // others noisily); "*" only where the settings allow any.
    let target = match parent_origin() {
        Some(origin) if embed.allows(&origin) => origin,
        None if embed.allowed_origins.iter().any(|o| o == "*") => "*".to_owned(),
        _ => return,
    };
    let message = js_sys::JSON::parse(&notice.to_json()).unwrap_or(JsValue::NULL);
    if let Err(e) = parent.post_message(&message, &target) {
        gloo::console::warn!(format!("Atlas: could not tell the host page: {}", crate::edge::map_asset::js_message(&e)));
    }
}

/// Tells the host page when the atlas is ready, and then each change of
/// date and of what is chosen.
#[hook]
pub fn use_host_notices(ready: bool, date: Date, event: Option<String>, place: Option<String>, embed: EmbedSettings) {
    let announced = use_mut_ref(|| false);
    {
        let (announced, embed, event, place) = (announced.clone(), embed.clone(), event.clone(), place.clone());
        use_effect_with(ready, move |&ready| {
            if ready && !*announced.borrow() {
                *announced.borrow_mut() = true;
                notify_host(&AtlasNotice::Ready { date, event, place }, &embed);
            }
        });
    }
    {
        let (announced, embed) = (announced.clone(), embed.clone());
        use_effect_with(date, move |&date| {
            if *announced.borrow() {
                notify_host(&AtlasNotice::DateChanged { date }, &embed);
            }
        });
    }
    use_effect_with((event, place), move |(event, place)| {
        if *announced.borrow() {
            notify_host(&AtlasNotice::SelectionChanged { event: event.clone(), place: place.clone() }, &embed);
        }
    });
}
