//! Property tests of the validator and the assessment: generated valid documents validate and
//! satisfy the published schema; JSON round trips; share indicators stay in range; results do not
//! depend on record order; mutated documents are rejected at the right place; swapping women and
//! men mirrors the share; adding a woman never lowers it; the validator never panics.
//!
//! Valid documents are built as `serde_json::Value`s (so that mutations can address any place
//! by its JSON Pointer) from strategies that respect every rule of `Input::check`. Properties that
//! found a bug stay as regression tests.

use std::collections::BTreeSet;

use gender_impact::assessment::IndicatorResult;
use gender_impact::indicators::Unit;
use gender_impact::stats::{ConfidenceLevel, IntervalMethod, Share};
use gender_impact::{Assessment, Assessor, Input, Problem, Text, report, validate};
use gender_impact::{schema_problems, validate_value};
use jiff::ToSpan;
use jiff::civil::Date as CivilDate;
use proptest::prelude::*;
use proptest::sample::{Index, select};
use serde_json::{Map, Value, json};

// ---------------------------------------------------------------------------------------------
// Strategies for valid documents

const GENDERS: [&str; 4] = ["woman", "man", "non_binary", "undisclosed"];
/// Every role but `president` (at most one president per body is placed separately).
const ROLES: [&str; 8] = [
    "co_president",
    "vice_president",
    "treasurer",
    "secretary_general",
    "secretary",
    "member",
    "observer",
    "other",
];
const KINDS: [&str; 5] = ["board", "presidency", "assembly", "committee", "other"];
const COUNT_FIELDS: [&str; 4] = ["women", "men", "non_binary", "undisclosed"];

/// Free text accepted by `Text::new`: ordinary names, arbitrary printable Unicode, texts padded
/// with (Unicode) white space or made of format characters, and texts at the length limit.
/// Texts containing "nan" or "inf" are left out so that reports can be searched for non-finite
/// numbers.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => "[A-Za-z][A-Za-z0-9 ,.'()&-]{0,24}",
        2 => "\\PC{1,16}",
        2 => "[ \t\n\u{a0}\u{85}\u{2003}\u{3000}]{0,2}[A-Za-zé\u{feff}\u{180e}\u{200b}\u{2060}][ \t\u{a0}\u{feff}\u{200b}]{0,2}",
    ]
    .prop_filter("a valid text without `nan` or `inf`", |s| {
        let lower = s.to_lowercase();
        Text::new(s.clone()).is_ok()
            && !lower.contains("nan")
            && !lower.contains("inf")
            // Known bug (see `text_rule_and_schema_agree`): the schema's `\S` treats U+FEFF as
            // white space, `Text::new` does not. Left out here so the other properties still run.
            && !s.chars().all(|c| c.is_whitespace() || c == '\u{feff}')
    })
}

/// A text, now and then at the length limit (2,000 characters, some outside the BMP).
fn long_text() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => text(),
        1 => (1990usize..=2000, select(vec!['a', 'é', '\u{1d11e}', ' '])).prop_map(|(n, c)| {
            let mut s = "x".to_string();
            s.extend(std::iter::repeat_n(c, n - 1));
            s
        }),
    ]
}

/// An identifier. Like [`text`], ids spelling "nan" or "inf" in any case are left out, so
/// that reports can be searched for non-finite numbers (CI once drew the body id
/// `Ei-DHclR99--E--2_NaNZL-…`, and the search took it for a NaN).
fn id() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => "[a-z][a-z0-9_-]{0,10}",
        1 => "[A-Za-z0-9][A-Za-z0-9_-]{0,63}",
    ]
    .prop_filter("an id without `nan` or `inf`", |s| {
        let lower = s.to_lowercase();
        !lower.contains("nan") && !lower.contains("inf")
    })
}

/// A share in [0, 1], the ends and one half included.
fn share() -> impl Strategy<Value = f64> {
    prop_oneof![Just(0.0), Just(1.0), Just(0.5), 0.0f64..=1.0,]
}

fn count_value() -> impl Strategy<Value = u32> {
    prop_oneof![
        8 => 0u32..30,
        2 => 0u32..100_000,
        // Up to a quarter of Counts::MAX, so that a body's four counts together stay within
        // the range a proportion accepts (stats::MAX_TRIALS).
        1 => 0u32..=2_500_000,
    ]
}

/// Sometimes absent optional fields (names are personal data: rarer).
fn opt<S: Strategy>(s: S) -> impl Strategy<Value = Option<S::Value>> {
    proptest::option::weighted(0.25, s)
}

fn date(y: i16, m: i8, d: i8) -> CivilDate {
    jiff::civil::date(y, m, d)
}

fn plus_days(d: CivilDate, n: i64) -> CivilDate {
    d.checked_add(n.days()).expect("dates stay in range")
}

/// A period, with its first and last day.
#[derive(Debug, Clone)]
struct PeriodGen {
    value: Value,
    start: CivilDate,
    end: CivilDate,
}

impl PeriodGen {
    /// The day `index` picks inside the period.
    fn day(&self, index: &Index) -> CivilDate {
        let len = self.end.since(self.start).expect("days").get_days() as usize;
        plus_days(self.start, index.index(len + 1) as i64)
    }
}

fn period() -> impl Strategy<Value = PeriodGen> {
    prop_oneof![
        (1900i16..=2200).prop_map(|y| PeriodGen {
            value: json!({ "year": y }),
            start: date(y, 1, 1),
            end: date(y, 12, 31),
        }),
        (0i64..(1200 * 365), prop_oneof![Just(0i64), 0i64..800]).prop_map(|(s, len)| {
            let start = plus_days(date(1400, 1, 1), s);
            let end = plus_days(start, len);
            PeriodGen {
                value: json!({ "start": start.to_string(), "end": end.to_string() }),
                start,
                end,
            }
        }),
    ]
}

fn member() -> impl Strategy<Value = Value> {
    (
        select(GENDERS.to_vec()),
        proptest::option::of(select(ROLES.to_vec())),
        opt(text()),
        opt(text()),
        any::<bool>(),
        opt(text()),
    )
        .prop_map(|(gender, role, name, title, uncertain, note)| {
            let mut m = Map::new();
            m.insert("gender".into(), gender.into());
            if let Some(r) = role {
                m.insert("role".into(), r.into());
            }
            if let Some(n) = name {
                m.insert("name".into(), n.into());
            }
            if let Some(t) = title {
                m.insert("title".into(), t.into());
            }
            if uncertain {
                m.insert("gender_uncertain".into(), true.into());
            }
            if let Some(n) = note {
                m.insert("note".into(), n.into());
            }
            Value::Object(m)
        })
}

