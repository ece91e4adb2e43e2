//! The Blinder–Oaxaca decomposition of the gap in mean outcome between two groups, A and B, as
//! Jann (2008, *The Stata Journal* 8(4): 453–479) sets it out and statsmodels' `OaxacaBlinder`
//! computes it (A is statsmodels' first group, "f", with `swap=False`).
//!
//! With `x̄` the means of the regressors and `β` the coefficients of each group's own fit,
//! the gap `ȳ_A − ȳ_B = x̄_Aᵀβ_A − x̄_Bᵀβ_B` splits
//! - threefold, into endowments `(x̄_A − x̄_B)ᵀβ_B`, coefficients `x̄_Bᵀ(β_A − β_B)` and their
//!   interaction `(x̄_A − x̄_B)ᵀ(β_A − β_B)`;
//! - twofold, for a reference `β*`, into the explained part `(x̄_A − x̄_B)ᵀβ*` and the
//!   unexplained part `x̄_Aᵀ(β_A − β*) + x̄_Bᵀ(β* − β_B)`.
//!
//! The parts add up to the gap when the design has an intercept (a least-squares fit with one
//! passes through the means); without one they add up to `x̄_Aᵀβ_A − x̄_Bᵀβ_B`. Columns aliased
//! in either group are dropped from both fits (and listed). The detailed parts
//! sum each factor over its levels, with the factor's coefficients normalised (Yun 2005: the
//! levels' effects measured from their mean, the base level included) so that the unexplained
//! detail does not depend on the base level chosen.

use faer::Mat;

use super::delta::{self, GroupCov};
use super::ols::{self, ols};
use super::{Design, RegressionError};

/// The reference coefficients `β*` of a twofold decomposition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Reference {
    /// Group A's coefficients (for pay: men's).
    A,
    /// Group B's coefficients (for pay: women's).
    B,
    /// Reimers (1983): the mean of the two groups' coefficients.
    Reimers,
    /// Cotton (1988): the groups' coefficients weighted by their sizes.
    Cotton,
    /// Neumark (1988): a regression on both groups, without a group indicator.
    Neumark,
    /// A regression on both groups with a group indicator (Jann 2008; Stata's `pooled`,
    /// statsmodels' `pooled`), its coefficient left out of `β*`.
    Pooled,
}

impl Reference {
    /// Every reference, in this order.
    pub const ALL: [Reference; 6] = [
        Reference::A,
        Reference::B,
        Reference::Reimers,
        Reference::Cotton,
        Reference::Neumark,
        Reference::Pooled,
    ];
}

/// The threefold decomposition.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct Threefold {
    /// `(x̄_A − x̄_B)ᵀβ_B`: the part due to the groups' characteristics.
    pub endowments: f64,
    /// `x̄_Bᵀ(β_A − β_B)`: the part due to the groups' coefficients.
    pub coefficients: f64,
    /// `(x̄_A − x̄_B)ᵀ(β_A − β_B)`.
    pub interaction: f64,
    /// The standard errors of the three parts (delta method, Jann 2008).
    pub endowments_std_error: f64,
    /// See `endowments_std_error`.
    pub coefficients_std_error: f64,
    /// See `endowments_std_error`.
    pub interaction_std_error: f64,
}

/// One variable's share of a twofold decomposition.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct Detail {
    /// The variable: a column, or a factor (its levels summed).
    pub variable: String,
    /// Its part of the explained gap.
    pub explained: f64,
    /// Its part of the unexplained gap.
    pub unexplained: f64,
}

/// A twofold decomposition.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Twofold {
    /// The reference coefficients.
    pub reference: Reference,
    /// `(x̄_A − x̄_B)ᵀβ*`.
    pub explained: f64,
    /// `x̄_Aᵀ(β_A − β*) + x̄_Bᵀ(β* − β_B)`.
    pub unexplained: f64,
    /// The standard error of the explained part by the delta method: Jann (2008) for the
    /// references that are weighted sums of the groups' coefficients (A, B, Reimers, Cotton);
    /// for Neumark and pooled, whose coefficients come from a third regression, with that
    /// regression's covariances with the groups' own (see the `delta` module). `None` when
    /// the pooled fit drops a column the groups keep, or is fitted without an intercept.
    pub explained_std_error: Option<f64>,
    /// The same for the unexplained part.
    pub unexplained_std_error: Option<f64>,
    /// The two parts by variable (they sum to the totals).
    pub detailed: Vec<Detail>,
}

