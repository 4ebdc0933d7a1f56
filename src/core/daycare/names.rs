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

/// The labels of `namesakes` (every unit with one name), in their order:
/// the name alone when it is the only one, else with the fewest of
/// municipality, address and id that make it unique. Counted once per
/// group, not unit by unit against the others: a country has hundreds of
/// institutions of one name, and comparing each with each took seconds.
/// (Maps of the one kind `unit_labels` uses already: each kind of map is
/// code of its own in the browser's download.)
fn group_labels(feed: &DaycareFeed, namesakes: &[usize]) -> Vec<String> {
    if let [only] = namesakes {
        return vec![feed.units[*only].name.clone()];
    }
    let units: Vec<&Unit> = namesakes.iter().map(|&i| &feed.units[i]).collect();
    let areas: Vec<Option<String>> =
        units.iter().map(|u| area_name(feed, u).map(str::to_string)).collect();
    let mut by_area: HashMap<String, Vec<usize>> = HashMap::new();
    for (n, area) in areas.iter().enumerate() {
        if let Some(area) = area {
            by_area.entry(area.clone()).or_default().push(n);
        }
    }
    let unique_area = |n: usize| areas[n].as_ref().is_some_and(|a| by_area[a].len() == 1);
    // Municipality and address together, for those the municipality does
    // not tell apart (the same text for the same pair, and only for it).
    let places: Vec<Option<String>> = (0..units.len())
        .map(|n| (!unique_area(n)).then(|| format!("{:?}{:?}", areas[n], units[n].address)))
        .collect();
    let mut by_place: HashMap<String, Vec<usize>> = HashMap::new();
    for (n, place) in places.iter().enumerate() {
        if let Some(place) = place {
            by_place.entry(place.clone()).or_default().push(n);
        }
    }
    units
        .iter()
        .enumerate()
        .map(|(n, u)| {
            let mut parts = vec![u.name.as_str()];
            parts.extend(areas[n].as_deref());
            let Some(place) = &places[n] else { return parts.join(", ") };
            parts.extend(u.address.as_deref());
            if u.address.is_none() || by_place[place].len() != 1 {
                parts.push(&u.id);
            }
            parts.join(", ")
        })
        .collect()
}

/// Every institution's label, by index in `feed.units`: worked out once
/// for the whole feed.
pub fn unit_labels(feed: &DaycareFeed) -> Vec<String> {
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, u) in feed.units.iter().enumerate() {
        by_name.entry(key(&u.name)).or_default().push(i);
    }
    let mut labels = vec![String::new(); feed.units.len()];
    for namesakes in by_name.values() {
        for (&i, label) in namesakes.iter().zip(group_labels(feed, namesakes)) {
            labels[i] = label;
        }
    }
    labels
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
    let at = namesakes.iter().position(|&i| i == unit).unwrap_or(0);
    group_labels(feed, &namesakes).swap_remove(at)
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
