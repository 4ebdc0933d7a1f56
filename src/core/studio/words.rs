//! Every text of the studio's page, in Danish and English: the fixed ones
//! as `StudioMsg::X.text(lang)`, the sentences as functions. The browser
//! layer (`web::studio`) picks no language and builds no sentence.

use crate::core::i18n::Lang;
use crate::core::import::text::Encoding;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StudioMsg {
    YourData,
    ChooseFiles,
    OrDrop,
    PasteLabel,
    ReadPasted,
    NoFileYet,
    PlanTemplate,
    Or,
    DaycareTemplate,
    Found,
    ActionPlan,
    WholeExport,
    InitiativesSheet,
    MilestonesSheet,
    NoSheet,
    PlanTitle,
    SheetLanguage,
    Title,
    Privacy,
    Language,
    Widget,
    StatusWidget,
    TimelineWidget,
    Preview,
    WidgetLanguage,
    NothingToShow,
    Desktop,
    Phone,
    Publish,
    DownloadFeed,
    DownloadSvg,
    FeedAddress,
    Copy,
    PastedCells,
    PastedRead,
    InitiativeColumns,
    MilestoneColumns,
    NotUsed,
    RowHeader,
    DatesHeading,
    ElementTitle,
    ElementHint,
    PlaceholderTitle,
    PlaceholderHint,
    IframeTitle,
    IframeHint,
}

impl StudioMsg {
    pub fn text(self, lang: Lang) -> &'static str {
        use StudioMsg::*;
        let (da, en) = match self {
            YourData => ("1. Dine data", "1. Your data"),
            ChooseFiles => ("Vælg en eller flere filer: CSV, Excel (.xlsx), LibreOffice (.ods) eller et ogw-feed (.json)", "Choose one or more files: CSV, Excel (.xlsx), LibreOffice (.ods) or an ogw feed (.json)"),
            OrDrop => ("… eller træk filerne hertil.", "… or drop the files here."),
            PasteLabel => ("Eller indsæt celler kopieret fra et regneark (med overskrifterne)", "Or paste cells copied from a spreadsheet (with the headers)"),
            ReadPasted => ("Læs de indsatte celler", "Read the pasted cells"),
            NoFileYet => ("Har du ingen fil endnu? ", "No file yet? "),
            PlanTemplate => ("Hent skabelonen til en handlingsplan (.xlsx)", "Download the action plan template (.xlsx)"),
            Or => (" eller ", " or "),
            DaycareTemplate => ("til kommunale dagtilbudstal (.xlsx)", "the one for municipal daycare figures (.xlsx)"),
            Found => ("2. Det fandt studiet", "2. What the studio found"),
            ActionPlan => ("Handlingsplan", "Action plan"),
            WholeExport => ("Hele eksporten (ét feed, landene som temaer)", "The whole export (one feed, the countries as themes)"),
            InitiativesSheet => ("Ark med initiativer", "Sheet of initiatives"),
            MilestonesSheet => ("Ark med milepæle", "Sheet of milestones"),
            NoSheet => ("Ingen", "None"),
            PlanTitle => ("Planens titel", "The plan's title"),
            SheetLanguage => ("Arkets sprog (datoer læses på det)", "The sheet's language (dates are read in it)"),
            Title => ("ogw studio: fra regneark til widget", "ogw studio: from spreadsheet to widget"),
            Privacy => ("Alt sker her i din browser. Dine filer og data sendes ingen steder hen: siden henter kun sine egne programfiler.", "Everything happens here in your browser. Your files and data are sent nowhere: the page only loads its own program files."),
            Language => ("Sprog", "Language"),
            Widget => ("Widget", "Widget"),
            StatusWidget => ("Status (ogw-status)", "Status (ogw-status)"),
            TimelineWidget => ("Tidsplan (ogw-timeline)", "Timeline (ogw-timeline)"),
            Preview => ("4. Forhåndsvisning", "4. Preview"),
            WidgetLanguage => ("Widgettens sprog", "The widget's language"),
            NothingToShow => ("Der er intet at vise endnu: se problemerne ovenfor.", "Nothing to show yet: see the problems above."),
            Desktop => ("Computer", "Desktop"),
            Phone => ("Telefon (360 px)", "Phone (360 px)"),
            Publish => ("5. Udgiv", "5. Publish"),
            DownloadFeed => ("Hent feedet (JSON)", "Download the feed (JSON)"),
            DownloadSvg => ("Hent tegningen (SVG)", "Download the chart (SVG)"),
            FeedAddress => ("Adressen, hvor du lægger feedet", "The address where you will publish the feed"),
            Copy => ("Kopiér", "Copy"),
            PastedCells => ("Indsatte celler", "Pasted cells"),
            PastedRead => ("De indsatte celler er læst.", "The pasted cells are read."),
            InitiativeColumns => ("Kolonner i arket med initiativer", "Columns of the initiatives sheet"),
            MilestoneColumns => ("Kolonner i arket med milepæle", "Columns of the milestones sheet"),
            NotUsed => ("Bruges ikke", "Not used"),
            RowHeader => ("Række", "Row"),
            DatesHeading => ("Datoerne, som de blev læst", "The dates as they were read"),
            ElementTitle => ("Elementet", "The element"),
            ElementHint => ("Til sider, hvor du må indsætte et script. Teksten og tegningen inde i elementet vises, indtil widgetten er klar, og uden JavaScript.", "For pages that allow a script. The text and chart inside show until the widget is ready, and without JavaScript."),
            PlaceholderTitle => ("Pladsholderen", "The placeholder"),
            PlaceholderHint => ("Til CMS'er, der fjerner ukendte tags.", "For CMSs that strip unknown tags."),
            IframeTitle => ("Iframen", "The iframe"),
            IframeHint => ("Til CMS'er, der ikke tillader scripts. Feedets server skal tillade studiets websted (CORS).", "For CMSs that allow no script. The feed's server must allow the bundle's site (CORS)."),
        };
        lang.pick(da, en)
    }
}

