//! Where everything on the timeline goes: pure geometry from a `Timeline`,
//! a zoom level and a width. The SVG writer draws it; the widget puts its
//! row buttons on the same rows.

use crate::core::chart::geometry::Rect;
use crate::core::chart::text_metrics::{text_width, wrap};
use crate::core::date::day::{month_start, year_of, year_start, Day};
use crate::core::date::words::{day_words, month_abbr, quarter_abbr};
use crate::core::date::DatePhrase;
use crate::core::i18n::Lang;
use crate::core::plan::status::Status;
use crate::core::timeline::model::{Item, Timeline};
use crate::core::timeline::words::progress_words;
use crate::core::timeline::words::TimelineMsg;

pub const AXIS_H: f64 = 46.0;
pub const GROUP_H: f64 = 30.0;
pub const INITIATIVE_H: f64 = 40.0;
pub const MILESTONE_H: f64 = 30.0;
pub const LABEL_SIZE: f64 = 13.0;
/// Target-against-actual notes beside the bars.
pub const NOTE_SIZE: f64 = 12.0;
const PAD_RIGHT: f64 = 24.0;
/// How far an open start or end reaches past the known side.
const OPEN_STUB: f64 = 26.0;
/// The widest chart the zoomed-in levels draw: a plan that claims to run
/// for centuries is squeezed rather than drawn kilometres wide.
const MAX_CHART_W: f64 = 20_000.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Zoom {
    /// The whole plan in the width given.
    Years,
    Quarters,
    Months,
}

