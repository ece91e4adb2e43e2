//! The figures, each computed by the library's own code from one group's women's and men's
//! pay: [`ByGender::mean_gap`] and [`ByGender::median_gap`] (what `gia pay` reports as the
//! Article 9 (a) and (c) gaps), and [`quartile_bands`] (Article 9 (f), UK reg. 13).

use gender_impact::pay::{ByGender, quartile_bands};

use crate::rows::Pays;

/// Which figure an exact function gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Figure {
    /// (men's mean − women's mean) / men's mean.
    MeanGap,
    /// The same with medians.
    MedianGap,
    /// Women's share of the women and men in quartile band 1..=4 (1: lowest paid).
    QuartileWomenShare,
}

impl Figure {
    /// The function's name in SQL.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Figure::MeanGap => "pay_gap_mean",
            Figure::MedianGap => "pay_gap_median",
            Figure::QuartileWomenShare => "quartile_women_share",
        }
    }

    /// The figure of a group, or `None` (SQL NULL) where the library gives none. `band` is
    /// 1..=4, read for the quartile share only.
    /// `pays` is left holding the same values (sorted).
    pub(crate) fn of(self, pays: &mut Pays, band: usize) -> Option<f64> {
        match self {
            Figure::MeanGap => with_sorted(pays, |b| b.mean_gap().value),
            Figure::MedianGap => with_sorted(pays, |b| b.median_gap().value),
            Figure::QuartileWomenShare => {
                let entries: Vec<(f64, bool)> = (pays.women.iter().map(|&p| (p, true)))
                    .chain(pays.men.iter().map(|&p| (p, false)))
                    .collect();
                quartile_bands(&entries)
                    .get(band.wrapping_sub(1))
                    .and_then(|b| b.women_share)
            }
        }
    }
}

/// `figure` of the pay sorted as [`ByGender`] requires (ascending, in the order of
/// `f64::total_cmp`); the sorted values are put back into `pays`.
fn with_sorted(pays: &mut Pays, figure: impl Fn(&ByGender) -> Option<f64>) -> Option<f64> {
    pays.women.sort_by(f64::total_cmp);
    pays.men.sort_by(f64::total_cmp);
    let b = ByGender {
        women: std::mem::take(&mut pays.women),
        men: std::mem::take(&mut pays.men),
    };
    let value = figure(&b);
    (pays.women, pays.men) = (b.women, b.men);
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pays(women: &[f64], men: &[f64]) -> Pays {
        Pays {
            women: women.to_vec(),
            men: men.to_vec(),
        }
    }

    #[test]
    fn figures_worked_by_hand() {
        // Women 30, 10, 20 (mean 20, median 20); men 40, 25 (mean 32.5, median 32.5):
        // (32.5 − 20) / 32.5 = 5/13.
        let p = pays(&[30.0, 10.0, 20.0], &[40.0, 25.0]);
        let gap = Figure::MeanGap.of(&mut p.clone(), 0).unwrap();
        assert!((gap - 5.0 / 13.0).abs() < 1e-15);
        let gap = Figure::MedianGap.of(&mut p.clone(), 0).unwrap();
        assert!((gap - 5.0 / 13.0).abs() < 1e-15);
        // Ranked: 10 W, 20 W, 25 M, 30 W, 40 M; N = 5 ends the bands at ranks 1, 2, 3, 5:
        // band 1 = {10 W}, 2 = {20 W}, 3 = {25 M}, 4 = {30 W, 40 M}.
        let shares: Vec<_> = (1..=4)
            .map(|b| Figure::QuartileWomenShare.of(&mut p.clone(), b))
            .collect();
        assert_eq!(shares, [Some(1.0), Some(1.0), Some(0.0), Some(0.5)]);
    }

    #[test]
    fn no_figure_without_women_or_men_or_with_men_paid_nothing() {
        assert_eq!(Figure::MeanGap.of(&mut pays(&[], &[10.0]), 0), None);
        assert_eq!(Figure::MedianGap.of(&mut pays(&[10.0], &[]), 0), None);
        assert_eq!(Figure::MeanGap.of(&mut pays(&[10.0], &[0.0]), 0), None);
        // Two people: bands 1 and 3 are empty.
        let p = pays(&[10.0], &[20.0]);
        assert_eq!(Figure::QuartileWomenShare.of(&mut p.clone(), 1), None);
        assert_eq!(Figure::QuartileWomenShare.of(&mut p.clone(), 2), Some(1.0));
    }
}
