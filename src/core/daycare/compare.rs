//! Side by side: up to four institutions or municipalities, each figure
//! against its municipality's value and the national value, with a verdict
//! that respects which way is better ("bedre end kommunen"), said in words
//! and drawn as a shape by the chart, never by colour alone.

use super::feed::{Better, DaycareFeed, Figure};
use super::format::{annotation, monthly, notes_explained, shown, value_with_unit};
use super::query::UnitIndex;
use super::value::Value;
use crate::core::i18n::Lang;

pub const MAX_COMPARED: usize = 4;

/// What choosing or unchoosing a subject did to the comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareChange {
    Added,
    Removed,
    /// It already was as asked.
    Unchanged,
    /// Refused: `MAX_COMPARED` are chosen already.
    Full,
}

/// Chooses (`on`) or unchooses the subject `id` among the compared ids: at
/// the end when added, never twice, never more than `MAX_COMPARED`.
pub fn set_compared(compared: &mut Vec<String>, id: &str, on: bool) -> CompareChange {
    let chosen = compared.iter().any(|c| c == id);
    if on == chosen {
        return CompareChange::Unchanged;
    }
    if on && compared.len() >= MAX_COMPARED {
        return CompareChange::Full;
    }
    compared.retain(|c| c != id);
    if on {
        compared.push(id.to_string());
        CompareChange::Added
    } else {
        CompareChange::Removed
    }
}

/// No more can be chosen until one is taken out.
pub fn comparison_is_full(compared: &[String]) -> bool {
    compared.len() >= MAX_COMPARED
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Subject {
    /// By index in `feed.units`.
    Unit(usize),
    /// By index in `feed.areas`.
    Area(usize),
}

impl Subject {
    /// How the subject is written in attributes and the URL fragment:
    /// `a:751` for a municipality, `u:751-0001` for an institution.
    pub fn id(self, feed: &DaycareFeed) -> String {
        match self {
            Subject::Unit(u) => format!("u:{}", feed.units.get(u).map_or("", |x| x.id.as_str())),
            Subject::Area(a) => format!("a:{}", feed.areas.get(a).map_or("", |x| x.code.as_str())),
        }
    }

    /// Reads `a:CODE`, `u:ID`, or a bare token: an institution id if there
    /// is one, else a municipality code.
    pub fn from_id(token: &str, feed: &DaycareFeed) -> Option<Subject> {
        let token = token.trim();
        let unit = |id: &str| feed.units.iter().position(|u| u.id == id).map(Subject::Unit);
        let area = |code: &str| feed.areas.iter().position(|a| a.code == code).map(Subject::Area);
        if let Some(id) = token.strip_prefix("u:") {
            unit(id)
        } else if let Some(code) = token.strip_prefix("a:") {
            area(code)
        } else {
            unit(token).or_else(|| area(token))
        }
    }

    pub fn name(self, feed: &DaycareFeed) -> &str {
        match self {
            Subject::Unit(u) => feed.units.get(u).map_or("", |x| x.name.as_str()),
            Subject::Area(a) => feed.areas.get(a).map_or("", |x| x.name.as_str()),
        }
    }

    /// The name with what tells it apart from its namesakes (`names`):
    /// what the comparison calls it.
    pub fn label(self, feed: &DaycareFeed) -> String {
        match self {
            Subject::Unit(u) => super::names::unit_label(feed, u),
            Subject::Area(_) => self.name(feed).to_string(),
        }
    }
}

/// A comma-separated list of subjects (`compare="a:751,u:751-0001"`): the
/// first four that exist, each once.
pub fn subjects_from_list(list: &str, feed: &DaycareFeed) -> Vec<Subject> {
    let mut out: Vec<Subject> = Vec::new();
    for s in list.split(',').filter_map(|t| Subject::from_id(t, feed)) {
        if !out.contains(&s) && out.len() < MAX_COMPARED {
            out.push(s);
        }
    }
    out
}

/// How a value stands against an average.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    Better,
    Worse,
    /// The same when both are rounded as shown.
    Same,
    /// For a figure where neither way is better.
    Higher,
    Lower,
    /// One of the two is not a number.
    NotComparable,
}

