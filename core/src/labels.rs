//! Label placement without overlaps, in screen pixels.
//!
//! Greedy, by priority: each label tries a few positions around its anchor
//! (right, left, above, below, then the diagonals) and takes the first that
//! stays on screen and overlaps nothing placed before it, nor any marker.
//! A label with no free position is left out; its place keeps its marker and
//! its name stays reachable through the place card.

/// An axis-aligned rectangle in screen pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.x + other.width && other.x < self.x + self.width && self.y < other.y + other.height && other.y < self.y + self.height
    }

    fn inside(&self, width: f64, height: f64) -> bool {
        self.x >= 0.0 && self.y >= 0.0 && self.x + self.width <= width && self.y + self.height <= height
    }

    /// The square around a circle.
    pub fn around(center: (f64, f64), radius: f64) -> Rect {
        Rect { x: center.0 - radius, y: center.1 - radius, width: 2.0 * radius, height: 2.0 * radius }
    }
}

/// A label that would like to be drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelRequest {
    pub id: String,
    /// Where the labelled thing is, in screen pixels.
    pub anchor: (f64, f64),
    /// The text's box size, in pixels.
    pub size: (f64, f64),
    /// Gap between the anchor and the text, in pixels (e.g. the marker's radius).
    pub gap: f64,
    /// Higher goes first.
    pub priority: u32,
    /// An area's name (a region): centred on the anchor, nowhere else.
    pub centred: bool,
    /// A label that must show (Ghulja, Dihua…) may cover other places'
    /// markers, though never another label or a reserved area.
    pub essential: bool,
}

/// Where the text goes: the box it fills and how SVG should anchor it.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedLabel {
    pub id: String,
    pub rect: Rect,
    /// `text-anchor` value: "start", "middle" or "end".
    pub text_anchor: &'static str,
    /// The point to give SVG's `x`/`y` (baseline, with `text_anchor`).
    pub text_at: (f64, f64),
    /// For a label set further out: a line from the anchor to the label's
    /// nearest edge, so the eye can tell which marker it names.
    pub leader: Option<((f64, f64), (f64, f64))>,
}

/// Places as many labels as fit without overlapping each other, the `hard`
/// obstacles (areas covered by controls), or, unless essential, the `soft`
/// ones (markers).
pub fn place_labels(requests: &[LabelRequest], screen: (f64, f64), hard: &[Rect], soft: &[Rect]) -> Vec<PlacedLabel> {
    let mut order: Vec<&LabelRequest> = requests.iter().collect();
    order.sort_by(|a, b| b.priority.cmp(&a.priority).then_with(|| a.id.cmp(&b.id)));
    let mut placed: Vec<PlacedLabel> = Vec::new();
    for request in order {
        let found = candidates(request).into_iter().enumerate().find(|(_, (rect, _, _))| {
            rect.inside(screen.0, screen.1)
                && !placed.iter().any(|p| p.rect.overlaps(rect))
                && !hard.iter().any(|o| o.overlaps(rect))
                && (request.essential || !soft.iter().any(|o| o.overlaps(rect)))
        });
        if let Some((index, (rect, text_anchor, text_at))) = found {
            let leader = (index >= NEAR_CANDIDATES).then(|| (request.anchor, nearest_point(&rect, request.anchor)));
            placed.push(PlacedLabel { id: request.id.clone(), rect, text_anchor, text_at, leader });
        }
    }
    placed
}

/// How many candidates sit right by the anchor; the rest need a leader line.
const NEAR_CANDIDATES: usize = 8;

/// The point of `rect` closest to `p`.
fn nearest_point(rect: &Rect, p: (f64, f64)) -> (f64, f64) {
    (p.0.clamp(rect.x, rect.x + rect.width), p.1.clamp(rect.y, rect.y + rect.height))
}

/// Candidate boxes around the anchor, best first: close in, then one
/// line-height further out.
fn candidates(r: &LabelRequest) -> Vec<(Rect, &'static str, (f64, f64))> {
    let (ax, ay) = r.anchor;
    let (w, h) = r.size;
    // Baseline sits about a fifth of the box above its bottom edge.
    let baseline = |top: f64| top + h * 0.8;
    if r.centred {
        let centre = Rect { x: ax - w / 2.0, y: ay - h / 2.0, width: w, height: h };
        return vec![(centre, "middle", (ax, baseline(centre.y)))];
    }
    let mut all = ring(r.anchor, r.size, r.gap);
    all.extend(ring(r.anchor, r.size, r.gap + h * 0.9));
    all
}

fn ring((ax, ay): (f64, f64), (w, h): (f64, f64), g: f64) -> Vec<(Rect, &'static str, (f64, f64))> {
    let baseline = |top: f64| top + h * 0.8;
    let right = Rect { x: ax + g, y: ay - h / 2.0, width: w, height: h };
    let left = Rect { x: ax - g - w, y: ay - h / 2.0, width: w, height: h };
    let above = Rect { x: ax - w / 2.0, y: ay - g - h, width: w, height: h };
    let below = Rect { x: ax - w / 2.0, y: ay + g, width: w, height: h };
    let upper_right = Rect { x: ax + g * 0.7, y: ay - g * 0.7 - h, width: w, height: h };
    let lower_right = Rect { x: ax + g * 0.7, y: ay + g * 0.7, width: w, height: h };
    let upper_left = Rect { x: ax - g * 0.7 - w, y: ay - g * 0.7 - h, width: w, height: h };
    let lower_left = Rect { x: ax - g * 0.7 - w, y: ay + g * 0.7, width: w, height: h };
    vec![
        (right, "start", (right.x, baseline(right.y))),
        (left, "end", (left.x + w, baseline(left.y))),
        (above, "middle", (ax, baseline(above.y))),
        (below, "middle", (ax, baseline(below.y))),
        (upper_right, "start", (upper_right.x, baseline(upper_right.y))),
        (lower_right, "start", (lower_right.x, baseline(lower_right.y))),
        (upper_left, "end", (upper_left.x + w, baseline(upper_left.y))),
        (lower_left, "end", (lower_left.x + w, baseline(lower_left.y))),
    ]
}

