//! Every date phrase of the seed plan (the Danish mid-term self-evaluation
//! in ../shared/seeds/003_…), as transcribed in the sample feed and as the
//! PDF text has it, with the days it must mean. A phrase added to the feed
//! without a line here fails `every_date_in_the_sample_feed_is_listed`.

use ogw_widgets::core::date::read_phrase;
use ogw_widgets::core::i18n::Lang;
use serde_json::Value;

const FEED: &str = include_str!("../www/feeds/handlingsplan-2017-2019.json");

/// `earliest..latest precision +qualifiers`, "?" for a day not known; a
/// span is its start and end joined by " | ".
const FEED_PHRASES: &[(&str, &str)] = &[
    ("2017", "2017-01-01..2017-12-31 year"),
    ("2018", "2018-01-01..2018-12-31 year"),
    ("2019", "2019-01-01..2019-12-31 year"),
    ("2016", "2016-01-01..2016-12-31 year"),
    ("2020", "2020-01-01..2020-12-31 year"),
    ("2021", "2021-01-01..2021-12-31 year"),
    ("2022", "2022-01-01..2022-12-31 year"),
    ("juni 2019", "2019-06-01..2019-06-30 month"),
    ("Juli 2017", "2017-07-01..2017-07-31 month"),
    ("Oktober 2017", "2017-10-01..2017-10-31 month"),
    ("Oktober 2016", "2016-10-01..2016-10-31 month"),
    ("december 2020", "2020-12-01..2020-12-31 month"),
    ("Marts 2017", "2017-03-01..2017-03-31 month"),
    ("August 2017", "2017-08-01..2017-08-31 month"),
    ("September 2017", "2017-09-01..2017-09-30 month"),
    ("August 2018", "2018-08-01..2018-08-31 month"),
    ("November 2017", "2017-11-01..2017-11-30 month"),
    ("December 2018", "2018-12-01..2018-12-31 month"),
    ("februar 2018", "2018-02-01..2018-02-28 month"),
    ("Februar 2018", "2018-02-01..2018-02-28 month"),
    ("December 2017", "2017-12-01..2017-12-31 month"),
    ("december 2017", "2017-12-01..2017-12-31 month"),
    ("1. august 2017", "2017-08-01..2017-08-01 day"),
    ("1. juni 2018", "2018-06-01..2018-06-01 day"),
    ("1. januar 2018", "2018-01-01..2018-01-01 day"),
    ("1. august 2018", "2018-08-01..2018-08-01 day"),
    ("31. december 2018", "2018-12-31..2018-12-31 day"),
    ("1. januar 2019", "2019-01-01..2019-01-01 day"),
    ("1. juni 2019", "2019-06-01..2019-06-01 day"),
    ("31. december 2017", "2017-12-31..2017-12-31 day"),
    ("31. december 2021", "2021-12-31..2021-12-31 day"),
    ("14. september 2017", "2017-09-14..2017-09-14 day"),
    ("5. marts 2018", "2018-03-05..2018-03-05 day"),
    ("25. marts 2018", "2018-03-25..2018-03-25 day"),
    ("1. November 2017", "2017-11-01..2017-11-01 day"),
    ("31. august 2018", "2018-08-31..2018-08-31 day"),
    ("30. juni 2018", "2018-06-30..2018-06-30 day"),
    ("25. september 2017", "2017-09-25..2017-09-25 day"),
    ("22. oktober 2018", "2018-10-22..2018-10-22 day"),
    ("1. kvartal 2018", "2018-01-01..2018-03-31 quarter"),
    ("2. kvartal 2018", "2018-04-01..2018-06-30 quarter"),
    ("3. kvartal 2017", "2017-07-01..2017-09-30 quarter"),
    ("3. kvartal 2018", "2018-07-01..2018-09-30 quarter"),
    ("4. kvartal 2017", "2017-10-01..2017-12-31 quarter"),
    ("2. kvartal 2019", "2019-04-01..2019-06-30 quarter"),
    ("4. kvartal 2019", "2019-10-01..2019-12-31 quarter"),
    ("2. halvår af 2017", "2017-07-01..2017-12-31 half_year"),
    ("2. halvår af 2018", "2018-07-01..2018-12-31 half_year"),
    ("1. halvår af 2018", "2018-01-01..2018-06-30 half_year"),
    ("2. halvår 2017", "2017-07-01..2017-12-31 half_year"),
    ("2. halvår 2018", "2018-07-01..2018-12-31 half_year"),
    ("Primo 2018", "2018-01-01..2018-04-30 year +early"),
    ("medio 2019", "2019-05-01..2019-08-31 year +mid"),
    ("Medio 2019", "2019-05-01..2019-08-31 year +mid"),
    ("Medio 2018", "2018-05-01..2018-08-31 year +mid"),
    ("Ultimo 2019", "2019-09-01..2019-12-31 year +late"),
    ("ultimo 2019", "2019-09-01..2019-12-31 year +late"),
    ("Ultimo 2020", "2020-09-01..2020-12-31 year +late"),
    ("April-maj 2017", "2017-04-01..2017-04-30 month | 2017-05-01..2017-05-31 month"),
    ("maj/juni 2018", "2018-05-01..2018-05-31 month | 2018-06-01..2018-06-30 month"),
    ("-", "?..? unknown +not_given"),
    ("Endnu ikke fastlagt", "?..? unknown +not_set"),
    ("I løbet af 2018 og senest 1. januar 2019", "2018-01-01..2019-01-01 year +no_later_than"),
    ("Ved udgangen af 2019 forventes alle større danske organisationer at rapportere via IATI-standardformatet.", "2019-09-01..2019-12-31 year +late"),
    ("Ved udgangen af 2019 forventes de fleste af de øvrige mindre civilsamfundsorganisationer at rapportere via IATI-standardformatet.", "2019-09-01..2019-12-31 year +late"),
    (
        "Ved udgangen af 2019 forventes de fleste af de internationale organisationer der modtager bistandsmidler fra Danmark at rapportere via IATI-standardformatet.",
        "2019-09-01..2019-12-31 year +late",
    ),
    (
        "Senest ved udgangen af 2019 forventes den danske DAC-rapportering at være suppleret af data (multible landekoder) af et antal indrapporteringer fra danske civilsamfundsorganisationer i IATI-formatet.",
        "?..2019-12-31 year +late +no_later_than",
    ),
];

