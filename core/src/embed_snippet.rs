//! The `<iframe>` a host page pastes to show a view of the atlas.

use crate::mode::Mode;
use crate::url_state::UrlState;

/// The HTML for an `<iframe>` showing `view` of the atlas at `page` (its
/// address without a query), `width`×`height` CSS pixels, with `title` for
/// screen readers (in the view's language). The view is made an embed's;
/// everything is escaped for an HTML attribute.
///
/// ```
/// use atlas_core::embed_snippet::iframe;
/// use atlas_core::url_state::UrlState;
/// let view = UrlState::parse("?date=1945-09-15&place=wusu");
/// let html = iframe("https://atlas.example/", &view, 800, 600, "An atlas");
/// assert!(html.starts_with(r#"<iframe src="https://atlas.example/?date=1945-09-15&amp;place=wusu&amp;mode=embed" width="800" height="600""#));
/// ```
pub fn iframe(page: &str, view: &UrlState, width: u32, height: u32, title: &str) -> String {
    let view = UrlState { mode: Some(Mode::Embed), notes: vec![], ..view.clone() };
    let src = format!("{page}{}", view.to_query());
    format!(
        r#"<iframe src="{}" width="{width}" height="{height}" title="{}" style="border: 0; max-width: 100%;" allow="fullscreen" loading="lazy"></iframe>"#,
        attribute(&src),
        attribute(title),
    )
}

fn attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hostile_page_address_cannot_break_out_of_the_attribute() {
        let html = iframe(r#"https://x.example/"><script>alert(1)</script>"#, &UrlState::default(), 320, 240, "x");
        assert!(!html.contains("<script>"), "{html}");
        assert_eq!(html.matches('"').count() % 2, 0);
    }

    #[test]
    fn a_hostile_title_stays_in_its_attribute() {
        let html = iframe("https://atlas.example/", &UrlState::default(), 320, 240, r#"a" onload="alert(1)"#);
        assert!(html.contains(r#"title="a&quot; onload=&quot;alert(1)""#), "{html}");
    }

    #[test]
    fn the_snippet_opens_the_same_view_as_an_embed() {
        let view = UrlState::parse("?date=1945-09-15&event=igiz-yar-taken&controls=slider,panel");
        let html = iframe("https://atlas.example/", &view, 640, 480, "An atlas");
        let src = html.split('"').nth(1).unwrap().replace("&amp;", "&");
        let query = src.strip_prefix("https://atlas.example/").unwrap();
        let again = UrlState::parse(query);
        assert_eq!(again.mode, Some(Mode::Embed));
        assert_eq!((again.date, again.event, again.controls), (view.date, view.event, view.controls));
    }
}
