//! The fast path for a feed with nothing wrong in it: parsed straight into
//! the feed types by serde, without building a JSON tree first. For 4,600
//! institutions that is several times faster than the lenient reader, whose
//! tree of maps costs as much to build and drop as the rest of the work.
//!
//! It is all or nothing: anything the lenient reader would report (a wrong
//! type, an unknown word, an unknown figure or municipality, a duplicate, an
//! unsafe link, a coordinate out of range, a blank required text) makes it
//! give up, and `read_daycare` reads the feed the lenient way, which finds
//! and explains every problem. So a feed it accepts is exactly the feed the
//! lenient reader would have made, with no problems (tests hold it to that).

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::borrow::Cow;
use std::fmt;

use super::feed::*;
use super::hours::{parse_day, weekday_of, OpeningHours};
use super::value::Value;
use crate::core::json_reader::number_in_range;
use crate::core::limits::*;
use crate::core::link::safe_href;
use crate::core::source::Source;
use crate::core::text::Text;

/// The feed, if it is well-formed through and through.
pub(super) fn read_strict(json: &str) -> Option<DaycareFeed> {
    if has_long_string(json.as_bytes()) {
        return None;
    }
    tidied(serde_json::from_str(json).ok()?)
}

/// The same from the feed's bytes as they came: serde checks that each
/// string is UTF-8 as it reads it, and anything else in the feed must be
/// JSON's ASCII, so no pass over all of it to check it is text first.
pub(super) fn read_strict_bytes(json: &[u8]) -> Option<DaycareFeed> {
    if has_long_string(json) {
        return None;
    }
    tidied(serde_json::from_slice(json).ok()?)
}

fn tidied(mut feed: DaycareFeed) -> Option<DaycareFeed> {
    (within_limits(&feed) && tidy(&mut feed)).then_some(feed)
}

/// Whether the feed may hold a text longer than `MAX_TEXT_CHARS`, which the
/// lenient reader cuts and reports: a string of more bytes (a character
/// is at least one byte, an escape more) between quotes. One pass over
/// the bytes.
fn has_long_string(json: &[u8]) -> bool {
    let mut bytes = json;
    // From one quote to the next unescaped one, then past it: a string, then
    // what lies between two strings (no quote there, so nothing to count).
    // memchr looks a word at a time: this is a pass over the whole feed.
    loop {
        let Some(open) = memchr::memchr(b'"', bytes) else { return false };
        bytes = &bytes[open + 1..];
        let mut run = 0usize;
        loop {
            let Some(at) = memchr::memchr2(b'"', b'\\', bytes) else {
                return run + bytes.len() > MAX_TEXT_CHARS;
            };
            if bytes[at] == b'"' {
                if run + at > MAX_TEXT_CHARS {
                    return true;
                }
                bytes = &bytes[at + 1..];
                break;
            }
            // An escape counts two, whatever it is (a "\\u00e6" more than one
            // character, but never less).
            run += at + 2;
            if run > MAX_TEXT_CHARS {
                return true;
            }
            bytes = bytes.get(at + 2..).unwrap_or_default();
        }
    }
}

/// Whether every list is within its limit (`core::limits`); past one the
/// lenient reader reads the first ones and reports the rest.
fn within_limits(feed: &DaycareFeed) -> bool {
    feed.figures.len() <= MAX_FIGURES
        && feed.areas.len() <= MAX_AREAS
        && feed.units.len() <= MAX_UNITS
        && feed.postcodes.len() <= MAX_POSTCODES
}

