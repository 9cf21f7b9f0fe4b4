//! Edits of the HTML that Yew renders on the server: finding an element and
//! giving every id a prefix, so that several renderings share one page.

/// Attributes whose value names ids, separated by spaces.
const ID_LIST_ATTRIBUTES: [&str; 6] = ["id", "for", "aria-labelledby", "aria-describedby", "aria-controls", "aria-owns"];

/// Where the element whose start tag begins at `start` (`<tag …>`) ends: the
/// byte after its closing tag. Elements of the same name may nest in it.
pub fn element_end(html: &str, start: usize, tag: &str) -> Option<usize> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let mut depth = 0usize;
    let mut at = start;
    loop {
        let next_open =
            html[at..].find(&open).map(|i| at + i).filter(|&i| matches!(html.as_bytes().get(i + open.len()), Some(b' ' | b'>')));
        let next_close = html[at..].find(&close).map(|i| at + i)?;
        match next_open {
            Some(o) if o < next_close => {
                depth += 1;
                at = o + open.len();
            }
            _ => {
                depth = depth.checked_sub(1)?;
                at = next_close + close.len();
                if depth == 0 {
                    return Some(at);
                }
            }
        }
    }
}

/// The element that begins with `start_tag` (e.g. `<div class="map-pane">`):
/// its start, where its content begins and ends, and its end.
pub fn find_element(html: &str, start_tag: &str, tag: &str) -> Option<(usize, usize, usize, usize)> {
    let start = html.find(start_tag)?;
    let content = start + html[start..].find('>')? + 1;
    let end = element_end(html, start, tag)?;
    let content_end = end - tag.len() - 3;
    Some((start, content, content_end, end))
}

/// `html` without the elements named `tag` whose class list is exactly
/// `class` (e.g. `circle`, `place-target`), content and all.
pub fn without_elements(html: &str, tag: &str, class: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let open = format!("<{tag} ");
    let marker = format!("class=\"{class}\"");
    while let Some(start) = rest.find(&open) {
        let Some(tag_len) = tag_end(&rest[start..]) else { break };
        if rest[start..start + tag_len].contains(&marker) {
            let Some(end) = element_end(rest, start, tag) else { break };
            out.push_str(&rest[..start]);
            rest = &rest[end..];
        } else {
            out.push_str(&rest[..start + tag_len]);
            rest = &rest[start + tag_len..];
        }
    }
    out.push_str(rest);
    out
}

/// `html` without the attributes `names` (`role="button"`, …) on any element.
pub fn without_attributes(html: &str, names: &[&str]) -> String {
    edit_tags(html, |tag| edit_attributes(tag, |name, value| (!names.contains(&name)).then(|| value.to_owned())))
}

/// `html` with each start tag replaced by `edit(tag)`; text stays as it is.
fn edit_tags(html: &str, mut edit: impl FnMut(&str) -> String) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 20);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        rest = &rest[lt..];
        let Some(tag_end) = tag_end(rest) else { break };
        out.push_str(&edit(&rest[..tag_end]));
        rest = &rest[tag_end..];
    }
    out.push_str(rest);
    out
}

/// `html` with `prefix` before every id it defines or names: `id`, `for` and
/// the ARIA lists, `href="#…"`, and `url(#…)` in any attribute.
pub fn prefix_ids(html: &str, prefix: &str) -> String {
    edit_tags(html, |tag| {
        edit_attributes(tag, |name, value| {
            Some(if ID_LIST_ATTRIBUTES.contains(&name) {
                value.split(' ').map(|id| if id.is_empty() { String::new() } else { format!("{prefix}{id}") }).collect::<Vec<_>>().join(" ")
            } else if let (true, Some(id)) = (name == "href" || name == "xlink:href", value.strip_prefix('#')) {
                format!("#{prefix}{id}")
            } else {
                value.replace("url(#", &format!("url(#{prefix}"))
            })
        })
    })
}

/// The length of the tag at the start of `html`, to its `>` outside quotes.
fn tag_end(html: &str) -> Option<usize> {
    let mut quoted = false;
    for (i, c) in html.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '>' if !quoted => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// A start tag with each quoted attribute's value replaced by
/// `edit(name, value)`, or the attribute left out where that is `None`.
fn edit_attributes(tag: &str, mut edit: impl FnMut(&str, &str) -> Option<String>) -> String {
    let mut out = String::with_capacity(tag.len());
    let mut rest = tag;
    while let Some(eq) = rest.find("=\"") {
        let name_start = rest[..eq].rfind(char::is_whitespace).map_or(0, |i| i + 1);
        let value_start = eq + 2;
        let Some(value_len) = rest[value_start..].find('"') else { break };
        match edit(&rest[name_start..eq], &rest[value_start..value_start + value_len]) {
            Some(value) => {
                out.push_str(&rest[..value_start]);
                out.push_str(&value);
                out.push('"');
            }
            // Without the space before it, too.
            None => out.push_str(&rest[..name_start.saturating_sub(1)]),
        }
        rest = &rest[value_start + value_len + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_and_every_reference_to_one_gets_the_prefix() {
        let html = r##"<svg id="map" aria-describedby="map-desc map-keys"><use href="#zone-a"></use><path fill="url(#hatch)" d="M0 0"></path></svg><a href="#date-slider" title="x=&quot;y&quot;">id="not-an-attribute"</a><label for="s">S</label><a href="https://example.org/#top">t</a>"##;
        assert_eq!(
            prefix_ids(html, "p-"),
            r##"<svg id="p-map" aria-describedby="p-map-desc p-map-keys"><use href="#p-zone-a"></use><path fill="url(#p-hatch)" d="M0 0"></path></svg><a href="#p-date-slider" title="x=&quot;y&quot;">id="not-an-attribute"</a><label for="p-s">S</label><a href="https://example.org/#top">t</a>"##
        );
    }

    #[test]
    fn attributes_are_left_out_by_name_and_text_is_kept() {
        let html = r#"<g role="button" class="place" aria-label="Ghulja, city" tabindex="0"><text x="1">role="button"</text></g>"#;
        assert_eq!(
            without_attributes(html, &["role", "aria-label", "tabindex"]),
            r#"<g class="place"><text x="1">role="button"</text></g>"#
        );
    }

    #[test]
    fn elements_are_left_out_by_tag_and_class() {
        let html = r#"<g class="places crowded"><g class="place"><circle r="4"></circle></g></g><g class="places"><circle class="place-target" r="22"></circle><circle class="place-marker"></circle></g>"#;
        let html = without_elements(&without_elements(html, "g", "places crowded"), "circle", "place-target");
        assert_eq!(html, r#"<g class="places"><circle class="place-marker"></circle></g>"#);
    }

    #[test]
    fn an_element_ends_after_the_closing_tag_of_its_own_level() {
        let html = r#"<div class="a"><div><div></div></div><divider></divider></div><div>after</div>"#;
        let (start, content, content_end, end) = find_element(html, r#"<div class="a">"#, "div").unwrap();
        assert_eq!((start, &html[content..content_end]), (0, "<div><div></div></div><divider></divider>"));
        assert_eq!(&html[end..], "<div>after</div>");
        assert_eq!(find_element(html, "<div class=\"b\">", "div"), None);
        assert_eq!(element_end("<g><g></g>", 0, "g"), None);
    }
}
