//! Days as plain numbers (days since 1970-01-01), so geometry is integer
//! arithmetic, plus the few calendar facts the axis needs.

pub type Day = i32;

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
/// `days_from_civil`). `month` is 1-12.
pub fn day_of(year: i32, month: u32, day: u32) -> Day {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The (year, month, day) of a day number.
pub fn civil_of(day: Day) -> (i32, u32, u32) {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i32::from(m <= 2), m, d)
}

/// Reads `YYYY-MM-DD` (the feed's `as_of`); anything else is `None`.
pub fn parse_iso(text: &str) -> Option<Day> {
    let mut parts = text.trim().splitn(3, '-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let day: u32 = parts.next()?.parse().ok()?;
    let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
    valid.then(|| day_of(year, month, day))
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The first day of the month after the one `day` is in.
pub fn next_month(day: Day) -> Day {
    let (y, m, _) = civil_of(day);
    if m == 12 { day_of(y + 1, 1, 1) } else { day_of(y, m + 1, 1) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip_through_the_calendar() {
        assert_eq!(day_of(1970, 1, 1), 0);
        assert_eq!(day_of(2018, 9, 1), 17_775);
        for day in (-800_000..800_000).step_by(97) {
            let (y, m, d) = civil_of(day);
            assert_eq!(day_of(y, m, d), day);
        }
        assert_eq!(parse_iso("2019-02-29"), None);
        assert_eq!(parse_iso("2020-02-29"), Some(day_of(2020, 2, 29)));
        assert_eq!(parse_iso("juni 2019"), None);
        assert_eq!(next_month(day_of(2019, 12, 15)), day_of(2020, 1, 1));
    }
}