/// 0 to 39 members, at most one of them `president`.
fn members() -> impl Strategy<Value = Vec<Value>> {
    (
        proptest::collection::vec(member(), 0..40),
        proptest::option::of(any::<Index>()),
    )
        .prop_map(|(mut ms, president)| {
            if let (Some(p), false) = (president, ms.is_empty()) {
                let k = p.index(ms.len());
                ms[k]["role"] = "president".into();
            }
            ms
        })
}

/// Head counts; `non_binary` and `undisclosed` are sometimes left out (they default to 0).
fn counts() -> impl Strategy<Value = Value> {
    (
        count_value(),
        count_value(),
        proptest::option::of(count_value()),
        proptest::option::of(count_value()),
    )
        .prop_map(|(w, m, nb, u)| {
            let mut c = Map::new();
            c.insert("women".into(), w.into());
            c.insert("men".into(), m.into());
            if let Some(nb) = nb {
                c.insert("non_binary".into(), nb.into());
            }
            if let Some(u) = u {
                c.insert("undisclosed".into(), u.into());
            }
            Value::Object(c)
        })
}

fn counts_total(c: &Value) -> u64 {
    COUNT_FIELDS
        .iter()
        .map(|f| c.get(*f).and_then(Value::as_u64).unwrap_or(0))
        .sum()
}

/// People recorded in a body (or a staff) value: members listed or the sum of counts.
fn filled(body: &Value) -> u64 {
    if let Some(ms) = body.get("members").and_then(Value::as_array) {
        ms.len() as u64
    } else {
        body.get("counts").map(counts_total).unwrap_or(0)
    }
}

#[derive(Debug, Clone)]
enum BodyComposition {
    Members(Vec<Value>),
    Counts(Value),
}

fn body(p: PeriodGen, id: String) -> impl Strategy<Value = Value> {
    (
        text(),
        select(KINDS.to_vec()),
        prop_oneof![
            members().prop_map(BodyComposition::Members),
            counts().prop_map(BodyComposition::Counts),
        ],
        proptest::option::of(prop_oneof![
            4 => 0u64..5,
            2 => 0u64..1000,
            1 => any::<u32>().prop_map(u64::from),
        ]),
        proptest::option::of(any::<Index>()),
        proptest::option::of(share()),
        opt(text()),
    )
        .prop_map(
            move |(name, kind, composition, extra_seats, as_of, reference, note)| {
                let mut b = Map::new();
                b.insert("id".into(), id.clone().into());
                b.insert("name".into(), name.into());
                b.insert("kind".into(), kind.into());
                match composition {
                    BodyComposition::Members(ms) => b.insert("members".into(), Value::Array(ms)),
                    BodyComposition::Counts(c) => b.insert("counts".into(), c),
                };
                let f = filled(&Value::Object(b.clone()));
                if let Some(extra) = extra_seats
                    && f <= u64::from(u32::MAX)
                {
                    let seats = (f + extra).min(u64::from(u32::MAX));
                    b.insert("seats".into(), seats.into());
                }
                if let Some(ix) = as_of {
                    b.insert("as_of".into(), p.day(&ix).to_string().into());
                }
                if let Some(r) = reference {
                    b.insert("reference_share".into(), r.into());
                }
                if let Some(n) = note {
                    b.insert("note".into(), n.into());
                }
                Value::Object(b)
            },
        )
}

/// 0 to 5 bodies with unique ids.
fn bodies(p: PeriodGen) -> impl Strategy<Value = Vec<Value>> {
    proptest::collection::btree_set(id(), 0..6).prop_flat_map(move |ids| {
        ids.into_iter()
            .map(|i| body(p.clone(), i))
            .collect::<Vec<_>>()
    })
}

fn fte() -> impl Strategy<Value = f64> {
    prop_oneof![Just(1.0), Just(0.5), f64::MIN_POSITIVE..=1.0]
}

fn staff_member(grades: Vec<String>) -> impl Strategy<Value = Value> {
    (
        select(GENDERS.to_vec()),
        select(grades),
        opt(text()),
        proptest::option::of(fte()),
        opt(text()),
        any::<bool>(),
        opt(text()),
    )
        .prop_map(|(gender, grade, title, fte, name, uncertain, note)| {
            let mut m = Map::new();
            m.insert("gender".into(), gender.into());
            m.insert("grade".into(), grade.into());
            if let Some(t) = title {
                m.insert("title".into(), t.into());
            }
            if let Some(f) = fte {
                m.insert("fte".into(), f.into());
            }
            if let Some(n) = name {
                m.insert("name".into(), n.into());
            }
            if uncertain {
                m.insert("gender_uncertain".into(), true.into());
            }
            if let Some(n) = note {
                m.insert("note".into(), n.into());
            }
            Value::Object(m)
        })
}

/// A staff with 1 to 5 unique grades (some of them management), and members or counts that name
/// listed grades only (each grade at most once in counts, in any order).
fn staff(p: PeriodGen) -> impl Strategy<Value = Value> {
    proptest::collection::btree_set(id(), 1..6).prop_flat_map(move |ids| {
        let ids: Vec<String> = ids.into_iter().collect();
        let n = ids.len();
        let grades = (
            proptest::collection::vec((any::<bool>(), opt(text())), n),
            Just(ids.clone()),
        )
            .prop_map(|(flags, ids)| {
                ids.iter()
                    .zip(flags)
                    .map(|(id, (management, name))| {
                        let mut g = Map::new();
                        g.insert("id".into(), id.clone().into());
                        if let Some(nm) = name {
                            g.insert("name".into(), nm.into());
                        }
                        if management {
                            g.insert("management".into(), true.into());
                        }
                        Value::Object(g)
                    })
                    .collect::<Vec<_>>()
            });
        let composition = prop_oneof![
            proptest::collection::vec(staff_member(ids.clone()), 0..40)
                .prop_map(|ms| ("members", Value::Array(ms))),
            proptest::collection::vec(proptest::option::of(counts()), n)
                .prop_map({
                    let ids = ids.clone();
                    move |cs| {
                        ids.iter()
                            .zip(cs)
                            .filter_map(|(g, c)| c.map(|c| json!({ "grade": g, "counts": c })))
                            .collect::<Vec<_>>()
                    }
                })
                .prop_shuffle()
                .prop_map(|cs| ("counts", Value::Array(cs))),
        ];
        (
            grades,
            composition,
            opt(text()),
            proptest::option::of(any::<Index>()),
            opt(text()),
        )
            .prop_map({
                let p = p.clone();
                move |(grades, (field, comp), name, as_of, note)| {
                    let mut s = Map::new();
                    s.insert("grades".into(), Value::Array(grades));
                    s.insert(field.into(), comp);
                    if let Some(nm) = name {
                        s.insert("name".into(), nm.into());
                    }
                    if let Some(ix) = as_of {
                        s.insert("as_of".into(), p.day(&ix).to_string().into());
                    }
                    if let Some(nt) = note {
                        s.insert("note".into(), nt.into());
                    }
                    Value::Object(s)
                }
            })
    })
}

