//! The example programs' command lines (`examples/*.rs`): `--help` prints the usage on standard
//! output and exits 0; an unknown flag or a missing value exits 2 with a message and the usage
//! on standard error, and nothing on standard output.
//!
//! `cargo test` builds the examples (into `target/<profile>/examples/`) before it runs the
//! tests; this test runs those binaries.

use std::path::PathBuf;
use std::process::{Command, Output};

use crate::support::root;

const EXAMPLES: [&str; 4] = [
    "annual_report",
    "network_report",
    "custom_indicator",
    "gen_payroll",
];

/// The example's binary, next to this test's own directory (`deps/`).
fn example(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary's path");
    let dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target/<profile>");
    let path = dir
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.exists(),
        "{} is not built: run `cargo test` (which builds the examples), not `cargo test --test cli` alone",
        path.display()
    );
    path
}

fn run(name: &str, args: &[&str]) -> Output {
    Command::new(example(name))
        .args(args)
        .current_dir(root())
        .output()
        .expect("the example runs")
}

#[test]
fn help_prints_the_usage_and_exits_0() {
    for name in EXAMPLES {
        for flag in ["--help", "-h"] {
            let o = run(name, &[flag]);
            let out = String::from_utf8_lossy(&o.stdout);
            assert_eq!(o.status.code(), Some(0), "{name} {flag}");
            assert!(out.starts_with(&format!("usage: {name}")), "{name}: {out}");
            assert!(o.stderr.is_empty(), "{name} {flag}");
        }
    }
}

#[test]
fn unknown_flags_exit_2_with_a_message() {
    let cases: [(&str, &[&str], &str); 8] = [
        (
            "annual_report",
            &["--bogus"],
            "unexpected argument `--bogus`",
        ),
        ("annual_report", &["--lang"], "--lang needs a value"),
        ("annual_report", &["--lang", "de"], "de"),
        (
            "network_report",
            &["--bogus"],
            "unexpected argument `--bogus`",
        ),
        ("network_report", &[], "expected a folder"),
        (
            "custom_indicator",
            &["--bogus"],
            "unexpected argument `--bogus`",
        ),
        ("gen_payroll", &["--bogus"], "expected 2 arguments, found 1"),
        (
            "gen_payroll",
            &["ten", "-"],
            "ROWS: expected a whole number, found `ten`",
        ),
    ];
    for (name, args, why) in cases {
        let o = run(name, args);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{name} {args:?}: {err}");
        assert!(
            err.starts_with(&format!("{name}: ")) && err.contains(why),
            "{name} {args:?}: {err}"
        );
        assert!(
            err.contains(&format!("usage: {name}")),
            "{name} {args:?}: {err}"
        );
        assert!(o.stdout.is_empty(), "{name} {args:?}");
    }
}

/// A control: the argument parsing lets a good command line through.
#[test]
fn gen_payroll_writes_the_rows_asked_for() {
    let o = run("gen_payroll", &["3", "-"]);
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8(o.stdout).unwrap();
    assert_eq!(text.lines().count(), 4, "{text}");
    assert!(text.starts_with("employee_id,gender,"));
}
