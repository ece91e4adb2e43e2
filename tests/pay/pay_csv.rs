//! The payroll CSV reader (`gender_impact::pay::csv`): malformed files, each with the exact
//! problems expected (line, column, message) and no pay value in any message; the real
//! Montgomery County payroll; and the `gia pay` command on the same files.

use std::path::{Path, PathBuf};

use gender_impact::Gender;
use gender_impact::Hours;
use gender_impact::pay::{CsvErrors, CsvOptions, MAX_PROBLEMS, read_workers};
use gender_impact::{Location, Problem};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/csv")
        .join(name)
}

fn montgomery_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/montgomery-county-employee-salaries-2023.csv")
}

/// The fixtures' columns: `ref,gender,annual_pay,variable_pay,grade`.
fn options() -> CsvOptions {
    let mut o = CsvOptions::default();
    o.columns.variable_pay = vec!["variable_pay".to_string()];
    o.columns.grade = Some("grade".to_string());
    o
}

fn read(name: &str, options: &CsvOptions) -> Result<gender_impact::pay::PayCsv, CsvErrors> {
    let file = std::fs::File::open(fixture(name)).unwrap();
    read_workers(file, options)
}

fn problems(name: &str) -> Vec<Problem> {
    let err = read(name, &options()).expect_err(name);
    assert!(!err.read_failed, "{name}: not an I/O failure");
    assert_no_pay_value(name, &err);
    err.problems
}

fn p(line: u64, column: Option<(usize, &str)>, message: &str) -> Problem {
    let location = match column {
        Some((k, name)) => Location::cell(line, k, name),
        None => Location::line(line),
    };
    Problem::plain(location, message)
}

/// No cell of a pay column (nor any cell that reads as a number) appears in any message.
fn assert_no_pay_value(name: &str, err: &CsvErrors) {
    let bytes = std::fs::read(fixture(name)).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    let shown = err.to_string();
    for line in text.lines().skip(1) {
        for (k, cell) in line.split(',').enumerate() {
            let cell = cell.trim_matches('"').trim();
            let numeric = cell.parse::<f64>().is_ok_and(f64::is_finite);
            // Columns 3 and 4 are pay; short cells (e.g. "0") would match line numbers.
            if (numeric || k == 2 || k == 3) && cell.len() >= 4 {
                assert!(
                    !shown.contains(cell),
                    "{name}: the value {cell:?} appears in the messages:\n{shown}"
                );
            }
        }
    }
}

const ONE_OF: &str = "expected a gender code (words such as woman, female, femme, mujer, Frau, \
     donna, mulher, dona, man, male, homme, hombre, Mann, uomo, homem, home, non-binary, \
     undisclosed, in any case, or the letters F/M, F/H, W/M, D/H, X, U; --gender-code \
     CODE=woman|man|non_binary|undisclosed says what any other code means)";

const UNQUOTED: &str = "found an unknown code (not quoted, as it could be personal data: it is long, holds digits or is in one row only) in 1 row, \
     the first here";

const ANNUAL: Option<(usize, &str)> = Some((3, "annual_pay"));
const VARIABLE: Option<(usize, &str)> = Some((4, "variable_pay"));

#[test]
fn bad_quoting_after_a_closing_quote() {
    assert_eq!(
        problems("bad-quote-after-closing.csv"),
        [p(
            3,
            None,
            "bad quoting: expected a delimiter or the end of the line after a closing quote, \
             found more text"
        )]
    );
}

#[test]
fn bad_quoting_inside_an_unquoted_field() {
    assert_eq!(
        problems("bad-quote-inside.csv"),
        [p(
            3,
            None,
            "bad quoting: expected a quote only at the start of a field, found one inside an \
             unquoted field"
        )]
    );
}

#[test]
fn bad_quoting_never_closed() {
    assert_eq!(
        problems("unterminated-quote.csv"),
        [p(
            3,
            None,
            "bad quoting: expected a closing quote for the field opened on this line, found the \
             end of the file"
        )]
    );
}

#[test]
fn wrong_column_count() {
    assert_eq!(
        problems("wrong-column-count.csv"),
        [
            p(
                3,
                None,
                "expected 5 fields (as many as the header has), found 3"
            ),
            p(
                4,
                None,
                "expected 5 fields (as many as the header has), found 6"
            ),
        ]
    );
}

