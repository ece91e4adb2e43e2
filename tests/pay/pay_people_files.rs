//! Payroll files as people keep them give the same figures as the clean files they were made
//! from: a French CSV export of the Montgomery payroll (`;`, decimal commas, thousands dots, a
//! byte-order mark, CRLF, Femme/Homme), a Spanish XLSX of it (numeric cells, Mujer/Hombre,
//! accented headers), the UK reference case as an XLSX with the payroll on its second sheet, an
//! M/H file that needs `--gender-code`, and a Windows-1252 export.
//!
//! Each file is made here, from the clean one, by rules written out below (not by the library);
//! the comparison is with what the library reads from the clean file, worker by worker.

use std::path::{Path, PathBuf};
use std::process::Command;

use gender_impact::Gender;
use gender_impact::pay::uk_figures;
use gender_impact::pay::{CsvOptions, PayRules, Worker, read_payroll_workbook, read_workers};

fn montgomery() -> (String, Vec<Worker>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data/montgomery-county-employee-salaries-2023.csv");
    let text = std::fs::read_to_string(&path).unwrap();
    let workers = read_workers(text.as_bytes(), &CsvOptions::montgomery())
        .unwrap()
        .workers;
    (text, workers)
}

fn tmp(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("people-files");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// `175873` → `175.873`, `145613.36` → `145.613,36`: thousands dots, a decimal comma.
fn french_number(v: &str) -> String {
    let (int, frac) = v.split_once('.').unwrap_or((v, ""));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    if frac.is_empty() {
        grouped
    } else {
        format!("{grouped},{frac}")
    }
}

/// The Montgomery file's records (Department, Department_Name, Division, Gender, Base_Salary,
/// Overtime_Pay, Longevity_Pay, Grade), the header first.
fn records(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// Writes records with `;`, quoting where needed, each line ending with CRLF.
fn semicolons(records: &[Vec<String>]) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for r in records {
        w.write_record(r).unwrap();
    }
    w.into_inner().unwrap()
}

#[test]
fn french_csv_export_reads_as_the_clean_file() {
    let (text, clean) = montgomery();
    let mut rows = records(&text);
    for f in rows.iter_mut().skip(1) {
        for v in &mut f[4..=6] {
            *v = french_number(v);
        }
        f[3] = match f[3].as_str() {
            "F" => "Femme".into(),
            "M" => "Homme".into(),
            other => other.into(),
        };
    }
    let mut out = vec![0xEF, 0xBB, 0xBF];
    out.extend(semicolons(&rows));
    let read = read_workers(&out[..], &CsvOptions::montgomery()).unwrap();
    assert_eq!(read.workers, clean);
    assert!(
        read.assumptions
            .iter()
            .any(|a| a.english() == "fields are separated by `;`")
    );
    // The same through the command line, as a file.
    let path = tmp("montgomery-fr.csv");
    std::fs::write(&path, &out).unwrap();
    let csv = montgomery_path_json(&[]);
    let fr = gia_json(&path, &[]);
    assert_eq!(csv["eu"], fr["eu"]);
    assert_eq!(csv["uk"], fr["uk"]);
}

fn montgomery_path_json(extra: &[&str]) -> serde_json::Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data/montgomery-county-employee-salaries-2023.csv");
    gia_json(&path, extra)
}

