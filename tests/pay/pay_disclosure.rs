//! Disclosure control with complementary suppression (src/pay/disclosure.rs).

use gender_impact::pay::PayRules;
use gender_impact::pay::{Suppression, suppress};
use proptest::prelude::*;

fn cells(rows: &[(&str, u64, u64)]) -> Vec<(String, u64, u64)> {
    rows.iter()
        .map(|&(c, w, m)| (c.to_string(), w, m))
        .collect()
}

#[test]
fn nothing_small_nothing_withheld() {
    let s = suppress(&cells(&[("A", 5, 5), ("B", 10, 20)]), 5);
    assert!(s.primary.is_empty() && s.complementary.is_empty() && !s.total_suppressed);
    assert_eq!(s.withheld(), 0);
    assert_eq!(
        s.statement.english(),
        "Disclosure control (threshold k = 5): no category has fewer than 5 women or fewer than 5 \
         men; all 2 categories are published."
    );
}

#[test]
fn one_small_cell_takes_the_smallest_other_with_it() {
    // Without complementary suppression, B's counts would be the total (34 women, 58 men) minus
    // the published A, C and D.
    let table = cells(&[("A", 12, 30), ("B", 2, 9), ("C", 6, 7), ("D", 14, 12)]);
    let s = suppress(&table, 5);
    assert_eq!(s.primary, ["B"]);
    assert_eq!(s.complementary, ["C"]); // 13 workers, the smallest published cell
    assert!(s.is_suppressed("B") && s.is_suppressed("C") && !s.is_suppressed("A"));
    assert_eq!(
        s.statement.english(),
        "Disclosure control (threshold k = 5): 2 of 4 categories are not published: those with \
         fewer than 5 women or fewer than 5 men, and as many others as needed so that no withheld \
         figure can be worked out from the published total."
    );
}

#[test]
fn two_small_cells_with_too_few_women_between_them_need_a_third() {
    // A and B are small (few men); together they hold 1 woman, whose pay the total would give away.
    let table = cells(&[("A", 1, 2), ("B", 0, 3), ("C", 20, 20), ("D", 9, 8)]);
    let s = suppress(&table, 5);
    assert_eq!(s.primary, ["A", "B"]);
    assert_eq!(s.complementary, ["D"]);
    // Two small cells that together pass the threshold need nothing more.
    let table = cells(&[("A", 6, 2), ("B", 0, 3), ("C", 20, 20)]);
    let s = suppress(&table, 5);
    assert_eq!(s.primary, ["A", "B"]);
    assert!(s.complementary.is_empty());
}

#[test]
fn ties_are_broken_by_name_then_position() {
    let table = cells(&[("Z", 10, 10), ("small", 1, 1), ("M", 12, 8), ("B", 5, 15)]);
    // Z, M and B all have 20 workers: B comes first by name.
    assert_eq!(suppress(&table, 5).complementary, ["B"]);
    let mut reversed = table.clone();
    reversed.reverse();
    let r = suppress(&reversed, 5);
    assert_eq!(r.complementary, ["B"]);
    assert_eq!(r.primary, ["small"]);
    // Same name and size: the earlier position.
    let dup = cells(&[("small", 1, 1), ("X", 10, 10), ("X", 10, 10)]);
    let s = suppress(&dup, 5);
    assert_eq!(s.complementary, ["X"]);
}

#[test]
fn a_small_total_withholds_everything() {
    let table = cells(&[("A", 2, 30), ("B", 1, 40)]);
    let s = suppress(&table, 5);
    assert!(s.total_suppressed);
    assert_eq!(s.primary, ["A", "B"]);
    assert!(s.complementary.is_empty());
    assert_eq!(
        s.statement.english(),
        "Disclosure control (threshold k = 5): the table has fewer than 5 women or fewer than 5 \
         men in all, so neither its 2 categories nor its total is published."
    );
    // A single category is the total.
    let s = suppress(&cells(&[("only", 3, 9)]), 5);
    assert!(s.total_suppressed && s.primary == ["only"]);
    assert!(s.statement.english().contains("1 category"));
}

#[test]
fn k_zero_and_empty_tables() {
    let s = suppress(&cells(&[("A", 0, 1), ("B", 3, 0)]), 0);
    assert_eq!(s.withheld(), 0);
    let s = suppress(&[], 5);
    assert_eq!(s.withheld(), 0);
    assert!(!s.total_suppressed);
}

#[test]
fn default_threshold_from_the_rules() {
    let k = PayRules::built_in().min_cell;
    let s = suppress(&cells(&[("A", 4, 10), ("B", 10, 10), ("C", 30, 30)]), k);
    assert_eq!((s.k, s.withheld()), (5, 2));
}

