//! Where things are: the repository root, the build output, the tools folder.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root (the folder above `xtask/`).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask sits in the repository").to_path_buf()
}

/// The built app, as Trunk writes it.
pub fn dist() -> PathBuf {
    root().join("dist")
}

/// Git-ignored outputs of test runs (screenshots, reports), kept by CI.
pub fn artifacts() -> PathBuf {
    std::env::var_os("ATLAS_ARTIFACTS").map(PathBuf::from).unwrap_or_else(|| root().join("artifacts"))
}

/// Tools the project installs (Trunk, wasm-bindgen), kept outside the clone so
/// that a fresh clone on the same machine reuses them.
/// `ATLAS_TOOLS_DIR` overrides it.
pub fn tools_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("ATLAS_TOOLS_DIR") {
        return PathBuf::from(dir);
    }
    let cache = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(|| root().join(".cache"));
    cache.join("ili-atlas").join("tools")
}

/// Runs a command, failing with its name when it does not succeed.
pub fn run(command: &mut Command) -> Result<(), String> {
    let status = command.status().map_err(|e| format!("could not run {}: {e}", describe(command)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{} failed ({status})", describe(command)))
    }
}

/// Runs a command and returns its standard output, or `None` if it fails.
pub fn output(command: &mut Command) -> Option<String> {
    let out = command.output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn describe(command: &Command) -> String {
    let mut text = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    format!("`{text}`")
}