/// Compares the two values as they are shown (rounded once to the figure's
/// decimals, by [`shown`]): a difference a reader cannot see is no
/// difference, and the words agree with the digits beside them.
pub fn verdict(value: Value, average: Value, figure: &Figure) -> Verdict {
    let (Value::Number(x), Value::Number(avg)) = (value, average) else {
        return Verdict::NotComparable;
    };
    let (Some(x), Some(avg)) = (shown(x, figure.decimals), shown(avg, figure.decimals)) else {
        return Verdict::NotComparable;
    };
    if x == avg {
        return Verdict::Same;
    }
    let higher = x > avg;
    match (figure.better, higher) {
        (Better::Higher, true) | (Better::Lower, false) => Verdict::Better,
        (Better::Higher, false) | (Better::Lower, true) => Verdict::Worse,
        (Better::None, true) => Verdict::Higher,
        (Better::None, false) => Verdict::Lower,
    }
}

/// Against what a value is judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Against {
    Municipality,
    Country,
}

/// "bedre end kommunen", "worse than the country", "som landstallet".
pub fn verdict_words(v: Verdict, against: Against, lang: Lang) -> &'static str {
    use Against::*;
    use Verdict::*;
    let (da, en) = match (v, against) {
        (Better, Municipality) => ("bedre end kommunen", "better than the municipality"),
        (Worse, Municipality) => ("dårligere end kommunen", "worse than the municipality"),
        (Same, Municipality) => ("som kommunen", "the same as the municipality"),
        (Higher, Municipality) => ("højere end kommunen", "higher than the municipality"),
        (Lower, Municipality) => ("lavere end kommunen", "lower than the municipality"),
        (Better, Country) => ("bedre end landstallet", "better than the country"),
        (Worse, Country) => ("dårligere end landstallet", "worse than the country"),
        (Same, Country) => ("som landstallet", "the same as the country"),
        (Higher, Country) => ("højere end landstallet", "higher than the country"),
        (Lower, Country) => ("lavere end landstallet", "lower than the country"),
        (NotComparable, _) => ("kan ikke sammenlignes", "cannot be compared"),
    };
    lang.pick(da, en)
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub subjects: Vec<Subject>,
    pub rows: Vec<CompareRow>,
}

/// One figure across the subjects.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareRow {
    /// Index in `feed.figures`.
    pub figure: usize,
    pub national: Value,
    pub cells: Vec<CompareCell>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CompareCell {
    pub value: Value,
    /// An institution's municipality's value; `None` for a municipality,
    /// or an institution with no known municipality.
    pub municipal: Option<Value>,
    pub vs_municipal: Verdict,
    pub vs_national: Verdict,
}

/// Each of `figures` (indices in `feed.figures`) for each subject.
pub fn compare(
    feed: &DaycareFeed,
    index: &UnitIndex,
    subjects: &[Subject],
    figures: &[usize],
) -> Comparison {
    let subjects: Vec<Subject> = subjects.iter().copied().take(MAX_COMPARED).collect();
    let rows = figures
        .iter()
        .filter_map(|&f| {
            let figure = feed.figures.get(f)?;
            // A total (children in a municipality, in the country) is no
            // average to hold an institution or a municipality against.
            let national = if figure.total {
                Value::NotApplicable
            } else {
                feed.national.values.get(&figure.id).unwrap_or(Value::NotReported)
            };
            let area_value = |a: usize| {
                feed.areas
                    .get(a)
                    .and_then(|area| area.values.get(&figure.id))
                    .unwrap_or(Value::NotReported)
            };
            // Nothing is judged on a doubtful value (one with a note), nor
            // across years: a municipality's 2022 value against the
            // country's 2023 one says nothing.
            let national_period = feed.national.period(figure);
            let area_period = |a: usize| feed.areas.get(a).and_then(|area| area.period(figure));
            let area_judged = |a: usize| {
                feed.areas.get(a).is_some_and(|area| area.notes_on(&figure.id).is_empty())
            };
            let cells = subjects
                .iter()
                .map(|s| {
                    let (value, municipal, judged_nationally, judged_locally) = match *s {
                        Subject::Unit(u) => {
                            let area = index.area_of(u).filter(|_| !figure.total);
                            let locally = area.is_some_and(|a| {
                                area_judged(a) && area_period(a) == figure.period.as_deref()
                            });
                            let nationally = national_period == figure.period.as_deref();
                            (index.value(u, f), area.map(area_value), nationally, locally)
                        }
                        Subject::Area(a) => {
                            let nationally = area_judged(a) && area_period(a) == national_period;
                            (area_value(a), None, nationally, false)
                        }
                    };
                    let judge = |judged: bool, average: Value| {
                        if judged {
                            verdict(value, average, figure)
                        } else {
                            Verdict::NotComparable
                        }
                    };
                    CompareCell {
                        value,
                        municipal,
                        vs_municipal: municipal
                            .map_or(Verdict::NotComparable, |m| judge(judged_locally, m)),
                        vs_national: judge(judged_nationally, national),
                    }
                })
                .collect();
            Some(CompareRow { figure: f, national, cells })
        })
        .collect();
    Comparison { subjects, rows }
}