#[test]
fn non_numeric_pay() {
    assert_eq!(
        problems("non-numeric-pay.csv"),
        [
            p(2, ANNUAL, "expected a number, found text"),
            p(3, ANNUAL, "expected a number, found text"),
            p(4, VARIABLE, "expected a number, found text"),
        ]
    );
}

#[test]
fn negative_pay() {
    assert_eq!(
        problems("negative-pay.csv"),
        [
            p(
                2,
                ANNUAL,
                "expected an amount of zero or more, found a negative number"
            ),
            p(
                3,
                VARIABLE,
                "expected an amount of zero or more, found a negative number"
            ),
        ]
    );
}

#[test]
fn non_finite_pay() {
    assert_eq!(
        problems("non-finite-pay.csv"),
        [
            p(2, ANNUAL, "expected a number, found a not-a-number value"),
            p(3, ANNUAL, "expected a finite number, found an infinite one"),
            p(
                4,
                ANNUAL,
                "expected a finite number, found one too large to represent"
            ),
        ]
    );
}

/// Missing is not zero: an empty cell in a variable-pay column is an error too.
#[test]
fn empty_pay_cells() {
    assert_eq!(
        problems("empty-pay-cells.csv"),
        [
            p(2, ANNUAL, "expected an amount, found an empty cell"),
            p(3, VARIABLE, "expected an amount, found an empty cell"),
        ]
    );
}

#[test]
fn empty_file() {
    assert_eq!(
        problems("empty.csv"),
        [p(1, None, "expected a header line, found an empty file")]
    );
}

#[test]
fn header_only() {
    assert_eq!(
        problems("header-only.csv"),
        [p(
            2,
            None,
            "expected at least one row of data after the header, found none"
        )]
    );
}

#[test]
fn unknown_gender() {
    let g = Some((2, "gender"));
    assert_eq!(
        problems("unknown-gender.csv"),
        [
            // A code of at most 24 characters without digits is quoted...
            p(
                2,
                g,
                &format!("{ONE_OF}, found the unknown code `Q` in 1 row, the first here")
            ),
            // ...a longer one is not, nor one with digits in it.
            p(3, g, &format!("{ONE_OF}, {UNQUOTED}")),
            p(
                4,
                g,
                &format!(
                    "{ONE_OF}, found an empty cell in 1 row, the first here \
                     (map it with --gender-code =undisclosed)"
                )
            ),
            p(5, g, &format!("{ONE_OF}, {UNQUOTED}")),
        ]
    );
    let err = read("unknown-gender.csv", &options()).unwrap_err();
    assert!(!err.to_string().contains("no gender"));
    assert!(!err.to_string().contains("505"));
}

#[test]
fn missing_columns_are_listed_in_one_problem() {
    assert_eq!(
        problems("missing-column.csv"),
        [
            p(
                1,
                None,
                "expected columns `annual_pay`, `variable_pay` in the header, found none by those names"
            ),
            // What the header does hold, to help name the columns.
            p(
                1,
                None,
                "the header has 4 columns: `ref`, `Gender`, `salary`, `grade` (name the columns with --gender, --annual-pay…)"
            ),
        ]
    );
    // Header names match case-insensitively: `Gender` is found as `gender`.
    let mut o = options();
    o.columns.annual_pay = Some("SALARY".to_string());
    o.columns.variable_pay.clear();
    let pay = read("missing-column.csv", &o).unwrap();
    assert_eq!(pay.workers[0].gender, Gender::Woman);
    assert_eq!(pay.workers[0].annual_pay.unwrap().get(), 48123.45);
}

