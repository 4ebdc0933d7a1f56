//! Danish municipal daycare figures (CSV) into an `ogw.daycare/1` feed.
//!
//! Two files, as published: key figures per municipality (Danmarks
//! Statistik) and children per adult per municipality, age group and year
//! (Børne- og Undervisningsministeriet). Both are semicolon-separated with a
//! decimal comma, and an empty cell means "not reported".

use csv::{ReaderBuilder, StringRecord, Trim};

use crate::core::daycare::feed::*;
use crate::core::daycare::value::Value;
use crate::core::problem::{Kind, Problem, ProblemKind, Severity};
use crate::core::source::Source;
use crate::core::text::Text;

/// A feed and what was odd about the input (rows or cells that were skipped).
#[derive(Debug)]
pub struct Imported {
    pub feed: DaycareFeed,
    pub problems: Vec<Problem>,
}

pub const KEY_FIGURES_SOURCE: &str = "Danmarks Statistik (BOERN1, BOERN2, RES88 m.fl.)";
pub const NORMERING_SOURCE: &str = "Børne- og Undervisningsministeriet, uddannelsesstatistik.dk";
/// The year of the parental fees, as the key-figure source describes them
/// (tests/fixtures/README.md); its other columns name no year.
pub const FEES_YEAR: &str = "2025";
/// From 2023 children per adult are counted differently.
pub const NORMERING_BREAK: i32 = 2023;

/// A key-figure column: the figure it becomes and how to weigh it nationally.
struct Column {
    header: &'static str,
    figure: &'static str,
    weight: Weight,
}

/// What a municipality's value counts for in the national value.
#[derive(Clone, Copy)]
enum Weight {
    /// Counts are added up.
    Sum,
    /// Weighted by the municipality's value of this figure (a number of children).
    ChildrenIn(&'static str),
}

const COLUMNS: [Column; 10] = [
    Column {
        header: "andel_paedagoger_pct",
        figure: "paedagoger_pct",
        weight: Weight::ChildrenIn("boern"),
    },
    Column {
        header: "andel_medhjaelpere_pct",
        figure: "medhjaelpere_pct",
        weight: Weight::ChildrenIn("boern"),
    },
    Column { header: "boern_i_dagpleje", figure: "boern_dagpleje", weight: Weight::Sum },
    Column { header: "boern_0_2_i_dagtilbud", figure: "boern_0_2", weight: Weight::Sum },
    Column { header: "boern_3_5_i_dagtilbud", figure: "boern_3_5", weight: Weight::Sum },
    Column {
        header: "sygefravaer_dage_pr_ansat",
        figure: "sygefravaer_dage",
        weight: Weight::ChildrenIn("boern"),
    },
    Column {
        header: "takst_dagpleje_kr",
        figure: "takst_dagpleje",
        weight: Weight::ChildrenIn("boern_dagpleje"),
    },
    Column {
        header: "takst_vuggestue_kr",
        figure: "takst_vuggestue",
        weight: Weight::ChildrenIn("boern_0_2"),
    },
    Column {
        header: "takst_boernehave_kr",
        figure: "takst_boernehave",
        weight: Weight::ChildrenIn("boern_3_5"),
    },
    Column {
        header: "udgift_pr_barn_kr",
        figure: "udgift_pr_barn",
        weight: Weight::ChildrenIn("boern"),
    },
];

/// The normering file's age groups: the figure each becomes and the count of
/// children it is about (its weight, and how a 0 is told from a real value).
const NORMERING: [(&str, &str, &str); 3] = [
    ("0-2 år", "normering_0_2", "boern_0_2"),
    ("3-5 år", "normering_3_5", "boern_3_5"),
    ("dagpleje", "normering_dagpleje", "boern_dagpleje"),
];

/// The key-figure file's header, as the importer reads it (the daycare template writes it).
pub fn key_figure_headers() -> Vec<&'static str> {
    ["kommunekode", "kommune"].into_iter().chain(COLUMNS.iter().map(|c| c.header)).collect()
}

/// The normering file's header and its age groups, likewise.
pub const NORMERING_HEADERS: [&str; 5] =
    ["kommunekode", "kommune", "aldersgruppe", "aar", "boern_pr_voksen"];

pub fn normering_age_groups() -> Vec<&'static str> {
    NORMERING.iter().map(|(group, _, _)| *group).collect()
}

