//! A small static file server for the built app, on 127.0.0.1 only.
//!
//! Used by `cargo xtask serve` and by the end-to-end tests, so that what is
//! tested is what is served: the same files, types and headers, among them the
//! Content-Security-Policy on every page ([`CONTENT_SECURITY_POLICY`]).

use crate::project;
use crate::strict_csp::CONTENT_SECURITY_POLICY;
use crate::toolchain::Toolchain;
use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

const DEFAULT_PORT: u16 = 8080;

/// `cargo xtask serve [--port N]`: set up, build, and serve until stopped.
pub fn run(args: &[String]) -> Result<(), String> {
    let port = match args {
        [] => DEFAULT_PORT,
        [flag, value] if flag == "--port" => value.parse().map_err(|_| format!("`{value}` is not a port number"))?,
        _ => return Err("usage: cargo xtask serve [--port N]".to_owned()),
    };
    let toolchain = Toolchain::ensure()?;
    crate::bundle::build(&toolchain)?;
    let server = Server::start(project::dist(), port)?;
    println!("The atlas is served at {} (Ctrl+C stops it)", server.url());
    server.join();
    Ok(())
}

/// A running server.
pub struct Server {
    address: SocketAddr,
    thread: std::thread::JoinHandle<()>,
}

impl Server {
    /// Serves `root` on 127.0.0.1:`port` (0: any free port) from a background thread.
    pub fn start(root: PathBuf, port: u16) -> Result<Server, String> {
        let listener = TcpListener::bind(("127.0.0.1", port)).map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
        let address = listener.local_addr().map_err(|e| e.to_string())?;
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let root = root.clone();
                std::thread::spawn(move || {
                    let _ = answer(stream, &root);
                });
            }
        });
        Ok(Server { address, thread })
    }

    pub fn url(&self) -> String {
        format!("http://{}/", self.address)
    }

    /// Blocks for as long as the server runs.
    pub fn join(self) {
        let _ = self.thread.join();
    }
}

fn answer(mut stream: TcpStream, root: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Read the headers to their end; none of them changes the answer.
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        header.clear();
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    if method != "GET" && method != "HEAD" {
        return respond(&mut stream, "405 Method Not Allowed", "text/plain", b"method not allowed\n", method == "HEAD");
    }
    match resolve(root, target).and_then(|path| std::fs::read(&path).ok().map(|body| (path, body))) {
        Some((path, body)) => respond(&mut stream, "200 OK", content_type(&path), &body, method == "HEAD"),
        None => respond(&mut stream, "404 Not Found", "text/plain; charset=utf-8", b"not found\n", method == "HEAD"),
    }
}

/// The file a request names, never outside `root`; `/` is `index.html`.
fn resolve(root: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let decoded = percent_decode(path)?;
    let relative = Path::new(decoded.trim_start_matches('/'));
    if relative.components().any(|c| !matches!(c, Component::Normal(_))) {
        return None;
    }
    let mut full = root.join(relative);
    if full.is_dir() {
        full = full.join("index.html");
    }
    full.is_file().then_some(full)
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "webmanifest" => "application/manifest+json",
        "woff2" => "font/woff2",
        "md" | "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn respond(stream: &mut TcpStream, status: &str, content_type: &str, body: &[u8], head_only: bool) -> std::io::Result<()> {
    let policy = if content_type.starts_with("text/html") {
        format!("Content-Security-Policy: {CONTENT_SECURITY_POLICY}\r\n")
    } else {
        String::new()
    };
    let header = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\
         Cache-Control: no-cache\r\nX-Content-Type-Options: nosniff\r\n{policy}Connection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(header.as_bytes())?;
    if !head_only {
        stream.write_all(body)?;
    }
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_cannot_leave_the_served_folder() {
        let root = project::root();
        assert!(resolve(&root, "/../Cargo.toml").is_none());
        assert!(resolve(&root, "/%2e%2e/Cargo.toml").is_none());
        assert!(resolve(&root, "/xtask/../Cargo.toml").is_none());
        assert_eq!(resolve(&root, "/Cargo.toml?x=1"), Some(root.join("Cargo.toml")));
    }

    #[test]
    fn webassembly_is_served_with_its_own_type() {
        assert_eq!(content_type(Path::new("a_bg.wasm")), "application/wasm");
    }

    #[test]
    fn pages_carry_the_content_security_policy() {
        let root = std::env::temp_dir().join(format!("atlas-serve-test-{}", std::process::id()));
        std::fs::create_dir_all(&root).unwrap();
        std::fs::write(root.join("index.html"), "<!doctype html>").unwrap();
        std::fs::write(root.join("a.js"), "1").unwrap();
        let server = Server::start(root.clone(), 0).unwrap();
        let get = |path: &str| {
            let mut stream = TcpStream::connect(server.address).unwrap();
            write!(stream, "GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
            let mut answer = String::new();
            std::io::Read::read_to_string(&mut stream, &mut answer).unwrap();
            answer
        };
        let policy = format!("\r\nContent-Security-Policy: {CONTENT_SECURITY_POLICY}\r\n");
        assert!(get("/?mode=kiosk").contains(&policy));
        assert!(!get("/a.js").contains("Content-Security-Policy"));
        let _ = std::fs::remove_dir_all(root);
    }
}