#[test]
fn a_line_over_the_limit_fails_before_it_is_buffered() {
    // A 4 MB line against a 64 KiB limit, on line 3.
    let mut data = b"gender,annual_pay,grade\nF,48123.45,A1\nM,51234.5,".to_vec();
    data.extend(std::iter::repeat_n(b'G', 4 << 20));
    data.extend_from_slice(b"\nF,49876.125,A1\n");
    let mut o = CsvOptions::default();
    o.columns.grade = Some("grade".to_string());
    o.max_line_bytes = 64 * 1024;
    // Count what the reader pulls from the input: it must stop soon after the limit.
    let mut counted = Counted {
        inner: &data[..],
        read: 0,
    };
    let err = read_workers(&mut counted, &o).unwrap_err();
    assert_eq!(
        err.problems,
        [p(
            3,
            None,
            "expected a line of at most 65536 bytes, found a longer one"
        )]
    );
    // One chunk of 512 KiB is read (the reader's unit), not the 4 MB line.
    assert!(counted.read <= 512 * 1024, "read {} bytes", counted.read);

    // The same limit holds for a quoted field spanning many lines.
    let mut data = b"gender,annual_pay,grade\nF,48123.45,\"".to_vec();
    for _ in 0..100_000 {
        data.extend_from_slice(b"more text\n");
    }
    data.extend_from_slice(b"\"\n");
    let err = read_workers(&data[..], &o).unwrap_err();
    assert_eq!(
        err.problems,
        [p(
            2,
            None,
            "expected a line of at most 65536 bytes, found a longer one"
        )]
    );
}

struct Counted<'a> {
    inner: &'a [u8],
    read: usize,
}

impl std::io::Read for Counted<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n;
        Ok(n)
    }
}

#[test]
fn byte_order_mark_is_tolerated() {
    let pay = read("ok-bom.csv", &options()).unwrap();
    assert_eq!(pay.rows, 3);
    let genders: Vec<Gender> = pay.workers.iter().map(|w| w.gender).collect();
    assert_eq!(genders, [Gender::Woman, Gender::Man, Gender::NonBinary]);
    let w = &pay.workers[0];
    assert_eq!(w.annual_pay.unwrap().get(), 48123.45);
    assert_eq!(w.variable_pay.unwrap().get(), 1200.5);
    assert_eq!(
        pay.workers[1].grade.as_ref().unwrap().as_str(),
        "Grade B, senior"
    );
    assert_eq!(pay.workers[2].grade, None);
    assert_eq!(pay.workers[2].annual_pay.unwrap().get(), 49876.125);

    // With a byte-order mark, problems still name the right line and column.
    assert_eq!(
        problems("bom-bad-row.csv"),
        [p(2, ANNUAL, "expected a number, found text")]
    );
}

#[test]
fn crlf_doubled_quotes_and_quoted_line_breaks() {
    let mut o = options();
    o.missing_text = vec!["null".to_string()];
    let pay = read("ok-crlf-quoted.csv", &o).unwrap();
    assert_eq!(pay.rows, 3);
    assert_eq!(pay.workers[0].grade.as_ref().unwrap().as_str(), "A \"1\"");
    assert_eq!(
        pay.workers[1].grade.as_ref().unwrap().as_str(),
        "B\r\nsecond line"
    );
    assert_eq!(pay.workers[2].gender, Gender::Undisclosed);
    assert_eq!(pay.workers[2].grade, None);
    assert_eq!(
        english(&pay.assumptions),
        ["1 cell of column `grade` holding `null` taken as not recorded"]
    );

    // Lines are counted as lines of the file, quoted line breaks included.
    assert_eq!(
        problems("multi-line-quoted.csv"),
        [p(4, ANNUAL, "expected a number, found text")]
    );
}

#[test]
fn every_problem_up_to_the_cap_then_a_count() {
    let err = read("many-problems.csv", &options()).unwrap_err();
    assert_eq!(err.problems.len(), MAX_PROBLEMS);
    assert_eq!(err.more, 500);
    assert_eq!(
        err.problems[0],
        p(3, ANNUAL, "expected a number, found text")
    );
    assert_eq!(err.problems[999].line(), Some(1002));
    let shown = err.to_string();
    assert_eq!(shown.lines().count(), MAX_PROBLEMS + 1);
    assert!(shown.ends_with("and 500 more problems\n"));
}

#[test]
fn row_limit() {
    let mut o = options();
    o.max_rows = 2;
    let err = read("ok-bom.csv", &o).unwrap_err();
    assert_eq!(
        err.problems,
        [p(4, None, "expected at most 2 rows of data, found more")]
    );
}

