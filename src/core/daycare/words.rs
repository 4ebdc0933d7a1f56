//! Every fixed text of the daycare dashboard, in Danish and English: names
//! of types, age groups, meal schemes, the three kinds of missing value,
//! verdicts, column headings and counts. A missing translation is a compile
//! error, not a blank on the page.

use super::compare::Verdict;
use super::feed::{AgeGroup, Better, DaycareFeed, MealScheme, NoteKind, UnitType};
use super::query::{Column, Sort};
use super::value::Value;

use crate::core::i18n::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DaycareMsg {
    Title,
    Institution,
    Municipality,
    Country,
    MunicipalAverage,
    NationalAverage,
    Name,
    Type,
    Distance,
    OpeningHours,
    Opens,
    Closes,
    WeeklyHours,
    ClosingDays,
    Meals,
    Profile,
    AgeGroup,
    Address,
    Search,
    AllMunicipalities,
    AllTypes,
    AllAges,
    DistanceFrom,
    YourLocation,
    Compare,
    CompareHint,
    RemoveFromComparison,
    SortAscending,
    SortDescending,
    Synthetic,
    Sources,
    NationalMethod,
    NewMethod,
    EnrolmentLink,
    NoResults,
    LowerIsBetter,
    HigherIsBetter,
    NeitherBetter,
    OverTheYears,
    Institutions,
    Municipalities,
    // The widget's controls and headings.
    Filters,
    View,
    Within,
    AnyDistance,
    NoPoint,
    UseMyLocation,
    LocationFailed,
    CompareFull,
    Comparison,
    KeyFigure,
    Details,
    Website,
    InstitutionsCaption,
    MunicipalitiesCaption,
    ComparisonCaption,
    TrendCaption,
    Year,
    ScrollHint,
    GridHint,
    AreaGridHint,
}

impl DaycareMsg {
    pub fn text(self, lang: Lang) -> &'static str {
        use DaycareMsg::*;
        let (da, en) = match self {
        Title => ("Sammenlign dagtilbud", "Compare daycare"),
        Institution => ("Institution", "Institution"),
        Municipality => ("Kommune", "Municipality"),
        Country => ("Hele landet", "All of Denmark"),
        MunicipalAverage => ("Kommunens tal", "Municipal figure"),
        NationalAverage => ("Landstal", "National figure"),
        Name => ("Navn", "Name"),
        Type => ("Type", "Type"),
        Distance => ("Afstand", "Distance"),
        OpeningHours => ("Åbningstid", "Opening hours"),
        Opens => ("Åbner", "Opens"),
        Closes => ("Lukker", "Closes"),
        WeeklyHours => ("Timer om ugen", "Hours a week"),
        ClosingDays => ("Lukkedage", "Closing days"),
        Meals => ("Madordning", "Meals"),
        Profile => ("Pædagogisk profil", "Pedagogical profile"),
        AgeGroup => ("Aldersgruppe", "Age group"),
        Address => ("Adresse", "Address"),
        Search => ("Søg efter navn eller adresse", "Search by name or address"),
        AllMunicipalities => ("Alle kommuner", "All municipalities"),
        AllTypes => ("Alle typer", "All types"),
        AllAges => ("Alle aldre", "All ages"),
        DistanceFrom => ("Afstand fra", "Distance from"),
        YourLocation => ("din placering", "your location"),
        Compare => ("Sammenlign", "Compare"),
        CompareHint => (
            "Vælg op til fire institutioner eller kommuner at sammenligne.",
            "Choose up to four institutions or municipalities to compare.",
        ),
        RemoveFromComparison => ("Fjern fra sammenligningen", "Remove from the comparison"),
        SortAscending => ("sorteret stigende", "sorted ascending"),
        SortDescending => ("sorteret faldende", "sorted descending"),
        Synthetic => (
            "Syntetiske data: institutionerne er opdigtede til demonstration.",
            "Synthetic data: the institutions are made up for demonstration.",
        ),
        Sources => ("Kilder", "Sources"),
        NationalMethod => ("Sådan er landstallet beregnet", "How the national figure is computed"),
        NewMethod => ("Ny metode", "New method"),
        EnrolmentLink => ("Skriv op til en plads", "Apply for a place"),
        NoResults => {
            ("Ingen institutioner passer til søgningen.", "No institutions match the search.")
        }
        LowerIsBetter => ("Lavere er bedre", "Lower is better"),
        HigherIsBetter => ("Højere er bedre", "Higher is better"),
        NeitherBetter => {
            ("Hverken højere eller lavere er bedre", "Neither higher nor lower is better")
        }
        OverTheYears => ("Over årene", "Over the years"),
        Institutions => ("Institutioner", "Institutions"),
        Municipalities => ("Kommuner", "Municipalities"),
        Filters => ("Afgræns", "Narrow down"),
        View => ("Vis", "Show"),
        Within => ("Inden for", "Within"),
        AnyDistance => ("Alle afstande", "Any distance"),
        NoPoint => ("Intet valgt", "None chosen"),
        UseMyLocation => ("Brug min placering", "Use my location"),
        LocationFailed => (
            "Din placering kunne ikke findes. Vælg et postnummer i stedet.",
            "Your location could not be found. Choose a postcode instead.",
        ),
        CompareFull => (
            "Du kan sammenligne højst fire. Fjern én for at vælge en ny.",
            "You can compare at most four. Remove one to choose another.",
        ),
        Comparison => ("Sammenligning", "Comparison"),
        KeyFigure => ("Nøgletal", "Key figure"),
        Details => ("Detaljer", "Details"),
        Website => ("Institutionens hjemmeside", "The institution's website"),
        InstitutionsCaption => {
            ("Institutioner og deres nøgletal", "Institutions and their key figures")
        }
        MunicipalitiesCaption => {
            ("Kommuner og deres nøgletal", "Municipalities and their key figures")
        }
        ComparisonCaption => ("Sammenligningen i tal", "The comparison in numbers"),
        TrendCaption => ("Tallene år for år", "The figures year by year"),
        Year => ("År", "Year"),
        ScrollHint => (
            "Rul i tabellen for at se flere. Vælg en kolonneoverskrift for at sortere.",
            "Scroll the table to see more. Select a column heading to sort.",
        ),
        GridHint => (
            "Tabellen er ét tabulatorstop: piletasterne flytter mellem cellerne, mellemrum vælger til sammenligning, Enter åbner detaljer, Tab går videre.",
            "The table is one tab stop: the arrow keys move between cells, Space chooses for the comparison, Enter opens the details, Tab moves on.",
        ),
        AreaGridHint => (
            "Tabellen er ét tabulatorstop: piletasterne flytter mellem cellerne, mellemrum vælger til sammenligning, Tab går videre.",
            "The table is one tab stop: the arrow keys move between cells, Space chooses for the comparison, Tab moves on.",
        ),
    };
        lang.pick(da, en)
    }
}

