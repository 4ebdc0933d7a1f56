//! Days as plain numbers (days since 1970-01-01), so chart geometry is
//! integer arithmetic. The calendar facts behind them (which dates exist,
//! how long a month is) come from the `time` crate, through the Julian day.

use time::{Date, Month};

/// Days since 1970-01-01.
pub type Day = i32;

/// The Julian day number of 1970-01-01.
const JULIAN_1970: i32 = 2_440_588;

/// The day of a calendar date, or `None` when there is no such date
/// (`month` is 1-12; years run from -9999 to 9999).
pub fn date(year: i32, month: u32, day: u32) -> Option<Day> {
    let month = Month::try_from(u8::try_from(month).ok()?).ok()?;
    let date = Date::from_calendar_date(year, month, u8::try_from(day).ok()?).ok()?;
    Some(date.to_julian_day() - JULIAN_1970)
}

/// The (year, month, day) of a day number. Days outside the calendar the
/// `time` crate knows are clamped to its first or last day, never a panic.
pub fn ymd(day: Day) -> (i32, u32, u32) {
    let date = Date::from_julian_day(day.saturating_add(JULIAN_1970)).unwrap_or(if day < 0 {
        Date::MIN
    } else {
        Date::MAX
    });
    (date.year(), u8::from(date.month()) as u32, date.day() as u32)
}

pub fn year_of(day: Day) -> i32 {
    ymd(day).0
}

/// 28 to 31; 0 for a month that does not exist.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    let Some(month) = u8::try_from(month).ok().and_then(|m| Month::try_from(m).ok()) else {
        return 0;
    };
    time::util::days_in_month(month, year) as u32
}

/// The first day of `month` (1-12, or beyond: 13 is January of the next
/// year), saturating at the ends of the calendar.
pub fn month_start(year: i32, month: u32) -> Day {
    let year = year.saturating_add(((month.max(1) - 1) / 12) as i32);
    let month = (month.max(1) - 1) % 12 + 1;
    date(year, month, 1).unwrap_or_else(|| {
        if year < 0 {
            calendar_start()
        } else {
            calendar_end() + 1
        }
    })
}

/// The last day of `month`.
pub fn month_end(year: i32, month: u32) -> Day {
    month_start(year, month + 1) - 1
}

pub fn year_start(year: i32) -> Day {
    month_start(year, 1)
}

/// The first day of the month after the one `day` is in.
pub fn next_month(day: Day) -> Day {
    let (y, m, _) = ymd(day);
    month_start(y, m + 1)
}

fn calendar_start() -> Day {
    Date::MIN.to_julian_day() - JULIAN_1970
}

fn calendar_end() -> Day {
    Date::MAX.to_julian_day() - JULIAN_1970
}

/// Reads exactly `YYYY-MM-DD` (the feed's `as_of`); anything else is `None`.
pub fn parse_iso(text: &str) -> Option<Day> {
    let text = text.trim();
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return None;
    }
    date(text[0..4].parse().ok()?, text[5..7].parse().ok()?, text[8..10].parse().ok()?)
}

/// `YYYY-MM-DD`, for JSON and tests.
pub fn iso(day: Day) -> String {
    let (y, m, d) = ymd(day);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_agree_with_the_calendar() {
        assert_eq!(date(1970, 1, 1), Some(0));
        assert_eq!(date(2018, 9, 1), Some(17_775));
        assert_eq!(date(1969, 12, 31), Some(-1));
        assert_eq!(ymd(17_775), (2018, 9, 1));
        for day in (-700_000..700_000).step_by(97) {
            let (y, m, d) = ymd(day);
            assert_eq!(date(y, m, d), Some(day));
        }
        assert_eq!(date(2019, 2, 29), None);
        assert_eq!(date(2019, 13, 1), None);
        assert_eq!(days_in_month(2020, 2), 29);
        assert_eq!(days_in_month(2100, 2), 28);
        assert_eq!(days_in_month(2020, 0), 0);
    }

    #[test]
    fn months_roll_over_into_the_next_year() {
        assert_eq!(next_month(date(2019, 12, 15).unwrap()), date(2020, 1, 1).unwrap());
        assert_eq!(month_end(2018, 6), date(2018, 6, 30).unwrap());
        assert_eq!(month_end(2018, 12), date(2018, 12, 31).unwrap());
        assert_eq!(month_start(2018, 13), date(2019, 1, 1).unwrap());
        // The ends of the calendar saturate instead of panicking.
        assert_eq!(year_start(10_000), calendar_end() + 1);
        assert_eq!(ymd(i32::MAX), (9999, 12, 31));
        assert_eq!(ymd(i32::MIN).0, -9999);
    }

    #[test]
    fn as_of_is_strictly_iso() {
        assert_eq!(parse_iso(" 2018-09-01 "), date(2018, 9, 1));
        assert_eq!(parse_iso("2020-02-29"), date(2020, 2, 29));
        for bad in [
            "2019-02-29",
            "2018-9-1",
            "1. september 2018",
            "2018/09/01",
            "",
            "2018-09-01x",
            "+018-09-01",
            "2018-ææ-01",
        ] {
            assert_eq!(parse_iso(bad), None, "{bad}");
        }
        assert_eq!(iso(date(2018, 9, 1).unwrap()), "2018-09-01");
    }
}