/// As the seed's PDF text has them: the initiatives' period cells, section
/// 2.1's moved dates, dates in the running text, and table cells broken
/// across lines and hyphenated at line ends.
const SEED_TEXT_PHRASES: &[(&str, &str)] = &[
    // Periods, as printed under each initiative's title.
    ("2017 – medio 2019", "2017-01-01..2017-12-31 year | 2019-05-01..2019-08-31 year +mid"),
    (
        "3. kvartal 2017-2. kvartal 2018  ",
        "2017-07-01..2017-09-30 quarter | 2018-04-01..2018-06-30 quarter",
    ),
    ("2016 -2020 ", "2016-01-01..2016-12-31 year | 2020-01-01..2020-12-31 year"),
    ("2016 - ", "2016-01-01..2016-12-31 year | ?..? unknown +open"),
    ("2018- ", "2018-01-01..2018-12-31 year | ?..? unknown +open"),
    (
        "Oktober 2016 – december 2020 ",
        "2016-10-01..2016-10-31 month | 2020-12-01..2020-12-31 month",
    ),
    ("2017-2018 ", "2017-01-01..2017-12-31 year | 2018-01-01..2018-12-31 year"),
    (
        "1. januar 2018-31. december 2021 ",
        "2018-01-01..2018-01-01 day | 2021-12-31..2021-12-31 day",
    ),
    ("Oktober 2017 – februar 2018 ", "2017-10-01..2017-10-31 month | 2018-02-01..2018-02-28 month"),
    (
        "1. November 2017 – 31. august 2018 ",
        "2017-11-01..2017-11-01 day | 2018-08-31..2018-08-31 day",
    ),
    ("2018 - 2022 ", "2018-01-01..2018-12-31 year | 2022-01-01..2022-12-31 year"),
    (
        "25. september 2017 – 22. oktober 2018 ",
        "2017-09-25..2017-09-25 day | 2018-10-22..2018-10-22 day",
    ),
    ("2017 – 2019 ", "2017-01-01..2017-12-31 year | 2019-01-01..2019-12-31 year"),
    // Section 2.1: what moved, from and to.
    ("andet kvartal 2019", "2019-04-01..2019-06-30 quarter"),
    ("1. halvår af 2018", "2018-01-01..2018-06-30 half_year"),
    ("2. \nhalvår af 2018", "2018-07-01..2018-12-31 half_year"),
    ("ultimo 2020", "2020-09-01..2020-12-31 year +late"),
    ("november \n2017", "2017-11-01..2017-11-30 month"),
    ("5. marts 2018", "2018-03-05..2018-03-05 day"),
    ("den 25. marts 2018", "2018-03-25..2018-03-25 day"),
    ("den 30. juni 2018", "2018-06-30..2018-06-30 day"),
    ("den 31. august 2018", "2018-08-31..2018-08-31 day"),
    // The running text.
    ("juni til august 2017", "2017-06-01..2017-06-30 month | 2017-08-01..2017-08-31 month"),
    ("juli og august 2018", "2018-07-01..2018-07-31 month | 2018-08-01..2018-08-31 month"),
    (
        "ultimo 2017 til og med 1. \nhalvår 2018",
        "2017-09-01..2017-12-31 year +late | 2018-01-01..2018-06-30 half_year",
    ),
    ("inden udgangen af 3. kvartal 2018", "?..2018-09-30 quarter +late +no_later_than"),
    ("den 28. september 2018", "2018-09-28..2018-09-28 day"),
    ("ved udgangen af 2017", "2017-09-01..2017-12-31 year +late"),
    ("inden udgangen af 2020", "?..2020-12-31 year +late +no_later_than"),
    ("primo 2018", "2018-01-01..2018-04-30 year +early"),
    ("ultimo 2018", "2018-09-01..2018-12-31 year +late"),
    ("medio 2018", "2018-05-01..2018-08-31 year +mid"),
    ("frem til december 2022", "?..? unknown +not_given | 2022-12-01..2022-12-31 month"),
    ("1. januar 2020", "2020-01-01..2020-01-01 day"),
    // Table cells as the PDF broke them.
    ("I løbet af 2018 og \nsenest 1. januar \n2019 ", "2018-01-01..2019-01-01 year +no_later_than"),
    ("Ved udgangen af \n2019 forventes alle ", "2019-09-01..2019-12-31 year +late"),
    (
        "Senest ved udgan-\ngen af 2019 for-\nventes den danske ",
        "?..2019-12-31 year +late +no_later_than",
    ),
    ("- 14. september ", "?..? unknown"),
    ("Endnu ikke fastlagt Endnu ikke fastlagt ", "?..? unknown +not_set"),
];

