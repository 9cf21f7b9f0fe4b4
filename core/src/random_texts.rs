//! Texts made at random from pieces, for the tests that no input makes a
//! reader panic (the link, the host's messages, the Fluent files).

/// `count` texts of at most `longest - 1` pieces each; the same texts for the same `seed`.
pub(crate) fn random_texts<'a>(pieces: &'a [&'a str], count: usize, longest: u64, mut seed: u64) -> impl Iterator<Item = String> + 'a {
    (0..count).map(move |_| {
        let mut text = String::new();
        for _ in 0..(seed % longest) {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
        }
        seed = seed.wrapping_add(1);
        text
    })
}