/// Said when the table is sorted: "Sorteret efter børn pr. voksen, laveste
/// først, det bedste først". `label` is the column's heading.
pub fn sorted_by(lang: Lang, feed: &DaycareFeed, sort: Sort) -> String {
    // The figure's own label: the heading's year note is not said here.
    let label = match sort.column {
        Column::Figure(f) => {
            feed.figures.get(f).map_or_else(String::new, |f| f.label.get(lang).to_string())
        }
        column => super::table::heading(feed, column, lang),
    };
    let mut chars = label.chars();
    // "Børn pr. voksen" reads "børn pr. voksen" mid-sentence; "BMI" stays.
    let label = match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if b.is_lowercase() => {
            a.to_lowercase().chain(label.chars().skip(1)).collect()
        }
        _ => label.clone(),
    };
    let d = sort.descending;
    let order = match sort.column {
        Column::Name | Column::Area | Column::Type | Column::Meals => {
            lang.pick(if d { "Å til A" } else { "A til Å" }, if d { "Z to A" } else { "A to Z" })
        }
        Column::Distance => lang.pick(
            if d { "fjerneste først" } else { "nærmeste først" },
            if d { "farthest first" } else { "nearest first" },
        ),
        Column::Opens | Column::Closes => lang.pick(
            if d { "seneste først" } else { "tidligste først" },
            if d { "latest first" } else { "earliest first" },
        ),
        _ => lang.pick(
            if d { "højeste først" } else { "laveste først" },
            if d { "highest first" } else { "lowest first" },
        ),
    };
    let better = match sort.column {
        Column::Figure(f) => feed.figures.get(f).map_or(Better::None, |f| f.better),
        _ => Better::None,
    };
    let best = match (better, d) {
        (Better::Lower, false) | (Better::Higher, true) => {
            lang.pick(", det bedste først", ", best first")
        }
        (Better::Lower, true) | (Better::Higher, false) => {
            lang.pick(", det dårligste først", ", worst first")
        }
        _ => "",
    };
    lang.pick(
        format!("Sorteret efter {label}, {order}{best}"),
        format!("Sorted by {label}, {order}{best}"),
    )
}

