//! Disclosure control of the governance and staff figures (`src/disclosure.rs`): cases worked
//! by hand, and a property: nothing about a group below `k` can be worked out from a published
//! report.

use std::collections::BTreeMap;

use gender_impact::assessment::{DisclosurePolicy, Withheld};
use gender_impact::{Assessment, Assessor, validate};
use proptest::prelude::*;
use serde_json::{Value, json};

/// A document whose staff is given as head counts per grade: `(id, management, women, men)`.
fn staff_doc(grades: &[(&str, bool, u32, u32)]) -> Value {
    json!({
        "organisation": {"name": "Org"},
        "period": {"year": 2024},
        "staff": {
            "grades": grades.iter().map(|(id, m, _, _)| json!({"id": id, "management": m})).collect::<Vec<_>>(),
            "counts": grades.iter().map(|(id, _, w, m)| json!({"grade": id, "counts": {"women": w, "men": m}})).collect::<Vec<_>>(),
        }
    })
}

fn assess(doc: &Value, policy: DisclosurePolicy) -> Assessment {
    let input = validate(&doc.to_string()).unwrap();
    Assessor::new().disclosure(policy).assess(&input).unwrap()
}

fn withheld(a: &Assessment) -> BTreeMap<String, Withheld> {
    a.indicators
        .iter()
        .filter_map(|r| r.withheld.map(|w| (r.id.clone(), w)))
        .collect()
}

fn k(k: u32) -> DisclosurePolicy {
    DisclosurePolicy {
        k,
        protect_bodies: false,
    }
}

fn grade(id: &str) -> String {
    format!("staff.grade.{id}.women_share")
}

#[test]
fn metropolis_secretariat() {
    // From the report's listing: Executive 1 woman, 1 man; Manager 2, 2; Professional 11, 3;
    // Support 3, 0; Intern 1, 2. Every grade has fewer than 5 women or fewer than 5 men, so
    // every grade is withheld (no complementary one is needed: 5 cells, 18 women and 8 men
    // together). Management (Executive + Manager: 3 women, 3 men) is small too, and the
    // glass-ceiling ratio is computed from it. The staff total (18 of 26) stays.
    let a = Assessor::new()
        .assess(&gender_impact::metropolis_2023())
        .unwrap();
    let mut want: BTreeMap<String, Withheld> =
        ["executive", "manager", "professional", "support", "intern"]
            .iter()
            .map(|g| (grade(g), Withheld::SmallCell))
            .collect();
    want.insert("staff.management.women_share".into(), Withheld::SmallCell);
    want.insert("staff.glass_ceiling_ratio".into(), Withheld::Derived);
    assert_eq!(withheld(&a), want);
    assert_eq!(a.disclosure.withheld, 7);
    let p = a.published();
    let total = p.indicator("staff.women_share").unwrap();
    assert_eq!((total.numerator, total.denominator), (Some(18), Some(26)));
    // The board (5 women of 31) is a public office: published.
    assert_eq!(
        p.indicator("body.board.women_share").unwrap().numerator,
        Some(5)
    );
    // Nothing of a withheld grade is left in the Markdown report.
    let md = gender_impact::report::markdown(&a);
    for gone in [
        "11 of 14",
        "3 of 6",
        "| 0.72 |",
        "0.72 times",
        "1 of 2",
        "2 of 4",
    ] {
        assert!(!md.contains(gone), "{gone}");
    }
    assert!(md.contains("18 of 26"));
}

#[test]
fn complementary_grade_and_safe_management() {
    // b has 2 women: withheld. Alone it would be the total minus the others, so the smallest
    // published grade (c, 13 people) goes too; b and c together hold 8 women and 15 men.
    // Management is grade a alone (10, 10), which holds no withheld grade: published.
    let doc = staff_doc(&[
        ("a", true, 10, 10),
        ("b", false, 2, 8),
        ("c", false, 6, 7),
        ("d", false, 20, 20),
    ]);
    let a = assess(&doc, k(5));
    let want = BTreeMap::from([
        (grade("b"), Withheld::SmallCell),
        (grade("c"), Withheld::Complementary),
    ]);
    assert_eq!(withheld(&a), want);
}

