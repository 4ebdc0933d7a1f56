//! Draws a `StatusLayout` to a standalone SVG string with plotters.

use plotters::prelude::*;

use crate::core::chart::draw::{color, corners, draw_swatch, font, px};
use crate::core::chart::svg::svg_document;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::core::chart::geometry::Rect;
use crate::core::chart::palette::{status_style, INK, MUTED_INK, PAPER};
use crate::core::chart::status::layout::{StatusLayout, LABEL_SIZE, LEGEND_SIZE};

/// The SVG for `layout`. `title` and `desc` become its `<title>` and `<desc>`,
/// so the file speaks for itself when it is used without the widget.
pub fn status_svg(layout: &StatusLayout, title: &str, desc: &str) -> String {
    svg_document("status", (layout.width, layout.height), title, desc, |root| draw(root, layout))
}

fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    layout: &StatusLayout,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    root.fill(&color(PAPER))?;
    for entry in &layout.legend {
        draw_swatch(root, entry.swatch, status_style(entry.status))?;
        root.draw(&Text::new(
            entry.label.clone(),
            px(entry.text_at),
            font(LEGEND_SIZE, INK, false, HPos::Left),
        ))?;
    }
    for row in &layout.rows {
        for (i, line) in row.label_lines.iter().enumerate() {
            let at = (row.label_at.0, row.label_at.1 + 18.0 * i as f64);
            root.draw(&Text::new(
                line.clone(),
                px(at),
                font(LABEL_SIZE, INK, row.bold, HPos::Left).pos(Pos::new(HPos::Left, VPos::Top)),
            ))?;
        }
        root.draw(&Text::new(
            row.total.to_string(),
            px(row.total_at),
            font(LABEL_SIZE, MUTED_INK, row.bold, HPos::Left),
        ))?;
    }
    for segment in &layout.segments {
        let style = status_style(segment.status);
        draw_swatch(root, segment.rect, style)?;
        if segment.shows_count {
            let centre =
                (segment.rect.x + segment.rect.w / 2.0, segment.rect.y + segment.rect.h / 2.0);
            // A solid chip under the number keeps it at 4.5:1 over any pattern.
            let chip_w = 8.0 + 8.0 * segment.count.to_string().len() as f64;
            let chip = Rect { x: centre.0 - chip_w / 2.0, y: centre.1 - 9.0, w: chip_w, h: 18.0 };
            root.draw(&Rectangle::new(corners(chip), color(style.fill).filled()))?;
            root.draw(&Text::new(
                segment.count.to_string(),
                px(centre),
                font(LABEL_SIZE, style.ink, true, HPos::Center),
            ))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::chart::status::layout::layout_status;
    use crate::core::chart::svg::without_digests;
    use crate::core::i18n::Lang;
    use crate::core::plan::read::read_plan;
    use crate::core::plan::tally::tally;

    fn svg_of(feed: &str) -> String {
        let feed = read_plan(feed).unwrap().feed;
        let layout = layout_status(&tally(&feed, Lang::Da), 480.0, Lang::Da);
        status_svg(&layout, "Status <&>", "2 initiativer")
    }

    #[test]
    fn is_a_standalone_svg_with_title_and_description() {
        let svg = svg_of(
            r#"{"format":"ogw.plan/1","initiatives":[{"id":"1","title":"a","status":"completed"},{"id":"2","title":"b","status":"limited"}]}"#,
        );
        assert!(svg.starts_with("<svg"), "{}", &svg[..80]);
        assert!(svg.contains("role=\"img\""));
        assert!(without_digests(&svg)
            .contains("<title id=\"ogw-status-title\">Status &lt;&amp;&gt;</title>"));
        assert!(without_digests(&svg).contains("<desc id=\"ogw-status-desc\">2 initiativer</desc>"));
        assert!(svg.contains("Ikke påbegyndt"), "the legend names every OGP level");
        assert!(svg.trim_end().ends_with("</svg>"));
    }

    #[test]
    fn feed_text_is_escaped_never_markup() {
        let svg = svg_of(
            r#"{"format":"ogw.plan/1","themes":[{"id":"1","title":"<script>alert(1)</script>"}],
                "initiatives":[{"id":"1","theme":"1","title":"a","status":"completed"}]}"#,
        );
        assert!(!svg.contains("<script"), "a theme title must not become an element");
        assert!(svg.contains("&lt;script&gt;"));
    }
}
