//! Ordinary least squares through a Householder QR (faer), row block by row block.
//!
//! The design and the outcome are factored together, `[X | y] = Q R`, a block of rows at a time
//! (a QR of the previous block's `R` stacked on the next rows: the "tall-skinny QR"), so memory
//! stays at one block whatever the number of rows, and the result does not depend on threads
//! (faer runs sequentially here). The last column of `R` holds `Qᵀy`: the coefficients solve
//! `R β = Qᵀy`, and the residual sum of squares is the square of its last diagonal entry.
//!
//! A column that is (nearly) a linear combination of the columns before it is *aliased* and
//! dropped, as R's `lm` does: when its diagonal entry in `R` is at most 1e-7 times the column's
//! norm (R's `qr` tolerance). Robust standard errors are White's HC1, `n / (n − k)` times the
//! sandwich `(XᵀX)⁻¹ Xᵀ diag(e²) X (XᵀX)⁻¹`, from a second pass over the rows.

use faer::prelude::*;
use faer::{Accum, Mat, Par};
use statrs::distribution::{ContinuousCDF, StudentsT};

use super::{Design, RegressionError};

/// Rows factored at a time.
const BLOCK: usize = 4096;
/// R's `qr` tolerance for an aliased column.
const TOLERANCE: f64 = 1e-7;

/// One coefficient of a fitted model.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Coefficient {
    /// The column's name in the design.
    pub name: String,
    /// The estimate.
    pub estimate: f64,
    /// Its classical standard error.
    pub std_error: f64,
    /// Its HC1 (heteroskedasticity-robust) standard error.
    pub robust_std_error: f64,
    /// `estimate / std_error`; `None` when the standard error is 0 (a perfect fit).
    pub t: Option<f64>,
    /// The two-sided p-value of `t` (Student's t with the residual degrees of freedom).
    pub p_value: Option<f64>,
}

/// A least-squares fit.
#[derive(Debug, Clone, PartialEq)]
pub struct Ols {
    /// The coefficients of the columns kept, in the design's order.
    pub coefficients: Vec<Coefficient>,
    /// The design's indices of the columns kept.
    pub kept: Vec<usize>,
    /// The names of the aliased columns, dropped.
    pub dropped: Vec<String>,
    /// Number of observations.
    pub n: usize,
    /// Residual degrees of freedom: `n` minus the number of coefficients.
    pub df: usize,
    /// Residual sum of squares.
    pub rss: f64,
    /// Share of the variance explained (around the mean of `y`); `None` when `y` is constant.
    pub r_squared: Option<f64>,
    /// The classical covariance of the coefficients, row-major.
    covariance: Vec<f64>,
    /// The HC1 covariance of the coefficients, row-major.
    robust_covariance: Vec<f64>,
}

impl Ols {
    /// The coefficient of the column named `name`, if it was kept.
    pub fn coefficient(&self, name: &str) -> Option<&Coefficient> {
        self.coefficients.iter().find(|c| c.name == name)
    }

    /// The estimates, in the order of [`Ols::coefficients`].
    pub fn estimates(&self) -> Vec<f64> {
        self.coefficients.iter().map(|c| c.estimate).collect()
    }

    /// Entry `(i, j)` of the coefficients' covariance (classical, or HC1 when `robust`).
    pub fn covariance(&self, i: usize, j: usize, robust: bool) -> f64 {
        let k = self.coefficients.len();
        let m = if robust {
            &self.robust_covariance
        } else {
            &self.covariance
        };
        m[i * k + j]
    }
}

