//! The history the time slider shows: the parties, the territorial zones
//! with their dated control, the events with their claims and sources.
//!
//! [`History::from_json`] reads the curators' files under `assets/history/`
//! and checks them against each other and against the map and the places;
//! [`at_date`] and [`marks`] answer what the map shows on a given day.

pub mod at_date;
pub mod coverage;
pub mod fuzzy_date;
mod history_file;
pub mod marks;
pub mod zone_shapes;

pub use history_file::{HistoryFiles, ACTORS_FILE, EVENTS_FILE, ZONES_FILE};

use crate::date::Date;
use fuzzy_date::FuzzyDate;

/// A citation: a source id and the section of its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Citation {
    pub source: String,
    pub section: String,
}

/// How an actor's territory is filled, besides its colour, so that actors
/// stay apart in greyscale and for colour-blind viewers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pattern {
    Solid,
    Hatch,
    Dots,
    Cross,
    Stripes,
}

impl Pattern {
    pub const ALL: [Pattern; 5] = [Pattern::Solid, Pattern::Hatch, Pattern::Dots, Pattern::Cross, Pattern::Stripes];

    /// The name in the data file, also used in CSS classes and SVG ids.
    pub fn name(self) -> &'static str {
        match self {
            Pattern::Solid => "solid",
            Pattern::Hatch => "hatch",
            Pattern::Dots => "dots",
            Pattern::Cross => "cross",
            Pattern::Stripes => "stripes",
        }
    }
}

/// A party to the story: a government, an army, a movement.
#[derive(Clone, Debug, PartialEq)]
pub struct Actor {
    pub id: String,
    pub name: String,
    /// A short form for tight places: "ETR".
    pub short: String,
    /// Other names it went by.
    pub also: Vec<String>,
    pub description: String,
    /// Whether it can be a zone's controller.
    pub holds_territory: bool,
    /// `#rrggbb`.
    pub colour: String,
    pub pattern: Pattern,
    pub sources: Vec<Citation>,
}

/// How sure the atlas is of who held a zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Certainty {
    /// The sources agree and are specific.
    Firm,
    /// The date or the extent is inferred.
    Approximate,
    /// Fighting, or the sources disagree.
    Contested,
}

impl Certainty {
    pub fn name(self) -> &'static str {
        match self {
            Certainty::Firm => "firm",
            Certainty::Approximate => "approximate",
            Certainty::Contested => "contested",
        }
    }

    /// The certainty as a visitor reads it in the table: "Approximate".
    pub fn label(self, words: &crate::i18n::messages::Messages) -> String {
        words.text(&format!("certainty-{}", self.name()))
    }
}

/// A piece of the map a zone is made of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ZonePart {
    /// A 1940s district of the base map.
    District(String),
    /// A modern county (drawn over the districts).
    County(String),
}

/// One period of a zone's control, lasting until the next begins.
#[derive(Clone, Debug, PartialEq)]
pub struct ControlPeriod {
    pub from: FuzzyDate,
    /// Index into [`History::actors`].
    pub controller: usize,
    pub certainty: Certainty,
    /// Indices into [`History::actors`]: the other sides, when contested.
    pub contested_by: Vec<usize>,
    pub note: String,
    pub sources: Vec<Citation>,
}

impl ControlPeriod {
    /// The day the period begins on (the first day its date may mean).
    pub fn start(&self) -> Date {
        self.from.first()
    }
}

/// A territorial unit with its control history, in date order.
#[derive(Clone, Debug, PartialEq)]
pub struct Zone {
    pub id: String,
    pub name: String,
    pub description: String,
    pub parts: Vec<ZonePart>,
    pub control: Vec<ControlPeriod>,
}

impl Zone {
    /// Made of counties, and so drawn over the zones made of districts.
    pub fn is_overlay(&self) -> bool {
        self.parts.iter().any(|p| matches!(p, ZonePart::County(_)))
    }

