//! Finds or installs everything the build and the tests need, so that the
//! README's two commands work on a fresh machine.
//!
//! Versions are pinned here (Trunk), in `Cargo.lock` (the wasm-bindgen CLI
//! must equal the `wasm-bindgen` crate there) and in `package.json`
//! (binaryen's `wasm-opt`, terser, Playwright, axe-core). Nothing else pins them.
//!
//! Rust for wasm32 comes from rustup where it has the wasm32 target and
//! `rust-src`, else from Debian's `rustc-web` packages where they are
//! installed and recent enough (they work offline), else rustup is asked for
//! them (`rustup target add`, `rustup component add rust-src`), else Debian's
//! packages are installed.
//! Either way the standard library is built from source (`-Z build-std`).

use crate::project::{self, output, run, tools_dir};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The Trunk release the build is made with (0.22 needs a newer rustc than
/// many machines have).
pub const TRUNK_VERSION: &str = "0.21.14";

pub const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// Extra compiler flags for the wasm build (see `Toolchain::trunk`).
const WASM_RUSTFLAGS: &str = "-Zlocation-detail=none -Zfmt-debug=none";

/// The standard library's features for the wasm build: Cargo's defaults
/// (`panic-unwind`, `backtrace`, `default`) and `optimize_for_size`, which
/// chooses its smaller algorithms (a plain merge sort, float parsing without
/// the fast path, digits written without lookup tables) with the same
/// results; about 9 KB less WebAssembly gzipped.
const WASM_STD_FEATURES: &str = "panic-unwind,backtrace,default,optimize_for_size";

/// Debian's Rust with the standard library's source, and the wasm linker.
const DEBIAN_RUST_PACKAGES: [&str; 4] = ["rustc-web", "cargo-web", "rust-web-src", "lld-19"];
const DEBIAN_RUSTC: &str = "/usr/bin/rustc";
const DEBIAN_CARGO: &str = "/usr/bin/cargo";
const DEBIAN_STD_SOURCE: &str = "/usr/lib/rustlib/src/rust/library";
const DEBIAN_WASM_LD: &str = "/usr/lib/llvm-19/bin/wasm-ld";

/// A browser for the end-to-end tests; `CHROMIUM_PATH` overrides it.
const DEBIAN_CHROMIUM: &str = "/usr/bin/chromium";

/// Where the Rust for wasm32 comes from. Both build the standard library
/// from source (`-Z build-std`), so that the size flags reach it too and the
/// bundle is the same on every machine.
#[derive(Clone, Debug)]
enum WasmRust {
    /// rustup's toolchain with the wasm32 target and the `rust-src` component.
    Rustup,
    /// Debian's `rustc-web` with the standard library's source.
    Debian,
}

/// Everything the build needs, found or installed.
pub struct Toolchain {
    wasm_rust: WasmRust,
    /// `PATH` with the pinned tools first.
    path: OsString,
}

impl Toolchain {
    /// Finds or installs the wasm toolchain, Trunk, wasm-bindgen and the npm tools.
    pub fn ensure() -> Result<Toolchain, String> {
        let wasm_rust = ensure_wasm_rust()?;
        let tools = tools_dir();
        ensure_cargo_tool("trunk", "trunk", TRUNK_VERSION, &tools)?;
        let bindgen = wasm_bindgen_version()?;
        ensure_cargo_tool("wasm-bindgen-cli", "wasm-bindgen", &bindgen, &tools)?;
        ensure_node_packages()?;

        let mut dirs = Vec::new();
        if matches!(wasm_rust, WasmRust::Debian) {
            dirs.push(debian_cargo_shim(&tools)?);
        }
        dirs.push(tools.join("bin"));
        dirs.push(project::root().join("node_modules").join(".bin"));
        dirs.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()));
        let path = std::env::join_paths(dirs).map_err(|e| format!("cannot build PATH: {e}"))?;
        Ok(Toolchain { wasm_rust, path })
    }

    /// A command for Trunk with the environment the wasm build needs.
    pub fn trunk(&self) -> Command {
        let mut command = Command::new(tools_dir().join("bin").join("trunk"));
        command.current_dir(project::root()).env("PATH", &self.path);
        // The cargo that runs xtask leaves its own toolchain in the
        // environment; the wasm build chooses its own.
        for var in ["RUSTUP_TOOLCHAIN", "CARGO", "RUSTC", "RUSTDOC", "CARGO_TARGET_DIR"] {
            command.env_remove(var);
        }
        // Size: no file/line strings in panic messages and no `Debug`
        // formatting code in the module (`{:?}` prints nothing there), and
        // the standard library's smaller algorithms. These are unstable
        // flags, accepted from a stable compiler with RUSTC_BOOTSTRAP, the
        // same on every machine.
        command
            .env("RUSTC_BOOTSTRAP", "1")
            .env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort")
            .env("CARGO_UNSTABLE_BUILD_STD_FEATURES", WASM_STD_FEATURES)
            .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS", WASM_RUSTFLAGS);
        if let WasmRust::Debian = self.wasm_rust {
            command.env("RUSTC", DEBIAN_RUSTC).env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER", DEBIAN_WASM_LD);
        }
        command
    }
}