/// Said when the comparison changes: "Vuggestuen Mælkebøtten føjet til
/// sammenligningen, 2 af 4", and at four, that the others wait.
pub fn compare_changed(lang: Lang, label: &str, added: bool, n: usize, max: usize) -> String {
    let mut out = match added {
        true => lang.pick(
            format!("{label} føjet til sammenligningen, {n} af {max}"),
            format!("{label} added to the comparison, {n} of {max}"),
        ),
        false => lang.pick(
            format!("{label} fjernet fra sammenligningen, {n} af {max}"),
            format!("{label} removed from the comparison, {n} of {max}"),
        ),
    };
    if added && n >= max {
        out += lang.pick(
            ". Sammenligningen er fuld: fjern én for at vælge en anden.",
            ". The comparison is full: remove one to choose another.",
        );
    }
    out
}

/// Said when a fifth is chosen: nothing changes, and why.
pub fn compare_full(lang: Lang, label: &str, max: usize) -> String {
    lang.pick(
        format!("{label} er ikke valgt: du kan sammenligne højst {max}. Fjern én for at vælge en anden."),
        format!("{label} is not chosen: you can compare at most {max}. Remove one to choose another."),
    )
}

/// The result count, announced when it changes: "Viser 312 af 4.600 institutioner".
pub fn showing(lang: Lang, shown: usize, total: usize, of_units: bool) -> String {
    let noun = if of_units { institutions(lang, total) } else { municipalities(lang, total) };
    let noun = noun.split_once(' ').map_or("", |(_, rest)| rest).to_string();
    let (shown, total) = (super::format::count(shown, lang), super::format::count(total, lang));
    lang.pick(
        format!("Viser {shown} af {total} {noun}"),
        format!("Showing {shown} of {total} {noun}"),
    )
}

/// Under a printed table cut at `printed` of `total` rows: "Udskriften viser
/// de første 500 af 4.600 institutioner. Hent CSV-filen for dem alle." `None`
/// when every row is printed.
pub fn print_cut(lang: Lang, printed: usize, total: usize) -> Option<String> {
    (printed < total).then(|| {
        let (printed, all) = (super::format::count(printed, lang), institutions(lang, total));
        lang.pick(
            format!("Udskriften viser de første {printed} af {all}. Hent CSV-filen for dem alle."),
            format!("This printout shows the first {printed} of {all}. Download the CSV file for all of them."),
        )
    })
}

pub fn unit_type(lang: Lang, t: UnitType) -> &'static str {
    let (da, en) = match t {
        UnitType::Nursery => ("Vuggestue", "Nursery"),
        UnitType::Kindergarten => ("Børnehave", "Kindergarten"),
        UnitType::Integrated => ("Integreret institution", "Integrated institution"),
        UnitType::FamilyDaycare => ("Dagpleje", "Family daycare"),
        UnitType::Other => ("Anden institution", "Other"),
    };
    lang.pick(da, en)
}

pub fn age_group(lang: Lang, a: AgeGroup) -> &'static str {
    match a {
        AgeGroup::Under3 => lang.pick("0-2 år", "aged 0-2"),
        AgeGroup::From3To5 => lang.pick("3-5 år", "aged 3-5"),
    }
}

pub fn meal_scheme(lang: Lang, m: MealScheme) -> &'static str {
    let (da, en) = match m {
        MealScheme::Lunch => ("Frokostordning", "Lunch served"),
        MealScheme::AllMeals => ("Alle måltider", "All meals served"),
        MealScheme::PackedLunch => ("Madpakke hjemmefra", "Packed lunch from home"),
        MealScheme::Other => ("Anden ordning", "Other arrangement"),
    };
    lang.pick(da, en)
}

/// What a table cell says for a missing value: short, and never "0".
pub fn missing(lang: Lang, v: Value) -> &'static str {
    match v {
        Value::NotReported => lang.pick("ikke oplyst", "not reported"),
        Value::Suppressed => lang.pick("for få børn", "too few children"),
        Value::NotApplicable => lang.pick("ikke relevant", "not applicable"),
        Value::Number(_) => "",
    }
}