impl Zoom {
    pub const ALL: [Zoom; 3] = [Zoom::Years, Zoom::Quarters, Zoom::Months];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RowKind {
    Group { group: usize },
    Initiative { group: usize, initiative: usize },
    Milestone { group: usize, initiative: usize, milestone: usize },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub status: Status,
    /// Known for certain: from the latest start to the earliest end.
    pub crisp: Option<(f64, f64)>,
    /// Spans where a start or an end may fall.
    pub fuzzy: Vec<(f64, f64)>,
    pub open_start: bool,
    pub open_end: bool,
    /// Where the start and the deadline were before they moved.
    pub original_start: Option<f64>,
    pub original_end: Option<f64>,
    /// Where the status mark goes: the latest end, or the bar's right edge.
    pub mark_x: f64,
    pub overdue: bool,
}

impl Bar {
    /// Where the bar starts on the page: its crisp part, a fuzzy end, or the
    /// status mark, whichever is furthest left.
    pub fn left(&self) -> f64 {
        self.crisp
            .map(|c| c.0)
            .into_iter()
            .chain(self.fuzzy.iter().map(|f| f.0))
            .fold(self.mark_x, f64::min)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub kind: RowKind,
    pub y: f64,
    pub h: f64,
    pub label_lines: Vec<String>,
    pub indent: f64,
    /// `None`: no date the row can be placed at; it says so in words.
    pub bar: Option<Bar>,
    /// Target against actual ("34 af 60 kommuner"), written beside the bar.
    pub note: Option<Note>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub text: String,
    /// Where the text starts (it reads left to right from here).
    pub x: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub x: f64,
    pub label: String,
    /// A year boundary (drawn stronger, labelled on the top tier).
    pub major: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TimelineLayout {
    pub width: f64,
    pub height: f64,
    pub label_w: f64,
    pub zoom: Zoom,
    pub ticks: Vec<Tick>,
    pub as_of_x: f64,
    pub rows: Vec<Row>,
    pub legend: Vec<LegendEntry>,
    /// The as-of day in words, written beside the top of its line on the
    /// axis's lower tier, on a paper box that hides the tick labels under it.
    pub as_of_label: String,
    pub as_of_label_box: Rect,
    /// Written in a row that has no date to be placed at.
    pub unknown_label: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LegendKey {
    Status(Status),
    Uncertain,
    AsOf,
    Overdue,
    Moved,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    pub key: LegendKey,
    pub label: String,
    /// The symbol's centre; the label starts 14 px to its right.
    pub at: (f64, f64),
}

/// `expanded(g, i)` says whether initiative `i` of group `g` shows its milestones.
pub fn layout_timeline(
    timeline: &Timeline,
    zoom: Zoom,
    width: f64,
    lang: Lang,
    expanded: &dyn Fn(usize, usize) -> bool,
) -> TimelineLayout {
    let width = width.max(280.0);
    let label_w = (width * 0.36).clamp(130.0, 280.0);
    let (first, last) = whole_years(timeline.domain);
    let days = (last - first).max(1) as f64;
    let fit = (width - label_w - PAD_RIGHT) / days;
    let per_day = match zoom {
        Zoom::Years => fit,
        Zoom::Quarters => 0.75,
        Zoom::Months => 2.0,
    }
    .min(MAX_CHART_W / days)
    .max(fit);
    let x_of = |day: Day| label_w + (day - first) as f64 * per_day;
    let chart_w = (label_w + days * per_day + PAD_RIGHT).max(width);

    let mut rows = Vec::new();
    let mut y = AXIS_H;
    let text_w = label_w - 16.0;
    for (g, group) in timeline.groups.iter().enumerate() {
        rows.push(Row {
            kind: RowKind::Group { group: g },
            y,
            h: GROUP_H,
            label_lines: wrap(&group.title, chart_w - 16.0, LABEL_SIZE, 1),
            indent: 8.0,
            bar: None,
            note: None,
        });
        y += GROUP_H;
        for (i, rows_of) in group.initiatives.iter().enumerate() {
            let label = format!("{} {}", rows_of.id, rows_of.item.title);
            let kind = RowKind::Initiative { group: g, initiative: i };
            let (bar, note) = bar_and_note(&rows_of.item, &x_of, label_w, chart_w, lang);
            rows.push(Row {
                kind,
                y,
                h: INITIATIVE_H,
                label_lines: wrap(&label, text_w - 20.0, LABEL_SIZE, 2),
                // Clear of the widget's 24 px + / − button.
                indent: 28.0,
                bar,
                note,
            });
            y += INITIATIVE_H;
            if expanded(g, i) {
                for (m, item) in rows_of.milestones.iter().enumerate() {
                    let kind = RowKind::Milestone { group: g, initiative: i, milestone: m };
                    let (bar, note) = bar_and_note(item, &x_of, label_w, chart_w, lang);
                    rows.push(Row {
                        kind,
                        y,
                        h: MILESTONE_H,
                        label_lines: wrap(&item.title, text_w - 36.0, LABEL_SIZE - 1.0, 1),
                        indent: 44.0,
                        bar,
                        note,
                    });
                    y += MILESTONE_H;
                }
            }
        }
    }
    let (legend, legend_h) = legend(timeline, width, y + 14.0, lang);
    let as_of_x = x_of(timeline.as_of);
    let as_of_label = day_words(timeline.as_of, lang);
    TimelineLayout {
        width: chart_w,
        height: y + 14.0 + legend_h,
        label_w,
        zoom,
        ticks: ticks(first, last, zoom, lang, &x_of),
        as_of_x,
        rows,
        legend,
        as_of_label_box: as_of_label_box(&as_of_label, as_of_x),
        as_of_label,
        unknown_label: TimelineMsg::DateNotSet.text(lang).to_string(),
    }
}

fn bar_and_note(
    item: &Item,
    x_of: &dyn Fn(Day) -> f64,
    label_w: f64,
    chart_w: f64,
    lang: Lang,
) -> (Option<Bar>, Option<Note>) {
    let bar = bar(item, x_of);
    let note = note(item, bar.as_ref(), label_w, chart_w, lang);
    (bar, note)
}

/// Target against actual, right of the status mark (and the overdue mark),
/// or left of the bar when the chart ends too soon; on an undated row, after
/// the words that say so.
fn note(item: &Item, bar: Option<&Bar>, label_w: f64, chart_w: f64, lang: Lang) -> Option<Note> {
    let text = progress_words(item.target.as_ref(), item.actual.as_ref(), lang)?;
    let w = text_width(&text, NOTE_SIZE);
    let Some(bar) = bar else {
        return Some(Note {
            x: label_w + 8.0 + text_width(TimelineMsg::DateNotSet.text(lang), LABEL_SIZE) + 12.0,
            text,
        });
    };
    let right = bar.mark_x + if bar.overdue { 30.0 } else { 12.0 };
    let left = bar
        .crisp
        .map(|c| c.0)
        .into_iter()
        .chain(bar.fuzzy.iter().map(|f| f.0))
        .fold(bar.mark_x - 10.0, f64::min)
        - 8.0
        - w;
    let x = if right + w <= chart_w - 4.0 || left < label_w { right } else { left };
    Some(Note { text, x })
}

/// Left of the as-of line, or right of it when there is no room left of it.
fn as_of_label_box(label: &str, as_of_x: f64) -> Rect {
    let w = text_width(label, LABEL_SIZE - 1.0) + 6.0;
    let left = as_of_x - 4.0 - w;
    let x = if left >= 0.0 { left } else { as_of_x + 4.0 };
    Rect { x, y: 25.0, w, h: 18.0 }
}

/// The key under the chart, in as many lines as `width` needs: the
/// statuses the plan uses, then the marks for uncertain dates, the as-of
/// line, overdue and moved deadlines.
fn legend(timeline: &Timeline, width: f64, top: f64, lang: Lang) -> (Vec<LegendEntry>, f64) {
    let items: Vec<&Item> = timeline.items().collect();
    let mut keys: Vec<LegendKey> = Status::ALL
        .iter()
        .filter(|s| items.iter().any(|i| i.status == **s))
        .map(|s| LegendKey::Status(*s))
        .collect();
    keys.extend([LegendKey::Uncertain, LegendKey::AsOf]);
    if items.iter().any(|i| i.overdue) {
        keys.push(LegendKey::Overdue);
    }
    if items.iter().any(|i| i.original_end.is_some() || i.original_start.is_some()) {
        keys.push(LegendKey::Moved);
    }
    let (mut x, mut y) = (12.0, top + 10.0);
    let mut entries = Vec::new();
    for key in keys {
        let label = legend_label(key, lang);
        let w = 22.0 + crate::core::chart::text_metrics::text_width(&label, LABEL_SIZE) + 18.0;
        if x + w > width && x > 12.0 {
            x = 12.0;
            y += 24.0;
        }
        entries.push(LegendEntry { key, label, at: (x + 6.0, y) });
        x += w;
    }
    (entries, y - top + 18.0)
}

pub fn legend_label(key: LegendKey, lang: Lang) -> String {
    match key {
        LegendKey::Status(s) => s.title(lang),
        LegendKey::Uncertain => TimelineMsg::UncertainDate.text(lang).into(),
        LegendKey::AsOf => TimelineMsg::StatusAsOf.text(lang).into(),
        LegendKey::Overdue => TimelineMsg::Overdue.text(lang).into(),
        LegendKey::Moved => TimelineMsg::MovedDate.text(lang).into(),
    }
}

/// From the first of January of the first year to the first of January
/// after the last day.
fn whole_years((lo, hi): (Day, Day)) -> (Day, Day) {
    (year_start(year_of(lo)), year_start(year_of(hi) + 1))
}

/// The days a date field can mean, as (first, last); `None` when unknown.
fn days(phrase: Option<&DatePhrase>) -> Option<(Day, Day)> {
    let phrase = phrase?;
    Some((phrase.earliest().or(phrase.latest())?, phrase.latest().or(phrase.earliest())?))
}

fn bar(item: &Item, x_of: &dyn Fn(Day) -> f64) -> Option<Bar> {
    let start = days(item.start.as_ref());
    // "senest 1. januar 2019" as an end: any time from the start up to it.
    let end = days(item.end.as_ref()).map(|(e0, e1)| {
        match (item.end.as_ref().and_then(DatePhrase::earliest), start) {
            (None, Some((_, s1))) if s1 < e0 => (s1, e1),
            _ => (e0, e1),
        }
    });
    let mut fuzzy = Vec::new();
    let mut crisp = None;
    let (mut open_start, mut open_end) = (false, false);
    match (start, end) {
        (None, None) => return None,
        (Some((s0, s1)), Some((e0, e1))) if s1 < e0 => {
            if s0 < s1 {
                fuzzy.push((x_of(s0), x_of(s1)));
            }
            crisp = Some((x_of(s1), x_of(e0)));
            if e0 < e1 {
                fuzzy.push((x_of(e0), x_of(e1)));
            }
        }
        // The start and end may overlap ("2020" to "2020"): one uncertain span.
        (Some((s0, _)), Some((_, e1))) => fuzzy.push((x_of(s0), x_of(e1.max(s0)))),
        (None, Some((e0, e1))) => {
            open_start = true;
            fuzzy.push((x_of(e0), x_of(e1)));
        }
        (Some((s0, s1)), None) => {
            open_end = true;
            fuzzy.push((x_of(s0), x_of(s1)));
        }
    }
    // A zero-width span is still drawn a few pixels wide.
    for f in &mut fuzzy {
        f.1 = f.1.max(f.0 + 3.0);
    }
    let left =
        crisp.map(|c| c.0).into_iter().chain(fuzzy.iter().map(|f| f.0)).fold(f64::MAX, f64::min);
    let right =
        crisp.map(|c| c.1).into_iter().chain(fuzzy.iter().map(|f| f.1)).fold(f64::MIN, f64::max);
    if open_start {
        fuzzy.insert(0, (left - OPEN_STUB, left));
    }
    if open_end {
        fuzzy.push((right, right + OPEN_STUB));
    }
    let original_start =
        item.original_start.as_ref().and_then(|p| p.earliest().or(p.latest())).map(x_of);
    let original_end =
        item.original_end.as_ref().and_then(|p| p.latest().or(p.earliest())).map(x_of);
    Some(Bar {
        status: item.status,
        crisp,
        fuzzy,
        open_start,
        open_end,
        original_start,
        original_end,
        mark_x: right,
        overdue: item.overdue,
    })
}

/// Year lines, labelled, and quarter or month lines between them when the
/// zoom asks for them and there is room. Years are thinned (every 2nd, 5th,
/// 10th …) when a plan spans more years than the width can name.
fn ticks(first: Day, last: Day, zoom: Zoom, lang: Lang, x_of: &dyn Fn(Day) -> f64) -> Vec<Tick> {
    let mut ticks = Vec::new();
    let (y0, y1) = (year_of(first), year_of(last));
    let year_w = x_of(year_start(y0 + 1)) - x_of(year_start(y0));
    let step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000]
        .into_iter()
        .find(|s| *s as f64 * year_w >= 40.0)
        .unwrap_or(10_000);
    let months: &[u32] = match zoom {
        Zoom::Years => &[],
        Zoom::Quarters => &[1, 4, 7, 10],
        Zoom::Months => &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    };
    let room_for_months = step == 1 && year_w / months.len().max(1) as f64 >= 14.0;
    for year in (y0..=y1).step_by(step as usize) {
        ticks.push(Tick { x: x_of(year_start(year)), label: year.to_string(), major: true });
        if year >= y1 || !room_for_months {
            continue;
        }
        for &m in months {
            let label = match zoom {
                Zoom::Quarters => quarter_abbr(m / 3 + 1, lang),
                _ => month_abbr(m, lang).to_string(),
            };
            ticks.push(Tick { x: x_of(month_start(year, m)), label, major: false });
        }
    }
    // The end of the last year: a line, with no year after it to name.
    if let Some(last_tick) = ticks.last_mut().filter(|t| t.major && t.label == y1.to_string()) {
        last_tick.label.clear();
    }
    ticks
}

/// Makes each row at least as tall as its label needs (`needed`, in px, as
/// the browser measured the rendered text with the reader's own spacing
/// and zoom) and moves the rows under it, and the legend, down to match.
/// Rows only grow: the estimate stays the floor, so the SVG is unchanged
/// where the text fits.
pub fn fit_rows(layout: &mut TimelineLayout, needed: &dyn Fn(RowKind) -> Option<f64>) {
    let mut moved = 0.0;
    for row in &mut layout.rows {
        row.y += moved;
        if let Some(h) = needed(row.kind).filter(|h| *h > row.h) {
            moved += h - row.h;
            row.h = h;
        }
    }
    for entry in &mut layout.legend {
        entry.at.1 += moved;
    }
    layout.height += moved;
}

/// The rows the keyboard moves between: initiatives and milestones.
pub fn item_rows(layout: &TimelineLayout) -> Vec<usize> {
    layout
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| !matches!(r.kind, RowKind::Group { .. }))
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::day::date;
    use crate::core::plan::read::read_plan;
    use crate::core::timeline::model::build_timeline;

    const FEED: &str = r#"{"format":"ogw.plan/1","initiatives":[
        {"id":"1","title":"Portal","status":"limited","period":{"start":"1. januar 2017","end":"31. december 2019","original_end":"30. juni 2019"},
         "milestones":[{"title":"Åben start","start":"-","end":"1. juli 2018","status":"ongoing"},
                       {"title":"Ukendt","start":"Endnu ikke fastlagt","end":"TBD"}]}]}"#;

