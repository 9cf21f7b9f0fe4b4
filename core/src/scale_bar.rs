//! The scale bar: a round distance and how long it is on screen.

/// A scale bar `km` long, drawn `px` long.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScaleBar {
    pub km: f64,
    pub px: f64,
}

/// The longest round distance (1, 2 or 5 × 10ⁿ km) that fits in `max_px`,
/// at `px_per_km` pixels per kilometre. `None` if nothing sensible fits.
///
/// ```
/// use atlas_core::scale_bar::scale_bar;
/// let bar = scale_bar(0.5, 160.0).unwrap(); // 0.5 px per km, up to 160 px
/// assert_eq!((bar.km, bar.px), (200.0, 100.0));
/// ```
pub fn scale_bar(px_per_km: f64, max_px: f64) -> Option<ScaleBar> {
    if !(px_per_km.is_finite() && px_per_km > 0.0 && max_px.is_finite() && max_px > 0.0) {
        return None;
    }
    let max_km = max_px / px_per_km;
    let magnitude = 10f64.powf(max_km.log10().floor());
    let km = [5.0, 2.0, 1.0].iter().map(|m| m * magnitude).find(|&km| km <= max_km)?;
    Some(ScaleBar { km, px: km * px_per_km })
}

/// "200 km", "50 km", "2 km", "500 m".
pub fn distance_label(km: f64, words: &crate::i18n::messages::Messages) -> String {
    if km >= 1.0 {
        words.text_with("distance-km", &[("km", km.round().to_string().into())])
    } else {
        words.text_with("distance-m", &[("m", (km * 1000.0).round().to_string().into())])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bar_is_the_longest_round_distance_that_fits() {
        assert_eq!(scale_bar(1.0, 120.0).unwrap().km, 100.0);
        assert_eq!(scale_bar(1.0, 260.0).unwrap().km, 200.0);
        assert_eq!(scale_bar(1.0, 600.0).unwrap().km, 500.0);
        assert_eq!(scale_bar(10.0, 120.0).unwrap().km, 10.0);
    }

    #[test]
    fn nonsense_scales_give_no_bar() {
        assert!(scale_bar(0.0, 100.0).is_none());
        assert!(scale_bar(f64::NAN, 100.0).is_none());
        assert!(scale_bar(1.0, -1.0).is_none());
    }

    #[test]
    fn distances_read_naturally() {
        assert_eq!(distance_label(200.0, &crate::i18n::messages::Messages::english()), "200 km");
        assert_eq!(distance_label(0.5, &crate::i18n::messages::Messages::english()), "500 m");
    }
}
