//! A made-up national feed of institutions around the real municipal
//! figures, for demonstrations and for measuring the widget on a full-size
//! country. Deterministic: one seed gives one feed, byte for byte.
//!
//! The municipalities and their values are the real ones the importer read;
//! only the institutions are invented. Each institution's figures scatter
//! around its municipality's, small ones have figures suppressed (too few
//! children to publish), and a few are not reported, as in real data. The
//! feed says it is synthetic (`about.synthetic`), so the widget labels it.

use rand_chacha::ChaCha8Rng;
use rand_core::{RngCore, SeedableRng};

use super::dk_places::{place_of, Place};
use crate::core::daycare::feed::*;
use crate::core::daycare::hours::{Interval, OpeningHours};
use crate::core::daycare::value::Value;
use crate::core::text::Text;

pub struct SyntheticOptions {
    pub seed: u64,
    /// About 4,600, as in Denmark.
    pub institutions: usize,
    /// The year of the closing days.
    pub year: i32,
}

impl Default for SyntheticOptions {
    fn default() -> Self {
        SyntheticOptions { seed: 1, institutions: 4600, year: 2025 }
    }
}

pub const NON_DANISH: &str = "ikke_dansk_pct";
/// Below this many children a share is not published.
const SUPPRESS_BELOW: f64 = 20.0;

/// The synthetic feed, built on a municipal feed (`import_dk_daycare`).
pub fn synthetic_daycare(municipal: &DaycareFeed, options: &SyntheticOptions) -> DaycareFeed {
    let mut rng = Random(ChaCha8Rng::seed_from_u64(options.seed));
    let mut feed = municipal.clone();
    feed.about = about(municipal, options);
    let mut figures = feed.figures.clone();
    let at = figures.iter().position(|f| f.id == "boern").map_or(figures.len(), |i| i + 1);
    figures.insert(at, non_danish_figure(options.year));
    feed.figures = figures;

    let counts = institutions_per_area(&feed.areas, options.institutions);
    let national = feed.national.values.clone();
    let mut units = Vec::with_capacity(options.institutions);
    for (area, &count) in feed.areas.iter_mut().zip(&counts) {
        let Some(place) = place_of(&area.code) else { continue };
        area.location = Some(Point { lat: place.lat, lon: place.lon });
        let mut made = Made { names: Vec::new(), non_danish_base: non_danish_base(area, &mut rng) };
        let first = units.len();
        for n in 0..count {
            units.push(unit(area, place, n, &national, &mut made, options.year, &mut rng));
        }
        // The municipality's share of children with a non-Danish background:
        // its institutions', weighted by children, as the source has none.
        let share = weighted_share(&units[first..]);
        area.values.0.push((NON_DANISH.into(), share));
    }
    let national_share = weighted_share(&units);
    feed.national.values.0.push((NON_DANISH.into(), national_share));
    feed.units = units;
    feed.postcodes = feed
        .areas
        .iter()
        .filter_map(|a| place_of(&a.code))
        .map(|p| Postcode {
            code: p.postcode.into(),
            name: p.town.into(),
            location: Point { lat: p.lat, lon: p.lon },
        })
        .collect();
    feed.postcodes.sort_by(|a, b| a.code.cmp(&b.code));
    feed
}

fn both(da: &str, en: &str) -> Text {
    Text::PerLanguage(vec![("da".into(), da.into()), ("en".into(), en.into())])
}

fn about(municipal: &DaycareFeed, options: &SyntheticOptions) -> About {
    About {
        title: Some(both("Dagtilbud i Danmark (syntetiske data)", "Daycare in Denmark (synthetic data)")),
        as_of: Some(options.year.to_string()),
        synthetic: true,
        sources: municipal.about.sources.clone(),
        note: Some(both(
            &format!(
                "Institutionerne er opdigtede (frø {}) og spredt omkring kommunernes rigtige nøgletal; kommunernes og landets tal er de offentliggjorte. Andelen af børn med ikke-dansk baggrund er også opdigtet.",
                options.seed
            ),
            &format!(
                "The institutions are made up (seed {}) and scattered around the municipalities' real key figures; the municipal and national figures are as published. The share of children with a non-Danish background is made up as well.",
                options.seed
            ),
        )),
    }
}

