//! The figures a widget shows, as a CSV file to take away. Written for the
//! spreadsheet a reader will open it in: UTF-8 with a byte order mark (so
//! Excel reads "æøå" as UTF-8), and in Danish semicolons between cells and
//! decimal commas, as Danish Excel expects; in English commas and points.

use crate::core::i18n::Lang;

/// Rows (the first is the heading) as CSV text in `lang`'s convention.
pub fn csv(rows: &[Vec<String>], lang: Lang) -> String {
    let separator = lang.pick(';', ',');
    let mut out = String::from("\u{feff}");
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| quoted(c, separator)).collect();
        out.push_str(&cells.join(&separator.to_string()));
        // CRLF: RFC 4180, and what Excel writes.
        out.push_str("\r\n");
    }
    out
}

/// A cell, quoted when it holds the separator, a quote or a line break; a
/// cell a spreadsheet would run as a formula gets a leading apostrophe.
fn quoted(cell: &str, separator: char) -> String {
    let cell = if cell.starts_with(['=', '+', '@'])
        || (cell.starts_with('-')
            && cell.len() > 1
            && !cell[1..].starts_with(|c: char| c.is_ascii_digit()))
    {
        format!("'{cell}")
    } else {
        cell.to_string()
    };
    if cell.contains([separator, '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell
    }
}

/// A number as a spreadsheet reads it in `lang`: no thousands separators,
/// the decimal comma in Danish ("4600,5") and point in English. Rounded as
/// the widgets show it (`core::number::shown`: 2.25 is 2,3 in the table and
/// in the file), without core::fmt's float code.
pub fn csv_number(x: f64, decimals: u8, lang: Lang) -> String {
    crate::core::number::fixed(x, decimals, lang.pick(',', '.'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    #[test]
    fn danish_uses_semicolons_and_decimal_commas_english_commas_and_points() {
        let rows = |lang| {
            vec![
                vec!["Navn".to_string(), "Børn pr. voksen".into()],
                vec!["Æblehaven; vest".into(), csv_number(2.94, 1, lang)],
                vec!["\"Solsikken\"".into(), csv_number(4600.5, 1, lang)],
                // Rounded as the table shows it, half away from zero.
                vec!["Mælkebøtten".into(), csv_number(2.25, 1, lang)],
                vec!["=1+1".into(), "ikke oplyst".into()],
            ]
        };
        expect![[r#"
            "\u{feff}Navn;Børn pr. voksen\r\n\"Æblehaven; vest\";2,9\r\n\"\"\"Solsikken\"\"\";4600,5\r\nMælkebøtten;2,3\r\n'=1+1;ikke oplyst\r\n"
        "#]]
        .assert_debug_eq(&csv(&rows(Lang::Da), Lang::Da));
        expect![[r#"
            "\u{feff}Navn,Børn pr. voksen\r\nÆblehaven; vest,2.9\r\n\"\"\"Solsikken\"\"\",4600.5\r\nMælkebøtten,2.3\r\n'=1+1,ikke oplyst\r\n"
        "#]]
        .assert_debug_eq(&csv(&rows(Lang::En), Lang::En));
        assert_eq!(csv_number(-1.0, 0, Lang::Da), "-1");
    }
}
