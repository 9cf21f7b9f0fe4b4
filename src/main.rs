//! Starts the atlas in the browser. Everything else lives in the library so
//! that tests and server-side rendering can use it.

fn main() {
    ili_atlas::start();
}
