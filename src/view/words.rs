//! The interface's words in the visitor's language, handed down as a yew
//! context so that every component speaks the same one.

use crate::state::SharedWords;
use atlas_core::i18n::messages::Messages;
use std::rc::Rc;
use yew::prelude::*;

/// The messages in use: the app's language, or English outside the app (in
/// the render tests, a component alone).
#[hook]
pub fn use_words() -> Rc<Messages> {
    use_context::<SharedWords>().map_or_else(Messages::english, |w| w.0)
}
