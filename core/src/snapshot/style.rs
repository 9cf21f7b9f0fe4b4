//! The map's style sheet for a standalone picture: the rules of `map.css`
//! (a checked copy of those in `src/style/atlas.css` that paint the map) with
//! every `var()` written out, so that the file looks the same in a browser,
//! an image viewer or a drawing program that knows no custom properties.

const MAP_CSS: &str = include_str!("map.css");

/// The custom properties the map's rules use, `--land` and so on (with
/// `--paper` and `--label-size`): the app reads them on the live map.
pub fn style_variables() -> Vec<String> {
    let css = without_comments(MAP_CSS);
    let mut names: Vec<String> = Vec::new();
    let mut rest = css.as_str();
    while let Some(at) = rest.find("--") {
        let name_len = rest[at + 2..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '-')).unwrap_or(rest.len() - at - 2);
        let name = &rest[at..at + 2 + name_len];
        if !names.iter().any(|n| n == name) {
            names.push(name.to_owned());
        }
        rest = &rest[at + 2 + name_len..];
    }
    names
}

/// The value of custom property `name`: as given in `variables` when it looks
/// like a colour or a length, else the default of `map.css`, else `None`.
pub fn variable(name: &str, variables: &[(String, String)]) -> Option<String> {
    let given = variables.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v.trim()).filter(|v| plausible(v));
    given.map(str::to_owned).or_else(|| defaults().into_iter().find(|(n, _)| n == name).map(|(_, v)| v))
}

/// The map's rules, comments and `:root` left out, every `var()` resolved
/// through [`variable`] (or its fallback) and every `calc(Npx * k)` worked out.
pub fn map_style(variables: &[(String, String)]) -> String {
    let css = without_comments(MAP_CSS);
    let rules = match css.find(":root") {
        Some(at) => &css[at + css[at..].find('}').map_or(css.len() - at, |end| end + 1)..],
        None => css.as_str(),
    };
    let resolved = replace_calls(rules, "var(", |inner| {
        let (name, fallback) = inner.split_once(',').map_or((inner, None), |(n, f)| (n, Some(f.trim())));
        variable(name.trim(), variables).or(fallback.map(str::to_owned)).unwrap_or_else(|| "initial".to_owned())
    });
    let worked_out = replace_calls(&resolved, "calc(", |inner| {
        let product = inner.split_once('*').and_then(|(a, b)| {
            let px: f64 = a.trim().strip_suffix("px")?.parse().ok()?;
            let k: f64 = b.trim().parse().ok()?;
            Some(format!("{:.2}px", px * k))
        });
        product.unwrap_or_else(|| format!("calc({inner})"))
    });
    worked_out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The defaults in `map.css`'s `:root` block.
fn defaults() -> Vec<(String, String)> {
    let css = without_comments(MAP_CSS);
    let Some(start) = css.find(":root") else { return vec![] };
    let block = &css[start..];
    let block = &block[block.find('{').map_or(0, |i| i + 1)..block.find('}').unwrap_or(block.len())];
    block
        .split(';')
        .filter_map(|d| d.split_once(':'))
        .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        .filter(|(n, _)| n.starts_with("--"))
        .collect()
}

/// A value that can stand in a style sheet: a colour or a length, nothing
/// that could close the rule or the `<style>` element.
fn plausible(value: &str) -> bool {
    !value.is_empty() && value.len() <= 64 && value.chars().all(|c| c.is_ascii_alphanumeric() || " #(),.%-".contains(c))
}

fn without_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    out.push_str(rest);
    out
}

/// `text` with each `name…)` (no nested parentheses inside) replaced by `f(…)`.
fn replace_calls(text: &str, name: &str, f: impl Fn(&str) -> String) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(name) {
        let inner_start = at + name.len();
        let Some(len) = rest[inner_start..].find(')') else { break };
        out.push_str(&rest[..at]);
        out.push_str(&f(&rest[inner_start..inner_start + len]));
        rest = &rest[inner_start + len + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_var_is_written_out() {
        let css = map_style(&[]);
        assert!(!css.contains("var(") && !css.contains("calc(") && !css.contains(":root"), "{css}");
        assert!(css.contains(".feature.province { fill: #f7e7c4; stroke: #5b3a1a; stroke-width: 2.5; }"), "{css}");
        assert!(css.contains(".range-label { font-size: 12.80px;"), "the label size's fallback, times 0.8: {css}");
    }

    #[test]
    fn values_on_screen_win_over_the_defaults() {
        let on_screen = [("--province-line".to_owned(), " #000".to_owned()), ("--label-size".to_owned(), "20px".to_owned())];
        let css = map_style(&on_screen);
        assert!(css.contains(".feature.province { fill: #f7e7c4; stroke: #000;"), "{css}");
        assert!(css.contains(".edge-label { font-size: 17.00px;"), "{css}");
    }

    #[test]
    fn a_value_that_could_break_out_of_the_style_sheet_is_ignored() {
        let hostile = [("--land".to_owned(), "red;}</style><script>".to_owned())];
        let css = map_style(&hostile);
        assert!(!css.contains('<') && !css.contains("red;"), "{css}");
        assert!(css.contains(".map-sheet { fill: #e2ddd0; }"), "{css}");
    }

    #[test]
    fn the_variables_are_those_the_rules_use() {
        let names = style_variables();
        for name in ["--land", "--paper", "--province", "--label-size", "--unknown"] {
            assert!(names.iter().any(|n| n == name), "{name} in {names:?}");
        }
        assert_eq!(variable("--paper", &[]).as_deref(), Some("#f3efe6"));
        assert_eq!(variable("--nothing", &[]), None);
    }
}
