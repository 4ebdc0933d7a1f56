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
//!
//! A link can come from anyone, so it is read with caps (`core::limits`):
//! the first `MAX_STATE_CHARS` characters, a few values per list, each id
//! once, each field once; `known` then drops the ids the feed does not have,
//! so what the widget writes back holds only the state it shows.

use super::compare::{subjects_from_list, Subject, MAX_COMPARED};
use super::distance::postcode_point;
use super::feed::{AgeGroup, DaycareFeed, Point, UnitType};
use super::query::{Column, Filter, Sort};
use crate::core::limits::{
    MAX_CHOSEN_AREAS, MAX_CHOSEN_FIGURES, MAX_SEARCH_CHARS, MAX_STATE_CHARS,
};

pub const FRAGMENT_KEY: &str = "ogw-daycare";

/// Characters of an element's id used in its key: ids are short, and the
/// key is written on every change.
const MAX_ID_CHARS: usize = 100;

/// The widget's part name: `ogw-daycare`, or `ogw-daycare-ID` for an element
/// with an id, percent-encoded as the values are, so an id with a space,
/// `&`, `=` or æøå reads back as written (the browser would otherwise
/// encode it in the address and the part would never be found again).
pub fn fragment_key(element_id: &str) -> String {
    let id = element_id.trim();
    if id.is_empty() {
        return FRAGMENT_KEY.to_string();
    }
    let id = id.char_indices().nth(MAX_ID_CHARS).map_or(id, |(end, _)| &id[..end]);
    format!("{FRAGMENT_KEY}-{}", escape(id))
}

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

fn list(text: &str, limit: usize) -> Vec<String> {
    unique(text.split(',').map(|s| s.trim().to_string()), limit)
}

