//! Draws a `CompareLayout` to a standalone SVG string with plotters: value
//! bars, the municipality's figure as a dashed tick, the national figure as
//! a line, verdicts as shape plus words in their colour, and the two boxed
//! kinds of missing value (dashed: not reported; hatched: suppressed).

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::compare_layout::{
    CompareLayout, LegendKey, BAR_H, LABEL_SIZE, MISSING_BOX, SMALL_SIZE, TITLE_SIZE,
};
use crate::core::chart::draw::{
    color, corners, dashed, draw_shape, draw_swatch, font, px, stroke, Area, Drawn,
};
use crate::core::chart::geometry::Rect;
use crate::core::chart::palette::{verdict_mark, Pattern, StatusStyle, BAR, INK, MUTED_INK, PAPER};
use crate::core::chart::svg::svg_document;
use crate::core::daycare::value::Value;

pub fn compare_svg(layout: &CompareLayout, title: &str, desc: &str) -> String {
    svg_document("compare", (layout.width, layout.height), title, desc, |root| draw(root, layout))
}

fn draw<DB: DrawingBackend>(root: &Area<DB>, l: &CompareLayout) -> Drawn<DB> {
    root.fill(&color(PAPER))?;
    for item in &l.legend {
        let (x, y) = item.at;
        match item.key {
            LegendKey::Municipal => dashed(root, (x, y - 8.0), (x, y + 8.0), INK)?,
            LegendKey::National => root.draw(&PathElement::new(
                vec![px((x, y - 8.0)), px((x, y + 8.0))],
                stroke(INK, 2),
            ))?,
            LegendKey::Verdict(v) => {
                if let Some((colour, shape)) = verdict_mark(v) {
                    draw_shape(root, shape, (x, y), 10.0, colour)?;
                }
            }
        }
        root.draw(&Text::new(
            item.label.clone(),
            px((x + 12.0, y)),
            font(SMALL_SIZE, INK, false, HPos::Left),
        ))?;
    }
    for group in &l.groups {
        for (i, line) in group.title_lines.iter().enumerate() {
            let at = (group.title_at.0, group.title_at.1 + 18.0 * i as f64);
            root.draw(&Text::new(
                line.clone(),
                px(at),
                font(TITLE_SIZE, INK, true, HPos::Left).pos(Pos::new(HPos::Left, VPos::Top)),
            ))?;
        }
        root.draw(&Text::new(
            group.direction.clone(),
            px(group.direction_at),
            font(SMALL_SIZE, MUTED_INK, false, HPos::Left).pos(Pos::new(HPos::Left, VPos::Top)),
        ))?;
        for bar in &group.bars {
            for line in &bar.label_lines {
                root.draw(&Text::new(
                    line.clone(),
                    px(bar.label_at),
                    font(LABEL_SIZE, INK, false, HPos::Left).pos(Pos::new(HPos::Left, VPos::Top)),
                ))?;
            }
            let box_at = Rect { x: bar.rect.x, y: bar.rect.y, w: MISSING_BOX, h: BAR_H };
            match bar.value {
                Value::Number(_) if bar.rect.w >= 1.0 => {
                    root.draw(&Rectangle::new(corners(bar.rect), color(BAR).filled()))?
                }
                // Zero: a rule at the axis, so the bar is seen to be there and empty.
                Value::Number(_) => root.draw(&PathElement::new(
                    vec![px((bar.rect.x, bar.rect.y)), px((bar.rect.x, bar.rect.y + BAR_H))],
                    stroke(BAR, 2),
                ))?,
                Value::NotReported => {
                    let (x0, y0, x1, y1) =
                        (box_at.x, box_at.y, box_at.x + box_at.w, box_at.y + box_at.h);
                    for (a, b) in [
                        ((x0, y0), (x1, y0)),
                        ((x1, y0), (x1, y1)),
                        ((x1, y1), (x0, y1)),
                        ((x0, y1), (x0, y0)),
                    ] {
                        dashed(root, a, b, MUTED_INK)?;
                    }
                }
                Value::Suppressed => {
                    let hatch = StatusStyle {
                        fill: PAPER,
                        edge: MUTED_INK,
                        mark: MUTED_INK,
                        ink: INK,
                        pattern: Pattern::Diagonal,
                    };
                    draw_swatch(root, box_at, hatch)?;
                }
                Value::NotApplicable => {}
            }
            if let Some(x) = bar.municipal_x {
                // A paper-coloured halo keeps the black tick at 3:1 where it crosses the blue bar.
                root.draw(&PathElement::new(
                    vec![px((x, bar.rect.y - 4.0)), px((x, bar.rect.y + BAR_H + 4.0))],
                    stroke(PAPER, 4),
                ))?;
                dashed(root, (x, bar.rect.y - 4.0), (x, bar.rect.y + BAR_H + 4.0), INK)?;
            }
            let ink = if bar.value.number().is_some() { INK } else { MUTED_INK };
            root.draw(&Text::new(
                bar.value_text.clone(),
                px(bar.value_at),
                font(LABEL_SIZE, ink, bar.value.number().is_some(), HPos::Left),
            ))?;
            for mark in &bar.verdicts {
                if let Some((colour, shape)) = verdict_mark(mark.verdict) {
                    draw_shape(root, shape, mark.at, 10.0, colour)?;
                    root.draw(&Text::new(
                        mark.words.clone(),
                        px((mark.at.0 + 10.0, mark.at.1)),
                        font(SMALL_SIZE, colour, false, HPos::Left),
                    ))?;
                }
            }
        }
        if let Some(n) = &group.national {
            for &(y0, y1) in &n.spans {
                root.draw(&PathElement::new(vec![px((n.x, y0)), px((n.x, y1))], stroke(PAPER, 4)))?;
                root.draw(&PathElement::new(vec![px((n.x, y0)), px((n.x, y1))], stroke(INK, 2)))?;
            }
            root.draw(&Text::new(
                n.label.clone(),
                px(n.label_at),
                font(SMALL_SIZE, INK, false, HPos::Left),
            ))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::chart::daycare::compare_layout::tests::sample;
    use crate::core::chart::svg::without_digests;
    use crate::core::i18n::Lang;

    #[test]
    fn draws_a_standalone_svg_that_says_everything_in_words() {
        let (_, layout) = sample(640.0, Lang::Da);
        let svg = compare_svg(&layout, "Sammenlign <dagtilbud>", "3 sammenlignet");
        assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
        assert!(without_digests(&svg)
            .contains("<title id=\"ogw-compare-title\">Sammenlign &lt;dagtilbud&gt;</title>"));
        for words in [
            "dårligere end kommunen",
            "bedre end landstallet",
            "for få børn",
            "Landstal 2,9",
            "Lavere er bedre",
            "Solsikken",
        ] {
            assert!(svg.contains(words), "{words}");
        }
        assert!(
            svg.contains("stroke-dasharray")
                || svg.matches("<line").count() + svg.matches("<polyline").count() > 10,
            "dashed marks are drawn"
        );
    }
}
