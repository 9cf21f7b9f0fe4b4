//! What a visitor sees when an asset cannot be loaded: which file, and why.

use super::words::use_words;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LoadErrorProps {
    pub file: AttrValue,
    pub reason: AttrValue,
}

#[function_component(LoadError)]
pub fn load_error(props: &LoadErrorProps) -> Html {
    let m = use_words();
    html! {
        <div class="load-error" role="alert">
            <p class="load-error-title">{ m.text("load-title") }</p>
            <p>{ m.text_with("load-file-failed", &[("file", props.file.as_str().into()), ("reason", props.reason.as_str().into())]) }</p>
            <p>{ m.text("load-what-to-do") }</p>
            <button type="button" class="reload-button" onclick={Callback::from(|_: MouseEvent| crate::edge::page::reload())}>{ m.text("load-reload") }</button>
        </div>
    }
}
