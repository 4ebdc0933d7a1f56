//! The timeline in words: its summary sentence, and each item's accessible
//! name ("Foranalyse, juli til oktober 2017, afsluttet"). Every fixed text
//! of those sentences is here, in Danish and English.

use super::model::{InitiativeRows, Item, Timeline};
use crate::core::chart::timeline::layout::RowKind;
use crate::core::date::day::year_of;
use crate::core::date::{inner_words, DatePhrase, Day};
use crate::core::i18n::{initiatives, milestones, Lang};
use crate::core::plan::Quantity;

pub use crate::core::date::day_words;

/// When an item runs, in words: "juli til oktober 2017", "til 31. december
/// 2017" (no start given), "fra 2016, løbende", "tidspunkt ikke fastlagt".
pub fn span_words(item: &Item, lang: Lang) -> String {
    crate::core::date::span_words(item.start.as_ref(), item.end.as_ref(), lang)
}

/// "34 af 60 kommuner", "mål: 60 kommuner", "nået: 34".
pub fn progress_words(
    target: Option<&Quantity>,
    actual: Option<&Quantity>,
    lang: Lang,
) -> Option<String> {
    let number = |q: &Quantity| {
        // "34", "2.5" (no float code of core::fmt: core/number.rs); 0 for -0.
        let n = crate::core::number::plain(if q.value == 0.0 { 0.0 } else { q.value });
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

/// "6 måneder senere", "1 month earlier", "12 dage senere".
fn slip_words(days: Day, lang: Lang) -> Option<String> {
    if days == 0 {
        return None;
    }
    let months = (days.unsigned_abs() as f64 / 30.44).round() as u32;
    let later = days > 0;
    let when = match (lang, later) {
        (Lang::Da, true) => "senere",
        (Lang::Da, false) => "tidligere",
        (Lang::En, true) => "later",
        (Lang::En, false) => "earlier",
    };
    let (n, unit) = if months >= 1 {
        (
            months,
            match (lang, months == 1) {
                (Lang::Da, true) => "måned",
                (Lang::Da, false) => "måneder",
                (Lang::En, true) => "month",
                (Lang::En, false) => "months",
            },
        )
    } else {
        let n = days.unsigned_abs();
        (
            n,
            match (lang, n == 1) {
                (Lang::Da, true) => "dag",
                (Lang::Da, false) => "dage",
                (Lang::En, true) => "day",
                (Lang::En, false) => "days",
            },
        )
    };
    Some(format!("{n} {unit} {when}"))
}

/// What moved and by how much: "frist flyttet fra 1. halvår 2018 til 2.
/// halvår 2018, 6 måneder senere"; "start flyttet fra december 2017 til
/// november 2017, 1 måned tidligere".
pub fn moved_words(item: &Item, lang: Lang) -> Option<String> {
    let moved = |old: Option<&DatePhrase>,
                 new: Option<&DatePhrase>,
                 slip: Option<Day>,
                 da: &str,
                 en: &str| {
        let old = inner_words(old?, lang);
        let mut words = match new {
            Some(new) => lang.pick(
                format!("{da} flyttet fra {old} til {}", inner_words(new, lang)),
                format!("{en} moved from {old} to {}", inner_words(new, lang)),
            ),
            None => lang.pick(format!("{da} flyttet fra {old}"), format!("{en} moved from {old}")),
        };
        if let Some(by) = slip.and_then(|d| slip_words(d, lang)) {
            words = format!("{words}, {by}");
        }
        Some(words)
    };
    let start = moved(
        item.original_start.as_ref(),
        item.start.as_ref(),
        item.start_slip_days,
        "start",
        "start",
    );
    let end =
        moved(item.original_end.as_ref(), item.end.as_ref(), item.slip_days, "frist", "deadline");
    match (start, end) {
        (Some(s), Some(e)) => Some(format!("{s}; {e}")),
        (s, e) => s.or(e),
    }
}

/// The accessible name of a row: title, when, status, and what is off.
pub fn item_name(item: &Item, lang: Lang) -> String {
    format!("{}, {}", item.title, item_facts(item, lang))
}

/// The name after the title, all in the widget's language (the title is
/// the feed's, and may be in another: the widget marks it with `lang`).
pub fn item_facts(item: &Item, lang: Lang) -> String {
    let mut parts = vec![span_words(item, lang), item.status.label(lang).to_string()];
    if item.overdue {
        parts.push(lang.pick("overskredet", "overdue").into());
    }
    parts.extend(moved_words(item, lang));
    parts.extend(progress_words(item.target.as_ref(), item.actual.as_ref(), lang));
    parts.join(", ")
}

/// The status as the details say it: the label, the feed's own words when
/// they were more than the label, and overdue ("I gang (forsinket);
/// overskredet").
pub fn status_words(item: &Item, lang: Lang) -> String {
    let mut s = item.status.title(lang);
    if let Some(text) = &item.status_text {
        s = format!("{s} ({text})");
    }
    if item.overdue {
        s = format!("{s}; {}", TimelineMsg::Overdue.text(lang).to_lowercase());
    }
    s
}

/// What the phone's list says under an item's title: when, status and
/// progress, " · " between them.
pub fn list_facts(item: &Item, lang: Lang) -> String {
    [
        Some(span_words(item, lang)),
        Some(status_words(item, lang)),
        progress_words(item.target.as_ref(), item.actual.as_ref(), lang),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ")
}

/// What a row's accessible name says after its title (the widget puts the
/// title, in its own language, and ", " before it): a theme's number of
/// initiatives; an item's facts (`item_facts`), and for an initiative with
/// milestones how many. Empty for a row the timeline does not have.
pub fn row_facts(timeline: &Timeline, kind: RowKind, lang: Lang) -> String {
    let rows = |group: usize, initiative: usize| -> Option<&InitiativeRows> {
        timeline.groups.get(group)?.initiatives.get(initiative)
    };
    match kind {
        RowKind::Group { group } => {
            timeline.groups.get(group).map(|g| initiatives(lang, g.initiatives.len()))
        }
        RowKind::Initiative { group, initiative } => rows(group, initiative).map(|r| {
            let facts = item_facts(&r.item, lang);
            match r.milestones.len() {
                0 => facts,
                n => format!("{facts}, {}", milestones(lang, n)),
            }
        }),
        RowKind::Milestone { group, initiative, milestone } => rows(group, initiative)
            .and_then(|r| r.milestones.get(milestone))
            .map(|m| item_facts(m, lang)),
    }
    .unwrap_or_default()
}

/// One or two sentences a screen reader hears first.
pub fn timeline_summary(timeline: &Timeline, lang: Lang) -> String {
    let initiatives: usize = timeline.groups.iter().map(|g| g.initiatives.len()).sum();
    let milestones: usize =
        timeline.groups.iter().flat_map(|g| &g.initiatives).map(|r| r.milestones.len()).sum();
    let (from, to) = (year_of(timeline.domain.0), year_of(timeline.domain.1));
    let years = if from == to { from.to_string() } else { format!("{from}-{to}") };
    let when = day_words(timeline.as_of, lang);
    let (overdue, undated) = (timeline.overdue, timeline.undated);
    let counts = |n: usize, da_one: &str, da_many: &str, en_one: &str, en_many: &str| {
        let noun = match (lang, n == 1) {
            (Lang::Da, true) => da_one,
            (Lang::Da, false) => da_many,
            (Lang::En, true) => en_one,
            (Lang::En, false) => en_many,
        };
        format!("{n} {noun}")
    };
    let plan = format!(
        "{} {} {}, {years}.",
        counts(initiatives, "initiativ", "initiativer", "initiative", "initiatives"),
        lang.pick("med", "with"),
        counts(milestones, "milepæl", "milepæle", "milestone", "milestones"),
    );
    let state = lang.pick(
        format!("Pr. {when} er {overdue} overskredet, og {undated} har ingen fastlagt dato."),
        format!(
            "As of {when}, {overdue} {} overdue and {undated} {} no date set.",
            if overdue == 1 { "is" } else { "are" },
            if undated == 1 { "has" } else { "have" }
        ),
    );
    format!("{plan} {state}")
}

/// The timeline's fixed texts: here, not in `core::i18n`, so the other
/// widgets' bundles do not carry them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimelineMsg {
    TimelineTitle,
    /// The legend's hatched span: the date is somewhere in here.
    UncertainDate,
    /// The legend's line for the day the statuses were taken.
    StatusAsOf,
    Overdue,
    MovedDate,
    /// In a row that has no date to be placed at.
    DateNotSet,
    TimelineHint,
    TimelineListHint,
    Zoom,
    ZoomYears,
    ZoomQuarters,
    ZoomMonths,
    ShowAllMilestones,
    /// The + / − beside an initiative (for a pointer; the keyboard uses the arrows).
    ToggleMilestones,
    ShowMilestonesFor,
    HideMilestonesFor,
    Initiative,
    Milestone,
    When,
    Status,
    StatusNote,
    Deadline,
    Progress,
    Summary,
    Results,
    NextSteps,
    Contact,
    Partners,
    MoreAbout,
    Start,
    End,
    Moved,
    TimelineTableCaption,
}

impl TimelineMsg {
    pub fn text(self, lang: Lang) -> &'static str {
        use TimelineMsg::*;
        let (da, en) = match self {
        TimelineTitle => ("Tidsplan for initiativerne", "Initiative timeline"),
        UncertainDate => ("Usikker dato", "Uncertain date"),
        StatusAsOf => ("Status pr.", "Status as of"),
        Overdue => ("Overskredet", "Overdue"),
        MovedDate => ("Flyttet dato", "Moved date"),
        DateNotSet => ("dato ikke fastlagt", "date not set"),
        TimelineHint => (
            "Vælg et initiativ eller en milepæl for at se detaljer. Med tastaturet: pil op og ned flytter, pil højre og venstre viser og skjuler milepæle, Home og End går til første og sidste række, Enter åbner detaljer, Escape lukker.",
            "Select an initiative or a milestone for its details. With the keyboard: up and down arrows move, right and left arrows show and hide milestones, Home and End go to the first and last row, Enter opens the details, Escape closes them.",
        ),
        TimelineListHint => ("Vælg et initiativ eller en milepæl for at se detaljer.", "Select an initiative or a milestone for its details."),
        Zoom => ("Tidsskala", "Time scale"),
        ZoomYears => ("År", "Years"),
        ZoomQuarters => ("Kvartaler", "Quarters"),
        ZoomMonths => ("Måneder", "Months"),
        ShowAllMilestones => ("Vis alle milepæle", "Show all milestones"),
        ToggleMilestones => ("Vis eller skjul milepæle", "Show or hide milestones"),
        // Followed by the initiative's number and title.
        ShowMilestonesFor => ("Vis milepæle for", "Show milestones for"),
        HideMilestonesFor => ("Skjul milepæle for", "Hide milestones for"),
        Initiative => ("Initiativ", "Initiative"),
        Milestone => ("Milepæl", "Milestone"),
        When => ("Hvornår", "When"),
        Status => ("Status", "Status"),
        StatusNote => ("Om status", "About the status"),
        Deadline => ("Frist", "Deadline"),
        Progress => ("Fremdrift", "Progress"),
        Summary => ("Resumé", "Summary"),
        Results => ("Resultater", "Results"),
        NextSteps => ("Næste skridt", "Next steps"),
        Contact => ("Kontakt", "Contact"),
        Partners => ("Partnere", "Partners"),
        MoreAbout => ("Mere om initiativet", "More about the initiative"),
        Start => ("Start", "Start"),
        End => ("Slut", "End"),
        Moved => ("Flyttet", "Moved"),
        TimelineTableCaption => ("Initiativer og milepæle med datoer og status", "Initiatives and milestones with dates and status"),
    };
        lang.pick(da, en)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quantity(value: f64) -> Quantity {
        Quantity { value, unit: None }
    }

    #[test]
    fn progress_is_written_with_the_reader_s_decimal_mark() {
        let (t, a) = (quantity(60.0), quantity(34.0));
        assert_eq!(progress_words(Some(&t), Some(&a), Lang::Da).unwrap(), "34 af 60");
        let (t, a) = (quantity(2.5), quantity(-0.0));
        assert_eq!(progress_words(Some(&t), Some(&a), Lang::Da).unwrap(), "0 af 2,5");
        assert_eq!(progress_words(Some(&t), None, Lang::En).unwrap(), "target: 2.5");
        let big = quantity(1e20);
        assert_eq!(
            progress_words(None, Some(&big), Lang::En).unwrap(),
            "reached: 100000000000000000000"
        );
    }
}
