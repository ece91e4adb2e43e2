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

mod by_hand {
    //! Workbooks made as a person fills one in (with rust_xlsxwriter's default mode: shared
    //! strings, unlike the crate's own writer), read against JSON written by hand.

    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet};

    use super::scratch;

    /// A cell as a person typed it.
    enum C<'a> {
        T(&'a str),
        N(f64),
        B(bool),
        D(u16, u8, u8),
        Blank,
    }

    fn sheet(book: &mut Workbook, name: &str, rows: &[&[C<'_>]]) {
        let ws: &mut Worksheet = book.add_worksheet();
        ws.set_name(name).unwrap();
        let date = Format::new().set_num_format("dd/mm/yyyy");
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match cell {
                    C::T(t) => ws.write_string(r, c, *t).map(|_| ()),
                    C::N(n) => ws.write_number(r, c, *n).map(|_| ()),
                    C::B(b) => ws.write_boolean(r, c, *b).map(|_| ()),
                    C::D(y, m, d) => {
                        let dt = ExcelDateTime::from_ymd(*y, *m, *d).unwrap();
                        ws.write_datetime_with_format(r, c, &dt, &date).map(|_| ())
                    }
                    C::Blank => Ok(()),
                }
                .unwrap();
            }
        }
    }

    /// A council's records: sheets in another order than the crate writes them, the fields
    /// of `organisation` in any order, a body whose id was typed as a number (2024), seats
    /// typed as text, the period as two date cells, a TRUE cell.
    fn council(gender_b3: &str, key_a5: C<'_>, kind_c3: C<'_>, extra: Option<&str>) -> Workbook {
        use C::*;
        let mut book = Workbook::new();
        let mut head = vec![
            T("bodies.id"),
            T("gender"),
            T("role"),
            T("gender_uncertain"),
        ];
        if let Some(x) = extra {
            head.push(T(x));
        }
        sheet(
            &mut book,
            "bodies.members",
            &[
                &head,
                &[N(2024.0), T("woman"), T("president"), Blank],
                &[N(2024.0), T(gender_b3), Blank, B(true)],
                &[N(2024.0), T("woman")],
                &[key_a5, T("man"), T("treasurer")],
            ],
        );
        sheet(
            &mut book,
            "bodies",
            &[
                &[T("id"), T("name"), T("kind"), T("seats")],
                &[N(2024.0), T("Conseil municipal"), T("assembly"), T("5")],
                &[T("bureau"), T("Bureau"), kind_c3, N(2.0)],
            ],
        );
        sheet(
            &mut book,
            "organisation",
            &[
                &[T("field"), T("value")],
                &[T("period.end"), D(2024, 12, 31)],
                &[T("organisation.name"), T("Ville d’exemple")],
                &[T("period.start"), D(2024, 1, 1)],
            ],
        );
        book
    }

    fn save(book: &mut Workbook, name: &str) -> std::path::PathBuf {
        let path = scratch("by-hand").join(name);
        book.save(&path).unwrap();
        path
    }

    #[test]
    fn reads_as_the_json_it_mirrors() {
        let mut book = council("man", C::T("bureau"), C::T("board"), None);
        let path = save(&mut book, "council.xlsx");
        let got = gender_impact::validate_workbook(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(got, council_json());
    }

    /// The same council, as an OpenDocument spreadsheet made by odfpy
    /// (`tests/fixtures/workbooks/make_council_ods.py`).
    #[test]
    fn an_ods_file_made_by_another_tool_reads_the_same() {
        let path = crate::support::root().join("tests/fixtures/workbooks/council.ods");
        let got = gender_impact::validate_workbook(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(got, council_json());
    }

    fn council_json() -> gender_impact::Input {
        gender_impact::validate(
            r#"{
              "organisation": {"name": "Ville d’exemple"},
              "period": {"start": "2024-01-01", "end": "2024-12-31"},
              "bodies": [
                {"id": "2024", "name": "Conseil municipal", "kind": "assembly", "seats": 5,
                 "members": [
                   {"gender": "woman", "role": "president"},
                   {"gender": "man", "gender_uncertain": true},
                   {"gender": "woman"}
                 ]},
                {"id": "bureau", "name": "Bureau", "kind": "board", "seats": 2,
                 "members": [{"gender": "man", "role": "treasurer"}]}
              ]
            }"#,
        )
        .unwrap()
    }

    #[test]
    fn every_problem_is_shown_at_its_cell() {
        let mut book = council("femme", C::T("bord"), C::Blank, Some("gendre"));
        let path = save(&mut book, "council-bad.xlsx");
        let err = gender_impact::validate_workbook(&path).unwrap_err();
        let lines: Vec<String> = err.problems().iter().map(|p| p.to_string()).collect();
        let want = [
            "bodies!C3 (kind) [/bodies/1/kind]: expected this required field, found it missing",
            "bodies.members!A5: expected the id of a row of the sheet `bodies`, found `bord`, \
             which none has",
            "bodies.members!B3 (gender) [/bodies/0/members/1/gender]: expected one of \"woman\", \
             \"man\", \"non_binary\", \"undisclosed\", found \"femme\"",
            // The treasurer's row names no body: the bureau is left with no members.
            "bodies!3:3 [/bodies/1]: expected exactly one of `members` or `counts`, found neither",
            "bodies.members!E1: expected a column named after a field of `bodies.members` (the \
             nearest is `gender`), found `gendre`; the column is not read",
        ];
        for w in want {
            assert!(
                lines.iter().any(|l| l == w),
                "missing: {w}\n got: {lines:#?}"
            );
        }
        assert_eq!(lines.len(), want.len(), "{lines:#?}");
    }
}