#[test]
fn management_that_would_expose_a_grade_is_withheld() {
    // Management = b + d (22 women, 28 men: large enough), but it holds one withheld grade (b)
    // whose counts would be management minus d: management is withheld, and the ratio with it.
    let doc = staff_doc(&[
        ("a", false, 10, 10),
        ("b", true, 2, 8),
        ("c", false, 6, 7),
        ("d", true, 20, 20),
    ]);
    let a = assess(&doc, k(5));
    let want = BTreeMap::from([
        (grade("b"), Withheld::SmallCell),
        (grade("c"), Withheld::Complementary),
        (
            "staff.management.women_share".to_string(),
            Withheld::Complementary,
        ),
        ("staff.glass_ceiling_ratio".to_string(), Withheld::Derived),
    ]);
    assert_eq!(withheld(&a), want);
}

#[test]
fn a_small_staff_is_withheld_entirely_and_k_1_withholds_nothing() {
    let doc = staff_doc(&[("a", true, 3, 10), ("b", false, 1, 20)]);
    let a = assess(&doc, k(5));
    assert_eq!(
        withheld(&a).get("staff.women_share"),
        Some(&Withheld::SmallCell)
    );
    assert_eq!(withheld(&a).len(), 5); // total, 2 grades, management, ratio
    assert!(withheld(&assess(&doc, k(1))).is_empty());
    assert!(withheld(&assess(&doc, k(0))).is_empty());
    // With k = 3 only grade b (1 woman) is small; a (3, 10) is published, so b would be the
    // total minus a: the staff has only 2 grades, and the second withheld one is a.
    let a3 = assess(&doc, k(3));
    assert_eq!(
        withheld(&a3),
        BTreeMap::from([
            (grade("a"), Withheld::Complementary),
            (grade("b"), Withheld::SmallCell),
            // Management is a alone: 3 women and 10 men, large enough, but it holds the
            // withheld a alone.
            (
                "staff.management.women_share".to_string(),
                Withheld::Complementary
            ),
            ("staff.glass_ceiling_ratio".to_string(), Withheld::Derived),
        ])
    );
}

#[test]
fn small_undisclosed_counts_are_withheld() {
    let mut doc = staff_doc(&[("a", true, 10, 10), ("b", false, 10, 10)]);
    doc["staff"]["counts"][0]["counts"]["undisclosed"] = json!(2);
    let a = assess(&doc, k(5));
    assert_eq!(
        withheld(&a),
        BTreeMap::from([("staff.undisclosed".to_string(), Withheld::SmallCount)])
    );
    let md = gender_impact::report::markdown(&a);
    assert!(md.contains("fewer than 5"), "{md}");
}

/// A handful of people who did not disclose their gender is itself disclosive: beside every
/// share, and in the data-quality warning, a count from 1 to k − 1 is written "fewer than k",
/// in every language and format, and the warning gives no total it could be worked out from.
/// (The report's renderer once printed the bare count; a review found it.)
#[test]
fn small_undisclosed_counts_are_never_printed() {
    // 8 women, 8 men, 2 undisclosed: 2 of 18 = 11%, above the 10% warning threshold.
    let doc = json!({
        "organisation": {"name": "Org"}, "period": {"year": 2024},
        "bodies": [{"id": "board", "name": "Board", "kind": "board",
                    "counts": {"women": 8, "men": 8, "undisclosed": 2}}]
    });
    let a = assess(&doc, k(5));
    let share = a.indicator("body.board.women_share").unwrap();
    assert_eq!(share.undisclosed, Some(2));
    // By hand: the women's share row is `| title | id | 50.0% | 8 of 16 | <undisclosed> | ...`.
    for (lang, cell, warning) in [
        (
            gender_impact::i18n::Lang::En,
            "| 8 of 16 | fewer than 5 |",
            "fewer than 5 people have an undisclosed gender (the number is withheld)",
        ),
        (
            gender_impact::i18n::Lang::Fr,
            "| 8 sur 16 | moins de 5 |",
            "moins de 5 personnes ont un genre non déclaré (leur nombre n’est pas publié)",
        ),
        (
            gender_impact::i18n::Lang::Es,
            "| 8 de 16 | menos de 5 |",
            "menos de 5 personas tienen un género no declarado (su número no se publica)",
        ),
    ] {
        let md = gender_impact::report::markdown_in(&a, lang);
        assert!(md.contains(cell), "{lang}: {md}");
        assert!(md.contains(warning), "{lang}: {md}");
        let html = gender_impact::report::html(&a, lang);
        assert!(
            html.contains(warning),
            "{lang}: no masked warning in the HTML page"
        );
        for page in [&md, &html] {
            for told in ["2 of 18", "2 sur 18", "2 de 18", ">2<", "| 2 |"] {
                assert!(!page.contains(told), "{lang}: `{told}` printed");
            }
        }
    }
    // k = 1 withholds nothing: the count is printed.
    let a = assess(&doc, k(1));
    let md = gender_impact::report::markdown(&a);
    assert!(md.contains("| 8 of 16 | 2 |"), "{md}");
}