/// Fits `y` on the columns of `x` by least squares.
///
/// ```
/// use gender_impact::stats::{Design, ols};
/// // y = 1 + 2x exactly but for the last point.
/// let mut x = Design::new(4);
/// x.intercept();
/// x.push("x", vec![0.0, 1.0, 2.0, 3.0]).unwrap();
/// let fit = ols(&x, &[1.0, 3.0, 5.0, 8.0]).unwrap();
/// let b = fit.coefficient("x").unwrap();
/// assert!((b.estimate - 2.3).abs() < 1e-12); // by hand: Sxy / Sxx = 11.5 / 5
/// assert_eq!(fit.df, 2);
/// ```
pub fn ols(x: &Design, y: &[f64]) -> Result<Ols, RegressionError> {
    let r = factor(x, y)?;
    let kept = independent(&r, x.cols());
    let k = kept.len();
    if k == 0 || k >= x.rows() {
        return Err(RegressionError::NoResidualDf {
            rows: x.rows(),
            parameters: k,
        });
    }
    let rk = reduce(&r, &kept, x.cols());
    fit(x, y, kept, &rk)
}

/// The `R` of `[X | y]` (square, `x.cols() + 1`), after the inputs' checks.
pub(super) fn factor(x: &Design, y: &[f64]) -> Result<Mat<f64>, RegressionError> {
    check(x, y)?;
    let all: Vec<usize> = (0..x.cols()).collect();
    Ok(triangular(x, y, &all))
}

/// The `R` of the columns `cols` of `r` followed by its column `y` (a QR of those columns:
/// `[X | y] = QR` gives `[X_cols | y] = Q·R[:, cols ∪ y]`).
pub(super) fn reduce(r: &Mat<f64>, cols: &[usize], y: usize) -> Mat<f64> {
    let k = cols.len();
    let sub = Mat::from_fn(r.nrows(), k + 1, |i, c| {
        r[(i, cols.get(c).copied().unwrap_or(y))]
    });
    let rk = upper(sub.qr().thin_R(), (k + 1).min(r.nrows()));
    let mut square = Mat::<f64>::zeros(k + 1, k + 1);
    for i in 0..rk.nrows() {
        for j in i..=k {
            square[(i, j)] = rk[(i, j)];
        }
    }
    square
}

/// `(XᵀX)⁻¹` over the columns `cols` of `r` (the `R` of `[X | y]`, `y` its column `y`), in
/// the order of `cols`.
pub(super) fn inverse_gram(r: &Mat<f64>, cols: &[usize], y: usize) -> Mat<f64> {
    let k = cols.len();
    let rk = reduce(r, cols, y);
    let mut rinv = Mat::<f64>::identity(k, k);
    rk.as_ref()
        .submatrix(0, 0, k, k)
        .solve_upper_triangular_in_place(rinv.as_mut());
    let mut g = Mat::<f64>::zeros(k, k);
    faer::linalg::matmul::matmul(
        &mut g,
        Accum::Replace,
        &rinv,
        rinv.transpose(),
        1.0,
        Par::Seq,
    );
    g
}

/// The least-squares coefficients of the columns `cols` of `r` on its column `y`.
pub(super) fn solve(r: &Mat<f64>, cols: &[usize], y: usize) -> Vec<f64> {
    let k = cols.len();
    let rk = reduce(r, cols, y);
    let mut beta = Mat::from_fn(k, 1, |i, _| rk[(i, k)]);
    rk.as_ref()
        .submatrix(0, 0, k, k)
        .solve_upper_triangular_in_place(beta.as_mut());
    (0..k).map(|i| beta[(i, 0)]).collect()
}

/// The inputs' checks: lengths, finite outcomes, at least one row and one column.
fn check(x: &Design, y: &[f64]) -> Result<(), RegressionError> {
    if y.len() != x.rows() {
        return Err(RegressionError::Length {
            column: "y".to_string(),
            expected: x.rows(),
            found: y.len(),
        });
    }
    if let Some(row) = y.iter().position(|v| !v.is_finite()) {
        return Err(RegressionError::NotFinite {
            column: "y".to_string(),
            row,
        });
    }
    if x.cols() == 0 || x.rows() == 0 {
        return Err(RegressionError::NoResidualDf {
            rows: x.rows(),
            parameters: x.cols(),
        });
    }
    Ok(())
}

