//! The project's automation, run as `cargo xtask <command>`.
//!
//! The two commands of the README are `cargo xtask serve` and
//! `cargo xtask test`; both install what is missing first (see
//! `toolchain.rs`). CI runs `cargo xtask test` through `.ci/run`.

mod bench;
mod boot_words;
mod budget;
mod bundle;
mod first_view;
mod fonts;
mod geodata;
mod minify;
mod offline;
mod project;
mod serve;
mod size;
mod strict_csp;
mod suite;
mod toolchain;

const USAGE: &str = "\
usage: cargo xtask <command>

  serve [--port N]   set up what is missing, build the app, serve it on 127.0.0.1 (default port 8080)
  test               set up what is missing and run the whole test suite
  build              build the release bundle into dist/
  size [--check]     print what the browser downloads for the first view (raw, gzip, brotli);
                     with --check, fail when the gzip total exceeds the budget
  setup              only install what is missing (toolchain, tools, browser, npm packages)
  geodata            rebuild assets/map/ from the raw boundary data
  fonts              rebuild assets/fonts/ (a Chinese webfont cut to the characters the data uses)
  bench [--native]   print performance figures (native core; then the browser, CPU 1x and 6x)
";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rest = args.get(1..).unwrap_or(&[]);
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve::run(rest),
        Some("test") => suite::run(rest),
        Some("build") => toolchain::Toolchain::ensure().and_then(|t| bundle::build(&t)),
        Some("size") => size::run(rest),
        Some("setup") => toolchain::Toolchain::ensure().map(|_| ()),
        Some("geodata") => geodata::run(rest),
        Some("bench") => bench::run(rest),
        Some("fonts") => fonts::run(rest),
        Some("help" | "--help" | "-h") | None => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    };
    if let Err(message) = result {
        eprintln!("xtask: {message}");
        std::process::exit(1);
    }
}
