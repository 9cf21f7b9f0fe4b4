//! The size budget: the one place that says how much the first view may weigh.

/// Gzip-compressed bytes the browser may download for the first view: the
/// page, script, WebAssembly, styles and the data drawn first. The map and
/// history data must fit in it too.
pub const FIRST_VIEW_GZIP_BUDGET: u64 = 150 * 1024;
