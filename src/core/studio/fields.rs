//! What a column of an editor's sheet can hold, the header names Danish and
//! English plans use for it, and the proposed mapping from a header row.
//! The template (`template.rs`) writes the first Danish and English name of
//! each field, so a filled template maps itself.

use serde::Serialize;

use crate::core::i18n::Lang;

/// A column's meaning in a plan feed. `Skip` is "not used".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Id,
    Theme,
    Title,
    Status,
    Start,
    End,
    Lead,
    Summary,
    StatusNote,
    Url,
    /// A milestone's initiative (the milestones sheet).
    Initiative,
}

impl Field {
    /// The initiatives sheet's fields, in the template's order.
    pub const INITIATIVE: [Field; 10] = [
        Field::Id,
        Field::Theme,
        Field::Title,
        Field::Status,
        Field::Start,
        Field::End,
        Field::Lead,
        Field::Summary,
        Field::StatusNote,
        Field::Url,
    ];
    /// The milestones sheet's fields, in the template's order.
    pub const MILESTONE: [Field; 5] =
        [Field::Initiative, Field::Title, Field::Status, Field::Start, Field::End];

    pub fn id(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::Theme => "theme",
            Field::Title => "title",
            Field::Status => "status",
            Field::Start => "start",
            Field::End => "end",
            Field::Lead => "lead",
            Field::Summary => "summary",
            Field::StatusNote => "status_note",
            Field::Url => "url",
            Field::Initiative => "initiative",
        }
    }

    pub fn from_id(id: &str) -> Option<Field> {
        Field::INITIATIVE.into_iter().chain([Field::Initiative]).find(|f| f.id() == id)
    }

    /// The name in the studio's selects and problems.
    pub fn label(self, lang: Lang) -> &'static str {
        let (da, en) = self.names();
        match lang {
            Lang::Da => da[0],
            Lang::En => en[0],
        }
    }

    /// The template's header: the Danish and the English name.
    pub fn template_header(self) -> String {
        let (da, en) = self.names();
        format!("{} / {}", da[0], en[0])
    }

    /// Header names that mean this field, Danish and English, folded
    /// (lower case, no trailing dot or colon); the first of each is the label.
    fn names(self) -> (&'static [&'static str], &'static [&'static str]) {
        match self {
            Field::Id => (&["Nr.", "nr", "nummer", "id"], &["Id", "no", "no.", "number", "#"]),
            Field::Theme => (
                &["Tema", "indsatsområde", "område", "spor", "kategori"],
                &["Theme", "category", "area", "topic"],
            ),
            Field::Title => {
                (&["Titel", "initiativ", "navn", "overskrift"], &["Title", "initiative", "name"])
            }
            Field::Status => (&["Status", "fremdrift"], &["Status", "progress", "state"]),
            Field::Start => (
                &["Start", "startdato", "fra", "begynder"],
                &["Start", "start date", "from", "begin"],
            ),
            Field::End => (
                &["Slut", "slutdato", "frist", "til", "deadline", "færdig"],
                &["End", "end date", "due", "to", "deadline"],
            ),
            Field::Lead => (
                &["Ansvarlig", "ansvarlig myndighed", "myndighed", "ejer"],
                &["Lead", "lead institution", "responsible", "owner"],
            ),
            Field::Summary => (
                &["Beskrivelse", "resumé", "resume", "indhold"],
                &["Summary", "description", "content"],
            ),
            Field::StatusNote => (
                &["Statusnote", "bemærkning", "kommentar", "note"],
                &["Status note", "comment", "remark", "notes"],
            ),
            Field::Url => (&["Link", "webadresse", "læs mere"], &["Link", "url", "web", "more"]),
            Field::Initiative => (
                &["Initiativ nr.", "initiativ nr", "initiativ", "initiativnummer"],
                &["Initiative id", "initiative no.", "initiative number", "initiative"],
            ),
        }
    }

    fn matches(self, part: &str) -> bool {
        let (da, en) = self.names();
        da.iter().chain(en).any(|name| fold(name) == part)
    }
}

/// Which field each column holds (by column index); `None` is not used.
pub type Mapping = Vec<Option<Field>>;

/// The proposed mapping of a header row to `fields`: a header matches a
/// field when it, or one of its parts split at "/" or in parentheses
/// ("Slut / End", "Slut (End)"), is one of the field's names. Each field
/// goes to the first column that names it.
pub fn propose(headers: &[String], fields: &[Field]) -> Mapping {
    let mut mapping: Mapping = vec![None; headers.len()];
    for &field in fields {
        let column = headers.iter().enumerate().position(|(i, header)| {
            mapping[i].is_none() && parts(header).iter().any(|part| field.matches(part))
        });
        if let Some(i) = column {
            mapping[i] = Some(field);
        }
    }
    mapping
}

/// Puts `field` on `column` (or takes the column's field away with `None`);
/// a field is on one column at most, so it leaves any other.
pub fn assign(mapping: &mut Mapping, column: usize, field: Option<Field>) {
    if let Some(field) = field {
        for other in mapping.iter_mut().filter(|f| **f == Some(field)) {
            *other = None;
        }
    }
    if let Some(slot) = mapping.get_mut(column) {
        *slot = field;
    }
}

/// The column that holds `field`.
pub fn column_of(mapping: &Mapping, field: Field) -> Option<usize> {
    mapping.iter().position(|f| *f == Some(field))
}

fn parts(header: &str) -> Vec<String> {
    let whole = fold(header);
    let mut parts: Vec<String> =
        header.split(['/', '(', ')']).map(fold).filter(|p| !p.is_empty()).collect();
    parts.insert(0, whole);
    parts
}

fn fold(text: &str) -> String {
    text.trim()
        .trim_end_matches(['.', ':', '*'])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn proposes_columns_from_danish_and_english_headers() {
        let mapping = propose(
            &headers(&[
                "Nr.",
                "Initiativ",
                "Ansvarlig myndighed",
                "Slutdato",
                "Noget andet",
                "Status",
            ]),
            &Field::INITIATIVE,
        );
        assert_eq!(
            mapping,
            [
                Some(Field::Id),
                Some(Field::Title),
                Some(Field::Lead),
                Some(Field::End),
                None,
                Some(Field::Status)
            ]
        );
        let mapping =
            propose(&headers(&["Title", "Due", "Description", "Comment"]), &Field::INITIATIVE);
        assert_eq!(
            mapping,
            [Some(Field::Title), Some(Field::End), Some(Field::Summary), Some(Field::StatusNote)]
        );
    }

    #[test]
    fn the_template_headers_map_themselves() {
        let template: Vec<String> = Field::INITIATIVE.iter().map(|f| f.template_header()).collect();
        let mapping = propose(&template, &Field::INITIATIVE);
        assert_eq!(mapping, Field::INITIATIVE.map(Some));
        let template: Vec<String> = Field::MILESTONE.iter().map(|f| f.template_header()).collect();
        assert_eq!(propose(&template, &Field::MILESTONE), Field::MILESTONE.map(Some));
    }

    #[test]
    fn a_field_moved_by_the_editor_leaves_its_old_column() {
        let mut mapping = vec![Some(Field::Title), None];
        assign(&mut mapping, 1, Some(Field::Title));
        assert_eq!(mapping, [None, Some(Field::Title)]);
        assign(&mut mapping, 1, None);
        assert_eq!(mapping, [None, None]);
        assign(&mut mapping, 7, Some(Field::End));
        assert_eq!(mapping, [None, None]);
    }
}
