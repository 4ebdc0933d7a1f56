//! Geometry of the daycare comparison: per key figure, one bar per compared
//! institution or municipality on a common scale from zero, with its
//! municipality's figure as a dashed tick on the bar and the national figure
//! as a line through the group. Each bar ends in its value and a verdict
//! shape with words ("▲ bedre end kommunen"); a missing value has no bar but
//! says which kind of missing it is. Labels sit above their bars so long
//! names get the full width on a phone.

use crate::core::chart::geometry::Rect;
use crate::core::chart::text_metrics::{spaced_width, wrap_spaced};
use crate::core::daycare::compare::{cell_annotation, verdict_words, Against, Comparison, Verdict};
use crate::core::daycare::feed::DaycareFeed;
use crate::core::daycare::format::{annotated, label_with_period, value, value_with_unit};
use crate::core::daycare::value::Value;
use crate::core::daycare::words::{direction, missing_explained, verdict_short, DaycareMsg};
use crate::core::i18n::Lang;

pub const PAD: f64 = 8.0;
pub const TITLE_SIZE: f64 = 15.0;
pub const LABEL_SIZE: f64 = 13.0;
pub const SMALL_SIZE: f64 = 12.0;
pub const LINE: f64 = 18.0;
pub const BAR_H: f64 = 20.0;
const VERDICT_LINE: f64 = 17.0;
const GROUP_GAP: f64 = 22.0;
/// Room right of the longest bar for its value.
const VALUE_ROOM: f64 = 70.0;
/// The small box that stands for a value not reported (dashed outline) or
/// suppressed (hatched), so neither looks like a bar of zero. A value that
/// does not apply gets no box, only its words.
pub const MISSING_BOX: f64 = 22.0;

