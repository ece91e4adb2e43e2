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
//! Columns aliased in either group are dropped from both fits (and listed). The detailed parts
//! sum each factor over its levels, with the factor's coefficients normalised (Yun 2005: the
//! levels' effects measured from their mean, the base level included) so that the unexplained
//! detail does not depend on the base level chosen.

use super::{Design, RegressionError, ols};

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
    let (a, b, dropped) = common_columns(a, ya, b, yb)?;
    let fa = ols(&a, ya)?;
    let fb = ols(&b, yb)?;
    let (ma, mb) = (a.means(), b.means());
    let (ba, bb) = (fa.estimates(), fb.estimates());
    let dx: Vec<f64> = ma.iter().zip(&mb).map(|(x, y)| x - y).collect();
    let dbeta: Vec<f64> = ba.iter().zip(&bb).map(|(x, y)| x - y).collect();
    let threefold = Threefold {
        endowments: dot(&dx, &bb),
        coefficients: dot(&mb, &dbeta),
        interaction: dot(&dx, &dbeta),
    };
    let mut twofold = Vec::with_capacity(Reference::ALL.len());
    for reference in Reference::ALL {
        let star = reference_coefficients(reference, &a, ya, &b, yb, &ba, &bb)?;
        twofold.push(split(reference, &a, &ma, &mb, &ba, &bb, &star));
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

/// Both designs without the columns aliased in either group's fit.
fn common_columns(
    a: &Design,
    ya: &[f64],
    b: &Design,
    yb: &[f64],
) -> Result<(Design, Design, Vec<String>), RegressionError> {
    let mut dropped: Vec<String> = ols(a, ya)?.dropped;
    for d in ols(b, yb)?.dropped {
        if !dropped.contains(&d) {
            dropped.push(d);
        }
    }
    let (mut a, mut b) = (a.clone(), b.clone());
    for name in &dropped {
        if let Some(j) = a.names().iter().position(|n| n == name) {
            a = a.without(j);
            b = b.without(j);
        }
    }
    Ok((a, b, dropped))
}

/// `β*` for a reference.
fn reference_coefficients(
    reference: Reference,
    a: &Design,
    ya: &[f64],
    b: &Design,
    yb: &[f64],
    ba: &[f64],
    bb: &[f64],
) -> Result<Vec<f64>, RegressionError> {
    let mix = |w: f64| {
        ba.iter()
            .zip(bb)
            .map(|(x, y)| w * x + (1.0 - w) * y)
            .collect()
    };
    Ok(match reference {
        Reference::A => ba.to_vec(),
        Reference::B => bb.to_vec(),
        Reference::Reimers => mix(0.5),
        Reference::Cotton => mix(a.rows() as f64 / (a.rows() + b.rows()) as f64),
        Reference::Neumark | Reference::Pooled => {
            let (x, y) = pooled(a, ya, b, yb, reference == Reference::Pooled)?;
            let fit = ols(&x, &y)?;
            // β* over the groups' columns (an aliased pooled column counts as 0).
            let mut star = vec![0.0; a.cols()];
            for (c, &j) in fit.coefficients.iter().zip(&fit.kept) {
                if j < a.cols() {
                    star[j] = c.estimate;
                }
            }
            star
        }
    })
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
        col.extend_from_slice(b.column(j));
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
fn split(
    reference: Reference,
    design: &Design,
    ma: &[f64],
    mb: &[f64],
    ba: &[f64],
    bb: &[f64],
    star: &[f64],
) -> Twofold {
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
        .filter(|k| !in_factor.contains(k))
        .map(|k| Detail {
            variable: design.names()[k].clone(),
            explained: explained_k(k),
            unexplained: unexplained_k(k),
        })
        .collect();
    for f in design.factors().iter().filter(|_| normalise) {
        let (detail, to_intercept) = factor_detail(f, ma, mb, ba, bb, star);
        detailed.push(detail);
        if let Some(i) = design.intercept_index() {
            // The intercept holds the levels' mean effect once they are normalised.
            detailed[i].unexplained += to_intercept;
        }
    }
    Twofold {
        reference,
        explained: (0..design.cols()).map(explained_k).sum(),
        unexplained: (0..design.cols()).map(unexplained_k).sum(),
        detailed,
    }
}

/// A factor's parts, its coefficients normalised: each level's effect (the base's is 0)
/// measured from the mean effect of all levels; and what the intercept's unexplained part gains
/// (`centre_A − centre_B`), so that the detail still sums to the total. The explained part does
/// not change (the levels' shares sum to 1 in each group).
fn factor_detail(
    f: &super::FactorColumns,
    ma: &[f64],
    mb: &[f64],
    ba: &[f64],
    bb: &[f64],
    star: &[f64],
) -> (Detail, f64) {
    let levels = f.columns.len() as f64 + 1.0;
    let centre = |beta: &[f64]| f.columns.iter().map(|&c| beta[c]).sum::<f64>() / levels;
    let (ca, cb, cs) = (centre(ba), centre(bb), centre(star));
    let base = |m: &[f64]| 1.0 - f.columns.iter().map(|&c| m[c]).sum::<f64>();
    // The base level's normalised effect is −centre; the others' β − centre.
    let mut explained = (base(ma) - base(mb)) * -cs;
    let mut unexplained = base(ma) * (-ca + cs) + base(mb) * (-cs + cb);
    for &c in &f.columns {
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