/// The `R` of `[X[:, cols] | y]`, square (`cols.len() + 1`), by blocks of rows.
fn triangular(x: &Design, y: &[f64], cols: &[usize]) -> Mat<f64> {
    let p = cols.len() + 1;
    let mut acc = Mat::<f64>::zeros(0, p);
    let mut start = 0;
    while start < x.rows() {
        let end = (start + BLOCK).min(x.rows());
        let top = acc.nrows();
        // The previous R on top of this block's rows, filled a column at a time.
        let mut stacked = Mat::<f64>::zeros(top + end - start, p);
        for j in 0..p {
            let col = stacked.col_as_slice_mut(j);
            col[..top]
                .iter_mut()
                .enumerate()
                .for_each(|(i, v)| *v = acc[(i, j)]);
            match cols.get(j) {
                Some(&c) => x.fill(c, start, &mut col[top..]),
                None => col[top..].copy_from_slice(&y[start..end]),
            }
        }
        acc = upper(stacked.qr().thin_R(), stacked.nrows().min(p));
        start = end;
    }
    let mut square = Mat::<f64>::zeros(p, p);
    for i in 0..acc.nrows() {
        for j in i..p {
            square[(i, j)] = acc[(i, j)];
        }
    }
    square
}

/// The square upper-triangular `R` (`width` × `width`) from a thin `R` with fewer rows.
pub(super) fn upper_of(r: MatRef<'_, f64>, width: usize) -> Mat<f64> {
    Mat::from_fn(width, width, |i, j| {
        if i < r.nrows() && j >= i {
            r[(i, j)]
        } else {
            0.0
        }
    })
}

/// The upper-triangular part of the first `rows` rows of `r`.
fn upper(r: MatRef<'_, f64>, rows: usize) -> Mat<f64> {
    Mat::from_fn(rows, r.ncols(), |i, j| if j >= i { r[(i, j)] } else { 0.0 })
}

/// The columns kept, in order: each one whose part orthogonal to the columns kept before it
/// is more than [`TOLERANCE`] times its norm (R's `lm`, whose QR moves such a column to the
/// end). Read from `r` (`X = QR`: a column's norms are those of its column of `R`).
pub(super) fn independent(r: &Mat<f64>, cols: usize) -> Vec<usize> {
    let mut kept: Vec<usize> = Vec::new();
    for j in 0..cols {
        let norm = (0..r.nrows())
            .map(|i| r[(i, j)] * r[(i, j)])
            .sum::<f64>()
            .sqrt();
        if norm == 0.0 {
            continue;
        }
        let m = Mat::from_fn(r.nrows(), kept.len() + 1, |i, c| {
            r[(i, kept.get(c).copied().unwrap_or(j))]
        });
        let qr = m.qr();
        let k = kept.len();
        let orthogonal = if k < qr.R().nrows() {
            qr.R()[(k, k)].abs()
        } else {
            0.0
        };
        if orthogonal > TOLERANCE * norm {
            kept.push(j);
        }
    }
    kept
}

