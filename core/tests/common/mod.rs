//! Helpers shared by the integration tests that read the real data.

use std::path::PathBuf;

/// Reads a file of the repository, e.g. `read("assets/map/base.json")`.
pub fn read(relative: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The whole atlas, loaded as the app loads it (in English).
#[allow(dead_code)] // not every test file that shares this module loads it
pub fn real_geography() -> atlas_core::geography::Geography {
    let texts = atlas_core::geography::GeographyTexts::read_with(|file| Ok::<_, ()>(read(file))).unwrap();
    atlas_core::geography::Geography::from_texts(&texts)
        .unwrap_or_else(|p| panic!("the data has problems:\n{}", p.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")))
}
