//! Colours for the terminal. Everything is printed through anstream, which
//! drops the colour codes when the output is not a terminal, or NO_COLOR is
//! set, so pipes and CI logs get plain text.

use anstyle::{AnsiColor, Style};

pub const ERROR: Style = AnsiColor::Red.on_default().bold();
pub const WARNING: Style = AnsiColor::Yellow.on_default().bold();
pub const PLACE: Style = Style::new().bold();
pub const GOOD: Style = AnsiColor::Green.on_default().bold();

pub fn paint(style: Style, text: &str) -> String {
    format!("{style}{text}{style:#}")
}