pub fn import_dk_daycare(key_figures_csv: &str, normering_csv: &str) -> Result<Imported, Problem> {
    let mut problems = Vec::new();
    let mut areas = key_figures(key_figures_csv, &mut problems)?;
    normering(normering_csv, &mut areas, &mut problems)?;
    let mut figures = figures();
    for figure in &mut figures {
        figure.period = match NORMERING.iter().find(|(_, f, _)| *f == figure.id) {
            Some((_, f, _)) => newest_year(&areas, f).map(|y| y.to_string()),
            // The key-figure file gives a year only for the fees (in its
            // description); its other columns have none, and the feed says so
            // by leaving `period` out.
            None => figure.id.starts_with("takst_").then(|| FEES_YEAR.into()),
        };
    }
    note_outliers(&mut areas, &figures, &mut problems);
    let national = national(&areas);
    let feed = DaycareFeed {
        format: DAYCARE_FORMAT.into(),
        about: About {
            title: Some(Text::PerLanguage(vec![("da".into(), "Nøgletal for dagtilbud i kommunerne".into()), ("en".into(), "Key daycare figures by municipality".into())])),
            as_of: Some("2017-2025".into()),
            synthetic: false,
            sources: vec![
                Source { name: KEY_FIGURES_SOURCE.into(), url: Some("https://www.statistikbanken.dk".into()) },
                Source { name: NORMERING_SOURCE.into(), url: Some("https://uddannelsesstatistik.dk".into()) },
            ],
            note: Some(both(
                "Kommunernes tal som offentliggjort. Forældrebetaling er 2025-takster. Børn pr. voksen er opgjort med en ny metode fra 2023.",
                "The municipalities' figures as published. Parental fees are 2025 rates. Children per adult are counted with a new method from 2023.",
            )),
        },
        figures,
        national,
        areas,
        units: Vec::new(),
        postcodes: Vec::new(),
    };
    Ok(Imported { feed, problems })
}

fn both(da: &str, en: &str) -> Text {
    Text::PerLanguage(vec![("da".into(), da.into()), ("en".into(), en.into())])
}

fn reader(text: &str) -> csv::Reader<&[u8]> {
    // A byte order mark before the first header would make it unfindable.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    ReaderBuilder::new().delimiter(b';').trim(Trim::All).from_reader(text.as_bytes())
}

fn csv_problem(file: &str, e: csv::Error) -> Problem {
    let line = e.position().map_or(0, |p| p.line() as usize);
    Problem::new(format!("{file}:{line}"), Severity::Fatal, ProblemKind::BadCsv { line })
}

fn column(headers: &StringRecord, file: &str, name: &str) -> Result<usize, Problem> {
    headers.iter().position(|h| h == name).ok_or_else(|| {
        Problem::new(format!("{file}.{name}"), Severity::Fatal, ProblemKind::Missing)
    })
}

/// A cell: a number with a decimal comma, or empty for not reported.
fn cell(text: &str, at: impl FnOnce() -> String, problems: &mut Vec<Problem>) -> Value {
    if text.is_empty() {
        return Value::NotReported;
    }
    match text.replace(',', ".").parse::<f64>() {
        Ok(x) if x.is_finite() => Value::Number(x),
        _ => {
            problems.push(Problem::new(
                at(),
                Severity::Warning,
                ProblemKind::UnknownValue { text: text.to_string() },
            ));
            Value::NotReported
        }
    }
}

const KEY_FILE: &str = "key-figures";
const NORMERING_FILE: &str = "normering";

