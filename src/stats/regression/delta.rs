//! Standard errors of the Blinder–Oaxaca parts by the delta method, as Jann (2008, section 2.2)
//! derives them for independent groups with stochastic regressors: for a part `aᵀb` with `a`
//! built from the groups' means and `b` from their coefficients, `V ≈ aᵀ V(b) a + bᵀ V(a) b`.
//! Everything comes from each group's `R` factor of `[X | y]`: `V(β) = σ² R⁻¹R⁻ᵀ`, and the
//! covariance of the means `V(x̄) = (XᵀX − n x̄x̄ᵀ) / (n (n − 1))` with `XᵀX = RᵀR`.
//!
//! The pooled references (Neumark's, and the pooled regression with a group indicator) are a
//! third regression on both groups' rows, correlated with the groups' own: with `Z` the pooled
//! design, `G = (ZᵀZ)⁻¹` and each group's errors of variance `σ²_g`, the pooled coefficients
//! `θ = G Zᵀy` have `V(θ) = G (σ²_A Z_AᵀZ_A + σ²_B Z_BᵀZ_B) G`, `Cov(θ, β_A) = σ²_A G Z_AᵀX_A
//! (X_AᵀX_A)⁻¹` and the same for B. `Z_AᵀX_A (X_AᵀX_A)⁻¹` is `[I; 0]` (A's indicator is 0),
//! and `Z_BᵀX_B (X_BᵀX_B)⁻¹` is `[I; e_c]` (B's indicator is its intercept column `c`).

use faer::{Accum, Mat, Par};

use super::ols;

/// One group's covariances over the columns kept: of its coefficients and of its means.
pub(super) struct GroupCov {
    beta: Mat<f64>,
    means: Mat<f64>,
    xtx: Mat<f64>,
    sigma2: f64,
}

impl GroupCov {
    /// From the group's `R` of `[X | y]`, the columns `cols` (its `y` in column `y`), its `n`
    /// rows and its means over `cols`.
    pub(super) fn new(r: &Mat<f64>, cols: &[usize], y: usize, n: usize, means: &[f64]) -> GroupCov {
        let k = cols.len();
        let rk = ols::reduce(r, cols, y);
        let rx = rk.as_ref().submatrix(0, 0, k, k);
        let sigma2 = rk[(k, k)] * rk[(k, k)] / (n - k).max(1) as f64;
        let mut rinv = Mat::<f64>::identity(k, k);
        rx.solve_upper_triangular_in_place(rinv.as_mut());
        let mut beta = Mat::<f64>::zeros(k, k);
        faer::linalg::matmul::matmul(
            &mut beta,
            Accum::Replace,
            &rinv,
            rinv.transpose(),
            sigma2,
            Par::Seq,
        );
        let mut xtx = Mat::<f64>::zeros(k, k);
        faer::linalg::matmul::matmul(&mut xtx, Accum::Replace, rx.transpose(), rx, 1.0, Par::Seq);
        let nf = n as f64;
        let scale = 1.0 / (nf * (nf - 1.0).max(1.0));
        let means = Mat::from_fn(k, k, |i, j| {
            (xtx[(i, j)] - nf * means[i] * means[j]) * scale
        });
        GroupCov {
            beta,
            means,
            xtx,
            sigma2,
        }
    }
}

/// `vᵀ M v`.
fn quad(v: &[f64], m: &Mat<f64>) -> f64 {
    let k = v.len();
    (0..k)
        .map(|i| (0..k).map(|j| v[i] * m[(i, j)] * v[j]).sum::<f64>())
        .sum()
}

/// The standard error of `aᵀb` where `V(b) = wa²·V(β_A) + wb²·V(β_B)` and
/// `V(a) = ua²·V(x̄_A) + ub²·V(x̄_B)`.
pub(super) fn se(
    a: &[f64],
    b: &[f64],
    ga: &GroupCov,
    gb: &GroupCov,
    w: (f64, f64),
    u: (f64, f64),
) -> f64 {
    let v = w.0 * w.0 * quad(a, &ga.beta)
        + w.1 * w.1 * quad(a, &gb.beta)
        + u.0 * u.0 * quad(b, &ga.means)
        + u.1 * u.1 * quad(b, &gb.means);
    v.max(0.0).sqrt()
}

/// The pooled regression's `G = (ZᵀZ)⁻¹` over the columns both groups keep, and the position
/// of the intercept among them when `Z` ends with the group indicator (1 for B).
pub(super) struct Pooled {
    pub(super) g: Mat<f64>,
    pub(super) indicator: Option<usize>,
}

