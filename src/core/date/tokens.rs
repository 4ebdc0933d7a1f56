//! A date phrase cut into words, numbers and marks, each with where it is
//! in the original text, so every part of a range keeps its own text.
//!
//! Dashes of every kind are one mark, case is folded without Unicode tables
//! (they cost the browser bundle kilobytes), and a word split at a line end
//! by the PDF ("kvar- tal", "udgan- gen") is joined again when the joined
//! word is one the lexicon knows.

use super::lexicon::lexeme;
use crate::core::text::fold_case;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Dash,
    Slash,
    Dot,
    Comma,
    /// Anything else: brackets, colons, quotes.
    Other,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tok {
    /// Digits, with how many there were ("09" is 2 digits).
    Num {
        value: u32,
        digits: usize,
    },
    /// Letters, case-folded.
    Word(String),
    Mark(Mark),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub tok: Tok,
    /// Byte range in the original text.
    pub start: usize,
    pub end: usize,
    /// Whitespace came before it.
    pub spaced: bool,
}

impl Token {
    pub fn word(&self) -> Option<&str> {
        match &self.tok {
            Tok::Word(w) => Some(w),
            _ => None,
        }
    }

    pub fn mark(&self) -> Option<Mark> {
        match self.tok {
            Tok::Mark(m) => Some(m),
            _ => None,
        }
    }

    pub fn num(&self) -> Option<(u32, usize)> {
        match self.tok {
            Tok::Num { value, digits } => Some((value, digits)),
            _ => None,
        }
    }
}

fn mark_of(c: char) -> Option<Mark> {
    Some(match c {
        // Hyphen, en and em dash, minus, and the hyphens PDFs produce.
        '-' | '–' | '—' | '‐' | '‑' | '‒' | '−' => Mark::Dash,
        '/' => Mark::Slash,
        '.' => Mark::Dot,
        ',' => Mark::Comma,
        _ => return None,
    })
}

/// Letters: ASCII ones and any non-ASCII character that is not a space,
/// a dash or punctuation people put around dates.
fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (!c.is_ascii()
            && !c.is_whitespace()
            && mark_of(c).is_none()
            && !matches!(c, '“' | '”' | '„' | '‘' | '’' | '«' | '»' | '…' | '•'))
}

pub fn tokens(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    let mut spaced = false;
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            spaced = true;
            continue;
        }
        let mut end = start + c.len_utf8();
        let tok = if c.is_ascii_digit() {
            let mut value: u32 = c as u32 - '0' as u32;
            let mut digits = 1;
            while let Some(&(i, d)) = chars.peek().filter(|(_, d)| d.is_ascii_digit()) {
                value = value.saturating_mul(10).saturating_add(d as u32 - '0' as u32);
                digits += 1;
                end = i + d.len_utf8();
                chars.next();
            }
            Tok::Num { value, digits }
        } else if is_letter(c) {
            let mut word = String::from(fold_case(c));
            while let Some(&(i, l)) = chars.peek().filter(|(_, l)| is_letter(*l)) {
                word.push(fold_case(l));
                end = i + l.len_utf8();
                chars.next();
            }
            Tok::Word(word)
        } else {
            Tok::Mark(mark_of(c).unwrap_or(Mark::Other))
        };
        out.push(Token { tok, start, end, spaced });
        spaced = false;
    }
    join_line_breaks(out)
}

/// "kvar- tal" → "kvartal": a word, a dash stuck to it, and a word, when
/// the two halves make a word the lexicon knows ("april-maj" stays a range).
fn join_line_breaks(tokens: Vec<Token>) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        if let (Some(head), Some(dash), Some(tail)) =
            (tokens[i].word(), tokens.get(i + 1), tokens.get(i + 2).and_then(Token::word))
        {
            let joined = format!("{head}{tail}");
            if dash.mark() == Some(Mark::Dash) && !dash.spaced && lexeme(&joined).is_some() {
                out.push(Token {
                    tok: Tok::Word(joined),
                    start: tokens[i].start,
                    end: tokens[i + 2].end,
                    spaced: tokens[i].spaced,
                });
                i += 3;
                continue;
            }
        }
        out.push(tokens[i].clone());
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> String {
        tokens(text)
            .iter()
            .map(|t| {
                let s = match &t.tok {
                    Tok::Num { value, digits } => format!("{value}#{digits}"),
                    Tok::Word(w) => w.clone(),
                    Tok::Mark(m) => format!("{m:?}"),
                };
                if t.spaced {
                    format!(" {s}")
                } else {
                    s
                }
            })
            .collect()
    }

    #[test]
    fn cuts_words_numbers_and_marks() {
        assert_eq!(show("2. Kvartal 2018"), "2#1Dot kvartal 2018#4");
        assert_eq!(show("Oktober 2016 – december 2020"), "oktober 2016#4 Dash december 2020#4");
        assert_eq!(show("2018-09-01"), "2018#4Dash9#2Dash1#2");
        assert_eq!(show("Q2 2018"), "q2#1 2018#4");
        assert_eq!(show("ÆØÅ øre"), "æøå øre");
        assert_eq!(show("(mid-2019)"), "OthermidDash2019#4Other");
    }

    #[test]
    fn joins_words_the_pdf_broke_at_a_line_end() {
        assert_eq!(show("2. kvar- tal 2018"), "2#1Dot kvartal 2018#4");
        assert_eq!(show("Senest ved udgan-\ngen af 2019"), "senest ved udgangen af 2019#4");
        assert_eq!(show("April-maj 2017"), "aprilDashmaj 2017#4");
        assert_eq!(show("maj - juni"), "maj Dash juni");
    }

    #[test]
    fn byte_ranges_point_into_the_original() {
        let text = "1. halvår – 2019";
        let t = tokens(text);
        assert_eq!(&text[t[2].start..t[2].end], "halvår");
        assert_eq!(&text[t[3].start..t[3].end], "–");
    }
}
