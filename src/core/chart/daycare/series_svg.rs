//! Draws a `SeriesLayout` to a standalone SVG string with plotters: each
//! line in its colour with its own marker, the national line dashed, the
//! method change as a dashed rule with words.

use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::series_layout::{SeriesLayout, LABEL_SIZE};
use crate::core::chart::draw::{color, font, px, Area, Drawn};
use crate::core::chart::draw::{dashed, draw_shape, stroke};
use crate::core::chart::palette::{Rgb, Shape, INK, MUTED_INK, NATIONAL_SERIES, PAPER, SERIES};
use crate::core::chart::svg::svg_document;

const GRID: Rgb = Rgb(0xd9, 0xdd, 0xe3);

fn style_of(style: Option<usize>) -> (Rgb, Shape) {
    style.map_or(NATIONAL_SERIES, |i| SERIES[i % SERIES.len()])
}

pub fn series_svg(layout: &SeriesLayout, title: &str, desc: &str) -> String {
    svg_document("series", (layout.width, layout.height), title, desc, |root| draw(root, layout))
}

fn draw<DB: DrawingBackend>(root: &Area<DB>, l: &SeriesLayout) -> Drawn<DB> {
    root.fill(&color(PAPER))?;
    let p = l.plot;
    for tick in &l.y_ticks {
        root.draw(&PathElement::new(
            vec![px((p.x, tick.at)), px((p.x + p.w, tick.at))],
            stroke(GRID, 1),
        ))?;
        root.draw(&Text::new(
            tick.label.clone(),
            px((p.x - 6.0, tick.at)),
            font(LABEL_SIZE, MUTED_INK, false, HPos::Right),
        ))?;
    }
    root.draw(&PathElement::new(
        vec![px((p.x, p.y + p.h)), px((p.x + p.w, p.y + p.h))],
        stroke(MUTED_INK, 1),
    ))?;
    for tick in &l.x_ticks {
        let bottom = p.y + p.h;
        root.draw(&PathElement::new(
            vec![px((tick.at, bottom)), px((tick.at, bottom + 4.0))],
            stroke(MUTED_INK, 1),
        ))?;
        root.draw(&Text::new(
            tick.label.clone(),
            px((tick.at, bottom + 8.0)),
            font(LABEL_SIZE, MUTED_INK, false, HPos::Center).pos(Pos::new(HPos::Center, VPos::Top)),
        ))?;
    }
    for mark in &l.breaks {
        dashed(root, (mark.x, mark.label_at.1 + 16.0), (mark.x, p.y + p.h), INK)?;
        for line in &mark.label_lines {
            root.draw(&Text::new(
                line.clone(),
                px(mark.label_at),
                font(LABEL_SIZE, INK, true, HPos::Left).pos(Pos::new(HPos::Left, VPos::Top)),
            ))?;
        }
    }
    for line in &l.lines {
        let (colour, shape) = style_of(line.style);
        for run in &line.runs {
            let points: Vec<(i32, i32)> = run.iter().map(|p| px(*p)).collect();
            if line.style.is_none() {
                root.draw(&DashedPathElement::new(points, 6, 4, stroke(colour, 2)))?;
            } else {
                root.draw(&PathElement::new(points, stroke(colour, 2)))?;
            }
        }
        for point in line.points.iter().filter_map(|p| p.at) {
            draw_shape(root, shape, point, 9.0, colour)?;
        }
    }
    for entry in &l.legend {
        let (colour, shape) = style_of(entry.style);
        let (x, y) = entry.at;
        if entry.style.is_none() {
            dashed(root, (x, y), (x + 26.0, y), colour)?;
        } else {
            root.draw(&PathElement::new(vec![px((x, y)), px((x + 26.0, y))], stroke(colour, 2)))?;
        }
        draw_shape(root, shape, (x + 13.0, y), 9.0, colour)?;
        root.draw(&Text::new(
            entry.label.clone(),
            px((x + 34.0, y)),
            font(LABEL_SIZE, INK, false, HPos::Left),
        ))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::chart::daycare::series_layout::tests::sample;

    #[test]
    fn draws_the_years_the_lines_and_the_method_change() {
        let svg = series_svg(&sample(640.0), "Børn pr. voksen", "Aarhus 2017-2023");
        assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
        for words in ["2017", "2023", "Ny metode", "Aarhus", "Hele landet", "2,8"] {
            assert!(svg.contains(words), "{words}");
        }
    }
}