/// A cautious estimate of a text's width in pixels at `font_px`, by script:
/// wide enough that estimated boxes never underlap the rendered text. The
/// figures are those of the widest common sans-serif at the labels' weight
/// (600, which a font without a semibold face draws bold): DejaVu Sans Bold,
/// the default on Linux, runs about a fifth wider than Segoe UI or Helvetica.
/// `tests/e2e/map.test.mjs` checks the rendered labels in every language.
pub fn text_width(text: &str, font_px: f64) -> f64 {
    let em: f64 = text
        .chars()
        .map(|c| match c {
            ' ' => 0.35,
            'i' | 'l' | 'j' | 't' | 'f' | 'r' | '.' | ',' | '\'' | '(' | ')' => 0.5,
            'm' | 'w' | 'M' | 'W' => 1.05,
            c if c.is_ascii_uppercase() => 0.84,
            c if c.is_ascii() => 0.72,
            '\u{0400}'..='\u{04FF}' => 0.8,
            '\u{0600}'..='\u{06FF}' | '\u{FB50}'..='\u{FEFF}' => 0.72,
            '\u{2E80}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' => 1.15,
            _ => 0.8,
        })
        .sum();
    em * font_px
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(id: &str, anchor: (f64, f64), priority: u32) -> LabelRequest {
        LabelRequest { id: id.into(), anchor, size: (60.0, 16.0), gap: 6.0, priority, centred: false, essential: false }
    }

    fn assert_no_overlaps(placed: &[PlacedLabel]) {
        for (i, a) in placed.iter().enumerate() {
            for b in &placed[i + 1..] {
                assert!(!a.rect.overlaps(&b.rect), "{} overlaps {}", a.id, b.id);
            }
        }
    }

    #[test]
    fn a_lone_label_goes_to_the_right_of_its_anchor() {
        let placed = place_labels(&[request("a", (100.0, 100.0), 1)], (400.0, 300.0), &[], &[]);
        assert_eq!(placed[0].text_anchor, "start");
        assert_eq!(placed[0].rect.x, 106.0);
        assert_eq!(placed[0].leader, None);
    }

    #[test]
    fn a_label_pushed_further_out_gets_a_leader_line() {
        // Block all eight close positions with a ring of soft obstacles.
        let close = Rect { x: 30.0, y: 84.0, width: 140.0, height: 32.0 };
        let placed = place_labels(&[request("a", (100.0, 100.0), 1)], (400.0, 300.0), &[close], &[]);
        let (from, to) = placed[0].leader.expect("a leader line");
        assert_eq!(from, (100.0, 100.0));
        assert!(placed[0].rect.x <= to.0 && to.0 <= placed[0].rect.x + placed[0].rect.width);
    }

    #[test]
    fn a_label_at_the_right_edge_flips_to_the_left() {
        let placed = place_labels(&[request("a", (390.0, 100.0), 1)], (400.0, 300.0), &[], &[]);
        assert_eq!(placed[0].text_anchor, "end");
    }

    #[test]
    fn crowded_labels_never_overlap_and_the_important_one_wins() {
        let requests: Vec<LabelRequest> =
            (0..40).map(|i| request(&format!("p{i:02}"), (100.0 + f64::from(i % 5) * 8.0, 100.0 + f64::from(i / 5) * 6.0), i)).collect();
        let placed = place_labels(&requests, (400.0, 300.0), &[], &[]);
        assert_no_overlaps(&placed);
        assert!(placed.iter().any(|p| p.id == "p39"), "the highest priority label is placed");
        assert!(placed.len() < requests.len(), "some labels must give way");
    }

    #[test]
    fn labels_avoid_obstacles() {
        let obstacle = Rect { x: 100.0, y: 80.0, width: 200.0, height: 40.0 };
        let placed = place_labels(&[request("a", (95.0, 100.0), 1)], (400.0, 300.0), &[obstacle], &[]);
        assert!(!placed[0].rect.overlaps(&obstacle));
    }

    #[test]
    fn an_essential_label_may_cover_a_marker_but_not_a_control() {
        let marker = Rect { x: 100.0, y: 80.0, width: 200.0, height: 40.0 };
        let mut r = request("a", (95.0, 100.0), 1);
        r.essential = true;
        let placed = place_labels(&[r.clone()], (400.0, 300.0), &[], &[marker]);
        assert_eq!(placed[0].text_anchor, "start", "the best position, over the marker");
        let placed = place_labels(&[r], (400.0, 300.0), &[marker], &[]);
        assert!(!placed[0].rect.overlaps(&marker));
    }

    #[test]
    fn an_area_name_is_centred_or_left_out() {
        let mut r = request("region", (200.0, 150.0), 1);
        r.centred = true;
        let placed = place_labels(&[r.clone()], (400.0, 300.0), &[], &[]);
        assert_eq!((placed[0].text_anchor, placed[0].rect.x), ("middle", 170.0));
        let blocked = Rect { x: 190.0, y: 140.0, width: 20.0, height: 20.0 };
        assert!(place_labels(&[r], (400.0, 300.0), &[blocked], &[]).is_empty());
    }

    #[test]
    fn wide_scripts_are_estimated_wider() {
        assert!(text_width("迪化", 16.0) > text_width("ab", 16.0));
        assert!(text_width("Dihua", 16.0) > 40.0);
    }
}