fn key_figures(text: &str, problems: &mut Vec<Problem>) -> Result<Vec<Area>, Problem> {
    let mut csv = reader(text);
    let headers = csv.headers().map_err(|e| csv_problem(KEY_FILE, e))?.clone();
    let code_at = column(&headers, KEY_FILE, "kommunekode")?;
    let name_at = column(&headers, KEY_FILE, "kommune")?;
    let at: Vec<usize> =
        COLUMNS.iter().map(|c| column(&headers, KEY_FILE, c.header)).collect::<Result<_, _>>()?;
    let mut areas: Vec<Area> = Vec::new();
    for (row, record) in csv.records().enumerate() {
        let record = record.map_err(|e| csv_problem(KEY_FILE, e))?;
        let line = row + 2;
        let (code, name) = (record.get(code_at).unwrap_or(""), record.get(name_at).unwrap_or(""));
        if code.is_empty() || name.is_empty() || areas.iter().any(|a| a.code == code) {
            let kind = if code.is_empty() || name.is_empty() {
                ProblemKind::Missing
            } else {
                ProblemKind::DuplicateLeftOut { id: code.into() }
            };
            problems.push(Problem::new(format!("{KEY_FILE}:{line}"), Severity::Error, kind));
            continue;
        }
        let mut values = Values::default();
        for (column, &i) in COLUMNS.iter().zip(&at) {
            let value = cell(
                record.get(i).unwrap_or(""),
                || format!("{KEY_FILE}:{line}.{}", column.header),
                problems,
            );
            values.push(column.figure, value);
        }
        // All children: the source splits them into three groups that do not overlap.
        let parts = ["boern_dagpleje", "boern_0_2", "boern_3_5"]
            .map(|f| values.get(f).and_then(Value::number));
        let total = match parts {
            [Some(a), Some(b), Some(c)] => Value::Number(a + b + c),
            _ => Value::NotReported,
        };
        values.0.insert(0, ("boern".into(), total));
        areas.push(Area {
            code: code.into(),
            name: name.into(),
            enrolment_url: None,
            location: None,
            values,
            series: SeriesMap::default(),
            periods: ById::default(),
            notes: ById::default(),
            months: ById::default(),
        });
        let area = areas.last_mut().expect("just pushed");
        for column in COLUMNS.iter().filter(|c| c.figure.starts_with("takst_")) {
            if let Some(months) = area.values.get(column.figure).and_then(fee_months) {
                area.months.0.push((column.figure.into(), months));
            }
        }
    }
    Ok(areas)
}

fn normering(text: &str, areas: &mut [Area], problems: &mut Vec<Problem>) -> Result<(), Problem> {
    let mut csv = reader(text);
    let headers = csv.headers().map_err(|e| csv_problem(NORMERING_FILE, e))?.clone();
    let [code_at, group_at, year_at, value_at] =
        ["kommunekode", "aldersgruppe", "aar", "boern_pr_voksen"]
            .map(|h| column(&headers, NORMERING_FILE, h));
    let (code_at, group_at, year_at, value_at) = (code_at?, group_at?, year_at?, value_at?);
    let mut unknown_codes: Vec<String> = Vec::new();
    for (row, record) in csv.records().enumerate() {
        let record = record.map_err(|e| csv_problem(NORMERING_FILE, e))?;
        let line = row + 2;
        let code = record.get(code_at).unwrap_or("");
        let Some(area) = areas.iter_mut().find(|a| a.code == code) else {
            if !unknown_codes.iter().any(|c| c == code) {
                unknown_codes.push(code.into());
                problems.push(Problem::new(
                    format!("{NORMERING_FILE}:{line}.kommunekode"),
                    Severity::Warning,
                    ProblemKind::UnknownArea { code: code.into() },
                ));
            }
            continue;
        };
        let group = record.get(group_at).unwrap_or("");
        let Some(&(_, figure, children)) = NORMERING.iter().find(|(g, _, _)| *g == group) else {
            let expected = NORMERING.map(|(g, _, _)| g).join(", ");
            problems.push(Problem::new(
                format!("{NORMERING_FILE}:{line}.aldersgruppe"),
                Severity::Warning,
                ProblemKind::UnknownChoice { text: group.into(), expected },
            ));
            continue;
        };
        let Some(year) = record.get(year_at).and_then(|y| y.parse::<i32>().ok()) else {
            problems.push(Problem::new(
                format!("{NORMERING_FILE}:{line}.aar"),
                Severity::Warning,
                ProblemKind::ExpectedFound { expected: Kind::Number, found: Kind::Text },
            ));
            continue;
        };
        let mut value = cell(
            record.get(value_at).unwrap_or(""),
            || format!("{NORMERING_FILE}:{line}.boern_pr_voksen"),
            problems,
        );
        // The source writes 0 children per adult where a municipality has no
        // children of that kind (Helsingør and Læsø have no family daycare,
        // Samsø no nursery places): not applicable, not a ratio of zero.
        if value == Value::Number(0.0) {
            let none_there = area.values.get(children) == Some(Value::Number(0.0));
            value = if none_there { Value::NotApplicable } else { Value::NotReported };
        }
        match area.series.0.iter_mut().find(|(f, _)| f == figure) {
            Some((_, series)) => series.0.push((year, value)),
            None => area.series.0.push((figure.into(), Series(vec![(year, value)]))),
        }
    }
    // Series run oldest first; the figure's newest year in the file is its period.
    for area in areas.iter_mut() {
        area.series.0.sort_by_key(|(figure, _)| NORMERING.iter().position(|(_, f, _)| f == figure));
        for (_, series) in &mut area.series.0 {
            series.0.sort_by_key(|(year, _)| *year);
        }
    }
    for &(_, figure, children) in NORMERING.iter().rev() {
        let newest = newest_year(areas, figure);
        for area in areas.iter_mut() {
            let latest = area.series.get(figure).and_then(|s| s.0.last()).copied();
            let value = latest.map_or(Value::NotReported, |(_, v)| v);
            area.values.0.insert(0, (figure.into(), value));
            // A municipality without a row for the newest year keeps its
            // latest value, said to be from that year and noted, never
            // passed off as current.
            if let (Some((year, _)), Some(newest)) = (latest, newest) {
                if year < newest {
                    area.periods.0.push((figure.into(), year.to_string()));
                    note(area, figure, NoteKind::NewestYearMissing, problems);
                    continue;
                }
            }
            // The source contradicts itself: a ratio for a kind of care the
            // municipality has no children in (Fanø's family daycare).
            if value.number().is_some() && area.values.get(children) == Some(Value::Number(0.0)) {
                note(area, figure, NoteKind::NoChildren, problems);
            }
        }
    }
    Ok(())
}

