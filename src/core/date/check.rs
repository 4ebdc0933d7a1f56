//! Data-driven tests of reading date phrases: a phrase in, the days it
//! means and its words in both languages out. `UPDATE_EXPECT=1 cargo test`
//! rewrites the snapshots; read the diff before committing it.

use expect_test::{expect, Expect};

use super::fuzzy::DatePhrase;
use super::parse::read_phrase;
use super::words::phrase_words;
use crate::core::i18n::Lang;

fn render(text: &str, lang: Lang) -> String {
    let phrase = read_phrase(text, lang);
    let words = format!(
        "da: {} | en: {}",
        phrase_words(&phrase, Lang::Da),
        phrase_words(&phrase, Lang::En)
    );
    match &phrase {
        DatePhrase::One(d) => {
            assert_eq!(d.text, text.trim(), "the text is kept");
            format!("{d} | {words}")
        }
        DatePhrase::Range { text: whole, start, end } => {
            assert_eq!(whole, text.trim(), "the text is kept");
            format!("{:?} {start} → {:?} {end} | {words}", start.text, end.text)
        }
    }
}

/// Each line: the phrase, then what it reads as.
fn check(lang: Lang, phrases: &[&str], expect: Expect) {
    let out: String = phrases.iter().map(|p| format!("{p:?}\n  {}\n", render(p, lang))).collect();
    expect.assert_eq(&out);
}

