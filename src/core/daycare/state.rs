//! What the dashboard shows (view, search, filters, sort, chosen figures,
//! comparison, distance point), kept in the URL fragment so it survives a
//! reload and can be shared, without touching the host page's query string
//! or the rest of its fragment.
//!
//! The fragment is read as `&`-separated parts; the widget owns one part,
//! `KEY=VALUE` (KEY is `ogw-daycare`, or `ogw-daycare-ID` for a second widget
//! on the page), and leaves every other part exactly as it was. Inside VALUE,
//! fields are `;`-separated `name:value` pairs with `,`-separated lists,
//! percent-encoded: `ogw-daycare=m:751;q:skov;s:-normering_0_2;c:u:751-0001,a:751`.
//! State is kept by ids (figure ids, municipality codes, institution ids),
//! not positions, so a link still means the same after the feed is updated.

use super::compare::{subjects_from_list, Subject};
use super::distance::postcode_point;
use super::feed::{AgeGroup, DaycareFeed, Point, UnitType};
use super::query::{Column, Filter, Sort};

pub const FRAGMENT_KEY: &str = "ogw-daycare";

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Institutions,
    Municipalities,
}

/// The dashboard's state, by ids.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewState {
    pub view: View,
    pub text: String,
    /// Municipality codes.
    pub areas: Vec<String>,
    pub types: Vec<UnitType>,
    pub age: Option<AgeGroup>,
    /// A column id and whether it is descending.
    pub sort: Option<(String, bool)>,
    /// Figure ids shown as columns, in order.
    pub figures: Vec<String>,
    /// Subject ids (`a:751`, `u:ID`).
    pub compare: Vec<String>,
    /// A postcode from the feed's list, to measure distance from.
    pub from: Option<String>,
    pub within_km: Option<f64>,
}

