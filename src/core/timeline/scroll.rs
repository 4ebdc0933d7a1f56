//! Where the timeline's sideways-scrolling box scrolls to: decided here from
//! the layout and the box's current position and width, so the browser only
//! reads those two numbers and sets the answer.

use crate::core::chart::timeline::layout::{RowKind, TimelineLayout};

/// Room left of a revealed bar, so its start is not flush with the labels.
const REVEAL_MARGIN: f64 = 24.0;

/// The scroll position that shows the start of row `kind`'s bar when the
/// keyboard moves to it, or `None` when it is already in view (or the row has
/// no bar). `scroll_left` and `box_width` are the box's, in pixels.
pub fn reveal_row(
    layout: &TimelineLayout,
    kind: RowKind,
    scroll_left: f64,
    box_width: f64,
) -> Option<f64> {
    let left = layout.rows.iter().find(|r| r.kind == kind)?.bar.as_ref()?.left();
    let visible = scroll_left..scroll_left + box_width;
    (!visible.contains(&left)).then(|| (left - layout.label_w - REVEAL_MARGIN).max(0.0))
}

/// The scroll position a new zoom starts at: the as-of line in the middle of
/// what the row labels leave visible of a box `box_width` wide.
pub fn as_of_in_view(layout: &TimelineLayout, box_width: f64) -> f64 {
    let visible = (box_width - layout.label_w).max(0.0);
    (layout.as_of_x - layout.label_w - visible / 2.0).max(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::chart::timeline::layout::{layout_timeline, Zoom};
    use crate::core::date::day::date;
    use crate::core::i18n::Lang;
    use crate::core::plan::read::read_plan;
    use crate::core::timeline::model::build_timeline;
    use expect_test::{expect, Expect};

    // One early initiative, one late, one without dates (no bar).
    const FEED: &str = r#"{"format":"ogw.plan/1","initiatives":[
        {"id":"1","title":"Tidlig","period":{"start":"2016","end":"2017"}},
        {"id":"2","title":"Sen","period":{"start":"2024","end":"2025"}},
        {"id":"3","title":"Udateret"}]}"#;

    fn layout(zoom: Zoom) -> TimelineLayout {
        let read = read_plan(FEED).unwrap();
        let timeline = build_timeline(&read.feed, date(2020, 6, 1).unwrap(), Lang::Da);
        layout_timeline(&timeline, zoom, 900.0, Lang::Da, &|_, _| false)
    }

    /// For each initiative and box position: where the box scrolls to.
    fn check_reveal(zoom: Zoom, box_width: f64, positions: &[f64], expect: Expect) {
        let l = layout(zoom);
        let mut out = format!("label_w {} width {}\n", l.label_w, l.width);
        for initiative in 0..3 {
            let kind = RowKind::Initiative { group: 0, initiative };
            for &at in positions {
                let to = reveal_row(&l, kind, at, box_width);
                out += &format!(
                    "initiative {initiative} from {at}: {}\n",
                    to.map_or("stays".into(), |x| format!("to {x:.0}"))
                );
            }
        }
        expect.assert_eq(&out);
    }

    #[test]
    fn a_row_out_of_view_scrolls_its_bar_start_in_and_one_in_view_stays() {
        check_reveal(
            Zoom::Months,
            600.0,
            &[0.0, 2000.0],
            expect![[r#"
            label_w 280 width 7610
            initiative 0 from 0: stays
            initiative 0 from 2000: to 0
            initiative 1 from 0: to 5820
            initiative 1 from 2000: to 5820
            initiative 2 from 0: stays
            initiative 2 from 2000: stays
        "#]],
        );
    }

    #[test]
    fn a_new_zoom_centres_the_as_of_line() {
        let out: Vec<String> = [Zoom::Years, Zoom::Quarters, Zoom::Months]
            .into_iter()
            .map(|zoom| {
                let l = layout(zoom);
                format!(
                    "{zoom:?}: as of at {:.0}, box 600 scrolls to {:.0}, box 100 to {:.0}",
                    l.as_of_x,
                    as_of_in_view(&l, 600.0),
                    as_of_in_view(&l, 100.0)
                )
            })
            .collect();
        expect![[r#"
            Years: as of at 543, box 600 scrolls to 103, box 100 to 263
            Quarters: as of at 1490, box 600 scrolls to 1050, box 100 to 1210
            Months: as of at 3506, box 600 scrolls to 3066, box 100 to 3226"#]]
        .assert_eq(&out.join("\n"));
    }
}
