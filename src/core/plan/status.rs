//! The implementation-status scale and the labels people write for it.

use serde::Serialize;

use crate::core::i18n::Lang;
use crate::core::text::fold_case;

/// The four levels of the Open Government Partnership scale, plus the
/// states real plans also report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Completed,
    Substantial,
    Limited,
    NotStarted,
    Ongoing,
    Delayed,
    Withdrawn,
    Unknown,
}

impl Status {
    /// Every status, in the order bars are stacked and sentences list them:
    /// most done first, then the states outside the OGP scale.
    pub const ALL: [Status; 8] = [
        Status::Completed,
        Status::Substantial,
        Status::Limited,
        Status::NotStarted,
        Status::Ongoing,
        Status::Delayed,
        Status::Withdrawn,
        Status::Unknown,
    ];

    /// The OGP scale is always reported, even at zero; the other states only
    /// when a plan uses them.
    pub fn is_ogp_scale(self) -> bool {
        matches!(
            self,
            Status::Completed | Status::Substantial | Status::Limited | Status::NotStarted
        )
    }

    pub fn id(self) -> &'static str {
        match self {
            Status::Completed => "completed",
            Status::Substantial => "substantial",
            Status::Limited => "limited",
            Status::NotStarted => "not_started",
            Status::Ongoing => "ongoing",
            Status::Delayed => "delayed",
            Status::Withdrawn => "withdrawn",
            Status::Unknown => "unknown",
        }
    }

    /// The label in running text: "7 begrænset", "2 completed".
    pub fn label(self, lang: Lang) -> &'static str {
        let (da, en) = match self {
            Status::Completed => ("afsluttet", "completed"),
            Status::Substantial => ("væsentligt", "substantial"),
            Status::Limited => ("begrænset", "limited"),
            Status::NotStarted => ("ikke påbegyndt", "not started"),
            Status::Ongoing => ("i gang", "ongoing"),
            Status::Delayed => ("forsinket", "delayed"),
            Status::Withdrawn => ("trukket tilbage", "withdrawn"),
            Status::Unknown => ("ukendt", "unknown"),
        };
        lang.pick(da, en)
    }

    /// The label as a heading or legend entry: "Ikke påbegyndt".
    pub fn title(self, lang: Lang) -> String {
        // Every label starts with an ASCII letter; ASCII case mapping keeps
        // std's Unicode case tables out of the browser bundle.
        let label = self.label(lang);
        let mut title = label.to_string();
        title[..1].make_ascii_uppercase();
        title
    }

    /// Recognises the labels Danish and English plans write, in any case,
    /// with stray spaces or punctuation. `None` means free text.
    pub fn from_label(label: &str) -> Option<Status> {
        let key: String = label
            .trim()
            .trim_end_matches(['.', '!', ':'])
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
            .map(fold_case)
            .collect::<String>()
            .replace(['_', '-'], " ");
        let status = match key.as_str() {
            "completed"
            | "complete"
            | "afsluttet"
            | "gennemført"
            | "fuldt implementeret"
            | "fuldt gennemført"
            | "færdig"
            | "done"
            | "implemented" => Status::Completed,
            "substantial" | "væsentligt" | "væsentlig" | "væsentligt implementeret" => {
                Status::Substantial
            }
            "limited" | "begrænset" | "begrænset implementeret" => Status::Limited,
            "not started" | "ikke påbegyndt" | "ikke startet" | "ikke igangsat" => {
                Status::NotStarted
            }
            "ongoing"
            | "in progress"
            | "i gang"
            | "igang"
            | "igangsat"
            | "påbegyndt"
            | "i proces"
            | "under implementering"
            | "under udvikling"
            | "started" => Status::Ongoing,
            "delayed" | "behind schedule" | "forsinket" => Status::Delayed,
            "withdrawn" | "cancelled" | "canceled" | "trukket tilbage" | "udgået"
            | "annulleret" | "opgivet" => Status::Withdrawn,
            // OGP's own codes: no data, not reviewed, not applicable; and the
            // IRM's verdict when completion could not be told.
            "unknown" | "ukendt" | "nd" | "nr" | "na" | "n/a" | "unclear" => Status::Unknown,
            _ => return None,
        };
        Some(status)
    }
}

impl Status {
    /// Like `from_label`, and also reads a label followed by an explanation,
    /// as plans write it in a status cell: "Begrænset – Indledende møde
    /// afholdt …", "Ikke påbegyndt - Beslutningen …", "Afsluttet. Der er …".
    pub fn from_text(text: &str) -> Option<Status> {
        Status::from_label(text).or_else(|| {
            [" – ", " — ", " - ", ": ", ". ", ", "]
                .iter()
                .filter_map(|sep| text.split_once(sep))
                .find_map(|(head, _)| Status::from_label(head))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(label: &str, expect: Option<Status>) {
        assert_eq!(Status::from_label(label), expect, "label {label:?}");
    }

    #[test]
    fn normalises_the_labels_plans_write() {
        check("Afsluttet", Some(Status::Completed));
        check("Gennemført", Some(Status::Completed));
        check("Complete", Some(Status::Completed));
        check("  COMPLETED. ", Some(Status::Completed));
        check("Begrænset", Some(Status::Limited));
        check("Væsentligt", Some(Status::Substantial));
        check("Not Started", Some(Status::NotStarted));
        check("not_started", Some(Status::NotStarted));
        check("Ikke  påbegyndt", Some(Status::NotStarted));
        check("IKKE PÅBEGYNDT", Some(Status::NotStarted));
        check("BEGRÆNSET", Some(Status::Limited));
        check("I gang", Some(Status::Ongoing));
        check("Påbegyndt", Some(Status::Ongoing));
        check("Forsinket", Some(Status::Delayed));
        check("Withdrawn", Some(Status::Withdrawn));
        check("ND", Some(Status::Unknown));
        check("Unclear", Some(Status::Unknown));
        check("Under implementering", Some(Status::Ongoing));
        check("Der er 34 kommuner med", None);
        check("", None);
    }

    #[test]
    fn reads_a_label_followed_by_an_explanation() {
        let check = |text: &str, expect| assert_eq!(Status::from_text(text), expect, "{text:?}");
        check(
            "Begrænset – Indledende møde afholdt med alle relevante organisationer.",
            Some(Status::Limited),
        );
        check("Ikke påbegyndt - Beslutningen om brug af multible landekoder endnu ikke godkendt af OECD-DAC.", Some(Status::NotStarted));
        check("Afsluttet. Der er 34 kommuner med", Some(Status::Completed));
        check("Forsinket, da model skulle genovervejes", Some(Status::Delayed));
        check("Forundersøgelse er gennemført", None);
        check("Der er 34 kommuner med - se bilag", None);
    }

    #[test]
    fn every_id_reads_back_as_itself() {
        for status in Status::ALL {
            assert_eq!(Status::from_label(status.id()), Some(status));
        }
    }

    #[test]
    fn titles_are_capitalised_labels() {
        assert_eq!(Status::NotStarted.title(Lang::Da), "Ikke påbegyndt");
        assert_eq!(Status::Completed.title(Lang::En), "Completed");
    }
}
