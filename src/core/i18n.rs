//! Languages and the fixed texts of the widgets, in Danish and English.
//!
//! Every text a person reads comes from here (feed text aside), so a
//! missing translation is a compile error, not a blank on the page.

use serde::Serialize;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Da,
    En,
}

impl Lang {
    /// Reads a BCP 47 tag as a host page writes it (`da`, `da-DK`, `en-GB`).
    /// Anything that is not English is Danish: these are Danish sites.
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        if primary == "en" {
            Lang::En
        } else {
            Lang::Da
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    /// Picks the Danish or the English text.
    pub fn pick<T>(self, da: T, en: T) -> T {
        match self {
            Lang::Da => da,
            Lang::En => en,
        }
    }
}

/// The fixed texts every widget shows (card, tables, downloads, the status
/// chart): `Msg::Close.text(lang)`. The timeline's are `TimelineMsg` in
/// `core::timeline::words`, the dashboard's `DaycareMsg` in
/// `core::daycare::words`, with the same `text(lang)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    StatusTitle,
    AllInitiatives,
    NoTheme,
    Theme,
    Total,
    ShowTable,
    DownloadCsv,
    DownloadSvg,
    HideTable,
    TableCaption,
    Loading,
    CannotShow,
    Close,
    Lead,
    Source,
    AsOf,
    ChartHint,
    Legend,
    SkippedDetails,
    /// Above what is shown when a feed went past a limit (`core::limits`).
    TooLarge,
}

impl Msg {
    pub fn text(self, lang: Lang) -> &'static str {
        use Msg::*;
        let (da, en) = match self {
            StatusTitle => ("Status for initiativerne", "Initiative status"),
            AllInitiatives => ("Alle initiativer", "All initiatives"),
            NoTheme => ("Uden tema", "No theme"),
            Theme => ("Tema", "Theme"),
            Total => ("I alt", "Total"),
            ShowTable => ("Vis tallene som tabel", "Show the numbers as a table"),
            DownloadCsv => ("Hent tallene (CSV)", "Download the numbers (CSV)"),
            DownloadSvg => ("Hent figuren (SVG)", "Download the chart (SVG)"),
            HideTable => ("Skjul tabellen", "Hide the table"),
            TableCaption => ("Antal initiativer efter status", "Number of initiatives by status"),
            Loading => ("Henter data …", "Loading data …"),
            CannotShow => ("Kan ikke vise data", "Cannot show the data"),
            Close => ("Luk", "Close"),
            Lead => ("Ansvarlig", "Lead"),
            Source => ("Kilde", "Source"),
            AsOf => ("Opgjort", "As of"),
            ChartHint => (
                "Vælg en del af en søjle for at se initiativerne bag tallet.",
                "Select part of a bar to list the initiatives behind the number.",
            ),
            Legend => ("Signaturforklaring", "Legend"),
            SkippedDetails => ("Hvad blev sprunget over?", "What was skipped?"),
            TooLarge => (
                "Data er større end widgetten kan vise; resten er udeladt:",
                "The feed is larger than the widget shows; the rest is left out:",
            ),
        };
        lang.pick(da, en)
    }
}

/// "1 initiativ", "14 initiativer".
pub fn initiatives(lang: Lang, n: usize) -> String {
    let noun = match (lang, n == 1) {
        (Lang::Da, true) => "initiativ",
        (Lang::Da, false) => "initiativer",
        (Lang::En, true) => "initiative",
        (Lang::En, false) => "initiatives",
    };
    format!("{n} {noun}")
}

/// "1 milepæl", "5 milepæle".
pub fn milestones(lang: Lang, n: usize) -> String {
    let noun = match (lang, n == 1) {
        (Lang::Da, true) => "milepæl",
        (Lang::Da, false) => "milepæle",
        (Lang::En, true) => "milestone",
        (Lang::En, false) => "milestones",
    };
    format!("{n} {noun}")
}

/// The notice under a chart that had to leave initiatives out.
pub fn skipped(lang: Lang, n: usize) -> String {
    let count = initiatives(lang, n);
    match (lang, n == 1) {
        (Lang::Da, _) => format!("{count} kunne ikke vises og er sprunget over."),
        (Lang::En, true) => format!("{count} could not be shown and was skipped."),
        (Lang::En, false) => format!("{count} could not be shown and were skipped."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_language_tags() {
        for (tag, lang) in [
            ("da", Lang::Da),
            ("da-DK", Lang::Da),
            ("EN", Lang::En),
            ("en-GB", Lang::En),
            ("", Lang::Da),
            ("de", Lang::Da),
        ] {
            assert_eq!(Lang::from_tag(tag), lang, "{tag:?}");
        }
    }

    #[test]
    fn counts_agree_with_their_nouns() {
        assert_eq!(initiatives(Lang::Da, 1), "1 initiativ");
        assert_eq!(initiatives(Lang::Da, 14), "14 initiativer");
        assert_eq!(milestones(Lang::Da, 1), "1 milepæl");
        assert_eq!(milestones(Lang::En, 5), "5 milestones");
        assert_eq!(skipped(Lang::En, 1), "1 initiative could not be shown and was skipped.");
        assert_eq!(skipped(Lang::En, 2), "2 initiatives could not be shown and were skipped.");
    }
}