/// The built-in indicator ids a document allows that a published figure may name, with the
/// unit they take (`percent` for shares, `count` for counts; flags and ratios take neither).
fn reportable(bodies: &[Value], staff: Option<&Value>) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    for b in bodies {
        let id = b["id"].as_str().unwrap();
        for (suffix, unit) in [
            ("women_share", "percent"),
            ("leadership.women_share", "percent"),
            ("unfilled_seats", "count"),
            ("undisclosed", "count"),
            ("seats_short", "count"),
        ] {
            out.push((format!("body.{id}.{suffix}"), unit));
        }
    }
    if let Some(s) = staff {
        out.push(("staff.women_share".to_string(), "percent"));
        out.push(("staff.management.women_share".to_string(), "percent"));
        out.push(("staff.undisclosed".to_string(), "count"));
        for g in s["grades"].as_array().unwrap() {
            let gid = g["id"].as_str().unwrap();
            out.push((format!("staff.grade.{gid}.women_share"), "percent"));
        }
    }
    out
}

/// A published figure: a built-in indicator the records allow (with its unit), or now and then
/// an indicator of the user's own (any unit; reconciled at assessment time).
fn reported_figure(ids: Vec<(String, &'static str)>) -> impl Strategy<Value = Value> {
    (
        any::<Index>(),
        any::<bool>(),
        prop_oneof![(0u32..=100).prop_map(f64::from), 0.0f64..=100.0],
        prop_oneof![(0u32..1000).prop_map(f64::from), 0.0f64..1e9],
        proptest::option::of(0u8..=6),
        proptest::option::of(select(vec!["equals", "below", "above"])),
        opt(text()),
    )
        .prop_map(
            move |(ix, custom, pct, count, decimals, relation, source)| {
                let (indicator, unit) = if custom || ids.is_empty() {
                    (
                        "org.custom_indicator".to_string(),
                        if ix.index(2) == 0 { "percent" } else { "count" },
                    )
                } else {
                    ids[ix.index(ids.len())].clone()
                };
                let mut f = Map::new();
                f.insert("indicator".into(), indicator.into());
                f.insert(
                    "value".into(),
                    if unit == "percent" { pct } else { count }.into(),
                );
                f.insert("unit".into(), unit.into());
                if let Some(d) = decimals {
                    f.insert("decimals".into(), d.into());
                }
                if let Some(r) = relation {
                    f.insert("relation".into(), r.into());
                }
                if let Some(s) = source {
                    f.insert("source".into(), s.into());
                }
                Value::Object(f)
            },
        )
}

/// A valid input document.
fn valid_doc() -> impl Strategy<Value = Value> {
    period()
        .prop_flat_map(|p| {
            (
                Just(p.clone()),
                bodies(p.clone()),
                proptest::option::of(staff(p)),
            )
        })
        .prop_flat_map(|(p, bodies, staff)| {
            let ids = reportable(&bodies, staff.as_ref());
            (
                Just(p),
                Just(bodies),
                Just(staff),
                proptest::collection::vec(reported_figure(ids), 0..4),
                long_text(),
                opt(text()),
                any::<bool>(),
                any::<bool>(),
            )
        })
        .prop_map(
            |(p, bodies, staff, reported, org, source, schema_ref, empty_arrays)| {
                let mut d = Map::new();
                if schema_ref {
                    d.insert(
                        "$schema".into(),
                        "https://example.org/input.schema.json".into(),
                    );
                }
                d.insert("organisation".into(), json!({ "name": org }));
                d.insert("period".into(), p.value);
                if let Some(s) = source {
                    d.insert("source".into(), s.into());
                }
                if !bodies.is_empty() || empty_arrays {
                    d.insert("bodies".into(), Value::Array(bodies));
                }
                if let Some(s) = staff {
                    d.insert("staff".into(), s);
                }
                if !reported.is_empty() || empty_arrays {
                    d.insert("reported".into(), Value::Array(reported));
                }
                Value::Object(d)
            },
        )
}

/// Assessment settings: interval method, a conventional confidence level, a reference share.
fn settings() -> impl Strategy<Value = (IntervalMethod, f64, f64)> {
    (
        select(IntervalMethod::ALL.to_vec()),
        prop_oneof![
            select(vec![0.5, 0.8, 0.9, 0.95, 0.99, 0.999]),
            0.5f64..0.9999,
        ],
        share(),
    )
}

fn assessor((method, level, reference): (IntervalMethod, f64, f64)) -> Assessor {
    Assessor::new()
        .interval(method)
        .level(ConfidenceLevel::new(level).unwrap())
        .reference(Share::new(reference).unwrap())
}

// ---------------------------------------------------------------------------------------------
// Helpers

/// `cases` cases, and no regression files (failures print the minimal input instead).
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        failure_persistence: None,
        max_shrink_iters: 4096,
        ..ProptestConfig::with_cases(cases)
    }
}

fn text_of(v: &Value) -> String {
    serde_json::to_string(v).unwrap()
}

fn must_validate(v: &Value) -> Input {
    match validate(&text_of(v)) {
        Ok(i) => i,
        Err(e) => panic!("a valid document was rejected:\n{e}"),
    }
}

/// Whether a problem's pointer is at, below or above (but not the whole document) the place.
fn related(problem: &str, place: &str) -> bool {
    problem == place
        || problem.starts_with(&format!("{place}/"))
        || (!problem.is_empty() && place.starts_with(&format!("{problem}/")))
}

/// A small deterministic shuffle (xorshift), so that proptest shrinks the document, not the order.
fn shuffle<T>(v: &mut [T], seed: &mut u64) {
    for i in (1..v.len()).rev() {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        let j = (*seed % (i as u64 + 1)) as usize;
        v.swap(i, j);
    }
}

fn share_results(a: &Assessment) -> impl Iterator<Item = &IndicatorResult> {
    a.indicators.iter().filter(|r| r.unit == Unit::Share)
}

/// A "NaN" or an "inf" standing alone (not inside a word such as "information").
fn has_non_finite_token(s: &str) -> bool {
    if s.contains("NaN") || s.contains("Infinity") {
        return true;
    }
    let b = s.as_bytes();
    s.match_indices("inf").any(|(i, _)| {
        let before = i.checked_sub(1).map(|k| b[k].is_ascii_alphabetic());
        let after = b.get(i + 3).map(|c| c.is_ascii_alphabetic());
        before != Some(true) && after != Some(true)
    })
}

