//! The texts the atlas's content may cite, and the section labels used to
//! point into them (see `assets/places/README.md`, "Sections").

/// A source text: its id in the data, and the sections a citation may name.
pub struct SourceText {
    pub id: &'static str,
    /// How the atlas names it to a visitor.
    pub title: &'static str,
    pub sections: &'static [&'static str],
}

/// Every source, in the order the "About" panel lists them.
pub const SOURCES: [SourceText; 3] = [
    SourceText {
        id: "wp-etr",
        title: "Encyclopedia article “Second East Turkestan Republic”",
        sections: &[
            "Lead",
            "Background",
            "Ili Rebellion",
            "Formation of the Coalition Government of Xinjiang Province and dissolution of the ETR",
            "Takeover by the People's Republic of China",
            "Local opposition to the ETR",
            "Interim Government Council of the East Turkestan Republic",
            "National Army",
            "Economy",
            "Demographics",
            "Media, Flag, Legacy",
            "Notes and references",
        ],
    },
    SourceText {
        id: "wp-ina",
        title: "Encyclopedia article “Ili National Army”",
        sections: &["Lead", "History", "Regiments and campaigns", "Ranks", "References"],
    },
    SourceText {
        id: "etge-archives",
        title: "Article “Soviet Archives reveal China’s occupation of East Turkistan” (advocacy)",
        sections: &["Soviet Archives reveal China’s occupation of East Turkistan"],
    },
];

/// The source with this id.
pub fn source(id: &str) -> Option<&'static SourceText> {
    SOURCES.iter().find(|s| s.id == id)
}

/// A source's title for a visitor, in English; "Unknown source" for an id not listed.
pub fn source_title(id: &str) -> &'static str {
    source(id).map_or("Unknown source", |s| s.title)
}

/// A source's title for a visitor in their language (message `source-<id>`).
pub fn source_title_in(id: &str, words: &crate::i18n::messages::Messages) -> String {
    match source(id) {
        Some(s) => words.text(&format!("source-{}", s.id)),
        None => words.text("source-unknown"),
    }
}

/// Why a citation is not valid, or `None` when it is.
pub fn citation_problem(source_id: &str, section: &str) -> Option<String> {
    match source(source_id) {
        None => Some(format!("unknown source \"{source_id}\" (known: {})", SOURCES.iter().map(|s| s.id).collect::<Vec<_>>().join(", "))),
        Some(s) if !s.sections.contains(&section) => {
            Some(format!("source \"{source_id}\" has no section \"{section}\" (see assets/places/README.md, Sections)"))
        }
        Some(_) => None,
    }
}
