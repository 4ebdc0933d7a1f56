//! Names a person can tell apart. Thousands of institutions share a name
//! ("Anemonen" is in many municipalities), so wherever an institution is
//! named on its own (the compare checkbox, the comparison's chips, chart
//! and sentence) its name carries what tells it apart: the municipality,
//! then the address, and only as a last resort the feed's id.

use std::collections::HashMap;

use super::feed::{DaycareFeed, Unit};

/// Names that read the same to a person are the same name: case and
/// surrounding spaces do not tell institutions apart.
fn key(name: &str) -> String {
    name.trim().to_lowercase()
}

fn area_name<'a>(feed: &'a DaycareFeed, unit: &Unit) -> Option<&'a str> {
    let code = unit.area.as_deref()?;
    feed.areas.iter().find(|a| a.code == code).map(|a| a.name.as_str())
}

/// The label of `unit` among `namesakes` (every unit with its name, itself
/// included): the name alone when it is the only one, else with the
/// fewest of municipality, address and id that make it unique.
fn label_among(feed: &DaycareFeed, unit: usize, namesakes: &[usize]) -> String {
    let u = &feed.units[unit];
    if namesakes.len() <= 1 {
        return u.name.clone();
    }
    let area = |i: usize| area_name(feed, &feed.units[i]).map(str::to_string);
    let address = |i: usize| feed.units[i].address.clone();
    let unique_by = |f: &dyn Fn(usize) -> Option<String>| {
        let mine = f(unit);
        mine.is_some() && namesakes.iter().filter(|&&i| f(i) == mine).count() == 1
    };
    let mut parts = vec![u.name.clone()];
    parts.extend(area(unit));
    if unique_by(&area) {
        return parts.join(", ");
    }
    let both = |i: usize| Some(format!("{:?}{:?}", area(i), address(i)));
    parts.extend(address(unit));
    if address(unit).is_none() || !unique_by(&both) {
        parts.push(u.id.clone());
    }
    parts.join(", ")
}

/// Every institution's label, by index in `feed.units`: worked out once
/// for the whole feed.
pub fn unit_labels(feed: &DaycareFeed) -> Vec<String> {
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, u) in feed.units.iter().enumerate() {
        by_name.entry(key(&u.name)).or_default().push(i);
    }
    (0..feed.units.len())
        .map(|i| label_among(feed, i, &by_name[&key(&feed.units[i].name)]))
        .collect()
}

/// One institution's label, without the whole feed's list (the comparison
/// names at most four).
pub fn unit_label(feed: &DaycareFeed, unit: usize) -> String {
    let Some(u) = feed.units.get(unit) else { return String::new() };
    let name = key(&u.name);
    let namesakes: Vec<usize> = feed
        .units
        .iter()
        .enumerate()
        .filter(|(_, x)| key(&x.name) == name)
        .map(|(i, _)| i)
        .collect();
    label_among(feed, unit, &namesakes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::daycare::read::read_daycare;
    use expect_test::expect;

    const FEED: &str = r#"{"format":"ogw.daycare/1",
      "figures":[{"id":"boern","label":"Børn","decimals":0}],
      "areas":[{"code":"751","name":"Aarhus"},{"code":"101","name":"København"}],
      "units":[
        {"id":"1","name":"Solsikken","type":"nursery","area":"751"},
        {"id":"2","name":"Anemonen","type":"nursery","area":"751","address":"Egevej 1, 8000 Aarhus C"},
        {"id":"3","name":"anemonen ","type":"nursery","area":"101","address":"Bøgevej 2, 2100 København Ø"},
        {"id":"4","name":"Mælkebøtten","type":"nursery","area":"751","address":"Egevej 3, 8000 Aarhus C"},
        {"id":"5","name":"Mælkebøtten","type":"nursery","area":"751","address":"Bøgevej 4, 8200 Aarhus N"},
        {"id":"6","name":"Mælkebøtten","type":"kindergarten","area":"101","address":"Lindevej 5, 2100 København Ø"},
        {"id":"7","name":"Egernet","type":"nursery","area":"751","address":"Egevej 9, 8000 Aarhus C"},
        {"id":"8","name":"Egernet","type":"kindergarten","area":"751","address":"Egevej 9, 8000 Aarhus C"},
        {"id":"9","name":"Egernet","type":"nursery"}]}"#;

    #[test]
    fn a_name_is_told_apart_by_municipality_then_address_then_id() {
        let feed = read_daycare(FEED).unwrap().feed;
        let all = unit_labels(&feed);
        let one_by_one: Vec<String> = (0..feed.units.len()).map(|i| unit_label(&feed, i)).collect();
        assert_eq!(all, one_by_one, "the feed's list and one label agree");
        let mut seen = std::collections::HashSet::new();
        assert!(all.iter().all(|l| seen.insert(key(l))), "no two labels read the same: {all:?}");
        expect![[r#"
            Solsikken
            Anemonen, Aarhus
            anemonen, København
            Mælkebøtten, Aarhus, Egevej 3, 8000 Aarhus C
            Mælkebøtten, Aarhus, Bøgevej 4, 8200 Aarhus N
            Mælkebøtten, København
            Egernet, Aarhus, Egevej 9, 8000 Aarhus C, 7
            Egernet, Aarhus, Egevej 9, 8000 Aarhus C, 8
            Egernet, 9
        "#]]
        .assert_eq(&(all.join("\n") + "\n"));
    }
}
