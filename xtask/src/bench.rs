//! `cargo xtask bench`: prints performance figures (median, p95, max) and
//! never fails on a time. Native figures for the core come from
//! `core/examples/bench.rs`; browser figures from `tests/bench/browser.mjs`,
//! run against the release bundle served on 127.0.0.1.

use crate::project;
use crate::serve::Server;
use crate::toolchain::{ensure_chromium, Toolchain};
use std::process::Command;

pub fn run(args: &[String]) -> Result<(), String> {
    let native_only = match args {
        [] => false,
        [flag] if flag == "--native" => true,
        _ => return Err("usage: cargo xtask bench [--native]".to_owned()),
    };
    let root = project::root();
    println!("== machine ==\n{}", machine());
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    println!("\n== native (release build of the core) ==");
    project::run(Command::new(&cargo).args(["run", "--quiet", "--release", "-p", "atlas-core", "--example", "bench"]).current_dir(&root))?;
    if native_only {
        return Ok(());
    }
    let toolchain = Toolchain::ensure()?;
    let chromium = ensure_chromium()?;
    crate::bundle::build(&toolchain)?;
    let server = Server::start(project::dist(), 0)?;
    println!("\n== browser (release bundle, headless Chromium) ==");
    project::run(
        Command::new("node")
            .arg("tests/bench/browser.mjs")
            .current_dir(&root)
            .env("ATLAS_URL", server.url())
            .env("CHROMIUM_PATH", &chromium),
    )
}

/// The CPU and its cores, from the operating system, for the figures' record.
fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| info.lines().find(|l| l.starts_with("model name")).map(|l| l.split(':').nth(1).unwrap_or("").trim().to_owned()))
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    format!("{cpu}, {cores} cores available, {} {}", std::env::consts::OS, std::env::consts::ARCH)
}