/// Coefficients, covariances and tests from the `R` of `[X[:, kept] | y]`.
fn fit(x: &Design, y: &[f64], kept: Vec<usize>, r: &Mat<f64>) -> Result<Ols, RegressionError> {
    let k = kept.len();
    let n = x.rows();
    let df = n - k;
    let rx = r.as_ref().submatrix(0, 0, k, k);
    let mut beta = Mat::from_fn(k, 1, |i, _| r[(i, k)]);
    rx.solve_upper_triangular_in_place(beta.as_mut());
    let rss = r[(k, k)] * r[(k, k)];
    // (XᵀX)⁻¹ = R⁻¹ R⁻ᵀ
    let mut rinv = Mat::<f64>::identity(k, k);
    rx.solve_upper_triangular_in_place(rinv.as_mut());
    let mut unscaled = Mat::<f64>::zeros(k, k);
    faer::linalg::matmul::matmul(
        &mut unscaled,
        Accum::Replace,
        &rinv,
        rinv.transpose(),
        1.0,
        Par::Seq,
    );
    let beta: Vec<f64> = (0..k).map(|i| beta[(i, 0)]).collect();
    let meat = meat(x, y, &kept, &beta);
    let mut half = Mat::<f64>::zeros(k, k);
    faer::linalg::matmul::matmul(&mut half, Accum::Replace, &unscaled, &meat, 1.0, Par::Seq);
    let mut robust = Mat::<f64>::zeros(k, k);
    let scale = n as f64 / df as f64;
    faer::linalg::matmul::matmul(
        &mut robust,
        Accum::Replace,
        &half,
        &unscaled,
        scale,
        Par::Seq,
    );
    let sigma2 = rss / df as f64;
    let covariance: Vec<f64> = (0..k * k)
        .map(|i| sigma2 * unscaled[(i / k, i % k)])
        .collect();
    let robust_covariance: Vec<f64> = (0..k * k).map(|i| robust[(i / k, i % k)]).collect();
    let t_dist =
        StudentsT::new(0.0, 1.0, df as f64).map_err(|_| RegressionError::NoResidualDf {
            rows: n,
            parameters: k,
        })?;
    let coefficients = kept
        .iter()
        .enumerate()
        .map(|(i, &j)| {
            let se = covariance[i * k + i].max(0.0).sqrt();
            let t = (se > 0.0).then(|| beta[i] / se).filter(|t| t.is_finite());
            Coefficient {
                name: x.names()[j].clone(),
                estimate: beta[i],
                std_error: se,
                robust_std_error: robust_covariance[i * k + i].max(0.0).sqrt(),
                t,
                p_value: t.map(|t| (2.0 * t_dist.sf(t.abs())).min(1.0)),
            }
        })
        .collect();
    let dropped = (0..x.cols())
        .filter(|j| !kept.contains(j))
        .map(|j| x.names()[j].clone())
        .collect();
    Ok(Ols {
        coefficients,
        kept,
        dropped,
        n,
        df,
        rss,
        r_squared: r_squared(y, rss),
        covariance,
        robust_covariance,
    })
}

/// `Σ eᵢ² xᵢ xᵢᵀ` over the rows, block by block (the middle of the HC sandwich).
fn meat(x: &Design, y: &[f64], kept: &[usize], beta: &[f64]) -> Mat<f64> {
    let k = kept.len();
    let mut meat = Mat::<f64>::zeros(k, k);
    let mut start = 0;
    while start < x.rows() {
        let end = (start + BLOCK).min(x.rows());
        let mut w = Mat::<f64>::zeros(end - start, k);
        for (j, &c) in kept.iter().enumerate() {
            x.fill(c, start, w.col_as_slice_mut(j));
        }
        // The residuals of the block, then each row of X weighted by its residual.
        let mut e = y[start..end].to_vec();
        for (j, b) in beta.iter().enumerate() {
            let col = w.col_as_slice(j);
            e.iter_mut().zip(col).for_each(|(e, x)| *e -= b * x);
        }
        for j in 0..k {
            let col = w.col_as_slice_mut(j);
            col.iter_mut().zip(&e).for_each(|(x, e)| *x *= e);
        }
        faer::linalg::matmul::matmul(&mut meat, Accum::Add, w.transpose(), &w, 1.0, Par::Seq);
        start = end;
    }
    meat
}

/// `1 − RSS/TSS` around the mean; `None` when `y` is constant.
fn r_squared(y: &[f64], rss: f64) -> Option<f64> {
    let m = super::mean(y);
    let tss: f64 = y.iter().map(|v| (v - m) * (v - m)).sum();
    (tss > 0.0).then(|| 1.0 - rss / tss)
}
