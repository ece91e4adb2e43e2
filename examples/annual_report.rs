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

/// What `--help` prints.
const USAGE: &str = "\
usage: annual_report [--lang en|fr|es] [--out-dir DIR]

Writes the assessment of the bundled Metropolis 2023 dataset as one HTML page and one Markdown
document, DIR/metropolis-2023.LANG.html and .md (default DIR: reports, LANG: en).";

fn main() -> ExitCode {
    let mut lang = Lang::En;
    let mut out_dir = PathBuf::from("reports");
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "--lang" => match args.next().map(|v| v.parse()) {
                Some(Ok(l)) => lang = l,
                Some(Err(e)) => return usage(&e.to_string()),
                None => return usage("--lang needs a value: en, fr or es"),
            },
            "--out-dir" => match args.next() {
                Some(v) => out_dir = PathBuf::from(v),
                None => return usage("--out-dir needs a value"),
            },
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
    eprintln!("annual_report: {why}\n{USAGE}");
    ExitCode::from(2)
}