/// The same, said in full (tooltips, accessible names, the legend).
pub fn missing_explained(lang: Lang, v: Value) -> &'static str {
    match v {
        Value::NotReported => lang.pick(
            "Ikke oplyst: tallet er ikke indberettet.",
            "Not reported: the figure was not reported.",
        ),
        Value::Suppressed => lang.pick(
            "Diskretioneret: der er for få børn til, at tallet kan offentliggøres.",
            "Suppressed: there are too few children for the figure to be published.",
        ),
        Value::NotApplicable => lang.pick(
            "Ikke relevant: tallet giver ikke mening her.",
            "Not applicable: the figure does not apply here.",
        ),
        Value::Number(_) => "",
    }
}

/// A figure's year or period when the feed does not give one: said, so a
/// parent does not take an old figure for a current one.
pub fn no_period(lang: Lang) -> &'static str {
    lang.pick("år ikke oplyst", "year not given")
}

/// A yearly amount as monthly payments: "11 mdr. à 4.256", "11 months at 4,256".
pub fn in_months(lang: Lang, months: u8, rate: &str) -> String {
    lang.pick(format!("{months} mdr. à {rate}"), format!("{months} months at {rate}"))
}

/// A note in a word or two, beside a value in a table cell.
pub fn note_short(lang: Lang, n: NoteKind) -> &'static str {
    let (da, en) = match n {
        NoteKind::NoChildren => ("tvivlsomt", "doubtful"),
        NoteKind::NewestYearMissing => ("nyeste år mangler", "newest year missing"),
        NoteKind::Outlier => ("usædvanligt", "unusual"),
        NoteKind::Other => ("se note", "see note"),
    };
    lang.pick(da, en)
}

/// A note said in full (sentences, tooltips, the import report).
pub fn note_explained(lang: Lang, n: NoteKind) -> &'static str {
    let (da, en) = match n {
        NoteKind::NoChildren => (
            "Tvivlsomt: kilden har ingen børn i denne pasningsform i kommunen, men giver alligevel et tal",
            "Doubtful: the source counts no children in this kind of care here, yet gives a figure",
        ),
        NoteKind::NewestYearMissing => (
            "Det nyeste år mangler i kilden; tallet er fra et tidligere år",
            "The newest year is missing from the source; this figure is from an earlier year",
        ),
        NoteKind::Outlier => (
            "Usædvanligt: langt fra de andre kommuners tal; det kan være en fejl i kilden",
            "Unusual: far from the other municipalities' figures; it may be an error in the source",
        ),
        NoteKind::Other => ("Bemærk", "Note"),
    };
    lang.pick(da, en)
}

pub fn direction(lang: Lang, b: Better) -> &'static str {
    match b {
        Better::Lower => DaycareMsg::LowerIsBetter,
        Better::Higher => DaycareMsg::HigherIsBetter,
        Better::None => DaycareMsg::NeitherBetter,
    }
    .text(lang)
}

/// A verdict in a word, for the legend: "bedre", "dårligere", "det samme".
pub fn verdict_short(lang: Lang, v: Verdict) -> &'static str {
    let (da, en) = match v {
        Verdict::Better => ("bedre", "better"),
        Verdict::Worse => ("dårligere", "worse"),
        Verdict::Same => ("det samme", "the same"),
        Verdict::Higher => ("højere", "higher"),
        Verdict::Lower => ("lavere", "lower"),
        Verdict::NotComparable => ("kan ikke sammenlignes", "cannot be compared"),
    };
    lang.pick(da, en)
}

fn counted(lang: Lang, n: usize, da: (&str, &str), en: (&str, &str)) -> String {
    let noun = match (lang, n == 1) {
        (Lang::Da, true) => da.0,
        (Lang::Da, false) => da.1,
        (Lang::En, true) => en.0,
        (Lang::En, false) => en.1,
    };
    format!("{} {noun}", super::format::count(n, lang))
}

/// "1 institution", "4.600 institutioner": also what is announced when a
/// filter changes the number of results.
pub fn institutions(lang: Lang, n: usize) -> String {
    counted(lang, n, ("institution", "institutioner"), ("institution", "institutions"))
}

pub fn municipalities(lang: Lang, n: usize) -> String {
    counted(lang, n, ("kommune", "kommuner"), ("municipality", "municipalities"))
}

/// What the dashboard holds: "4.600 institutioner i 98 kommuner.", or the
/// municipalities alone when the feed has no institutions.
pub fn feed_summary(lang: Lang, units: usize, areas: usize) -> String {
    let areas = municipalities(lang, areas);
    if units == 0 {
        return format!("{areas}.");
    }
    let units = institutions(lang, units);
    lang.pick(format!("{units} i {areas}."), format!("{units} in {areas}."))
}