/// One cell in a sentence, for the accessible name of a bar and for the
/// table the chart comes with: "Solsikken: 3,4 børn pr. voksen, dårligere
/// end kommunen (2,9), bedre end landstallet (3,5)".
pub fn cell_sentence(
    feed: &DaycareFeed,
    subject: Subject,
    row: &CompareRow,
    cell: &CompareCell,
    lang: Lang,
) -> String {
    format!("{}: {}", subject.label(feed), cell_summary(feed, subject, row, cell, lang))
}

/// A cell without its subject: the value, then each verdict with the
/// reference figure it is against, "3,4 børn pr. voksen, dårligere end
/// kommunen (2,9), bedre end landstallet (3,5)". Shown in the comparison's
/// table, so the reference figures are on the page, not in a hover title.
pub fn cell_summary(
    feed: &DaycareFeed,
    subject: Subject,
    row: &CompareRow,
    cell: &CompareCell,
    lang: Lang,
) -> String {
    let figure = &feed.figures[row.figure];
    let mut out = cell_value(feed, subject, row, cell, lang);
    if let Some(m) = cell.municipal {
        if cell.vs_municipal != Verdict::NotComparable {
            out += &format!(
                ", {} ({})",
                verdict_words(cell.vs_municipal, Against::Municipality, lang),
                super::format::value(m, figure, lang)
            );
        }
    }
    if cell.vs_national != Verdict::NotComparable {
        out += &format!(
            ", {} ({})",
            verdict_words(cell.vs_national, Against::Country, lang),
            super::format::value(row.national, figure, lang)
        );
    }
    out
}

/// A subject's value with its unit, and what must be said beside it: a
/// municipality's own year and its notes in full ("3,0 børn pr. voksen
/// (2022). Det nyeste år mangler i kilden; …").
pub fn cell_value(
    feed: &DaycareFeed,
    subject: Subject,
    row: &CompareRow,
    cell: &CompareCell,
    lang: Lang,
) -> String {
    let figure = &feed.figures[row.figure];
    let text = value_with_unit(cell.value, figure, lang);
    let Subject::Area(a) = subject else { return text };
    let Some(area) = feed.areas.get(a) else { return text };
    let own = area.periods.get(&figure.id).filter(|p| figure.period.as_ref() != Some(*p));
    let said: Vec<String> = monthly(area, figure, lang).into_iter().chain(own.cloned()).collect();
    let text = if said.is_empty() { text } else { format!("{text} ({})", said.join(", ")) };
    let notes = area.notes_on(&figure.id);
    if notes.is_empty() {
        text
    } else {
        format!("{text}. {}", notes_explained(notes, lang))
    }
}

/// What a subject's bar needs said beside its name: a municipality's own
/// year and notes, in a word or two ("" for none, and for an institution).
pub fn cell_annotation(
    feed: &DaycareFeed,
    subject: Subject,
    figure: &Figure,
    lang: Lang,
) -> String {
    match subject {
        Subject::Area(a) => {
            feed.areas.get(a).map_or_else(String::new, |area| annotation(area, figure, lang))
        }
        Subject::Unit(_) => String::new(),
    }
}

