//! Spain's registro retributivo (`gia pay --profile es`): the register of a Spanish payroll
//! against the pandas computation of `tests/reference/gen_registro_reference.py` (both readings,
//! every group and concept, actual and equalised, to 1e-9), the 25% rule worked by hand, the
//! worker audience without amounts, and the properties: the order of the rows changes nothing,
//! and the groups' counts sum to all groups'.

use gender_impact::pay::{
    Audience, Averages, Columns, CsvOptions, Higher, Money, PayRules, Payroll, Registro,
    RegistroOptions, RegistroRow, Worker, read_payroll, registro,
};
use gender_impact::{Gender, Justification, Text};
use proptest::prelude::*;

const FIXTURE: &str = "tests/fixtures/registro/nomina.csv";
const REFERENCE: &str = "tests/reference/registro_reference.json";

/// The fixture as `gia pay --profile es` reads it.
fn nomina() -> gender_impact::pay::PayrollCsv {
    let options = CsvOptions {
        columns: Columns {
            gender: "sexo".into(),
            annual_pay: Some("salario_base".into()),
            variable_pay: vec!["plus_convenio".into(), "plus_turnicidad".into()],
            extra_salary: vec!["dietas".into()],
            category: Some("grupo".into()),
            fte: Some("coef_jornada".into()),
            days_worked: Some("dias".into()),
            ..Columns::default()
        },
        registro: true,
        ..CsvOptions::default()
    };
    read_payroll(std::fs::File::open(FIXTURE).unwrap(), &options).unwrap()
}

fn options(averages: Averages) -> RegistroOptions {
    RegistroOptions {
        averages,
        audience: Audience::Representatives,
    }
}

fn close(ours: Option<f64>, theirs: &serde_json::Value, what: &str) {
    match (ours, theirs.as_f64()) {
        (None, None) => {}
        (Some(a), Some(b)) => assert!((a - b).abs() <= 1e-9, "{what}: {a} against {b}"),
        _ => panic!("{what}: {ours:?} against {theirs}"),
    }
}

#[test]
fn the_register_agrees_with_pandas_to_1e_9() {
    let csv = nomina();
    let reference: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(REFERENCE).unwrap()).unwrap();
    let mut compared = 0;
    for (reading, averages) in [
        ("all_workers", Averages::AllWorkers),
        ("recipients", Averages::Recipients),
    ] {
        let r = registro(&csv.payroll, &[], &PayRules::built_in(), &options(averages));
        // 4 groups (all, G1, G2, G3) × 5 concepts.
        assert_eq!(r.rows.len(), 20);
        for want in reference["rows"].as_array().unwrap() {
            if want["reading"] != reading {
                continue;
            }
            let concept = match want["concept"].as_str().unwrap() {
                "salario_base" => "base",
                c => c,
            };
            let group = want["group"].as_str();
            let row = r
                .rows
                .iter()
                .find(|x| x.group.as_deref() == group && x.concept == concept)
                .unwrap_or_else(|| panic!("no row {group:?} {concept}"));
            for (ours, key) in [(&row.women, "women"), (&row.men, "men")] {
                let theirs = &want[key];
                let what = format!("{reading} {group:?} {concept} {key}");
                assert_eq!(ours.n, theirs["n"].as_u64().unwrap(), "{what} n");
                close(ours.mean, &theirs["mean"], &what);
                close(ours.median, &theirs["median"], &what);
                close(ours.mean_equalised, &theirs["mean_equalised"], &what);
                close(ours.median_equalised, &theirs["median_equalised"], &what);
                compared += 1;
            }
        }
    }
    assert_eq!(compared, 80);
}

#[test]
fn the_fixture_states_its_defaults_and_leaves_out_the_non_binary_workers() {
    let csv = nomina();
    let english: Vec<String> = csv.assumptions.iter().map(|a| a.english()).collect();
    assert!(english.contains(
        &"full-time equivalent missing (column `coef_jornada` empty) for 3 workers: taken as full time (1)".to_string()
    ));
    assert!(english.contains(
        &"days worked missing (column `dias` empty) for 2 workers: taken as 365 days".to_string()
    ));
    let r = registro(
        &csv.payroll,
        &[],
        &PayRules::built_in(),
        &options(Averages::AllWorkers),
    );
    // 64 rows, 2 of them `no binario` (see the generator).
    assert_eq!(
        (r.workers.women + r.workers.men, r.workers.excluded),
        (62, 2)
    );
    assert_eq!(r.rule_25.employees, 64);
}

fn worker(g: Gender, category: &str, pay: f64) -> Worker {
    Worker {
        annual_pay: Some(Money::new(pay).unwrap()),
        category: Some(Text::new(category).unwrap()),
        ..Worker::new(g)
    }
}