    fn layout(zoom: Zoom, width: f64) -> (Timeline, TimelineLayout) {
        let feed = read_plan(FEED).unwrap().feed;
        let timeline = build_timeline(&feed, date(2018, 9, 1).unwrap(), Lang::Da);
        let layout = layout_timeline(&timeline, zoom, width, Lang::Da, &|_, _| true);
        (timeline, layout)
    }

    #[test]
    fn rows_grow_to_the_measured_text_and_push_the_rest_down() {
        let (_, mut l) = layout(Zoom::Years, 900.0);
        let before: Vec<(f64, f64)> = l.rows.iter().map(|r| (r.y, r.h)).collect();
        let (height, legend_y) = (l.height, l.legend[0].at.1);
        let second = l.rows[1].kind;
        fit_rows(&mut l, &|k| if k == second { Some(before[1].1 + 25.0) } else { Some(1.0) });
        let after: Vec<(f64, f64)> = l.rows.iter().map(|r| (r.y, r.h)).collect();
        assert_eq!(after[0], before[0], "rows above and too tall already are kept");
        assert_eq!(after[1], (before[1].0, before[1].1 + 25.0), "the row grows");
        for i in 2..after.len() {
            assert_eq!(after[i], (before[i].0 + 25.0, before[i].1), "the rows under move down");
        }
        assert_eq!((l.height, l.legend[0].at.1), (height + 25.0, legend_y + 25.0));
    }

