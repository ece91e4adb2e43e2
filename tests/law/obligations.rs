//! The directive's size and year thresholds, Spain's register, the UK's figures, and the
//! answers to bad arguments.

use gender_impact::law::{Country, Duty, LawError, Letter, Organisation, obligations};

fn org(employees: u32) -> Organisation {
    Organisation {
        employees,
        listed: false,
        public_interest: false,
    }
}

fn due_ids(country: Country, employees: u32, year: i16) -> Vec<String> {
    let o = obligations(country, org(employees), year).unwrap();
    o.pay
        .duties
        .iter()
        .filter(|d| d.due)
        .map(|d| d.rule.id.clone())
        .collect()
}

/// Directive 2023/970 Art. 9(2)-(4): 250+ from 2027 yearly; 150-249 from 2027 every three
/// years; 100-149 from 2031 every three years; below 100 optional.
#[test]
fn directive_size_and_year_thresholds() {
    let all: Vec<Letter> = {
        use Letter::*;
        vec![A, B, C, D, E, F, G]
    };
    let letters = |n, y| obligations(Country::Eu, org(n), y).unwrap().pay.indicators;
    // 260 in 2027: a-g, and again in 2028 (yearly).
    assert_eq!(letters(260, 2027), all);
    assert_eq!(letters(260, 2028), all);
    // 180 in 2027: a-g; then 2030 (2027 + 3), not 2028 or 2029.
    assert_eq!(letters(180, 2027), all);
    assert!(letters(180, 2028).is_empty() && letters(180, 2029).is_empty());
    assert_eq!(letters(180, 2030), all);
    // 120 in 2027: nothing due; 2031: due; 2034 (2031 + 3) again.
    assert!(letters(120, 2027).is_empty());
    assert_eq!(letters(120, 2031), all);
    assert!(letters(120, 2032).is_empty());
    assert_eq!(letters(120, 2034), all);
    // 60: never an obligation, the member state's option.
    assert!(letters(60, 2031).is_empty());
    let o = obligations(Country::Eu, org(60), 2031).unwrap();
    assert!(o.pay.duties.iter().all(|d| !d.due) && o.pay.duties[0].rule.optional);
}

#[test]
fn directive_cadence_next_due_and_deadline() {
    let o = obligations(Country::Eu, org(180), 2028).unwrap();
    let art9 = o
        .pay
        .duties
        .iter()
        .find(|d| d.rule.id == "eu.2023-970.art9.150")
        .unwrap();
    assert_eq!(
        (art9.due, art9.next_due, art9.rule.cadence.every_years),
        (false, Some(2030), 3)
    );
    // In 2026 nothing is due yet at 260; the first report is due by 7 June 2027 on 2026 data.
    let o = obligations(Country::Eu, org(260), 2026).unwrap();
    assert!(o.pay.indicators.is_empty());
    let o = obligations(Country::Eu, org(260), 2027).unwrap();
    let art9 = &o.pay.duties[0];
    assert_eq!(art9.due_date.unwrap().to_string(), "2027-06-07");
    assert_eq!(art9.data_year, Some(2026));
    assert_eq!(o.deadlines[0].date.to_string(), "2027-06-07");
}

/// Art. 10: 5% in a category, unjustified and not remedied within six months; it follows a
/// report, so it is due only in a year with a report (180 employees: 2027, not 2028).
#[test]
fn joint_pay_assessment_follows_a_report() {
    let jpa = |n, y| {
        let o = obligations(Country::Eu, org(n), y).unwrap();
        let d = o
            .pay
            .duties
            .into_iter()
            .find(|d| d.rule.duty == Duty::JointPayAssessment)
            .unwrap();
        (d.due, d.rule.threshold, d.rule.remedy_months)
    };
    assert_eq!(jpa(180, 2027), (true, Some(0.05), Some(6)));
    assert!(!jpa(180, 2028).0);
    assert!(jpa(300, 2028).0);
}

/// Spain: the register for every employer (1 worker), the audit and the 25% justification at
/// 50 or more.
#[test]
fn spain_register_audit_and_justification() {
    assert_eq!(due_ids(Country::Es, 1, 2025), ["es.rd902-2020.registro"]);
    assert_eq!(
        due_ids(Country::Es, 50, 2025),
        [
            "es.rd902-2020.registro",
            "es.rd902-2020.auditoria",
            "es.et-28-3.justificacion"
        ]
    );
    let o = obligations(Country::Es, org(50), 2025).unwrap();
    let just = o
        .pay
        .duties
        .iter()
        .find(|d| d.rule.duty == Duty::GapJustification)
        .unwrap();
    assert_eq!(just.rule.threshold, Some(0.25));
    assert_eq!(due_ids(Country::Es, 49, 2025), ["es.rd902-2020.registro"]);
}

/// UK SI 2017/172: 250 or more relevant employees; snapshot 5 April; publish within 12 months
/// (by 4 April of the next year). Reports due in 2025 are on the snapshot of 5 April 2024.
#[test]
fn uk_six_figures_at_250() {
    assert!(due_ids(Country::Uk, 249, 2025).is_empty());
    let o = obligations(Country::Uk, org(250), 2025).unwrap();
    let private = o
        .pay
        .duties
        .iter()
        .find(|d| d.rule.id == "uk.si2017-172")
        .unwrap();
    assert!(private.due);
    assert_eq!(private.rule.figures.len(), 6);
    assert_eq!(private.snapshot_date.unwrap().to_string(), "2024-04-05");
    assert_eq!(private.due_date.unwrap().to_string(), "2025-04-04");
    let public = o
        .pay
        .duties
        .iter()
        .find(|d| d.rule.id == "uk.si2017-353")
        .unwrap();
    assert_eq!(public.snapshot_date.unwrap().to_string(), "2024-03-31");
    assert_eq!(public.due_date.unwrap().to_string(), "2025-03-30");
    assert!(o.unverified.is_empty());
}

#[test]
fn bad_arguments_are_errors_not_guesses() {
    assert_eq!(
        "de".parse::<Country>(),
        Err(LawError::UnknownCountry("de".into()))
    );
    assert_eq!("FR".parse::<Country>(), Ok(Country::Fr));
    assert_eq!(
        obligations(Country::Eu, org(0), 2027),
        Err(LawError::NoEmployees)
    );
    assert_eq!(
        obligations(Country::Eu, org(300), 2025),
        Err(LawError::BeforeRules {
            country: "eu",
            year: 2025,
            first: 2026
        })
    );
    assert_eq!(
        obligations(Country::Uk, org(300), 2016),
        Err(LawError::BeforeRules {
            country: "uk",
            year: 2016,
            first: 2017
        })
    );
}

/// The JSON lists the indicators as lowercase letters.
#[test]
fn json_letters_are_lowercase() {
    let o = obligations(Country::Eu, org(260), 2027).unwrap();
    let v = serde_json::to_value(&o).unwrap();
    assert_eq!(
        v["pay"]["indicators"],
        serde_json::json!(["a", "b", "c", "d", "e", "f", "g"])
    );
}