/// Applies what the lenient reader does silently (trimming, blank optional
/// text as absent, sorted keys) and says whether it would have found
/// anything to report.
fn tidy(feed: &mut DaycareFeed) -> bool {
    if feed.format.trim() != DAYCARE_FORMAT || (feed.areas.is_empty() && feed.units.is_empty()) {
        return false;
    }
    feed.format = DAYCARE_FORMAT.into();
    let a = &mut feed.about;
    let about_ok = optional_string(&mut a.as_of)
        && optional_text(&mut a.title)
        && optional_text(&mut a.note)
        && a.sources.iter_mut().all(|s| !s.name.is_blank() && safe_link(&s.url));

    let mut ids: Vec<&str> = Vec::with_capacity(feed.figures.len());
    for f in &mut feed.figures {
        let ok = required(&mut f.id)
            && !f.label.is_blank()
            && f.decimals <= 3
            && optional_string(&mut f.period)
            && optional_text(&mut f.unit)
            && optional_text(&mut f.explanation);
        let breaks_ok = f
            .breaks
            .iter_mut()
            .all(|b| (1900..=2200).contains(&b.year) && optional_text(&mut b.note));
        if !ok || !breaks_ok {
            return false;
        }
    }
    // Sorted, for duplicates and to look up every value's figure in log n.
    ids.extend(feed.figures.iter().map(|f| f.id.as_str()));
    ids.sort_unstable();
    if ids.windows(2).any(|w| w[0] == w[1]) {
        return false;
    }
    let known =
        |values: &Values| values.0.iter().all(|(id, _)| ids.binary_search(&id.as_str()).is_ok());
    let known_series =
        |series: &SeriesMap| series.0.iter().all(|(id, _)| ids.binary_search(&id.as_str()).is_ok());
    let periods_ok = |periods: &mut ById<String>| {
        periods.0.iter_mut().all(|(id, p)| ids.binary_search(&id.as_str()).is_ok() && required(p))
    };
    let n = &mut feed.national;
    if !about_ok
        || !known(&n.values)
        || !known_series(&n.series)
        || !optional_text(&mut n.method)
        || !periods_ok(&mut n.periods)
    {
        return false;
    }

    let mut codes: Vec<&str> = Vec::with_capacity(feed.areas.len());
    for area in &mut feed.areas {
        if !(required(&mut area.code)
            && required(&mut area.name)
            && safe_link(&area.enrolment_url)
            && in_range(area.location))
        {
            return false;
        }
    }
    for area in &mut feed.areas {
        let notes_ok = area.notes.0.iter_mut().all(|(id, notes)| {
            ids.binary_search(&id.as_str()).is_ok()
                && notes.iter_mut().all(|n| optional_text(&mut n.text))
        });
        let months_ok = area
            .months
            .0
            .iter()
            .all(|(id, m)| ids.binary_search(&id.as_str()).is_ok() && (1..=12).contains(m));
        if !notes_ok || !months_ok || !periods_ok(&mut area.periods) {
            return false;
        }
    }
    for area in &feed.areas {
        if !known(&area.values) || !known_series(&area.series) {
            return false;
        }
        codes.push(&area.code);
    }
    codes.sort_unstable();
    if codes.windows(2).any(|w| w[0] == w[1]) {
        return false;
    }
    for u in &mut feed.units {
        let ok = required(&mut u.id)
            && required(&mut u.name)
            && optional_string(&mut u.area)
            && optional_string(&mut u.address)
            && in_range(u.location)
            && known(&u.values)
            && optional_text(&mut u.profile)
            && safe_link(&u.url)
            && u.meals.as_mut().is_none_or(|m| optional_text(&mut m.note))
            && u.closing_days.as_mut().is_none_or(|c| {
                c.count.is_none_or(|n| n <= 366)
                    && c.dates.iter_mut().all(required)
                    && optional_text(&mut c.note)
            })
            && u.area.as_deref().is_none_or(|code| codes.binary_search(&code).is_ok());
        if !ok {
            return false;
        }
        u.ages.sort();
        u.ages.dedup();
    }
    let mut unit_ids: Vec<&str> = feed.units.iter().map(|u| u.id.as_str()).collect();
    unit_ids.sort_unstable();
    if unit_ids.windows(2).any(|w| w[0] == w[1]) {
        return false;
    }
    feed.postcodes.iter_mut().all(|p| {
        p.name = p.name.trim().to_string();
        required(&mut p.code) && in_range(Some(p.location))
    })
}

/// Trimmed, and not blank.
fn required(s: &mut String) -> bool {
    if s.trim().len() != s.len() {
        *s = s.trim().to_string();
    }
    !s.is_empty()
}

fn optional_string(s: &mut Option<String>) -> bool {
    if let Some(text) = s {
        if !required(text) {
            *s = None;
        }
    }
    true
}

fn optional_text(t: &mut Option<Text>) -> bool {
    if t.as_ref().is_some_and(Text::is_blank) {
        *t = None;
    }
    true
}

fn safe_link(url: &Option<String>) -> bool {
    url.as_deref().is_none_or(|u| safe_href(u).as_deref() == Some(u))
}

fn in_range(p: Option<Point>) -> bool {
    p.is_none_or(|p| p.lat.abs() <= 90.0 && p.lon.abs() <= 180.0)
}

