//! Distance from a point a parent gives (a postcode from the feed, or the
//! browser's location) to every institution, and the order nearest first.
//! Computed once per point, so sorting and filtering by distance on each
//! keystroke costs nothing more.

use super::feed::{DaycareFeed, Point};

const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// Great-circle distance in metres (haversine): well within a metre of the
/// ellipsoid at Danish distances, and cheap.
pub fn metres_between(a: Point, b: Point) -> f64 {
    let (lat1, lat2) = (a.lat.to_radians(), b.lat.to_radians());
    let d_lat = lat2 - lat1;
    let d_lon = (b.lon - a.lon).to_radians();
    let h = (d_lat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (d_lon / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_M * h.sqrt().min(1.0).asin()
}

/// The point of a postcode in the feed's list ("8000", or "8000 Aarhus C").
pub fn postcode_point(feed: &DaycareFeed, text: &str) -> Option<Point> {
    let code = text.split_whitespace().next()?;
    feed.postcodes.iter().find(|p| p.code == code).map(|p| p.location)
}

/// Every unit's distance from one point.
#[derive(Clone, Debug, PartialEq)]
pub struct Distances {
    pub from: Point,
    /// Metres per unit, in feed order; `None` for a unit with no location.
    metres: Vec<Option<f32>>,
    /// Units nearest first; those without a location last, in feed order.
    nearest_first: Vec<u32>,
}

impl Distances {
    pub fn new(feed: &DaycareFeed, from: Point) -> Distances {
        let metres: Vec<Option<f32>> = feed
            .units
            .iter()
            .map(|u| u.location.map(|at| metres_between(from, at) as f32))
            .collect();
        let mut nearest_first: Vec<u32> = (0..metres.len() as u32).collect();
        nearest_first.sort_by(|&a, &b| match (metres[a as usize], metres[b as usize]) {
            (Some(x), Some(y)) => x.total_cmp(&y).then(a.cmp(&b)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => a.cmp(&b),
        });
        Distances { from, metres, nearest_first }
    }

    pub fn metres(&self, unit: usize) -> Option<f64> {
        self.metres.get(unit).copied().flatten().map(f64::from)
    }

    pub fn nearest_first(&self) -> &[u32] {
        &self.nearest_first
    }

    /// How many units have a location (the rest sort last).
    pub fn located(&self) -> usize {
        self.metres.iter().filter(|m| m.is_some()).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_distances() {
        let aarhus = Point { lat: 56.157, lon: 10.207 };
        let copenhagen = Point { lat: 55.676, lon: 12.568 };
        let km = metres_between(aarhus, copenhagen) / 1000.0;
        assert!(
            (km - 157.0).abs() < 2.0,
            "Aarhus-København is about 157 km as the crow flies: {km}"
        );
        assert_eq!(metres_between(aarhus, aarhus), 0.0);
    }
}