/// The checks of property 3 on one assessment.
fn check_ranges(a: &Assessment) -> Result<(), TestCaseError> {
    for r in share_results(a) {
        let id = &r.id;
        match r.value {
            None => {
                prop_assert!(r.interval.is_none(), "{id}: interval without a value");
                prop_assert!(r.test.is_none(), "{id}: test without a value");
                prop_assert!(r.not_computable.is_some(), "{id}: no value and no reason");
            }
            Some(v) => {
                let (k, n) = (r.numerator.unwrap(), r.denominator.unwrap());
                prop_assert!(v.is_finite() && (0.0..=1.0).contains(&v), "{id}: value {v}");
                prop_assert!(k <= n && n > 0, "{id}: {k} of {n}");
                prop_assert_eq!(v, k as f64 / n as f64, "{}: value is not k/n", id);
                let ci = r.interval.unwrap_or_else(|| panic!("{id}: no interval"));
                prop_assert!(
                    ci.low.is_finite() && ci.high.is_finite(),
                    "{id}: interval {ci:?}"
                );
                prop_assert!(
                    0.0 <= ci.low && ci.low <= v && v <= ci.high && ci.high <= 1.0,
                    "{id}: value {v} ({k} of {n}) outside its interval {ci:?}"
                );
                if k == 0 {
                    prop_assert_eq!(ci.low, 0.0, "{}: k = 0 but low {}", id, ci.low);
                }
                if k == n {
                    prop_assert_eq!(ci.high, 1.0, "{}: k = n but high {}", id, ci.high);
                }
                let t = r.test.unwrap_or_else(|| panic!("{id}: no test"));
                prop_assert!(
                    t.p_value.is_finite() && (0.0..=1.0).contains(&t.p_value),
                    "{id}: p-value {} ({k} of {n}, reference {})",
                    t.p_value,
                    t.reference
                );
                prop_assert!((0.0..=1.0).contains(&t.reference), "{id}: reference");
            }
        }
    }
    for r in &a.indicators {
        if let Some(v) = r.value {
            prop_assert!(v.is_finite(), "{}: value {v}", r.id);
            match r.unit {
                Unit::Count | Unit::Ratio => prop_assert!(v >= 0.0, "{}: {v}", r.id),
                Unit::Flag => prop_assert!(v == 0.0 || v == 1.0, "{}: {v}", r.id),
                _ => {}
            }
        }
    }
    let scores = a
        .summary
        .pillars
        .iter()
        .map(|p| p.score)
        .chain([a.summary.overall.score]);
    for s in scores.flatten() {
        prop_assert!(s.is_finite() && (0.0..=3.0).contains(&s), "score {s}");
    }
    for rec in &a.reconciliation {
        prop_assert!(rec.published.is_finite());
        if let Some(c) = rec.computed {
            prop_assert!(c.is_finite(), "{}: computed {c}", rec.indicator);
        }
    }
    let json = report::json(a);
    prop_assert!(!has_non_finite_token(&json), "non-finite number in {json}");
    let md = report::markdown(a);
    prop_assert!(!has_non_finite_token(&md), "non-finite number in {md}");
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// 1. Valid documents validate and satisfy the schema

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn valid_documents_validate_and_satisfy_the_schema(doc in valid_doc()) {
        let input = must_validate(&doc);
        let problems = schema_problems(&doc);
        prop_assert!(problems.is_empty(), "the schema rejects a valid document: {problems:?}");
        let by_value = validate_value(&doc);
        prop_assert_eq!(by_value.as_ref(), Ok(&input), "validate_value disagrees with validate");
        let pretty = serde_json::to_string_pretty(&doc).unwrap();
        prop_assert_eq!(validate(&pretty), Ok(input.clone()));
        prop_assert!(input.check().is_ok());
    }
}

// ---------------------------------------------------------------------------------------------
// 2. JSON round trips

proptest! {
    #![proptest_config(config(96))]

    #[test]
    fn input_json_round_trip(doc in valid_doc()) {
        let input = must_validate(&doc);
        let text = serde_json::to_string(&input).unwrap();
        let back: Input = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(&back, &input);
        // The serialised form is itself a valid document, for the validator and the schema.
        prop_assert_eq!(validate(&text), Ok(input.clone()));
        let value: Value = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(schema_problems(&value), Vec::<Problem>::new());
    }

    #[test]
    fn assessment_json_round_trip(doc in valid_doc(), s in settings()) {
        let input = must_validate(&doc);
        let a = assessor(s).assess(&input).unwrap();
        let text = report::json(&a);
        let back: Assessment = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("the JSON report does not parse back: {e}\n{text}"));
        prop_assert_eq!(back, a);
    }
}

// ---------------------------------------------------------------------------------------------
// 3. Ranges of share indicators, no non-finite number anywhere

proptest! {
    #![proptest_config(config(96))]

    #[test]
    fn share_indicators_stay_in_range(doc in valid_doc(), s in settings()) {
        let input = must_validate(&doc);
        let a = assessor(s).assess(&input).unwrap();
        check_ranges(&a)?;
    }
}

proptest! {
    #![proptest_config(config(128))]

    /// Property 3 on one body recorded as counts, up to 5,000,000 women (below the 10,000,000 limit of a count), split
    /// about evenly between women and men (where the quantiles go wrong most often).
    #[test]
    fn share_indicators_stay_in_range_with_large_counts(
        women in 0u32..=4_999_999,
        extra_men in 0u32..3,
        method in select(IntervalMethod::ALL.to_vec()),
        level in select(vec![0.9, 0.95, 0.99]),
    ) {
        let men = women.saturating_add(extra_men);
        let doc = json!({
            "organisation": { "name": "Org" },
            "period": { "year": 2023 },
            "bodies": [{ "id": "b", "name": "Board", "kind": "board",
                         "counts": { "women": women, "men": men } }],
        });
        let a = assessor((method, level, 0.5)).assess(&must_validate(&doc)).unwrap();
        check_ranges(&a)?;
    }
}