fn non_danish_figure(year: i32) -> Figure {
    Figure {
        id: NON_DANISH.into(),
        label: both("Andel børn med ikke-dansk baggrund", "Share of children with a non-Danish background"),
        unit: Some(Text::Plain("%".into())),
        decimals: 0,
        // Made up for the year the institutions are made up for.
        period: Some(year.to_string()),
        better: Better::None,
        presence: Presence::Mandatory,
        explanation: Some(both(
            "Andelen af børnene, der er indvandrere eller efterkommere. Offentliggøres ikke, hvor der er for få børn.",
            "The share of the children who are immigrants or descendants of immigrants. Not published where there are too few children.",
        )),
        total: false,
        age_group: None,
        breaks: Vec::new(),
    }
}

/// Institutions per municipality, in proportion to its children, at least
/// two each, adding up to `total`.
fn institutions_per_area(areas: &[Area], total: usize) -> Vec<usize> {
    let children: Vec<f64> = areas
        .iter()
        .map(|a| a.values.get("boern").and_then(Value::number).unwrap_or(100.0).max(1.0))
        .collect();
    let all: f64 = children.iter().sum();
    let mut counts: Vec<usize> =
        children.iter().map(|c| ((c / all) * total as f64).round().max(2.0) as usize).collect();
    // Rounding leaves the sum a few off; the largest municipalities absorb it.
    let mut order: Vec<usize> = (0..areas.len()).collect();
    order.sort_by(|&a, &b| children[b].total_cmp(&children[a]));
    let mut i = 0;
    while counts.iter().sum::<usize>() != total && !order.is_empty() {
        let at = order[i % order.len().min(10)];
        if counts.iter().sum::<usize>() > total {
            if counts[at] > 2 {
                counts[at] -= 1;
            } else if i > 10 * order.len() {
                break;
            }
        } else {
            counts[at] += 1;
        }
        i += 1;
    }
    counts
}

struct Random(ChaCha8Rng);

impl Random {
    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.0.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }

    fn below(&mut self, n: usize) -> usize {
        ((self.unit() * n as f64) as usize).min(n.saturating_sub(1))
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// Normal, by Box-Muller.
    fn normal(&mut self, mean: f64, sd: f64) -> f64 {
        let (u, v) = (self.unit().max(1e-12), self.unit());
        mean + sd * (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    }

    fn pick<'a, T>(&mut self, weighted: &'a [(T, f64)]) -> &'a T {
        let total: f64 = weighted.iter().map(|(_, w)| w).sum();
        let mut x = self.unit() * total;
        for (item, w) in weighted {
            if x < *w {
                return item;
            }
            x -= w;
        }
        &weighted[weighted.len() - 1].0
    }
}

struct Made {
    names: Vec<String>,
    non_danish_base: f64,
}

/// A municipality's typical share of children with a non-Danish background:
/// higher where there are many children (the cities), with some spread.
fn non_danish_base(area: &Area, rng: &mut Random) -> f64 {
    let children = area.values.get("boern").and_then(Value::number).unwrap_or(500.0).max(50.0);
    (4.0 + 3.0 * (children / 500.0).ln().max(0.0) + rng.normal(0.0, 3.0)).clamp(2.0, 40.0)
}

fn unit(
    area: &Area,
    place: &Place,
    n: usize,
    national: &Values,
    made: &mut Made,
    year: i32,
    rng: &mut Random,
) -> Unit {
    let family_share = match (
        area.values.get("boern_dagpleje").and_then(Value::number),
        area.values.get("boern").and_then(Value::number),
    ) {
        (Some(d), Some(all)) if all > 0.0 => (d / all).clamp(0.0, 0.6),
        _ => 0.1,
    };
    let kind = *rng.pick(&[
        (UnitType::FamilyDaycare, family_share * 1.6),
        (UnitType::Integrated, 0.52),
        (UnitType::Kindergarten, 0.22),
        (UnitType::Nursery, 0.11),
        (UnitType::Other, 0.06),
    ]);
    let children = match kind {
        UnitType::Nursery => rng.range(22.0, 62.0),
        UnitType::Kindergarten => rng.range(35.0, 115.0),
        UnitType::Integrated => rng.range(40.0, 150.0),
        UnitType::FamilyDaycare => rng.range(8.0, 32.0),
        UnitType::Other => rng.range(10.0, 60.0),
    }
    .round();
    let name = name(kind, made, rng);
    let street = STREETS[rng.below(STREETS.len())];
    let address = format!("{street} {}, {} {}", 1 + rng.below(140), place.postcode, place.town);
    let location = scatter(place, rng);
    let values = values(area, national, kind, children, made.non_danish_base, rng);
    Unit {
        id: format!("{}-{:04}", area.code, n + 1),
        name,
        kind,
        area: Some(area.code.clone()),
        address: Some(address),
        location: Some(location),
        ages: Vec::new(),
        values,
        opening_hours: (!rng.chance(0.04)).then(|| hours(kind, rng)),
        closing_days: (!rng.chance(0.1)).then(|| closing_days(year, kind, rng)),
        profile: rng.chance(0.7).then(|| {
            let (da, en) = PROFILES[rng.below(PROFILES.len())];
            both(da, en)
        }),
        meals: (!rng.chance(0.02)).then(|| meals(kind, rng)),
        url: None,
    }
}