#[test]
fn other_columns_and_default_hours() {
    let data = "sex,hourly,hours,bonus,fte,full,team\n\
                woman,21.5,37.5,100,1,yes,Team A\n\
                MALE,23,,0,0.5,N,Team A\n";
    let mut o = CsvOptions::default();
    o.columns.gender = "Sex".to_string();
    o.columns.annual_pay = None;
    o.columns.hourly_pay = Some("hourly".to_string());
    o.columns.weekly_hours = Some("hours".to_string());
    o.columns.bonus_pay = Some("bonus".to_string());
    o.columns.fte = Some("fte".to_string());
    o.columns.full_pay = Some("full".to_string());
    o.columns.category = Some("team".to_string());
    // Without a default, an empty hours cell is an error.
    let err = read_workers(data.as_bytes(), &o).unwrap_err();
    assert_eq!(
        err.problems,
        [p(
            3,
            Some((3, "hours")),
            "expected weekly hours, found an empty cell"
        )]
    );
    o.default_weekly_hours = Some(Hours::new(40.0).unwrap());
    let pay = read_workers(data.as_bytes(), &o).unwrap();
    let (a, b) = (&pay.workers[0], &pay.workers[1]);
    assert_eq!(a.hourly_pay.unwrap().get(), 21.5);
    assert_eq!(a.weekly_hours.unwrap().get(), 37.5);
    assert_eq!(b.weekly_hours.unwrap().get(), 40.0);
    assert_eq!(a.bonus_pay.unwrap().get(), 100.0);
    assert_eq!(b.fte.unwrap().get(), 0.5);
    assert!(a.full_pay && !b.full_pay);
    assert_eq!(a.category, b.category);
    assert_eq!(a.category.as_ref().unwrap().as_str(), "Team A");
    assert_eq!(
        english(&pay.assumptions),
        ["weekly hours missing (column `hours` empty) for 1 worker: 40 hours a week assumed"]
    );
}

#[test]
fn delimiter_option() {
    let mut o = CsvOptions {
        delimiter: Some(b';'),
        ..CsvOptions::default()
    };
    o.columns.grade = Some("grade".to_string());
    // A decimal comma is read as such (the column decides), and stated.
    let pay = read_workers("gender;annual_pay;grade\nf;1000,5;\"A;B\"\n".as_bytes(), &o).unwrap();
    assert_eq!(pay.workers[0].annual_pay.unwrap().get(), 1000.5);
    assert!(
        pay.assumptions
            .iter()
            .any(|a| a.english().contains("decimal comma in `annual_pay`"))
    );
    let pay = read_workers("gender;annual_pay;grade\nf;1000.5;\"A;B\"\n".as_bytes(), &o).unwrap();
    assert_eq!(pay.workers[0].grade.as_ref().unwrap().as_str(), "A;B");
}

#[test]
fn display_names_line_and_column() {
    let shown = problems("non-numeric-pay.csv")[0].to_string();
    assert_eq!(
        shown,
        "line 2, column 3 (annual_pay): expected a number, found text"
    );
    assert_eq!(
        problems("empty.csv")[0].to_string(),
        "line 1: expected a header line, found an empty file"
    );
}

/// The real payroll: Montgomery County, Maryland, "Employee Salaries - 2023".
///
/// The sums of `Base_Salary` were computed independently with Python's csv module:
///
/// ```text
/// python3 -c "import csv, math; r = list(csv.DictReader(open(
///   'data/montgomery-county-employee-salaries-2023.csv', newline='')));
///   print(repr(math.fsum(float(x['Base_Salary']) for x in r if x['Gender'] == 'F')),
///         repr(math.fsum(float(x['Base_Salary']) for x in r if x['Gender'] == 'M')))"
/// 381664107.1718 547738390.5018
/// ```
#[test]
fn montgomery_payroll() {
    let file = std::fs::File::open(montgomery_path()).unwrap();
    let pay = read_workers(file, &CsvOptions::montgomery()).unwrap();
    assert_eq!(pay.rows, 10_291);
    assert_eq!(pay.workers.len(), 10_291);
    let women: Vec<_> = pay
        .workers
        .iter()
        .filter(|w| w.gender == Gender::Woman)
        .collect();
    let men: Vec<_> = pay
        .workers
        .iter()
        .filter(|w| w.gender == Gender::Man)
        .collect();
    assert_eq!((women.len(), men.len()), (4_362, 5_929));
    assert_eq!(pay.workers.iter().filter(|w| w.grade.is_none()).count(), 33);
    assert_eq!(
        pay.workers.iter().filter(|w| w.category.is_none()).count(),
        33
    );
    let grades: std::collections::BTreeSet<_> = pay
        .workers
        .iter()
        .filter_map(|w| w.grade.as_ref())
        .collect();
    assert_eq!(grades.len(), 98);

    let sum = |ws: &[&gender_impact::Worker]| -> f64 {
        ws.iter().map(|w| w.annual_pay.unwrap().get()).sum()
    };
    let close = |a: f64, b: f64| ((a - b) / b).abs() < 1e-6;
    assert!(close(sum(&women), 381_664_107.171_8), "{}", sum(&women));
    assert!(close(sum(&men), 547_738_390.501_8), "{}", sum(&men));

    // Real data: fractional cents and quoted fields with commas parse as they are.
    assert_eq!(pay.workers[3].annual_pay.unwrap().get(), 89432.694);
    assert_eq!(pay.workers[3].variable_pay.unwrap().get(), 2490.0);
    assert!(
        pay.assumptions
            .iter()
            .any(|a| a.english()
                == "33 cells of column `Grade` holding `NULL` taken as not recorded")
    );
    assert!(pay.assumptions.iter().any(|a| a.english()
        == "variable pay is the sum of the columns `Overtime_Pay` + `Longevity_Pay`"));
}

