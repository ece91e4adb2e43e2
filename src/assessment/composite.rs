//! The composite: how pillar and overall scores are put together, and a sensitivity check of the
//! overall rating to the weights.
//!
//! **Aggregation** (computed in [`crate::assessment`]): an indicator's score is its rating's
//! (missing 0, approaches 1, meets 2, exceeds 3); a pillar's score is the weighted mean of the
//! scores of its *rated* indicators, with the criteria's weights; the overall score is the
//! weighted mean of the rated pillars' scores, with the pillars' weights; each is rounded down
//! to a rating. An indicator or pillar that cannot be rated is listed as not rated, never
//! averaged in as zero and never dropped silently. Each component's **contribution** (weight ×
//! score ÷ the weights of the rated components) is given, so that the contributions add up to
//! the score.
//!
//! **Sensitivity check**: every weight of the framework (each pillar's, and each criterion's
//! within its pillar) is moved, one at a time, by 20% down and up (× 0.8 and × 1.2), and the
//! overall score and rating recomputed. The rating is *stable* when no case changes it.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::assessment::{IndicatorResult, Summary};
use crate::model::{Framework, Rating};

/// The relative change applied to each weight in the sensitivity check.
pub const WEIGHT_CHANGE: f64 = 0.2;

/// Whether the overall rating holds when any one weight moves by [`WEIGHT_CHANGE`].
///
/// ```
/// let a = gender_impact::assess(&gender_impact::metropolis_2023()).unwrap();
/// let s = &a.summary.sensitivity;
/// assert!(s.stable); // no single weight moved by 20% changes "approaches requirements"
/// assert_eq!(s.cases.len(), 2 * (4 + 11)); // 4 pillar weights and 11 criterion weights, down and up
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Sensitivity {
    /// The relative change applied to each weight (0.2 for 20%).
    pub change: f64,
    /// True when no case changes the overall rating (also when there is no rating to change).
    pub stable: bool,
    /// Each weight moved, with the overall score and rating it gives.
    pub cases: Vec<SensitivityCase>,
}

impl Sensitivity {
    /// The cases that change the overall rating.
    pub fn changes(&self, overall: Rating) -> impl Iterator<Item = &SensitivityCase> {
        self.cases.iter().filter(move |c| c.rating != overall)
    }
}

/// One weight moved in the sensitivity check.
///
/// ```
/// let a = gender_impact::assess(&gender_impact::metropolis_2023()).unwrap();
/// let c = &a.summary.sensitivity.cases[0];
/// assert_eq!((c.pillar.as_str(), c.criterion.as_deref(), c.factor), ("leadership", None, 0.8));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SensitivityCase {
    /// The pillar whose weight (or one of whose criteria's weight) was moved.
    pub pillar: String,
    /// The criterion's indicator key, when a criterion's weight was moved; absent for the
    /// pillar's own weight.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub criterion: Option<String>,
    /// The factor applied to the weight (0.8 or 1.2).
    pub factor: f64,
    /// The overall score with the weight moved.
    pub score: Option<f64>,
    /// The overall rating with the weight moved.
    pub rating: Rating,
}

/// Moves each weight of `fw` by ±[`WEIGHT_CHANGE`], one at a time, and recomputes the overall
/// rating of `indicators` (already rated with `fw`: bands do not change, only weights).
pub(crate) fn sensitivity(
    fw: &Framework,
    indicators: &[IndicatorResult],
    summary: &Summary,
) -> Sensitivity {
    let overall = summary.overall.rating;
    // Each rated indicator once: its pillar, its criterion and its score (the same criterion
    // `Framework::criterion_for` finds when the assessment rates it).
    let rated: Vec<(usize, usize, f64)> = indicators
        .iter()
        .filter_map(|r| {
            let s = f64::from(r.rating.score()?);
            fw.pillars.iter().enumerate().find_map(|(i, p)| {
                p.criteria
                    .iter()
                    .position(|c| c.applies(&r.key, r.subject.body_kind()))
                    .filter(|_| r.pillar.as_deref() == Some(p.id.as_str()))
                    .map(|j| (i, j, s))
            })
        })
        .collect();
    let mut pillar_w: Vec<f64> = fw.pillars.iter().map(|p| p.weight).collect();
    let mut criterion_w: Vec<Vec<f64>> = fw
        .pillars
        .iter()
        .map(|p| p.criteria.iter().map(|c| c.weight).collect())
        .collect();
    let mut cases = Vec::new();
    for (i, pillar) in fw.pillars.iter().enumerate() {
        let targets = std::iter::once(None).chain((0..pillar.criteria.len()).map(Some));
        for j in targets {
            for factor in [1.0 - WEIGHT_CHANGE, 1.0 + WEIGHT_CHANGE] {
                let slot = match j {
                    None => &mut pillar_w[i],
                    Some(j) => &mut criterion_w[i][j],
                };
                let kept = *slot;
                *slot = kept * factor;
                let score = overall_score(&rated, &pillar_w, &criterion_w);
                match j {
                    None => pillar_w[i] = kept,
                    Some(j) => criterion_w[i][j] = kept,
                }
                cases.push(SensitivityCase {
                    pillar: pillar.id.to_string(),
                    criterion: j.map(|j| pillar.criteria[j].indicator.clone()),
                    factor,
                    score,
                    rating: score
                        .map(Rating::from_score)
                        .unwrap_or(Rating::InsufficientData),
                });
            }
        }
    }
    Sensitivity {
        change: WEIGHT_CHANGE,
        stable: cases.iter().all(|c| c.rating == overall),
        cases,
    }
}

/// The overall score: weighted mean over the rated pillars of the weighted mean of their rated
/// indicators' scores (the aggregation of [`crate::assessment`], with the weights given).
fn overall_score(
    rated: &[(usize, usize, f64)],
    pillar_w: &[f64],
    criterion_w: &[Vec<f64>],
) -> Option<f64> {
    let (mut w, mut s) = (0.0, 0.0);
    for (i, pw) in pillar_w.iter().enumerate() {
        let (mut cw, mut cs) = (0.0, 0.0);
        for &(_, j, x) in rated.iter().filter(|(p, _, _)| *p == i) {
            cw += criterion_w[i][j];
            cs += criterion_w[i][j] * x;
        }
        if cw > 0.0 {
            w += pw;
            s += pw * cs / cw;
        }
    }
    (w > 0.0).then(|| s / w)
}