fn name(kind: UnitType, made: &mut Made, rng: &mut Random) -> String {
    let prefix = match kind {
        UnitType::Nursery => "Vuggestuen ",
        UnitType::Kindergarten => *rng.pick(&[("Børnehaven ", 0.8), ("Skovbørnehaven ", 0.2)]),
        UnitType::Integrated => *rng.pick(&[("Børnehuset ", 0.6), ("", 0.4)]),
        UnitType::FamilyDaycare => "Dagplejen ",
        UnitType::Other => {
            *rng.pick(&[("Den private institution ", 0.5), ("Puljeinstitutionen ", 0.5)])
        }
    };
    for attempt in 0.. {
        let stem = if kind == UnitType::FamilyDaycare {
            DISTRICTS[rng.below(DISTRICTS.len())]
        } else {
            STEMS[rng.below(STEMS.len())]
        };
        let name = if attempt < 20 {
            format!("{prefix}{stem}")
        } else {
            format!("{prefix}{stem} {}", attempt - 18)
        };
        if !made.names.contains(&name) {
            made.names.push(name.clone());
            return name;
        }
    }
    unreachable!("the loop returns")
}

/// A point within the municipality's radius, uniform over the disc.
fn scatter(place: &Place, rng: &mut Random) -> Point {
    let r = place.radius_km * rng.unit().sqrt();
    let angle = rng.range(0.0, std::f64::consts::TAU);
    let (lat0, lon0) = place.centre;
    let lat = lat0 + r * angle.sin() / 111.32;
    let lon = lon0 + r * angle.cos() / (111.32 * lat0.to_radians().cos());
    Point { lat: round(lat, 5), lon: round(lon, 5) }
}

fn round(x: f64, decimals: i32) -> f64 {
    let f = 10f64.powi(decimals);
    (x * f).round() / f
}

fn values(
    area: &Area,
    national: &Values,
    kind: UnitType,
    children: f64,
    non_danish_base: f64,
    rng: &mut Random,
) -> Values {
    let around = |figure: &str| {
        area.values
            .get(figure)
            .and_then(Value::number)
            .or_else(|| national.get(figure).and_then(Value::number))
    };
    let mut values = Values::default();
    // Children per adult, for the age groups and kind of care the unit has.
    let applies = |figure: &str| match figure {
        "normering_0_2" => {
            matches!(kind, UnitType::Nursery | UnitType::Integrated | UnitType::Other)
        }
        "normering_3_5" => {
            matches!(kind, UnitType::Kindergarten | UnitType::Integrated | UnitType::Other)
        }
        _ => kind == UnitType::FamilyDaycare,
    };
    for figure in ["normering_0_2", "normering_3_5", "normering_dagpleje"] {
        let value = if !applies(figure) {
            Value::NotApplicable
        } else if rng.chance(0.03) {
            Value::NotReported
        } else {
            match around(figure) {
                Some(mean) => Value::Number(round(rng.normal(mean, 0.35).clamp(1.5, 9.0), 1)),
                None => Value::NotReported,
            }
        };
        values.push(figure, value);
    }
    let trained = if kind == UnitType::FamilyDaycare {
        // Childminders are not counted as pedagogical staff.
        Value::NotApplicable
    } else if rng.chance(0.04) {
        Value::NotReported
    } else if children < SUPPRESS_BELOW {
        Value::Suppressed
    } else {
        around("paedagoger_pct").map_or(Value::NotReported, |m| {
            Value::Number(round(rng.normal(m, 9.0).clamp(8.0, 95.0), 1))
        })
    };
    values.push("paedagoger_pct", trained);
    values.push("boern", Value::Number(children));
    let non_danish = if children < SUPPRESS_BELOW {
        Value::Suppressed
    } else if rng.chance(0.03) {
        Value::NotReported
    } else {
        Value::Number((non_danish_base * (rng.normal(0.0, 0.55)).exp()).clamp(0.0, 95.0).round())
    };
    values.push(NON_DANISH, non_danish);
    values
}

