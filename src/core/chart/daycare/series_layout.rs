//! Geometry of a key figure over the years: one line per municipality (up
//! to four) and the national line, each with its own marker. A year from
//! which the figure is made another way (children per adult from 2023) is
//! marked with a dashed rule and words, and no line is drawn across it: the
//! years either side are not strictly comparable. A missing year leaves a
//! gap and keeps its kind in the point's text, never a 0.

use crate::core::chart::text_metrics::{text_width, wrap};
use crate::core::daycare::feed::{Figure, Series};
use crate::core::daycare::format::{number, value_with_unit};
use crate::core::daycare::value::Value;
use crate::core::daycare::words::{missing, DaycareMsg};
use crate::core::i18n::Lang;

use crate::core::chart::geometry::Rect;

pub const LABEL_SIZE: f64 = 12.0;
pub const LINE: f64 = 18.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 16.0;

/// One line to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct SeriesInput {
    pub label: String,
    pub series: Series,
    /// Drawn in the national style (grey, dashed, crosses).
    pub national: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SeriesLayout {
    pub width: f64,
    pub height: f64,
    /// Where the lines are drawn.
    pub plot: Rect,
    pub x_ticks: Vec<Tick>,
    pub y_ticks: Vec<Tick>,
    pub lines: Vec<SeriesLine>,
    pub breaks: Vec<BreakMark>,
    pub legend: Vec<SeriesLegend>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// x for a year, y for a value.
    pub at: f64,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SeriesLine {
    pub label: String,
    /// Index into `palette::SERIES`, or `None` for the national line.
    pub style: Option<usize>,
    /// Runs of consecutive years with numbers and no method break between them.
    pub runs: Vec<Vec<(f64, f64)>>,
    pub points: Vec<SeriesPoint>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SeriesPoint {
    pub year: i32,
    pub value: Value,
    /// Where the marker goes; `None` for a missing value.
    pub at: Option<(f64, f64)>,
    /// "Aarhus 2019: 2,9 børn pr. voksen", "Aarhus 2019: ikke oplyst".
    pub text: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BreakMark {
    pub year: i32,
    /// Halfway between the year before and the break year.
    pub x: f64,
    pub label_lines: Vec<String>,
    pub label_at: (f64, f64),
    /// The feed's note on what changed, for a tooltip and the text version.
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SeriesLegend {
    pub style: Option<usize>,
    pub label: String,
    /// The sample line's left end; the label starts 34 px to its right.
    pub at: (f64, f64),
}

pub fn layout_series(
    figure: &Figure,
    inputs: &[SeriesInput],
    width: f64,
    lang: Lang,
) -> SeriesLayout {
    let width = width.max(280.0);
    // The legend first: it wraps, and the plot goes under it.
    let mut legend = Vec::new();
    let (mut x, mut y) = (8.0, 8.0 + LINE / 2.0);
    let mut style_index = 0;
    let styles: Vec<Option<usize>> = inputs
        .iter()
        .map(|i| {
            if i.national {
                None
            } else {
                style_index += 1;
                Some((style_index - 1) % crate::core::chart::palette::SERIES.len())
            }
        })
        .collect();
    for (input, style) in inputs.iter().zip(&styles) {
        let w = 34.0 + text_width(&input.label, LABEL_SIZE) + 16.0;
        if x > 8.0 && x + w > width - 8.0 {
            x = 8.0;
            y += LINE;
        }
        legend.push(SeriesLegend { style: *style, label: input.label.clone(), at: (x, y) });
        x += w;
    }
    let break_room = if figure.breaks.is_empty() { 0.0 } else { 2.0 * LINE };
    let plot_top = y + LINE / 2.0 + 12.0 + break_room;
    let plot = Rect { x: LEFT, y: plot_top, w: width - LEFT - RIGHT, h: 180.0 };

    let years: Vec<i32> = {
        let mut ys: Vec<i32> =
            inputs.iter().flat_map(|i| i.series.0.iter().map(|(y, _)| *y)).collect();
        ys.sort_unstable();
        ys.dedup();
        ys
    };
    let (first, last) = (years.first().copied().unwrap_or(0), years.last().copied().unwrap_or(0));
    let span = (last - first).max(1) as f64;
    let x_of = |year: i32| plot.x + 10.0 + (year - first) as f64 / span * (plot.w - 20.0);

    let numbers: Vec<f64> =
        inputs.iter().flat_map(|i| i.series.0.iter().filter_map(|(_, v)| v.number())).collect();
    let (lo, hi) = nice_range(&numbers);
    let y_of = |v: f64| plot.y + plot.h - (v - lo) / (hi - lo) * plot.h;
    let step = nice_step((hi - lo) / 4.0);
    let decimals = if step < 1.0 { 1 } else { 0 };
    let mut y_ticks = Vec::new();
    let mut v = lo;
    while v <= hi + step / 1000.0 {
        y_ticks.push(Tick { at: y_of(v), label: number(v, decimals, lang) });
        v += step;
    }
    // Every year when they fit, else every other.
    let every = if years.len() as f64 * 40.0 > plot.w { 2 } else { 1 };
    let x_ticks = years
        .iter()
        .enumerate()
        .filter(|(i, _)| i % every == 0)
        .map(|(_, y)| Tick { at: x_of(*y), label: y.to_string() })
        .collect();

    let breaks: Vec<BreakMark> = figure
        .breaks
        .iter()
        .filter(|b| b.year > first && b.year <= last)
        .map(|b| {
            let x = (x_of(b.year - 1) + x_of(b.year)) / 2.0;
            let label = DaycareMsg::NewMethod.text(lang);
            let w = text_width(label, LABEL_SIZE);
            let label_x =
                if x + w / 2.0 > width - 4.0 { width - 4.0 - w } else { (x - w / 2.0).max(4.0) };
            BreakMark {
                year: b.year,
                x,
                label_lines: wrap(label, width, LABEL_SIZE, 1),
                label_at: (label_x, plot.y - break_room + 4.0),
                note: b.note.as_ref().map(|n| n.get(lang).to_string()),
            }
        })
        .collect();

    let lines = inputs
        .iter()
        .zip(&styles)
        .map(|(input, style)| {
            let mut runs: Vec<Vec<(f64, f64)>> = Vec::new();
            let mut run: Vec<(f64, f64)> = Vec::new();
            let mut previous: Option<i32> = None;
            let mut points = Vec::new();
            for &(year, value) in &input.series.0 {
                let broken = previous.is_some_and(|p| {
                    year != p + 1 || figure.breaks.iter().any(|b| b.year > p && b.year <= year)
                });
                if broken || value.number().is_none() {
                    if run.len() > 1 {
                        runs.push(std::mem::take(&mut run));
                    }
                    run.clear();
                }
                let at = value.number().map(|v| (x_of(year), y_of(v)));
                if let Some(p) = at {
                    run.push(p);
                }
                let said = if value.number().is_some() {
                    value_with_unit(value, figure, lang)
                } else {
                    missing(lang, value).to_string()
                };
                points.push(SeriesPoint {
                    year,
                    value,
                    at,
                    text: format!("{} {year}: {said}", input.label),
                });
                previous = Some(year);
            }
            if run.len() > 1 {
                runs.push(run);
            }
            SeriesLine { label: input.label.clone(), style: *style, runs, points }
        })
        .collect();

    SeriesLayout {
        width,
        height: plot.y + plot.h + 30.0,
        plot,
        x_ticks,
        y_ticks,
        lines,
        breaks,
        legend,
    }
}

/// Round bounds a little outside the data: ratios and shares read best
/// against round numbers. An empty chart gets 0 to 1.
fn nice_range(numbers: &[f64]) -> (f64, f64) {
    let (min, max) =
        numbers.iter().fold((f64::MAX, f64::MIN), |(lo, hi), &x| (lo.min(x), hi.max(x)));
    if numbers.is_empty() {
        return (0.0, 1.0);
    }
    let spread = (max - min).max(max.abs() * 0.1).max(1e-9);
    let step = nice_step(spread / 4.0);
    let lo = ((min - step * 0.5) / step).floor() * step;
    let lo = if min >= 0.0 { lo.max(0.0) } else { lo };
    let hi = ((max + step * 0.5) / step).ceil() * step;
    (lo, if hi > lo { hi } else { lo + step })
}

/// The nearest of 1, 2, 2.5 and 5 times a power of ten, at least `raw`.
fn nice_step(raw: f64) -> f64 {
    let raw = raw.max(1e-9);
    let power = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * power)
        .find(|s| *s >= raw * 0.999)
        .unwrap_or(10.0 * power)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::core::daycare::feed::{Better, MethodBreak, Presence};

    pub(crate) fn sample(width: f64) -> SeriesLayout {
        let figure = Figure {
            id: "normering_0_2".into(),
            label: "Børn pr. voksen".into(),
            unit: Some("børn pr. voksen".into()),
            decimals: 1,
            period: None,
            better: Better::Lower,
            presence: Presence::Mandatory,
            explanation: None,
            total: false,
            age_group: None,
            breaks: vec![MethodBreak { year: 2023, note: Some("Ny metode fra 2023".into()) }],
        };
        let series = |points: &[(i32, Value)]| Series(points.to_vec());
        let n = Value::Number;
        let inputs = [
            SeriesInput {
                label: "Aarhus".into(),
                series: series(&[
                    (2017, n(3.0)),
                    (2018, n(2.9)),
                    (2019, Value::Suppressed),
                    (2020, n(2.7)),
                    (2021, n(2.7)),
                    (2022, n(2.8)),
                    (2023, n(2.9)),
                ]),
                national: false,
            },
            SeriesInput {
                label: "Hele landet".into(),
                series: series(&[(2017, n(3.15)), (2022, n(2.88)), (2023, n(2.9))]),
                national: true,
            },
        ];
        layout_series(&figure, &inputs, width, Lang::Da)
    }

    #[test]
    fn lines_break_at_the_method_change_and_at_missing_years() {
        let layout = sample(640.0);
        let aarhus = &layout.lines[0];
        let run_years: Vec<usize> = aarhus.runs.iter().map(|r| r.len()).collect();
        // 2017-2018 | (2019 suppressed) | 2020-2022 | (new method) 2023 alone has no line.
        assert_eq!(run_years, vec![2, 3]);
        assert_eq!(aarhus.points[2].text, "Aarhus 2019: for få børn");
        assert_eq!(aarhus.points[2].at, None);
        assert_eq!(aarhus.points[6].text, "Aarhus 2023: 2,9 børn pr. voksen");
        // The national line skips 2018-2021: no line across years it does not have.
        assert!(layout.lines[1].runs.is_empty());
        let mark = &layout.breaks[0];
        assert_eq!(
            (mark.year, mark.label_lines.as_slice()),
            (2023, &["Ny metode".to_string()][..])
        );
        let (x22, x23) = (aarhus.points[5].at.unwrap().0, aarhus.points[6].at.unwrap().0);
        assert!(x22 < mark.x && mark.x < x23);
    }

    #[test]
    fn axes_are_round_and_everything_is_inside() {
        for width in [280.0, 640.0, 1200.0] {
            let layout = sample(width);
            let labels: Vec<&str> = layout.y_ticks.iter().map(|t| t.label.as_str()).collect();
            assert_eq!(labels, ["2,6", "2,8", "3,0", "3,2", "3,4"], "width {width}");
            for line in &layout.lines {
                for p in line.points.iter().filter_map(|p| p.at) {
                    assert!(
                        p.0 >= layout.plot.x
                            && p.0 <= layout.plot.x + layout.plot.w
                            && p.1 >= layout.plot.y
                            && p.1 <= layout.plot.y + layout.plot.h,
                        "{p:?}"
                    );
                }
            }
            assert!(layout.x_ticks.len() >= 4);
        }
    }
}
