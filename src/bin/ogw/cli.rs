//! The command line itself (native only; see main.rs).

use std::io::{Read, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use ogw_widgets::core::i18n::Lang;
use ogw_widgets::core::problem::Severity;
use ogw_widgets::core::read::read_plan;
use ogw_widgets::core::schema::plan_schema;

#[derive(Parser)]
#[command(name = "ogw", version, about = "Open Government Widgets: check feeds and print their schema")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the JSON Schema of a feed format.
    ///
    /// Example: ogw schema plan > ogw.plan.schema.json
    Schema { format: FeedFormat },
    /// Check a plan feed and list every problem with its path.
    ///
    /// Exit status: 0 when nothing must be fixed, 1 when items are left out
    /// or the feed cannot be read, 2 on usage errors.
    /// Example: ogw validate www/feeds/handlingsplan-2017-2019.json
    Validate {
        /// The feed file, or - for standard input.
        file: String,
        /// The language of the messages.
        #[arg(long, default_value = "en")]
        lang: String,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum FeedFormat {
    Plan,
}

pub fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Schema { format: FeedFormat::Plan } => {
            // A closed pipe (`| head`) is not an error worth a panic.
            let _ = writeln!(std::io::stdout(), "{}", plan_schema());
            ExitCode::SUCCESS
        }
        Command::Validate { file, lang } => validate(&file, Lang::from_tag(&lang)),
    }
}

fn validate(file: &str, lang: Lang) -> ExitCode {
    let text = if file == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).map(|_| s)
    } else {
        std::fs::read_to_string(file)
    };
    let text = match text {
        Ok(text) => text,
        Err(e) => {
            eprintln!("ogw: cannot read {file}: {e}");
            return ExitCode::from(2);
        }
    };
    match read_plan(&text) {
        Err(fatal) => {
            println!("{file}: error: {}", fatal.describe(lang));
            ExitCode::from(1)
        }
        Ok(read) => {
            for p in &read.problems {
                let level = if p.severity == Severity::Warning { "warning" } else { "error" };
                println!("{file}: {level}: {}", p.describe(lang));
            }
            let errors = read.problems.iter().filter(|p| p.severity != Severity::Warning).count();
            let warnings = read.problems.len() - errors;
            println!("{file}: {} initiatives, {errors} errors, {warnings} warnings", read.feed.initiatives.len());
            if errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS }
        }
    }
}