/// The vectors of a twofold split over the columns kept: both groups' means and coefficients,
/// and the pooled reference `β*`.
pub(super) struct Split<'a> {
    pub(super) xa: &'a [f64],
    pub(super) xb: &'a [f64],
    pub(super) ba: &'a [f64],
    pub(super) bb: &'a [f64],
    pub(super) star: &'a [f64],
}

/// `uᵀ M v`.
fn form(u: &[f64], m: &Mat<f64>, v: &[f64]) -> f64 {
    (0..u.len())
        .map(|i| (0..v.len()).map(|j| u[i] * m[(i, j)] * v[j]).sum::<f64>())
        .sum()
}

impl Pooled {
    /// `V(β*)`, the first `k` rows and columns of `V(θ)`.
    fn covariance(&self, ga: &GroupCov, gb: &GroupCov) -> Mat<f64> {
        let k = ga.xtx.nrows();
        let w = self.g.nrows();
        let middle = Mat::from_fn(w, w, |i, j| {
            let (a, b) = match (i < k, j < k, self.indicator) {
                (true, true, _) => (ga.xtx[(i, j)], gb.xtx[(i, j)]),
                // Z_BᵀZ_B's indicator row and column: Σ x over B's rows, and n_B.
                (true, false, Some(c)) => (0.0, gb.xtx[(i, c)]),
                (false, true, Some(c)) => (0.0, gb.xtx[(c, j)]),
                (false, false, Some(c)) => (0.0, gb.xtx[(c, c)]),
                _ => (0.0, 0.0),
            };
            ga.sigma2 * a + gb.sigma2 * b
        });
        let mut gm = Mat::<f64>::zeros(w, w);
        faer::linalg::matmul::matmul(&mut gm, Accum::Replace, &self.g, &middle, 1.0, Par::Seq);
        let mut v = Mat::<f64>::zeros(w, w);
        faer::linalg::matmul::matmul(&mut v, Accum::Replace, &gm, &self.g, 1.0, Par::Seq);
        Mat::from_fn(k, k, |i, j| v[(i, j)])
    }

    /// `uᵀ Cov(β*, β_B) v`: `σ²_B (G_kk + g e_cᵀ)` with `g` the indicator's column of `G`.
    fn with_b(&self, gb: &GroupCov, u: &[f64], v: &[f64]) -> f64 {
        let k = u.len();
        let gkk = Mat::from_fn(k, k, |i, j| self.g[(i, j)]);
        let extra = match self.indicator {
            Some(c) => (0..k).map(|i| u[i] * self.g[(i, k)]).sum::<f64>() * v[c],
            None => 0.0,
        };
        gb.sigma2 * (form(u, &gkk, v) + extra)
    }

    /// The standard errors of the explained and unexplained parts of the twofold split on
    /// `β*`, by the delta method.
    pub(super) fn se(&self, ga: &GroupCov, gb: &GroupCov, s: &Split<'_>) -> (f64, f64) {
        let k = s.xa.len();
        let vstar = self.covariance(ga, gb);
        let gkk = Mat::from_fn(k, k, |i, j| self.g[(i, j)]);
        let dx: Vec<f64> = s.xa.iter().zip(s.xb).map(|(a, b)| a - b).collect();
        let explained = form(&dx, &vstar, &dx) + quad(s.star, &ga.means) + quad(s.star, &gb.means);
        // U = x̄_Aᵀβ_A − x̄_Bᵀβ_B − dxᵀβ*: the coefficients' part with their covariances…
        let coefficients = quad(s.xa, &ga.beta) + quad(s.xb, &gb.beta) + form(&dx, &vstar, &dx)
            - 2.0 * ga.sigma2 * form(&dx, &gkk, s.xa)
            + 2.0 * self.with_b(gb, &dx, s.xb);
        // …and the means' part: ∂U/∂x̄_A = β_A − β*, ∂U/∂x̄_B = β* − β_B.
        let da: Vec<f64> = s.ba.iter().zip(s.star).map(|(a, b)| a - b).collect();
        let db: Vec<f64> = s.star.iter().zip(s.bb).map(|(a, b)| a - b).collect();
        let unexplained = coefficients + quad(&da, &ga.means) + quad(&db, &gb.means);
        (explained.max(0.0).sqrt(), unexplained.max(0.0).sqrt())
    }
}