/// Group A: women 20,000 and 30,000 (mean 25,000), men 30,000 and 32,500 (mean 31,250 =
/// 1.25 × 25,000): higher by exactly 25%, flagged. Group B: a woman at 40,000, a man at 49,000
/// (49,000 / 40,000 − 1 = 22.5%): not flagged. All groups: women (20,000 + 30,000 + 40,000) / 3
/// = 30,000, men (30,000 + 32,500 + 49,000) / 3 = 37,166.67, higher by 23.9%: not flagged.
fn by_hand(undisclosed: usize) -> Vec<Worker> {
    let mut ws = vec![
        worker(Gender::Woman, "A", 20_000.0),
        worker(Gender::Woman, "A", 30_000.0),
        worker(Gender::Man, "A", 30_000.0),
        worker(Gender::Man, "A", 32_500.0),
        worker(Gender::Woman, "B", 40_000.0),
        worker(Gender::Man, "B", 49_000.0),
    ];
    ws.extend((0..undisclosed).map(|_| worker(Gender::Undisclosed, "B", 10_000.0)));
    ws
}

#[test]
fn the_25_percent_rule_worked_by_hand() {
    let justification = Justification {
        category: Text::new("A").unwrap(),
        text: Text::new("seniority bands").unwrap(),
    };
    let run = |ws: &[Worker]| {
        registro(
            &Payroll::from_workers(ws),
            std::slice::from_ref(&justification),
            &PayRules::built_in(),
            &options(Averages::AllWorkers),
        )
    };
    // 6 workers: the rule does not apply, but the difference is shown.
    let small = run(&by_hand(0));
    assert!(!small.rule_25.applies);
    let checks = &small.rule_25.checks;
    assert_eq!(checks.len(), 3);
    let (all, a, b) = (&checks[0], &checks[1], &checks[2]);
    assert_eq!(
        (all.group.as_deref(), a.group.as_deref()),
        (None, Some("A"))
    );
    assert!(a.exceeds && !a.justification_required);
    assert_eq!((a.higher, a.excess), (Some(Higher::Men), Some(0.25)));
    assert!(!b.exceeds && (b.excess.unwrap() - 0.225).abs() < 1e-12);
    assert!(
        !all.exceeds
            && (all.excess.unwrap() - (37_166.666_666_666_67 / 30_000.0 - 1.0)).abs() < 1e-12
    );
    // 50 workers (44 of undisclosed gender): the rule applies to group A, with its justification.
    let big = run(&by_hand(44));
    assert!(big.rule_25.applies && big.rule_25.employees == 50);
    let a = &big.rule_25.checks[1];
    assert!(a.justification_required);
    assert_eq!(a.justification.as_deref(), Some("seniority bands"));
    assert!(!big.rule_25.checks[0].justification_required);
}

#[test]
fn the_worker_audience_sees_percentages_and_counts_only() {
    let csv = nomina();
    let worker = RegistroOptions {
        averages: Averages::AllWorkers,
        audience: Audience::Worker,
    };
    let r = registro(&csv.payroll, &[], &PayRules::built_in(), &worker);
    let full = registro(
        &csv.payroll,
        &[],
        &PayRules::built_in(),
        &options(Averages::AllWorkers),
    );
    let json = serde_json::to_string(&r).unwrap();
    for amount_key in [
        "\"mean\"",
        "\"median\"",
        "\"mean_equalised\"",
        "\"median_equalised\"",
    ] {
        assert!(!json.contains(amount_key), "{amount_key}");
    }
    for (w, f) in r.rows.iter().zip(&full.rows) {
        assert_eq!((w.women.n, w.men.n), (f.women.n, f.men.n));
        assert_eq!(
            (w.gap_mean, w.gap_median_equalised),
            (f.gap_mean, f.gap_median_equalised)
        );
    }
    assert_eq!(r.rule_25, full.rule_25);
}

fn payroll_strategy() -> impl Strategy<Value = Vec<Worker>> {
    let one = (
        prop_oneof![
            Just(Gender::Woman),
            Just(Gender::Man),
            Just(Gender::Undisclosed)
        ],
        prop_oneof![Just("G1"), Just("G2"), Just("G3")],
        0u64..=10_000_000,
        prop_oneof![Just(None), (0u64..=500_000).prop_map(Some)],
        prop_oneof![Just(None), (1u32..=100).prop_map(Some)],
    )
        .prop_map(|(g, c, pay, var, fte)| Worker {
            annual_pay: Some(Money::new(pay as f64 / 100.0).unwrap()),
            variable_pay: var.map(|v| Money::new(v as f64 / 100.0).unwrap()),
            category: Some(Text::new(c).unwrap()),
            fte: fte.and_then(|f| gender_impact::Fte::try_from(f64::from(f) / 100.0).ok()),
            ..Worker::new(g)
        });
    prop::collection::vec(one, 1..60)
}

fn count_by_group(r: &Registro) -> Vec<(&RegistroRow, u64, u64)> {
    let all: Vec<&RegistroRow> = r.rows.iter().filter(|x| x.group.is_none()).collect();
    all.into_iter()
        .map(|a| {
            let groups = r
                .rows
                .iter()
                .filter(|x| x.group.is_some() && x.concept == a.concept);
            let (w, m) = groups.fold((0, 0), |(w, m), x| (w + x.women.n, m + x.men.n));
            (a, w, m)
        })
        .collect()
}