#[test]
fn bodies_are_protected_only_when_asked() {
    let input = gender_impact::metropolis_2023();
    let policy = DisclosurePolicy {
        k: 5,
        protect_bodies: true,
    };
    let a = Assessor::new().disclosure(policy).assess(&input).unwrap();
    let w = withheld(&a);
    // Presidency: 3 women of 8 (fewer than 5 women and 5 men): withheld, with what derives from it.
    assert_eq!(
        w.get("body.presidency.women_share"),
        Some(&Withheld::SmallCell)
    );
    assert_eq!(
        w.get("body.presidency.seats_short"),
        Some(&Withheld::Derived)
    );
    assert_eq!(
        w.get("body.presidency.presidency_woman"),
        Some(&Withheld::Derived)
    );
    assert_eq!(
        w.get("body.presidency.leadership.women_share"),
        Some(&Withheld::SmallCell)
    );
    // Board: 5 women, 26 men: published; its leadership roles 4 women of 14: withheld.
    assert_eq!(w.get("body.board.women_share"), None);
    assert_eq!(
        w.get("body.board.leadership.women_share"),
        Some(&Withheld::SmallCell)
    );
}

#[test]
fn names_only_when_asked() {
    let input = gender_impact::metropolis_2023();
    let plain = gender_impact::report::markdown(&Assessor::new().assess(&input).unwrap());
    let named =
        gender_impact::report::markdown(&Assessor::new().show_names(true).assess(&input).unwrap());
    let names: Vec<String> = input
        .bodies
        .iter()
        .filter_map(|b| b.members())
        .flatten()
        .filter_map(|m| m.name.as_ref().map(|n| n.as_str().to_string()))
        .collect();
    assert_eq!(names.len(), 31 + 8);
    for n in &names {
        assert!(
            !plain.contains(n.as_str()),
            "{n} printed without --show-names"
        );
        assert!(named.contains(n.as_str()), "{n} missing with --show-names");
    }
}

// -------------------------------------------------------------------------------------------
// Property: from what a published report shows, no withheld grade's count of women or of men
// can be worked out, and every aggregate that can be worked out holds at least k of each.

fn grades() -> impl Strategy<Value = Vec<(bool, u32, u32)>> {
    prop::collection::vec((any::<bool>(), 0u32..25, 0u32..25), 1..8)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn nothing_below_k_is_derivable(gs in grades(), kk in 2u32..8) {
        let ids: Vec<String> = (0..gs.len()).map(|i| format!("g{i}")).collect();
        let table: Vec<(&str, bool, u32, u32)> =
            gs.iter().zip(&ids).map(|((m, w, n), id)| (id.as_str(), *m, *w, *n)).collect();
        prop_assume!(table.iter().any(|g| g.2 + g.3 > 0));
        let a = assess(&staff_doc(&table), k(kk)).published();
        let kk = u64::from(kk);
        // What the report shows: (women, known) of the total, of management, of each grade.
        let shown = |id: &str| a.indicator(id).and_then(|r| r.numerator.zip(r.denominator));
        let total = shown("staff.women_share");
        let mgmt = shown("staff.management.women_share");
        let mut hidden_in = Vec::new();
        let mut hidden_out = Vec::new();
        let (mut pub_in, mut pub_out) = ((0u64, 0u64), (0u64, 0u64));
        for (id, m, _, _) in &table {
            match shown(&grade(id)) {
                Some((w, n)) => {
                    // A published grade passes the threshold itself.
                    prop_assert!(w >= kk && n - w >= kk, "grade {} published with {}/{}", id, w, n);
                    let acc = if *m { &mut pub_in } else { &mut pub_out };
                    acc.0 += w;
                    acc.1 += n;
                }
                None => if *m { hidden_in.push(*id) } else { hidden_out.push(*id) },
            }
        }
        let Some((tw, tn)) = total else {
            // Nothing about the staff is shown at all.
            prop_assert!(table.iter().all(|(id, ..)| shown(&grade(id)).is_none()));
            prop_assert!(mgmt.is_none());
            return Ok(());
        };
        prop_assert!(tw >= kk && tn - tw >= kk);
        // The blocks of withheld grades whose sums the reader can work out.
        let blocks: Vec<(Vec<&str>, u64, u64)> = match mgmt {
            Some((mw, mn)) => vec![
                (hidden_in.clone(), mw - pub_in.0, mn - pub_in.1),
                (hidden_out.clone(), tw - mw - pub_out.0, (tn - mn) - pub_out.1),
            ],
            None => {
                let all: Vec<&str> = hidden_in.iter().chain(&hidden_out).copied().collect();
                vec![(all, tw - pub_in.0 - pub_out.0, tn - pub_in.1 - pub_out.1)]
            }
        };
        for (cells, w, n) in blocks {
            if cells.is_empty() {
                continue;
            }
            // A single withheld grade in a block would be its sum: there must be two or more,
            // so that a woman (or a man) can move between them: each cell's count is then
            // consistent with two different tables.
            prop_assert!(cells.len() >= 2, "withheld grade {:?} derivable", cells);
            // And what can be worked out (the block's sum) holds at least k of each.
            prop_assert!(w >= kk && n - w >= kk, "block {:?}: {} women of {}", cells, w, n);
        }
    }
}

