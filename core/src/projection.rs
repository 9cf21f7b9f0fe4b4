//! Map projection of the atlas.
//!
//! An equal-area projection keeps the sizes of regions, districts and
//! battle areas comparable across the map; a conic one with two standard
//! parallels keeps shapes good over a region as wide as Xinjiang. The sphere
//! is enough at the scale of a wall map and keeps the formulas closed-form.

/// Albers equal-area conic on a sphere (Snyder 1987, eqs 14-1..14-6, 14-11..14-13 spherical).
///
/// Angles are in degrees, distances in kilometres (in the unit of `radius_km`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Albers {
    /// λ0, degrees east.
    pub central_meridian: f64,
    /// φ0, degrees north: the parallel whose point on the central meridian maps to (0, 0).
    pub latitude_of_origin: f64,
    /// φ1 and φ2, degrees north: the two parallels without scale distortion.
    pub standard_parallels: (f64, f64),
    /// Radius of the sphere.
    pub radius_km: f64,
}

/// Constants derived once from the parameters.
struct Derived {
    n: f64,
    c: f64,
    rho0: f64,
}

impl Albers {
    /// The projection the atlas uses: central meridian 85°E, origin 41.5°N, standard
    /// parallels 37°N and 47°N (chosen so the two parallels sit at about 1/6 and 5/6 of
    /// Xinjiang's latitude span 34.3–49.2°N, which keeps scale error small over the whole
    /// province), radius 6371.0088 km (the IUGG mean Earth radius).
    pub const ATLAS: Albers =
        Albers { central_meridian: 85.0, latitude_of_origin: 41.5, standard_parallels: (37.0, 47.0), radius_km: 6371.0088 };

    /// Cone constant n, C and ρ0 (eqs 14-14, 14-13, 14-12a spherical forms).
    fn derived(&self) -> Derived {
        let (p1, p2) = (self.standard_parallels.0.to_radians(), self.standard_parallels.1.to_radians());
        let n = (p1.sin() + p2.sin()) / 2.0;
        let c = p1.cos().powi(2) + 2.0 * n * p1.sin();
        let rho0 = self.rho(n, c, self.latitude_of_origin.to_radians());
        Derived { n, c, rho0 }
    }

    /// ρ for a latitude φ in radians (eq 14-3 spherical).
    fn rho(&self, n: f64, c: f64, phi: f64) -> f64 {
        self.radius_km * (c - 2.0 * n * phi.sin()).max(0.0).sqrt() / n
    }