/// A Blinder–Oaxaca decomposition.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Oaxaca {
    /// Observations of group A.
    pub n_a: usize,
    /// Observations of group B.
    pub n_b: usize,
    /// `ȳ_A − ȳ_B`.
    pub gap: f64,
    /// The threefold decomposition.
    pub threefold: Threefold,
    /// The twofold decompositions, one per [`Reference`], in [`Reference::ALL`]'s order.
    pub twofold: Vec<Twofold>,
    /// The columns left out because they are aliased in one group or both.
    pub dropped: Vec<String>,
}

/// Decomposes the gap between groups A (`a`, `ya`) and B (`b`, `yb`), whose designs have the
/// same columns.
///
/// ```
/// use gender_impact::stats::{Design, oaxaca};
/// // Group A is paid 1 more at the same x, and has x one higher on average.
/// let xa = vec![1.0, 2.0, 3.0, 4.0];
/// let xb = vec![0.0, 1.0, 2.0, 3.0];
/// let ya: Vec<f64> = xa.iter().map(|x| 2.0 + 0.5 * x).collect();
/// let yb: Vec<f64> = xb.iter().map(|x| 1.0 + 0.5 * x).collect();
/// let design = |x: Vec<f64>| {
///     let mut d = Design::new(x.len());
///     d.intercept();
///     d.push("x", x).unwrap();
///     d
/// };
/// let o = oaxaca(&design(xa), &ya, &design(xb), &yb).unwrap();
/// assert!((o.gap - 1.5).abs() < 1e-12);
/// assert!((o.threefold.endowments - 0.5).abs() < 1e-12); // 1 × 0.5
/// assert!((o.threefold.coefficients - 1.0).abs() < 1e-12);
/// assert!(o.threefold.interaction.abs() < 1e-12);
/// ```
pub fn oaxaca(a: &Design, ya: &[f64], b: &Design, yb: &[f64]) -> Result<Oaxaca, RegressionError> {
    if a.names() != b.names() {
        return Err(RegressionError::Columns);
    }
    let p = a.cols();
    // Each group's rows are read once: [X | y] = QR by group; every fit below, the pooled ones
    // included, comes from the two R factors.
    let (ra, rb) = (ols::factor(a, ya)?, ols::factor(b, yb)?);
    let (ka, kb) = (ols::independent(&ra, p), ols::independent(&rb, p));
    let common: Vec<usize> = ka.iter().copied().filter(|j| kb.contains(j)).collect();
    for (rows, _) in [(a.rows(), &ra), (b.rows(), &rb)] {
        if common.is_empty() || common.len() >= rows {
            return Err(RegressionError::NoResidualDf {
                rows,
                parameters: common.len(),
            });
        }
    }
    let active: Vec<bool> = (0..p).map(|j| common.contains(&j)).collect();
    let dropped = (0..p)
        .filter(|j| !active[*j])
        .map(|j| a.names()[j].clone())
        .collect();
    let full = |beta: Vec<f64>, cols: &[usize]| {
        let mut v = vec![0.0; p];
        cols.iter().zip(beta).for_each(|(&j, b)| v[j] = b);
        v
    };
    let ba = full(ols::solve(&ra, &common, p), &common);
    let bb = full(ols::solve(&rb, &common, p), &common);
    let (ma, mb) = (a.means(), b.means());
    let dx: Vec<f64> = ma.iter().zip(&mb).map(|(x, y)| x - y).collect();
    let dbeta: Vec<f64> = ba.iter().zip(&bb).map(|(x, y)| x - y).collect();
    let cov = Covariances::new(&ra, &rb, &common, (a.rows(), b.rows()), (&ma, &mb));
    let threefold = Threefold {
        endowments: dot(&dx, &bb),
        coefficients: dot(&mb, &dbeta),
        interaction: dot(&dx, &dbeta),
        endowments_std_error: cov.se(Part::Endowments, &ba, &bb),
        coefficients_std_error: cov.se(Part::Coefficients, &ba, &bb),
        interaction_std_error: cov.se(Part::Interaction, &ba, &bb),
    };
    let groups = Groups {
        a,
        b,
        ra: &ra,
        rb: &rb,
        common: &common,
    };
    let mut twofold = Vec::with_capacity(Reference::ALL.len());
    for reference in Reference::ALL {
        let (star, pooled) = groups.reference(reference, &ba, &bb, ya, yb)?;
        let means = Means {
            ma: &ma,
            mb: &mb,
            ba: &ba,
            bb: &bb,
            active: &active,
        };
        let mut t = split(reference, a, &means, &star);
        let ses = match (groups.weight(reference), &pooled) {
            (Some(w), _) => Some((
                cov.se(Part::Explained(w), &ba, &bb),
                cov.se(Part::Unexplained(w), &ba, &bb),
            )),
            (None, Some(pooled)) => Some(cov.pooled_se(pooled, &ba, &bb, &star)),
            (None, None) => None,
        };
        (t.explained_std_error, t.unexplained_std_error) = (ses.map(|s| s.0), ses.map(|s| s.1));
        twofold.push(t);
    }
    Ok(Oaxaca {
        n_a: a.rows(),
        n_b: b.rows(),
        gap: super::mean(ya) - super::mean(yb),
        threefold,
        twofold,
        dropped,
    })
}

