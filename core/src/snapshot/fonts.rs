//! The atlas's Chinese font inside an exported picture. A picture opened
//! alone, or drawn into a PNG, cannot reach the page's web font, and many
//! machines have no Chinese font of their own: the picture carries the
//! pieces of the font (`assets/fonts/cjk.css`) that hold the characters it
//! shows, as `data:` addresses.

use std::fmt::Write;

/// The font's family name, as `assets/fonts/cjk.css` and `atlas.css` call it.
pub const FONT_FAMILY: &str = "Atlas Noto Sans SC";

/// A piece of the font as `cjk.css` lists it: its file (next to the style
/// sheet) and the characters it holds.
#[derive(Clone, Debug, PartialEq)]
pub struct FontPiece {
    pub file: String,
    /// As CSS writes it: `U+4E00,U+4E09-4E0B`.
    pub unicode_range: String,
    ranges: Vec<(u32, u32)>,
}

impl FontPiece {
    fn holds(&self, c: char) -> bool {
        self.ranges.iter().any(|&(a, b)| (a..=b).contains(&u32::from(c)))
    }
}

/// A piece's bytes, to be written into a picture.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbeddedFont {
    pub unicode_range: String,
    pub woff2: Vec<u8>,
}

/// The pieces `css` lists; a rule it cannot read (which the build never
/// writes) is left out.
///
/// ```
/// use atlas_core::snapshot::fonts::{font_pieces, pieces_for};
/// let css = r#"@font-face { font-family: "Atlas Noto Sans SC"; src: url("cjk-1.woff2") format("woff2"); unicode-range: U+8FEA,U+5316; }"#;
/// let pieces = font_pieces(css);
/// assert_eq!(pieces_for(&pieces, "迪化 Dihua").len(), 1);
/// assert!(pieces_for(&pieces, "Dihua").is_empty());
/// ```
pub fn font_pieces(css: &str) -> Vec<FontPiece> {
    css.split("@font-face").skip(1).filter_map(piece).collect()
}

fn piece(rule: &str) -> Option<FontPiece> {
    let file = rule.split("url(\"").nth(1)?.split('"').next()?;
    let safe_name = file.ends_with(".woff2") && file.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.');
    let range = rule.split("unicode-range:").nth(1)?.split([';', '}']).next()?.trim();
    let ranges = range
        .split(',')
        .map(|part| {
            let part = part.trim().strip_prefix("U+").or_else(|| part.trim().strip_prefix("u+"))?;
            let (a, b) = part.split_once('-').unwrap_or((part, part));
            Some((u32::from_str_radix(a, 16).ok()?, u32::from_str_radix(b, 16).ok()?))
        })
        .collect::<Option<Vec<_>>>()?;
    (safe_name && !ranges.is_empty()).then(|| FontPiece { file: file.to_owned(), unicode_range: range.to_owned(), ranges })
}

/// The pieces holding any character of `text`.
pub fn pieces_for<'a>(pieces: &'a [FontPiece], text: &str) -> Vec<&'a FontPiece> {
    pieces.iter().filter(|p| text.chars().any(|c| !c.is_ascii() && p.holds(c))).collect()
}

/// The `@font-face` rules for a picture's style sheet.
pub fn font_faces(fonts: &[EmbeddedFont]) -> String {
    let mut css = String::new();
    for font in fonts {
        // Only what a unicode-range may hold, whatever the caller passed.
        let range: String = font
            .unicode_range
            .chars()
            .take_while(|c| c.is_ascii_hexdigit() || matches!(c, 'U' | 'u' | '+' | ',' | '-' | ' '))
            .filter(|c| *c != ' ')
            .collect();
        let _ = write!(
            css,
            r#"@font-face {{ font-family: "{FONT_FAMILY}"; src: url(data:font/woff2;base64,{}) format("woff2"); unicode-range: {range}; }} "#,
            crate::base64::encode(&font.woff2)
        );
    }
    css
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_style_sheet_is_read_whole() {
        let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../assets/fonts/cjk.css")).unwrap();
        let pieces = font_pieces(&css);
        assert_eq!(pieces.len(), css.matches("@font-face").count(), "every rule is read");
        // Each character of the Chinese title is in exactly one piece.
        for c in "伊宁事变与东突厥斯坦共和国".chars() {
            assert_eq!(pieces.iter().filter(|p| p.holds(c)).count(), 1, "{c}");
        }
        assert!(pieces_for(&pieces, "The Ili Rebellion, 1944–1949").is_empty());
    }

    #[test]
    fn ranges_and_odd_rules() {
        let css = r#"@font-face { src: url("a.woff2"); unicode-range: U+4E00-4E0F, U+5316; }
                     @font-face { src: url("../evil.woff2"); unicode-range: U+4E00; }
                     @font-face { src: url("b.woff2"); unicode-range: nonsense; }"#;
        let pieces = font_pieces(css);
        assert_eq!(pieces.len(), 1);
        assert!(pieces[0].holds('\u{4E05}') && pieces[0].holds('化') && !pieces[0].holds('\u{4E10}'));
    }

    #[test]
    fn faces_carry_the_bytes_and_nothing_else() {
        let css = font_faces(&[EmbeddedFont { unicode_range: "U+5316; } * { fill: red".into(), woff2: b"foo".to_vec() }]);
        assert!(css.contains("base64,Zm9v") && css.contains("unicode-range: U+5316;"), "{css}");
        assert!(!css.contains("fill") && css.matches('}').count() == 1, "{css}");
    }
}
