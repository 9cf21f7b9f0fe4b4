//! What a visitor sees when an asset cannot be loaded: which file, and why.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LoadErrorProps {
    pub file: AttrValue,
    pub reason: AttrValue,
}

#[function_component(LoadError)]
pub fn load_error(props: &LoadErrorProps) -> Html {
    html! {
        <div class="load-error" role="alert">
            <p class="load-error-title">{ "The map could not be loaded." }</p>
            <p>{ format!("The file {} could not be used: {}.", props.file, props.reason) }</p>
            <p>{ "Reload to try again. If this keeps happening, please tell the staff or the site's editors." }</p>
            <button type="button" class="reload-button" onclick={Callback::from(|_: MouseEvent| crate::edge::page::reload())}>{ "Reload the atlas" }</button>
        </div>
    }
}
