//! Draws an `HoursLayout` to a standalone SVG string with plotters.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::hours_layout::{HoursLayout, LABEL_SIZE};
use crate::core::chart::draw::stroke;
use crate::core::chart::draw::{color, corners, font, px};
use crate::core::chart::palette::{Rgb, BAR, INK, MUTED_INK, PAPER};
use crate::core::chart::svg::svg_document;

const GRID: Rgb = Rgb(0xd9, 0xdd, 0xe3);

pub fn hours_svg(layout: &HoursLayout, title: &str, desc: &str) -> String {
    svg_document("hours", (layout.width, layout.height), title, desc, |root| draw(root, layout))
}

fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    l: &HoursLayout,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    root.fill(&color(PAPER))?;
    for (x, label) in &l.ticks {
        root.draw(&PathElement::new(
            vec![px((*x, 16.0)), px((*x, l.height - 4.0))],
            stroke(GRID, 1),
        ))?;
        root.draw(&Text::new(
            label.clone(),
            px((*x, 2.0)),
            font(LABEL_SIZE, MUTED_INK, false, HPos::Center).pos(Pos::new(HPos::Center, VPos::Top)),
        ))?;
    }
    for day in &l.days {
        root.draw(&Text::new(
            day.name.clone(),
            px(day.name_at),
            font(LABEL_SIZE, INK, false, HPos::Left),
        ))?;
        for bar in &day.bars {
            root.draw(&Rectangle::new(corners(*bar), color(BAR).filled()))?;
        }
        let ink = if day.bars.is_empty() { MUTED_INK } else { INK };
        root.draw(&Text::new(
            day.text.clone(),
            px(day.text_at),
            font(LABEL_SIZE, ink, false, HPos::Left),
        ))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::chart::daycare::hours_layout::layout_hours;
    use crate::core::daycare::hours::{parse_day, OpeningHours};
    use crate::core::i18n::Lang;

    #[test]
    fn draws_each_day_with_its_hours_in_words() {
        let hours = OpeningHours(
            ["06:30-17:00", "06:30-17:00", "06:30-17:00", "06:30-17:00", "06:30-16:00", "", ""]
                .map(|d| parse_day(d).unwrap()),
        );
        let svg = hours_svg(
            &layout_hours(&hours, 360.0, Lang::En),
            "Opening hours",
            "Mon-Thu 6:30-17:00, Fri 6:30-16:00",
        );
        assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
        assert!(svg.contains("\nFri\n") && svg.contains("6:30-16:00") && !svg.contains("Sat"));
    }
}
