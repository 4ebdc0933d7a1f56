//! ogw's templates. The plan template: a workbook with a sheet of initiatives and one of
//! milestones, Danish and English headers, a filled example row and the
//! allowed statuses as a drop-down list. `ogw template plan` writes it
//! (native only: the writer stays out of every browser core; the studio
//! offers the file `make bundle` writes with the CLI). Reading it back is
//! `plan_sheet` with the mapping its headers propose. The daycare template
//! (`ogw template daycare`) has the two sheets of the municipal daycare
//! figures, with the columns `ogw import dk-daycare` reads; the studio and
//! `ogw import template` hand its sheets to that importer as CSV.

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

pub const KEY_FIGURES_SHEET: &str = "Nøgletal";
pub const NORMERING_SHEET: &str = "Normering";

/// The daycare workbook's bytes (.xlsx): one example municipality (Aabenraa's
/// published figures) to replace, the age groups as a drop-down.
#[cfg(not(target_arch = "wasm32"))]
pub fn daycare_template() -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use crate::core::import::dk_daycare::{
        key_figure_headers, normering_age_groups, NORMERING_HEADERS,
    };
    use rust_xlsxwriter::{DataValidation, Format, Workbook};

    let mut book = Workbook::new();
    let header = Format::new().set_bold().set_background_color(0xDDEBF7);
    let key = book.add_worksheet();
    key.set_name(KEY_FIGURES_SHEET)?;
    let example: [f64; 10] =
        [47.2, 24.8, 276.0, 446.0, 1250.0, 13.7, 38060.0, 46816.0, 26301.0, 143164.0];
    for (column, name) in key_figure_headers().iter().enumerate() {
        let column = column as u16;
        key.write_string_with_format(0, column, *name, &header)?;
        key.set_column_width(column, 16)?;
        match column {
            0 => key.write_string(1, 0, "580")?,
            1 => key.write_string(1, 1, "Aabenraa")?,
            c => key.write_number(1, c, example[c as usize - 2])?,
        };
    }
    key.set_freeze_panes(1, 0)?;
    let normering = book.add_worksheet();
    normering.set_name(NORMERING_SHEET)?;
    for (column, name) in NORMERING_HEADERS.iter().enumerate() {
        normering.write_string_with_format(0, column as u16, *name, &header)?;
        normering.set_column_width(column as u16, 16)?;
    }
    for (row, (group, value)) in normering_age_groups().iter().zip([3.0, 5.7, 3.3]).enumerate() {
        let row = row as u32 + 1;
        normering.write_string(row, 0, "580")?;
        normering.write_string(row, 1, "Aabenraa")?;
        normering.write_string(row, 2, *group)?;
        normering.write_number(row, 3, 2023.0)?;
        normering.write_number(row, 4, value)?;
    }
    let groups = DataValidation::new().allow_list_strings(&normering_age_groups())?;
    normering.add_data_validation(1, 2, 10_000, 2, &groups)?;
    normering.set_freeze_panes(1, 0)?;
    book.save_to_buffer()
}
