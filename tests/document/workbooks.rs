//! Records workbooks: a document written as a workbook and read back is the same document;
//! workbooks made by other means (as a person would fill one in) read as the JSON they mirror;
//! problems are placed at their cells.

use std::path::{Path, PathBuf};

use gender_impact::i18n::Lang;
use gender_impact::{Input, input_template_workbook, records_workbook, validate_workbook};

use crate::support;

/// A fresh directory for this test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gia-workbooks-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn round_trip(input: &Input, dir: &Path, name: &str) -> Input {
    let path = dir.join(format!("{name}.xlsx"));
    std::fs::write(&path, records_workbook(input, Lang::En).unwrap()).unwrap();
    validate_workbook(&path).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn every_valid_document_comes_back_the_same() {
    let dir = scratch("round-trip");
    let mut files = support::files("tests/fixtures/valid", "json");
    files.push(support::root().join("data/metropolis-2023.json"));
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let input = gender_impact::validate(&text).unwrap();
        let name = f.file_stem().unwrap().to_string_lossy().into_owned();
        let back = round_trip(&input, &dir, &name);
        assert_eq!(back, input, "{name}");
    }
}

#[test]
fn the_templates_validate_in_every_language() {
    let dir = scratch("templates");
    for lang in Lang::ALL {
        let path = dir.join(format!("template-{lang:?}.xlsx"));
        std::fs::write(&path, input_template_workbook(lang).unwrap()).unwrap();
        let input = validate_workbook(&path).unwrap_or_else(|e| panic!("{lang:?}: {e}"));
        let json = gender_impact::validate(&gender_impact::input_template(lang)).unwrap();
        assert_eq!(input, json, "{lang:?}");
    }
}
