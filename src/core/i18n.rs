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

/// Fixed texts of the widgets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    StatusTitle,
    AllInitiatives,
    NoTheme,
    Theme,
    Total,
    ShowTable,
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

pub fn t(lang: Lang, msg: Msg) -> &'static str {
    use Msg::*;
    let (da, en) = match msg {
        StatusTitle => ("Status for initiativerne", "Initiative status"),
        AllInitiatives => ("Alle initiativer", "All initiatives"),
        NoTheme => ("Uden tema", "No theme"),
        Theme => ("Tema", "Theme"),
        Total => ("I alt", "Total"),
        ShowTable => ("Vis tallene som tabel", "Show the numbers as a table"),
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

/// The timeline's fixed texts: a function of their own, so the other
/// widgets' bundles do not carry them.
#[cfg(with_dates)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tl {
    TimelineTitle,
    /// The legend's hatched span: the date is somewhere in here.
    UncertainDate,
    /// The legend's line for the day the statuses were taken.
    StatusAsOf,
    Overdue,
    MovedDate,
    /// In a row that has no date to be placed at.
    DateNotSet,
    TimelineHint,
    TimelineListHint,
    Zoom,
    ZoomYears,
    ZoomQuarters,
    ZoomMonths,
    ShowAllMilestones,
    /// The + / − beside an initiative (for a pointer; the keyboard uses the arrows).
    ToggleMilestones,
    Initiative,
    Milestone,
    When,
    Status,
    StatusNote,
    Deadline,
    Progress,
    Summary,
    Results,
    NextSteps,
    Contact,
    Partners,
    MoreAbout,
    Start,
    End,
    Moved,
    TimelineTableCaption,
}

#[cfg(with_dates)]
pub fn tl(lang: Lang, msg: Tl) -> &'static str {
    use Tl::*;
    let (da, en) = match msg {
        TimelineTitle => ("Tidsplan for initiativerne", "Initiative timeline"),
        UncertainDate => ("Usikker dato", "Uncertain date"),
        StatusAsOf => ("Status pr.", "Status as of"),
        Overdue => ("Overskredet", "Overdue"),
        MovedDate => ("Flyttet dato", "Moved date"),
        DateNotSet => ("dato ikke fastlagt", "date not set"),
        TimelineHint => (
            "Vælg et initiativ eller en milepæl for at se detaljer. Med tastaturet: pil op og ned flytter, pil højre og venstre viser og skjuler milepæle, Enter åbner detaljer, Escape lukker.",
            "Select an initiative or a milestone for its details. With the keyboard: up and down arrows move, right and left arrows show and hide milestones, Enter opens the details, Escape closes them.",
        ),
        TimelineListHint => ("Vælg et initiativ eller en milepæl for at se detaljer.", "Select an initiative or a milestone for its details."),
        Zoom => ("Tidsskala", "Time scale"),
        ZoomYears => ("År", "Years"),
        ZoomQuarters => ("Kvartaler", "Quarters"),
        ZoomMonths => ("Måneder", "Months"),
        ShowAllMilestones => ("Vis alle milepæle", "Show all milestones"),
        ToggleMilestones => ("Vis eller skjul milepæle", "Show or hide milestones"),
        Initiative => ("Initiativ", "Initiative"),
        Milestone => ("Milepæl", "Milestone"),
        When => ("Hvornår", "When"),
        Status => ("Status", "Status"),
        StatusNote => ("Om status", "About the status"),
        Deadline => ("Frist", "Deadline"),
        Progress => ("Fremdrift", "Progress"),
        Summary => ("Resumé", "Summary"),
        Results => ("Resultater", "Results"),
        NextSteps => ("Næste skridt", "Next steps"),
        Contact => ("Kontakt", "Contact"),
        Partners => ("Partnere", "Partners"),
        MoreAbout => ("Mere om initiativet", "More about the initiative"),
        Start => ("Start", "Start"),
        End => ("Slut", "End"),
        Moved => ("Flyttet", "Moved"),
        TimelineTableCaption => ("Initiativer og milepæle med datoer og status", "Initiatives and milestones with dates and status"),
    };
    lang.pick(da, en)
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
