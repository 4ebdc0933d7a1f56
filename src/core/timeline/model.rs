//! From a plan feed to timeline rows: themes, their initiatives, and each
//! initiative's milestones, with every date read as the span it can mean.
//!
//! Dates are read in the feed's language (`plan.language`, Danish when it
//! is absent); titles are given in the widget's. A date nobody can read is
//! kept as unknown and never placed on the axis.

use crate::core::date::{read_phrase, DatePhrase, Day};
use crate::core::i18n::{Lang, Msg};
use crate::core::plan::status::Status;
use crate::core::plan::{Initiative, Milestone, Period, PlanFeed, Quantity};
use crate::core::text::feed_language;

#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub title: String,
    /// The language `title` is written in (see `Text::language`).
    pub title_lang: String,
    pub status: Status,
    /// The status as the feed wrote it, when that was not just the label.
    pub status_text: Option<String>,
    /// `None`: the feed gave no start ("-" or nothing); drawn open.
    pub start: Option<DatePhrase>,
    /// `None`: no end given; drawn open.
    pub end: Option<DatePhrase>,
    /// The start and end before they were moved.
    pub original_start: Option<DatePhrase>,
    pub original_end: Option<DatePhrase>,
    /// Its latest possible end is before `as_of`, and it is neither
    /// completed nor withdrawn.
    pub overdue: bool,
    /// Days the latest end moved (later is positive), when both are known.
    pub slip_days: Option<i32>,
    /// Days the earliest start moved.
    pub start_slip_days: Option<i32>,
    pub target: Option<Quantity>,
    pub actual: Option<Quantity>,
    /// The initiative had no dates of its own; its span is its milestones'.
    pub span_from_milestones: bool,
}

impl Item {
    /// Neither its start nor its end is a known day: it cannot be placed.
    pub fn is_undated(&self) -> bool {
        !self.start.as_ref().is_some_and(DatePhrase::is_known)
            && !self.end.as_ref().is_some_and(DatePhrase::is_known)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct InitiativeRows {
    /// Index into `PlanFeed::initiatives`.
    pub index: usize,
    pub id: String,
    pub item: Item,
    pub milestones: Vec<Item>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub title: String,
    pub title_lang: String,
    pub initiatives: Vec<InitiativeRows>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    pub groups: Vec<Group>,
    pub as_of: Day,
    /// First and last day any item can mean, with `as_of` inside.
    pub domain: (Day, Day),
    /// Initiatives and milestones that are overdue.
    pub overdue: usize,
    /// Initiatives and milestones with no known date at all.
    pub undated: usize,
    /// The feed's language, for its texts shown in a widget of another.
    pub language: String,
}

impl Timeline {
    /// Every initiative and milestone, in row order.
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.groups.iter().flat_map(|g| {
            g.initiatives.iter().flat_map(|r| std::iter::once(&r.item).chain(&r.milestones))
        })
    }
}

/// The timeline of a feed as of a day. `lang` is the widget's language
/// (titles); dates are read in the feed's own.
pub fn build_timeline(feed: &PlanFeed, as_of: Day, lang: Lang) -> Timeline {
    let written_in = feed_language(feed.plan.language.as_deref()).to_string();
    let reader = DateReader {
        lang: feed.plan.language.as_deref().map_or(Lang::Da, Lang::from_tag),
        as_of,
        written_in: written_in.clone(),
    };
    let mut groups: Vec<Group> = feed
        .themes
        .iter()
        .map(|th| Group {
            title: th.title.get(lang).to_string(),
            title_lang: th.title.language(lang, &written_in).to_string(),
            initiatives: Vec::new(),
        })
        .collect();
    let mut no_theme = Group {
        title: Msg::NoTheme.text(lang).to_string(),
        title_lang: lang.code().to_string(),
        initiatives: Vec::new(),
    };
    for (index, initiative) in feed.initiatives.iter().enumerate() {
        let rows = reader.initiative_rows(index, initiative, lang);
        let theme =
            initiative.theme.as_ref().and_then(|id| feed.themes.iter().position(|th| &th.id == id));
        match theme {
            Some(i) => groups[i].initiatives.push(rows),
            None => no_theme.initiatives.push(rows),
        }
    }
    groups.push(no_theme);
    groups.retain(|g| !g.initiatives.is_empty());

    let mut timeline = Timeline {
        groups,
        as_of,
        domain: (as_of, as_of),
        overdue: 0,
        undated: 0,
        language: written_in,
    };
    let phrases = timeline
        .items()
        .flat_map(|i| [&i.start, &i.end, &i.original_start, &i.original_end])
        .flatten();
    let days = phrases.flat_map(|p| [p.earliest(), p.latest()]).flatten();
    timeline.domain = days.fold((as_of, as_of), |(lo, hi), d| (lo.min(d), hi.max(d)));
    timeline.overdue = timeline.items().filter(|i| i.overdue).count();
    timeline.undated = timeline.items().filter(|i| i.is_undated()).count();
    timeline
}

struct DateReader {
    /// The feed's language, which decides how "8/1/2017" reads.
    lang: Lang,
    as_of: Day,
    written_in: String,
}

impl DateReader {
    /// "-", "NA" and nothing all mean none was given.
    fn read(&self, text: Option<&str>) -> Option<DatePhrase> {
        text.map(|text| read_phrase(text, self.lang)).filter(|p| !p.is_not_given())
    }