/// The smallest case the search found: 17,925,023 women and as many men, where the beta
/// quantiles lose the precision to separate the interval from the estimate. Counts are now
/// limited to Counts::MAX (10,000,000) each, and such a document is refused with that message.
#[test]
fn counts_beyond_the_checked_range_are_refused() {
    let doc = json!({
        "organisation": { "name": "Org" },
        "period": { "year": 2023 },
        "bodies": [{ "id": "b", "name": "Assembly", "kind": "assembly",
                     "counts": { "women": 17_925_023, "men": 17_925_023 } }],
    });
    let err = gender_impact::validate(&doc.to_string()).unwrap_err();
    let lines: Vec<String> = err.problems().iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "/bodies/0/counts/men: expected a number of at most 10000000, found a larger one",
            "/bodies/0/counts/women: expected a number of at most 10000000, found a larger one",
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// 4. Results independent of record order

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn results_do_not_depend_on_record_order(doc in valid_doc(), seed in any::<u64>(), s in settings()) {
        let mut shuffled = doc.clone();
        let mut seed = seed | 1;
        if let Some(bs) = shuffled.get_mut("bodies").and_then(Value::as_array_mut) {
            for b in bs {
                if let Some(ms) = b.get_mut("members").and_then(Value::as_array_mut) {
                    shuffle(ms, &mut seed);
                }
            }
        }
        if let Some(st) = shuffled.get_mut("staff") {
            for field in ["members", "counts"] {
                if let Some(xs) = st.get_mut(field).and_then(Value::as_array_mut) {
                    shuffle(xs, &mut seed);
                }
            }
        }
        let a = assessor(s).assess(&must_validate(&doc)).unwrap();
        let b = assessor(s).assess(&must_validate(&shuffled)).unwrap();
        prop_assert_eq!(&a.indicators, &b.indicators);
        prop_assert_eq!(&a.summary, &b.summary);
        prop_assert_eq!(&a.reconciliation, &b.reconciliation);
        prop_assert_eq!(&a.findings, &b.findings);
        prop_assert_eq!(&a.warnings, &b.warnings);
        // Determinism of what is published: the same bytes, whatever the record order.
        prop_assert_eq!(gender_impact::report::json(&a), gender_impact::report::json(&b));
        prop_assert_eq!(gender_impact::report::markdown(&a), gender_impact::report::markdown(&b));
    }
}

// ---------------------------------------------------------------------------------------------
// 5. The validator rejects mutated documents, pointing at the mutated place

/// One mutation of a valid document.
#[derive(Debug, Clone)]
enum Mutation {
    /// Add a field no type declares to the object at this pointer.
    UnknownField(String),
    /// Remove the required field at this pointer.
    RemoveRequired(String),
    /// Replace the value at this pointer (a gender by an unknown one, a count by -1, an id by one
    /// with a space): a structural problem.
    Replace(String, Value),
    /// Give body `to` the id of body `from`.
    DuplicateBodyId { from: usize, to: usize },
    /// Set the seats of the body at this index one below the people it records.
    ExceedSeats(usize),
}