#[test]
fn statement_never_carries_a_withheld_value() {
    // Withheld counts 4, 7, 11, 13 and their sums appear nowhere; only k and the cell counts do.
    let table = cells(&[("A", 4, 7), ("B", 11, 13), ("C", 40, 50)]);
    let s = suppress(&table, 5);
    assert_eq!((s.primary.len(), s.complementary.len()), (1, 1));
    for v in ["4", "7", "11", "13", "15", "20", "24"] {
        assert!(
            !s.statement
                .english()
                .split(|c: char| !c.is_ascii_digit())
                .any(|t| t == v),
            "{v} in {:?}",
            s.statement.english()
        );
    }
    // Nor which categories are withheld.
    assert!(!s.statement.english().contains(" A ") && !s.statement.english().contains(" B "));
    let json = serde_json::to_value(&s).unwrap();
    assert_eq!(serde_json::from_value::<Suppression>(json).unwrap(), s);
}

/// A consistent table of the withheld cells: non-negative counts of women and men per withheld cell
/// and each gender's pay total per cell (0 exactly when the cell has none of that gender), adding
/// up to what the published cells and the total imply.
#[derive(Clone, Debug, PartialEq)]
struct Hidden {
    women: Vec<u64>,
    men: Vec<u64>,
    women_pay: Vec<f64>,
}

impl Hidden {
    fn consistent_with(&self, women: u64, men: u64, women_pay: f64) -> bool {
        let pay_ok = self
            .women
            .iter()
            .zip(&self.women_pay)
            .all(|(&n, &p)| p >= 0.0 && (n == 0) == (p == 0.0));
        pay_ok
            && self.women.iter().sum::<u64>() == women
            && self.men.iter().sum::<u64>() == men
            && (self.women_pay.iter().sum::<f64>() - women_pay).abs() <= 1e-9 * women_pay.max(1.0)
    }
    fn women_mean(&self, i: usize) -> Option<f64> {
        (self.women[i] > 0).then(|| self.women_pay[i] / self.women[i] as f64)
    }
}

/// Another consistent table in which withheld cell `i` has a different count (of women when
/// `women`, else of men): move one person between `i` and another withheld cell.
fn other_counts(h: &Hidden, i: usize, women: bool) -> Option<Hidden> {
    let counts = |h: &Hidden| {
        if women {
            h.women.clone()
        } else {
            h.men.clone()
        }
    };
    let c = counts(h);
    let j = (0..c.len()).find(|&j| j != i && (c[i] > 0 || c[j] > 0))?;
    let mut alt = h.clone();
    let (from, to) = if c[i] > 0 { (i, j) } else { (j, i) };
    if women {
        // The woman moved takes a share of her cell's pay with her.
        let p = alt.women_pay[from] / alt.women[from] as f64;
        alt.women[from] -= 1;
        alt.women[to] += 1;
        alt.women_pay[from] = if alt.women[from] == 0 {
            0.0
        } else {
            alt.women_pay[from] - p
        };
        alt.women_pay[to] += p;
    } else {
        alt.men[from] -= 1;
        alt.men[to] += 1;
    }
    Some(alt)
}

/// Another consistent table in which withheld cell `i`'s women's mean is different (or defined
/// where it was not, or the reverse).
fn other_mean(h: &Hidden, i: usize) -> Option<Hidden> {
    let n = h.women.len();
    let mut alt = h.clone();
    if h.women[i] > 0 {
        if let Some(j) = (0..n).find(|&j| j != i && h.women[j] > 0) {
            // Same counts, part of cell i's pay moved to cell j.
            let d = alt.women_pay[i] / 2.0;
            alt.women_pay[i] -= d;
            alt.women_pay[j] += d;
            return Some(alt);
        }
        // Every other withheld cell has no women: move one woman out of i, with no pay.
        let j = (0..n).find(|&j| j != i)?;
        alt.women[i] -= 1;
        alt.women[j] += 1;
        if alt.women[i] == 0 {
            alt.women_pay[j] = alt.women_pay[i];
            alt.women_pay[i] = 0.0;
        } else {
            // The moved woman takes a little of the pay with her (a cell with a woman has pay).
            let d = alt.women_pay[i] / (2 * h.women[i]) as f64;
            alt.women_pay[i] -= d;
            alt.women_pay[j] = d;
        }
        return Some(alt);
    }
    // No women in i: move one woman (and her share of pay) into it, and its mean becomes defined.
    other_counts(h, i, true)
}