/// The two groups, their R factors and the columns both keep.
struct Groups<'a> {
    a: &'a Design,
    b: &'a Design,
    ra: &'a Mat<f64>,
    rb: &'a Mat<f64>,
    common: &'a [usize],
}

/// The means and coefficients of both groups (in the design's columns; 0 for a column
/// dropped), and which columns are kept.
struct Means<'a> {
    ma: &'a [f64],
    mb: &'a [f64],
    ba: &'a [f64],
    bb: &'a [f64],
    active: &'a [bool],
}

/// A part of the decomposition whose standard error the delta method gives.
enum Part {
    Endowments,
    Coefficients,
    Interaction,
    /// Of a twofold split whose `β* = w·β_A + (1 − w)·β_B`.
    Explained(f64),
    Unexplained(f64),
}

/// Both groups' covariances over the columns they keep.
struct Covariances<'a> {
    a: GroupCov,
    b: GroupCov,
    common: &'a [usize],
    ma: &'a [f64],
    mb: &'a [f64],
}

impl<'a> Covariances<'a> {
    fn new(
        ra: &Mat<f64>,
        rb: &Mat<f64>,
        common: &'a [usize],
        (na, nb): (usize, usize),
        (ma, mb): (&'a [f64], &'a [f64]),
    ) -> Covariances<'a> {
        let p = ma.len();
        let on = |m: &[f64]| -> Vec<f64> { common.iter().map(|&j| m[j]).collect() };
        Covariances {
            a: GroupCov::new(ra, common, p, na, &on(ma)),
            b: GroupCov::new(rb, common, p, nb, &on(mb)),
            common,
            ma,
            mb,
        }
    }

    /// The standard error of `part` (coefficients in the design's columns).
    fn se(&self, part: Part, ba: &[f64], bb: &[f64]) -> f64 {
        let on = |v: &[f64]| -> Vec<f64> { self.common.iter().map(|&j| v[j]).collect() };
        let (xa, xb, ba, bb) = (on(self.ma), on(self.mb), on(ba), on(bb));
        let dx: Vec<f64> = xa.iter().zip(&xb).map(|(a, b)| a - b).collect();
        let db: Vec<f64> = ba.iter().zip(&bb).map(|(a, b)| a - b).collect();
        let (ga, gb) = (&self.a, &self.b);
        match part {
            Part::Endowments => delta::se(&dx, &bb, ga, gb, (0.0, 1.0), (1.0, 1.0)),
            Part::Coefficients => delta::se(&xb, &db, ga, gb, (1.0, 1.0), (0.0, 1.0)),
            Part::Interaction => delta::se(&dx, &db, ga, gb, (1.0, 1.0), (1.0, 1.0)),
            Part::Explained(w) => {
                let star: Vec<f64> = ba
                    .iter()
                    .zip(&bb)
                    .map(|(a, b)| w * a + (1.0 - w) * b)
                    .collect();
                delta::se(&dx, &star, ga, gb, (w, 1.0 - w), (1.0, 1.0))
            }
            Part::Unexplained(w) => {
                let z: Vec<f64> = xa
                    .iter()
                    .zip(&xb)
                    .map(|(a, b)| (1.0 - w) * a + w * b)
                    .collect();
                delta::se(&z, &db, ga, gb, (1.0, 1.0), (1.0 - w, w))
            }
        }
    }
}

impl Covariances<'_> {
    /// The standard errors of the twofold split on a pooled reference `star`.
    fn pooled_se(
        &self,
        pooled: &delta::Pooled,
        ba: &[f64],
        bb: &[f64],
        star: &[f64],
    ) -> (f64, f64) {
        let on = |v: &[f64]| -> Vec<f64> { self.common.iter().map(|&j| v[j]).collect() };
        let (xa, xb, ba, bb, star) = (on(self.ma), on(self.mb), on(ba), on(bb), on(star));
        let split = delta::Split {
            xa: &xa,
            xb: &xb,
            ba: &ba,
            bb: &bb,
            star: &star,
        };
        pooled.se(&self.a, &self.b, &split)
    }
}

