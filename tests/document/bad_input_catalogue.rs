//! The bad-input catalogue: every file of `tests/bad-input/<kind>/` (and the older fixtures of
//! `tests/fixtures/invalid/` and `tests/fixtures/csv/`) goes through the real `gia` binary, and
//! its exit code and standard error must be exactly those of its `.expected` file.
//!
//! `NAME.expected` holds `exit N` on its first line, then the lines `gia` must print on standard
//! error (for the older JSON fixtures, which hold only the lines, the exit code is 1). The
//! command depends on the kind:
//!
//! | Directory | Command |
//! |---|---|
//! | `bad-input/input`, `fixtures/invalid` | `gia validate FILE` |
//! | `bad-input/framework` | `gia assess --example metropolis --framework FILE` |
//! | `bad-input/network` | `gia validate --network FILE` |
//! | `bad-input/payroll`, `fixtures/csv` (all but `ok-*`) | `gia pay FILE --no-inference`, then the lines of `NAME.flags` if any |
//! | `bad-input/workbook` | `gia pay FILE --no-inference` (the workbook's first sheet) |
//! | `bad-input/payroll/*.parquet` | `gia pay FILE --no-inference`, then the lines of `NAME.flags` (written by `tests/reference/gen_parquet_bad_input.py`) |
//! | `bad-input/args` | `gia` with the lines of `NAME.args` as its arguments |
//!
//! The expected lines were written from what `gia` printed and each was read for three things:
//! the place is right (JSON Pointer, or CSV line and column), the message says what was
//! expected and what was found, and it echoes no pay value or name. Besides the exact match,
//! the test checks mechanically that no amount of a payroll file appears in the messages, that
//! nothing is printed on standard output, and that exit codes are 1 (bad input) or 2 (usage).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::{files, root};

struct Expected {
    exit: i32,
    lines: Vec<String>,
}

fn expected(case: &Path, default_exit: Option<i32>) -> Expected {
    let path = case.with_extension("expected");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: no expected file ({e})", case.display()));
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let exit = match lines.first().and_then(|l| l.strip_prefix("exit ")) {
        Some(code) => {
            let code = code.parse().expect("exit code");
            lines.remove(0);
            code
        }
        None => default_exit.unwrap_or_else(|| panic!("{}: no `exit N` line", path.display())),
    };
    Expected { exit, lines }
}