    #[test]
    fn days_are_placed_on_the_axis_in_proportion() {
        let (_, l) = layout(Zoom::Years, 800.0);
        let year = |y: i32| l.ticks.iter().find(|t| t.label == y.to_string()).map(|t| t.x).unwrap();
        // 2017 to 2020: three whole years between the label column and the right padding.
        assert_eq!(year(2017), l.label_w);
        assert!(
            (year(2018) - year(2017) - (year(2019) - year(2018))).abs() < 1.0,
            "years are equally wide"
        );
        assert!(year(2018) < l.as_of_x && l.as_of_x < year(2019), "1 September 2018 is in 2018");
        let portal = l
            .rows
            .iter()
            .find_map(|r| matches!(r.kind, RowKind::Initiative { .. }).then_some(r.bar.as_ref()?))
            .unwrap();
        let (x0, x1) = portal.crisp.unwrap();
        assert_eq!(x0, year(2017));
        assert!(
            x1 < l.width && portal.original_end.unwrap() < x1,
            "the old deadline is before the new one"
        );
        // The last year boundary is drawn but not named.
        assert_eq!(l.ticks.last().unwrap().label, "");
    }

    #[test]
    fn open_starts_reach_left_and_unknown_dates_get_no_bar() {
        let (_, l) = layout(Zoom::Years, 800.0);
        let milestones: Vec<&Row> =
            l.rows.iter().filter(|r| matches!(r.kind, RowKind::Milestone { .. })).collect();
        let open = milestones[0].bar.as_ref().unwrap();
        assert!(open.open_start && !open.open_end);
        assert!(
            open.fuzzy[0].0 < open.fuzzy[0].1 && open.fuzzy[0].1 <= open.mark_x,
            "the stub ends where the end is"
        );
        assert!(milestones[1].bar.is_none(), "a date not set is never placed");
        assert_eq!(l.unknown_label, "dato ikke fastlagt");
        assert_eq!(l.as_of_label, "1. september 2018");
        assert!(
            l.as_of_label_box.x + l.as_of_label_box.w <= l.as_of_x,
            "the as-of label sits left of its line"
        );
    }

