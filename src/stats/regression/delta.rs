//! Standard errors of the Blinder–Oaxaca parts by the delta method, as Jann (2008, section 2.2)
//! derives them for independent groups with stochastic regressors: for a part `aᵀb` with `a`
//! built from the groups' means and `b` from their coefficients, `V ≈ aᵀ V(b) a + bᵀ V(a) b`.
//! Everything comes from each group's `R` factor of `[X | y]`: `V(β) = σ² R⁻¹R⁻ᵀ`, and the
//! covariance of the means `V(x̄) = (XᵀX − n x̄x̄ᵀ) / (n (n − 1))` with `XᵀX = RᵀR`.

use faer::{Accum, Mat, Par};

use super::ols;

/// One group's covariances over the columns kept: of its coefficients and of its means.
pub(super) struct GroupCov {
    beta: Mat<f64>,
    means: Mat<f64>,
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
        GroupCov { beta, means }
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