#[cfg(feature = "cli")]
mod cli {
    use super::*;
    use std::process::{Command, Output};

    fn gia(args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_gia"))
            .args(args)
            .output()
            .unwrap()
    }

    fn pay(name: &str) -> Output {
        let path = fixture(name);
        gia(&[
            "pay",
            path.to_str().unwrap(),
            "--variable-pay",
            "variable_pay",
            "--grade",
            "grade",
        ])
    }

    fn stderr(o: &Output) -> String {
        String::from_utf8(o.stderr.clone()).unwrap()
    }

    #[test]
    fn malformed_files_exit_1_with_every_problem() {
        let cases: &[(&str, &[&str])] = &[
            (
                "non-numeric-pay.csv",
                &[
                    "line 2, column 3 (annual_pay): expected a number, found text",
                    "line 3, column 3 (annual_pay): expected a number, found text",
                    "line 4, column 4 (variable_pay): expected a number, found text",
                ],
            ),
            (
                "negative-pay.csv",
                &[
                    "line 2, column 3 (annual_pay): expected an amount of zero or more, found a negative number",
                    "line 3, column 4 (variable_pay): expected an amount of zero or more, found a negative number",
                ],
            ),
            (
                "wrong-column-count.csv",
                &[
                    "line 3: expected 5 fields (as many as the header has), found 3",
                    "line 4: expected 5 fields (as many as the header has), found 6",
                ],
            ),
            (
                "bad-quote-after-closing.csv",
                &[
                    "line 3: bad quoting: expected a delimiter or the end of the line after a closing quote, found more text",
                ],
            ),
            (
                "empty.csv",
                &["line 1: expected a header line, found an empty file"],
            ),
            (
                "missing-column.csv",
                &[
                    "line 1: expected columns `annual_pay`, `variable_pay` in the header, found none by those names",
                    "line 1: the header has 4 columns: `ref`, `Gender`, `salary`, `grade` (name the columns with --gender, --annual-pay…)",
                ],
            ),
        ];
        for (name, expected) in cases {
            let out = pay(name);
            assert_eq!(out.status.code(), Some(1), "{name}: {}", stderr(&out));
            let err = stderr(&out);
            let lines: Vec<&str> = err.lines().collect();
            assert_eq!(&lines, expected, "{name}");
            assert!(out.stdout.is_empty(), "{name}");
            // No pay value of the file on stderr.
            let text = std::fs::read_to_string(fixture(name)).unwrap();
            for line in text.lines().skip(1) {
                for cell in line.split(',').skip(2).take(2) {
                    let cell = cell.trim_matches('"');
                    if cell.len() >= 4 {
                        assert!(!err.contains(cell), "{name}: {cell} on stderr");
                    }
                }
            }
        }
    }