// -------------------------------------------------------------------------------------------
// Property: a body's withheld count of undisclosed genders cannot be worked out from its seats
// and the figures published about it, and every withheld value gives the rule it was withheld by.

/// Bodies as `(women, men, non-binary, undisclosed, vacant seats, seats recorded)`.
fn bodies() -> impl Strategy<Value = Vec<(u32, u32, u32, u32, u32, bool)>> {
    prop::collection::vec(
        (0u32..12, 0u32..12, 0u32..3, 0u32..8, 0u32..3, any::<bool>()),
        1..4,
    )
}

fn body_doc(bs: &[(u32, u32, u32, u32, u32, bool)]) -> Value {
    let bodies: Vec<Value> = bs
        .iter()
        .enumerate()
        .map(|(i, &(w, m, nb, u, vacant, recorded))| {
            let mut b = json!({"id": format!("b{i}"), "name": format!("Body {i}"), "kind": "board",
                "counts": {"women": w, "men": m, "non_binary": nb, "undisclosed": u}});
            if recorded {
                b["seats"] = json!(w + m + nb + u + vacant);
            }
            b
        })
        .collect();
    json!({"organisation": {"name": "Org"}, "period": {"year": 2024}, "bodies": bodies})
}

/// The undisclosed counts a reader of the published report finds consistent with what it shows
/// about body `b`: the seats (public), the vacant seats, the women's share (count, known gender)
/// and the undisclosed count or, when it is withheld, the rule (from 1 to k − 1).
fn candidates(a: &Assessment, b: &str, seats: u64, kk: u64) -> Vec<u64> {
    let get = |key: &str| a.indicator(&format!("body.{b}.{key}")).unwrap();
    let vacant = get("unfilled_seats").value.map(|v| v as u64);
    let share = get("women_share");
    let known = share.denominator;
    let undisclosed = get("undisclosed").value.map(|v| v as u64);
    (0..=seats)
        .filter(|&u| undisclosed.map_or((1..kk).contains(&u), |x| x == u))
        .filter(|&u| {
            // Some split of the other seats into vacant and known gender fits the figures.
            (0..=seats - u).any(|v| {
                let k = seats - u - v;
                vacant.is_none_or(|x| x == v)
                    && known.is_none_or(|x| x == k)
                    && share.numerator.is_none_or(|w| w <= k)
                    && (share.value.is_some() || share.withheld.is_some() || k == 0)
            })
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn no_withheld_undisclosed_count_is_derivable(bs in bodies(), kk in 3u32..8) {
        let a = assess(&body_doc(&bs), k(kk));
        let p = a.published();
        for (i, &(w, m, nb, u, vacant, recorded)) in bs.iter().enumerate() {
            let b = format!("b{i}");
            let r = a.indicator(&format!("body.{b}.undisclosed")).unwrap();
            // Withheld exactly when the count is from 1 to k − 1, for that reason.
            let small = u >= 1 && u < kk;
            prop_assert_eq!(r.withheld, small.then_some(Withheld::SmallCount));
            if !small || !recorded {
                continue;
            }
            let seats = u64::from(w + m + nb + u + vacant);
            let found = candidates(&p, &b, seats, u64::from(kk));
            prop_assert!(found.contains(&u64::from(u)), "{}: the truth {} is not among {:?}", b, u, found);
            // Two or more candidates, unless the members are too few for any to exist: a body
            // whose only member is withheld as undisclosed is known to have one.
            if w + m + nb + u >= 2 {
                prop_assert!(found.len() >= 2, "{}: undisclosed {} derivable ({:?})", b, u, found);
            }
        }
        // Every withheld value says the rule it was withheld by.
        let md = gender_impact::report::markdown(&a);
        for r in a.indicators.iter().filter(|r| r.withheld.is_some()) {
            let row = md.lines().find(|l| l.contains(&format!("`{}`", r.id))).unwrap();
            let said = match r.withheld.unwrap() {
                Withheld::SmallCount => format!("withheld: fewer than {kk} people"),
                Withheld::SmallCell => format!("withheld: fewer than {kk} women or {kk} men"),
                Withheld::Complementary => "withheld so that other withheld figures cannot be worked out".into(),
                Withheld::Derived => "withheld: computed from a withheld figure".into(),
                _ => unreachable!(),
            };
            prop_assert!(row.contains(&said), "{}: {}", r.id, row);
        }
    }
}

/// A grade's undisclosed count of 2 is worded "fewer than 5", but the staff's total of 8 and
/// the other grade's 6 would give it back (8 − 6 = 2, by hand): the total is withheld too, in
/// the share's row and as the `staff.undisclosed` count; management's count, which holds only
/// the other grade, stays. JSON keeps every value and marks the withheld counts.
#[test]
fn an_aggregate_undisclosed_count_that_gives_a_grade_back_is_withheld() {
    let doc = json!({
        "organisation": {"name": "X"}, "period": {"year": 2024},
        "staff": {
            "grades": [{"id": "lead", "management": true}, {"id": "team"}],
            "counts": [
                {"grade": "lead", "counts": {"women": 10, "men": 10, "undisclosed": 6}},
                {"grade": "team", "counts": {"women": 10, "men": 10, "undisclosed": 2}}
            ]
        }
    });
    let a = assess(&doc, DisclosurePolicy::default());
    let get = |id: &str| a.indicators.iter().find(|r| r.id == id).unwrap();
    assert_eq!(get("staff.women_share").undisclosed, Some(8));
    assert!(get("staff.women_share").undisclosed_withheld);
    assert!(get("staff.grade.team.women_share").undisclosed_withheld);
    assert!(!get("staff.grade.lead.women_share").undisclosed_withheld);
    assert!(!get("staff.management.women_share").undisclosed_withheld);
    assert_eq!(
        get("staff.undisclosed").withheld,
        Some(Withheld::Complementary)
    );
    let json = gender_impact::report::json(&a);
    assert!(json.contains("\"undisclosed_withheld\": true"));
    let p = a.published();
    let pget = |id: &str| p.indicators.iter().find(|r| r.id == id).unwrap();
    assert_eq!(pget("staff.women_share").undisclosed, None);
    assert_eq!(pget("staff.grade.team.women_share").undisclosed, Some(2)); // worded "fewer than 5"
    assert_eq!(pget("staff.grade.lead.women_share").undisclosed, Some(6));
    assert_eq!(pget("staff.undisclosed").value, None);
    let md = gender_impact::report::markdown(&a);
    assert!(md.contains("fewer than 5"), "{md}");
    assert!(
        md.contains("withheld so that other withheld figures cannot be worked out"),
        "{md}"
    );
    assert!(!md.contains("| 8 |") && !md.contains("8 of 48"), "{md}");
    assert!(
        md.contains("their number is withheld so that other withheld figures cannot be worked out"),
        "{md}"
    );
    for lang in [gender_impact::i18n::Lang::Fr, gender_impact::i18n::Lang::Es] {
        let text = gender_impact::report::markdown_in(&a, lang);
        assert!(
            !text.contains("8 sur 48") && !text.contains("8 de 48") && !text.contains("| 8 |"),
            "{text}"
        );
    }
    let html = gender_impact::report::html(&a, gender_impact::i18n::Lang::En);
    assert!(!html.contains("8 of 48"));
}