    #[test]
    fn zoom_widens_the_chart_and_adds_quarter_or_month_lines() {
        let (_, years) = layout(Zoom::Years, 640.0);
        let (_, quarters) = layout(Zoom::Quarters, 640.0);
        let (_, months) = layout(Zoom::Months, 640.0);
        assert_eq!(years.width, 640.0);
        assert!(years.width < quarters.width && quarters.width < months.width);
        let minor = |l: &TimelineLayout| {
            l.ticks.iter().filter(|t| !t.major).map(|t| t.label.clone()).collect::<Vec<_>>()
        };
        assert!(minor(&years).is_empty());
        assert_eq!(minor(&quarters)[..4], ["K1", "K2", "K3", "K4"]);
        assert_eq!(minor(&months).len(), 36);
    }

    #[test]
    fn legend_names_what_the_chart_uses_in_both_languages() {
        let (timeline, _) = layout(Zoom::Years, 800.0);
        let labels = |lang| {
            layout_timeline(&timeline, Zoom::Years, 800.0, lang, &|_, _| true)
                .legend
                .iter()
                .map(|e| e.label.clone())
                .collect::<Vec<_>>()
                .join(", ")
        };
        assert_eq!(
            labels(Lang::Da),
            "Begrænset, I gang, Ukendt, Usikker dato, Status pr., Overskredet, Flyttet dato"
        );
        assert_eq!(
            labels(Lang::En),
            "Limited, Ongoing, Unknown, Uncertain date, Status as of, Overdue, Moved date"
        );
    }

    #[test]
    fn centuries_are_squeezed_and_their_years_thinned() {
        let feed = read_plan(r#"{"format":"ogw.plan/1","initiatives":[{"id":"1","title":"a","status":"limited","period":{"start":"1000","end":"9999"}}]}"#).unwrap().feed;
        let timeline = build_timeline(&feed, date(2018, 9, 1).unwrap(), Lang::En);
        let l = layout_timeline(&timeline, Zoom::Months, 800.0, Lang::En, &|_, _| true);
        assert!(l.width <= MAX_CHART_W + 400.0, "{}", l.width);
        assert!(l.ticks.len() < 1000, "{} ticks", l.ticks.len());
        assert!(l.ticks.windows(2).all(|w| w[1].x - w[0].x >= 39.0), "labels do not overlap");
    }
}
