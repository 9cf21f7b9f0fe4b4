//! Native figures for the core: loading and checking all the data, the map's
//! state on a date, and the scene for a view. Prints median, p95 and max;
//! never fails on a time. Run by `cargo xtask bench`, or directly with
//! `cargo run --release -p atlas-core --example bench`.

use atlas_core::geography::{Geography, GeographyTexts};
use atlas_core::history::at_date::{announcement, MapState};
use atlas_core::history::marks::TrackMarks;
use atlas_core::scene::compose;
use atlas_core::timeline::Timeline;
use atlas_core::viewport::Viewport;
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn read(relative: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn load(t: &GeographyTexts) -> Geography {
    Geography::from_texts(t).expect("the data files are valid")
}

/// Median, p95 and max of the samples, as one line.
fn figures(name: &str, mut samples: Vec<Duration>) -> String {
    samples.sort();
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    format!(
        "{name:<44} median {:>10.1?}  p95 {:>10.1?}  max {:>10.1?}  ({} runs)",
        at(0.5),
        at(0.95),
        samples[samples.len() - 1],
        samples.len()
    )
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let value = f();
    (value, start.elapsed())
}

fn main() {
    let texts = GeographyTexts::read_with(|file| Ok::<_, ()>(read(file))).unwrap();
    let loads: Vec<Duration> = (0..30).map(|_| timed(|| load(&texts)).1).collect();
    println!("{}", figures("load and check all data (9 files)", loads));

    let g = load(&texts);
    let words = atlas_core::i18n::messages::Messages::english();
    let t = Timeline::WHOLE;
    let mut previous = MapState::on(&g.history, t.start());
    let mut states = Vec::new();
    let mut steps = Vec::new();
    for offset in 0..t.len_days() {
        let date = t.date_at(offset);
        let (state, d) = timed(|| MapState::on(&g.history, date));
        states.push(d);
        let (_, d) = timed(|| announcement(&g.history, Some(&previous), &state, &words));
        steps.push(d);
        previous = state;
    }
    println!("{}", figures("map state on a date (every day 1934-1955)", states));
    println!("{}", figures("announcement of a step (every day)", steps));
    let marks: Vec<Duration> = (0..200)
        .map(|_| timed(|| TrackMarks::new(&g.history, Timeline::DEFAULT, &atlas_core::i18n::messages::Messages::english())).1)
        .collect();
    println!("{}", figures("slider marks for a timeline", marks));

    for screen in [(1920.0, 880.0), (390.0, 420.0)] {
        let mut view = Viewport::new(g.map.frame, g.home, screen);
        let mut samples = Vec::new();
        for i in 0..2000 {
            view = match i % 4 {
                0 => view.zoomed(1.1),
                1 => view.panned((37.0, -21.0)),
                2 => view.zoomed(1.0 / 1.1),
                _ => view.panned((-30.0, 17.0)),
            };
            samples.push(timed(|| compose(&g, &view, &[])).1);
        }
        println!("{}", figures(&format!("scene for a view at {}x{}", screen.0, screen.1), samples));
    }
}
