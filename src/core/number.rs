//! Floats as text, written once for every chart, sentence and table.
//!
//! Why not `format!("{x}")` or `{x:.2}`: any float through `core::fmt` links
//! its float machinery (`<f64 as Display>` with Grisu and Dragon, 15 KB of
//! wasm) into every browser core. Here the shortest digits that read back as
//! `x` come from `zmij` (already linked by serde_json for its numbers), and
//! the rest is string work.

/// `x` as the shortest decimal that reads back as `x`: `digits` (ASCII,
/// first one not 0 unless `x` is 0) times ten to `exponent`, read as
/// `d.ddd × 10^exponent` (what `{:e}` prints).
struct Decimal {
    negative: bool,
    digits: Vec<u8>,
    exponent: i32,
}

/// `None` when `x` is not finite.
fn decimal(x: f64) -> Option<Decimal> {
    if !x.is_finite() {
        return None;
    }
    let mut buffer = zmij::Buffer::new();
    // "13.000000000000002", "-0.0", "1e+21", "1.5e-7": zmij's shortest form.
    let text = buffer.format_finite(x);
    let negative = text.starts_with('-');
    let text = text.trim_start_matches('-');
    let (mantissa, exponent) = match text.split_once('e') {
        Some((m, e)) => (m, e.parse::<i32>().ok()?),
        None => (text, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mut digits: Vec<u8> = whole.bytes().chain(fraction.bytes()).collect();
    let leading = digits.iter().take_while(|d| **d == b'0').count();
    digits.drain(..leading);
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        return Some(Decimal { negative, digits: vec![b'0'], exponent: 0 });
    }
    let exponent = exponent + whole.len() as i32 - 1 - leading as i32;
    Some(Decimal { negative, digits, exponent })
}

/// `x` as `{x}` writes it: the shortest decimal that reads back as `x`,
/// without an exponent ("13", "13.000000000000002", "0.00000015", "-0",
/// "NaN", "inf"). Where two shortest decimals both read back as `x`, the
/// last digit may differ from `{x}`'s by one.
pub fn plain(x: f64) -> String {
    let Some(Decimal { negative, digits, exponent }) = decimal(x) else {
        return if x.is_nan() {
            "NaN".into()
        } else if x > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        };
    };
    let mut out = String::with_capacity(digits.len() + 4);
    if negative {
        out.push('-');
    }
    if exponent < 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-exponent - 1) as usize));
        out.extend(digits.iter().map(|d| *d as char));
    } else {
        let whole = exponent as usize + 1;
        for i in 0..whole.max(digits.len()) {
            if i == whole {
                out.push('.');
            }
            out.push(digits.get(i).map_or('0', |d| *d as char));
        }
    }
    out
}

/// `x` rounded once to `decimals`, half away from zero, as a whole number
/// of tenths, hundredths, ...: the digits a reader sees, and what verdicts
/// compare. It rounds the shortest decimal that reads back as `x` (what a
/// feed's JSON writes), not the binary number behind it: 1.005 is shown as
/// 1,01 as it reads, although its binary value is a hair below 1.005, and a
/// value shows the same digits however many more decimals it is stored
/// with. `None` for a value with more than 18 digits to show, or not finite.
pub fn shown(x: f64, decimals: u8) -> Option<i64> {
    let Decimal { negative, digits, exponent } = decimal(x)?;
    // x * 10^decimals = digits * 10^shift.
    let shift = exponent - (digits.len() as i32 - 1) + decimals as i32;
    let kept = digits.len() as i32 + shift;
    if kept > 18 {
        return None;
    }
    let digit = |i: i32| digits.get(i as usize).map_or(0, |d| (d - b'0') as i64);
    let mut n: i64 = 0;
    for i in 0..kept.max(0) {
        n = n * 10 + digit(i);
    }
    // Half away from zero: the first digit dropped decides.
    if kept >= 0 && digit(kept) >= 5 {
        n += 1;
    }
    Some(if negative { -n } else { n })
}

/// `x` with exactly `decimals` decimals after `point` ("12.346" for
/// `fixed(12.3456, 3, '.')`), rounded once by [`shown`]; a value that rounds
/// to zero is not negative. A value [`shown`] cannot hold is written
/// [`plain`].
pub fn fixed(x: f64, decimals: u8, point: char) -> String {
    let Some(n) = shown(x, decimals) else { return plain(x) };
    let mut digits = n.unsigned_abs().to_string();
    let width = decimals as usize + 1;
    if digits.len() < width {
        digits.insert_str(0, &"0".repeat(width - digits.len()));
    }
    let (whole, fraction) = digits.split_at(digits.len() - decimals as usize);
    let mut out = String::with_capacity(digits.len() + 2);
    if n < 0 {
        out.push('-');
    }
    out.push_str(whole);
    if !fraction.is_empty() {
        out.push(point);
        out.push_str(fraction);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_writes_what_display_writes() {
        let values = [
            0.0,
            -0.0,
            1.0,
            -1.5,
            13.0 * 1.24 / 1.24,
            15.0 * 1.24 / 1.24,
            100.0,
            0.1,
            0.00001,
            1.5e-7,
            123.456,
            1e15,
            1e16,
            1e21,
            12345678901234567890.0,
            5e-324,
            f64::MAX,
            f64::MIN_POSITIVE,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            2.0 / 3.0,
        ];
        for x in values {
            assert_eq!(plain(x), format!("{x}"), "{x:?}");
        }
    }

    /// zmij and std both write a shortest decimal; where two shortest ones
    /// read back as `x` (1361678950302766.25 is exactly between ...766.2
    /// and ...766.3) they may pick differently, so this checks what matters:
    /// it reads back as `x` and is as short as `{x}`.
    #[test]
    fn plain_reads_back_and_is_as_short_as_display_on_many_values() {
        // A deterministic spread over magnitudes and digit counts.
        let mut x = 0.000123_f64;
        for i in 0..2000 {
            x = x * 1.37 + (i as f64) * 0.01;
            for v in [x, -x, x.round(), x / 7.0] {
                let text = plain(v);
                assert_eq!(text.parse::<f64>(), Ok(v), "{v:?}");
                assert_eq!(text.len(), format!("{v}").len(), "{v:?}");
            }
            if x > 1e30 {
                x = 0.000321 * i as f64;
            }
        }
    }

    #[test]
    fn shown_rounds_the_digits_a_reader_sees() {
        assert_eq!(shown(1.005, 2), Some(101));
        assert_eq!(shown(2.5, 0), Some(3));
        assert_eq!(shown(-2.5, 0), Some(-3));
        assert_eq!(shown(0.04, 1), Some(0));
        assert_eq!(shown(-0.04, 1), Some(0));
        assert_eq!(shown(258677.0, 0), Some(258677));
        assert_eq!(shown(1e30, 0), None);
        assert_eq!(shown(f64::NAN, 1), None);
        assert_eq!(shown(0.0, 3), Some(0));
    }

    #[test]
    fn fixed_writes_exactly_the_decimals_asked_for() {
        assert_eq!(fixed(12.3456, 3, '.'), "12.346");
        assert_eq!(fixed(12.0, 3, '.'), "12.000");
        assert_eq!(fixed(0.05, 1, ','), "0,1");
        assert_eq!(fixed(-0.0004, 3, '.'), "0.000");
        assert_eq!(fixed(-1.25, 1, '.'), "-1.3");
        assert_eq!(fixed(7.0, 0, '.'), "7");
        assert_eq!(fixed(0.001, 3, '.'), "0.001");
        assert_eq!(fixed(f64::INFINITY, 2, '.'), "inf");
    }
}