fn reads_as(text: &str) -> String {
    read_phrase(text, Lang::Da).to_string()
}

fn check_all(table: &[(&str, &str)]) {
    let wrong: Vec<String> = table
        .iter()
        .filter(|(text, expected)| reads_as(text) != *expected)
        .map(|(text, expected)| {
            format!("{text:?}\n   expected {expected}\n   read as  {}", reads_as(text))
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "{} of {} phrases read wrongly:\n{}",
        wrong.len(),
        table.len(),
        wrong.join("\n")
    );
}

#[test]
fn the_feeds_date_phrases_mean_what_the_plan_says() {
    check_all(FEED_PHRASES);
}

#[test]
fn the_seed_texts_date_phrases_mean_what_the_plan_says() {
    check_all(SEED_TEXT_PHRASES);
}

/// Every date field of the sample feed, so the table above cannot fall behind it.
#[test]
fn every_date_in_the_sample_feed_is_listed() {
    let feed: Value = serde_json::from_str(FEED).unwrap();
    let mut dated: Vec<&Value> = vec![&feed["plan"]["period"]];
    for initiative in feed["initiatives"].as_array().unwrap() {
        dated.push(&initiative["period"]);
        dated.extend(initiative["milestones"].as_array().into_iter().flatten());
    }
    let mut missing = Vec::new();
    let mut count = 0;
    for object in dated {
        for key in ["start", "end", "original_start", "original_end"] {
            if let Some(text) = object[key].as_str() {
                count += 1;
                if !FEED_PHRASES.iter().any(|(listed, _)| *listed == text) {
                    missing.push(text.to_string());
                }
            }
        }
    }
    assert!(missing.is_empty(), "not in FEED_PHRASES: {missing:#?}");
    assert!(count > 100, "the feed's {count} date fields were all found");
}