pub fn closing_days(lang: Lang, n: u16) -> String {
    counted(lang, n as usize, ("lukkedag", "lukkedage"), ("closing day", "closing days"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_printout_says_how_much_it_shows() {
        assert_eq!(
            print_cut(Lang::Da, 500, 4600).as_deref(),
            Some("Udskriften viser de første 500 af 4.600 institutioner. Hent CSV-filen for dem alle.")
        );
        assert_eq!(
            print_cut(Lang::En, 500, 4600).as_deref(),
            Some("This printout shows the first 500 of 4,600 institutions. Download the CSV file for all of them.")
        );
        assert_eq!(print_cut(Lang::Da, 12, 12), None);
    }

    #[test]
    fn counts_agree_with_their_nouns_and_use_the_language_s_separators() {
        assert_eq!(institutions(Lang::Da, 312), "312 institutioner");
        assert_eq!(institutions(Lang::Da, 1), "1 institution");
        assert_eq!(institutions(Lang::Da, 4600), "4.600 institutioner");
        assert_eq!(institutions(Lang::En, 4600), "4,600 institutions");
        assert_eq!(municipalities(Lang::Da, 98), "98 kommuner");
        assert_eq!(closing_days(Lang::En, 1), "1 closing day");
    }

    #[test]
    fn the_dashboard_says_what_it_holds() {
        let said: Vec<String> = [(4600, 98), (1, 1), (0, 98)]
            .into_iter()
            .flat_map(|(u, a)| [Lang::Da, Lang::En].map(|l| feed_summary(l, u, a)))
            .collect();
        expect_test::expect![[r#"
            4.600 institutioner i 98 kommuner.
            4,600 institutions in 98 municipalities.
            1 institution i 1 kommune.
            1 institution in 1 municipality.
            98 kommuner.
            98 municipalities."#]]
        .assert_eq(&said.join("\n"));
    }

    #[test]
    fn the_three_kinds_of_missing_read_differently_and_never_as_zero() {
        for lang in [Lang::Da, Lang::En] {
            let texts = [Value::NotReported, Value::Suppressed, Value::NotApplicable]
                .map(|v| missing(lang, v));
            assert!(texts[0] != texts[1] && texts[1] != texts[2] && texts[0] != texts[2]);
            assert!(texts.iter().all(|t| !t.contains('0')));
        }
    }

    #[test]
    fn sorting_and_comparing_are_said_in_words() {
        let feed = crate::core::daycare::read::read_daycare(
            r#"{"format":"ogw.daycare/1","figures":[{"id":"n","label":"Børn pr. voksen","decimals":1,"better":"lower"}],
              "units":[{"id":"1","name":"A","type":"nursery"}]}"#,
        )
        .unwrap()
        .feed;
        let mut out = Vec::new();
        for lang in [Lang::Da, Lang::En] {
            for (column, descending) in [
                (Column::Figure(0), false),
                (Column::Figure(0), true),
                (Column::Name, false),
                (Column::Distance, false),
            ] {
                out.push(sorted_by(lang, &feed, Sort { column, descending }));
            }
            out.push(compare_changed(lang, "Mælkebøtten, Aarhus", true, 2, 4));
            out.push(compare_changed(lang, "Mælkebøtten, Aarhus", true, 4, 4));
            out.push(compare_changed(lang, "Egernet", false, 3, 4));
            out.push(compare_full(lang, "Egernet", 4));
        }
        expect_test::expect![[r#"
            Sorteret efter børn pr. voksen, laveste først, det bedste først
            Sorteret efter børn pr. voksen, højeste først, det dårligste først
            Sorteret efter navn, A til Å
            Sorteret efter afstand, nærmeste først
            Mælkebøtten, Aarhus føjet til sammenligningen, 2 af 4
            Mælkebøtten, Aarhus føjet til sammenligningen, 4 af 4. Sammenligningen er fuld: fjern én for at vælge en anden.
            Egernet fjernet fra sammenligningen, 3 af 4
            Egernet er ikke valgt: du kan sammenligne højst 4. Fjern én for at vælge en anden.
            Sorted by børn pr. voksen, lowest first, best first
            Sorted by børn pr. voksen, highest first, worst first
            Sorted by name, A to Z
            Sorted by distance, nearest first
            Mælkebøtten, Aarhus added to the comparison, 2 of 4
            Mælkebøtten, Aarhus added to the comparison, 4 of 4. The comparison is full: remove one to choose another.
            Egernet removed from the comparison, 3 of 4
            Egernet is not chosen: you can compare at most 4. Remove one to choose another."#]].assert_eq(&out.join("\n"));
    }
}
