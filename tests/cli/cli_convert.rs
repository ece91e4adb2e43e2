//! `gia convert` between JSON and workbooks: nothing is lost either way, the workbook assesses
//! to the same figures as the JSON, and a problem in a workbook is shown at its cell.

use std::process::Output;

use crate::support::{self, gia};

fn dir() -> std::path::PathBuf {
    crate::support::scratch_dir("cli-convert")
}

fn ok(out: &Output) {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// JSON → workbook → JSON gives the document back (as the crate writes it: the same
/// [`gender_impact::Input`]), and converting again changes nothing; `gia assess` prints the
/// same assessment, byte for byte, from the JSON and from the workbook.
#[test]
fn round_trips_and_same_figures() {
    for (name, file) in [
        ("metropolis", "data/metropolis-2023.json"),
        ("every-section", "tests/fixtures/valid/every-section.json"),
    ] {
        let src = support::root().join(file);
        let src = src.to_str().unwrap();
        let book = dir().join(format!("{name}.xlsx"));
        let back = dir().join(format!("{name}.json"));
        let again = dir().join(format!("{name}-again.xlsx"));
        let back2 = dir().join(format!("{name}-again.json"));
        let (b, j, b2, j2) = (
            book.to_str().unwrap(),
            back.to_str().unwrap(),
            again.to_str().unwrap(),
            back2.to_str().unwrap(),
        );
        ok(&gia(&["convert", src, b, "--force"]));
        ok(&gia(&["convert", b, j, "--force"]));
        let original = gender_impact::validate(&std::fs::read_to_string(src).unwrap()).unwrap();
        let text = std::fs::read_to_string(&back).unwrap();
        assert_eq!(gender_impact::validate(&text).unwrap(), original, "{name}");
        let canonical = serde_json::to_string_pretty(&original).unwrap() + "\n";
        assert_eq!(text, canonical, "{name}");
        ok(&gia(&["convert", j, b2, "--force"]));
        ok(&gia(&["convert", b2, j2, "--force"]));
        assert_eq!(std::fs::read_to_string(&back2).unwrap(), text, "{name}");
        for format in ["json", "markdown"] {
            let from_json = gia(&["assess", src, "--format", format]);
            let from_book = gia(&["assess", b, "--format", format]);
            ok(&from_book);
            assert_eq!(from_json.stdout, from_book.stdout, "{name} {format}");
        }
    }
}

#[test]
fn refuses_what_it_cannot_convert_and_keeps_files() {
    let kept = dir().join("kept.xlsx");
    std::fs::write(&kept, "mine").unwrap();
    let src = support::root().join("tests/fixtures/valid/minimal.json");
    let out = gia(&["convert", src.to_str().unwrap(), kept.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--force"));
    assert_eq!(std::fs::read_to_string(&kept).unwrap(), "mine");
    let csv = dir().join("out.csv");
    let out = gia(&["convert", src.to_str().unwrap(), csv.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("gia convert records.json records.xlsx"));
    assert!(!csv.exists());
    // An invalid document is not converted: its problems are listed (exit 1).
    let bad = support::root().join("tests/fixtures/invalid");
    let first = support::files("tests/fixtures/invalid", "json")
        .into_iter()
        .next()
        .unwrap_or(bad);
    let out_book = dir().join("never.xlsx");
    let _ = std::fs::remove_file(&out_book);
    let out = gia(&[
        "convert",
        first.to_str().unwrap(),
        out_book.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!out_book.exists());
}

#[test]
fn a_missing_workbook_is_a_usage_error() {
    let out = gia(&["validate", "no-such-file.xlsx"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-file.xlsx"));
}