/// How many monthly payments a yearly fee is: every fee in the source is a
/// whole number of kroner a month for 11 or 12 months, so the one of the two
/// that divides it, and `None` when both do (or neither), which the source
/// cannot tell apart.
fn fee_months(fee: Value) -> Option<u8> {
    let kroner = fee.number().filter(|x| x.fract() == 0.0 && *x > 0.0)? as u64;
    match (kroner.is_multiple_of(11), kroner.is_multiple_of(12)) {
        (true, false) => Some(11),
        (false, true) => Some(12),
        _ => None,
    }
}

/// The newest year `figure` has in the file, for any municipality.
fn newest_year(areas: &[Area], figure: &str) -> Option<i32> {
    areas.iter().filter_map(|a| a.series.get(figure)?.0.last().map(|(y, _)| *y)).max()
}

/// Notes a value as doubtful in the feed, and in the import report.
fn note(area: &mut Area, figure: &str, kind: NoteKind, problems: &mut Vec<Problem>) {
    let at = format!("areas.{}.values.{figure}", area.code);
    problems.push(Problem::new(
        at,
        Severity::Warning,
        ProblemKind::DoubtfulValue { area: area.name.clone(), note: kind },
    ));
    let new = Note { kind, text: None };
    match area.notes.0.iter_mut().find(|(f, _)| f == figure) {
        Some((_, notes)) => notes.push(new),
        None => area.notes.0.push((figure.into(), vec![new])),
    }
}

/// Tukey's far-out fences: a municipality's value of a figure is far outside
/// the rest when it is below Q1 - 3 IQR or above Q3 + 3 IQR of all the
/// municipalities' numbers for that figure (quartiles interpolated between
/// the sorted numbers). Totals are not judged; nor are figures with fewer
/// than 8 numbers, or with no spread.
fn note_outliers(areas: &mut [Area], figures: &[Figure], problems: &mut Vec<Problem>) {
    for figure in figures.iter().filter(|f| !f.total) {
        let mut numbers: Vec<f64> =
            areas.iter().filter_map(|a| a.values.get(&figure.id)?.number()).collect();
        if numbers.len() < 8 {
            continue;
        }
        numbers.sort_by(f64::total_cmp);
        let (q1, q3) = (quantile(&numbers, 0.25), quantile(&numbers, 0.75));
        let iqr = q3 - q1;
        if iqr <= 0.0 {
            continue;
        }
        for area in areas.iter_mut() {
            let far = |x: f64| x < q1 - 3.0 * iqr || x > q3 + 3.0 * iqr;
            if area.values.get(&figure.id).and_then(Value::number).is_some_and(far) {
                note(area, &figure.id, NoteKind::Outlier, problems);
            }
        }
    }
}

/// The `p` quantile of sorted numbers, interpolated linearly (as R's and
/// numpy's default).
fn quantile(sorted: &[f64], p: f64) -> f64 {
    let at = (sorted.len() - 1) as f64 * p;
    let (below, above) = (at.floor() as usize, at.ceil() as usize);
    sorted[below] + (sorted[above] - sorted[below]) * (at - below as f64)
}

