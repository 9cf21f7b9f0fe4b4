//! Measures an element and reports its size whenever it changes.

use wasm_bindgen::prelude::*;
use web_sys::{Element, ResizeObserver, ResizeObserverEntry};
use yew::prelude::*;

/// Calls `on_size(width, height)` in CSS pixels now and on every resize of
/// the element behind `node` (a window resize, an iframe resized by its host,
/// a panel opening beside it).
#[hook]
pub fn use_element_size(node: NodeRef, on_size: Callback<(f64, f64)>) {
    use_effect_with(node, move |node| {
        let element = node.cast::<Element>();
        let observer = element.as_ref().and_then(|element| {
            let report = on_size.clone();
            let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                if let Ok(entry) = entries.get(0).dyn_into::<ResizeObserverEntry>() {
                    let rect = entry.content_rect();
                    report.emit((rect.width(), rect.height()));
                }
            });
            let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
            observer.observe(element);
            let rect = element.get_bounding_client_rect();
            on_size.emit((rect.width(), rect.height()));
            Some((observer, callback))
        });
        move || {
            if let Some((observer, _callback)) = observer {
                observer.disconnect();
            }
        }
    });
}

/// The element's size, kept up to date (0 × 0 until it is measured).
#[hook]
pub fn use_measured_size(node: NodeRef) -> (f64, f64) {
    let size = use_state(|| (0.0, 0.0));
    let setter = size.setter();
    use_element_size(node, Callback::from(move |measured| setter.set(measured)));
    *size
}