fn list(text: &str) -> Vec<String> {
    text.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

impl ViewState {
    /// The starting state from the element's attributes: `municipality="751"`
    /// (one code or several, comma-separated), `figures="a,b"`, `compare="..."`.
    pub fn from_attributes(
        municipality: Option<&str>,
        figures: Option<&str>,
        compare: Option<&str>,
    ) -> ViewState {
        ViewState {
            areas: municipality.map(list).unwrap_or_default(),
            figures: figures.map(list).unwrap_or_default(),
            compare: compare.map(list).unwrap_or_default(),
            ..ViewState::default()
        }
    }

    /// This state as the widget's fragment value (percent-encoded).
    pub fn encode(&self) -> String {
        let mut fields: Vec<String> = Vec::new();
        let mut field = |name: &str, values: &[&str]| {
            if !values.is_empty() {
                let encoded: Vec<String> = values.iter().map(|v| escape(v)).collect();
                fields.push(format!("{name}:{}", encoded.join(",")));
            }
        };
        if self.view == View::Municipalities {
            field("v", &["kommuner"]);
        }
        if !self.text.trim().is_empty() {
            field("q", &[self.text.trim()]);
        }
        field("m", &self.areas.iter().map(String::as_str).collect::<Vec<_>>());
        field("t", &self.types.iter().map(|t| t.id()).collect::<Vec<_>>());
        if let Some(age) = self.age {
            field("a", &[age.id()]);
        }
        if let Some((column, descending)) = &self.sort {
            let s = if *descending { format!("-{column}") } else { column.clone() };
            field("s", &[&s]);
        }
        field("f", &self.figures.iter().map(String::as_str).collect::<Vec<_>>());
        field("c", &self.compare.iter().map(String::as_str).collect::<Vec<_>>());
        if let Some(from) = &self.from {
            field("p", &[from]);
        }
        if let Some(km) = self.within_km {
            field("r", &[&format!("{km}")]);
        }
        fields.join(";")
    }

    /// Reads a fragment value back; whatever cannot be read is left at its default.
    pub fn decode(value: &str) -> ViewState {
        let mut state = ViewState::default();
        for field in value.split(';') {
            let Some((name, raw)) = field.split_once(':') else { continue };
            let values: Vec<String> =
                raw.split(',').map(unescape).filter(|v| !v.is_empty()).collect();
            let first = values.first().cloned();
            match name {
                "v" => {
                    state.view = if first.as_deref() == Some("kommuner") {
                        View::Municipalities
                    } else {
                        View::Institutions
                    }
                }
                "q" => state.text = first.unwrap_or_default(),
                "m" => state.areas = values,
                "t" => state.types = values.iter().filter_map(|t| UnitType::from_text(t)).collect(),
                "a" => state.age = first.as_deref().and_then(AgeGroup::from_text),
                "s" => {
                    state.sort = first.map(|s| match s.strip_prefix('-') {
                        Some(column) => (column.to_string(), true),
                        None => (s, false),
                    })
                }
                "f" => state.figures = values,
                "c" => state.compare = values,
                "p" => state.from = first,
                "r" => {
                    state.within_km = first
                        .and_then(|r| r.parse().ok())
                        .filter(|r: &f64| r.is_finite() && *r > 0.0)
                }
                _ => {}
            }
        }
        state
    }

    /// What the core's query and comparison need, by index; ids the feed
    /// does not have are dropped.
    pub fn resolve(&self, feed: &DaycareFeed) -> Resolved {
        let areas = self
            .areas
            .iter()
            .filter_map(|code| feed.areas.iter().position(|a| &a.code == code))
            .collect();
        let sort = self
            .sort
            .as_ref()
            .and_then(|(id, descending)| {
                Column::from_id(id, feed).map(|column| Sort { column, descending: *descending })
            })
            .unwrap_or_default();
        let figures = self
            .figures
            .iter()
            .filter_map(|id| feed.figures.iter().position(|f| &f.id == id))
            .collect();
        Resolved {
            filter: Filter {
                text: self.text.clone(),
                areas,
                types: self.types.clone(),
                age: self.age,
                within_m: self.within_km.map(|km| km * 1000.0),
            },
            sort,
            figures,
            compare: subjects_from_list(&self.compare.join(","), feed),
            from: self.from.as_deref().and_then(|p| postcode_point(feed, p)),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Resolved {
    pub filter: Filter,
    pub sort: Sort,
    /// Indices in `feed.figures`; empty: the widget's default columns.
    pub figures: Vec<usize>,
    pub compare: Vec<Subject>,
    pub from: Option<Point>,
}

/// The widget's state in a page's fragment (`location.hash`, with or
/// without its `#`), if it has one.
pub fn read_fragment(fragment: &str, key: &str) -> Option<ViewState> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment.split('&').find_map(|part| {
        part.split_once('=').filter(|(k, _)| *k == key).map(|(_, v)| ViewState::decode(v))
    })
}

/// Where the widget starts: the state in the fragment if there is one (a
/// reload, a shared link), else the element's attributes.
pub fn start_state(fragment: &str, key: &str, attributes: ViewState) -> ViewState {
    read_fragment(fragment, key).unwrap_or(attributes)
}

/// The page's fragment with the widget's part set to `state`, every other
/// part kept as it was and in its place; returned without `#`. When `state`
/// is the `start` state the part is removed, so an untouched widget leaves
/// the address clean; otherwise it is written even when empty
/// (`ogw-daycare=`), so "all municipalities" survives a reload even when the
/// attributes chose one.
pub fn write_fragment(fragment: &str, key: &str, state: &ViewState, start: &ViewState) -> String {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let ours = (state != start).then(|| format!("{key}={}", state.encode()));
    let mut parts: Vec<String> = Vec::new();
    let mut placed = false;
    for part in fragment.split('&').filter(|p| !p.is_empty()) {
        let is_ours = part == key || part.split_once('=').is_some_and(|(k, _)| k == key);
        if !is_ours {
            parts.push(part.to_string());
        } else if let (Some(ours), false) = (&ours, placed) {
            parts.push(ours.clone());
            placed = true;
        }
    }
    if let (Some(ours), false) = (ours, placed) {
        parts.push(ours);
    }
    parts.join("&")
}

/// Percent-encodes what would break the fragment or our separators; keeps
/// letters, digits and `-._~` (and so ids and codes) readable.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b':') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Undoes `escape`, leniently: a broken escape is kept as written, and
/// bytes that are not UTF-8 are replaced.
fn unescape(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full() -> ViewState {
        ViewState {
            view: View::Municipalities,
            text: "Skov & Strand; 50% æble".into(),
            areas: vec!["751".into(), "101".into()],
            types: vec![UnitType::Nursery, UnitType::FamilyDaycare],
            age: Some(AgeGroup::Under3),
            sort: Some(("normering_0_2".into(), true)),
            figures: vec!["normering_0_2".into(), "paedagoger_pct".into()],
            compare: vec!["u:751-0001".into(), "a:751".into()],
            from: Some("8000".into()),
            within_km: Some(2.5),
        }
    }

    #[test]
    fn survives_a_round_trip_through_the_fragment() {
        let state = full();
        let encoded = state.encode();
        assert_eq!(
            encoded,
            "v:kommuner;q:Skov%20%26%20Strand%3B%2050%25%20%C3%A6ble;m:751,101;t:nursery,family_daycare;a:0-2;s:-normering_0_2;f:normering_0_2,paedagoger_pct;c:u:751-0001,a:751;p:8000;r:2.5"
        );
        assert!(!encoded.contains(['&', '#', ' ', '=']));
        assert_eq!(ViewState::decode(&encoded), state);
    }

    #[test]
    fn leaves_the_host_s_fragment_alone() {
        let start = ViewState::default();
        let state = ViewState { text: "sol".into(), ..ViewState::default() };
        assert_eq!(
            write_fragment("#section-2", FRAGMENT_KEY, &state, &start),
            "section-2&ogw-daycare=q:sol"
        );
        assert_eq!(write_fragment("", FRAGMENT_KEY, &state, &start), "ogw-daycare=q:sol");
        // Replaced in place; other widgets' parts and the host's are kept in order.
        let page = "top&ogw-daycare=q:old&ogw-daycare-2=m:101&tab=3";
        assert_eq!(
            write_fragment(page, FRAGMENT_KEY, &state, &start),
            "top&ogw-daycare=q:sol&ogw-daycare-2=m:101&tab=3"
        );
        // Back at the start: the part goes.
        assert_eq!(
            write_fragment(page, FRAGMENT_KEY, &start, &start),
            "top&ogw-daycare-2=m:101&tab=3"
        );
        assert_eq!(read_fragment(page, "ogw-daycare-2").unwrap().areas, vec!["101"]);
        assert_eq!(read_fragment("#top", FRAGMENT_KEY), None);
    }

    #[test]
    fn clearing_what_the_attributes_chose_survives_a_reload() {
        let attributes = ViewState::from_attributes(
            Some("751"),
            Some("normering_0_2, paedagoger_pct"),
            Some("a:751,a:101"),
        );
        assert_eq!(attributes.areas, vec!["751"]);
        assert_eq!(start_state("#intro", FRAGMENT_KEY, attributes.clone()), attributes);
        let cleared = ViewState::default();
        let page = write_fragment("#intro", FRAGMENT_KEY, &cleared, &attributes);
        assert_eq!(page, "intro&ogw-daycare=");
        assert_eq!(start_state(&page, FRAGMENT_KEY, attributes.clone()), cleared);
        let shared = write_fragment(
            "",
            FRAGMENT_KEY,
            &ViewState { areas: vec!["101".into()], ..attributes.clone() },
            &attributes,
        );
        assert_eq!(start_state(&shared, FRAGMENT_KEY, attributes).areas, vec!["101"]);
    }

    #[test]
    fn reads_what_a_person_mangles_without_failing() {
        let state = ViewState::decode("q:%E2%82;t:pizza,nursery;a:9-12;r:-3;zz:1;s:;nonsense");
        assert_eq!(state.types, vec![UnitType::Nursery]);
        assert_eq!((state.age, state.within_km, state.sort.clone()), (None, None, None));
        assert_eq!(state.text, "\u{fffd}");
    }
}
