//! How the atlas is being used, and which of its parts show.
//!
//! The same app serves a visitor at a desk, a touch wall in a museum, a
//! frame inside another website and a projector in a classroom; the mode
//! says which, and an embed may also choose which controls to keep.

/// Who the atlas is set up for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Mode {
    /// A visitor at their own screen: everything shows, nothing plays by itself.
    #[default]
    Explore,
    /// A touch wall: plays an attract loop when nobody touches it, resets
    /// after a while alone, works offline.
    Kiosk,
    /// Inside another site's `<iframe>`: may hide controls, talks to its host.
    Embed,
    /// A projector in class: event by event like slides, large type, high contrast.
    Present,
}

impl Mode {
    pub const ALL: [Mode; 4] = [Mode::Explore, Mode::Kiosk, Mode::Embed, Mode::Present];

    /// The word a link uses: `?mode=kiosk`.
    pub fn id(self) -> &'static str {
        match self {
            Mode::Explore => "explore",
            Mode::Kiosk => "kiosk",
            Mode::Embed => "embed",
            Mode::Present => "present",
        }
    }

    /// ```
    /// use atlas_core::mode::Mode;
    /// assert_eq!(Mode::from_id("kiosk"), Some(Mode::Kiosk));
    /// assert_eq!(Mode::from_id("Kiosk"), None);
    /// ```
    pub fn from_id(id: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.id() == id)
    }
}

/// A part of the interface an embed can keep or leave out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Control {
    /// The title and its buttons (table, about, embed).
    Header,
    /// The time slider with its marks.
    Slider,
    /// Play, pause, speed and the event buttons.
    Player,
    /// Zoom buttons and the reset.
    Zoom,
    /// The key to the colours, with the scale bar.
    Key,
    /// The card beside the map: the event on show, a place's card.
    Panel,
    /// The small map of Asia.
    Inset,
}

impl Control {
    pub const ALL: [Control; 7] =
        [Control::Header, Control::Slider, Control::Player, Control::Zoom, Control::Key, Control::Panel, Control::Inset];

    pub fn id(self) -> &'static str {
        match self {
            Control::Header => "header",
            Control::Slider => "slider",
            Control::Player => "player",
            Control::Zoom => "zoom",
            Control::Key => "key",
            Control::Panel => "panel",
            Control::Inset => "inset",
        }
    }

    pub fn from_id(id: &str) -> Option<Control> {
        Control::ALL.into_iter().find(|c| c.id() == id)
    }

    fn bit(self) -> u8 {
        1 << Control::ALL.iter().position(|&c| c == self).unwrap_or(0)
    }
}

/// Which controls show. All of them unless a link says otherwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Controls(u8);

impl Default for Controls {
    fn default() -> Self {
        Controls::ALL
    }
}

impl Controls {
    pub const ALL: Controls = Controls((1 << Control::ALL.len()) - 1);
    pub const NONE: Controls = Controls(0);

    pub fn shows(self, control: Control) -> bool {
        self.0 & control.bit() != 0
    }

    pub fn with(self, control: Control) -> Controls {
        Controls(self.0 | control.bit())
    }

    /// The same with `control` shown if it was hidden, hidden if it was shown.
    pub fn toggled(self, control: Control) -> Controls {
        Controls(self.0 ^ control.bit())
    }

    /// Reads `slider,zoom` or `none`. Unknown names are returned apart, so
    /// that a link can say which it did not understand.
    ///
    /// ```
    /// use atlas_core::mode::{Control, Controls};
    /// let (controls, unknown) = Controls::parse("slider,zoom,sparkles");
    /// assert!(controls.shows(Control::Slider) && !controls.shows(Control::Header));
    /// assert_eq!(unknown, vec!["sparkles".to_owned()]);
    /// ```
    pub fn parse(list: &str) -> (Controls, Vec<String>) {
        let mut controls = Controls::NONE;
        let mut unknown = Vec::new();
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty() && *n != "none") {
            match Control::from_id(name) {
                Some(c) => controls = controls.with(c),
                None => unknown.push(name.to_owned()),
            }
        }
        (controls, unknown)
    }

    /// The list as a link writes it: `slider,zoom`, or `none`.
    pub fn to_list(self) -> String {
        let names: Vec<&str> = Control::ALL.into_iter().filter(|&c| self.shows(c)).map(Control::id).collect();
        if names.is_empty() {
            "none".to_owned()
        } else {
            names.join(",")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_set_of_controls_round_trips() {
        for bits in 0..=Controls::ALL.0 {
            let controls = Controls(bits);
            assert_eq!(Controls::parse(&controls.to_list()), (controls, vec![]));
        }
    }

    #[test]
    fn toggling_flips_one_control_and_twice_restores_it() {
        for control in Control::ALL {
            let once = Controls::ALL.toggled(control);
            assert!(!once.shows(control));
            assert!(Control::ALL.iter().filter(|&&c| c != control).all(|&c| once.shows(c)));
            assert_eq!(once.toggled(control), Controls::ALL);
        }
    }

    #[test]
    fn every_mode_round_trips() {
        for mode in Mode::ALL {
            assert_eq!(Mode::from_id(mode.id()), Some(mode));
        }
    }
}