fn object_pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            out.push(at.clone());
            for (k, child) in m {
                object_pointers(child, format!("{at}/{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                object_pointers(child, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Every mutation that applies to `doc`.
fn mutations(doc: &Value) -> Vec<Mutation> {
    let mut out = Vec::new();
    let mut objects = Vec::new();
    object_pointers(doc, String::new(), &mut objects);
    out.extend(objects.into_iter().map(Mutation::UnknownField));

    let remove = |out: &mut Vec<Mutation>, p: String| out.push(Mutation::RemoveRequired(p));
    for p in ["/organisation", "/period", "/organisation/name"] {
        remove(&mut out, p.to_string());
    }
    let period_fields: &[&str] = if doc["period"].get("year").is_some() {
        &["year"]
    } else {
        &["start", "end"]
    };
    for f in period_fields {
        remove(&mut out, format!("/period/{f}"));
    }
    let bad_gender = json!("female");
    let bodies = doc
        .get("bodies")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for (i, b) in bodies.iter().enumerate() {
        for f in ["id", "name", "kind"] {
            remove(&mut out, format!("/bodies/{i}/{f}"));
        }
        out.push(Mutation::Replace(
            format!("/bodies/{i}/id"),
            json!(format!("{} x", b["id"].as_str().unwrap())),
        ));
        out.push(Mutation::Replace(format!("/bodies/{i}/seats"), json!(-1)));
        if let Some(ms) = b.get("members").and_then(Value::as_array) {
            for j in 0..ms.len() {
                remove(&mut out, format!("/bodies/{i}/members/{j}/gender"));
                out.push(Mutation::Replace(
                    format!("/bodies/{i}/members/{j}/gender"),
                    bad_gender.clone(),
                ));
            }
        }
        if b.get("counts").is_some() {
            for f in COUNT_FIELDS {
                out.push(Mutation::Replace(
                    format!("/bodies/{i}/counts/{f}"),
                    json!(-1),
                ));
            }
            for f in ["women", "men"] {
                remove(&mut out, format!("/bodies/{i}/counts/{f}"));
            }
        }
        if filled(b) >= 1 && filled(b) <= u64::from(u32::MAX) {
            out.push(Mutation::ExceedSeats(i));
        }
        for from in 0..i {
            out.push(Mutation::DuplicateBodyId { from, to: i });
        }
    }
    if let Some(st) = doc.get("staff") {
        remove(&mut out, "/staff/grades".to_string());
        for k in 0..st["grades"].as_array().unwrap().len() {
            remove(&mut out, format!("/staff/grades/{k}/id"));
            out.push(Mutation::Replace(
                format!("/staff/grades/{k}/id"),
                json!("a grade"),
            ));
        }
        if let Some(ms) = st.get("members").and_then(Value::as_array) {
            for j in 0..ms.len() {
                for f in ["gender", "grade"] {
                    remove(&mut out, format!("/staff/members/{j}/{f}"));
                }
                out.push(Mutation::Replace(
                    format!("/staff/members/{j}/gender"),
                    bad_gender.clone(),
                ));
            }
        }
        if let Some(cs) = st.get("counts").and_then(Value::as_array) {
            for j in 0..cs.len() {
                for f in ["grade", "counts"] {
                    remove(&mut out, format!("/staff/counts/{j}/{f}"));
                }
                for f in COUNT_FIELDS {
                    out.push(Mutation::Replace(
                        format!("/staff/counts/{j}/counts/{f}"),
                        json!(-1),
                    ));
                }
            }
        }
    }
    if let Some(rs) = doc.get("reported").and_then(Value::as_array) {
        for r in 0..rs.len() {
            for f in ["indicator", "value", "unit"] {
                remove(&mut out, format!("/reported/{r}/{f}"));
            }
        }
    }
    out
}

impl Mutation {
    /// The kind of mutation, so that each kind is picked as often as the others.
    fn kind(&self) -> &'static str {
        match self {
            Mutation::UnknownField(_) => "unknown field",
            Mutation::RemoveRequired(_) => "required field removed",
            Mutation::Replace(_, v) if v == &json!(-1) => "negative count",
            Mutation::Replace(_, v) if v == &json!("female") => "unknown gender",
            Mutation::Replace(..) => "id with a space",
            Mutation::DuplicateBodyId { .. } => "duplicate body id",
            Mutation::ExceedSeats(_) => "more people than seats",
        }
    }
}

/// Picks a kind of mutation among those that apply, then one place for it.
fn pick_mutation(ms: &[Mutation], kind: &Index, place: &Index) -> Mutation {
    let kinds: BTreeSet<&str> = ms.iter().map(Mutation::kind).collect();
    let kinds: Vec<&str> = kinds.into_iter().collect();
    let k = kind.get(&kinds);
    let of_kind: Vec<&Mutation> = ms.iter().filter(|m| m.kind() == *k).collect();
    (*place.get(&of_kind)).clone()
}

/// Splits a pointer into its parent and last segment.
fn parent_and_key(pointer: &str) -> (&str, &str) {
    pointer.rsplit_once('/').expect("a pointer below the root")
}

/// Applies a mutation: the mutated document, the place problems should point at, and whether
/// the problem is structural (the schema sees it) rather than a cross-field rule.
fn apply(doc: &Value, m: &Mutation) -> (Value, String, bool) {
    let mut d = doc.clone();
    match m {
        Mutation::UnknownField(at) => {
            let key = "unexpected_field";
            d.pointer_mut(at)
                .unwrap()
                .as_object_mut()
                .unwrap()
                .insert(key.into(), json!(1));
            (d, format!("{at}/{key}"), true)
        }
        Mutation::RemoveRequired(at) => {
            let (parent, key) = parent_and_key(at);
            let removed = d
                .pointer_mut(parent)
                .unwrap()
                .as_object_mut()
                .unwrap()
                .remove(key);
            assert!(removed.is_some(), "nothing to remove at {at}");
            (d, at.clone(), true)
        }
        Mutation::Replace(at, v) => {
            let (parent, key) = parent_and_key(at);
            d.pointer_mut(parent)
                .unwrap()
                .as_object_mut()
                .unwrap()
                .insert(key.into(), v.clone());
            (d, at.clone(), true)
        }
        Mutation::DuplicateBodyId { from, to } => {
            let id = d["bodies"][*from]["id"].clone();
            d["bodies"][*to]["id"] = id;
            (d, format!("/bodies/{to}/id"), false)
        }
        Mutation::ExceedSeats(i) => {
            let b = &mut d["bodies"][*i];
            let f = filled(b);
            b["seats"] = json!(f - 1);
            let field = if b.get("members").is_some() {
                "members"
            } else {
                "counts"
            };
            (d, format!("/bodies/{i}/{field}"), false)
        }
    }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn mutated_documents_are_rejected_at_the_mutated_place(
        doc in valid_doc(),
        kind in any::<Index>(),
        place in any::<Index>(),
    ) {
        let m = pick_mutation(&mutations(&doc), &kind, &place);
        let (mutated, place, structural) = apply(&doc, &m);
        let err = match validate(&text_of(&mutated)) {
            Ok(_) => panic!("{m:?} was accepted: {mutated}"),
            Err(e) => e,
        };
        prop_assert!(
            err.problems().iter().any(|p| related(p.pointer().unwrap(), &place)),
            "{:?}: no problem points at {}; problems: {:?}", m, place, err.problems()
        );
        for p in err.problems() {
            prop_assert!(!p.message.is_empty(), "empty message at {}", p.pointer().unwrap());
        }
        // The same problems from the parsed value.
        prop_assert_eq!(validate_value(&mutated).unwrap_err(), err);
        let schema = schema_problems(&mutated);
        if structural {
            prop_assert!(!schema.is_empty(), "{:?}: the schema accepts the mutated document", m);
        } else {
            prop_assert!(schema.is_empty(), "{:?}: the schema rejects a cross-field problem: {:?}", m, schema);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 6. Swapping women and men mirrors the women's share

fn swap_gender(g: &mut Value) {
    match g.as_str() {
        Some("woman") => *g = json!("man"),
        Some("man") => *g = json!("woman"),
        _ => {}
    }
}

fn swap_body(b: &mut Value) {
    if let Some(ms) = b.get_mut("members").and_then(Value::as_array_mut) {
        for m in ms {
            swap_gender(&mut m["gender"]);
        }
    }
    if let Some(c) = b.get_mut("counts").and_then(Value::as_object_mut) {
        let (w, m) = (c["women"].clone(), c["men"].clone());
        c.insert("women".into(), m);
        c.insert("men".into(), w);
    }
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn swapping_women_and_men_mirrors_the_share(doc in valid_doc()) {
        let mut swapped = doc.clone();
        if let Some(bs) = swapped.get_mut("bodies").and_then(Value::as_array_mut) {
            bs.iter_mut().for_each(swap_body);
        }
        let original = must_validate(&doc);
        let mirrored = must_validate(&swapped);
        let a = Assessor::new().assess(&original).unwrap();
        let b = Assessor::new().assess(&mirrored).unwrap();
        for (body, bm) in original.bodies.iter().zip(&mirrored.bodies) {
            let c = body.counts();
            prop_assert_eq!((c.women, c.men), (bm.counts().men, bm.counts().women));
            for key in ["women_share", "leadership.women_share"] {
                let id = format!("body.{}.{key}", body.id);
                let (x, y) = (a.indicator(&id).unwrap(), b.indicator(&id).unwrap());
                prop_assert_eq!(x.denominator, y.denominator, "{}", id);
                prop_assert_eq!(x.value.is_some(), y.value.is_some(), "{}", id);
                let men_known = x.denominator.zip(x.numerator).map(|(n, k)| n - k);
                if key == "women_share" && c.non_binary == 0 {
                    prop_assert_eq!(y.numerator, men_known, "{}", id);
                }
                if let (Some(v), Some(w)) = (x.value, y.value) {
                    if c.non_binary == 0 && key == "women_share" {
                        prop_assert!((w - (1.0 - v)).abs() <= 1e-12, "{id}: {v} became {w}");
                    }
                    if y.numerator == men_known {
                        prop_assert!((w - (1.0 - v)).abs() <= 1e-12, "{id}: {v} became {w}");
                    }
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 7. Adding one woman never lowers the women's share

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn adding_a_woman_never_lowers_the_share(doc in valid_doc(), pick in any::<Index>()) {
        let Some(n) = doc.get("bodies").and_then(Value::as_array).map(Vec::len).filter(|n| *n > 0) else {
            return Ok(());
        };
        let i = pick.index(n);
        let mut more = doc.clone();
        let b = &mut more["bodies"][i];
        if let Some(ms) = b.get_mut("members").and_then(Value::as_array_mut) {
            ms.push(json!({ "gender": "woman" }));
        } else {
            let w = b["counts"]["women"].as_u64().unwrap();
            prop_assume!(w < 2_500_000);
            b["counts"]["women"] = json!(w + 1);
        }
        let f = filled(b);
        if let Some(seats) = b.get("seats").and_then(Value::as_u64)
            && f > seats {
                if f <= u64::from(u32::MAX) {
                    b["seats"] = json!(f);
                } else {
                    b.as_object_mut().unwrap().remove("seats");
                }
            }
        let id = format!("body.{}.women_share", b["id"].as_str().unwrap());
        let a = Assessor::new().assess(&must_validate(&doc)).unwrap();
        let c = Assessor::new().assess(&must_validate(&more)).unwrap();
        let (x, y) = (a.indicator(&id).unwrap(), c.indicator(&id).unwrap());
        prop_assert_eq!(y.numerator, Some(x.numerator.unwrap_or(0) + 1));
        prop_assert_eq!(y.denominator, Some(x.denominator.unwrap_or(0) + 1));
        if let Some(v) = x.value {
            let w = y.value.unwrap();
            prop_assert!(w >= v, "{id}: {v} fell to {w} with one more woman");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 8. The validator never panics

/// Field names of the input model (so that random documents reach deep into the types) and a
/// few others.
const KEYS: &[&str] = &[
    "organisation",
    "period",
    "bodies",
    "staff",
    "reported",
    "source",
    "$schema",
    "name",
    "year",
    "start",
    "end",
    "id",
    "kind",
    "seats",
    "as_of",
    "reference_share",
    "members",
    "counts",
    "note",
    "gender",
    "role",
    "title",
    "gender_uncertain",
    "women",
    "men",
    "non_binary",
    "undisclosed",
    "grades",
    "grade",
    "management",
    "fte",
    "indicator",
    "unit",
    "value",
    "decimals",
    "relation",
    "pay",
    "currency",
    "justifications",
    "snapshot_date",
    "workers",
    "annual_pay",
    "bonus_pay",
    "category",
    "full_pay",
    "hourly_pay",
    "variable_pay",
    "weekly_hours",
];

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        select(vec![
            -1i64,
            0,
            1,
            2,
            1900,
            2023,
            2201,
            4_294_967_295,
            4_294_967_296
        ])
        .prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        select(vec![0.0, 0.5, 1.0, -0.0, 1.5, 1e300, 5e-324]).prop_map(Value::from),
        select(vec![
            "",
            " ",
            "woman",
            "man",
            "non_binary",
            "undisclosed",
            "president",
            "board",
            "percent",
            "count",
            "equals",
            "2023-02-29",
            "2024-02-29",
            "2023-12-31",
            "9999-99-99",
            "body.b.women_share",
            "staff.women_share",
            "b",
            "a b",
            "~/",
            "\u{0}",
        ])
        .prop_map(Value::from),
        ".{0,12}".prop_map(Value::String),
    ]
}

fn arbitrary_json() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(5, 96, 8, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec(
                (
                    prop_oneof![4 => select(KEYS).prop_map(String::from), 1 => ".{0,6}"],
                    inner
                ),
                0..6,
            )
            .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

fn all_pointers(v: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                let k = k.replace('~', "~0").replace('/', "~1");
                all_pointers(child, format!("{at}/{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                all_pointers(child, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Whatever `validate` accepts, the assessment accepts, within the ranges of property 3.
fn validate_anything(doc: &str) -> Result<(), TestCaseError> {
    match validate(doc) {
        Ok(input) => {
            let a = gender_impact::assess(&input);
            prop_assert!(a.is_ok(), "validated but not assessable: {a:?}");
            check_ranges(&a.unwrap())?;
        }
        Err(e) => {
            prop_assert!(!e.problems().is_empty(), "an error without problems");
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn validate_never_panics_on_strings(s in ".*") {
        validate_anything(&s)?;
    }

    #[test]
    fn validate_never_panics_on_arbitrary_json(v in arbitrary_json()) {
        validate_anything(&text_of(&v))?;
        let _ = validate_value(&v);
        let _ = schema_problems(&v);
    }

}

proptest! {
    #![proptest_config(config(96))]

    #[test]
    fn validate_never_panics_on_documents_with_a_random_part(
        doc in valid_doc(),
        pick in any::<Index>(),
        part in arbitrary_json(),
    ) {
        let mut places = Vec::new();
        all_pointers(&doc, String::new(), &mut places);
        let at = pick.get(&places);
        let mut d = doc.clone();
        *d.pointer_mut(at).unwrap() = part;
        validate_anything(&text_of(&d))?;
        let by_value = validate_value(&d);
        let by_text = validate(&text_of(&d));
        prop_assert_eq!(by_value, by_text);
        let _ = schema_problems(&d);
    }

    /// A valid document with a random `pay` section (the pay records are not generated valid
    /// here: this only checks that nothing panics and that what validates, assesses).
    #[test]
    fn validate_never_panics_on_a_random_pay_section(doc in valid_doc(), pay in arbitrary_json()) {
        let mut d = doc;
        d["pay"] = pay;
        validate_anything(&text_of(&d))?;
        prop_assert_eq!(validate_value(&d), validate(&text_of(&d)));
    }

    #[test]
    fn validate_never_panics_on_damaged_text(doc in valid_doc(), at in any::<Index>(), cut in 0usize..4, insert in ".{0,3}") {
        let text = text_of(&doc);
        let chars: Vec<char> = text.chars().collect();
        let i = at.index(chars.len() + 1);
        let j = (i + cut).min(chars.len());
        let damaged: String = chars[..i].iter().chain(insert.chars().collect::<Vec<_>>().iter()).chain(chars[j..].iter()).collect();
        validate_anything(&damaged)?;
    }
}

// ---------------------------------------------------------------------------------------------
// Explicit `null` for optional fields

/// Every optional field a document leaves out, as `null`: serde reads `null` as "absent", and the
/// schema declares those fields `[T, null]`.
fn with_nulls(doc: &Value, choose: &[bool]) -> Value {
    let mut d = doc.clone();
    let mut k = 0;
    let mut next = || {
        k += 1;
        choose.get(k - 1).copied().unwrap_or(false)
    };
    let obj = d.as_object_mut().unwrap();
    for f in ["source", "staff", "$schema"] {
        if !obj.contains_key(f) && next() {
            obj.insert(f.into(), Value::Null);
        }
    }
    if let Some(bs) = obj.get_mut("bodies").and_then(Value::as_array_mut) {
        for b in bs {
            let b = b.as_object_mut().unwrap();
            for f in ["seats", "as_of", "reference_share", "note"] {
                if !b.contains_key(f) && next() {
                    b.insert(f.into(), Value::Null);
                }
            }
            if let Some(ms) = b.get_mut("members").and_then(Value::as_array_mut) {
                for m in ms {
                    let m = m.as_object_mut().unwrap();
                    for f in ["name", "title", "note"] {
                        if !m.contains_key(f) && next() {
                            m.insert(f.into(), Value::Null);
                        }
                    }
                }
            }
        }
    }
    if let Some(st) = obj.get_mut("staff").and_then(Value::as_object_mut) {
        for f in ["name", "as_of", "note"] {
            if !st.contains_key(f) && next() {
                st.insert(f.into(), Value::Null);
            }
        }
    }
    d
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn explicit_nulls_for_optional_fields_are_accepted(
        doc in valid_doc(),
        choose in proptest::collection::vec(any::<bool>(), 0..64),
    ) {
        let d = with_nulls(&doc, &choose);
        let input = must_validate(&d);
        prop_assert_eq!(input, must_validate(&doc));
        let problems = schema_problems(&d);
        prop_assert!(problems.is_empty(), "the schema rejects nulls serde accepts: {problems:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Agreement of the published schema with the validator on edge cases

/// White space of every kind (Unicode `White_Space`, ECMAScript `\s`), format characters that
/// are neither, and a letter.
const SPACES: &str = "[ \t\n\u{b}\u{c}\r\u{85}\u{a0}\u{1680}\u{2000}\u{200a}\u{2028}\u{2029}\u{202f}\u{205f}\u{3000}\u{feff}\u{180e}\u{200b}\u{2060}a]{1,3}";

fn named(name: &str) -> Value {
    json!({ "organisation": { "name": name }, "period": { "year": 2023 } })
}

proptest! {
    #![proptest_config(config(256))]

    /// Every text `Text::new` accepts, the schema's `Text` (`"pattern": "\\S"`) accepts.
    #[test]
    fn texts_the_validator_accepts_the_schema_accepts(s in SPACES) {
        let doc = named(&s);
        prop_assume!(validate(&text_of(&doc)).is_ok());
        let problems = schema_problems(&doc);
        prop_assert!(problems.is_empty(), "{:?}: the schema rejects it: {:?}", s, problems);
    }

    /// Every text the schema's `Text` accepts, `Text::new` accepts.
    #[test]
    fn texts_the_schema_accepts_the_validator_accepts(s in SPACES) {
        let doc = named(&s);
        prop_assume!(schema_problems(&doc).is_empty());
        let result = validate(&text_of(&doc));
        prop_assert!(result.is_ok(), "{:?}: the validator rejects it: {:?}", s, result);
    }
}

/// The four ways of writing `null` for `members` or `counts` (beside the other, or alone), for a
/// body or for the staff.
fn null_composition_doc(form: usize, staff: bool) -> Value {
    let (members, counts) = if staff {
        (
            json!([{ "gender": "woman", "grade": "g" }]),
            json!([{ "grade": "g", "counts": { "women": 1, "men": 0 } }]),
        )
    } else {
        (
            json!([{ "gender": "woman" }]),
            json!({ "women": 1, "men": 0 }),
        )
    };
    let mut holder = if staff {
        json!({ "grades": [{ "id": "g" }] })
    } else {
        json!({ "id": "b", "name": "Board", "kind": "board" })
    };
    let h = holder.as_object_mut().unwrap();
    match form {
        0 => {
            h.insert("members".into(), members);
            h.insert("counts".into(), Value::Null);
        }
        1 => {
            h.insert("counts".into(), counts);
            h.insert("members".into(), Value::Null);
        }
        2 => {
            h.insert("members".into(), Value::Null);
        }
        _ => {
            h.insert("counts".into(), Value::Null);
        }
    }
    let mut doc = named("Org");
    if staff {
        doc["staff"] = holder;
    } else {
        doc["bodies"] = json!([holder]);
    }
    doc
}

proptest! {
    #![proptest_config(config(32))]

    /// `"counts": null` beside `members` (or the reverse), or a lone `null`: serde reads `null` as
    /// "absent", so the validator and the schema should agree on each form. (Failed before commit
    /// 812bc99, whose schema counted a `null` field as present in its `oneOf`.)
    #[test]
    fn null_members_or_counts_are_judged_alike(form in 0usize..4, staff in any::<bool>()) {
        let doc = null_composition_doc(form, staff);
        let by_validator = validate(&text_of(&doc));
        let by_schema = schema_problems(&doc);
        prop_assert_eq!(
            by_validator.is_ok(),
            by_schema.is_empty(),
            "{}: validate gives {:?}, the schema {:?}", doc, by_validator.err(), by_schema
        );
    }
}

// A few fixed checks of the helpers.

#[test]
fn helpers_behave() {
    assert!(related("/bodies/0/id", "/bodies/0/id"));
    assert!(related("/bodies/0/members", "/bodies/0"));
    assert!(related("/period", "/period/year"));
    assert!(!related("", "/period/year"));
    assert!(!related("/bodies/1", "/bodies/10"));
    assert!(has_non_finite_token("value: NaN%"));
    assert!(has_non_finite_token("ratio inf |"));
    assert!(!has_non_finite_token("information inferred"));
    let a = gender_impact::assess(&gender_impact::metropolis_2023()).unwrap();
    assert!(!has_non_finite_token(&report::markdown(&a)));
    assert!(!has_non_finite_token(&report::json(&a)));
    let mut v = vec![1, 2, 3, 4, 5];
    shuffle(&mut v, &mut 7);
    v.sort();
    assert_eq!(v, [1, 2, 3, 4, 5]);
}

proptest! {
    #![proptest_config(config(128))]

    /// A valid document written as a records workbook reads back as the same document (the
    /// texts of `text()`: arbitrary printable Unicode, padded with white space, at the length
    /// limit; ids that look like numbers).
    #[test]
    fn workbook_round_trip(doc in valid_doc()) {
        let input = must_validate(&doc);
        let bytes = gender_impact::records_workbook(&input, gender_impact::i18n::Lang::Fr).unwrap();
        let path = std::env::temp_dir().join(format!("gia-prop-{}.xlsx", std::process::id()));
        std::fs::write(&path, bytes).unwrap();
        let back = gender_impact::validate_workbook(&path);
        let _ = std::fs::remove_file(&path);
        prop_assert_eq!(back, Ok(input));
    }
}