fn weighted_share(units: &[Unit]) -> Value {
    let (mut sum, mut weight) = (0.0, 0.0);
    for u in units {
        if let (Some(Value::Number(share)), Some(Value::Number(children))) =
            (u.values.get(NON_DANISH), u.values.get("boern"))
        {
            sum += share * children;
            weight += children;
        }
    }
    // Whole numbers added up exactly, divided once, and not rounded: a value
    // is rounded once, when it is shown.
    if weight > 0.0 {
        Value::Number(sum / weight)
    } else {
        Value::NotReported
    }
}

fn hours(kind: UnitType, rng: &mut Random) -> OpeningHours {
    let quarter = |rng: &mut Random, choices: &[(u16, f64)]| *rng.pick(choices);
    let (open, close, friday_close) = if kind == UnitType::FamilyDaycare {
        (
            quarter(rng, &[(390, 0.3), (405, 0.3), (420, 0.3), (435, 0.1)]),
            quarter(rng, &[(930, 0.3), (960, 0.5), (990, 0.2)]),
            quarter(rng, &[(840, 0.4), (870, 0.3), (900, 0.3)]),
        )
    } else {
        (
            quarter(rng, &[(360, 0.2), (375, 0.15), (390, 0.45), (405, 0.1), (420, 0.1)]),
            quarter(rng, &[(990, 0.2), (1005, 0.15), (1020, 0.45), (1035, 0.1), (1050, 0.1)]),
            quarter(rng, &[(930, 0.25), (960, 0.5), (990, 0.25)]),
        )
    };
    let day = |close| vec![Interval { open, close }];
    OpeningHours([
        day(close),
        day(close),
        day(close),
        day(close),
        day(friday_close.min(close)),
        Vec::new(),
        Vec::new(),
    ])
}

fn closing_days(year: i32, kind: UnitType, rng: &mut Random) -> ClosingDays {
    // Days Danish institutions commonly close (set for 2025's calendar, shifted in year only).
    let mut dates: Vec<String> = Vec::new();
    let day = |md: &str| format!("{year}-{md}");
    if rng.chance(0.8) {
        dates.extend(["12-24", "12-31"].map(day));
    }
    if rng.chance(0.6) {
        dates.extend(["12-22", "12-23", "12-29", "12-30"].map(day));
    }
    if rng.chance(0.7) {
        dates.push(day("06-05")); // Grundlovsdag
    }
    if rng.chance(0.5) {
        dates.push(day("05-30")); // the Friday after Ascension Day
    }
    let summer = kind != UnitType::FamilyDaycare && rng.chance(0.45);
    if summer {
        dates.extend(["07-14", "07-15", "07-16", "07-17", "07-18"].map(day));
    }
    dates.sort();
    let note = summer.then(|| both("Lukket i uge 29", "Closed in week 29"));
    // Most institutions publish only how many days they close; a fifth list
    // the days too (and keeping the dates out of most keeps the feed small).
    let count = Some(dates.len() as u16);
    let dates = if rng.chance(0.2) { dates } else { Vec::new() };
    ClosingDays { count, dates, note }
}

fn meals(kind: UnitType, rng: &mut Random) -> Meals {
    let scheme = if kind == UnitType::FamilyDaycare {
        *rng.pick(&[(MealScheme::Lunch, 0.6), (MealScheme::PackedLunch, 0.4)])
    } else {
        *rng.pick(&[
            (MealScheme::Lunch, 0.78),
            (MealScheme::AllMeals, 0.07),
            (MealScheme::PackedLunch, 0.12),
            (MealScheme::Other, 0.03),
        ])
    };
    let note = (scheme == MealScheme::Lunch && rng.chance(0.3))
        .then(|| both("Økologisk frokost", "Organic lunch"));
    Meals { scheme, note }
}

const STEMS: [&str; 60] = [
    "Solsikken",
    "Mariehønen",
    "Troldehøj",
    "Egernet",
    "Spiren",
    "Regnbuen",
    "Myretuen",
    "Bikuben",
    "Kastanjen",
    "Lærkereden",
    "Skovtrolden",
    "Humlebien",
    "Valmuen",
    "Bøgely",
    "Æblehaven",
    "Stjernen",
    "Søstjernen",
    "Fyrtårnet",
    "Nøddehegnet",
    "Pilehuset",
    "Mælkebøtten",
    "Sommerfuglen",
    "Tusindfryd",
    "Rosenhaven",
    "Kløverhuset",
    "Anemonen",
    "Birkely",
    "Egebo",
    "Grantoppen",
    "Havebo",
    "Hyldebærhuset",
    "Kirsebærhaven",
    "Lindehuset",
    "Mosebo",
    "Nordlyset",
    "Perlen",
    "Rævehulen",
    "Skovbrynet",
    "Solstrålen",
    "Strandhuset",
    "Toppen",
    "Uglereden",
    "Vikingen",
    "Ørnereden",
    "Åkanden",
    "Bjørneborgen",
    "Delfinen",
    "Engblommen",
    "Frøhuset",
    "Græshoppen",
    "Hasselnødden",
    "Islandshesten",
    "Jordbærmarken",
    "Krudtuglen",
    "Lykkeper",
    "Mejsen",
    "Nattergalen",
    "Odderen",
    "Pindsvinet",
    "Rødkælken",
];