/// The browser the end-to-end tests drive, installed from Debian if missing.
pub fn ensure_chromium() -> Result<PathBuf, String> {
    if let Some(path) = std::env::var_os("CHROMIUM_PATH") {
        return Ok(PathBuf::from(path));
    }
    if !Path::new(DEBIAN_CHROMIUM).exists() {
        apt_install(&["chromium"], "the browser for the end-to-end tests")?;
    }
    Ok(PathBuf::from(DEBIAN_CHROMIUM))
}

fn ensure_wasm_rust() -> Result<WasmRust, String> {
    // A developer may choose: ATLAS_WASM_RUST=rustup or =debian.
    match std::env::var("ATLAS_WASM_RUST").as_deref() {
        Ok("rustup") if rustup_ready() => return Ok(WasmRust::Rustup),
        Ok("debian") if debian_rust_ready() => return Ok(WasmRust::Debian),
        Ok(choice @ ("rustup" | "debian")) => return Err(format!("ATLAS_WASM_RUST={choice}, but that toolchain is not installed")),
        _ => {}
    }
    // A toolchain already in place, rustup's first (the machine's own Rust,
    // where it has the wasm32 target and the standard library's source).
    if rustup_ready() {
        return Ok(WasmRust::Rustup);
    }
    if debian_rust_ready() {
        return Ok(WasmRust::Debian);
    }
    // Remember a failed download so that a machine without internet does not
    // wait for it on every run.
    let marker = tools_dir().join("rustup-wasm-unavailable");
    if !marker.exists() && try_rustup(&["target", "add", WASM_TARGET]) && try_rustup(&["component", "add", "rust-src"]) && rustup_ready() {
        return Ok(WasmRust::Rustup);
    }
    let _ =
        std::fs::create_dir_all(tools_dir()).and_then(|_| std::fs::write(&marker, "rustup could not add the wasm32 target or rust-src\n"));
    apt_install(&DEBIAN_RUST_PACKAGES, "Rust for wasm32 (the standard library is built from source)")?;
    if debian_rust_ready() {
        Ok(WasmRust::Debian)
    } else {
        Err(format!(
            "no Rust toolchain for {WASM_TARGET}: run `rustup target add {WASM_TARGET}` and \
             `rustup component add rust-src`, or install Debian's packages: sudo apt-get install {}",
            DEBIAN_RUST_PACKAGES.join(" ")
        ))
    }
}

/// rustup has both the wasm32 target and the standard library's source.
fn rustup_ready() -> bool {
    let installed = |what: &str| output(Command::new("rustup").args([what, "list", "--installed"])).unwrap_or_default();
    installed("target").lines().any(|l| l.trim() == WASM_TARGET) && installed("component").lines().any(|l| l.trim().starts_with("rust-src"))
}

/// A rustup download, given two minutes: without internet it hangs.
fn try_rustup(args: &[&str]) -> bool {
    eprintln!("xtask: trying `rustup {}` (up to 2 minutes)…", args.join(" "));
    let Ok(mut child) = Command::new("rustup").args(args).stdout(Stdio::null()).stderr(Stdio::null()).spawn() else {
        return false;
    };
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return status.success(),
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(250)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                eprintln!("xtask: rustup could not download it");
                return false;
            }
        }
    }
}

/// Debian's packages are installed and recent enough: Debian 12's
/// `rustc-web` 1.85 cannot build the standard library as this build asks
/// (its cargo reads `std,panic_abort` from the environment as one name).
fn debian_rust_ready() -> bool {
    [DEBIAN_RUSTC, DEBIAN_CARGO, DEBIAN_STD_SOURCE, DEBIAN_WASM_LD].iter().all(|p| Path::new(p).exists())
        && output(Command::new(DEBIAN_RUSTC).arg("--version"))
            .is_some_and(|v| rustc_minor(&v).is_some_and(|minor| minor >= DEBIAN_RUST_MIN_MINOR))
}

/// The oldest Debian Rust (1.x) the wasm build is known to work with.
const DEBIAN_RUST_MIN_MINOR: u32 = 90;

