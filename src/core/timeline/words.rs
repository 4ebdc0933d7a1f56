//! The timeline in words: its summary sentence, and each item's accessible
//! name ("Foranalyse, juli 2017 til oktober 2017, afsluttet").

use super::day::{civil_of, Day};
use super::model::{Item, Timeline, When};
use crate::core::i18n::Lang;
use crate::core::plan::Quantity;

const MONTHS_DA: [&str; 12] = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];
const MONTHS_EN: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// "1. september 2018" / "1 September 2018".
pub fn day_words(day: Day, lang: Lang) -> String {
    let (y, m, d) = civil_of(day);
    let month = lang.pick(MONTHS_DA, MONTHS_EN)[m as usize - 1];
    lang.pick(format!("{d}. {month} {y}"), format!("{d} {month} {y}"))
}

fn when_words(w: &When, lang: Lang) -> String {
    if !w.is_known() {
        return lang.pick("ikke fastlagt", "not set").into();
    }
    if !w.words.is_empty() {
        return w.words.clone();
    }
    match (w.earliest, w.latest) {
        (Some(a), Some(b)) if a == b => day_words(a, lang),
        (Some(a), Some(b)) => lang.pick(format!("mellem {} og {}", day_words(a, lang), day_words(b, lang)), format!("between {} and {}", day_words(a, lang), day_words(b, lang))),
        (Some(a), None) | (None, Some(a)) => day_words(a, lang),
        (None, None) => unreachable!("checked above"),
    }
}

/// When an item runs, in words: "juli 2017 til oktober 2017", "til august
/// 2017" (no start given), "ikke fastlagt".
pub fn span_words(item: &Item, lang: Lang) -> String {
    let start = item.start.as_ref().filter(|w| w.is_known());
    let end = item.end.as_ref().filter(|w| w.is_known());
    match (start, end) {
        (Some(s), Some(e)) if s.text == e.text && !s.text.is_empty() => when_words(s, lang),
        (Some(s), Some(e)) => lang.pick(format!("{} til {}", when_words(s, lang), when_words(e, lang)), format!("{} to {}", when_words(s, lang), when_words(e, lang))),
        (None, Some(e)) => lang.pick(format!("til {}", when_words(e, lang)), format!("until {}", when_words(e, lang))),
        (Some(s), None) => lang.pick(format!("fra {}, slut ikke fastlagt", when_words(s, lang)), format!("from {}, end not set", when_words(s, lang))),
        (None, None) => lang.pick("tidspunkt ikke fastlagt", "dates not set").into(),
    }
}

/// "34 af 60 kommuner", "mål: 60 kommuner", "nået: 34".
pub fn progress_words(target: Option<&Quantity>, actual: Option<&Quantity>, lang: Lang) -> Option<String> {
    let number = |q: &Quantity| {
        let n = if q.value.fract() == 0.0 { format!("{}", q.value as i64) } else { format!("{}", q.value) };
        let n = if lang == Lang::Da { n.replace('.', ",") } else { n };
        (n, q.unit.as_ref().map(|u| format!(" {}", u.get(lang))).unwrap_or_default())
    };
    match (target, actual) {
        (Some(t), Some(a)) => {
            let ((tn, unit), (an, _)) = (number(t), number(a));
            Some(lang.pick(format!("{an} af {tn}{unit}"), format!("{an} of {tn}{unit}")))
        }
        (Some(t), None) => {
            let (tn, unit) = number(t);
            Some(lang.pick(format!("mål: {tn}{unit}"), format!("target: {tn}{unit}")))
        }
        (None, Some(a)) => {
            let (an, unit) = number(a);
            Some(lang.pick(format!("nået: {an}{unit}"), format!("reached: {an}{unit}")))
        }
        (None, None) => None,
    }
}

/// "flyttet fra juni 2018, 6 måneder senere".
pub fn moved_words(item: &Item, lang: Lang) -> Option<String> {
    let original = item.original_end.as_ref()?;
    let from = when_words(original, lang);
    Some(match item.slip_days {
        Some(days) if days > 0 => {
            let months = (days as f64 / 30.44).round() as i64;
            let by = if months >= 1 { lang.pick(format!("{months} md. senere"), format!("{months} mo. later")) } else { lang.pick(format!("{days} dage senere"), format!("{days} days later")) };
            lang.pick(format!("frist flyttet fra {from}, {by}"), format!("deadline moved from {from}, {by}"))
        }
        _ => lang.pick(format!("frist flyttet fra {from}"), format!("deadline moved from {from}")),
    })
}

/// The accessible name of a row: title, when, status, and what is off.
pub fn item_name(item: &Item, lang: Lang) -> String {
    let mut parts = vec![item.title.clone(), span_words(item, lang), item.status.label(lang).to_string()];
    if item.overdue {
        parts.push(lang.pick("overskredet", "overdue").into());
    }
    parts.extend(moved_words(item, lang));
    parts.extend(progress_words(item.target.as_ref(), item.actual.as_ref(), lang));
    parts.join(", ")
}

/// One or two sentences a screen reader hears first.
pub fn timeline_summary(timeline: &Timeline, lang: Lang) -> String {
    let initiatives: usize = timeline.groups.iter().map(|g| g.initiatives.len()).sum();
    let milestones: usize = timeline.groups.iter().flat_map(|g| &g.initiatives).map(|r| r.milestones.len()).sum();
    let (from, to) = (civil_of(timeline.domain.0).0, civil_of(timeline.domain.1).0);
    let when = day_words(timeline.as_of, lang);
    lang.pick(
        format!(
            "{initiatives} initiativer med {milestones} milepæle, {from}-{to}. Pr. {when} er {} overskredet, og {} datoer er ikke fastlagt.",
            timeline.overdue, timeline.unknown_dates
        ),
        format!(
            "{initiatives} initiatives with {milestones} milestones, {from}-{to}. As of {when}, {} are overdue and {} dates are not set.",
            timeline.overdue, timeline.unknown_dates
        ),
    )
}
