//! `approx_pay_gap_median` stays within its documented bound: each estimated median lies
//! between the true 49th and 51st percentiles of its group's pay, so the estimated gap lies
//! between (M₄₉ − W₅₁) / M₄₉ and (M₅₁ − W₄₉) / M₅₁.

use super::dataset::{Row, Stream, employer, floats, session, texts, write_parquet};

/// The value of rank ⌈q·n⌉ (1-based) of ascending `v`: the true q-th percentile.
fn percentile(v: &[f64], q: f64) -> f64 {
    let rank = ((q * v.len() as f64).ceil() as usize).clamp(1, v.len());
    v[rank - 1]
}

fn pay_of(rows: &[Row], code: &str, gender: &str) -> Vec<f64> {
    let mut v: Vec<f64> = rows
        .iter()
        .filter(|r| r.employer == code && r.gender == gender)
        .filter_map(|r| r.pay)
        .collect();
    v.sort_by(f64::total_cmp);
    v
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_estimate_stays_within_the_documented_bound() {
    let mut s = Stream::new(7);
    let mut rows = Vec::new();
    // Large groups (the sketch compresses), a skewed one, one with many ties, a small one.
    rows.extend(employer(&mut s, "A", 30_000, 0.5, 40_000.0, 0.10, 0.01));
    rows.extend(employer(&mut s, "B", 20_000, 0.3, 90_000.0, 0.25, 0.01));
    rows.extend(employer(&mut s, "C", 15_000, 0.6, 30_000.0, 0.05, 1_000.0));
    rows.extend(employer(&mut s, "D", 300, 0.5, 30_000.0, 0.08, 0.01));
    for i in (1..rows.len()).rev() {
        let j = (s.next_u64() % (i as u64 + 1)) as usize;
        rows.swap(i, j);
    }
    let dir = tempfile::tempdir().unwrap();
    write_parquet(dir.path(), &rows, 6, 4_000);
    let ctx = session(dir.path()).await;
    let sql = "SELECT employer, approx_pay_gap_median(pay, gender), pay_gap_median(pay, gender) \
               FROM payroll GROUP BY employer ORDER BY employer";
    let batches = ctx.sql(sql).await.unwrap().collect().await.unwrap();
    let employers = texts(&batches, 0);
    let (approx, exact) = (floats(&batches, 1), floats(&batches, 2));
    assert_eq!(employers, ["A", "B", "C", "D"]);
    for (i, code) in employers.iter().enumerate() {
        let women = pay_of(&rows, code, "woman");
        let men = pay_of(&rows, code, "man");
        let (w49, w51) = (percentile(&women, 0.49), percentile(&women, 0.51));
        let (m49, m51) = (percentile(&men, 0.49), percentile(&men, 0.51));
        let (low, high) = ((m49 - w51) / m49, (m51 - w49) / m51);
        let got = approx[i].unwrap();
        assert!(
            low - 1e-12 <= got && got <= high + 1e-12,
            "{code}: {got} not in [{low}, {high}]"
        );
        // Control: the bound is not vacuous, and the exact gap meets it too.
        assert!(high - low < 0.05, "{code}: [{low}, {high}]");
        let exact = exact[i].unwrap();
        assert!(low <= exact && exact <= high, "{code}: exact {exact}");
        eprintln!("{code}: approx {got:.6}, exact {exact:.6}, bound [{low:.6}, {high:.6}]");
    }
}