    #[test]
    fn unknown_gender_on_stderr() {
        let out = pay("unknown-gender.csv");
        assert_eq!(out.status.code(), Some(1));
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 4);
        assert!(
            err.lines().next().unwrap().starts_with(
                "line 2, column 2 (gender): expected a gender code (words such as woman"
            )
        );
        assert!(!err.contains("no gender") && !err.contains("505"));
    }

    #[test]
    fn usage_errors_exit_2() {
        let out = gia(&["pay", "/nonexistent/payroll.csv"]);
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).starts_with("gia: cannot read /nonexistent/payroll.csv"));

        let ok = fixture("ok-bom.csv");
        let ok = ok.to_str().unwrap();
        let out = gia(&["pay", ok, "--delimiter", "ab"]);
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        let out = gia(&["pay", ok, "--default-weekly-hours", "200"]);
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        let out = gia(&["pay", ok, "--preset", "nowhere"]);
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    }

    /// The preset on the first 500 rows of the real payroll (the analysis of the whole file,
    /// with its bootstrap, is slow in a debug build), read from standard input.
    #[test]
    fn montgomery_preset_from_standard_input() {
        use std::io::Write;
        use std::process::Stdio;
        let text = std::fs::read_to_string(montgomery_path()).unwrap();
        let head: String = text.lines().take(501).map(|l| format!("{l}\n")).collect();
        for format in ["markdown", "json"] {
            let mut child = Command::new(env!("CARGO_BIN_EXE_gia"))
                .args(["pay", "-", "--preset", "montgomery", "--format", format])
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            child
                .stdin
                .take()
                .unwrap()
                .write_all(head.as_bytes())
                .unwrap();
            let out = child.wait_with_output().unwrap();
            assert_eq!(out.status.code(), Some(0), "{format}: {}", stderr(&out));
            let report = String::from_utf8(out.stdout).unwrap();
            assert!(!report.is_empty());
            if format == "json" {
                let v: serde_json::Value = serde_json::from_str(&report).unwrap();
                assert!(v.is_object());
            }
        }
    }
}

#[test]
fn blank_lines_are_skipped_and_counted() {
    let err = read_workers(
        "gender,annual_pay\nF,1000.5\n\n\nM,oops\n".as_bytes(),
        &CsvOptions::default(),
    )
    .unwrap_err();
    assert_eq!(
        err.problems,
        [p(
            5,
            Some((2, "annual_pay")),
            "expected a number, found text"
        )]
    );
    // The same with CRLF line ends, a quoted line break, and no line end after the last row.
    let data = "gender,annual_pay,grade\r\nF,1000.5,\"A\r\nB\"\r\n\r\n\r\nM,oops,\"C\"\r\nF,,C";
    let mut o = CsvOptions::default();
    o.columns.grade = Some("grade".to_string());
    let err = read_workers(data.as_bytes(), &o).unwrap_err();
    assert_eq!(
        err.problems,
        [
            p(6, Some((2, "annual_pay")), "expected a number, found text"),
            p(
                7,
                Some((2, "annual_pay")),
                "expected an amount, found an empty cell"
            )
        ]
    );
    // A carriage return after a closing quote must end the line.
    let err = read_workers(
        "gender,annual_pay\r\n\"F\"\rx,1\r\n".as_bytes(),
        &CsvOptions::default(),
    )
    .unwrap_err();
    assert_eq!(err.problems[0].line(), Some(2));
    assert!(err.problems[0].message.starts_with("bad quoting"));
}

#[test]
fn a_column_named_twice() {
    let data = "gender,annual_pay,bonus,Bonus\nF,1000.5,1,2\n";
    let mut o = CsvOptions::default();
    o.columns.bonus_pay = Some("bonus".to_string());
    assert_eq!(
        read_workers(data.as_bytes(), &o).unwrap_err().problems,
        [p(
            1,
            Some((3, "bonus")),
            "expected the column name once in the header, found it 2 times"
        )]
    );
    let mut o = CsvOptions::default();
    o.columns.variable_pay = vec!["BONUS".to_string(), "bonus".to_string()];
    let data = "gender,annual_pay,bonus\nF,1000.5,1\n";
    assert_eq!(
        read_workers(data.as_bytes(), &o).unwrap_err().problems,
        [p(
            1,
            Some((3, "bonus")),
            "expected each variable-pay column to be named once, found this one named twice"
        )]
    );
}

/// The English texts of the assumptions (those of the JSON output).
fn english(assumptions: &[gender_impact::pay::Assumption]) -> Vec<String> {
    assumptions.iter().map(|a| a.english()).collect()
}
