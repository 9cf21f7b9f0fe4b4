//! The kiosk's offline copy: writes `dist/sw.js`, the service worker, from
//! `src/boot/sw.js` with the list of every file of the build to keep and a
//! version drawn from their names and contents. A new build is a new version:
//! the browser installs the new worker, which fills a new cache and deletes the
//! old one. `src/boot/offline.js` registers the worker in kiosk mode only.

use crate::strict_csp::hex;
use sha2::{Digest, Sha384};
use std::path::Path;

/// The worker's address, relative to `dist/` (its scope is the folder it sits in).
pub const SERVICE_WORKER: &str = "sw.js";

/// The line of the template that the build replaces.
const BUILD_LINE: &str = "const BUILD = ";

/// Writes `dist/sw.js`; run after everything else has written into `dist/`.
pub fn write_service_worker(dist: &Path, template: &Path) -> Result<(), String> {
    let source = std::fs::read_to_string(template).map_err(|e| format!("cannot read {}: {e}", template.display()))?;
    let mut files = Vec::new();
    list_files(dist, dist, &mut files)?;
    files.retain(|f| f != SERVICE_WORKER);
    files.sort();
    let mut hash = Sha384::new();
    hash.update(source.as_bytes());
    for name in &files {
        let body = std::fs::read(dist.join(name)).map_err(|e| format!("cannot read dist/{name}: {e}"))?;
        hash.update((name.len() as u64).to_le_bytes());
        hash.update(name.as_bytes());
        hash.update((body.len() as u64).to_le_bytes());
        hash.update(&body);
    }
    let version = hex(&hash.finalize())[..16].to_owned();
    let worker = fill_in(&source, &version, &files)?;
    std::fs::write(dist.join(SERVICE_WORKER), worker).map_err(|e| format!("cannot write dist/{SERVICE_WORKER}: {e}"))?;
    eprintln!("xtask: {SERVICE_WORKER} keeps {} files offline (version {version})", files.len());
    Ok(())
}

/// The template with its `const BUILD = …;` line replaced by the build's.
fn fill_in(source: &str, version: &str, files: &[String]) -> Result<String, String> {
    let build = serde_json::json!({ "version": version, "files": files });
    let mut replaced = false;
    let lines: Vec<String> = source
        .lines()
        .map(|line| {
            if line.starts_with(BUILD_LINE) && !replaced {
                replaced = true;
                format!("{BUILD_LINE}{build};")
            } else {
                line.to_owned()
            }
        })
        .collect();
    if !replaced {
        return Err(format!("src/boot/sw.js has no line starting `{BUILD_LINE}` for the build to fill in"));
    }
    Ok(lines.join("\n") + "\n")
}

/// Every file under `dir`, relative to `root`, with `/` between folders.
pub fn list_files(root: &Path, dir: &Path, out: &mut Vec<String>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            list_files(root, &path, out)?;
        } else {
            let relative = path.strip_prefix(root).map_err(|e| e.to_string())?;
            let parts: Vec<String> = relative.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
            out.push(parts.join("/"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_build_line_is_filled_in_once() {
        let source = "// a worker\nconst BUILD = { version: \"unbuilt\", files: [] };\nconst BUILD = 1;\n";
        let out = fill_in(source, "abc", &["index.html".into(), "assets/a b.json".into()]).unwrap();
        assert_eq!(
            out,
            "// a worker\nconst BUILD = {\"files\":[\"index.html\",\"assets/a b.json\"],\"version\":\"abc\"};\nconst BUILD = 1;\n"
        );
        assert!(fill_in("const other = 1;", "abc", &[]).is_err());
    }

    #[test]
    fn the_template_has_the_line() {
        let template = crate::project::root().join("src/boot/sw.js");
        let source = std::fs::read_to_string(template).unwrap();
        assert!(fill_in(&source, "abc", &[]).is_ok());
    }
}