/// National values: counts added up; everything else an average of the
/// municipalities weighted by the children it is about, since the source
/// has no national row. Children per adult is the newest year's, from the
/// municipalities that have that year.
///
/// Averages are not rounded: a value is rounded once, when it is shown. They
/// are worked out in whole numbers (the sources write at most 3 decimals, and
/// count children) and divided once, so the feed holds the binary number
/// nearest the exact average, whose shortest decimal (what JSON writes) is
/// the exact average whenever that has at most 15 digits: 3.245, never
/// 3.2449999999999997, which would be shown one digit lower.
fn national(areas: &[Area]) -> National {
    let mut values = Values::default();
    // Figures no source has (a cell of 1e30) do not fit in whole numbers:
    // then the average is worked out in floats, and one that is not finite
    // is not reported. Never an overflow: a panic in the studio's core, and
    // wrapped garbage in a release build.
    let weighted = |weight_by: &str, value_of: &dyn Fn(&Area) -> Option<Value>| {
        let (mut sum, mut weights) = (Some(0i128), Some(0i128));
        let (mut float_sum, mut float_weights) = (0.0, 0.0);
        for area in areas {
            if let (Some(Value::Number(x)), Some(Value::Number(w))) =
                (value_of(area), area.values.get(weight_by))
            {
                let (thousandths, children) = ((x * 1000.0).round() as i128, w.round() as i128);
                sum = sum.and_then(|s| s.checked_add(thousandths.checked_mul(children)?));
                weights = weights.and_then(|total| total.checked_add(children));
                float_sum += x * w.round();
                float_weights += w.round();
            }
        }
        match (sum, weights.and_then(|w| Some((w, w.checked_mul(1000)?)))) {
            (Some(sum), Some((weights, thousand_times))) if weights > 0 => {
                Value::Number(sum as f64 / thousand_times as f64)
            }
            (Some(_), Some(_)) => Value::NotReported,
            _ => match float_sum / float_weights {
                average if float_weights > 0.0 && average.is_finite() => Value::Number(average),
                _ => Value::NotReported,
            },
        }
    };
    let sum = |figure: &str| {
        let numbers: Vec<f64> =
            areas.iter().filter_map(|a| a.values.get(figure).and_then(Value::number)).collect();
        if numbers.is_empty() {
            Value::NotReported
        } else {
            Value::Number(numbers.iter().sum())
        }
    };
    let in_year = |figure: &'static str, year: i32| {
        move |a: &Area| a.series.get(figure).and_then(|s| s.get(year))
    };
    values.push("boern", sum("boern"));
    for &(_, figure, children) in &NORMERING {
        let value = match newest_year(areas, figure) {
            Some(year) => weighted(children, &in_year(figure, year)),
            None => Value::NotReported,
        };
        values.push(figure, value);
    }
    for column in &COLUMNS {
        let value = match column.weight {
            Weight::Sum => sum(column.figure),
            Weight::ChildrenIn(by) => weighted(by, &|a: &Area| a.values.get(column.figure)),
        };
        values.push(column.figure, value);
    }
    // Move the normering figures first, as in `figures()`.
    values.0.sort_by_key(|(id, _)| figure_order().iter().position(|f| f == id));

    let mut series = SeriesMap::default();
    for &(_, figure, children) in &NORMERING {
        let mut years: Vec<i32> = areas
            .iter()
            .filter_map(|a| a.series.get(figure))
            .flat_map(|s| s.0.iter().map(|(y, _)| *y))
            .collect();
        years.sort_unstable();
        years.dedup();
        let points =
            years.iter().map(|&year| (year, weighted(children, &in_year(figure, year)))).collect();
        series.0.push((figure.into(), Series(points)));
    }
    National {
        values,
        series,
        method: Some(both(
            "Kilderne har ingen tal for hele landet. Antal børn er kommunernes tal lagt sammen. De øvrige landstal er gennemsnit af kommunerne vægtet med antallet af børn, tallet handler om (forældrebetaling og børn pr. voksen med børn i den pasningsform eller aldersgruppe, de øvrige med alle børn); børn pr. voksen for alle år er vægtet med det seneste antal børn. Landstallene er ikke afrundet; de afrundes først, når de vises.",
            "The sources have no national figures. Numbers of children are the municipalities' added up. The other national values are averages of the municipalities weighted by the children the figure is about (fees and children per adult by the children in that kind of care or age group, the others by all children); children per adult for every year is weighted by the latest number of children. National values are not rounded; they are rounded only when shown.",
        )),
        periods: ById::default(),
    }
}