    fn initiative_rows(&self, index: usize, initiative: &Initiative, lang: Lang) -> InitiativeRows {
        let milestones: Vec<Item> =
            initiative.milestones.iter().map(|m| self.milestone_item(m, lang)).collect();
        let period = initiative.period.clone().unwrap_or_default();
        let mut item = self.item(
            (initiative.title.get(lang), initiative.title.language(lang, &self.written_in)),
            initiative.status.status,
            initiative.status.label.as_deref(),
            &period,
        );
        let known = |p: &Option<DatePhrase>| p.as_ref().is_some_and(DatePhrase::is_known);
        if !known(&item.start) && !known(&item.end) {
            // No dates of its own: the initiative runs from its first
            // milestone's start to its last milestone's end.
            let first = milestones
                .iter()
                .filter_map(|m| m.start.as_ref())
                .filter(|p| p.earliest().is_some())
                .min_by_key(|p| p.earliest());
            let last = milestones
                .iter()
                .filter_map(|m| m.end.as_ref())
                .filter(|p| p.latest().is_some())
                .max_by_key(|p| p.latest());
            if first.is_some() || last.is_some() {
                item.start = first.cloned();
                item.end = last.cloned();
                item.span_from_milestones = true;
            }
        }
        InitiativeRows { index, id: initiative.id.clone(), item, milestones }
    }

    fn milestone_item(&self, m: &Milestone, lang: Lang) -> Item {
        let dates = Period {
            start: m.start.clone(),
            end: m.end.clone(),
            original_start: m.original_start.clone(),
            original_end: m.original_end.clone(),
        };
        let mut item = self.item(
            (m.title.get(lang), m.title.language(lang, &self.written_in)),
            m.status.status,
            m.status.label.as_deref(),
            &dates,
        );
        item.target = m.target.clone();
        item.actual = m.actual.clone();
        item
    }

    fn item(
        &self,
        (title, title_lang): (&str, &str),
        status: Status,
        label: Option<&str>,
        dates: &Period,
    ) -> Item {
        let (mut start, mut end) =
            (self.read(dates.start.as_deref()), self.read(dates.end.as_deref()));
        // A whole span in the start field ("Oktober 2016 – december 2020",
        // "2016 -") with no end of its own gives both.
        if end.is_none() {
            if let Some(DatePhrase::Range { start: from, end: to, .. }) = &start {
                (start, end) =
                    (Some(DatePhrase::One(from.clone())), Some(DatePhrase::One(to.clone())));
            }
        }
        let (original_start, original_end) =
            (self.read(dates.original_start.as_deref()), self.read(dates.original_end.as_deref()));
        let finished = matches!(status, Status::Completed | Status::Withdrawn);
        let overdue = !finished
            && end.as_ref().and_then(DatePhrase::latest).is_some_and(|latest| latest < self.as_of);
        let moved = |new: &Option<DatePhrase>,
                     old: &Option<DatePhrase>,
                     day: fn(&DatePhrase) -> Option<Day>| {
            let (new, old) = (day(new.as_ref()?)?, day(old.as_ref()?)?);
            Some(new - old).filter(|d| *d != 0)
        };
        Item {
            title: title.to_string(),
            title_lang: title_lang.to_string(),
            status,
            status_text: label
                .filter(|l| Status::from_label(l) != Some(status))
                .map(str::to_string),
            slip_days: moved(&end, &original_end, |p| p.latest().or(p.earliest())),
            start_slip_days: moved(&start, &original_start, |p| p.earliest().or(p.latest())),
            start,
            end,
            original_start,
            original_end,
            overdue,
            target: None,
            actual: None,
            span_from_milestones: false,
        }
    }
}
