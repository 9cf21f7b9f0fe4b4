//! The standalone SVG document of a view: a band at the top (title, date,
//! event on show), the map as the page drew it, and a band below it with
//! the key, the sources of what is shown and the map data's attribution in
//! columns. All text is real `<text>`, wrapped to its column; nothing
//! overlaps (the layout is tested), and everything from the data is escaped.

use super::fonts::{font_faces, EmbeddedFont};
use super::{map_style, variable, LegendEntry, Snapshot, Swatch};
use crate::date::Date;
use crate::history::Pattern;
use crate::i18n::messages::Messages;
use crate::labels::{text_width, Rect};
use crate::scale_bar::{distance_label, scale_bar};
use std::fmt::Write;

/// The map as the page drew it.
pub struct MapPicture<'a> {
    /// The inner markup of the page's map `<svg>`, as the browser's XML
    /// serializer wrote it: well-formed XML, put in the document as it is.
    pub markup: &'a str,
    /// Its size in CSS pixels (the width and height of its `viewBox`).
    pub width: f64,
    pub height: f64,
    /// The custom properties the map's rules use, as on screen (see
    /// [`super::style_variables`]); a missing one takes the default.
    pub variables: &'a [(String, String)],
    /// Pixels per kilometre on the map, for a scale bar.
    pub px_per_km: Option<f64>,
    /// The map's computed font size in CSS pixels, which its labels may be
    /// sized from (`--label-size: 1em`): the picture's map gets the same.
    pub font_px: Option<f64>,
    /// The pieces of the Chinese font the picture's text needs (see [`super::fonts`]).
    pub fonts: &'a [EmbeddedFont],
}

/// A finished document and its size in CSS pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct SvgDocument {
    pub text: String,
    pub width: f64,
    pub height: f64,
}

/// `ili-atlas-1945-09-15.svg`.
pub fn file_name(date: Date, extension: &str) -> String {
    format!("ili-atlas-{}.{extension}", date.iso())
}

const MARGIN: f64 = 24.0;
/// The document is at least this wide (a narrow map is centred), so that the band has room.
const MIN_WIDTH: f64 = 640.0;
const COLUMN_MIN: f64 = 260.0;
const GAP: f64 = 28.0;
const LEADING: f64 = 1.35;
const SWATCH: (f64, f64) = (28.0, 18.0);
/// Text of a key entry starts this far right of its swatch's left edge.
const SWATCH_TEXT: f64 = SWATCH.0 + 8.0;
/// The page's fonts, the atlas's Chinese one first (its pieces, when the
/// picture carries them, hold only Chinese characters).
const FONT: &str = "'Atlas Noto Sans SC', system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', sans-serif";
const INK: &str = "#1d1f21";

#[derive(Clone, Copy, Debug, PartialEq)]
enum Style {
    Title,
    Date,
    Event,
    Heading,
    Body,
    Note,
}

impl Style {
    fn px(self) -> f64 {
        match self {
            Style::Title => 20.0,
            Style::Date => 30.0,
            Style::Event => 17.0,
            Style::Heading => 14.0,
            Style::Body | Style::Note => 12.5,
        }
    }

    fn attributes(self) -> &'static str {
        match self {
            Style::Title | Style::Date | Style::Heading => r#" font-weight="700""#,
            Style::Note => r##" font-style="italic" fill="#4a4f55""##,
            Style::Event | Style::Body => "",
        }
    }
}

/// A line of text; `y` is its baseline.
#[derive(Clone, Debug, PartialEq)]
struct Line {
    x: f64,
    y: f64,
    style: Style,
    text: String,
}

#[cfg(test)]
impl Line {
    /// The box the line's letters take (generously: widths are overestimated).
    fn bounds(&self) -> Rect {
        let px = self.style.px();
        Rect { x: self.x, y: self.y - 0.95 * px, width: text_width(&self.text, px), height: 1.25 * px }
    }
}

/// A drawing in the band other than text.
#[derive(Clone, Debug, PartialEq)]
enum Mark {
    Swatch(Rect, Swatch),
    ScaleBar(Rect),
}