proptest! {
    #[test]
    fn the_order_of_the_rows_changes_nothing(ws in payroll_strategy(), seed in any::<u64>(),
                                             recipients in any::<bool>()) {
        let o = options(if recipients { Averages::Recipients } else { Averages::AllWorkers });
        let rules = PayRules::built_in();
        let before = registro(&Payroll::from_workers(&ws), &[], &rules, &o);
        let mut shuffled = ws.clone();
        // A Fisher–Yates shuffle driven by the seed.
        let mut s = seed;
        for i in (1..shuffled.len()).rev() {
            s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (s >> 33) as usize % (i + 1));
        }
        let after = registro(&Payroll::from_workers(&shuffled), &[], &rules, &o);
        prop_assert_eq!(before, after);
    }

    #[test]
    fn the_groups_counts_sum_to_all_groups(ws in payroll_strategy(), recipients in any::<bool>()) {
        let o = options(if recipients { Averages::Recipients } else { Averages::AllWorkers });
        let r = registro(&Payroll::from_workers(&ws), &[], &PayRules::built_in(), &o);
        for (all, w, m) in count_by_group(&r) {
            prop_assert_eq!((all.women.n, all.men.n), (w, m));
        }
        let women = ws.iter().filter(|w| w.gender == Gender::Woman).count() as u64;
        let base = r.rows.iter().find(|x| x.group.is_none() && x.concept == "base").unwrap();
        prop_assert!(base.women.n <= women);
        if !recipients {
            prop_assert_eq!(base.women.n, women);
        }
    }
}

const FLAGS: [&str; 19] = [
    "--gender",
    "sexo",
    "--annual-pay",
    "salario_base",
    "--variable-pay",
    "plus_convenio",
    "--variable-pay",
    "plus_turnicidad",
    "--extra-salary",
    "dietas",
    "--fte",
    "coef_jornada",
    "--days-worked",
    "dias",
    "--category",
    "grupo",
    "--no-inference",
    "--format",
    "json",
];

fn gia_json(extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["pay", FIXTURE];
    args.extend(FLAGS);
    args.extend(extra);
    serde_json::from_str(&crate::support::gia_ok(&args)).unwrap()
}

#[test]
fn gia_pay_profile_es_adds_the_register_and_the_worker_gets_no_amount() {
    let full = gia_json(&["--profile", "es"]);
    assert_eq!(full["profile"], "es");
    assert_eq!(full["registro"]["rows"].as_array().unwrap().len(), 20);
    assert!(full["eu"].is_object());
    let worker = gia_json(&["--profile", "es", "--audience", "worker"]);
    let keys: Vec<&String> = worker.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["assumptions", "profile", "registro", "tool"]);
    let text = worker.to_string();
    assert!(!text.contains("\"mean\"") && !text.contains("\"median_equalised\""));
    // Without the profile, the output is the EU analysis with `"profile": "eu"` and no register.
    let mut args = vec!["pay", FIXTURE];
    args.extend(&FLAGS[..8]);
    args.extend(["--category", "grupo", "--no-inference", "--format", "json"]);
    let out = crate::support::gia(&args);
    let eu: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(eu["profile"], "eu");
    assert!(eu.get("registro").is_none());
}

/// The workbook of the case worked by hand: on the sheet of actual amounts, the block of the
/// base salary has group A (women's mean (20,000 + 30,000) / 2 = 25,000, men's 31,250, difference
/// (31,250 − 25,000) / 31,250 = 20%), then B, then all groups.
#[test]
fn the_workbook_lays_out_each_concept_with_the_groups_down_the_rows() {
    use calamine::{Data, Reader, Xlsx};
    let r = registro(
        &Payroll::from_workers(&by_hand(0)),
        &[],
        &PayRules::built_in(),
        &options(Averages::AllWorkers),
    );
    let bytes = gender_impact::report::registro_xlsx(&r, gender_impact::i18n::Lang::En).unwrap();
    let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(
        book.sheet_names(),
        ["Actual amounts", "Equalised amounts", "25% rule"]
    );
    let sheet = book.worksheet_range("Actual amounts").unwrap();
    let rows: Vec<&[Data]> = sheet.rows().collect();
    let at = rows
        .iter()
        .position(|r| r.first() == Some(&Data::String("Base salary".into())))
        .unwrap();
    let a = rows[at + 2];
    assert_eq!(a[0], Data::String("A".into()));
    assert_eq!(
        &a[1..6],
        [2.0, 2.0, 25_000.0, 31_250.0, 0.2].map(Data::Float)
    );
    assert_eq!(rows[at + 3][0], Data::String("B".into()));
    assert_eq!(rows[at + 4][0], Data::String("All groups".into()));
}