impl Groups<'_> {
    /// The weight `w` of `β* = w·β_A + (1 − w)·β_B`, for the references that are one.
    fn weight(&self, reference: Reference) -> Option<f64> {
        let (na, nb) = (self.a.rows() as f64, self.b.rows() as f64);
        match reference {
            Reference::A => Some(1.0),
            Reference::B => Some(0.0),
            Reference::Reimers => Some(0.5),
            Reference::Cotton => Some(na / (na + nb)),
            _ => None,
        }
    }

    /// `β*` for a reference, in the design's columns, and for the pooled ones what their
    /// standard errors need (when the pooled fit keeps every column both groups keep).
    fn reference(
        &self,
        reference: Reference,
        ba: &[f64],
        bb: &[f64],
        ya: &[f64],
        yb: &[f64],
    ) -> Result<(Vec<f64>, Option<delta::Pooled>), RegressionError> {
        let mix = |w: f64| {
            ba.iter()
                .zip(bb)
                .map(|(x, y)| w * x + (1.0 - w) * y)
                .collect()
        };
        let (na, nb) = (self.a.rows() as f64, self.b.rows() as f64);
        Ok(match reference {
            Reference::A => (ba.to_vec(), None),
            Reference::B => (bb.to_vec(), None),
            Reference::Reimers => (mix(0.5), None),
            Reference::Cotton => (mix(na / (na + nb)), None),
            Reference::Neumark => self.pooled(false),
            _ => match self.a.intercept_index() {
                Some(i) if self.common.contains(&i) => self.pooled(true),
                // Without an intercept the indicator is not in the R factors: fit the rows.
                _ => (self.pooled_rows(ya, yb)?, None),
            },
        })
    }

    /// The coefficients of a regression on both groups (with a group indicator, 1 for group
    /// B, when `indicator`) from the stacked R factors: `[X_A | y_A] = Q_A R_A` and the same
    /// for B give the pooled `R` by a QR of `[R_A; R_B]`; the indicator is 0 in A's rows and
    /// the intercept's column of `R_B` in B's.
    fn pooled(&self, indicator: bool) -> (Vec<f64>, Option<delta::Pooled>) {
        let p = self.a.cols();
        let (y, width) = if indicator {
            (p + 1, p + 2)
        } else {
            (p, p + 1)
        };
        let rows = self.ra.nrows();
        let icpt = self.a.intercept_index().unwrap_or(0);
        let stacked = Mat::from_fn(2 * rows, width, |i, j| {
            let (r, i, b) = if i < rows {
                (self.ra, i, false)
            } else {
                (self.rb, i - rows, true)
            };
            match (j, indicator) {
                (j, true) if j == p => {
                    if b {
                        r[(i, icpt)]
                    } else {
                        0.0
                    }
                }
                (j, _) if j == y => r[(i, p)],
                (j, _) => r[(i, j)],
            }
        });
        let r = ols::upper_of(stacked.qr().thin_R(), width);
        let mut cols: Vec<usize> = self.common.to_vec();
        if indicator {
            cols.push(p);
        }
        let keep = ols::independent(&r, width - 1);
        let cols: Vec<usize> = cols.into_iter().filter(|c| keep.contains(c)).collect();
        let beta = ols::solve(&r, &cols, y);
        let mut star = vec![0.0; p];
        cols.iter()
            .zip(beta)
            .filter(|(c, _)| **c < p)
            .for_each(|(&c, b)| star[c] = b);
        let all_kept = cols.len() == self.common.len() + usize::from(indicator);
        let pooled = all_kept.then(|| delta::Pooled {
            g: ols::inverse_gram(&r, &cols, y),
            indicator: indicator
                .then(|| self.common.iter().position(|&c| c == icpt))
                .flatten(),
        });
        (star, pooled)
    }

    /// The pooled regression with a group indicator, fitted on the rows (no intercept).
    fn pooled_rows(&self, ya: &[f64], yb: &[f64]) -> Result<Vec<f64>, RegressionError> {
        let (x, y) = pooled(self.a, ya, self.b, yb, true)?;
        let fit = ols(&x, &y)?;
        let mut star = vec![0.0; self.a.cols()];
        for (c, &j) in fit.coefficients.iter().zip(&fit.kept) {
            if j < self.a.cols() && self.common.contains(&j) {
                star[j] = c.estimate;
            }
        }
        Ok(star)
    }
}