/// `95` of "rustc 1.95.0 (59807616e 2026-04-14)".
fn rustc_minor(version: &str) -> Option<u32> {
    version.split_whitespace().nth(1)?.split('.').nth(1)?.parse().ok()
}

/// A folder holding only `cargo` → Debian's cargo, to put first on PATH for
/// Trunk, which calls `cargo` by name.
fn debian_cargo_shim(tools: &Path) -> Result<PathBuf, String> {
    let dir = tools.join("debian-cargo");
    let link = dir.join("cargo");
    if !link.exists() {
        std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        std::os::unix::fs::symlink(DEBIAN_CARGO, &link).map_err(|e| format!("cannot link {}: {e}", link.display()))?;
    }
    Ok(dir)
}

/// Installs Debian packages when running as root; otherwise says exactly what to install.
fn apt_install(packages: &[&str], purpose: &str) -> Result<(), String> {
    let list = packages.join(" ");
    let is_root = output(Command::new("id").arg("-u")).is_some_and(|uid| uid.trim() == "0");
    if !is_root || Command::new("apt-get").arg("--version").stdout(Stdio::null()).status().is_err() {
        return Err(format!("{purpose} is missing: please run `sudo apt-get install -y {list}`"));
    }
    eprintln!("xtask: installing {purpose}: apt-get install {list}");
    let install = || {
        Command::new("apt-get")
            .args(["install", "-y", "-q", "--no-install-recommends"])
            .args(packages)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .status()
            .is_ok_and(|s| s.success())
    };
    if install() {
        return Ok(());
    }
    run(Command::new("apt-get").args(["update", "-q"]))?;
    if install() {
        Ok(())
    } else {
        Err(format!("`apt-get install {list}` failed; install them by hand"))
    }
}

/// The `wasm-bindgen` version in Cargo.lock, which the CLI must equal.
fn wasm_bindgen_version() -> Result<String, String> {
    let lock_path = project::root().join("Cargo.lock");
    let lock = std::fs::read_to_string(&lock_path).map_err(|e| format!("cannot read {}: {e}", lock_path.display()))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \"")).and_then(|v| v.strip_suffix('"')) {
                return Ok(version.to_owned());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen package".to_owned())
}

/// Installs `crate_name` at `version` into the tools folder unless its binary
/// already reports that version.
fn ensure_cargo_tool(crate_name: &str, binary: &str, version: &str, tools: &Path) -> Result<(), String> {
    let bin = tools.join("bin").join(binary);
    let installed = output(Command::new(&bin).arg("--version")).unwrap_or_default();
    if installed.split_whitespace().nth(1) == Some(version) {
        return Ok(());
    }
    eprintln!("xtask: installing {crate_name} {version} into {} (several minutes, once)…", tools.display());
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let install = |locked: bool| {
        let mut command = Command::new(&cargo);
        command.args(["install", crate_name, "--version", version, "--root"]).arg(tools);
        if locked {
            command.arg("--locked");
        }
        command.status().is_ok_and(|s| s.success())
    };
    // The crate's own lock file may name a version the registry no longer
    // serves; then resolve afresh within the crate's requirements.
    if install(true) || install(false) {
        Ok(())
    } else {
        Err(format!("could not install {crate_name} {version} with cargo install"))
    }
}

/// `npm ci` when node_modules is missing or older than package-lock.json.
fn ensure_node_packages() -> Result<(), String> {
    let root = project::root();
    if output(Command::new("npm").arg("--version")).is_none() || output(Command::new("node").arg("--version")).is_none() {
        return Err("Node.js 20 or newer with npm is needed (for wasm-opt, terser and the browser tests): \
                    install it, e.g. `sudo apt-get install -y nodejs npm`"
            .to_owned());
    }
    let modified = |p: PathBuf| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let lock = modified(root.join("package-lock.json"));
    let installed = modified(root.join("node_modules").join(".package-lock.json"));
    if installed.is_some() && installed >= lock {
        return Ok(());
    }
    eprintln!("xtask: installing the npm tools (npm ci)…");
    run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(&root))
}

#[cfg(test)]
mod tests {
    use super::rustc_minor;

    #[test]
    fn a_rustc_version_is_read() {
        assert_eq!(rustc_minor("rustc 1.95.0 (59807616e 2026-04-14)"), Some(95));
        assert_eq!(rustc_minor("rustc 1.85.0 (4d91de4e4 2025-02-17) (built from a source tarball)"), Some(85));
        assert_eq!(rustc_minor("nonsense"), None);
    }
}