/// Where everything goes.
#[derive(Clone, Debug, PartialEq)]
struct Layout {
    width: f64,
    height: f64,
    map: Rect,
    lines: Vec<Line>,
    marks: Vec<Mark>,
}

/// Text flowing down a column.
struct Flow<'a> {
    x: f64,
    width: f64,
    y: f64,
    lines: &'a mut Vec<Line>,
}

impl Flow<'_> {
    /// A paragraph, wrapped to the column, indented by `indent`.
    fn text(&mut self, style: Style, text: &str, indent: f64) {
        let px = style.px();
        for line in wrap(text, px, self.width - indent) {
            self.lines.push(Line { x: self.x + indent, y: self.y + px, style, text: line });
            self.y += px * LEADING;
        }
    }

    fn space(&mut self, px: f64) {
        self.y += px;
    }
}

/// `text` cut into lines no wider than `width` at `px`, between words where
/// it can and inside a word too long for a line.
fn wrap(text: &str, px: f64, width: f64) -> Vec<String> {
    let fits = |s: &str| text_width(s, px) <= width;
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let joined = if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
        if fits(&joined) {
            line = joined;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for c in word.chars() {
            line.push(c);
            if !fits(&line) && line.chars().count() > 1 {
                line.pop();
                // Chinese breaks after any character and after its punctuation;
                // failing that, the word is cut where the line is full.
                let cut =
                    line.char_indices().rev().find(|&(_, c)| breaks_after(c)).map(|(i, c)| i + c.len_utf8()).filter(|&i| i < line.len());
                let rest = cut.map_or_else(String::new, |i| line.split_off(i));
                lines.push(std::mem::replace(&mut line, rest));
                line.push(c);
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Whether a line may end after `c` inside a word: after a Chinese character
/// or a full-width punctuation mark, a closing bracket or quote, a comma.
fn breaks_after(c: char) -> bool {
    matches!(u32::from(c), 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
        || matches!(c, '、' | '，' | '。' | '》' | '”' | '»' | ',' | '-')
}

fn layout(snapshot: &Snapshot, map_size: (f64, f64), px_per_km: Option<f64>, words: &Messages) -> Layout {
    let (w, h) = (map_size.0.max(1.0), map_size.1.max(1.0));
    let width = (w + 2.0 * MARGIN).max(MIN_WIDTH).ceil();
    let mut lines = Vec::new();
    let mut marks = Vec::new();

    let mut head = Flow { x: MARGIN, width: width - 2.0 * MARGIN, y: MARGIN, lines: &mut lines };
    head.text(Style::Title, &words.text("atlas-title"), 0.0);
    head.space(2.0);
    head.text(Style::Date, &snapshot.date_words, 0.0);
    if let Some(event) = &snapshot.event {
        head.text(Style::Event, event, 0.0);
    }
    head.space(8.0);
    let map = Rect { x: ((width - w) / 2.0).floor(), y: head.y.ceil(), width: w, height: h };

    // The band below the map: the key, the sources, the map data, each put
    // in the column that ends highest.
    let top = map.y + h + 20.0;
    let columns = ((width - 2.0 * MARGIN + GAP) / (COLUMN_MIN + GAP)).floor().clamp(1.0, 3.0) as usize;
    let column_width = (width - 2.0 * MARGIN - (columns as f64 - 1.0) * GAP) / columns as f64;
    let mut ends = vec![top; columns];
    let next_column = |ends: &[f64]| (0..columns).min_by(|&a, &b| ends[a].total_cmp(&ends[b])).unwrap_or(0);

    let c = next_column(&ends);
    let mut key = Flow { x: MARGIN + c as f64 * (column_width + GAP), width: column_width, y: ends[c], lines: &mut lines };
    key.text(Style::Heading, &words.text("key-title"), 0.0);
    key.space(2.0);
    for LegendEntry { swatch, label } in &snapshot.legend {
        let row_top = key.y;
        key.space((SWATCH.1 - Style::Body.px()) / 2.0);
        key.text(Style::Body, label, SWATCH_TEXT);
        marks.push(Mark::Swatch(Rect { x: key.x, y: row_top, width: SWATCH.0, height: SWATCH.1 }, swatch.clone()));
        key.y = key.y.max(row_top + SWATCH.1) + 4.0;
    }
    if let Some(bar) = px_per_km.and_then(|p| scale_bar(p, (column_width - 80.0).min(160.0))) {
        key.space(2.0);
        marks.push(Mark::ScaleBar(Rect { x: key.x, y: key.y, width: bar.px, height: 8.0 }));
        let label = distance_label(bar.km, words);
        key.lines.push(Line { x: key.x + bar.px + 8.0, y: key.y + 10.0, style: Style::Body, text: label });
        key.space(16.0);
    }
    key.space(2.0);
    key.text(Style::Note, &words.text("key-boundaries-approximate"), 0.0);
    ends[c] = key.y;

    let blocks: [(String, &[String], String, Option<&String>); 2] = [
        (words.text("print-sources"), &snapshot.sources, words.text("print-no-source"), None),
        (words.text("print-map-data"), &snapshot.attribution, words.text("print-no-map-source"), snapshot.attribution_note.as_ref()),
    ];
    for (heading, items, none, note) in blocks {
        let c = next_column(&ends);
        let y = if ends[c] > top { ends[c] + 14.0 } else { ends[c] };
        let mut flow = Flow { x: MARGIN + c as f64 * (column_width + GAP), width: column_width, y, lines: &mut lines };
        flow.text(Style::Heading, &heading, 0.0);
        flow.space(2.0);
        if let Some(note) = note {
            flow.text(Style::Note, note, 0.0);
            flow.space(3.0);
        }
        if items.is_empty() {
            flow.text(Style::Body, &none, 0.0);
        }
        for item in items {
            flow.text(Style::Body, item, 0.0);
            flow.space(3.0);
        }
        ends[c] = flow.y;
    }
    let height = (ends.iter().copied().fold(top, f64::max) + MARGIN).ceil();
    Layout { width, height, map, lines, marks }
}

/// The standalone SVG document of the view: `snapshot`'s texts around the
/// map, with the handout's own words from `words` (the language `snapshot`
/// was made in). In a right-to-left language the bands mirror, as the page
/// does; the map does not.
pub fn svg_document(snapshot: &Snapshot, map: &MapPicture, words: &Messages) -> SvgDocument {
    let Layout { width, height, map: at, mut lines, mut marks } = layout(snapshot, (map.width, map.height), map.px_per_km, words);
    let language = words.language();
    if language.is_right_to_left() {
        mirror(width, &mut lines, &mut marks);
    }
    // Right to left, a line's `x` is its right end: where a line in that
    // script starts, and where one in another (a licence in English) ends.
    let direction = |text: &str| match (language.is_right_to_left(), starts_right_to_left(text)) {
        (false, _) => "",
        (true, true) => r#" direction="rtl""#,
        (true, false) => r#" direction="ltr" text-anchor="end""#,
    };
    let font_px = map.font_px.filter(|px| px.is_finite() && *px > 0.0);
    // Values in em are the map's font size times that, written out in pixels.
    let variables: Vec<(String, String)> = map
        .variables
        .iter()
        .map(|(name, value)| {
            let em = value.trim().strip_suffix("em").and_then(|n| n.trim().parse::<f64>().ok());
            match (em, font_px) {
                (Some(em), Some(px)) => (name.clone(), format!("{:.2}px", em * px)),
                _ => (name.clone(), value.clone()),
            }
        })
        .collect();
    let colour = |name: &str, default: &str| escape(&variable(name, &variables).unwrap_or_else(|| default.to_owned()));
    let mut svg = String::with_capacity(map.markup.len() + 8192);
    let _ = write!(
        svg,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xml:lang="{}" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" aria-labelledby="handout-title handout-desc" font-family="{FONT}">
<title id="handout-title">{} — {}</title>
<desc id="handout-desc">{}</desc>
<style>{}{}</style>
"#,
        language.code(),
        escape(&words.text("atlas-title")),
        escape(&snapshot.date_words),
        escape(&description(snapshot, words)),
        font_faces(map.fonts),
        escape(&map_style(&variables)),
    );
    svg.push_str(&key_patterns(&snapshot.legend));
    let _ = writeln!(svg, r##"<rect width="{width}" height="{height}" fill="#ffffff"/>"##);
    let _ = write!(
        svg,
        r#"<svg x="{}" y="{}" width="{}" height="{}" viewBox="0 0 {} {}" overflow="hidden"{}><rect width="{}" height="{}" fill="{}"/>"#,
        at.x,
        at.y,
        at.width,
        at.height,
        at.width,
        at.height,
        font_px.map_or(String::new(), |px| format!(r#" font-size="{px:.2}px""#)),
        at.width,
        at.height,
        colour("--paper", "#f3efe6"),
    );
    svg.push_str(map.markup);
    let _ = writeln!(svg, "</svg>");
    let _ =
        writeln!(svg, r##"<rect x="{}" y="{}" width="{}" height="{}" fill="none" stroke="#8c8578"/>"##, at.x, at.y, at.width, at.height);
    let _ = writeln!(svg, r#"<g fill="{INK}">"#);
    for line in &lines {
        let _ = writeln!(
            svg,
            r#"<text x="{:.1}" y="{:.1}" font-size="{}"{}{}>{}</text>"#,
            line.x,
            line.y,
            line.style.px(),
            line.style.attributes(),
            direction(&line.text),
            escape(&line.text)
        );
    }
    let _ = writeln!(svg, "</g>");
    for mark in &marks {
        match mark {
            Mark::Swatch(r, swatch) => {
                let (base, over) = match swatch {
                    Swatch::Holder { colour, pattern } => {
                        (escape(colour), (*pattern != Pattern::Solid).then(|| format!("handout-pattern-{}", pattern.name())))
                    }
                    Swatch::Approximate => (colour("--province", "#f7e7c4"), Some("handout-approximate".to_owned())),
                    Swatch::Contested { .. } => (colour("--province", "#f7e7c4"), Some("handout-contest".to_owned())),
                    Swatch::Unknown => (colour("--unknown", "#ebe6da"), None),
                };
                let _ = write!(
                    svg,
                    r##"<rect x="{:.1}" y="{:.1}" width="{}" height="{}" fill="{base}" stroke="#a39e92"/>"##,
                    r.x, r.y, r.width, r.height
                );
                if let Some(id) = over {
                    let _ =
                        write!(svg, r#"<rect x="{:.1}" y="{:.1}" width="{}" height="{}" fill="url(#{id})"/>"#, r.x, r.y, r.width, r.height);
                }
                svg.push('\n');
            }
            Mark::ScaleBar(r) => {
                let _ = writeln!(
                    svg,
                    r#"<path d="M{:.1} {:.1} V{:.1} H{:.1} V{:.1}" fill="none" stroke="{INK}" stroke-width="2"/>"#,
                    r.x,
                    r.y,
                    r.y + r.height,
                    r.x + r.width,
                    r.y
                );
            }
        }
    }
    svg.push_str("</svg>\n");
    SvgDocument { text: svg, width, height }
}

/// The bands of a document `width` wide, mirrored for a right-to-left
/// language: each line then starts at the mirror of its left edge (written
/// with `direction="rtl"`), each mark takes the mirror of its box.
fn mirror(width: f64, lines: &mut [Line], marks: &mut [Mark]) {
    for line in lines {
        line.x = width - line.x;
    }
    for mark in marks {
        let (Mark::Swatch(r, _) | Mark::ScaleBar(r)) = mark;
        r.x = width - r.x - r.width;
    }
}

/// Whether the first letter of `text` with a direction of its own is of a
/// right-to-left script (Arabic, as Uyghur is written, or Hebrew): the
/// direction a paragraph takes, as the Unicode bidirectional algorithm
/// reads it.
fn starts_right_to_left(text: &str) -> bool {
    text.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}'))
}

/// What the picture shows, for `<desc>`.
fn description(snapshot: &Snapshot, words: &Messages) -> String {
    let mut parts = vec![words.text_with("export-description", &[("date", snapshot.date_words.as_str().into())])];
    if let Some(event) = &snapshot.event {
        parts.push(words.text_with("export-description-event", &[("event", event.as_str().into())]));
    }
    if !snapshot.legend.is_empty() {
        let key = snapshot.legend.iter().map(|e| e.label.as_str()).collect::<Vec<_>>().join("; ");
        parts.push(words.text_with("export-description-key", &[("key", key.into())]));
    }
    parts.push(words.text("key-boundaries-approximate"));
    parts.join(" ")
}

/// The key's fill patterns in pixels (the same shapes as the map's, see
/// `src/view/zone_layer.rs`), with ids of their own.
fn key_patterns(legend: &[LegendEntry]) -> String {
    let pattern = |id: &str, size: u32, extra: &str, body: &str| {
        format!(r#"<pattern id="handout-{id}" patternUnits="userSpaceOnUse" width="{size}" height="{size}"{extra}>{body}</pattern>"#)
    };
    let mut defs = String::from("<defs>");
    defs.push_str(&pattern("pattern-hatch", 10, "", r#"<path class="pattern-ink" d="M0 10 L10 0" stroke-width="1.6"/>"#));
    defs.push_str(&pattern("pattern-stripes", 10, "", r#"<path class="pattern-ink" d="M0 5 H10" stroke-width="1.6"/>"#));
    defs.push_str(&pattern("pattern-cross", 10, "", r#"<path class="pattern-ink" d="M0 5 H10 M5 0 V10" stroke-width="1.2"/>"#));
    defs.push_str(&pattern("pattern-dots", 10, "", r#"<circle class="pattern-dot" cx="5" cy="5" r="1.6"/>"#));
    defs.push_str(&pattern("approximate", 10, "", r#"<rect class="pattern-veil" width="10" height="10"/>"#));
    if let Some(colour) = legend.iter().find_map(|e| if let Swatch::Contested { colour, .. } = &e.swatch { Some(colour) } else { None }) {
        let body =
            format!(r#"<rect width="6" height="14" fill="{}"/><rect x="6" width="1.2" height="14" class="pattern-edge"/>"#, escape(colour));
        defs.push_str(&pattern("contest", 14, r#" patternTransform="rotate(45)""#, &body));
    }
    defs.push_str("</defs>\n");
    defs
}

/// Text made safe for XML content and attribute values: markup characters
/// escaped, control characters XML does not allow left out, line breaks
/// made spaces.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if u32::from(c) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    const HOSTILE: &str = "<script>alert(1)</script> & \"quoted\" 'it' ]]> \u{0}\u{1b}";

    fn snapshot(text: &str) -> Snapshot {
        Snapshot {
            date: Date::new(1945, 9, 15).unwrap(),
            date_words: "15 September 1945".into(),
            event: Some(format!("Pamir rebels take Igiz-Yar {text}")),
            legend: vec![
                LegendEntry {
                    swatch: Swatch::Holder { colour: "#DDA23F".into(), pattern: Pattern::Solid },
                    label: "Held by East Turkestan Republic".into(),
                },
                LegendEntry {
                    swatch: Swatch::Holder { colour: "#599B9D".into(), pattern: Pattern::Dots },
                    label: format!("Held by Republic of China {text}"),
                },
                LegendEntry { swatch: Swatch::Approximate, label: "Paler: control approximate".into() },
                LegendEntry {
                    swatch: Swatch::Contested { actor: "pla".into(), colour: "#c0392b\"><x>".into() },
                    label: "Striped: contested, in the other side's colour".into(),
                },
                LegendEntry { swatch: Swatch::Unknown, label: "No information".into() },
            ],
            sources: vec![
                "Encyclopedia article “Ili National Army”, section “Regiments and campaigns”".into(),
                format!("Encyclopedia article “Second East Turkestan Republic”, sections “Lead”, “National Army” {text}"),
            ],
            attribution_note: None,
            attribution: vec![
                "Natural Earth 4.1.0 (via world-atlas 2.0.2) — public domain (package: ISC)".into(),
                format!("echarts 4.9.0 China map — Apache-2.0 (package); the map data's own origin is not stated {text}"),
            ],
        }
    }

    const MARKUP: &str =
        r#"<g xmlns="http://www.w3.org/2000/svg" class="geometry"><path class="feature province" d="M0 0 L100 0 L100 100 Z"/></g>"#;

    fn document(snapshot: &Snapshot, size: (f64, f64)) -> SvgDocument {
        svg_document(
            snapshot,
            &MapPicture { markup: MARKUP, width: size.0, height: size.1, variables: &[], px_per_km: Some(0.5), font_px: None, fonts: &[] },
            &Messages::english(),
        )
    }

    /// The text of every `<text>` element, in document order.
    fn texts(doc: &roxmltree::Document) -> Vec<String> {
        doc.descendants().filter(|n| n.has_tag_name("text")).map(|n| n.text().unwrap_or("").to_owned()).collect()
    }

    #[test]
    fn the_document_is_well_formed_xml_with_title_desc_and_namespace() {
        let svg = document(&snapshot(""), (1024.0, 600.0));
        let doc = roxmltree::Document::parse(&svg.text).unwrap_or_else(|e| panic!("{e}\n{}", svg.text));
        let root = doc.root_element();
        assert_eq!(root.tag_name().namespace(), Some("http://www.w3.org/2000/svg"));
        assert_eq!(root.attribute("width"), Some(svg.width.to_string().as_str()));
        let title = root.children().find(|n| n.has_tag_name("title")).expect("a title").text().unwrap();
        assert!(title.contains("Ili Rebellion") && title.contains("15 September 1945"), "{title}");
        let desc = root.children().find(|n| n.has_tag_name("desc")).expect("a desc").text().unwrap();
        assert!(desc.contains("Held by East Turkestan Republic") && desc.contains("approximate"), "{desc}");
        assert!(doc.descendants().any(|n| n.has_tag_name("style")), "the map's rules travel with it");
        assert!(doc.descendants().any(|n| n.attribute("class") == Some("feature province")), "the map as given");
    }

    #[test]
    fn the_band_says_the_date_the_event_the_key_the_sources_and_the_caveat() {
        let svg = document(&snapshot(""), (1024.0, 600.0));
        let doc = roxmltree::Document::parse(&svg.text).unwrap();
        let all = texts(&doc).join(" ");
        for wanted in [
            "The Ili Rebellion and the East Turkestan Republic, 1944–1949",
            "15 September 1945",
            "Pamir rebels take Igiz-Yar",
            "Held by East Turkestan Republic",
            "Held by Republic of China",
            "No information",
            "Regiments and campaigns",
            "Natural Earth",
            "public domain",
            "200 km",
            "Boundaries are approximate reconstructions",
        ] {
            assert!(all.contains(wanted), "{wanted:?} missing from {all}");
        }
    }

    #[test]
    fn hostile_text_is_escaped_and_the_document_stays_well_formed() {
        let svg = document(&snapshot(HOSTILE), (800.0, 500.0));
        let doc = roxmltree::Document::parse(&svg.text).unwrap_or_else(|e| panic!("{e}"));
        assert!(!doc.descendants().any(|n| n.has_tag_name("script") || n.has_tag_name("x")), "no element from the data");
        let band = &svg.text[svg.text.find("</style>").unwrap()..];
        assert!(!band.contains("<script") && !band.contains("<x>"), "no unescaped < from the data");
        assert!(!svg.text.contains('\u{0}') && !svg.text.contains('\u{1b}'));
        let all = texts(&doc).join(" ");
        assert!(all.contains("<script>alert(1)</script>"), "shown as text: {all}");
    }

    #[test]
    fn nothing_overlaps_and_everything_lies_inside_at_any_size() {
        let long = "a very long source line that has to wrap over several lines of its column ".repeat(6);
        for size in [(1920.0, 880.0), (1024.0, 560.0), (700.0, 400.0), (390.0, 500.0), (10.0, 10.0)] {
            for text in ["", long.as_str(), "Supercalifragilisticexpialidocious-without-any-space-at-all-in-it-whatsoever-at-all"] {
                let s = snapshot(text);
                let l = layout(&s, size, Some(0.7), &Messages::english());
                let mut boxes: Vec<(String, Rect)> = l.lines.iter().map(|line| (line.text.clone(), line.bounds())).collect();
                boxes.extend(l.marks.iter().map(|m| match m {
                    Mark::Swatch(r, _) | Mark::ScaleBar(r) => ("mark".to_owned(), *r),
                }));
                for (name, b) in &boxes {
                    assert!(!b.overlaps(&l.map), "{name} over the map at {size:?}");
                    assert!(
                        b.x >= 0.0 && b.y >= 0.0 && b.x + b.width <= l.width + 0.5 && b.y + b.height <= l.height,
                        "{name} outside at {size:?}: {b:?}"
                    );
                }
                for (i, (a, ra)) in boxes.iter().enumerate() {
                    for (b, rb) in &boxes[i + 1..] {
                        assert!(!ra.overlaps(rb), "{a:?} overlaps {b:?} at {size:?}");
                    }
                }
                assert!(l.map.x >= 0.0 && l.map.x + l.map.width <= l.width && l.map.y + l.map.height <= l.height);
            }
        }
    }

    #[test]
    fn long_lines_wrap_at_word_breaks_and_inside_overlong_words() {
        let lines = wrap("one two three four five six seven eight nine ten", 12.5, 100.0);
        assert!(lines.len() > 2 && lines.iter().all(|l| text_width(l, 12.5) <= 100.0), "{lines:?}");
        assert_eq!(lines.join(" "), "one two three four five six seven eight nine ten");
        let cut = wrap(&"x".repeat(100), 12.5, 100.0);
        assert!(cut.len() > 5 && cut.iter().all(|l| text_width(l, 12.5) <= 100.0), "{cut:?}");
        assert_eq!(cut.concat(), "x".repeat(100));
    }

    #[test]
    fn chinese_lines_break_between_characters_not_inside_english_words() {
        let text = "百科全书条目《Second East Turkestan Republic》，章节“Lead”、“Background”、“Ili Rebellion”、“Formation of the Coalition Government”";
        let lines = wrap(text, 12.5, 200.0);
        assert!(lines.iter().all(|l| text_width(l, 12.5) <= 200.0), "{lines:?}");
        for word in ["Background", "Rebellion", "Formation", "Coalition", "Government"] {
            assert!(lines.iter().any(|l| l.contains(word)), "{word} is cut: {lines:?}");
        }
        assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""));
    }

    #[test]
    fn a_wide_map_puts_the_key_sources_and_map_data_side_by_side() {
        let l = layout(&snapshot(""), (1600.0, 800.0), None, &Messages::english());
        let heading_x: Vec<f64> = l.lines.iter().filter(|l| l.style == Style::Heading).map(|l| l.x).collect();
        assert_eq!(heading_x.len(), 3);
        assert!(heading_x[0] < heading_x[1] && heading_x[1] < heading_x[2], "{heading_x:?}");
    }

    #[test]
    fn labels_sized_from_the_map_s_font_keep_their_size() {
        let variables = [("--label-size".to_owned(), "1em".to_owned())];
        let picture = MapPicture {
            markup: MARKUP,
            width: 800.0,
            height: 500.0,
            variables: &variables,
            px_per_km: None,
            font_px: Some(14.5),
            fonts: &[],
        };
        let svg = svg_document(&snapshot(""), &picture, &Messages::english()).text;
        assert!(
            svg.contains(".place-label, .edge-label { font-size: 14.50px;") && svg.contains(".range-label { font-size: 11.60px;"),
            "{svg}"
        );
        assert!(svg.contains(r#"font-size="14.50px""#), "the map's own font size: {svg}");
    }

    /// The interface's words in `language`, as the app reads them.
    fn words_in(language: Language) -> Messages {
        let file = crate::i18n::messages::file_of(language);
        let text = std::fs::read_to_string(format!("{}/../{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        Messages::parse(language, &file, &text, Some(Messages::english())).unwrap()
    }

    #[test]
    fn right_to_left_the_bands_mirror_and_still_nothing_overlaps() {
        let words = words_in(Language::Uyghur);
        for size in [(1920.0, 880.0), (700.0, 400.0), (390.0, 500.0)] {
            let mut l = layout(&snapshot(""), size, Some(0.7), &words);
            let left_to_right = l.clone();
            mirror(l.width, &mut l.lines, &mut l.marks);
            // A mirrored line starts at its x and runs left.
            let mut boxes: Vec<(String, Rect)> = l
                .lines
                .iter()
                .map(|line| {
                    let b = line.bounds();
                    (line.text.clone(), Rect { x: b.x - b.width, ..b })
                })
                .collect();
            boxes.extend(l.marks.iter().map(|m| match m {
                Mark::Swatch(r, _) | Mark::ScaleBar(r) => ("mark".to_owned(), *r),
            }));
            for (i, (a, ra)) in boxes.iter().enumerate() {
                assert!(ra.x >= 0.0 && ra.x + ra.width <= l.width + 0.5, "{a} outside at {size:?}: {ra:?}");
                assert!(!ra.overlaps(&l.map), "{a} over the map at {size:?}");
                for (b, rb) in &boxes[i + 1..] {
                    assert!(!ra.overlaps(rb), "{a:?} overlaps {b:?} at {size:?}");
                }
            }
            // The title starts at the right margin; the map stays where it was.
            assert_eq!(l.lines[0].x, l.width - MARGIN);
            assert_eq!(l.map, left_to_right.map);
        }
        let svg = svg_document(
            &snapshot(""),
            &MapPicture { markup: MARKUP, width: 800.0, height: 500.0, variables: &[], px_per_km: None, font_px: None, fonts: &[] },
            &words,
        );
        let doc = roxmltree::Document::parse(&svg.text).unwrap();
        assert_eq!(doc.root_element().attribute(("http://www.w3.org/XML/1998/namespace", "lang")), Some("ug"));
        let band: Vec<roxmltree::Node> = doc
            .root_element()
            .children()
            .filter(|n| n.has_tag_name("g"))
            .flat_map(|g| g.children())
            .filter(|n| n.has_tag_name("text"))
            .collect();
        let mut checked = (0, 0);
        for text in band {
            let (content, direction) = (text.text().unwrap_or(""), text.attribute("direction"));
            // The snapshot's English lines stay left to right, ending at the right margin.
            if content.starts_with("Natural Earth") || content.starts_with("Held by") {
                assert_eq!((direction, text.attribute("text-anchor")), (Some("ltr"), Some("end")), "{content}");
                checked.0 += 1;
            } else if content == words.text("key-title") {
                assert_eq!(direction, Some("rtl"), "{content}");
                checked.1 += 1;
            }
        }
        assert!(checked.0 >= 2 && checked.1 == 1, "{checked:?}");
        assert!(starts_right_to_left("«ئىلى» 1944") && !starts_right_to_left("1944 «Ili»") && !starts_right_to_left(""));
    }

    #[test]
    fn the_handout_s_own_words_are_in_its_language() {
        let words = words_in(Language::Russian);
        // As `Snapshot::new` makes it in another language than English.
        let s = Snapshot { attribution_note: Some(words.text("about-in-english")), ..snapshot("") };
        let svg = document_in(&s, &words);
        let doc = roxmltree::Document::parse(&svg.text).unwrap();
        let all = texts(&doc).join(" ");
        for id in ["atlas-title", "key-title", "key-boundaries-approximate", "print-sources", "print-map-data", "about-in-english"] {
            let wanted = words.text(id);
            assert!(all.contains(&wanted), "{id} ({wanted}) missing from {all}");
        }
        assert!(!all.contains("Key") && !all.contains("Boundaries are"), "English left in {all}");
        let desc = doc.descendants().find(|n| n.has_tag_name("desc")).and_then(|n| n.text()).unwrap();
        assert!(desc.starts_with("Карта"), "{desc}");
        assert_eq!(doc.root_element().attribute(("http://www.w3.org/XML/1998/namespace", "lang")), Some("ru"));
    }

    fn document_in(snapshot: &Snapshot, words: &Messages) -> SvgDocument {
        svg_document(
            snapshot,
            &MapPicture { markup: MARKUP, width: 1024.0, height: 600.0, variables: &[], px_per_km: Some(0.5), font_px: None, fonts: &[] },
            words,
        )
    }

    #[test]
    fn file_names_carry_the_date() {
        assert_eq!(file_name(Date::new(1945, 9, 15).unwrap(), "png"), "ili-atlas-1945-09-15.png");
    }
}
