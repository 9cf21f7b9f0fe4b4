//! Helpers shared by the integration tests that read the real data.

use std::path::PathBuf;

/// Reads a file of the repository, e.g. `read("assets/map/base.json")`.
pub fn read(relative: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}