/// The comparison in one sentence, for the chart's description: "Solsikken,
/// Egernet og Aarhus sammenlignet på 3 nøgletal." An empty comparison says
/// how to start one.
pub fn comparison_sentence(feed: &DaycareFeed, comparison: &Comparison, lang: Lang) -> String {
    let names: Vec<String> = comparison.subjects.iter().map(|s| s.label(feed)).collect();
    let Some((last, first)) = names.split_last() else {
        return super::words::DaycareMsg::CompareHint.text(lang).to_string();
    };
    let and = lang.pick(" og ", " and ");
    let who = if first.is_empty() {
        last.to_string()
    } else {
        format!("{}{and}{last}", first.join(", "))
    };
    let n = comparison.rows.len();
    match (lang, n == 1) {
        (Lang::Da, true) => format!("{who} sammenlignet på 1 nøgletal."),
        (Lang::Da, false) => format!("{who} sammenlignet på {n} nøgletal."),
        (Lang::En, true) => format!("{who} compared on 1 key figure."),
        (Lang::En, false) => format!("{who} compared on {n} key figures."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::daycare::read::read_daycare;
    use expect_test::{expect, Expect};

    /// Each step on the ids chosen so far: what it did, what is chosen after.
    fn check_choosing(steps: &[(&str, bool)], expect: Expect) {
        let mut compared = Vec::new();
        let out: Vec<String> = steps
            .iter()
            .map(|&(id, on)| {
                let change = set_compared(&mut compared, id, on);
                let sign = if on { "+" } else { "-" };
                let full = if comparison_is_full(&compared) { " full" } else { "" };
                format!("{sign}{id}: {change:?} [{}]{full}", compared.join(" "))
            })
            .collect();
        expect.assert_eq(&out.join("\n"));
    }

    #[test]
    fn at_most_four_are_chosen_each_once_in_the_order_chosen() {
        check_choosing(
            &[("a", true), ("a", true), ("b", true), ("c", true), ("d", true), ("e", true)],
            expect![[r#"
                +a: Added [a]
                +a: Unchanged [a]
                +b: Added [a b]
                +c: Added [a b c]
                +d: Added [a b c d] full
                +e: Full [a b c d] full"#]],
        );
        check_choosing(
            &[("a", true), ("b", true), ("x", false), ("a", false), ("a", true)],
            expect![[r#"
                +a: Added [a]
                +b: Added [a b]
                -x: Unchanged [a b]
                -a: Removed [b]
                +a: Added [b a]"#]],
        );
    }

    const FEED: &str = r#"{"format":"ogw.daycare/1",
      "figures":[{"id":"normering_0_2","label":"Børn pr. voksen","unit":"børn pr. voksen","decimals":1,"better":"lower"},
                 {"id":"paedagoger_pct","label":"Pædagoger","unit":"%","decimals":1,"better":"higher"},
                 {"id":"boern","label":"Børn","decimals":0,"total":true}],
      "national":{"values":{"normering_0_2":2.9,"paedagoger_pct":42.7,"boern":258677}},
      "areas":[{"code":"751","name":"Aarhus","values":{"normering_0_2":2.9,"paedagoger_pct":46.3,"boern":17874}}],
      "units":[{"id":"751-0001","name":"Solsikken","type":"nursery","area":"751","values":{"normering_0_2":3.4,"paedagoger_pct":"suppressed","boern":40}},
               {"id":"751-0002","name":"Egernet","type":"nursery","area":"751","values":{"normering_0_2":2.94,"paedagoger_pct":51,"boern":"not_reported"}}]}"#;

    #[test]
    fn verdicts_respect_each_figure_s_direction_in_words() {
        let feed = read_daycare(FEED).unwrap().feed;
        let index = UnitIndex::new(&feed);
        let subjects = subjects_from_list("u:751-0001, 751-0002, a:751, a:751, 999, u:nope", &feed);
        assert_eq!(subjects, vec![Subject::Unit(0), Subject::Unit(1), Subject::Area(0)]);
        let comparison = compare(&feed, &index, &subjects, &[0, 1, 2]);
        let mut out = String::new();
        for row in &comparison.rows {
            for (s, cell) in comparison.subjects.iter().zip(&row.cells) {
                out += &cell_sentence(&feed, *s, row, cell, Lang::Da);
                out += "\n";
            }
        }
        expect![[r#"
            Solsikken: 3,4 børn pr. voksen, dårligere end kommunen (2,9), dårligere end landstallet (2,9)
            Egernet: 2,9 børn pr. voksen, som kommunen (2,9), som landstallet (2,9)
            Aarhus: 2,9 børn pr. voksen, som landstallet (2,9)
            Solsikken: for få børn
            Egernet: 51,0 %, bedre end kommunen (46,3), bedre end landstallet (42,7)
            Aarhus: 46,3 %, bedre end landstallet (42,7)
            Solsikken: 40
            Egernet: ikke oplyst
            Aarhus: 17.874
        "#]]
        .assert_eq(&out);
        assert_eq!(
            comparison_sentence(&feed, &comparison, Lang::Da),
            "Solsikken, Egernet og Aarhus sammenlignet på 3 nøgletal."
        );
        let one = compare(&feed, &index, &[Subject::Area(0)], &[1]);
        assert_eq!(comparison_sentence(&feed, &one, Lang::En), "Aarhus compared on 1 key figure.");
        assert_eq!(
            comparison_sentence(&feed, &compare(&feed, &index, &[], &[1]), Lang::En),
            "Choose up to four institutions or municipalities to compare."
        );
        assert_eq!(Subject::Unit(1).id(&feed), "u:751-0002");
        assert_eq!(Subject::Area(0).id(&feed), "a:751");
    }
}