struct Expecting(&'static str);

impl Expecting {
    fn say(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Value;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                Expecting("a number, not_reported, suppressed or not_applicable").say(f)
            }
            // A number beyond the limit is the lenient reader's to report.
            fn visit_f64<E: de::Error>(self, x: f64) -> Result<Value, E> {
                number_in_range(x).map(Value::Number).ok_or_else(|| E::custom("too large"))
            }
            fn visit_i64<E: de::Error>(self, x: i64) -> Result<Value, E> {
                self.visit_f64(x as f64)
            }
            fn visit_u64<E: de::Error>(self, x: u64) -> Result<Value, E> {
                self.visit_f64(x as f64)
            }
            fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
                Ok(Value::NotReported)
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Value, E> {
                match s {
                    "not_reported" => Ok(Value::NotReported),
                    "suppressed" => Ok(Value::Suppressed),
                    "not_applicable" => Ok(Value::NotApplicable),
                    _ => Err(E::custom("not a value word")),
                }
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                Expecting("a string or strings per language").say(f)
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Text, E> {
                Ok(Text::Plain(s.trim().to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut pairs: Vec<(String, String)> = Vec::new();
                while let Some((lang, text)) = map.next_entry::<String, String>()? {
                    pairs.push((lang, text.trim().to_string()));
                }
                sorted_unique(&mut pairs)?;
                Ok(Text::PerLanguage(pairs))
            }
        }
        d.deserialize_any(V)
    }
}

/// Sorted by key, as the lenient reader (a sorted map) has them; a key
/// given twice is a problem it would have hidden, so give up.
fn sorted_unique<K: Ord, T, E: de::Error>(pairs: &mut [(K, T)]) -> Result<(), E> {
    pairs.sort_by(|a, b| a.0.cmp(&b.0));
    if pairs.windows(2).any(|w| w[0].0 == w[1].0) {
        return Err(E::custom("a key given twice"));
    }
    Ok(())
}

impl<'de> Deserialize<'de> for Values {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Values, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Values;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                Expecting("values by figure id").say(f)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Values, A::Error> {
                let mut pairs = Vec::with_capacity(map.size_hint().unwrap_or(8));
                while let Some(pair) = map.next_entry::<String, Value>()? {
                    pairs.push(pair);
                }
                sorted_unique(&mut pairs)?;
                Ok(Values(pairs))
            }
        }
        d.deserialize_map(V)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for ById<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<ById<T>, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = ById<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                Expecting("a map by figure id").say(f)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ById<T>, A::Error> {
                let mut pairs = Vec::new();
                while let Some(pair) = map.next_entry::<String, T>()? {
                    pairs.push(pair);
                }
                sorted_unique(&mut pairs)?;
                Ok(ById(pairs))
            }
        }
        d.deserialize_map(V(std::marker::PhantomData))
    }
}

impl<'de> Deserialize<'de> for Series {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Series, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Series;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                Expecting("values by year").say(f)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Series, A::Error> {
                let mut points = Vec::new();
                while let Some((year, value)) = map.next_entry::<String, Value>()? {
                    let year: i32 = year
                        .trim()
                        .parse()
                        .ok()
                        .filter(|y| (1900..=2200).contains(y))
                        .ok_or_else(|| de::Error::custom("not a year"))?;
                    points.push((year, value));
                }
                sorted_unique(&mut points)?;
                Ok(Series(points))
            }
        }
        d.deserialize_map(V)
    }
}

impl<'de> Deserialize<'de> for SeriesMap {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<SeriesMap, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = SeriesMap;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                Expecting("series by figure id").say(f)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<SeriesMap, A::Error> {
                let mut all = Vec::new();
                while let Some(pair) = map.next_entry::<String, Series>()? {
                    all.push(pair);
                }
                sorted_unique(&mut all)?;
                Ok(SeriesMap(all))
            }
        }
        d.deserialize_map(V)
    }
}

/// A string read in passing and not kept (a weekday, its hours): borrowed
/// from the feed's text when it has no escapes, so the hundreds of
/// thousands of them in a country's feed cost no allocation.
struct Str<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Str<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Str<'de>, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Str<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                Expecting("a string").say(f)
            }
            fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Str<'de>, E> {
                Ok(Str(Cow::Borrowed(s)))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Str<'de>, E> {
                Ok(Str(Cow::Owned(s.to_string())))
            }
        }
        d.deserialize_str(V)
    }
}