fn gia_json(path: &Path, extra: &[&str]) -> serde_json::Value {
    let out = Command::new(env!("CARGO_BIN_EXE_gia"))
        .args([
            "pay",
            "--preset",
            "montgomery",
            "--no-inference",
            "--format",
            "json",
        ])
        .args(extra)
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn spanish_workbook_reads_as_the_clean_file() {
    let (text, clean) = montgomery();
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let header = [
        "Departamento",
        "Nombre",
        "División",
        "Género",
        "Salario_Base",
        "Horas_Extra",
        "Antigüedad",
        "Categoría",
    ];
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    for (i, f) in records(&text).iter().enumerate().skip(1) {
        let row = i as u32;
        for (c, v) in f.iter().enumerate() {
            let c16 = c as u16;
            match c {
                3 => sheet.write_string(row, c16, if v == "F" { "Mujer" } else { "Hombre" }),
                4..=6 => sheet.write_number(row, c16, v.parse::<f64>().unwrap()),
                _ => sheet.write_string(row, c16, v),
            }
            .unwrap();
        }
    }
    let path = tmp("montgomery-es.xlsx");
    book.save(&path).unwrap();
    let mut o = CsvOptions::montgomery();
    o.columns.gender = "Género".into();
    o.columns.annual_pay = Some("Salario_Base".into());
    o.columns.variable_pay = vec!["Horas_Extra".into(), "Antigüedad".into()];
    o.columns.category = Some("Categoría".into());
    o.columns.grade = Some("Categoría".into());
    let read = read_payroll_workbook(&path, None, &o).unwrap();
    assert_eq!(read.payroll.to_workers(), clean);
}

#[test]
fn uk_reference_case_on_a_second_sheet() {
    let workforce = crate::pay_uk::reference_workforce();
    let mut book = rust_xlsxwriter::Workbook::new();
    let notes = book.add_worksheet();
    notes.set_name("Notes").unwrap();
    notes
        .write_string(0, 0, "Snapshot date 5 April; hourly pay in GBP")
        .unwrap();
    let sheet = book.add_worksheet();
    sheet.set_name("Payroll").unwrap();
    for (c, h) in ["gender", "hourly_pay", "bonus_pay", "full_pay"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    for (i, w) in workforce.iter().enumerate() {
        let row = i as u32 + 1;
        let g = if w.gender == Gender::Woman { "F" } else { "M" };
        sheet.write_string(row, 0, g).unwrap();
        sheet
            .write_number(row, 1, w.hourly_pay.unwrap().get())
            .unwrap();
        sheet
            .write_number(row, 2, w.bonus_pay.unwrap().get())
            .unwrap();
        sheet.write_boolean(row, 3, w.full_pay).unwrap();
    }
    let path = tmp("uk-reference.xlsx");
    book.save(&path).unwrap();
    let mut o = CsvOptions::default();
    o.columns.annual_pay = None;
    o.columns.hourly_pay = Some("hourly_pay".into());
    o.columns.bonus_pay = Some("bonus_pay".into());
    o.columns.full_pay = Some("full_pay".into());
    let read = read_payroll_workbook(&path, Some("Payroll"), &o).unwrap();
    let rules = PayRules::built_in();
    assert_eq!(
        uk_figures(&read.payroll.to_workers(), &rules),
        uk_figures(&workforce, &rules)
    );
    // By number too; and the first sheet (the notes) has no such columns.
    assert!(read_payroll_workbook(&path, Some("2"), &o).is_ok());
    let err = read_payroll_workbook(&path, None, &o).unwrap_err();
    assert!(
        err.to_string().starts_with("Notes!1: expected columns"),
        "{err}"
    );
}

#[test]
fn m_h_letters_need_the_gender_code_map() {
    let (text, _) = montgomery();
    let mut rows = records(&text);
    for f in rows.iter_mut().skip(1) {
        // Spanish letters: M(ujer) for the file's F, H(ombre) for its M.
        f[3] = if f[3] == "F" { "M".into() } else { "H".into() };
    }
    let out = semicolons(&rows);
    let path = tmp("montgomery-mh.csv");
    std::fs::write(&path, &out).unwrap();
    let refused = Command::new(env!("CARGO_BIN_EXE_gia"))
        .args(["pay", "--preset", "montgomery", "--no-inference"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(1));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(
        err.contains("--gender-code H=…") && err.contains("--gender-code M=…"),
        "{err}"
    );
    let mapped = gia_json(
        &path,
        &["--gender-code", "M=woman", "--gender-code", "H=man"],
    );
    let clean = montgomery_path_json(&[]);
    assert_eq!(mapped["eu"], clean["eu"]);
    assert_eq!(mapped["uk"], clean["uk"]);
}

#[test]
fn windows_1252_export_gives_the_same_workers() {
    let utf8 = "gender,annual_pay,category\nF,30000,Économie\nM,31000,Économie\nF,32000,Santé\nM,33000,Santé\n";
    // Windows-1252: É = 0xC9, é = 0xE9; the rest is ASCII.
    let cp1252: Vec<u8> = utf8
        .chars()
        .map(|c| match c {
            'É' => 0xC9,
            'é' => 0xE9,
            c => c as u8,
        })
        .collect();
    let mut o = CsvOptions::default();
    o.columns.category = Some("category".into());
    let a = read_workers(utf8.as_bytes(), &o).unwrap();
    let b = read_workers(&cp1252[..], &o).unwrap();
    assert_eq!(a.workers, b.workers);
    assert_eq!(b.workers[2].category.as_ref().unwrap().as_str(), "Santé");
    assert!(
        b.assumptions
            .iter()
            .any(|x| x.english() == "the file was read as Windows-1252")
    );
    // Said to be UTF-8, the same bytes are refused, naming the flag.
    o.encoding = Some(gender_impact::pay::Encoding::Utf8);
    let err = read_workers(&cp1252[..], &o).unwrap_err().to_string();
    assert!(err.contains("--encoding"), "{err}");
}

#[test]
fn a_workbook_over_the_size_limit_is_refused_before_it_is_opened() {
    // A 200 MB file, sparse: nothing is written, and nothing should be read.
    let path = tmp("two-hundred-megabytes.xlsx");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(200 * 1024 * 1024).unwrap();
    let err = read_payroll_workbook(&path, None, &CsvOptions::default())
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "two-hundred-megabytes.xlsx: expected a workbook of at most 100 MB, found a larger one: \
         save the payroll as CSV, which is read as it streams\n"
    );
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn a_missing_column_names_the_nearest_header_name() {
    let data = "Gender,Annual Pay\nF,30000\nM,31000\n";
    let err = read_workers(data.as_bytes(), &CsvOptions::default())
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("nearest names: `Annual Pay` for `annual_pay`"),
        "{err}"
    );
}

/// `cents` written as a French export writes it: thousands dots, a decimal comma when there
/// are cents (`1.234,5` is never written: always two decimals), sometimes a euro sign.
fn european(cents: u64, euro: bool) -> String {
    let units = french_number(&(cents / 100).to_string());
    let text = if cents.is_multiple_of(100) {
        units
    } else {
        format!("{units},{:02}", cents % 100)
    };
    if euro { format!("€ {text}") } else { text }
}

fn plain(cents: u64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

/// Amounts in cents: any, or whole units (written without decimals, so `175.873` can occur).
fn amount() -> impl proptest::strategy::Strategy<Value = u64> {
    use proptest::strategy::Strategy;
    proptest::prop_oneof![
        0u64..2_000_000_000,
        (0u64..20_000_000).prop_map(|u| u * 100)
    ]
}

proptest::proptest! {
    /// A payroll written the European way reads as the same workers as the same payroll written
    /// plainly, whatever the order of its rows; or, when no amount has a decimal comma or a
    /// second thousands dot, the column cannot be told and the error names `--decimal`.
    #[test]
    fn european_numbers_read_as_plain_ones(
        rows in proptest::collection::vec((proptest::bool::ANY, amount(), proptest::bool::ANY), 1..40),
    ) {
        let plain_csv: String = std::iter::once("gender,annual_pay".to_string())
            .chain(rows.iter().map(|(w, c, _)| format!("{},{}", if *w { "F" } else { "M" }, plain(*c))))
            .collect::<Vec<_>>()
            .join("\n");
        let euro_csv: String = std::iter::once("genre;annual_pay".to_string())
            .chain(rows.iter().rev().map(|(w, c, e)| {
                format!("{};{}", if *w { "Femme" } else { "Homme" }, european(*c, *e))
            }))
            .collect::<Vec<_>>()
            .join("\r\n");
        let mut o = CsvOptions::default();
        let a = read_workers(plain_csv.as_bytes(), &o).unwrap();
        o.columns.gender = "genre".into();
        // Decisive: a decimal comma, or two thousands dots (a million or more).
        let decisive = rows.iter().any(|(_, c, _)| c % 100 != 0 || *c >= 100_000_000);
        // Either way: one dot followed by three digits (1.000 to 999.999 units, no cents).
        let either = rows.iter().any(|(_, c, _)| c % 100 == 0 && (100_000..100_000_000).contains(c));
        match read_workers(euro_csv.as_bytes(), &o) {
            Ok(b) => {
                proptest::prop_assert!(decisive || !either);
                let mut reversed = b.workers.clone();
                reversed.reverse();
                proptest::prop_assert_eq!(reversed, a.workers);
            }
            Err(e) => {
                proptest::prop_assert!(!decisive && either, "{}", e);
                proptest::prop_assert!(e.to_string().contains("--decimal"), "{}", e);
            }
        }
    }
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config::with_cases(32))]

    /// A payroll in a workbook (amounts as numeric cells, codes and categories as text) reads
    /// as the same workers as the same payroll in a CSV file.
    #[test]
    fn a_workbook_reads_as_the_csv(
        rows in proptest::collection::vec((0u8..4, amount(), 0u8..3), 1..30),
        case in 0u32..1_000_000,
    ) {
        let code = |g: u8| ["F", "M", "X", "U"][usize::from(g)];
        let cat = |c: u8| ["Agents", "Cadres", "Direction"][usize::from(c)];
        let csv: String = std::iter::once("gender,annual_pay,category".to_string())
            .chain(rows.iter().map(|(g, c, k)| format!("{},{},{}", code(*g), plain(*c), cat(*k))))
            .collect::<Vec<_>>()
            .join("\n");
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        for (c, h) in ["gender", "annual_pay", "category"].iter().enumerate() {
            sheet.write_string(0, c as u16, *h).unwrap();
        }
        for (i, (g, c, k)) in rows.iter().enumerate() {
            let r = i as u32 + 1;
            sheet.write_string(r, 0, code(*g)).unwrap();
            sheet.write_number(r, 1, *c as f64 / 100.0).unwrap();
            sheet.write_string(r, 2, cat(*k)).unwrap();
        }
        let path = tmp(&format!("prop-{case}-{}.xlsx", std::process::id()));
        book.save(&path).unwrap();
        let mut o = CsvOptions::default();
        o.columns.category = Some("category".into());
        let a = read_workers(csv.as_bytes(), &o).unwrap();
        let b = read_payroll_workbook(&path, None, &o).unwrap();
        std::fs::remove_file(&path).unwrap();
        proptest::prop_assert_eq!(b.payroll.to_workers(), a.workers);
    }
}