/// Runs `gia` and checks exit code and standard error against the case's expected file.
fn check(case: &Path, args: &[String], default_exit: Option<i32>, failures: &mut Vec<String>) {
    let want = expected(case, default_exit);
    let out = Command::new(env!("CARGO_BIN_EXE_gia"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("run gia");
    let name = case
        .strip_prefix(root())
        .unwrap_or(case)
        .display()
        .to_string();
    let got: Vec<String> = String::from_utf8_lossy(&out.stderr)
        .lines()
        .map(str::to_string)
        .collect();
    if out.status.code() != Some(want.exit) {
        failures.push(format!(
            "{name}: exit {:?}, expected {}",
            out.status.code(),
            want.exit
        ));
    }
    if got != want.lines {
        failures.push(format!(
            "{name}: standard error differs\n  got:      {got:?}\n  expected: {:?}",
            want.lines
        ));
    }
    if !out.stdout.is_empty() && want.exit != 0 {
        failures.push(format!("{name}: printed on standard output"));
    }
    if !matches!(want.exit, 1 | 2) {
        failures.push(format!("{name}: a bad input must exit 1 or 2"));
    }
}

fn path_arg(p: &Path) -> String {
    p.to_string_lossy().to_string()
}

fn run_kind(
    dir: &str,
    ext: &str,
    default_exit: Option<i32>,
    args: impl Fn(&Path) -> Vec<String>,
) -> usize {
    let mut failures = Vec::new();
    let cases = files(dir, ext);
    for case in &cases {
        check(case, &args(case), default_exit, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    cases.len()
}

#[test]
fn input_documents() {
    let n = run_kind("tests/bad-input/input", "json", None, |p| {
        vec!["validate".into(), path_arg(p)]
    });
    let m = run_kind("tests/fixtures/invalid", "json", Some(1), |p| {
        vec!["validate".into(), path_arg(p)]
    });
    assert!(n >= 29 && m >= 57, "{n} + {m} cases");
}

/// `gia assess --example metropolis --framework FILE`.
fn framework_args(p: &Path) -> Vec<String> {
    ["assess", "--example", "metropolis", "--framework"]
        .into_iter()
        .map(String::from)
        .chain([path_arg(p)])
        .collect()
}

#[test]
fn frameworks() {
    let n = run_kind("tests/bad-input/framework", "json", None, |p| {
        framework_args(p)
    });
    assert!(n >= 15, "{n} cases");
}

#[test]
fn networks() {
    let n = run_kind("tests/bad-input/network", "json", None, |p| {
        vec!["validate".into(), "--network".into(), path_arg(p)]
    });
    assert!(n >= 10, "{n} cases");
}

/// `gia pay FILE --no-inference`, then the lines of `NAME.flags` when there is one (e.g. the
/// flag naming a category column).
fn pay_args(p: &Path) -> Vec<String> {
    let mut args = vec!["pay".into(), path_arg(p), "--no-inference".into()];
    if let Ok(flags) = std::fs::read_to_string(p.with_extension("flags")) {
        args.extend(flags.lines().map(str::to_string));
    }
    args
}

#[test]
fn workbooks() {
    let n = run_kind("tests/bad-input/workbook", "xlsx", None, pay_args);
    assert!(n >= 6, "{n} cases");
}

/// Parquet payrolls: not Parquet, truncated, encrypted, nested and INT96 columns, nulls, text
/// and NaN in number columns, a codec not built in.
#[test]
fn parquet_payrolls() {
    let n = run_kind("tests/bad-input/payroll", "parquet", None, pay_args);
    assert!(n >= 8, "{n} cases");
}

#[test]
fn payrolls() {
    let n = run_kind("tests/bad-input/payroll", "csv", None, pay_args);
    let mut failures = Vec::new();
    let mut m = 0;
    for case in files("tests/fixtures/csv", "csv") {
        if case
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("ok-")
        {
            continue;
        }
        m += 1;
        check(&case, &pay_args(&case), None, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(n >= 9 && m >= 15, "{n} + {m} cases");
}

/// No amount written in a payroll file (a number of 3 digits or more in a data row) appears in
/// what `gia pay` prints about it.
#[test]
fn payroll_messages_never_echo_amounts() {
    let mut cases = files("tests/bad-input/payroll", "csv");
    cases.extend(files("tests/fixtures/csv", "csv"));
    for case in cases {
        let bytes = std::fs::read(&case).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let out = Command::new(env!("CARGO_BIN_EXE_gia"))
            .args(pay_args(&case))
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        for line in text.lines().skip(1) {
            for token in line.split([',', ';', '"', ' ', '\t']) {
                let digits = token.chars().filter(char::is_ascii_digit).count();
                if digits >= 3 {
                    assert!(
                        !stderr.contains(token.trim()),
                        "{}: `{token}` echoed in {stderr}",
                        case.display()
                    );
                }
            }
        }
    }
}

#[test]
fn command_lines() {
    let n = run_kind("tests/bad-input/args", "args", None, |p| {
        std::fs::read_to_string(p)
            .unwrap()
            .lines()
            .map(str::to_string)
            .collect()
    });
    assert!(n >= 15, "{n} cases");
}

/// Every case of the catalogue in French and Spanish (`gia --lang fr|es ...`): the same exit
/// code and as many lines as in English; every line the crate writes is translated (it differs
/// from the English line, and has neither "expected" nor "found" in it) and keeps its place
/// (the JSON Pointer before `: ` is the same). Only clap's own messages (argument syntax,
/// `error: ...` and the help text, which clap writes in English only) are left as they are.
#[test]
fn every_message_in_french_and_spanish() {
    let mut cases: Vec<(PathBuf, Vec<String>)> = Vec::new();
    for dir in ["tests/bad-input/input", "tests/fixtures/invalid"] {
        for p in files(dir, "json") {
            let a = vec!["validate".into(), path_arg(&p)];
            cases.push((p, a));
        }
    }
    for p in files("tests/bad-input/framework", "json") {
        let a = framework_args(&p);
        cases.push((p, a));
    }
    for p in files("tests/bad-input/network", "json") {
        let a = vec!["validate".into(), "--network".into(), path_arg(&p)];
        cases.push((p, a));
    }
    for p in files("tests/bad-input/payroll", "parquet") {
        let a = pay_args(&p);
        cases.push((p, a));
    }
    for dir in ["tests/bad-input/payroll", "tests/fixtures/csv"] {
        for p in files(dir, "csv") {
            if !p.file_name().unwrap().to_string_lossy().starts_with("ok-") {
                let a = pay_args(&p);
                cases.push((p, a));
            }
        }
    }
    for p in files("tests/bad-input/args", "args") {
        let a = std::fs::read_to_string(&p)
            .unwrap()
            .lines()
            .map(str::to_string)
            .collect();
        cases.push((p, a));
    }
    let run = |lang: Option<&str>, args: &[String]| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_gia"));
        if let Some(l) = lang {
            cmd.args(["--lang", l]);
        }
        let out = cmd
            .args(args)
            .current_dir(root())
            .output()
            .expect("run gia");
        let lines: Vec<String> = String::from_utf8_lossy(&out.stderr)
            .lines()
            .map(str::to_string)
            .collect();
        (out.status.code(), lines)
    };
    let mut failures = Vec::new();
    let mut translated = 0;
    for (case, args) in &cases {
        let name = case.strip_prefix(root()).unwrap_or(case).display();
        let (exit, english) = run(None, args);
        // clap's messages: a syntax error of the command line, or the help text.
        let clap = english.first().is_some_and(|l| !l.starts_with("gia: "))
            && exit == Some(2)
            && !english.iter().any(|l| l.starts_with("gia: "));
        for lang in ["fr", "es"] {
            let (lexit, other) = run(Some(lang), args);
            if clap && lexit == exit {
                continue;
            }
            if lexit != exit || other.len() != english.len() {
                failures.push(format!(
                    "{name} ({lang}): exit {lexit:?} and {} lines, English: exit {exit:?} and {} lines",
                    other.len(),
                    english.len()
                ));
                continue;
            }
            for (en, tr) in english.iter().zip(&other) {
                let words = tr.to_lowercase();
                if en == tr || words.contains("expected") || words.contains("found") {
                    failures.push(format!("{name} ({lang}): not translated: {tr}"));
                } else if exit == Some(1)
                    && en.starts_with(['/', ':'])
                    && en.split_once(": ").map(|p| p.0) != tr.split_once(": ").map(|p| p.0)
                {
                    failures.push(format!(
                        "{name} ({lang}): another place: {tr} (English: {en})"
                    ));
                } else {
                    translated += 1;
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} lines not right:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(translated > 400, "{translated} lines translated");
}

/// The catalogue's bad workbooks (password-protected, chart sheet first, merged header cells,
/// formula errors, not a workbook, a zip bomb), read as records: every one is refused (exit 1)
/// with at least one problem, and nothing panics.
#[test]
fn bad_workbooks_as_records() {
    let cases = files("tests/bad-input/workbook", "xlsx");
    assert!(cases.len() >= 6);
    for case in cases {
        let out = Command::new(env!("CARGO_BIN_EXE_gia"))
            .args(["validate", &path_arg(&case)])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{}: {stderr}", case.display());
        assert!(
            !stderr.trim().is_empty() && !stderr.contains("panicked"),
            "{stderr}"
        );
    }
    // A 200 MB file, sparse: refused by its size before it is opened.
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let big = dir.join("records-200mb.xlsx");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(200 * 1024 * 1024).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_gia"))
        .args(["validate", &path_arg(&big)])
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&big);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "records-200mb.xlsx: expected a workbook of at most 100 MB, found a larger one: keep \
         records this large as JSON (`gia convert` cannot read it either)\n"
    );
}
