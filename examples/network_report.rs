//! One comparative report of many organisations: every input document of a folder (`*.json`,
//! in file-name order), or one network document (`{"name": ..., "organisations": [...]}`),
//! assessed with the default framework and written as one HTML page with a table and a chart
//! per indicator.
//!
//! ```sh
//! cargo run --release --example network_report -- tests/fixtures/valid --lang fr --out network.fr.html
//! cargo run --release --example network_report -- network.json --lang es
//! ```

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use gender_impact::i18n::Lang;
use gender_impact::{Assessment, Assessor};

/// What `--help` prints.
const USAGE: &str = "\
usage: network_report FOLDER|NETWORK.json [--lang en|fr|es] [--out FILE]

Assesses every input document of FOLDER (*.json, in file-name order), or every organisation of
a network document, and writes one comparative HTML page (default FILE:
reports/network.LANG.html, LANG: en).";

fn main() -> ExitCode {
    let mut lang = Lang::En;
    let mut out: Option<PathBuf> = None;
    let mut source: Option<PathBuf> = None;
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
                None => return usage("--lang needs a value"),
            },
            "--out" => match args.next() {
                Some(v) => out = Some(PathBuf::from(v)),
                None => return usage("--out needs a value"),
            },
            a if source.is_none() && !a.starts_with('-') => source = Some(PathBuf::from(a)),
            a => return usage(&format!("unexpected argument `{a}`")),
        }
    }
    let Some(source) = source else {
        return usage("expected a folder of input documents or a network document");
    };
    let (name, assessments) = match assess(&source) {
        Ok(x) => x,
        Err(problems) => {
            for p in problems {
                eprintln!("{p}");
            }
            return ExitCode::FAILURE;
        }
    };
    let page = gender_impact::report::comparison_html(name.as_deref(), &assessments, lang);
    let out = out.unwrap_or_else(|| PathBuf::from(format!("reports/network.{lang}.html")));
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty())
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        eprintln!("network_report: cannot create {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    if let Err(e) = std::fs::write(&out, page) {
        eprintln!("network_report: cannot write {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    println!(
        "{}",
        lang.message("cli-written", &[("path", out.display().to_string().into())])
    );
    ExitCode::SUCCESS
}

/// The network's name and every organisation's assessment, or every problem found.
fn assess(source: &Path) -> Result<(Option<String>, Vec<Assessment>), Vec<String>> {
    let assessor = Assessor::new();
    let read = |p: &Path| {
        std::fs::read_to_string(p).map_err(|e| vec![format!("cannot read {}: {e}", p.display())])
    };
    if source.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(source)
            .map_err(|e| vec![format!("cannot read {}: {e}", source.display())])?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        let mut all = Vec::with_capacity(files.len());
        let mut problems = Vec::new();
        for f in &files {
            match gender_impact::validate(&read(f)?).and_then(|i| assessor.assess(&i)) {
                Ok(a) => all.push(a),
                Err(e) => {
                    problems.extend(e.problems().iter().map(|p| format!("{}: {p}", f.display())))
                }
            }
        }
        return if problems.is_empty() {
            Ok((None, all))
        } else {
            Err(problems)
        };
    }
    let text = read(source)?;
    let net = gender_impact::validate_network(&text).map_err(|e| {
        e.problems()
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
    })?;
    let all = gender_impact::assess_network(&assessor, &net).map_err(|e| {
        e.problems()
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
    })?;
    Ok((net.name.map(|n| n.to_string()), all))
}

fn usage(why: &str) -> ExitCode {
    eprintln!("network_report: {why}\n{USAGE}");
    ExitCode::from(2)
}
