//! Builds the release bundle into `dist/` with Trunk, then draws the page's
//! first view into it (`first_view.rs`), writes the page's own words in every language into it (`boot_words.rs`), makes it ready for
//! a strict Content-Security-Policy (`strict_csp.rs`) and writes the kiosk's
//! service worker (`offline.rs`), in that order: the worker lists every file.
//! Between the two, the data files lose their indentation and the page's
//! scripts are minified (`minify.rs`).

use crate::project::{self, run};
use crate::toolchain::Toolchain;

/// `trunk build --release`: size-tuned wasm, wasm-opt, hashed file names.
pub fn build(toolchain: &Toolchain) -> Result<(), String> {
    eprintln!("xtask: building the app (release)…");
    // Not `--offline`: building the standard library from rustup's source
    // fetches its own dependencies once.
    run(toolchain.trunk().args(["build", "--release"]))?;
    let dist = project::dist();
    crate::first_view::apply(&dist)?;
    crate::boot_words::apply(&project::root(), &dist)?;
    crate::strict_csp::apply(&dist)?;
    crate::minify::minify_json_files(&dist)?;
    crate::minify::minify_scripts(&dist)?;
    crate::offline::write_service_worker(&dist, &project::root().join("src/boot/sw.js"))
}