/// The two groups' rows in one design (A's first), with a group indicator as its last column
/// when `indicator` (1 for group B).
fn pooled(
    a: &Design,
    ya: &[f64],
    b: &Design,
    yb: &[f64],
    indicator: bool,
) -> Result<(Design, Vec<f64>), RegressionError> {
    let n = a.rows() + b.rows();
    let mut x = Design::new(n);
    for j in 0..a.cols() {
        let mut col = a.column(j).to_vec();
        col.extend_from_slice(&b.column(j));
        x.push(&a.names()[j], col)?;
    }
    if indicator {
        let group = (0..n).map(|i| f64::from(u8::from(i >= a.rows()))).collect();
        x.push("(group B)", group)?;
    }
    let mut y = ya.to_vec();
    y.extend_from_slice(yb);
    Ok((x, y))
}

/// The twofold split for `β*`, with its detail by variable.
fn split(reference: Reference, design: &Design, m: &Means<'_>, star: &[f64]) -> Twofold {
    let (ma, mb, ba, bb) = (m.ma, m.mb, m.ba, m.bb);
    let explained_k = |k: usize| (ma[k] - mb[k]) * star[k];
    let unexplained_k = |k: usize| ma[k] * (ba[k] - star[k]) + mb[k] * (star[k] - bb[k]);
    let normalise = design.intercept_index().is_some();
    let in_factor: Vec<usize> = design
        .factors()
        .iter()
        .flat_map(|f| f.columns.iter().copied())
        .filter(|_| normalise)
        .collect();
    let mut detailed: Vec<Detail> = (0..design.cols())
        .filter(|k| m.active[*k] && !in_factor.contains(k))
        .map(|k| Detail {
            variable: design.names()[k].clone(),
            explained: explained_k(k),
            unexplained: unexplained_k(k),
        })
        .collect();
    for f in design.factors().iter().filter(|_| normalise) {
        let (detail, to_intercept) = factor_detail(f, m, star);
        detailed.push(detail);
        let intercept = design.intercept_index().map(|i| design.names()[i].as_str());
        if let Some(d) = detailed
            .iter_mut()
            .find(|d| Some(d.variable.as_str()) == intercept)
        {
            // The intercept holds the levels' mean effect once they are normalised.
            d.unexplained += to_intercept;
        }
    }
    Twofold {
        reference,
        explained: (0..design.cols()).map(explained_k).sum(),
        unexplained: (0..design.cols()).map(unexplained_k).sum(),
        explained_std_error: None,
        unexplained_std_error: None,
        detailed,
    }
}

/// A factor's parts, its coefficients normalised: each level's effect (the base's is 0)
/// measured from the mean effect of all levels; and what the intercept's unexplained part gains
/// (`centre_A − centre_B`), so that the detail still sums to the total. The explained part does
/// not change (the levels' shares sum to 1 in each group).
fn factor_detail(f: &super::FactorColumns, m: &Means<'_>, star: &[f64]) -> (Detail, f64) {
    let (ma, mb, ba, bb) = (m.ma, m.mb, m.ba, m.bb);
    // The levels whose dummies are kept (a dropped one is left out, as if absent).
    let columns: Vec<usize> = f.columns.iter().copied().filter(|&c| m.active[c]).collect();
    let levels = columns.len() as f64 + 1.0;
    let centre = |beta: &[f64]| columns.iter().map(|&c| beta[c]).sum::<f64>() / levels;
    let (ca, cb, cs) = (centre(ba), centre(bb), centre(star));
    let base = |m: &[f64]| 1.0 - columns.iter().map(|&c| m[c]).sum::<f64>();
    // The base level's normalised effect is −centre; the others' β − centre.
    let mut explained = (base(ma) - base(mb)) * -cs;
    let mut unexplained = base(ma) * (-ca + cs) + base(mb) * (-cs + cb);
    for &c in &columns {
        explained += (ma[c] - mb[c]) * (star[c] - cs);
        unexplained +=
            ma[c] * ((ba[c] - ca) - (star[c] - cs)) + mb[c] * ((star[c] - cs) - (bb[c] - cb));
    }
    let detail = Detail {
        variable: f.name.clone(),
        explained,
        unexplained,
    };
    (detail, ca - cb)
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}