const DISTRICTS: [&str; 8] = ["Nord", "Syd", "Øst", "Vest", "Midt", "Land", "By", "Centrum"];

const STREETS: [&str; 24] = [
    "Skolevej",
    "Kirkevej",
    "Egevej",
    "Birkevej",
    "Møllevej",
    "Vestergade",
    "Østergade",
    "Nørregade",
    "Søndergade",
    "Parkvej",
    "Skovvej",
    "Engvej",
    "Bakkevej",
    "Lindevej",
    "Rosenvej",
    "Stationsvej",
    "Grønnegade",
    "Havevej",
    "Tværvej",
    "Solvej",
    "Bøgevej",
    "Ahornvej",
    "Kastanjevej",
    "Åvej",
];

const PROFILES: [(&str, &str); 10] = [
    (
        "Naturprofil: vi er ude hver dag, hele året.",
        "Nature profile: outdoors every day, all year.",
    ),
    ("Idræt og bevægelse i hverdagen.", "Sport and movement every day."),
    ("Musik, sang og drama.", "Music, singing and drama."),
    ("Sprog og læselyst.", "Language and a love of reading."),
    (
        "Skovbørnehave med egen bus til skoven.",
        "Forest kindergarten with its own bus to the woods.",
    ),
    ("Kunst og kreativitet.", "Art and creativity."),
    ("Natur, science og små eksperimenter.", "Nature, science and small experiments."),
    ("Bondegård med dyr, som børnene passer.", "A farm with animals the children look after."),
    ("Flersproget hverdag.", "A multilingual everyday life."),
    ("Inklusion og fællesskab.", "Inclusion and community."),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::import::dk_daycare::import_dk_daycare;

    fn real() -> DaycareFeed {
        let key = include_str!("../../../tests/fixtures/dk-dagtilbud-noegletal-kommuner.csv");
        let normering = include_str!("../../../tests/fixtures/dk-normering-kommuner-2017-2023.csv");
        import_dk_daycare(key, normering).unwrap().feed
    }

    #[test]
    fn one_seed_one_feed_and_another_seed_another() {
        let municipal = real();
        let small = |seed| SyntheticOptions { seed, institutions: 300, year: 2025 };
        let a = serde_json::to_string(&synthetic_daycare(&municipal, &small(7))).unwrap();
        let b = serde_json::to_string(&synthetic_daycare(&municipal, &small(7))).unwrap();
        let c = serde_json::to_string(&synthetic_daycare(&municipal, &small(8))).unwrap();
        assert!(a == b, "the same seed gives the same feed");
        assert_ne!(a, c);
    }

    #[test]
    fn institutions_follow_the_children_and_add_up() {
        let municipal = real();
        let feed = synthetic_daycare(&municipal, &SyntheticOptions::default());
        assert_eq!(feed.units.len(), 4600);
        assert!(feed.about.synthetic);
        let in_area =
            |code: &str| feed.units.iter().filter(|u| u.area.as_deref() == Some(code)).count();
        assert!(in_area("101") > 300, "København: {}", in_area("101"));
        assert!(in_area("825") >= 2, "Læsø has its two");
        assert!(in_area("751") > in_area("461"), "Aarhus has more children than Odense");
        let suppressed = feed
            .units
            .iter()
            .filter(|u| u.values.get(NON_DANISH) == Some(Value::Suppressed))
            .count();
        let not_reported = feed
            .units
            .iter()
            .filter(|u| u.values.get("normering_0_2") == Some(Value::NotReported))
            .count();
        assert!(
            suppressed > 100 && not_reported > 20,
            "suppressed {suppressed}, not reported {not_reported}"
        );
        let ids: std::collections::HashSet<&str> =
            feed.units.iter().map(|u| u.id.as_str()).collect();
        assert_eq!(ids.len(), 4600, "ids are unique");
    }
}