    /// The index of the period in force on `date`, if the history has begun by then.
    pub fn period_on(&self, date: Date) -> Option<usize> {
        self.control.partition_point(|c| c.start() <= date).checked_sub(1)
    }
}

/// What kind of thing happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
    Decision,
    Uprising,
    Battle,
    Siege,
    Capture,
    Declaration,
    Founding,
    Government,
    Appointment,
    Negotiation,
    Agreement,
    Ceasefire,
    Massacre,
    Death,
    Defection,
    Surrender,
    Merger,
    Aid,
    Other,
}

impl EventKind {
    pub const ALL: [EventKind; 19] = [
        EventKind::Decision,
        EventKind::Uprising,
        EventKind::Battle,
        EventKind::Siege,
        EventKind::Capture,
        EventKind::Declaration,
        EventKind::Founding,
        EventKind::Government,
        EventKind::Appointment,
        EventKind::Negotiation,
        EventKind::Agreement,
        EventKind::Ceasefire,
        EventKind::Massacre,
        EventKind::Death,
        EventKind::Defection,
        EventKind::Surrender,
        EventKind::Merger,
        EventKind::Aid,
        EventKind::Other,
    ];

    pub fn name(self) -> &'static str {
        match self {
            EventKind::Decision => "decision",
            EventKind::Uprising => "uprising",
            EventKind::Battle => "battle",
            EventKind::Siege => "siege",
            EventKind::Capture => "capture",
            EventKind::Declaration => "declaration",
            EventKind::Founding => "founding",
            EventKind::Government => "government",
            EventKind::Appointment => "appointment",
            EventKind::Negotiation => "negotiation",
            EventKind::Agreement => "agreement",
            EventKind::Ceasefire => "ceasefire",
            EventKind::Massacre => "massacre",
            EventKind::Death => "death",
            EventKind::Defection => "defection",
            EventKind::Surrender => "surrender",
            EventKind::Merger => "merger",
            EventKind::Aid => "aid",
            EventKind::Other => "other",
        }
    }

    /// The kind as a visitor reads it: "Killing of civilians", "Battle".
    pub fn label(self, words: &crate::i18n::messages::Messages) -> String {
        words.text(&format!("event-kind-{}", self.name()))
    }
}

/// What one source says about an event.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    pub citation: Citation,
    /// The date this source gives, when it gives one.
    pub date: Option<FuzzyDate>,
    pub says: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub id: String,
    pub date: FuzzyDate,
    pub kind: EventKind,
    pub title: String,
    pub summary: String,
    /// Place ids of the catalogue.
    pub places: Vec<String>,
    /// Indices into [`History::actors`].
    pub actors: Vec<usize>,
    pub claims: Vec<Claim>,
    /// What the sources disagree on, when they do.
    pub disagreement: Option<String>,
}

impl Event {
    /// The day its mark sits on.
    pub fn day(&self) -> Date {
        self.date.first()
    }
}

/// A named span shown as a band on the slider (the Coalition Government…).
#[derive(Clone, Debug, PartialEq)]
pub struct Period {
    pub id: String,
    pub from: FuzzyDate,
    pub to: FuzzyDate,
    pub title: String,
    pub summary: String,
    pub sources: Vec<Citation>,
}

/// The validated history: everything in `assets/history/` but the coverage
/// list, which only the test suite reads.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct History {
    pub actors: Vec<Actor>,
    /// District zones first, then county zones: the order they are drawn in.
    pub zones: Vec<Zone>,
    /// In date order (by first day, then as in the file).
    pub events: Vec<Event>,
    pub periods: Vec<Period>,
}

impl History {
    pub fn actor(&self, id: &str) -> Option<usize> {
        self.actors.iter().position(|a| a.id == id)
    }

    pub fn event(&self, id: &str) -> Option<usize> {
        self.events.iter().position(|e| e.id == id)
    }

    pub fn zone(&self, id: &str) -> Option<usize> {
        self.zones.iter().position(|z| z.id == id)
    }
}