fn figure_order() -> Vec<&'static str> {
    let mut order: Vec<&str> = NORMERING.iter().map(|(_, f, _)| *f).collect();
    order.push("paedagoger_pct");
    order.push("boern");
    order.extend(COLUMNS.iter().map(|c| c.figure).filter(|f| *f != "paedagoger_pct"));
    order
}

/// The definitions, in the order a table offers them.
pub fn figures() -> Vec<Figure> {
    let new_method = MethodBreak {
        year: NORMERING_BREAK,
        note: Some(both(
            "Ny opgørelsesmetode fra 2023; ikke direkte sammenlignelig med årene før",
            "New method from 2023; not strictly comparable with earlier years",
        )),
    };
    let figure = |id: &str,
                  label: Text,
                  unit: Option<Text>,
                  decimals,
                  better,
                  presence,
                  explanation: Text| Figure {
        id: id.into(),
        label,
        unit,
        decimals,
        period: None,
        better,
        presence,
        explanation: Some(explanation),
        total: false,
        age_group: None,
        breaks: Vec::new(),
    };
    let per_adult = || Some(both("børn pr. voksen", "children per adult"));
    let per_year = || Some(both("kr. om året", "kr. a year"));
    let children = || Some(both("børn", "children"));
    let pct = || Some(Text::Plain("%".into()));
    use Better::{Higher, Lower};
    use Presence::*;
    let mut all = vec![
        Figure {
            age_group: Some(AgeGroup::Under3),
            breaks: vec![new_method.clone()],
            ..figure("normering_0_2", both("Børn pr. voksen, 0-2 år", "Children per adult, aged 0-2"), per_adult(), 1, Lower, Mandatory,
                both("Hvor mange børn under 3 år der er pr. voksen i daginstitutioner. Færre børn pr. voksen er bedre.", "How many children under 3 there are per adult in daycare institutions. Fewer children per adult is better."))
        },
        Figure {
            age_group: Some(AgeGroup::From3To5),
            breaks: vec![new_method.clone()],
            ..figure("normering_3_5", both("Børn pr. voksen, 3-5 år", "Children per adult, aged 3-5"), per_adult(), 1, Lower, Mandatory,
                both("Hvor mange børn på 3-5 år der er pr. voksen i daginstitutioner. Færre børn pr. voksen er bedre.", "How many children aged 3-5 there are per adult in daycare institutions. Fewer children per adult is better."))
        },
        Figure {
            age_group: Some(AgeGroup::Under3),
            breaks: vec![new_method],
            ..figure("normering_dagpleje", both("Børn pr. voksen, dagpleje", "Children per adult, family daycare"), per_adult(), 1, Lower, Mandatory,
                both("Hvor mange børn der er pr. voksen i dagplejen. Færre børn pr. voksen er bedre.", "How many children there are per adult in family daycare. Fewer children per adult is better."))
        },
        figure("paedagoger_pct", both("Andel pædagoger", "Share of trained pedagogues"), pct(), 1, Higher, Mandatory,
            both("Andelen af det pædagogiske personale, der er uddannede pædagoger. En højere andel er bedre.", "The share of the pedagogical staff who are trained pedagogues. A higher share is better.")),
        figure("boern", both("Antal børn", "Number of children"), children(), 0, Better::None, Computed,
            both("Børn i dagpleje og i daginstitutioner (0-5 år) i alt, lagt sammen af kildens tre tal.", "Children in family daycare and in daycare institutions (aged 0-5) in all, added up from the source's three counts.")),
        figure("medhjaelpere_pct", both("Andel medhjælpere", "Share of assistants"), pct(), 1, Better::None, Optional,
            both("Andelen af det pædagogiske personale, der er medhjælpere.", "The share of the pedagogical staff who are assistants.")),
        figure("boern_dagpleje", both("Børn i dagpleje", "Children in family daycare"), children(), 0, Better::None, Optional,
            both("Børn passet i dagpleje.", "Children cared for in family daycare.")),
        figure("boern_0_2", both("Børn 0-2 år i daginstitution", "Children aged 0-2 in institutions"), children(), 0, Better::None, Optional,
            both("Børn under 3 år i daginstitutioner (ikke dagpleje).", "Children under 3 in daycare institutions (not family daycare).")),
        figure("boern_3_5", both("Børn 3-5 år i daginstitution", "Children aged 3-5 in institutions"), children(), 0, Better::None, Optional,
            both("Børn på 3-5 år i daginstitutioner.", "Children aged 3-5 in daycare institutions.")),
        figure("sygefravaer_dage", both("Sygefravær pr. ansat", "Sick days per employee"), Some(both("dage om året", "days a year")), 1, Lower, Optional,
            both("Personalets sygefravær i dage om året pr. ansat. Lavere er bedre.", "Staff sick days a year per employee. Lower is better.")),
        figure("takst_dagpleje", both("Forældrebetaling, dagpleje", "Parental fee, family daycare"), per_year(), 0, Better::None, Optional,
            both("Hvad forældre betaler om året for en plads i dagpleje (2025).", "What parents pay a year for a place in family daycare (2025).")),
        figure("takst_vuggestue", both("Forældrebetaling, vuggestue", "Parental fee, nursery"), per_year(), 0, Better::None, Optional,
            both("Hvad forældre betaler om året for en plads i vuggestue (2025).", "What parents pay a year for a nursery place (2025).")),
        figure("takst_boernehave", both("Forældrebetaling, børnehave", "Parental fee, kindergarten"), per_year(), 0, Better::None, Optional,
            both("Hvad forældre betaler om året for en plads i børnehave (2025).", "What parents pay a year for a kindergarten place (2025).")),
        figure("udgift_pr_barn", both("Udgift pr. barn", "Spending per child"), Some(both("kr. om året", "kr. a year")), 0, Better::None, Optional,
            both("Kommunens udgift til dagtilbud pr. indskrevet barn.", "The municipality's daycare spending per enrolled child.")),
    ];
    for f in &mut all {
        f.total = matches!(f.id.as_str(), "boern" | "boern_dagpleje" | "boern_0_2" | "boern_3_5");
    }
    let order = figure_order();
    all.sort_by_key(|f| order.iter().position(|id| *id == f.id));
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    const KEY: &str = "kommunekode;kommune;andel_paedagoger_pct;andel_medhjaelpere_pct;boern_i_dagpleje;boern_0_2_i_dagtilbud;boern_3_5_i_dagtilbud;sygefravaer_dage_pr_ansat;takst_dagpleje_kr;takst_vuggestue_kr;takst_boernehave_kr;udgift_pr_barn_kr\r\n\
        751;Aarhus;46,3;38,2;405;6942;10527;18,4;37411;46189;25399;109320\r\n\
        741;Samsø;14,3;21,4;54;0;44;;37056;;26556;160980\r\n\
        999;Bad;x;1;1;1;1;1;1;1;1;1\r\n";
    const NORMERING_CSV: &str = "kommunekode;kommune;aldersgruppe;aar;boern_pr_voksen\r\n\
        751;Aarhus;0-2 år;2018;2,9\r\n751;Aarhus;0-2 år;2017;3\r\n741;Samsø;0-2 år;2017;0\r\n741;Samsø;dagpleje;2017;3,5\r\n\
        751;Aarhus;4-6 år;2017;7\r\n102;Nowhere;0-2 år;2017;3\r\n";

    #[test]
    fn reads_decimal_commas_empty_cells_and_zero_ratios() {
        // Pretty, indented under the area's line: one figure or year a line.
        fn pretty(value: &impl serde::Serialize) -> String {
            serde_json::to_string_pretty(value).unwrap().replace('\n', "\n  ")
        }
        let imported = import_dk_daycare(KEY, NORMERING_CSV).unwrap();
        let mut out = String::new();
        for area in &imported.feed.areas {
            let values: Vec<String> = area
                .values
                .0
                .iter()
                .map(|(k, v)| format!("{k}={}", serde_json::to_string(v).unwrap()))
                .collect();
            out += &format!(
                "{} {}: {}\n  series {}\n  periods {} notes {}\n",
                area.code,
                area.name,
                values.join(" "),
                pretty(&area.series),
                pretty(&area.periods),
                pretty(&area.notes),
            );
        }
        out += &format!(
            "national: {}\n",
            serde_json::to_string_pretty(&imported.feed.national.values).unwrap()
        );
        for p in &imported.problems {
            out += &format!("{}\n", p.describe(crate::core::i18n::Lang::En));
        }
        expect![[r#"
            751 Aarhus: normering_0_2=2.9 normering_3_5="not_reported" normering_dagpleje="not_reported" boern=17874.0 paedagoger_pct=46.3 medhjaelpere_pct=38.2 boern_dagpleje=405.0 boern_0_2=6942.0 boern_3_5=10527.0 sygefravaer_dage=18.4 takst_dagpleje=37411.0 takst_vuggestue=46189.0 takst_boernehave=25399.0 udgift_pr_barn=109320.0
              series {
                "normering_0_2": {
                  "2017": 3.0,
                  "2018": 2.9
                }
              }
              periods {} notes {}
            741 Samsø: normering_0_2="not_applicable" normering_3_5="not_reported" normering_dagpleje=3.5 boern=98.0 paedagoger_pct=14.3 medhjaelpere_pct=21.4 boern_dagpleje=54.0 boern_0_2=0.0 boern_3_5=44.0 sygefravaer_dage="not_reported" takst_dagpleje=37056.0 takst_vuggestue="not_reported" takst_boernehave=26556.0 udgift_pr_barn=160980.0
              series {
                "normering_0_2": {
                  "2017": "not_applicable"
                },
                "normering_dagpleje": {
                  "2017": 3.5
                }
              }
              periods {
                "normering_0_2": "2017"
              } notes {
                "normering_0_2": [
                  {
                    "kind": "newest_year_missing"
                  }
                ]
              }
            999 Bad: normering_0_2="not_reported" normering_3_5="not_reported" normering_dagpleje="not_reported" boern=3.0 paedagoger_pct="not_reported" medhjaelpere_pct=1.0 boern_dagpleje=1.0 boern_0_2=1.0 boern_3_5=1.0 sygefravaer_dage=1.0 takst_dagpleje=1.0 takst_vuggestue=1.0 takst_boernehave=1.0 udgift_pr_barn=1.0
              series {}
              periods {} notes {}
            national: {
              "normering_0_2": 2.9,
              "normering_3_5": "not_reported",
              "normering_dagpleje": 3.5,
              "paedagoger_pct": 46.125506343200534,
              "boern": 17975.0,
              "medhjaelpere_pct": 38.10219749652295,
              "boern_dagpleje": 460.0,
              "boern_0_2": 6943.0,
              "boern_3_5": 10572.0,
              "sygefravaer_dage": 18.39708004698775,
              "takst_dagpleje": 37288.0,
              "takst_vuggestue": 46182.34754428921,
              "takst_boernehave": 25401.412977676882,
              "udgift_pr_barn": 109583.40600834493
            }
            key-figures:4.andel_paedagoger_pct: "x" is neither a number nor not_reported, suppressed or not_applicable; shown as not reported
            normering:6.aldersgruppe: "4-6 år" is not one of 0-2 år, 3-5 år, dagpleje; ignored
            normering:7.kommunekode: municipality "102" is not in "areas"; shown without a municipal average
            areas.741.values.normering_0_2: Samsø: The newest year is missing from the source; this figure is from an earlier year (noted in the feed)
        "#]]
        .assert_eq(&out);
    }

    #[test]
    fn figures_too_large_for_whole_numbers_are_averaged_in_floats_without_overflow() {
        // A fuzzed cell (tests/fuzz.rs) once made the weighted sum overflow.
        let key = KEY.replace("46,3;38,2;405", "1e30;38,2;405").replace(";10527;", ";1e35;");
        let imported = import_dk_daycare(&key, NORMERING_CSV).unwrap();
        let national = |figure: &str| imported.feed.national.values.get(figure);
        assert!(
            matches!(national("paedagoger_pct"), Some(Value::Number(x)) if x.is_finite() && x > 1e20),
            "{:?}",
            national("paedagoger_pct")
        );
        let huge = KEY.replace("46,3;38,2;405", "1e308;1e308;405").replace(";10527;", ";1e308;");
        let imported = import_dk_daycare(&huge, NORMERING_CSV).unwrap();
        for figure in ["paedagoger_pct", "medhjaelpere_pct"] {
            let value = imported.feed.national.values.get(figure);
            assert!(
                matches!(value, Some(Value::NotReported) | Some(Value::Number(_))),
                "{figure}: {value:?}"
            );
            if let Some(Value::Number(x)) = value {
                assert!(x.is_finite(), "{figure}: {x}");
            }
        }
    }

    #[test]
    fn a_missing_column_is_named() {
        let err =
            import_dk_daycare("kommunekode;kommune\r\n751;Aarhus\r\n", NORMERING_CSV).unwrap_err();
        assert_eq!(
            err.describe(crate::core::i18n::Lang::En),
            "key-figures.andel_paedagoger_pct: is missing"
        );
    }
}