#[test]
fn danish_periods() {
    check(
        Lang::Da,
        &[
            "2020",
            "Juli 2017",
            "1. august 2017",
            "14. september 2017",
            "1. November 2017",
            "den 25. marts 2018",
            "2. kvartal 2018",
            "2. kvt. 2018",
            "2. halvår af 2017",
            "2. halvår 2017",
            "1. halvår af 2018",
            "første halvår 2019",
            "sidste kvartal 2019",
            "okt. 2017",
            "1.8.2017",
            "8/1/2017",
            "1/8-2017",
        ],
        expect![[r#"
            "2020"
              2020-01-01..2020-12-31 year | da: 2020 | en: 2020
            "Juli 2017"
              2017-07-01..2017-07-31 month | da: juli 2017 | en: July 2017
            "1. august 2017"
              2017-08-01..2017-08-01 day | da: 1. august 2017 | en: 1 August 2017
            "14. september 2017"
              2017-09-14..2017-09-14 day | da: 14. september 2017 | en: 14 September 2017
            "1. November 2017"
              2017-11-01..2017-11-01 day | da: 1. november 2017 | en: 1 November 2017
            "den 25. marts 2018"
              2018-03-25..2018-03-25 day | da: 25. marts 2018 | en: 25 March 2018
            "2. kvartal 2018"
              2018-04-01..2018-06-30 quarter | da: 2. kvartal 2018 | en: Q2 2018
            "2. kvt. 2018"
              2018-04-01..2018-06-30 quarter | da: 2. kvartal 2018 | en: Q2 2018
            "2. halvår af 2017"
              2017-07-01..2017-12-31 half_year | da: 2. halvår 2017 | en: second half of 2017
            "2. halvår 2017"
              2017-07-01..2017-12-31 half_year | da: 2. halvår 2017 | en: second half of 2017
            "1. halvår af 2018"
              2018-01-01..2018-06-30 half_year | da: 1. halvår 2018 | en: first half of 2018
            "første halvår 2019"
              2019-01-01..2019-06-30 half_year | da: 1. halvår 2019 | en: first half of 2019
            "sidste kvartal 2019"
              2019-10-01..2019-12-31 quarter | da: 4. kvartal 2019 | en: Q4 2019
            "okt. 2017"
              2017-10-01..2017-10-31 month | da: oktober 2017 | en: October 2017
            "1.8.2017"
              2017-08-01..2017-08-01 day | da: 1. august 2017 | en: 1 August 2017
            "8/1/2017"
              2017-01-08..2017-01-08 day | da: 8. januar 2017 | en: 8 January 2017
            "1/8-2017"
              2017-08-01..2017-08-01 day | da: 1. august 2017 | en: 1 August 2017
        "#]],
    );
}

#[test]
fn danish_qualifiers() {
    check(
        Lang::Da,
        &[
            "Primo 2018",
            "Medio 2019",
            "Ultimo 2020",
            "ultimo 2019",
            "primo juni 2018",
            "ultimo 2. kvartal 2018",
            "Ved udgangen af 2019",
            "Senest ved udgangen af 2019",
            "senest 1. januar 2019",
            "inden udgangen af 3. kvartal 2018",
            "før 2019",
            "tidligst august 2018",
            "ikke før 2019",
            "efter 2. kvartal 2018",
            "I løbet af 2018",
        ],
        expect![[r#"
            "Primo 2018"
              2018-01-01..2018-04-30 year +early | da: primo 2018 | en: early 2018
            "Medio 2019"
              2019-05-01..2019-08-31 year +mid | da: medio 2019 | en: mid-2019
            "Ultimo 2020"
              2020-09-01..2020-12-31 year +late | da: ultimo 2020 | en: end of 2020
            "ultimo 2019"
              2019-09-01..2019-12-31 year +late | da: ultimo 2019 | en: end of 2019
            "primo juni 2018"
              2018-06-01..2018-06-10 month +early | da: primo juni 2018 | en: early June 2018
            "ultimo 2. kvartal 2018"
              2018-06-01..2018-06-30 quarter +late | da: ultimo 2. kvartal 2018 | en: end of Q2 2018
            "Ved udgangen af 2019"
              2019-09-01..2019-12-31 year +late | da: ultimo 2019 | en: end of 2019
            "Senest ved udgangen af 2019"
              ?..2019-12-31 year +late +no_later_than | da: senest ultimo 2019 | en: by the end of 2019
            "senest 1. januar 2019"
              ?..2019-01-01 day +no_later_than | da: senest 1. januar 2019 | en: no later than 1 January 2019
            "inden udgangen af 3. kvartal 2018"
              ?..2018-09-30 quarter +late +no_later_than | da: senest ultimo 3. kvartal 2018 | en: by the end of Q3 2018
            "før 2019"
              ?..2018-12-31 year +before | da: før 2019 | en: before 2019
            "tidligst august 2018"
              2018-08-01..? month +no_earlier_than | da: tidligst august 2018 | en: no earlier than August 2018
            "ikke før 2019"
              2019-01-01..? year +no_earlier_than | da: tidligst 2019 | en: no earlier than 2019
            "efter 2. kvartal 2018"
              2018-07-01..? quarter +after | da: efter 2. kvartal 2018 | en: after Q2 2018
            "I løbet af 2018"
              2018-01-01..2018-12-31 year | da: 2018 | en: 2018
        "#]],
    );
}

#[test]
fn english_periods_and_qualifiers() {
    check(
        Lang::En,
        &[
            "Q2 2018",
            "H2 2017",
            "2nd quarter 2018",
            "the 2nd quarter of 2018",
            "first half of 2019",
            "August 2014",
            "December 1, 2019",
            "1st of August 2019",
            "8/1/2017",
            "2018-09-01",
            "2018-09",
            "mid-2019",
            "early 2018",
            "end of 2019",
            "by the end of 2019",
            "by December 2019",
            "no later than 1 January 2019",
            "not before March 2018",
            "late 2018",
            "prior to 2019",
            "between May and June 2018",
            "August 1st, 2019",
            "last quarter of 2019",
        ],
        expect![[r#"
            "Q2 2018"
              2018-04-01..2018-06-30 quarter | da: 2. kvartal 2018 | en: Q2 2018
            "H2 2017"
              2017-07-01..2017-12-31 half_year | da: 2. halvår 2017 | en: second half of 2017
            "2nd quarter 2018"
              2018-04-01..2018-06-30 quarter | da: 2. kvartal 2018 | en: Q2 2018
            "the 2nd quarter of 2018"
              2018-04-01..2018-06-30 quarter | da: 2. kvartal 2018 | en: Q2 2018
            "first half of 2019"
              2019-01-01..2019-06-30 half_year | da: 1. halvår 2019 | en: first half of 2019
            "August 2014"
              2014-08-01..2014-08-31 month | da: august 2014 | en: August 2014
            "December 1, 2019"
              2019-12-01..2019-12-01 day | da: 1. december 2019 | en: 1 December 2019
            "1st of August 2019"
              2019-08-01..2019-08-01 day | da: 1. august 2019 | en: 1 August 2019
            "8/1/2017"
              2017-08-01..2017-08-01 day | da: 1. august 2017 | en: 1 August 2017
            "2018-09-01"
              2018-09-01..2018-09-01 day | da: 1. september 2018 | en: 1 September 2018
            "2018-09"
              2018-09-01..2018-09-30 month | da: september 2018 | en: September 2018
            "mid-2019"
              2019-05-01..2019-08-31 year +mid | da: medio 2019 | en: mid-2019
            "early 2018"
              2018-01-01..2018-04-30 year +early | da: primo 2018 | en: early 2018
            "end of 2019"
              2019-09-01..2019-12-31 year +late | da: ultimo 2019 | en: end of 2019
            "by the end of 2019"
              ?..2019-12-31 year +late +no_later_than | da: senest ultimo 2019 | en: by the end of 2019
            "by December 2019"
              ?..2019-12-31 month +no_later_than | da: senest december 2019 | en: no later than December 2019
            "no later than 1 January 2019"
              ?..2019-01-01 day +no_later_than | da: senest 1. januar 2019 | en: no later than 1 January 2019
            "not before March 2018"
              2018-03-01..? month +no_earlier_than | da: tidligst marts 2018 | en: no earlier than March 2018
            "late 2018"
              2018-09-01..2018-12-31 year +late | da: ultimo 2018 | en: end of 2018
            "prior to 2019"
              ?..2018-12-31 year +before | da: før 2019 | en: before 2019
            "between May and June 2018"
              "between May" 2018-05-01..2018-05-31 month → "June 2018" 2018-06-01..2018-06-30 month | da: maj til juni 2018 | en: May to June 2018
            "August 1st, 2019"
              2019-08-01..2019-08-01 day | da: 1. august 2019 | en: 1 August 2019
            "last quarter of 2019"
              2019-10-01..2019-12-31 quarter | da: 4. kvartal 2019 | en: Q4 2019
        "#]],
    );
}

/// Quarters and halves as other countries' plans number them: the number
/// after the word, Roman numerals I-IV before it, the letter after the
/// number, a slash before the year. "i" is "in" unless a quarter or half
/// follows it.
#[test]
fn quarters_and_halves_numbered_other_ways() {
    check(
        Lang::En,
        &[
            "Quarter 4 2016",
            "Quarter 1 2014",
            "quarter 4, 2016",
            "Qtr 4 of 2016",
            "kvartal 4 2016",
            "IV quarter of 2021",
            "I quarter of 2021",
            "II quarter of 2021",
            "III quarter of 2022",
            "II. kvartal 2018",
            "I halvår 2019",
            "II half of 2020",
            "Q4/2016",
            "4Q 2016",
            "2H 2017",
            "4th quarter of 2016",
            "I-III quarter of 2022",
            "I.-III. kvartal 2022",
            "I quarter of 2021 - III quarter of 2022",
            "i kvartal 4 2016",
            "i maj 2018",
            "I 2. kvartal 2018",
            "III half of 2020",
            "V quarter of 2021",
            "Quarter 5 2016",
            "5Q 2016",
            "I kvartal",
        ],
        expect![[r#"
            "Quarter 4 2016"
              2016-10-01..2016-12-31 quarter | da: 4. kvartal 2016 | en: Q4 2016
            "Quarter 1 2014"
              2014-01-01..2014-03-31 quarter | da: 1. kvartal 2014 | en: Q1 2014
            "quarter 4, 2016"
              2016-10-01..2016-12-31 quarter | da: 4. kvartal 2016 | en: Q4 2016
            "Qtr 4 of 2016"
              2016-10-01..2016-12-31 quarter | da: 4. kvartal 2016 | en: Q4 2016
            "kvartal 4 2016"
              2016-10-01..2016-12-31 quarter | da: 4. kvartal 2016 | en: Q4 2016
            "IV quarter of 2021"
              2021-10-01..2021-12-31 quarter | da: 4. kvartal 2021 | en: Q4 2021
            "I quarter of 2021"
              2021-01-01..2021-03-31 quarter | da: 1. kvartal 2021 | en: Q1 2021
            "II quarter of 2021"
              2021-04-01..2021-06-30 quarter | da: 2. kvartal 2021 | en: Q2 2021
            "III quarter of 2022"
              2022-07-01..2022-09-30 quarter | da: 3. kvartal 2022 | en: Q3 2022
            "II. kvartal 2018"
              2018-04-01..2018-06-30 quarter | da: 2. kvartal 2018 | en: Q2 2018
            "I halvår 2019"
              2019-01-01..2019-06-30 half_year | da: 1. halvår 2019 | en: first half of 2019
            "II half of 2020"
              2020-07-01..2020-12-31 half_year | da: 2. halvår 2020 | en: second half of 2020
            "Q4/2016"
              2016-10-01..2016-12-31 quarter | da: 4. kvartal 2016 | en: Q4 2016
            "4Q 2016"
              2016-10-01..2016-12-31 quarter | da: 4. kvartal 2016 | en: Q4 2016
            "2H 2017"
              2017-07-01..2017-12-31 half_year | da: 2. halvår 2017 | en: second half of 2017
            "4th quarter of 2016"
              2016-10-01..2016-12-31 quarter | da: 4. kvartal 2016 | en: Q4 2016
            "I-III quarter of 2022"
              "I" 2022-01-01..2022-03-31 quarter → "III quarter of 2022" 2022-07-01..2022-09-30 quarter | da: 1. til 3. kvartal 2022 | en: Q1 to Q3 2022
            "I.-III. kvartal 2022"
              "I." 2022-01-01..2022-03-31 quarter → "III. kvartal 2022" 2022-07-01..2022-09-30 quarter | da: 1. til 3. kvartal 2022 | en: Q1 to Q3 2022
            "I quarter of 2021 - III quarter of 2022"
              "I quarter of 2021" 2021-01-01..2021-03-31 quarter → "III quarter of 2022" 2022-07-01..2022-09-30 quarter | da: 1. kvartal 2021 til 3. kvartal 2022 | en: Q1 2021 to Q3 2022
            "i kvartal 4 2016"
              2016-10-01..2016-12-31 quarter | da: 4. kvartal 2016 | en: Q4 2016
            "i maj 2018"
              2018-05-01..2018-05-31 month | da: maj 2018 | en: May 2018
            "I 2. kvartal 2018"
              2018-04-01..2018-06-30 quarter | da: 2. kvartal 2018 | en: Q2 2018
            "III half of 2020"
              ?..? unknown | da: III half of 2020 | en: III half of 2020
            "V quarter of 2021"
              ?..? unknown | da: V quarter of 2021 | en: V quarter of 2021
            "Quarter 5 2016"
              ?..? unknown | da: Quarter 5 2016 | en: Quarter 5 2016
            "5Q 2016"
              ?..? unknown | da: 5Q 2016 | en: 5Q 2016
            "I kvartal"
              ?..? unknown | da: I kvartal | en: I kvartal
        "#]],
    );
}

/// Seasons of the northern hemisphere, by whole months: spring March-May,
/// summer June-August, autumn September-November, and winter December to
/// February: "winter 2015" is the winter that starts in December 2015.
#[test]
fn seasons() {
    check(
        Lang::Da,
        &[
            "foråret 2019",
            "forår 2019",
            "sommeren 2019",
            "efteråret 2019",
            "høsten 2018",
            "vinteren 2019/20",
            "vinteren 2019-2020",
            "vinter 2019",
            "vinteren 2019/21",
            "primo foråret 2019",
            "medio sommeren 2019",
            "ultimo vinteren 2019/20",
            "senest foråret 2019",
            "efter sommeren 2019",
            "forår-sommer 2019",
            "efteråret/vinteren 2015",
            "vinter/forår 2019",
            "efter- året 2019",
            "i løbet af foråret 2020",
            "foråret",
        ],
        expect![[r#"
            "foråret 2019"
              2019-03-01..2019-05-31 season | da: forår 2019 | en: spring 2019
            "forår 2019"
              2019-03-01..2019-05-31 season | da: forår 2019 | en: spring 2019
            "sommeren 2019"
              2019-06-01..2019-08-31 season | da: sommer 2019 | en: summer 2019
            "efteråret 2019"
              2019-09-01..2019-11-30 season | da: efterår 2019 | en: autumn 2019
            "høsten 2018"
              2018-09-01..2018-11-30 season | da: efterår 2018 | en: autumn 2018
            "vinteren 2019/20"
              2019-12-01..2020-02-29 season | da: vinter 2019/20 | en: winter 2019/20
            "vinteren 2019-2020"
              2019-12-01..2020-02-29 season | da: vinter 2019/20 | en: winter 2019/20
            "vinter 2019"
              2019-12-01..2020-02-29 season | da: vinter 2019/20 | en: winter 2019/20
            "vinteren 2019/21"
              ?..? unknown | da: vinteren 2019/21 | en: vinteren 2019/21
            "primo foråret 2019"
              2019-03-01..2019-03-31 season +early | da: primo forår 2019 | en: early spring 2019
            "medio sommeren 2019"
              2019-07-01..2019-07-31 season +mid | da: medio sommer 2019 | en: mid-summer 2019
            "ultimo vinteren 2019/20"
              2020-02-01..2020-02-29 season +late | da: ultimo vinter 2019/20 | en: end of winter 2019/20
            "senest foråret 2019"
              ?..2019-05-31 season +no_later_than | da: senest forår 2019 | en: no later than spring 2019
            "efter sommeren 2019"
              2019-09-01..? season +after | da: efter sommer 2019 | en: after summer 2019
            "forår-sommer 2019"
              "forår" 2019-03-01..2019-05-31 season → "sommer 2019" 2019-06-01..2019-08-31 season | da: forår til sommer 2019 | en: spring to summer 2019
            "efteråret/vinteren 2015"
              "efteråret" 2015-09-01..2015-11-30 season → "vinteren 2015" 2015-12-01..2016-02-29 season | da: efterår til vinter 2015/16 | en: autumn to winter 2015/16
            "vinter/forår 2019"
              "vinter" 2018-12-01..2019-02-28 season → "forår 2019" 2019-03-01..2019-05-31 season | da: vinter 2018/19 til forår 2019 | en: winter 2018/19 to spring 2019
            "efter- året 2019"
              2019-09-01..2019-11-30 season | da: efterår 2019 | en: autumn 2019
            "i løbet af foråret 2020"
              2020-03-01..2020-05-31 season | da: forår 2020 | en: spring 2020
            "foråret"
              ?..? unknown | da: foråret | en: foråret
        "#]],
    );
    check(
        Lang::En,
        &[
            "Spring 2015",
            "summer 2015",
            "Autumn 2015",
            "fall 2015",
            "Winter 2015",
            "winter 2015/16",
            "early spring 2015",
            "by the end of summer 2020",
            "Fall 2017 to spring 2018",
            "spring 2015 - winter 2016/17",
            "Summer 2018 -",
        ],
        expect![[r#"
            "Spring 2015"
              2015-03-01..2015-05-31 season | da: forår 2015 | en: spring 2015
            "summer 2015"
              2015-06-01..2015-08-31 season | da: sommer 2015 | en: summer 2015
            "Autumn 2015"
              2015-09-01..2015-11-30 season | da: efterår 2015 | en: autumn 2015
            "fall 2015"
              2015-09-01..2015-11-30 season | da: efterår 2015 | en: autumn 2015
            "Winter 2015"
              2015-12-01..2016-02-29 season | da: vinter 2015/16 | en: winter 2015/16
            "winter 2015/16"
              2015-12-01..2016-02-29 season | da: vinter 2015/16 | en: winter 2015/16
            "early spring 2015"
              2015-03-01..2015-03-31 season +early | da: primo forår 2015 | en: early spring 2015
            "by the end of summer 2020"
              ?..2020-08-31 season +late +no_later_than | da: senest ultimo sommer 2020 | en: by the end of summer 2020
            "Fall 2017 to spring 2018"
              "Fall 2017" 2017-09-01..2017-11-30 season → "spring 2018" 2018-03-01..2018-05-31 season | da: efterår 2017 til forår 2018 | en: autumn 2017 to spring 2018
            "spring 2015 - winter 2016/17"
              "spring 2015" 2015-03-01..2015-05-31 season → "winter 2016/17" 2016-12-01..2017-02-28 season | da: forår 2015 til vinter 2016/17 | en: spring 2015 to winter 2016/17
            "Summer 2018 -"
              "Summer 2018" 2018-06-01..2018-08-31 season → "" ?..? unknown +open | da: fra sommer 2018 | en: from summer 2018
        "#]],
    );
}

/// Slash dates as spreadsheets write them: month first in an English plan,
/// day first in a Danish one, unless the number in the month's place is
/// above 12 and the other is not; two-digit years are 2000-2069 (00-69)
/// and 1970-1999 (70-99).
#[test]
fn slash_dates_with_two_digit_years_and_days_above_twelve() {
    check(
        Lang::En,
        &[
            "10/1/18",
            "6/30/20",
            "12/31/19",
            "8/21/20",
            "1/1/70",
            "12/31/69",
            "31/12/2014",
            "30/6/2015",
            "28/5/2014",
            "8/1/2017",
            "1/8-2017",
            "1/8-17",
            "31/12/14",
            "13/13/2018",
            "2/30/2015",
            "10/1/8",
            "10/1/2018-6/30/20",
        ],
        expect![[r#"
            "10/1/18"
              2018-10-01..2018-10-01 day | da: 1. oktober 2018 | en: 1 October 2018
            "6/30/20"
              2020-06-30..2020-06-30 day | da: 30. juni 2020 | en: 30 June 2020
            "12/31/19"
              2019-12-31..2019-12-31 day | da: 31. december 2019 | en: 31 December 2019
            "8/21/20"
              2020-08-21..2020-08-21 day | da: 21. august 2020 | en: 21 August 2020
            "1/1/70"
              1970-01-01..1970-01-01 day | da: 1. januar 1970 | en: 1 January 1970
            "12/31/69"
              2069-12-31..2069-12-31 day | da: 31. december 2069 | en: 31 December 2069
            "31/12/2014"
              2014-12-31..2014-12-31 day | da: 31. december 2014 | en: 31 December 2014
            "30/6/2015"
              2015-06-30..2015-06-30 day | da: 30. juni 2015 | en: 30 June 2015
            "28/5/2014"
              2014-05-28..2014-05-28 day | da: 28. maj 2014 | en: 28 May 2014
            "8/1/2017"
              2017-08-01..2017-08-01 day | da: 1. august 2017 | en: 1 August 2017
            "1/8-2017"
              2017-08-01..2017-08-01 day | da: 1. august 2017 | en: 1 August 2017
            "1/8-17"
              2017-08-01..2017-08-01 day | da: 1. august 2017 | en: 1 August 2017
            "31/12/14"
              2014-12-31..2014-12-31 day | da: 31. december 2014 | en: 31 December 2014
            "13/13/2018"
              ?..? unknown | da: 13/13/2018 | en: 13/13/2018
            "2/30/2015"
              ?..? unknown | da: 2/30/2015 | en: 2/30/2015
            "10/1/8"
              ?..? unknown | da: 10/1/8 | en: 10/1/8
            "10/1/2018-6/30/20"
              "10/1/2018" 2018-10-01..2018-10-01 day → "6/30/20" 2020-06-30..2020-06-30 day | da: 1. oktober 2018 til 30. juni 2020 | en: 1 October 2018 to 30 June 2020
        "#]],
    );
    check(
        Lang::Da,
        &["8/1/2017", "12/31/2014", "6/30/20", "31/12/14", "1.8.17", "1/8-17", "24/12-99"],
        expect![[r#"
            "8/1/2017"
              2017-01-08..2017-01-08 day | da: 8. januar 2017 | en: 8 January 2017
            "12/31/2014"
              2014-12-31..2014-12-31 day | da: 31. december 2014 | en: 31 December 2014
            "6/30/20"
              2020-06-30..2020-06-30 day | da: 30. juni 2020 | en: 30 June 2020
            "31/12/14"
              2014-12-31..2014-12-31 day | da: 31. december 2014 | en: 31 December 2014
            "1.8.17"
              2017-08-01..2017-08-01 day | da: 1. august 2017 | en: 1 August 2017
            "1/8-17"
              2017-08-01..2017-08-01 day | da: 1. august 2017 | en: 1 August 2017
            "24/12-99"
              1999-12-24..1999-12-24 day | da: 24. december 1999 | en: 24 December 1999
        "#]],
    );
}

#[test]
fn ranges() {
    check(
        Lang::Da,
        &[
            "2016-2020",
            "2016 -2020",
            "2018 - 2022",
            "2017-18",
            "1. januar 2018-31. december 2021",
            "Oktober 2016 – december 2020",
            "April-maj 2017",
            "maj/juni 2018",
            "juli til oktober 2017",
            "3. kvartal 2017-2. kvartal 2018",
            "2017 – medio 2019",
            "1.-3. kvartal 2018",
            "5.-25. marts 2018",
            "november-februar 2018",
            "fra ultimo 2017 til og med 1. halvår 2018",
            "mellem maj og juni 2018",
            "2016 -",
            "2018-",
            "fra 2018",
            "2016 - løbende",
            "2016 - in progress",
            "2016 – I gang",
            "- 31. december 2017",
            "til 2019",
            "From 1 January 2019 to 31 December 2021",
            "2017/2018",
        ],
        expect![[r#"
            "2016-2020"
              "2016" 2016-01-01..2016-12-31 year → "2020" 2020-01-01..2020-12-31 year | da: 2016 til 2020 | en: 2016 to 2020
            "2016 -2020"
              "2016" 2016-01-01..2016-12-31 year → "2020" 2020-01-01..2020-12-31 year | da: 2016 til 2020 | en: 2016 to 2020
            "2018 - 2022"
              "2018" 2018-01-01..2018-12-31 year → "2022" 2022-01-01..2022-12-31 year | da: 2018 til 2022 | en: 2018 to 2022
            "2017-18"
              "2017" 2017-01-01..2017-12-31 year → "18" 2018-01-01..2018-12-31 year | da: 2017 til 2018 | en: 2017 to 2018
            "1. januar 2018-31. december 2021"
              "1. januar 2018" 2018-01-01..2018-01-01 day → "31. december 2021" 2021-12-31..2021-12-31 day | da: 1. januar 2018 til 31. december 2021 | en: 1 January 2018 to 31 December 2021
            "Oktober 2016 – december 2020"
              "Oktober 2016" 2016-10-01..2016-10-31 month → "december 2020" 2020-12-01..2020-12-31 month | da: oktober 2016 til december 2020 | en: October 2016 to December 2020
            "April-maj 2017"
              "April" 2017-04-01..2017-04-30 month → "maj 2017" 2017-05-01..2017-05-31 month | da: april til maj 2017 | en: April to May 2017
            "maj/juni 2018"
              "maj" 2018-05-01..2018-05-31 month → "juni 2018" 2018-06-01..2018-06-30 month | da: maj til juni 2018 | en: May to June 2018
            "juli til oktober 2017"
              "juli" 2017-07-01..2017-07-31 month → "oktober 2017" 2017-10-01..2017-10-31 month | da: juli til oktober 2017 | en: July to October 2017
            "3. kvartal 2017-2. kvartal 2018"
              "3. kvartal 2017" 2017-07-01..2017-09-30 quarter → "2. kvartal 2018" 2018-04-01..2018-06-30 quarter | da: 3. kvartal 2017 til 2. kvartal 2018 | en: Q3 2017 to Q2 2018
            "2017 – medio 2019"
              "2017" 2017-01-01..2017-12-31 year → "medio 2019" 2019-05-01..2019-08-31 year +mid | da: 2017 til medio 2019 | en: 2017 to mid-2019
            "1.-3. kvartal 2018"
              "1." 2018-01-01..2018-03-31 quarter → "3. kvartal 2018" 2018-07-01..2018-09-30 quarter | da: 1. til 3. kvartal 2018 | en: Q1 to Q3 2018
            "5.-25. marts 2018"
              "5." 2018-03-05..2018-03-05 day → "25. marts 2018" 2018-03-25..2018-03-25 day | da: 5. til 25. marts 2018 | en: 5 to 25 March 2018
            "november-februar 2018"
              "november" 2017-11-01..2017-11-30 month → "februar 2018" 2018-02-01..2018-02-28 month | da: november 2017 til februar 2018 | en: November 2017 to February 2018
            "fra ultimo 2017 til og med 1. halvår 2018"
              "fra ultimo 2017" 2017-09-01..2017-12-31 year +late → "1. halvår 2018" 2018-01-01..2018-06-30 half_year | da: ultimo 2017 til 1. halvår 2018 | en: end of 2017 to first half of 2018
            "mellem maj og juni 2018"
              "mellem maj" 2018-05-01..2018-05-31 month → "juni 2018" 2018-06-01..2018-06-30 month | da: maj til juni 2018 | en: May to June 2018
            "2016 -"
              "2016" 2016-01-01..2016-12-31 year → "" ?..? unknown +open | da: fra 2016 | en: from 2016
            "2018-"
              "2018" 2018-01-01..2018-12-31 year → "" ?..? unknown +open | da: fra 2018 | en: from 2018
            "fra 2018"
              "fra 2018" 2018-01-01..2018-12-31 year → "" ?..? unknown +open | da: fra 2018 | en: from 2018
            "2016 - løbende"
              "2016" 2016-01-01..2016-12-31 year → "løbende" ?..? unknown +open | da: fra 2016 | en: from 2016
            "2016 - in progress"
              "2016" 2016-01-01..2016-12-31 year → "in progress" ?..? unknown +open | da: fra 2016 | en: from 2016
            "2016 – I gang"
              "2016" 2016-01-01..2016-12-31 year → "I gang" ?..? unknown +open | da: fra 2016 | en: from 2016
            "- 31. december 2017"
              "" ?..? unknown +not_given → "31. december 2017" 2017-12-31..2017-12-31 day | da: til 31. december 2017 | en: until 31 December 2017
            "til 2019"
              "" ?..? unknown +not_given → "2019" 2019-01-01..2019-12-31 year | da: til 2019 | en: until 2019
            "From 1 January 2019 to 31 December 2021"
              "From 1 January 2019" 2019-01-01..2019-01-01 day → "31 December 2021" 2021-12-31..2021-12-31 day | da: 1. januar 2019 til 31. december 2021 | en: 1 January 2019 to 31 December 2021
            "2017/2018"
              "2017" 2017-01-01..2017-12-31 year → "2018" 2018-01-01..2018-12-31 year | da: 2017 til 2018 | en: 2017 to 2018
        "#]],
    );
}

#[test]
fn a_deadline_clause_gives_the_latest_day() {
    check(
        Lang::Da,
        &["I løbet af 2018 og senest 1. januar 2019", "i 2018 og inden 1. januar 2019"],
        expect![[r#"
            "I løbet af 2018 og senest 1. januar 2019"
              2018-01-01..2019-01-01 year +no_later_than | da: i løbet af 2018 og senest 1. januar 2019 | en: during 2018 and no later than 1 January 2019
            "i 2018 og inden 1. januar 2019"
              2018-01-01..2018-12-31 year +before | da: i løbet af 2018 og før 1. januar 2019 | en: during 2018 and before 1 January 2019
        "#]],
    );
}

#[test]
fn a_date_followed_by_a_sentence_is_read_by_its_date() {
    check(
        Lang::Da,
        &["Ved udgangen af 2019 forventes alle større danske organisationer at rapportere via IATI-standardformatet.",
          "Senest ved udgan- gen af 2019 forventes den danske DAC-rapportering at være suppleret",
          "2. kvar- tal 2018", "2018 2022 -", "2018 - under udarbejdelse"],
        expect![[r#"
            "Ved udgangen af 2019 forventes alle større danske organisationer at rapportere via IATI-standardformatet."
              2019-09-01..2019-12-31 year +late | da: ultimo 2019 | en: end of 2019
            "Senest ved udgan- gen af 2019 forventes den danske DAC-rapportering at være suppleret"
              ?..2019-12-31 year +late +no_later_than | da: senest ultimo 2019 | en: by the end of 2019
            "2. kvar- tal 2018"
              2018-04-01..2018-06-30 quarter | da: 2. kvartal 2018 | en: Q2 2018
            "2018 2022 -"
              2018-01-01..2018-12-31 year | da: 2018 | en: 2018
            "2018 - under udarbejdelse"
              2018-01-01..2018-12-31 year | da: 2018 | en: 2018
        "#]],
    );
}

#[test]
fn no_date_and_unreadable_text_keep_their_text() {
    check(
        Lang::Da,
        &[
            "Endnu ikke fastlagt",
            "ikke fastlagt (afventer aftale)",
            "TBD",
            "to be determined",
            "-",
            "–",
            "",
            "  ",
            "NA",
            "n/a",
            "løbende",
            "Ongoing",
            "until further notice",
            "Underway",
            "In progress",
            "I gang",
            "Igangværende",
            "Der er 34 kommuner med",
            "juli",
            "14. september",
            "2019-02-30",
            "Q5 2018",
            "32. januar 2018",
            "13/13/2018",
            "snart",
            "år 20188",
        ],
        expect![[r#"
            "Endnu ikke fastlagt"
              ?..? unknown +not_set | da: ikke fastlagt | en: not set
            "ikke fastlagt (afventer aftale)"
              ?..? unknown +not_set | da: ikke fastlagt | en: not set
            "TBD"
              ?..? unknown +not_set | da: ikke fastlagt | en: not set
            "to be determined"
              ?..? unknown +not_set | da: ikke fastlagt | en: not set
            "-"
              ?..? unknown +not_given | da: ikke angivet | en: not given
            "–"
              ?..? unknown +not_given | da: ikke angivet | en: not given
            ""
              ?..? unknown +not_given | da: ikke angivet | en: not given
            "  "
              ?..? unknown +not_given | da: ikke angivet | en: not given
            "NA"
              ?..? unknown +not_given | da: ikke angivet | en: not given
            "n/a"
              ?..? unknown +not_given | da: ikke angivet | en: not given
            "løbende"
              ?..? unknown +open | da: løbende | en: ongoing
            "Ongoing"
              ?..? unknown +open | da: løbende | en: ongoing
            "until further notice"
              ?..? unknown +open | da: løbende | en: ongoing
            "Underway"
              ?..? unknown +open | da: løbende | en: ongoing
            "In progress"
              ?..? unknown +open | da: løbende | en: ongoing
            "I gang"
              ?..? unknown +open | da: løbende | en: ongoing
            "Igangværende"
              ?..? unknown +open | da: løbende | en: ongoing
            "Der er 34 kommuner med"
              ?..? unknown | da: Der er 34 kommuner med | en: Der er 34 kommuner med
            "juli"
              ?..? unknown | da: juli | en: juli
            "14. september"
              ?..? unknown | da: 14. september | en: 14. september
            "2019-02-30"
              ?..? unknown | da: 2019-02-30 | en: 2019-02-30
            "Q5 2018"
              ?..? unknown | da: Q5 2018 | en: Q5 2018
            "32. januar 2018"
              ?..? unknown | da: 32. januar 2018 | en: 32. januar 2018
            "13/13/2018"
              ?..? unknown | da: 13/13/2018 | en: 13/13/2018
            "snart"
              ?..? unknown | da: snart | en: snart
            "år 20188"
              ?..? unknown | da: år 20188 | en: år 20188
        "#]],
    );
}

#[test]
fn case_spaces_and_dashes_do_not_matter() {
    check(
        Lang::Da,
        &[
            "  2. KVARTAL   2018 ",
            "MEDIO 2019",
            "oktober 2016—december 2020",
            "oktober 2016 − december 2020",
            "1.\u{a0}halvår\u{a0}2018",
        ],
        expect![[r#"
            "  2. KVARTAL   2018 "
              2018-04-01..2018-06-30 quarter | da: 2. kvartal 2018 | en: Q2 2018
            "MEDIO 2019"
              2019-05-01..2019-08-31 year +mid | da: medio 2019 | en: mid-2019
            "oktober 2016—december 2020"
              "oktober 2016" 2016-10-01..2016-10-31 month → "december 2020" 2020-12-01..2020-12-31 month | da: oktober 2016 til december 2020 | en: October 2016 to December 2020
            "oktober 2016 − december 2020"
              "oktober 2016" 2016-10-01..2016-10-31 month → "december 2020" 2020-12-01..2020-12-31 month | da: oktober 2016 til december 2020 | en: October 2016 to December 2020
            "1.\u{a0}halvår\u{a0}2018"
              2018-01-01..2018-06-30 half_year | da: 1. halvår 2018 | en: first half of 2018
        "#]],
    );
}
