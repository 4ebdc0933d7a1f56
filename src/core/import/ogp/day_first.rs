//! Slash dates in plans that write the day first. The feed is English, so
//! the date reader takes "1/7/2014" month first (7 January); a cell alone
//! cannot say otherwise. Its plan can: a plan that writes "31/12/2014"
//! (only a date day first) and never "12/31/2014" (only one month first)
//! meant 1 July. Such cells are written as the ISO date, day first, and
//! noted; in a plan that writes both orders they are kept and noted as
//! ambiguous. Cells whose two readings are the same day ("1/1/2014") are
//! not ambiguous and are left alone, like every cell of other plans.

use std::collections::HashMap;

use super::Commitment;
use crate::core::import::report::{ImportReport, Reason, Seen};
use crate::core::import::tidy::{SlashDate, SlashOrder};

/// A date cell written as a slash date (not one made from an Excel day number).
#[derive(Clone, Debug)]
pub(crate) struct SlashCell {
    pub column: &'static str,
    pub text: String,
    pub date: SlashDate,
}

/// How a plan writes its slash dates: the first cell that is only a date
/// day first, and the first that is only a date month first.
#[derive(Default)]
struct Orders {
    day_first: Option<Seen>,
    month_first: Option<Seen>,
}

/// Rewrites (or notes) the ambiguous slash dates of every plan, by the
/// orders the plan's other slash dates show. Notes are added in the order
/// of the commitments, so in the order of the file's lines.
pub(crate) fn settle(commitments: &mut [Commitment], report: &mut ImportReport) {
    let mut orders: HashMap<String, Orders> = HashMap::new();
    for c in commitments.iter() {
        for cell in &c.slash_dates {
            let seen =
                || Seen { line: c.line, column: cell.column.to_string(), value: cell.text.clone() };
            let plan = orders.entry(c.plan.key.clone()).or_default();
            match cell.date.order() {
                Some(SlashOrder::OnlyDayFirst) if plan.day_first.is_none() => {
                    plan.day_first = Some(seen())
                }
                Some(SlashOrder::OnlyMonthFirst) if plan.month_first.is_none() => {
                    plan.month_first = Some(seen())
                }
                _ => {}
            }
        }
    }
    for c in commitments.iter_mut() {
        let Some(Orders { day_first: Some(day_first), month_first }) = orders.get(&c.plan.key)
        else {
            continue;
        };
        for cell in &c.slash_dates {
            if cell.date.order() != Some(SlashOrder::Either) {
                continue;
            }
            let reason =
                match (month_first, cell.date.iso_day_first(), c.initiative.period.as_mut()) {
                    (None, Some(date), Some(period)) => {
                        let field = if cell.column == super::columns::START {
                            &mut period.start
                        } else {
                            &mut period.end
                        };
                        *field = Some(date.clone());
                        Reason::DayFirst { date, day_first: day_first.clone() }
                    }
                    (Some(month_first), _, _) => Reason::AmbiguousDate {
                        day_first: day_first.clone(),
                        month_first: month_first.clone(),
                    },
                    // Not reached: either order is a date, and a date cell gives the initiative a period.
                    (None, _, _) => continue,
                };
            report.note(
                c.line,
                Some(&c.initiative.id),
                Some(cell.column),
                Some(&cell.text),
                reason,
            );
        }
    }
}
