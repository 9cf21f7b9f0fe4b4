//! A kiosk's day, second by second: the attract loop while nobody touches
//! the screen, the visitor's turn, the "still there?" countdown, the reset.
//!
//! Pure: the app calls [`Kiosk::tick`] once a second and
//! [`Kiosk::touched`] on any touch, key or click, and does what the
//! returned [`KioskStep`] says.

use crate::settings::KioskSettings;

/// Where the kiosk is in its cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KioskPhase {
    /// Nobody is there: the atlas shows key moment `moment`, one after another.
    Attract { moment: usize },
    /// A visitor is using the atlas.
    Visitor,
    /// Nobody has touched it for a while: "Still there?", `left` seconds to go.
    Countdown { left: u32 },
}

/// What the app should do after a tick or a touch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KioskStep {
    /// Nothing changes on screen.
    Stay,
    /// Show key moment `n` of the attract loop.
    ShowMoment(usize),
    /// The visitor took over: stop the loop, leave the map as it is.
    HandOver,
    /// Nobody answered the countdown: back to the opening view, and the loop.
    Reset,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kiosk {
    idle_seconds: u32,
    countdown_seconds: u32,
    seconds_per_moment: u32,
    moments: usize,
    phase: KioskPhase,
    /// Seconds spent in the phase (or on the moment, while attracting).
    seconds: u32,
}

impl Kiosk {
    /// A kiosk that starts by attracting, on its first key moment.
    pub fn new(settings: &KioskSettings) -> Kiosk {
        Kiosk {
            idle_seconds: settings.idle_seconds.max(1),
            countdown_seconds: settings.countdown_seconds.max(1),
            seconds_per_moment: settings.seconds_per_moment.max(1),
            moments: settings.key_moments.len(),
            phase: KioskPhase::Attract { moment: 0 },
            seconds: 0,
        }
    }

    pub fn phase(&self) -> KioskPhase {
        self.phase
    }

    /// One second has passed.
    ///
    /// ```
    /// use atlas_core::kiosk::{Kiosk, KioskPhase, KioskStep};
    /// use atlas_core::settings::Settings;
    /// let mut settings = Settings::default().kiosk;
    /// (settings.idle_seconds, settings.countdown_seconds) = (20, 5);
    /// let mut kiosk = Kiosk::new(&settings);
    /// assert_eq!(kiosk.touched(), KioskStep::HandOver);
    /// for _ in 0..20 { kiosk.tick(); }
    /// assert_eq!(kiosk.phase(), KioskPhase::Countdown { left: 5 });
    /// for _ in 0..4 { assert_eq!(kiosk.tick(), KioskStep::Stay); }
    /// assert_eq!(kiosk.tick(), KioskStep::Reset);
    /// assert_eq!(kiosk.phase(), KioskPhase::Attract { moment: 0 });
    /// ```
    pub fn tick(&mut self) -> KioskStep {
        self.seconds = self.seconds.saturating_add(1);
        match self.phase {
            KioskPhase::Attract { moment } => {
                if self.seconds < self.seconds_per_moment || self.moments == 0 {
                    return KioskStep::Stay;
                }
                let next = (moment + 1) % self.moments;
                self.enter(KioskPhase::Attract { moment: next });
                KioskStep::ShowMoment(next)
            }
            KioskPhase::Visitor => {
                if self.seconds >= self.idle_seconds {
                    self.enter(KioskPhase::Countdown { left: self.countdown_seconds });
                }
                KioskStep::Stay
            }
            KioskPhase::Countdown { left } if left > 1 => {
                self.phase = KioskPhase::Countdown { left: left - 1 };
                KioskStep::Stay
            }
            KioskPhase::Countdown { .. } => {
                self.enter(KioskPhase::Attract { moment: 0 });
                KioskStep::Reset
            }
        }
    }

    /// Someone touched the screen (or pressed a key).
    pub fn touched(&mut self) -> KioskStep {
        let was = self.phase;
        self.enter(KioskPhase::Visitor);
        match was {
            KioskPhase::Attract { .. } => KioskStep::HandOver,
            _ => KioskStep::Stay,
        }
    }

    fn enter(&mut self, phase: KioskPhase) {
        self.phase = phase;
        self.seconds = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Settings;

    fn kiosk() -> Kiosk {
        let mut settings = Settings::default().kiosk;
        settings.key_moments.truncate(3);
        (settings.idle_seconds, settings.countdown_seconds, settings.seconds_per_moment) = (30, 10, 5);
        Kiosk::new(&settings)
    }

    #[test]
    fn the_attract_loop_goes_round_the_key_moments() {
        let mut kiosk = kiosk();
        let shown: Vec<KioskStep> = (0..20).map(|_| kiosk.tick()).filter(|s| *s != KioskStep::Stay).collect();
        assert_eq!(shown, [KioskStep::ShowMoment(1), KioskStep::ShowMoment(2), KioskStep::ShowMoment(0), KioskStep::ShowMoment(1)]);
    }

    #[test]
    fn a_touch_during_the_countdown_gives_the_visitor_their_full_time_again() {
        let mut kiosk = kiosk();
        kiosk.touched();
        (0..35).for_each(|_| {
            kiosk.tick();
        });
        assert!(matches!(kiosk.phase(), KioskPhase::Countdown { .. }));
        assert_eq!(kiosk.touched(), KioskStep::Stay);
        (0..29).for_each(|_| {
            kiosk.tick();
        });
        assert_eq!(kiosk.phase(), KioskPhase::Visitor);
    }

    #[test]
    fn touches_keep_a_busy_kiosk_in_the_visitors_hands_all_day() {
        let mut kiosk = kiosk();
        for second in 0..86_400 {
            if second % 20 == 0 {
                kiosk.touched();
            }
            assert_ne!(kiosk.tick(), KioskStep::Reset);
        }
    }

    #[test]
    fn no_moments_means_no_steps_but_no_panic() {
        let mut settings = Settings::default().kiosk;
        settings.key_moments.clear();
        let mut kiosk = Kiosk::new(&settings);
        assert!((0..1000).all(|_| kiosk.tick() == KioskStep::Stay));
    }
}