/// The languages the studio offers, each named in itself.
pub const LANGUAGES: [(Lang, &str); 2] = [(Lang::Da, "Dansk"), (Lang::En, "English")];

/// Said when files have been read.
pub fn read_files(lang: Lang, names: &[String]) -> String {
    let names = names.join(", ");
    lang.pick(format!("Læst: {names}"), format!("Read: {names}"))
}

/// Said when the number of problems changes.
pub fn problems_found(lang: Lang, count: usize) -> String {
    match count {
        0 => lang.pick("Ingen problemer fundet.", "No problems found.").to_string(),
        1 => lang.pick("1 problem fundet.", "1 problem found.").to_string(),
        n => lang.pick(format!("{n} problemer fundet."), format!("{n} problems found.")),
    }
}

pub fn problems_heading(lang: Lang, count: usize) -> String {
    lang.pick(format!("3. Problemer ({count})"), format!("3. Problems ({count})"))
}

/// Under a list cut short.
pub fn and_more(lang: Lang, more: usize) -> String {
    lang.pick(format!("… og {more} flere."), format!("… and {more} more."))
}

/// How a text file was read: " (semikolon, Windows-1252)".
pub fn text_form(lang: Lang, delimiter: u8, encoding: Encoding) -> String {
    let separator = match delimiter {
        b'\t' => lang.pick("tabulator", "tabs"),
        b';' => lang.pick("semikolon", "semicolons"),
        _ => lang.pick("komma", "commas"),
    };
    let encoding = match encoding {
        Encoding::Utf8 => "UTF-8",
        Encoding::Windows1252 => "Windows-1252",
    };
    format!(" ({separator}, {encoding})")
}

/// A workbook's sheets: " (ark: Initiativer, Milepæle)".
pub fn sheet_list(lang: Lang, names: &[&str]) -> String {
    format!(" ({}: {})", lang.pick("ark", "sheets"), names.join(", "))
}

/// A column without a header.
pub fn unnamed_column(lang: Lang, index: usize) -> String {
    format!("{} {}", lang.pick("Kolonne", "Column"), index + 1)
}

pub fn table_caption(lang: Lang, sheet: &str, first_rows: usize) -> String {
    lang.pick(
        format!("{sheet}: rækker med problemer og de første {first_rows} rækker"),
        format!("{sheet}: rows with problems and the first {first_rows} rows"),
    )
}

/// Said when a code was copied.
pub fn copied(lang: Lang, what: StudioMsg) -> String {
    lang.pick(format!("Kopieret: {}", what.text(lang)), format!("Copied: {}", what.text(lang)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn says_counts_and_forms_in_both_languages() {
        assert_eq!(problems_found(Lang::Da, 4), "4 problemer fundet.");
        assert_eq!(problems_found(Lang::En, 1), "1 problem found.");
        assert_eq!(text_form(Lang::Da, b';', Encoding::Windows1252), " (semikolon, Windows-1252)");
        assert_eq!(copied(Lang::En, StudioMsg::IframeTitle), "Copied: The iframe");
        assert_eq!(StudioMsg::Title.text(Lang::Da), "ogw studio: fra regneark til widget");
    }
}
