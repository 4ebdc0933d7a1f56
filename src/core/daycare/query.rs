//! Search, filters and sorting over thousands of institutions, fast enough
//! for every keystroke. Everything that does not depend on the query is
//! worked out once when the feed is loaded (`UnitIndex::new`): folded names
//! for search, each unit's municipality, age groups and values in dense
//! columns. Each column's sorted order is computed the first time someone
//! sorts by it and kept, so a keystroke is one pass over a ready order that
//! keeps the units that pass the filters.

use crate::core::limits::{MAX_SEARCH_CHARS, MAX_SEARCH_WORDS};
use std::sync::OnceLock;

use super::distance::Distances;
use super::feed::{AgeGroup, DaycareFeed, MealScheme, UnitType};
use super::value::Value;

/// What a table can be sorted by, and a column it can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    Name,
    Area,
    Type,
    /// A key figure, by its index in `feed.figures`.
    Figure(usize),
    /// Needs a `Distances`; without one it sorts by name.
    Distance,
    Opens,
    Closes,
    WeeklyHours,
    ClosingDays,
    Meals,
}

impl Column {
    const BUILT_IN: [(Column, &'static str); 9] = [
        (Column::Name, "name"),
        (Column::Area, "area"),
        (Column::Type, "type"),
        (Column::Distance, "distance"),
        (Column::Opens, "opens"),
        (Column::Closes, "closes"),
        (Column::WeeklyHours, "hours"),
        (Column::ClosingDays, "closing_days"),
        (Column::Meals, "meals"),
    ];

    /// The id used in attributes and the URL fragment: a figure's id, or
    /// `name`, `area`, `type`, `distance`, `opens`, `closes`, `hours`,
    /// `closing_days`, `meals`.
    pub fn id(self, feed: &DaycareFeed) -> &str {
        match self {
            Column::Figure(i) => feed.figures.get(i).map_or("", |f| f.id.as_str()),
            other => Column::BUILT_IN.iter().find(|(c, _)| *c == other).map_or("", |(_, id)| id),
        }
    }

    /// A figure id takes precedence: a feed may define a figure "hours".
    pub fn from_id(id: &str, feed: &DaycareFeed) -> Option<Column> {
        let id = id.trim();
        feed.figures
            .iter()
            .position(|f| f.id == id)
            .map(Column::Figure)
            .or_else(|| Column::BUILT_IN.iter().find(|(_, name)| *name == id).map(|(c, _)| *c))
    }

    /// Where the column's sorted orders are kept in `UnitIndex::orders`;
    /// `None` for distance (its order lives in `Distances`) and unknown figures.
    fn slot(self, figures: usize) -> Option<usize> {
        Some(match self {
            Column::Name => 0,
            Column::Area => 1,
            Column::Type => 2,
            Column::Opens => 3,
            Column::Closes => 4,
            Column::WeeklyHours => 5,
            Column::ClosingDays => 6,
            Column::Meals => 7,
            Column::Figure(i) if i < figures => 8 + i,
            Column::Figure(_) | Column::Distance => return None,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    pub column: Column,
    pub descending: bool,
}

impl Sort {
    /// The order a click on a heading starts with: the best first for a
    /// figure with a better direction (lowest children per adult, highest
    /// share of pedagogues), the nearest first, otherwise ascending.
    pub fn first_for(column: Column, feed: &DaycareFeed) -> Sort {
        let descending = matches!(column, Column::Figure(f) if feed.figures.get(f).is_some_and(|f| f.better == super::feed::Better::Higher));
        Sort { column, descending }
    }
}

impl Default for Sort {
    fn default() -> Self {
        Sort { column: Column::Name, descending: false }
    }
}

/// What a parent has narrowed the list to. Empty lists mean "all".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    /// Words that must all occur in the name or address, in any case and
    /// with or without Danish letters ("aarhus" finds "Århus").
    pub text: String,
    /// Municipalities, by index in `feed.areas`.
    pub areas: Vec<usize>,
    pub types: Vec<UnitType>,
    pub age: Option<AgeGroup>,
    /// Only units this close to the distance point (needs `Distances`).
    pub within_m: Option<f64>,
}

/// A sort key: numbers first in the chosen direction, then the missing
/// kinds in a fixed order whatever the direction.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Key {
    missing: u8,
    x: f64,
}

pub struct UnitIndex {
    units: usize,
    figures: usize,
    /// Name and address, case-folded, Danish letters spelt out.
    haystacks: Vec<Box<str>>,
    /// Position of each unit's name in alphabetical order.
    name_rank: Vec<u32>,
    area_of: Vec<Option<u32>>,
    area_rank: Vec<u32>,
    kind: Vec<UnitType>,
    /// Bit 0: takes 0-2 year olds; bit 1: 3-5.
    ages: Vec<u8>,
    /// `values[figure * units + unit]`.
    values: Vec<Value>,
    opens: Vec<Option<u16>>,
    closes: Vec<Option<u16>>,
    weekly: Vec<Option<u32>>,
    closing_days: Vec<Option<u16>>,
    meals: Vec<Option<MealScheme>>,
    /// Sorted orders, ascending and descending per column slot, made on first use.
    orders: Vec<OnceLock<Box<[u32]>>>,
}

fn age_bits(ages: &[AgeGroup]) -> u8 {
    ages.iter().map(|a| if *a == AgeGroup::Under3 { 1 } else { 2 }).fold(0, |b, a| b | a)
}

impl UnitIndex {
    pub fn new(feed: &DaycareFeed) -> UnitIndex {
        let units = feed.units.len();
        let figures = feed.figures.len();
        let mut values = vec![Value::NotReported; figures * units];
        // Units list their values in the same order as a rule: try the
        // figure after the last one found before searching.
        for (u, unit) in feed.units.iter().enumerate() {
            let mut guess = 0;
            for (id, v) in &unit.values.0 {
                let found = (guess..figures).chain(0..guess).find(|&f| &feed.figures[f].id == id);
                if let Some(f) = found {
                    values[f * units + u] = *v;
                    guess = f + 1;
                }
            }
        }
        let mut codes: Vec<(&str, u32)> =
            feed.areas.iter().enumerate().map(|(i, a)| (a.code.as_str(), i as u32)).collect();
        codes.sort_unstable();
        let area_of: Vec<Option<u32>> = feed
            .units
            .iter()
            .map(|u| {
                u.area.as_deref().and_then(|code| {
                    codes.binary_search_by(|(c, _)| (*c).cmp(code)).ok().map(|i| codes[i].1)
                })
            })
            .collect();
        let area_rank =
            ranks(&feed.areas.iter().map(|a| collation_key(&a.name)).collect::<Vec<_>>());
        let name_rank =
            ranks(&feed.units.iter().map(|u| collation_key(&u.name)).collect::<Vec<_>>());
        let mut haystack = String::new();
        let haystacks = feed
            .units
            .iter()
            .map(|u| {
                haystack.clear();
                fold_into(&u.name, &mut haystack);
                haystack.push('\n');
                fold_into(u.address.as_deref().unwrap_or(""), &mut haystack);
                haystack.as_str().into()
            })
            .collect();
        UnitIndex {
            units,
            figures,
            haystacks,
            name_rank,
            area_of,
            area_rank,
            kind: feed.units.iter().map(|u| u.kind).collect(),
            ages: feed
                .units
                .iter()
                .map(|u| age_bits(if u.ages.is_empty() { u.kind.default_ages() } else { &u.ages }))
                .collect(),
            values,
            opens: feed
                .units
                .iter()
                .map(|u| u.opening_hours.as_ref().and_then(|h| h.opens()))
                .collect(),
            closes: feed
                .units
                .iter()
                .map(|u| u.opening_hours.as_ref().and_then(|h| h.closes()))
                .collect(),
            weekly: feed
                .units
                .iter()
                .map(|u| u.opening_hours.as_ref().map(|h| h.weekly_minutes()))
                .collect(),
            closing_days: feed
                .units
                .iter()
                .map(|u| u.closing_days.as_ref().and_then(|c| c.days()))
                .collect(),
            meals: feed.units.iter().map(|u| u.meals.as_ref().map(|m| m.scheme)).collect(),
            orders: (0..2 * (8 + figures)).map(|_| OnceLock::new()).collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.units
    }

    pub fn is_empty(&self) -> bool {
        self.units == 0
    }

    /// A unit's value of a figure (not reported when it has none).
    pub fn value(&self, unit: usize, figure: usize) -> Value {
        if unit < self.units && figure < self.figures {
            self.values[figure * self.units + unit]
        } else {
            Value::NotReported
        }
    }

    /// The index in `feed.areas` of a unit's municipality.
    pub fn area_of(&self, unit: usize) -> Option<usize> {
        self.area_of.get(unit).copied().flatten().map(|a| a as usize)
    }

    /// Figures that at least one unit has a number for: the columns worth
    /// offering in the institutions table (the rest are municipal only).
    pub fn unit_figures(&self) -> Vec<usize> {
        (0..self.figures)
            .filter(|&f| (0..self.units).any(|u| matches!(self.value(u, f), Value::Number(_))))
            .collect()
    }

    /// The units that pass `filter`, in `sort` order, into `out` (cleared
    /// first; pass the same vector each time to avoid allocating).
    pub fn query(
        &self,
        filter: &Filter,
        sort: Sort,
        distances: Option<&Distances>,
        out: &mut Vec<u32>,
    ) {
        out.clear();
        let mut needle = String::new();
        let words = search_words(&filter.text, &mut needle);
        let keep = |u: u32| self.passes(u as usize, filter, &words, distances);
        match (sort.column, distances) {
            (Column::Distance, Some(d)) => {
                let order = d.nearest_first();
                let located = d.located();
                if sort.descending {
                    out.extend(order[..located].iter().rev().copied().filter(|&u| keep(u)));
                    out.extend(order[located..].iter().copied().filter(|&u| keep(u)));
                } else {
                    out.extend(order.iter().copied().filter(|&u| keep(u)));
                }
            }
            _ => {
                let sort = if sort.column == Column::Distance { Sort::default() } else { sort };
                out.extend(self.order(sort).iter().copied().filter(|&u| keep(u)));
            }
        }
    }

    fn passes(
        &self,
        u: usize,
        filter: &Filter,
        words: &[&str],
        distances: Option<&Distances>,
    ) -> bool {
        if !filter.areas.is_empty() && !self.area_of(u).is_some_and(|a| filter.areas.contains(&a)) {
            return false;
        }
        if !filter.types.is_empty() && !filter.types.contains(&self.kind[u]) {
            return false;
        }
        if let Some(age) = filter.age {
            if self.ages[u] & age_bits(&[age]) == 0 {
                return false;
            }
        }
        if let (Some(limit), Some(d)) = (filter.within_m, distances) {
            if !d.metres(u).is_some_and(|m| m <= limit) {
                return false;
            }
        }
        words.iter().all(|w| self.haystacks[u].contains(w))
    }

    /// The whole index in `sort` order, made the first time it is asked for.
    pub fn order(&self, sort: Sort) -> &[u32] {
        let Some(slot) = sort.column.slot(self.figures) else { return self.order(Sort::default()) };
        self.orders[2 * slot + sort.descending as usize].get_or_init(|| {
            let keys: Vec<Key> = (0..self.units).map(|u| self.key(sort.column, u)).collect();
            let mut order: Vec<u32> = (0..self.units as u32).collect();
            order.sort_unstable_by(|&a, &b| {
                let (ka, kb) = (keys[a as usize], keys[b as usize]);
                let by_value = ka.missing.cmp(&kb.missing).then_with(|| {
                    let o = ka.x.total_cmp(&kb.x);
                    if sort.descending {
                        o.reverse()
                    } else {
                        o
                    }
                });
                // Ties in name order in either direction, then feed order.
                by_value
                    .then_with(|| self.name_rank[a as usize].cmp(&self.name_rank[b as usize]))
                    .then(a.cmp(&b))
            });
            order.into_boxed_slice()
        })
    }

    fn key(&self, column: Column, u: usize) -> Key {
        let missing = |present: bool| if present { 0 } else { Value::NotReported.missing_rank() };
        let of = |x: Option<f64>| Key { missing: missing(x.is_some()), x: x.unwrap_or(0.0) };
        match column {
            Column::Name => Key { missing: 0, x: self.name_rank[u] as f64 },
            Column::Area => of(self.area_of(u).map(|a| self.area_rank[a] as f64)),
            Column::Type => Key {
                missing: 0,
                x: UnitType::ALL.iter().position(|t| *t == self.kind[u]).unwrap_or(0) as f64,
            },
            Column::Figure(f) => match self.value(u, f) {
                Value::Number(x) => Key { missing: 0, x },
                other => Key { missing: other.missing_rank(), x: 0.0 },
            },
            Column::Opens => of(self.opens[u].map(f64::from)),
            Column::Closes => of(self.closes[u].map(f64::from)),
            Column::WeeklyHours => of(self.weekly[u].map(f64::from)),
            Column::ClosingDays => of(self.closing_days[u].map(f64::from)),
            Column::Meals => of(self.meals[u]
                .map(|m| MealScheme::ALL.iter().position(|s| *s == m).unwrap_or(0) as f64)),
            Column::Distance => Key { missing: 0, x: 0.0 },
        }
    }
}

/// Ranks of `keys` in sorted order: equal keys share no rank, so the order is total.
fn ranks(keys: &[String]) -> Vec<u32> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by(|&a, &b| keys[a].cmp(&keys[b]).then(a.cmp(&b)));
    let mut rank = vec![0u32; keys.len()];
    for (r, &i) in order.iter().enumerate() {
        rank[i] = r as u32;
    }
    rank
}

/// The words a search looks for, folded into `needle`: each once, at most
/// `MAX_SEARCH_WORDS` of them from the first `MAX_SEARCH_CHARS` characters.
/// Every unit is checked against every word on each keystroke, so a pasted
/// book (or a crafted link) must not multiply that work.
pub fn search_words<'n>(text: &str, needle: &'n mut String) -> Vec<&'n str> {
    let text = text.char_indices().nth(MAX_SEARCH_CHARS).map_or(text, |(end, _)| &text[..end]);
    needle.clear();
    fold_into(text, needle);
    let mut words: Vec<&str> = Vec::new();
    for word in needle.split_whitespace() {
        if words.len() == MAX_SEARCH_WORDS {
            break;
        }
        if !words.contains(&word) {
            words.push(word);
        }
    }
    words
}