fn table_strategy() -> impl Strategy<Value = (Vec<(String, u64, u64)>, Vec<f64>, u32)> {
    (
        prop::collection::vec((0u64..25, 0u64..25, 1.0f64..100.0), 1..9),
        1u32..=10,
    )
        .prop_map(|(rows, k)| {
            let cells = rows
                .iter()
                .enumerate()
                .map(|(i, &(w, m, _))| (format!("c{}", (i * 5) % 9), w, m))
                .collect::<Vec<_>>();
            // Women's pay total per cell: mean pay × women.
            let pay = rows.iter().map(|&(w, _, mean)| mean * w as f64).collect();
            (cells, pay, k)
        })
        .prop_filter("distinct names", |(cells, _, _)| {
            let mut n: Vec<&String> = cells.iter().map(|c| &c.0).collect();
            n.sort();
            n.dedup();
            n.len() == cells.len()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn no_withheld_value_can_be_derived((cells, pay, k) in table_strategy()) {
        let s = suppress(&cells, k);
        let k64 = u64::from(k);
        // Primary: exactly the small cells, in input order.
        let small: Vec<String> = cells.iter().filter(|c| c.1 < k64 || c.2 < k64).map(|c| c.0.clone()).collect();
        prop_assert_eq!(&s.primary, &small);
        let withheld: Vec<usize> = (0..cells.len()).filter(|&i| s.is_suppressed(&cells[i].0)).collect();
        prop_assert_eq!(withheld.len(), s.withheld());
        let total_w: u64 = cells.iter().map(|c| c.1).sum();
        let total_m: u64 = cells.iter().map(|c| c.2).sum();
        if s.total_suppressed {
            // Nothing is published, not even the total.
            prop_assert!(total_w < k64 || total_m < k64);
            prop_assert_eq!(withheld.len(), cells.len());
            return Ok(());
        }
        prop_assert!(total_w >= k64 && total_m >= k64);
        // 0 or at least 2 withheld, and complementary cells are published-size cells, at most one.
        prop_assert!(withheld.len() != 1);
        prop_assert!(s.complementary.len() <= 1);
        for c in &s.complementary {
            let cell = cells.iter().find(|x| &x.0 == c).unwrap();
            prop_assert!(cell.1 >= k64 && cell.2 >= k64);
            // The smallest published cell (by workers, then name) was taken.
            for other in cells.iter().filter(|x| !s.is_suppressed(&x.0)) {
                prop_assert!((cell.1 + cell.2, &cell.0) < (other.1 + other.2, &other.0));
            }
        }
        if withheld.is_empty() {
            return Ok(());
        }
        // What the published cells and the total tell about the withheld ones, together.
        let hidden = Hidden {
            women: withheld.iter().map(|&i| cells[i].1).collect(),
            men: withheld.iter().map(|&i| cells[i].2).collect(),
            women_pay: withheld.iter().map(|&i| pay[i]).collect(),
        };
        let (w_s, m_s) = (hidden.women.iter().sum::<u64>(), hidden.men.iter().sum::<u64>());
        let pay_s: f64 = hidden.women_pay.iter().sum();
        // The derivable aggregate is itself a safe cell.
        prop_assert!(w_s >= k64 && m_s >= k64);
        prop_assert!(hidden.consistent_with(w_s, m_s, pay_s));
        for i in 0..withheld.len() {
            // For every withheld cell, a second table consistent with everything published that
            // gives it another count of women, another count of men, another women's mean.
            let alt = other_counts(&hidden, i, true).expect("another count of women");
            prop_assert!(alt.consistent_with(w_s, m_s, pay_s));
            prop_assert_ne!(alt.women[i], hidden.women[i]);
            let alt = other_counts(&hidden, i, false).expect("another count of men");
            prop_assert!(alt.consistent_with(w_s, m_s, pay_s));
            prop_assert_ne!(alt.men[i], hidden.men[i]);
            let alt = other_mean(&hidden, i).expect("another women's mean");
            prop_assert!(alt.consistent_with(w_s, m_s, pay_s), "{:?}", alt);
            prop_assert_ne!(alt.women_mean(i), hidden.women_mean(i));
        }
    }

    #[test]
    fn deterministic_whatever_the_order((cells, _pay, k) in table_strategy(), rot in 0usize..9) {
        let s = suppress(&cells, k);
        prop_assert_eq!(&s, &suppress(&cells, k));
        let mut rotated = cells.clone();
        let r = rot % rotated.len();
        rotated.rotate_left(r);
        let t = suppress(&rotated, k);
        let sorted = |v: &[String]| { let mut v = v.to_vec(); v.sort(); v };
        prop_assert_eq!(sorted(&s.primary), sorted(&t.primary));
        prop_assert_eq!(&s.complementary, &t.complementary);
        prop_assert_eq!(&s.statement, &t.statement);
    }

    #[test]
    fn statement_depends_only_on_k_and_how_many((cells, _pay, k) in table_strategy(), bump in 0u64..3) {
        // Changing the withheld cells' counts without changing which cells are withheld leaves the
        // statement unchanged: it cannot carry their values.
        let s = suppress(&cells, k);
        let k_named = format!("k = {k}");
        prop_assert!(s.statement.english().contains(&k_named));
        if !s.total_suppressed {
            let mut changed = cells.clone();
            for c in changed.iter_mut().filter(|c| s.primary.contains(&c.0)) {
                // Stay below the threshold on the side that was small.
                if c.1 < u64::from(k) { c.1 = c.1.saturating_sub(bump); } else { c.1 += bump; }
            }
            let t = suppress(&changed, k);
            if !t.total_suppressed && t.primary == s.primary && t.complementary == s.complementary {
                prop_assert_eq!(&t.statement, &s.statement);
            }
        }
        if s.withheld() > 0 && !s.total_suppressed {
            let expected = format!("{} of {} categor", s.withheld(), cells.len());
            prop_assert!(s.statement.english().contains(&expected), "{}", s.statement.english());
        }
    }
}
