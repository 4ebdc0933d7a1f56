//! ogw's plan template: a workbook with a sheet of initiatives and one of
//! milestones, Danish and English headers, a filled example row and the
//! allowed statuses as a drop-down list. `ogw template plan` writes it
//! (native only: the writer stays out of every browser core; the studio
//! offers the file `make bundle` writes with the CLI). Reading it back is
//! `plan_sheet` with the mapping its headers propose.

pub const INITIATIVES_SHEET: &str = "Initiativer";
pub const MILESTONES_SHEET: &str = "Milepæle";

/// The example initiative, in `fields::Field::INITIATIVE`'s order.
pub const EXAMPLE_INITIATIVE: [&str; 10] = [
    "1",
    "Åbne data",
    "Eksempel: Flere datasæt som åbne data",
    "I gang",
    "1. kvartal 2025",
    "4. kvartal 2026",
    "Digitaliseringsstyrelsen",
    "Slet denne række, og skriv planens egne initiativer, én pr. række.",
    "To af fem datasæt er udgivet.",
    "https://www.example.dk/initiativ-1",
];

/// The example milestone, in `fields::Field::MILESTONE`'s order.
pub const EXAMPLE_MILESTONE: [&str; 5] =
    ["1", "Første datasæt udgivet", "Afsluttet", "", "juni 2025"];

/// The statuses of the drop-down, Danish then English (both are read).
pub fn status_choices() -> Vec<String> {
    use crate::core::i18n::Lang;
    let statuses = super::problems::allowed_statuses();
    let da = statuses.iter().map(|s| s.title(Lang::Da));
    let en = statuses.iter().map(|s| s.title(Lang::En));
    da.chain(en).collect()
}

/// The workbook's bytes (.xlsx).
#[cfg(not(target_arch = "wasm32"))]
pub fn plan_template() -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use super::fields::Field;
    use rust_xlsxwriter::{DataValidation, Format, Workbook};

    let mut book = Workbook::new();
    let header = Format::new().set_bold().set_text_wrap().set_background_color(0xDDEBF7);
    let choices = status_choices();
    let sheets: [(&str, &[Field], &[&str]); 2] = [
        (INITIATIVES_SHEET, &Field::INITIATIVE, &EXAMPLE_INITIATIVE),
        (MILESTONES_SHEET, &Field::MILESTONE, &EXAMPLE_MILESTONE),
    ];
    for (name, fields, example) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(name)?;
        for (column, (field, value)) in fields.iter().zip(example.iter()).enumerate() {
            let column = column as u16;
            sheet.write_string_with_format(0, column, field.template_header(), &header)?;
            sheet.write_string(1, column, *value)?;
            let width = match field {
                Field::Title | Field::Summary | Field::StatusNote => 40,
                Field::Lead | Field::Url | Field::Theme => 26,
                _ => 16,
            };
            sheet.set_column_width(column, width)?;
            if *field == Field::Status {
                let list = DataValidation::new()
                    .allow_list_strings(&choices)?
                    .set_input_title("Status")?
                    .set_input_message("Vælg en status / Choose a status")?;
                sheet.add_data_validation(1, column, 1000, column, &list)?;
            }
        }
        sheet.set_freeze_panes(1, 0)?;
    }
    book.save_to_buffer()
}