/// Case-folds for search and spells out the Danish letters, so "Århus",
/// "aarhus" and "ARHUS"... find the same place: å→aa, æ→ae, ø→oe, and other
/// accents dropped. ASCII case folding plus a short table, not
/// `str::to_lowercase`, whose Unicode tables cost the browser bundle.
pub fn fold_into(text: &str, out: &mut String) {
    // Runs of ASCII, which is most of every name and address, are copied
    // and lower-cased in place: pushing char by char was the slowest part of
    // building the index.
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
        let start = out.len();
        out.push_str(&rest[..ascii]);
        out[start..].make_ascii_lowercase();
        rest = &rest[ascii..];
        let Some(c) = rest.chars().next() else { break };
        match c {
            'å' | 'Å' => out.push_str("aa"),
            'æ' | 'Æ' | 'ä' | 'Ä' => out.push_str("ae"),
            'ø' | 'Ø' | 'ö' | 'Ö' => out.push_str("oe"),
            'é' | 'É' | 'è' | 'È' | 'ê' => out.push('e'),
            'ü' | 'Ü' => out.push('u'),
            c => out.push(c),
        }
        rest = &rest[c.len_utf8()..];
    }
}

/// Sorts names the Danish way: case does not matter, and æ, ø, å come after z.
pub fn collation_key(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            'æ' | 'Æ' | 'ä' | 'Ä' => '{',
            'ø' | 'Ø' | 'ö' | 'Ö' => '|',
            'å' | 'Å' => '}',
            'é' | 'É' => 'e',
            'ü' | 'Ü' => 'y',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// Municipalities for the municipal view, in `sort` order (name, or a
/// figure by index; other columns fall back to name).
pub fn sort_areas(feed: &DaycareFeed, text: &str, sort: Sort, out: &mut Vec<u32>) {
    out.clear();
    let mut needle = String::new();
    let words = search_words(text, &mut needle);
    let mut folded = String::new();
    for (i, a) in feed.areas.iter().enumerate() {
        folded.clear();
        fold_into(&a.name, &mut folded);
        folded.push(' ');
        folded.push_str(&a.code);
        if words.iter().all(|w| folded.contains(w)) {
            out.push(i as u32);
        }
    }
    let key = |i: u32| -> (u8, f64) {
        match sort.column {
            Column::Figure(f) => match feed
                .figures
                .get(f)
                .and_then(|fig| feed.areas[i as usize].values.get(&fig.id))
                .unwrap_or(Value::NotReported)
            {
                Value::Number(x) => (0, x),
                other => (other.missing_rank(), 0.0),
            },
            _ => (0, 0.0),
        }
    };
    let names: Vec<String> = feed.areas.iter().map(|a| collation_key(&a.name)).collect();
    out.sort_by(|&a, &b| {
        let (ka, kb) = (key(a), key(b));
        let by_value = ka.0.cmp(&kb.0).then_with(|| {
            if sort.descending {
                kb.1.total_cmp(&ka.1)
            } else {
                ka.1.total_cmp(&kb.1)
            }
        });
        let by_name = names[a as usize].cmp(&names[b as usize]);
        match sort.column {
            Column::Figure(_) => by_value.then(by_name),
            _ if sort.descending => by_name.reverse(),
            _ => by_name,
        }
        .then(a.cmp(&b))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::daycare::feed::Point;
    use crate::core::daycare::read::read_daycare;
    use expect_test::{expect, Expect};

    const FEED: &str = r#"{"format":"ogw.daycare/1",
      "figures":[{"id":"normering_0_2","label":"Børn pr. voksen","decimals":1,"better":"lower"}],
      "areas":[{"code":"751","name":"Aarhus"},{"code":"101","name":"København"}],
      "units":[
        {"id":"a","name":"Åkanden","type":"nursery","area":"751","address":"Skovvej 1, 8000 Aarhus C","location":{"lat":56.15,"lon":10.2},"values":{"normering_0_2":3.1},
         "opening_hours":{"mon":"06:30-17:00","fri":"06:30-16:00"},"meals":"lunch","closing_days":{"count":5}},
        {"id":"b","name":"Bøgely","type":"integrated","area":"751","address":"Vestergade 2, 8000 Aarhus C","location":{"lat":56.16,"lon":10.21},"values":{"normering_0_2":"suppressed"},
         "opening_hours":{"mon":"06:00-17:30"},"meals":"packed_lunch"},
        {"id":"c","name":"Anemonen","type":"kindergarten","area":"101","address":"Nørregade 3, 1165 København K","location":{"lat":55.68,"lon":12.57},"values":{"normering_0_2":"not_applicable"}},
        {"id":"d","name":"Egernet","type":"nursery","area":"101","values":{"normering_0_2":2.7}},
        {"id":"e","name":"aeblehaven","type":"family_daycare","area":"751","location":{"lat":56.2,"lon":10.1},"values":{"normering_0_2":3.1}},
        {"id":"f","name":"Dagplejen Nord","type":"family_daycare","values":{"normering_0_2":0}}]}"#;

    fn setup() -> (DaycareFeed, UnitIndex) {
        let feed = read_daycare(FEED).unwrap().feed;
        let index = UnitIndex::new(&feed);
        (feed, index)
    }

    fn check(filter: Filter, sort: Sort, from: Option<Point>, expect: Expect) {
        let (feed, index) = setup();
        let distances = from.map(|p| Distances::new(&feed, p));
        let mut out = Vec::new();
        index.query(&filter, sort, distances.as_ref(), &mut out);
        let names: Vec<&str> = out.iter().map(|&u| feed.units[u as usize].name.as_str()).collect();
        expect.assert_eq(&names.join(", "));
    }

    fn by(id: &str, descending: bool) -> Sort {
        let (feed, _) = setup();
        Sort { column: Column::from_id(id, &feed).unwrap(), descending }
    }

    #[test]
    fn names_sort_the_danish_way() {
        check(
            Filter::default(),
            Sort::default(),
            None,
            expect!["aeblehaven, Anemonen, Bøgely, Dagplejen Nord, Egernet, Åkanden"],
        );
        check(
            Filter::default(),
            by("name", true),
            None,
            expect!["Åkanden, Egernet, Dagplejen Nord, Bøgely, Anemonen, aeblehaven"],
        );
    }

    #[test]
    fn numbers_sort_both_ways_with_the_missing_kinds_last_in_a_fixed_order() {
        // Equal values in name order either way; suppressed, then not applicable, after the numbers.
        check(
            Filter::default(),
            by("normering_0_2", false),
            None,
            expect!["Dagplejen Nord, Egernet, aeblehaven, Åkanden, Bøgely, Anemonen"],
        );
        check(
            Filter::default(),
            by("normering_0_2", true),
            None,
            expect!["aeblehaven, Åkanden, Egernet, Dagplejen Nord, Bøgely, Anemonen"],
        );
        check(
            Filter::default(),
            by("opens", false),
            None,
            expect!["Bøgely, Åkanden, aeblehaven, Anemonen, Dagplejen Nord, Egernet"],
        );
        check(
            Filter::default(),
            by("hours", true),
            None,
            expect!["Åkanden, Bøgely, aeblehaven, Anemonen, Dagplejen Nord, Egernet"],
        );
    }

    #[test]
    fn search_ignores_case_and_spells_danish_letters_either_way() {
        let text = |t: &str| Filter { text: t.into(), ..Filter::default() };
        check(text("ÅKAN"), Sort::default(), None, expect!["Åkanden"]);
        check(text("aakanden"), Sort::default(), None, expect!["Åkanden"]);
        check(text("æble"), Sort::default(), None, expect!["aeblehaven"]);
        check(text("boegely"), Sort::default(), None, expect!["Bøgely"]);
        check(text("aarhus vestergade"), Sort::default(), None, expect!["Bøgely"]);
        check(text("8000"), Sort::default(), None, expect!["Bøgely, Åkanden"]);
        check(text("zzz"), Sort::default(), None, expect![""]);
    }

    #[test]
    fn filters_combine() {
        let (feed, _) = setup();
        let aarhus = feed.areas.iter().position(|a| a.code == "751").unwrap();
        check(
            Filter { areas: vec![aarhus], ..Filter::default() },
            Sort::default(),
            None,
            expect!["aeblehaven, Bøgely, Åkanden"],
        );
        check(
            Filter { age: Some(AgeGroup::From3To5), ..Filter::default() },
            Sort::default(),
            None,
            expect!["Anemonen, Bøgely"],
        );
        check(
            Filter {
                types: vec![UnitType::Nursery, UnitType::FamilyDaycare],
                areas: vec![aarhus],
                ..Filter::default()
            },
            Sort::default(),
            None,
            expect!["aeblehaven, Åkanden"],
        );
    }

    #[test]
    fn distance_sorts_nearest_first_and_limits() {
        let home = Some(Point { lat: 56.161, lon: 10.211 });
        check(
            Filter::default(),
            by("distance", false),
            home,
            expect!["Bøgely, Åkanden, aeblehaven, Anemonen, Egernet, Dagplejen Nord"],
        );
        check(
            Filter::default(),
            by("distance", true),
            home,
            expect!["Anemonen, aeblehaven, Åkanden, Bøgely, Egernet, Dagplejen Nord"],
        );
        check(
            Filter { within_m: Some(2000.0), ..Filter::default() },
            by("distance", false),
            home,
            expect!["Bøgely, Åkanden"],
        );
        check(
            Filter::default(),
            by("distance", false),
            None,
            expect!["aeblehaven, Anemonen, Bøgely, Dagplejen Nord, Egernet, Åkanden"],
        );
    }

    #[test]
    fn a_heading_first_sorts_the_best_first() {
        let (feed, _) = setup();
        let normering = Column::from_id("normering_0_2", &feed).unwrap();
        assert!(!Sort::first_for(normering, &feed).descending, "fewer children per adult first");
        assert!(!Sort::first_for(Column::Distance, &feed).descending);
        assert_eq!(Column::from_id("closing_days", &feed), Some(Column::ClosingDays));
        assert_eq!(Column::ClosingDays.id(&feed), "closing_days");
        assert_eq!(normering.id(&feed), "normering_0_2");
    }

    #[test]
    fn municipalities_sort_by_name_or_figure() {
        let (feed, _) = setup();
        let mut out = Vec::new();
        sort_areas(&feed, "", Sort { column: Column::Name, descending: true }, &mut out);
        assert_eq!(out, vec![1, 0], "København after Aarhus, reversed");
        sort_areas(&feed, "køb", Sort::default(), &mut out);
        assert_eq!(out, vec![1]);
    }
}
