//! Architecture checks that run as ordinary tests.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// Architecture Invariant: the core knows nothing of the browser.
/// Its Cargo.toml cannot name these crates, and its code cannot mention them.
#[test]
fn the_core_imports_no_web_api() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let forbidden = ["yew", "web_sys", "web-sys", "gloo", "wasm_bindgen", "wasm-bindgen", "js_sys", "js-sys"];
    let manifest = std::fs::read_to_string(root.join("core/Cargo.toml")).unwrap();
    let dependencies = manifest.split("[dependencies]").nth(1).unwrap_or("");
    for name in forbidden {
        assert!(!dependencies.lines().any(|l| l.trim_start().starts_with(name)), "core/Cargo.toml depends on {name}");
    }
    for file in rust_files(&root.join("core/src")) {
        let text = std::fs::read_to_string(&file).unwrap();
        for name in forbidden {
            assert!(!text.contains(&format!("{name}::")), "{} mentions {name}", file.display());
        }
    }
}

/// Architecture Invariant: only the edge talks to the network.
#[test]
fn only_the_edge_fetches() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for file in rust_files(&root.join("src")) {
        if file.starts_with(root.join("src/edge")) {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(!text.contains("gloo::net") && !text.contains("fetch_with"), "{} fetches outside src/edge", file.display());
    }
}

/// A brace too few swallows every rule after it without a word from the
/// browser (it happened once, at a merge).
#[test]
fn the_style_sheet_braces_balance() {
    let css = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/style/atlas.css")).unwrap();
    let mut depth = 0i32;
    for (number, line) in css.lines().enumerate() {
        depth += line.matches('{').count() as i32 - line.matches('}').count() as i32;
        assert!(depth >= 0, "atlas.css line {}: a }} without its {{", number + 1);
    }
    assert_eq!(depth, 0, "atlas.css ends with {depth} block(s) left open");
}