/// The first `limit` different values that are not blank, in order. Stops
/// reading there, so a list of any length costs at most `limit` squared.
fn unique(values: impl Iterator<Item = String>, limit: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in values {
        if out.len() == limit {
            break;
        }
        if !v.is_empty() && !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// The first `MAX_STATE_CHARS` characters of a fragment value, without the
/// value that was cut in two (back to the last `,` or `;`).
fn capped(value: &str) -> &str {
    let head = first_chars(value, MAX_STATE_CHARS);
    if head.len() == value.len() {
        return head;
    }
    head.rfind([',', ';']).map_or("", |end| &head[..end])
}

/// At most `limit` characters.
fn first_chars(text: &str, limit: usize) -> &str {
    text.char_indices().nth(limit).map_or(text, |(end, _)| &text[..end])
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
            areas: municipality.map(|m| list(m, MAX_CHOSEN_AREAS)).unwrap_or_default(),
            figures: figures.map(|f| list(f, MAX_CHOSEN_FIGURES)).unwrap_or_default(),
            compare: compare.map(|c| list(c, MAX_COMPARED)).unwrap_or_default(),
            ..ViewState::default()
        }
    }

    /// This state as the widget's fragment value (percent-encoded), at most
    /// `MAX_STATE_CHARS` long: a value that would go past it is left out
    /// (with the rest of its field), so `decode` reads back all that is written.
    pub fn encode(&self) -> String {
        let mut fields: Vec<String> = Vec::new();
        let mut room = MAX_STATE_CHARS;
        // Values are escaped here, except the sort's, which arrives escaped
        // (`escaped: true`) with its `-` for descending in front.
        let mut field = |name: &str, values: &[&str], escaped: bool| {
            // `;` before every field but the first; `name:`, `,` between values.
            let mut text = String::new();
            let mut cost = name.len() + 1 + usize::from(!fields.is_empty());
            for v in values {
                let v = if escaped { v.to_string() } else { escape(v) };
                let extra = v.len() + usize::from(!text.is_empty());
                if cost + extra > room {
                    break;
                }
                if !text.is_empty() {
                    text.push(',');
                }
                text.push_str(&v);
                cost += extra;
            }
            if !text.is_empty() {
                room -= cost;
                fields.push(format!("{name}:{text}"));
            }
        };
        if self.view == View::Municipalities {
            field("v", &["kommuner"], false);
        }
        if !self.text.trim().is_empty() {
            field("q", &[self.text.trim()], false);
        }
        field("m", &self.areas.iter().map(String::as_str).collect::<Vec<_>>(), false);
        field("t", &self.types.iter().map(|t| t.id()).collect::<Vec<_>>(), false);
        if let Some(age) = self.age {
            field("a", &[age.id()], false);
        }
        if let Some((column, descending)) = &self.sort {
            // A column id's own leading `-` is escaped, so it is not read
            // as "descending".
            let column = match escape(column) {
                c if c.starts_with('-') => format!("%2D{}", &c[1..]),
                c => c,
            };
            let s = if *descending { format!("-{column}") } else { column };
            field("s", &[&s], true);
        }
        field("f", &self.figures.iter().map(String::as_str).collect::<Vec<_>>(), false);
        field("c", &self.compare.iter().map(String::as_str).collect::<Vec<_>>(), false);
        if let Some(from) = &self.from {
            field("p", &[from], false);
        }
        if let Some(km) = self.within_km {
            // Written as `{km}` would be, without core::fmt's float code.
            field("r", &[&crate::core::number::plain(km)], false);
        }
        fields.join(";")
    }

    /// Reads a fragment value back; whatever cannot be read is left at its
    /// default. Capped (see the module's comment): linear in the first
    /// `MAX_STATE_CHARS` characters, whatever the link holds.
    pub fn decode(value: &str) -> ViewState {
        let mut state = ViewState::default();
        let mut seen: Vec<&str> = Vec::new();
        for field in capped(value).split(';') {
            let Some((name, raw)) = field.split_once(':') else { continue };
            // A field once: the first one counts.
            if seen.contains(&name) {
                continue;
            }
            seen.push(name);
            let limit = match name {
                "m" => MAX_CHOSEN_AREAS,
                "f" => MAX_CHOSEN_FIGURES,
                "c" => MAX_COMPARED,
                "t" => UnitType::ALL.len(),
                _ => 1,
            };
            let values = unique(raw.split(',').map(unescape), limit);
            let first = values.first().cloned();
            match name {
                "v" => {
                    state.view = if first.as_deref() == Some("kommuner") {
                        View::Municipalities
                    } else {
                        View::Institutions
                    }
                }
                "q" => {
                    let text = first.unwrap_or_default();
                    state.text = first_chars(text.trim(), MAX_SEARCH_CHARS).trim().into()
                }
                "m" => state.areas = values,
                "t" => {
                    for t in values.iter().filter_map(|t| UnitType::from_text(t)) {
                        if !state.types.contains(&t) {
                            state.types.push(t);
                        }
                    }
                }
                "a" => state.age = first.as_deref().and_then(AgeGroup::from_text),
                "s" => {
                    // The sign is read before unescaping (see `encode`).
                    let raw = raw.split(',').next().unwrap_or_default();
                    state.sort = (!raw.is_empty()).then(|| match raw.strip_prefix('-') {
                        Some(column) => (unescape(column), true),
                        None => (unescape(raw), false),
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

    /// This state with only what `feed` has: unknown municipality codes,
    /// figure ids, compared ids, sort columns and postcodes dropped, so a
    /// crafted or outdated link is not written back.
    pub fn known(&self, feed: &DaycareFeed) -> ViewState {
        let has_area = |code: &String| feed.areas.iter().any(|a| &a.code == code);
        let has_figure = |id: &String| feed.figures.iter().any(|f| &f.id == id);
        let compare = subjects_from_list(&self.compare.join(","), feed);
        ViewState {
            areas: self.areas.iter().filter(|c| has_area(c)).cloned().collect(),
            figures: self.figures.iter().filter(|f| has_figure(f)).cloned().collect(),
            compare: compare.iter().map(|s| s.id(feed)).collect(),
            sort: self.sort.clone().filter(|(id, _)| Column::from_id(id, feed).is_some()),
            from: self.from.clone().filter(|p| postcode_point(feed, p).is_some()),
            ..self.clone()
        }
    }

    /// What the core's query and comparison need, by index; ids the feed
    /// does not have are dropped, and each is used once.
    pub fn resolve(&self, feed: &DaycareFeed) -> Resolved {
        let mut areas: Vec<usize> = Vec::new();
        for code in self.areas.iter().take(MAX_CHOSEN_AREAS) {
            match feed.areas.iter().position(|a| &a.code == code) {
                Some(a) if !areas.contains(&a) => areas.push(a),
                _ => {}
            }
        }
        let sort = self
            .sort
            .as_ref()
            .and_then(|(id, descending)| {
                Column::from_id(id, feed).map(|column| Sort { column, descending: *descending })
            })
            .unwrap_or_default();
        let mut figures: Vec<usize> = Vec::new();
        for id in self.figures.iter().take(MAX_CHOSEN_FIGURES) {
            match feed.figures.iter().position(|f| &f.id == id) {
                Some(f) if !figures.contains(&f) => figures.push(f),
                _ => {}
            }
        }
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
            compare: subjects_from_list(
                &self.compare[..self.compare.len().min(MAX_COMPARED)].join(","),
                feed,
            ),
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
        part.split_once('=').filter(|(k, _)| same_key(k, key)).map(|(_, v)| ViewState::decode(v))
    })
}

/// Whether a part's name is `key`: as written, or as a browser may have
/// re-encoded it (an older address with the id unencoded).
fn same_key(name: &str, key: &str) -> bool {
    name == key || (name.len() <= 3 * key.len() && unescape(name) == unescape(key))
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
        let is_ours =
            same_key(part, key) || part.split_once('=').is_some_and(|(k, _)| same_key(k, key));
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
    fn a_crafted_link_is_read_with_caps_and_each_id_once() {
        let repeated = format!("f:{}", vec!["normering_0_2"; 20_000].join(","));
        let state = ViewState::decode(&repeated);
        assert_eq!(state.figures, vec!["normering_0_2"]);
        let many = (0..100).map(|i| format!("x{i}")).collect::<Vec<_>>().join(",");
        let state = ViewState::decode(&format!("f:{many};m:{many};c:{many};f:other"));
        assert_eq!(state.figures.len(), MAX_CHOSEN_FIGURES);
        assert_eq!((state.areas.len(), state.compare.len()), (MAX_CHOSEN_AREAS, MAX_COMPARED));
        assert!(state.encode().len() <= MAX_STATE_CHARS);
        // A search is cut to its first characters; one that goes past the
        // whole cap is a value cut in two, and dropped.
        let words = format!("q:{}", vec!["sol"; 900].join("+"));
        let text = ViewState::decode(&words).text;
        assert!(text.chars().count() <= MAX_SEARCH_CHARS && text.starts_with("sol sol"), "{text}");
        let words = format!("m:751;q:{}", vec!["sol"; 900_000].join("+"));
        assert_eq!(ViewState::decode(&words), ViewState::decode("m:751"));
    }

    #[test]
    fn ids_the_feed_does_not_have_are_not_kept() {
        let feed = crate::core::daycare::read::read_daycare(include_str!(
            "../../../tests/feeds/small-daycare.json"
        ))
        .unwrap()
        .feed;
        let state = ViewState::decode(
            "m:751,999;f:nope,paedagoger_pct;c:u:751-0001,u:nope,a:751;s:-nope;p:0000",
        )
        .known(&feed);
        assert_eq!(state.encode(), "m:751;f:paedagoger_pct;c:u:751-0001,a:751");
    }

    #[test]
    fn an_element_id_with_any_letters_keeps_its_part() {
        for id in ["børn og unge", "a&b=c", "Åkanden #2", "x%41"] {
            let key = fragment_key(id);
            assert!(!key.contains([' ', '&', '=', '#']), "{key}");
            let state = ViewState { text: "sol".into(), ..ViewState::default() };
            let start = ViewState::default();
            let once = write_fragment("top", &key, &state, &start);
            let again = ViewState { text: "solsikke".into(), ..ViewState::default() };
            let twice = write_fragment(&once, &key, &again, &start);
            assert_eq!(twice.matches('&').count(), 1, "{twice}");
            assert_eq!(read_fragment(&twice, &key).unwrap().text, "solsikke");
            assert_eq!(read_fragment(&twice, &fragment_key("other")), None);
        }
        assert_eq!(fragment_key(""), FRAGMENT_KEY);
        assert_eq!(fragment_key("dc"), "ogw-daycare-dc");
    }

    #[test]
    fn reads_what_a_person_mangles_without_failing() {
        let state = ViewState::decode("q:%E2%82;t:pizza,nursery;a:9-12;r:-3;zz:1;s:;nonsense");
        assert_eq!(state.types, vec![UnitType::Nursery]);
        assert_eq!((state.age, state.within_km, state.sort.clone()), (None, None, None));
        assert_eq!(state.text, "\u{fffd}");
    }
}
