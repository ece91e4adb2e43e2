//! Records workbooks: a document written as a workbook and read back is the same document;
//! workbooks made by other means (as a person would fill one in) read as the JSON they mirror;
//! problems are placed at their cells.

use std::path::{Path, PathBuf};

use gender_impact::i18n::Lang;
use gender_impact::{Input, input_template_workbook, records_workbook, validate_workbook};

use crate::support;

/// A directory for this test's files, under the build's temporary directory (not the system's,
/// where each run left one behind).
fn scratch(name: &str) -> PathBuf {
    support::scratch_dir(&format!("workbooks-{name}"))
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

    /// What only a workbook can get wrong: a formula's error, a column written twice, a nested
    /// sheet without the column naming its parent, a sheet that is no list, a root sheet
    /// without its two columns.
    #[test]
    fn reading_problems_are_shown_where_they_are() {
        use C::*;
        let mut book = Workbook::new();
        sheet(&mut book, "organisation", &[&[T("name"), T("value")]]);
        sheet(
            &mut book,
            "bodies",
            &[
                &[T("id"), T("name"), T("kind"), T("kind")],
                &[T("b"), T("Board"), T("board"), T("other")],
            ],
        );
        sheet(
            &mut book,
            "bodies.members",
            &[&[T("gender")], &[T("woman")]],
        );
        sheet(&mut book, "Feuil1", &[&[T("x")]]);
        let ws = book.add_worksheet();
        ws.set_name("staff.grades").unwrap();
        ws.write_string(0, 0, "id").unwrap();
        ws.write_formula(
            1,
            0,
            rust_xlsxwriter::Formula::new("=1/0").set_result("#DIV/0!"),
        )
        .unwrap();
        let path = save(&mut book, "reading-problems.xlsx");
        let err = gender_impact::validate_workbook(&path).unwrap_err();
        let lines: Vec<String> = err.problems().iter().map(|p| p.to_string()).collect();
        for want in [
            "organisation!A1: expected the sheet `organisation` to have the columns `field` and \
             `value` in its first row, found other names",
            "bodies!D1: expected each column once in the header, found `kind` again",
            "bodies.members!1: expected the sheet `bodies.members` to have a column `bodies.id` \
             (or `bodies.#`) naming the row of the sheet `bodies` each row belongs to, found none",
            "Feuil1: expected a sheet named after a list of the records (bodies, bodies.members, \
             staff.members, initiatives…; the sheet _about of `gia init FILE.xlsx` lists them \
             all), found the sheet `Feuil1` (a payroll is read with `gia pay`)",
            "staff.grades!A2 (id): expected a value, found the formula error #DIV/0!",
        ] {
            assert!(
                lines.iter().any(|l| l == want),
                "missing: {want}\n got: {lines:#?}"
            );
        }
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

mod drop_downs {
    //! The template's drop-down lists, read from the workbook's XML (calamine does not read
    //! data validation): every enumeration column offers exactly the schema's values.

    use std::collections::HashMap;
    use std::io::Read;

    use gender_impact::i18n::Lang;

    /// The workbook's parts by name.
    fn parts(bytes: &[u8]) -> HashMap<String, String> {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut out = HashMap::new();
        for i in 0..zip.len() {
            let mut f = zip.by_index(i).unwrap();
            let mut text = String::new();
            if f.read_to_string(&mut text).is_ok() {
                out.insert(f.name().unwrap().to_string(), text);
            }
        }
        out
    }

    /// Sheet name → the XML of its worksheet.
    fn sheets(parts: &HashMap<String, String>) -> HashMap<String, String> {
        let book = roxmltree::Document::parse(&parts["xl/workbook.xml"]).unwrap();
        let rels = roxmltree::Document::parse(&parts["xl/_rels/workbook.xml.rels"]).unwrap();
        let target = |id: &str| {
            rels.descendants()
                .find(|n| n.attribute("Id") == Some(id))
                .and_then(|n| n.attribute("Target"))
                .unwrap()
                .trim_start_matches('/')
                .trim_start_matches("xl/")
                .to_string()
        };
        book.descendants()
            .filter(|n| n.has_tag_name("sheet"))
            .map(|n| {
                let id = n
                    .attributes()
                    .find(|a| a.name() == "id")
                    .map(|a| a.value())
                    .unwrap();
                let name = n.attribute("name").unwrap().to_string();
                (name, parts[&format!("xl/{}", target(id))].clone())
            })
            .collect()
    }

    /// Column letters → header name of a sheet (its first row, inline or shared strings).
    fn header(xml: &str, shared: &[String]) -> HashMap<String, String> {
        let doc = roxmltree::Document::parse(xml).unwrap();
        doc.descendants()
            .filter(|n| n.has_tag_name("c"))
            .filter(|n| {
                n.attribute("r")
                    .unwrap()
                    .trim_start_matches(char::is_alphabetic)
                    == "1"
            })
            .map(|c| {
                let col = c
                    .attribute("r")
                    .unwrap()
                    .trim_end_matches(char::is_numeric)
                    .to_string();
                let text: String = match c.attribute("t") {
                    Some("s") => {
                        let v = c.descendants().find(|n| n.has_tag_name("v")).unwrap();
                        shared[v.text().unwrap().parse::<usize>().unwrap()].clone()
                    }
                    _ => c
                        .descendants()
                        .filter(|n| n.is_text())
                        .filter_map(|n| n.text())
                        .collect(),
                };
                (col, text)
            })
            .collect()
    }

    fn shared_strings(parts: &HashMap<String, String>) -> Vec<String> {
        let Some(xml) = parts.get("xl/sharedStrings.xml") else {
            return Vec::new();
        };
        let doc = roxmltree::Document::parse(xml).unwrap();
        doc.descendants()
            .filter(|n| n.has_tag_name("si"))
            .map(|si| {
                si.descendants()
                    .filter(|n| n.is_text())
                    .filter_map(|n| n.text())
                    .collect()
            })
            .collect()
    }

    /// The values of a list formula `'_lists'!$B$1:$B$4`, read from the sheet `_lists`.
    fn list_values(formula: &str, lists: &str, shared: &[String]) -> Vec<String> {
        let range = formula.rsplit('!').next().unwrap().replace('$', "");
        let (a, b) = range.split_once(':').unwrap();
        let col = a.trim_end_matches(char::is_numeric);
        let (from, to): (u32, u32) = (
            a[col.len()..].parse().unwrap(),
            b.trim_start_matches(char::is_alphabetic).parse().unwrap(),
        );
        let doc = roxmltree::Document::parse(lists).unwrap();
        (from..=to)
            .map(|r| {
                let cell = doc
                    .descendants()
                    .find(|n| n.has_tag_name("c") && n.attribute("r") == Some(&format!("{col}{r}")))
                    .unwrap();
                match cell.attribute("t") {
                    Some("s") => {
                        let v = cell.descendants().find(|n| n.has_tag_name("v")).unwrap();
                        shared[v.text().unwrap().parse::<usize>().unwrap()].clone()
                    }
                    _ => cell
                        .descendants()
                        .filter(|n| n.is_text())
                        .filter_map(|n| n.text())
                        .collect(),
                }
            })
            .collect()
    }

    #[test]
    fn every_enumeration_column_has_its_values_as_a_drop_down() {
        let bytes = gender_impact::input_template_workbook(Lang::Fr).unwrap();
        let parts = parts(&bytes);
        let shared = shared_strings(&parts);
        let sheets = sheets(&parts);
        let lists = &sheets["_lists"];
        let mut found = HashMap::new();
        for (name, xml) in &sheets {
            let head = header(xml, &shared);
            let doc = roxmltree::Document::parse(xml).unwrap();
            for dv in doc
                .descendants()
                .filter(|n| n.has_tag_name("dataValidation"))
            {
                assert_eq!(dv.attribute("type"), Some("list"), "{name}");
                let sqref = dv.attribute("sqref").unwrap();
                let col = sqref.trim_end_matches(|c: char| !c.is_alphabetic());
                let col = col
                    .split(':')
                    .next()
                    .unwrap()
                    .trim_end_matches(char::is_numeric);
                let formula = dv
                    .descendants()
                    .find(|n| n.has_tag_name("formula1"))
                    .unwrap();
                let values = list_values(formula.text().unwrap(), lists, &shared);
                found.insert(format!("{name}.{}", head[col]), values);
            }
        }
        // The schema's enumerations (schema/input.schema.json), in its order.
        let want: [(&str, &[&str]); 11] = [
            (
                "bodies.kind",
                &["board", "presidency", "assembly", "committee", "other"],
            ),
            (
                "bodies.members.gender",
                &["woman", "man", "non_binary", "undisclosed"],
            ),
            (
                "bodies.members.role",
                &[
                    "president",
                    "co_president",
                    "vice_president",
                    "treasurer",
                    "secretary_general",
                    "secretary",
                    "member",
                    "observer",
                    "other",
                ],
            ),
            ("staff.members.gender_uncertain", &["true", "false"]),
            (
                "initiatives.kind",
                &[
                    "event",
                    "session",
                    "workshop",
                    "campaign",
                    "training",
                    "webinar",
                    "publication",
                    "other",
                ],
            ),
            ("initiatives.gender_marker", &["0", "1", "2"]),
            (
                "policies.stages.stage",
                &["identified", "documented", "shared", "adopted_elsewhere"],
            ),
            ("reported.unit", &["percent", "count"]),
            ("bodies.directors", &["all", "non_executive"]),
            (
                "bodies.quota_body",
                &["board", "senior_executives", "management_bodies"],
            ),
            (
                "pay.workers.gender",
                &["woman", "man", "non_binary", "undisclosed"],
            ),
        ];
        for (column, values) in want {
            assert_eq!(
                found.get(column).map(Vec::as_slice),
                Some(&values.iter().map(|v| v.to_string()).collect::<Vec<_>>()[..]),
                "{column}: {found:#?}"
            );
        }
        // The sheet `organisation` has one drop-down per row of an enumeration or a boolean
        // (`jurisdiction`: eu, fr, es, uk; `listed` and `public_interest`: true, false), all in
        // its column `value`, found here under one key.
        assert!(found.contains_key("organisation.value"), "{found:#?}");
        // Every enumeration or boolean column of the template's sheets has one, 24 in all (the
        // list above; also policies.category, projects.gender_marker, the three relations of
        // projects.outcomes, reported.relation, audience/speakers.at_least, pay.workers.full_pay,
        // policies.adoptions_followed, staff.grades.management, staff.members' gender and
        // gender_uncertain, bodies.members.gender_uncertain); counted by an independent walk of
        // schema/input.schema.json in Python.
        assert_eq!(found.len(), 24 + 1, "{found:#?}");
    }
}
