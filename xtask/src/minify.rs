//! The data files as the browser gets them: every `.json` under `dist/` with
//! the whitespace between its tokens taken out. The committed files stay
//! indented for the people who edit them; the app reads the same values.

use std::path::Path;

/// Rewrites every `.json` file under `dist/` without the whitespace between tokens.
pub fn minify_json_files(dist: &Path) -> Result<(), String> {
    let mut files = Vec::new();
    crate::offline::list_files(dist, dist, &mut files)?;
    let (mut before, mut after) = (0, 0);
    for name in files.iter().filter(|f| f.ends_with(".json")) {
        let path = dist.join(name);
        let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read dist/{name}: {e}"))?;
        let small = minify(&text);
        if serde_json::from_str::<serde_json::Value>(&small).ok() != serde_json::from_str::<serde_json::Value>(&text).ok() {
            return Err(format!("dist/{name}: taking out its whitespace would change what it says"));
        }
        before += text.len();
        after += small.len();
        std::fs::write(&path, small).map_err(|e| format!("cannot write dist/{name}: {e}"))?;
    }
    eprintln!("xtask: data files without their indentation: {before} → {after} bytes");
    Ok(())
}

/// JSON text without whitespace outside its strings; strings, escapes
/// included, are copied as they are.
pub fn minify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !matches!(c, ' ' | '\t' | '\n' | '\r') {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::minify;

    #[test]
    fn whitespace_between_tokens_goes_and_strings_stay_as_they_are() {
        let text = "{\n  \"a b\": [1, 2.50, -3e2],\n\t\"q\": \"say \\\"hi\\\" \\\\ \",\r\n  \"t\": true }\n";
        assert_eq!(minify(text), "{\"a b\":[1,2.50,-3e2],\"q\":\"say \\\"hi\\\" \\\\ \",\"t\":true}");
    }

    #[test]
    fn every_data_file_reads_the_same_without_its_whitespace() {
        let root = crate::project::root().join("assets");
        let mut files = Vec::new();
        crate::offline::list_files(&root, &root, &mut files).unwrap();
        let json: Vec<&String> = files.iter().filter(|f| f.ends_with(".json")).collect();
        assert!(json.len() >= 10, "{json:?}");
        for name in json {
            let text = std::fs::read_to_string(root.join(name)).unwrap();
            let value = |t: &str| serde_json::from_str::<serde_json::Value>(t).unwrap();
            assert_eq!(value(&minify(&text)), value(&text), "{name}");
            assert!(minify(&text).len() <= text.len(), "{name}");
        }
    }
}
