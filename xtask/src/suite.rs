//! `cargo xtask test`: the whole test suite, in the order that fails fastest.
//!
//! 1. native tests of the core, the app's state and its components (SSR);
//! 2. the lints (rustfmt's check, then clippy with every warning an error),
//!    where the toolchain has them;
//! 3. the release build and the size budget;
//! 4. the end-to-end tests in headless Chromium against the served bundle,
//!    with screenshots and the accessibility audit.
//!
//! Each runner prints its own summary; this prints one line per stage and
//! fails if any stage failed.

use crate::project;
use crate::serve::Server;
use crate::toolchain::{ensure_chromium, Toolchain};
use std::process::Command;

pub fn run(args: &[String]) -> Result<(), String> {
    if !args.is_empty() {
        return Err("usage: cargo xtask test".to_owned());
    }
    let toolchain = Toolchain::ensure()?;
    let chromium = ensure_chromium()?;
    let root = project::root();
    let mut results: Vec<(&str, Result<(), String>)> = Vec::new();

    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    results.push(("native tests", project::run(Command::new(&cargo).args(["test", "--workspace"]).current_dir(&root))));
    if let Some(lints) = lints(&cargo, &root) {
        results.push(("lints", lints));
    }

    let built = crate::bundle::build(&toolchain);
    let build_ok = built.is_ok();
    results.push(("release build", built));
    if build_ok {
        results.push(("size budget", crate::size::report(true)));
        let server = Server::start(project::dist(), 0)?;
        let mut e2e = Command::new("node");
        e2e.args(["--test", "--test-concurrency=1", "tests/e2e/"])
            .current_dir(&root)
            .env("ATLAS_URL", server.url())
            .env("ATLAS_ARTIFACTS", project::artifacts())
            .env("CHROMIUM_PATH", &chromium);
        results.push(("browser tests", project::run(&mut e2e)));
    }

    println!("\n== summary ==");
    for (name, result) in &results {
        match result {
            Ok(()) => println!("{name}: passed"),
            Err(e) => println!("{name}: FAILED — {e}"),
        }
    }
    println!("screenshots and reports: {}", project::artifacts().display());
    let failed = results.iter().filter(|(_, r)| r.is_err()).count();
    if failed == 0 {
        Ok(())
    } else {
        Err(format!("{failed} run(s) failed"))
    }
}

/// Formatting (rustfmt, `rustfmt.toml`) checked, then clippy over every crate
/// and target, warnings denied; `None` (with a line saying how to add them)
/// where this toolchain lacks either.
fn lints(cargo: &std::ffi::OsStr, root: &std::path::Path) -> Option<Result<(), String>> {
    let has = |tool: &str| project::output(Command::new(cargo).args([tool, "--version"])).is_some();
    if !has("fmt") || !has("clippy") {
        println!("lints: skipped, this toolchain lacks rustfmt or clippy (add them with `rustup component add rustfmt clippy`)");
        return None;
    }
    let clippy = |extra: &[&str]| {
        let mut command = Command::new(cargo);
        command.arg("clippy").args(extra).args(["--", "-D", "warnings"]).current_dir(root);
        project::run(&mut command)
    };
    // The browser-only code (`cfg(target_arch = "wasm32")`) is linted on its own target.
    let result = project::run(Command::new(cargo).args(["fmt", "--all", "--", "--check"]).current_dir(root))
        .and_then(|()| clippy(&["--workspace", "--all-targets"]))
        .and_then(|()| clippy(&["--target", crate::toolchain::WASM_TARGET, "-p", "ili-atlas"]));
    Some(result)
}