impl<'de> Deserialize<'de> for OpeningHours {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<OpeningHours, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = OpeningHours;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                Expecting("hours by weekday").say(f)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OpeningHours, A::Error> {
                let mut hours = OpeningHours::default();
                let mut seen = [false; 7];
                while let Some(key) = map.next_key::<Str>()? {
                    let Some(day) = weekday_of(&key.0) else {
                        map.next_value::<de::IgnoredAny>()?;
                        continue;
                    };
                    let text: Str = map.next_value()?;
                    // Two keys for one day ("mon" and "mandag"): the lenient reader keeps the last in its order.
                    if seen[day] {
                        return Err(de::Error::custom("a day given twice"));
                    }
                    seen[day] = true;
                    hours.0[day] =
                        parse_day(&text.0).ok_or_else(|| de::Error::custom("not opening hours"))?;
                }
                // No day at all is "not reported", which the lenient reader decides.
                if !seen.contains(&true) {
                    return Err(de::Error::custom("no weekday"));
                }
                Ok(hours)
            }
        }
        d.deserialize_map(V)
    }
}

impl<'de> Deserialize<'de> for Meals {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Meals, D::Error> {
        #[derive(Deserialize)]
        struct Full {
            scheme: MealScheme,
            note: Option<Text>,
        }
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Meals;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                Expecting("a meal scheme").say(f)
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Meals, E> {
                let scheme = MealScheme::ALL
                    .into_iter()
                    .find(|m| m.id() == s)
                    .ok_or_else(|| E::custom("not a meal scheme"))?;
                Ok(Meals { scheme, note: None })
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Meals, A::Error> {
                let full = Full::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(Meals { scheme: full.scheme, note: full.note })
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for Source {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Source, D::Error> {
        #[derive(Deserialize)]
        struct Full {
            name: Text,
            url: Option<String>,
        }
        let full = Full::deserialize(d)?;
        Ok(Source { name: full.name, url: full.url })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::daycare::read::read_daycare_value;

    /// The fast path's feed is the lenient reader's, with no problems.
    pub(crate) fn agrees(json: &str) -> bool {
        let Some(fast) = read_strict(json) else { return false };
        let value: serde_json::Value = serde_json::from_str(json).unwrap();
        let slow = read_daycare_value(&value).unwrap();
        assert_eq!(slow.problems, vec![], "the fast path took a feed with problems");
        assert!(fast == slow.feed, "the fast path read it differently");
        true
    }

    #[test]
    fn takes_a_clean_feed_and_gives_up_on_anything_the_lenient_reader_would_report() {
        let clean = include_str!("../../../tests/feeds/small-daycare.json");
        assert!(agrees(clean));
        let spaced =
            clean.replace("\"Solsikken\"", "\"  Solsikken \"").replace("\"Natur\"", "\"   \"");
        assert!(agrees(&spaced), "trimming and blank optional text are not problems");
        for (from, to) in [
            ("\"type\": \"nursery\"", "\"type\": \"vuggestue\""),
            ("\"normering_0_2\": 3.4", "\"normering_3_5\": 3.4"),
            ("\"area\": \"751\", \"address\"", "\"area\": \"999\", \"address\""),
            ("\"lat\": 56.16", "\"lat\": 156.16"),
            ("\"https://example.org/solsikken\"", "\"javascript:alert(1)\""),
            ("\"id\": \"751-0002\"", "\"id\": \"751-0001\""),
            ("\"mon\": \"06:30-17:00\"", "\"mon\": \"all day\""),
            ("\"count\": 3", "\"count\": 400"),
            ("\"decimals\": 1", "\"decimals\": 9"),
            ("\"meals\": \"packed_lunch\"", "\"meals\": \"madpakke\""),
            ("\"format\": \"ogw.daycare/1\",", ""),
        ] {
            assert!(clean.contains(from), "{from}");
            assert!(read_strict(&clean.replacen(from, to, 1)).is_none(), "{from} -> {to}");
        }
    }

    /// Every value of the sample swapped for every JSON type, and a few
    /// plausible words: whatever the fast path accepts, the lenient reader
    /// reads the same, without a problem.
    #[test]
    fn never_accepts_what_the_lenient_reader_would_report() {
        use serde_json::{json, Value as Json};
        fn mutations(value: &Json, out: &mut Vec<Json>, root: &dyn Fn(Json) -> Json) {
            let swaps = [
                json!(null),
                json!(true),
                json!(0),
                json!(-3.5),
                json!(""),
                json!(" x "),
                json!("not_reported"),
                json!("0-2"),
                json!([]),
                json!({}),
                json!({"da": "x"}),
            ];
            for swap in swaps {
                out.push(root(swap));
            }
            match value {
                Json::Object(map) => {
                    for (key, child) in map {
                        let rebuild = |v: Json| {
                            let mut copy = map.clone();
                            copy.insert(key.clone(), v);
                            root(Json::Object(copy))
                        };
                        mutations(child, out, &rebuild);
                    }
                }
                Json::Array(items) => {
                    for (i, child) in items.iter().enumerate() {
                        let rebuild = |v: Json| {
                            let mut copy = items.clone();
                            copy[i] = v;
                            root(Json::Array(copy))
                        };
                        mutations(child, out, &rebuild);
                    }
                }
                _ => {}
            }
        }
        let feed: Json =
            serde_json::from_str(include_str!("../../../tests/feeds/small-daycare.json")).unwrap();
        let mut all = Vec::new();
        mutations(&feed, &mut all, &|v| v);
        let accepted = all.iter().filter(|m| agrees(&m.to_string())).count();
        assert!(all.len() > 1000 && accepted > 50, "{accepted} of {} accepted", all.len());
    }

    /// A string counts its bytes, an escape two, to the closing quote (an
    /// escaped quote does not close it); at the limit it is short enough.
    #[test]
    fn a_string_past_the_limit_is_found_wherever_it_is() {
        let has_long_string_in = |json: &str| has_long_string(json.as_bytes());
        let n = MAX_TEXT_CHARS;
        let quoted = |inner: &str| format!(r#"{{"a": "x", "b": "{inner}", "c": 1}}"#);
        assert!(!has_long_string_in(&quoted(&"a".repeat(n))));
        assert!(has_long_string_in(&quoted(&"a".repeat(n + 1))));
        // Each \" is two and does not end the string.
        let escaped = format!("{}{}", "\\\"".repeat(n / 2), "a".repeat(n % 2));
        assert!(!has_long_string_in(&quoted(&escaped)));
        assert!(has_long_string_in(&quoted(&format!("{escaped}a"))));
        // Long stretches outside strings are not counted; an unclosed string is.
        let spaced = format!(r#"{{"a":{}1}}"#, " ".repeat(2 * n));
        assert!(!has_long_string_in(&spaced));
        assert!(has_long_string_in(&format!(r#"{{"a": "{}"#, "a".repeat(n + 1))));
        assert!(!has_long_string_in(&format!(r#"{{"a": "{}"#, "a".repeat(n - 1))));
        // An escape at the very end.
        assert!(!has_long_string_in("\"\\"));
    }

    /// Weekdays and hours with escapes in them (not borrowed from the text)
    /// read as the same days.
    #[test]
    fn escaped_weekdays_and_hours_read_the_same() {
        let clean = include_str!("../../../tests/feeds/small-daycare.json");
        let from = "\"mon\": \"06:30-17:00\"";
        assert!(clean.contains(from));
        let escaped = clean.replacen(from, "\"m\\u006fn\": \"06:30\\u002d17:00\"", 1);
        assert!(agrees(&escaped));
        assert!(read_strict(&escaped) == read_strict(clean));
    }

    /// The feeds the command line makes go the fast way, and read the same.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_imported_and_the_synthetic_feed_take_the_fast_path() {
        use crate::core::import::dk_daycare::import_dk_daycare;
        use crate::core::import::synthetic_daycare::{synthetic_daycare, SyntheticOptions};
        let key = include_str!("../../../tests/fixtures/dk-dagtilbud-noegletal-kommuner.csv");
        let normering = include_str!("../../../tests/fixtures/dk-normering-kommuner-2017-2023.csv");
        let municipal = import_dk_daycare(key, normering).unwrap().feed;
        assert!(agrees(&serde_json::to_string(&municipal).unwrap()));
        let synthetic = synthetic_daycare(
            &municipal,
            &SyntheticOptions { seed: 3, institutions: 400, year: 2025 },
        );
        assert!(agrees(&serde_json::to_string_pretty(&synthetic).unwrap()));
    }
}