    /// (lon°, lat°) -> (easting km, northing km)
    pub fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        let d = self.derived();
        let rho = self.rho(d.n, d.c, lat.to_radians());
        let theta = d.n * (lon - self.central_meridian).to_radians();
        (rho * theta.sin(), d.rho0 - rho * theta.cos())
    }

    /// inverse: (easting km, northing km) -> (lon°, lat°)
    pub fn invert(&self, x: f64, y: f64) -> (f64, f64) {
        let d = self.derived();
        // Eqs 14-10, 14-11: for a negative cone constant every term changes sign.
        let s = d.n.signum();
        let dy = d.rho0 - y;
        let rho = s * x.hypot(dy);
        let theta = (s * x).atan2(s * dy);
        let q = rho * d.n / self.radius_km;
        let phi = ((d.c - q * q) / (2.0 * d.n)).clamp(-1.0, 1.0).asin();
        let lon = self.central_meridian + (theta / d.n).to_degrees();
        (lon, phi.to_degrees())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SNYDER: Albers = Albers { central_meridian: -96.0, latitude_of_origin: 23.0, standard_parallels: (29.5, 45.5), radius_km: 1.0 };

    #[test]
    fn snyder_worked_example_matches_on_a_unit_sphere() {
        let (x, y) = SNYDER.project(-75.0, 35.0);
        assert!((x - 0.2952720).abs() < 1e-6, "x = {x}");
        assert!((y - 0.2416774).abs() < 1e-6, "y = {y}");
        let (lon, lat) = SNYDER.invert(x, y);
        assert!((lon + 75.0).abs() < 1e-9 && (lat - 35.0).abs() < 1e-9);
    }

    #[test]
    fn snyder_intermediate_constants_match() {
        let d = SNYDER.derived();
        assert!((d.n - 0.6028370).abs() < 1e-7, "n = {}", d.n);
        assert!((d.c - 1.3512213).abs() < 1e-7, "C = {}", d.c);
        assert!((d.rho0 - 1.5562263).abs() < 1e-7, "rho0 = {}", d.rho0);
        let rho = SNYDER.rho(d.n, d.c, 35.0_f64.to_radians());
        assert!((rho - 1.3473026).abs() < 1e-7, "rho = {rho}");
    }

    #[test]
    fn the_origin_maps_to_zero() {
        for p in [Albers::ATLAS, SNYDER] {
            let (x, y) = p.project(p.central_meridian, p.latitude_of_origin);
            assert!(x.abs() < 1e-9 && y.abs() < 1e-9, "{x} {y}");
            let (lon, lat) = p.invert(0.0, 0.0);
            assert!((lon - p.central_meridian).abs() < 1e-9);
            assert!((lat - p.latitude_of_origin).abs() < 1e-9);
        }
    }

    #[test]
    fn project_then_invert_round_trips_over_the_atlas_region() {
        let p = Albers::ATLAS;
        for i in 0..=60 {
            for j in 0..=44 {
                let lon = 70.0 + i as f64 * 0.5;
                let lat = 30.0 + j as f64 * 0.5;
                let (x, y) = p.project(lon, lat);
                let (lon2, lat2) = p.invert(x, y);
                assert!((lon2 - lon).abs() < 1e-9, "{lon} {lat} -> {lon2}");
                assert!((lat2 - lat).abs() < 1e-9, "{lon} {lat} -> {lat2}");
            }
        }
    }

    /// Area of the projected lon/lat cell, its edges cut into short chords.
    fn projected_cell_area(p: &Albers, lon: f64, lat: f64, size: f64) -> f64 {
        let steps = 64;
        let mut ring = Vec::new();
        for k in 0..steps {
            ring.push((lon + size * k as f64 / steps as f64, lat));
        }
        for k in 0..steps {
            ring.push((lon + size, lat + size * k as f64 / steps as f64));
        }
        for k in 0..steps {
            ring.push((lon + size - size * k as f64 / steps as f64, lat + size));
        }
        for k in 0..steps {
            ring.push((lon, lat + size - size * k as f64 / steps as f64));
        }
        let pts: Vec<(f64, f64)> = ring.iter().map(|&(a, b)| p.project(a, b)).collect();
        // Shoelace relative to the first point to avoid cancellation.
        let (x0, y0) = pts[0];
        let mut twice = 0.0;
        for k in 0..pts.len() {
            let (ax, ay) = pts[k];
            let (bx, by) = pts[(k + 1) % pts.len()];
            twice += (ax - x0) * (by - y0) - (bx - x0) * (ay - y0);
        }
        twice / 2.0
    }

    #[test]
    fn projected_cells_keep_their_area_on_the_sphere() {
        let p = Albers::ATLAS;
        let r = p.radius_km;
        for &(lon, lat) in &[(70.0, 30.0), (85.0, 41.5), (99.0, 51.0), (76.3, 44.7), (92.0, 35.2)] {
            let size: f64 = 0.25;
            let sphere = r * r * size.to_radians() * ((lat + size).to_radians().sin() - lat.to_radians().sin());
            let plane = projected_cell_area(&p, lon, lat, size);
            let rel = (plane - sphere).abs() / sphere;
            assert!(rel < 1e-6, "cell at {lon},{lat}: sphere {sphere} plane {plane} rel {rel}");
        }
    }

    #[test]
    fn standard_parallels_have_true_scale_along_the_parallel() {
        let p = Albers::ATLAS;
        for lat in [37.0_f64, 47.0] {
            let (x1, y1) = p.project(84.995, lat);
            let (x2, y2) = p.project(85.005, lat);
            let plane = (x2 - x1).hypot(y2 - y1);
            let sphere = p.radius_km * lat.to_radians().cos() * 0.01_f64.to_radians();
            assert!((plane / sphere - 1.0).abs() < 1e-6, "lat {lat}: {}", plane / sphere);
        }
    }

    #[test]
    fn atlas_parameters_are_the_documented_ones() {
        let p = Albers::ATLAS;
        assert_eq!(p.central_meridian, 85.0);
        assert_eq!(p.latitude_of_origin, 41.5);
        assert_eq!(p.standard_parallels, (37.0, 47.0));
        assert_eq!(p.radius_km, 6371.0088);
        // North is up on the central meridian, east to the right.
        let (x, y) = p.project(85.0, 45.0);
        assert!(x.abs() < 1e-9 && y > 0.0);
        let (x, _) = p.project(90.0, 41.5);
        assert!(x > 0.0);
    }
}
