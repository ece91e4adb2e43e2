//! The Metropolis 2023 assessment as an HTML page and a Markdown document, in English, French
//! or Spanish: the README's main command.
//!
//! ```sh
//! cargo run --release --example annual_report -- --lang fr            # writes reports/metropolis-2023.fr.{html,md}
//! cargo run --release --example annual_report -- --lang es --out-dir /tmp/reports
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use gender_impact::i18n::Lang;
use gender_impact::report;

fn main() -> ExitCode {
    let mut lang = Lang::En;
    let mut out_dir = PathBuf::from("reports");
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next();
        match (arg.as_str(), value) {
            ("--lang", Some(v)) => match v.parse() {
                Ok(l) => lang = l,
                Err(e) => return usage(&e),
            },
            ("--out-dir", Some(v)) => out_dir = PathBuf::from(v),
            _ => return usage(&format!("unexpected argument `{arg}`")),
        }
    }
    let input = gender_impact::metropolis_2023();
    let assessment = match gender_impact::assess(&input) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("annual_report: the embedded dataset does not assess: {e}");
            return ExitCode::FAILURE;
        }
    };
    let outputs = [
        ("html", report::html(&assessment, lang)),
        ("md", report::markdown_in(&assessment, lang)),
    ];
    if let Err(e) = std::fs::create_dir_all(&out_dir) {
        eprintln!("annual_report: cannot create {}: {e}", out_dir.display());
        return ExitCode::FAILURE;
    }
    for (ext, text) in outputs {
        let path = out_dir.join(format!("metropolis-2023.{lang}.{ext}"));
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("annual_report: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!(
            "{}",
            lang.message(
                "cli-written",
                &[("path", path.display().to_string().into())]
            )
        );
    }
    ExitCode::SUCCESS
}

fn usage(why: &str) -> ExitCode {
    eprintln!("annual_report: {why}\nusage: annual_report [--lang en|fr|es] [--out-dir DIR]");
    ExitCode::from(2)
}