#[derive(Clone, Debug, PartialEq)]
pub struct CompareLayout {
    pub width: f64,
    pub height: f64,
    pub legend: Vec<LegendItem>,
    pub groups: Vec<FigureGroup>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum LegendKey {
    Municipal,
    National,
    Verdict(Verdict),
}

#[derive(Clone, Debug, PartialEq)]
pub struct LegendItem {
    pub key: LegendKey,
    pub label: String,
    /// The symbol's centre; the label starts 12 px right of it.
    pub at: (f64, f64),
}

#[derive(Clone, Debug, PartialEq)]
pub struct FigureGroup {
    /// Index in `feed.figures`.
    pub figure: usize,
    pub title_lines: Vec<String>,
    /// Top-left of the first title line.
    pub title_at: (f64, f64),
    /// "Lavere er bedre", under the title.
    pub direction: String,
    pub direction_at: (f64, f64),
    /// The national figure's line across each bar, and its label.
    pub national: Option<AverageLine>,
    pub bars: Vec<CompareBar>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AverageLine {
    pub x: f64,
    /// Top and bottom of each piece: the line crosses the bars, not the words between them.
    pub spans: Vec<(f64, f64)>,
    pub label: String,
    pub label_at: (f64, f64),
}

#[derive(Clone, Debug, PartialEq)]
pub struct CompareBar {
    /// Index in `comparison.subjects`.
    pub subject: usize,
    pub label_lines: Vec<String>,
    pub label_at: (f64, f64),
    /// The bar; zero wide for a value of 0 and for a missing value.
    pub rect: Rect,
    pub value: Value,
    /// The value as shown ("2,9", or "for få børn" for a missing value).
    pub value_text: String,
    pub value_at: (f64, f64),
    /// The institution's municipality's figure, drawn as a tick on the bar.
    pub municipal_x: Option<f64>,
    pub verdicts: Vec<VerdictMark>,
    /// Everything the bar says, for its button and the table.
    pub accessible_name: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct VerdictMark {
    pub verdict: Verdict,
    pub against: Against,
    /// The shape's centre; the words start 10 px right of it.
    pub at: (f64, f64),
    pub words: String,
}

pub fn layout_compare(
    feed: &DaycareFeed,
    comparison: &Comparison,
    width: f64,
    lang: Lang,
) -> CompareLayout {
    let width = width.max(280.0);
    let inner = width - 2.0 * PAD;
    let (legend, mut top) = legend(comparison, width, lang);
    let bar_room = inner - VALUE_ROOM;
    let mut groups = Vec::new();
    for row in &comparison.rows {
        let Some(figure) = feed.figures.get(row.figure) else { continue };
        // "Børn pr. voksen, 0-2 år (2023; børn pr. voksen)": the year always.
        let title = label_with_period(figure, lang);
        let title = match figure.unit.as_ref().map(|u| u.get(lang)) {
            Some(unit) if !unit.is_empty() => format!("{}; {unit})", title.trim_end_matches(')')),
            _ => title,
        };
        let title_lines = wrap_spaced(&title, inner, TITLE_SIZE, 2);
        let title_at = (PAD, top);
        top += LINE * title_lines.len() as f64 + 2.0;
        let direction_at = (PAD, top);
        let direction_text = direction(lang, figure.better);
        top += LINE + 4.0;
        // The national label goes beside "Lavere er bedre" when there is room, else on a line of its own.
        let national_label = row.national.number().map(|_| {
            format!(
                "{} {}",
                DaycareMsg::NationalAverage.text(lang),
                value(row.national, figure, lang)
            )
        });
        let label_w = national_label.as_deref().map_or(0.0, |l| spaced_width(l, SMALL_SIZE));
        let direction_end = PAD + spaced_width(direction_text, SMALL_SIZE) + 12.0;

        // One scale for the group: everything it draws fits.
        let numbers = row
            .cells
            .iter()
            .flat_map(|c| [c.value, c.municipal.unwrap_or(Value::NotReported)])
            .chain([row.national])
            .filter_map(Value::number);
        let most = numbers.fold(0.0f64, f64::max);
        let x_of = |v: f64| PAD + if most > 0.0 { v.max(0.0) / most * bar_room } else { 0.0 };

        let national_x = row.national.number().map(x_of);
        let label_x = national_x.map(|x| {
            if x + 4.0 + label_w <= width - PAD {
                x + 4.0
            } else {
                (x - 4.0 - label_w).max(PAD)
            }
        });
        let label_y = match label_x {
            Some(lx) if lx < direction_end => {
                top += LINE;
                top - LINE / 2.0 - 4.0
            }
            _ => direction_at.1 + LINE / 2.0,
        };
        let mut bars = Vec::new();
        for (i, cell) in row.cells.iter().enumerate() {
            let Some(subject) = comparison.subjects.get(i) else { continue };
            // A municipality's own year and notes go beside its name, in words.
            let label =
                annotated(subject.label(feed), &cell_annotation(feed, *subject, figure, lang));
            let label_lines = wrap_spaced(&label, inner, LABEL_SIZE, 1);
            let label_at = (PAD, top);
            top += LINE;
            let end = cell.value.number().map_or(PAD, x_of);
            let rect = Rect { x: PAD, y: top, w: end - PAD, h: BAR_H };
            let value_text = value(cell.value, figure, lang);
            let box_w = if matches!(cell.value, Value::NotReported | Value::Suppressed) {
                MISSING_BOX
            } else {
                0.0
            };
            let value_at = (end + box_w + 6.0, top + BAR_H / 2.0);
            top += BAR_H + 4.0;
            let mut verdicts = Vec::new();
            let mut x = PAD + 6.0;
            let judged = [
                (cell.municipal.map(|_| cell.vs_municipal), Against::Municipality),
                (Some(cell.vs_national), Against::Country),
            ];
            for (v, against) in judged {
                let Some(v) = v.filter(|v| *v != Verdict::NotComparable) else { continue };
                let words = verdict_words(v, against, lang).to_string();
                let w = 16.0 + spaced_width(&words, SMALL_SIZE);
                if x > PAD + 6.0 && x + w > width - PAD {
                    x = PAD + 6.0;
                    top += VERDICT_LINE;
                }
                verdicts.push(VerdictMark {
                    verdict: v,
                    against,
                    at: (x, top + VERDICT_LINE / 2.0),
                    words,
                });
                x += w + 14.0;
            }
            if !verdicts.is_empty() {
                top += VERDICT_LINE;
            }
            let accessible_name = accessible(
                &subject.label(feed),
                figure,
                cell.value,
                cell.municipal,
                row.national,
                &verdicts,
                lang,
            );
            bars.push(CompareBar {
                subject: i,
                label_lines,
                label_at,
                rect,
                value: cell.value,
                value_text,
                value_at,
                municipal_x: cell.municipal.and_then(Value::number).map(x_of),
                verdicts,
                accessible_name,
            });
            top += 6.0;
        }
        let national = match (national_x, label_x, national_label) {
            (Some(x), Some(lx), Some(label)) => {
                let spans = bars
                    .iter()
                    .map(|b: &CompareBar| (b.rect.y - 4.0, b.rect.y + BAR_H + 4.0))
                    .collect();
                Some(AverageLine { x, spans, label, label_at: (lx, label_y) })
            }
            _ => None,
        };
        groups.push(FigureGroup {
            figure: row.figure,
            title_lines,
            title_at,
            direction: direction_text.to_string(),
            direction_at,
            national,
            bars,
        });
        top += GROUP_GAP;
    }
    CompareLayout { width, height: (top - GROUP_GAP + PAD).ceil().max(2.0 * PAD), legend, groups }
}

/// The key: the two averages, and the verdict shapes that occur.
fn legend(comparison: &Comparison, width: f64, lang: Lang) -> (Vec<LegendItem>, f64) {
    let mut keys = vec![LegendKey::National];
    if comparison
        .rows
        .iter()
        .any(|r| r.cells.iter().any(|c| c.municipal.and_then(Value::number).is_some()))
    {
        keys.insert(0, LegendKey::Municipal);
    }
    for v in [Verdict::Better, Verdict::Worse, Verdict::Same, Verdict::Higher, Verdict::Lower] {
        if comparison
            .rows
            .iter()
            .any(|r| r.cells.iter().any(|c| c.vs_municipal == v || c.vs_national == v))
        {
            keys.push(LegendKey::Verdict(v));
        }
    }
    let mut items = Vec::new();
    let (mut x, mut y) = (PAD + 6.0, PAD + LINE / 2.0);
    for key in keys {
        let label = match key {
            LegendKey::Municipal => DaycareMsg::MunicipalAverage.text(lang).to_string(),
            LegendKey::National => DaycareMsg::NationalAverage.text(lang).to_string(),
            LegendKey::Verdict(v) => verdict_short(lang, v).to_string(),
        };
        let w = 12.0 + spaced_width(&label, SMALL_SIZE) + 16.0;
        if x > PAD + 6.0 && x + w > width - PAD {
            x = PAD + 6.0;
            y += LINE;
        }
        items.push(LegendItem { key, label, at: (x, y) });
        x += w;
    }
    (items, y + LINE / 2.0 + 10.0)
}

fn accessible(
    name: &str,
    figure: &crate::core::daycare::feed::Figure,
    v: Value,
    municipal: Option<Value>,
    national: Value,
    verdicts: &[VerdictMark],
    lang: Lang,
) -> String {
    let said = if v.number().is_some() {
        value_with_unit(v, figure, lang)
    } else {
        missing_explained(lang, v).to_string()
    };
    let mut out = format!("{name}, {}: {said}", figure.label.get(lang));
    for mark in verdicts {
        let average = match mark.against {
            Against::Municipality => municipal.unwrap_or(Value::NotReported),
            Against::Country => national,
        };
        out += &format!("; {} ({})", mark.words, value(average, figure, lang));
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::core::daycare::compare::{compare, subjects_from_list};
    use crate::core::daycare::query::UnitIndex;
    use crate::core::daycare::read::read_daycare;

    pub(crate) const FEED: &str = r#"{"format":"ogw.daycare/1",
      "figures":[{"id":"normering_0_2","label":"Børn pr. voksen, 0-2 år","unit":"børn pr. voksen","decimals":1,"better":"lower"},
                 {"id":"paedagoger_pct","label":"Andel pædagoger","unit":"%","decimals":1,"better":"higher"}],
      "national":{"values":{"normering_0_2":2.9,"paedagoger_pct":42.7}},
      "areas":[{"code":"751","name":"Aarhus","values":{"normering_0_2":2.9,"paedagoger_pct":46.3}}],
      "units":[{"id":"1","name":"Solsikken","type":"nursery","area":"751","values":{"normering_0_2":3.4,"paedagoger_pct":"suppressed"}},
               {"id":"2","name":"Egernet","type":"nursery","area":"751","values":{"normering_0_2":0,"paedagoger_pct":51}}]}"#;

    pub(crate) fn sample(width: f64, lang: Lang) -> (DaycareFeed, CompareLayout) {
        let feed = read_daycare(FEED).unwrap().feed;
        let index = UnitIndex::new(&feed);
        let comparison = compare(&feed, &index, &subjects_from_list("1,2,a:751", &feed), &[0, 1]);
        let layout = layout_compare(&feed, &comparison, width, lang);
        (feed, layout)
    }

    #[test]
    fn bars_share_a_scale_and_stay_inside_the_chart() {
        for width in [280.0, 640.0, 1200.0] {
            let (_, layout) = sample(width, Lang::Da);
            let normering = &layout.groups[0];
            let (solsikken, egernet, aarhus) =
                (&normering.bars[0], &normering.bars[1], &normering.bars[2]);
            assert_eq!(egernet.rect.w, 0.0, "a value of 0 has no length but is shown as 0,0");
            assert_eq!(egernet.value_text, "0,0");
            assert!((aarhus.rect.w / solsikken.rect.w - 2.9 / 3.4).abs() < 1e-9);
            let national = normering.national.as_ref().unwrap();
            assert!(
                (national.x - (aarhus.rect.x + aarhus.rect.w)).abs() < 1e-9,
                "the national 2,9 is where Aarhus' 2,9 ends"
            );
            for group in &layout.groups {
                for bar in &group.bars {
                    assert!(
                        bar.rect.x + bar.rect.w <= width - PAD
                            && bar.rect.y + bar.rect.h <= layout.height
                    );
                    for v in &bar.verdicts {
                        assert!(
                            v.at.0 + 16.0 + spaced_width(&v.words, SMALL_SIZE)
                                <= width - PAD + 1e-9
                                || width < 300.0,
                            "{v:?} at {width}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn with_a_readers_text_spacing_no_text_runs_into_the_next_or_past_the_edge() {
        // WCAG 1.4.12 spacing widens SVG text as well: verdicts side by side,
        // legend entries and titles are placed for the spaced widths.
        for lang in [Lang::Da, Lang::En] {
            for width in [320.0, 360.0, 640.0] {
                let (_, layout) = sample(width, lang);
                let spans = |y: f64, items: &mut dyn Iterator<Item = (f64, f64)>| {
                    let mut row: Vec<(f64, f64)> = items.collect();
                    row.sort_by(|a, b| a.0.total_cmp(&b.0));
                    for pair in row.windows(2) {
                        assert!(
                            pair[0].1 <= pair[1].0 + 1e-9,
                            "{lang:?} {width}: overlap at y {y}"
                        );
                    }
                    for (_, end) in row {
                        assert!(end <= width - PAD + 1e-9, "{lang:?} {width}: past the edge");
                    }
                };
                for group in &layout.groups {
                    for line in &group.title_lines {
                        assert!(
                            PAD + spaced_width(line, TITLE_SIZE) <= width - PAD + 1e-9,
                            "{line}"
                        );
                    }
                    for bar in &group.bars {
                        for y in bar.verdicts.iter().map(|v| v.at.1) {
                            let mut same_line =
                                bar.verdicts.iter().filter(|v| v.at.1 == y).map(|v| {
                                    (
                                        v.at.0 - 8.0,
                                        v.at.0 + 10.0 + spaced_width(&v.words, SMALL_SIZE),
                                    )
                                });
                            spans(y, &mut same_line);
                        }
                    }
                }
                for y in layout.legend.iter().map(|i| i.at.1) {
                    let mut same_line = layout.legend.iter().filter(|i| i.at.1 == y).map(|i| {
                        (i.at.0 - 6.0, i.at.0 + 12.0 + spaced_width(&i.label, SMALL_SIZE))
                    });
                    spans(y, &mut same_line);
                }
            }
        }
    }

    #[test]
    fn missing_values_say_which_kind_and_verdicts_say_which_way() {
        let (_, layout) = sample(640.0, Lang::Da);
        let share = &layout.groups[1];
        assert_eq!(share.direction, "Højere er bedre");
        let solsikken = &share.bars[0];
        assert_eq!((solsikken.rect.w, solsikken.value_text.as_str()), (0.0, "for få børn"));
        assert!(solsikken.verdicts.is_empty());
        assert_eq!(
            solsikken.accessible_name,
            "Solsikken, Andel pædagoger: Diskretioneret: der er for få børn til, at tallet kan offentliggøres."
        );
        let words: Vec<String> =
            layout.groups[0].bars.iter().map(|b| b.accessible_name.clone()).collect();
        assert_eq!(
            words,
            [
                "Solsikken, Børn pr. voksen, 0-2 år: 3,4 børn pr. voksen; dårligere end kommunen (2,9); dårligere end landstallet (2,9)",
                "Egernet, Børn pr. voksen, 0-2 år: 0,0 børn pr. voksen; bedre end kommunen (2,9); bedre end landstallet (2,9)",
                "Aarhus, Børn pr. voksen, 0-2 år: 2,9 børn pr. voksen; som landstallet (2,9)",
            ]
        );
        let keys: Vec<&LegendKey> = layout.legend.iter().map(|l| &l.key).collect();
        assert_eq!(
            keys,
            [
                &LegendKey::Municipal,
                &LegendKey::National,
                &LegendKey::Verdict(Verdict::Better),
                &LegendKey::Verdict(Verdict::Worse),
                &LegendKey::Verdict(Verdict::Same)
            ]
        );
    }
}
