//! Pillar and overall summaries: each rated indicator scored and weighted by the framework.

use crate::i18n::{Lang, Message};
use crate::model::{Framework, Rating};

use super::*;

pub(super) fn summarise(fw: &Framework, indicators: &[IndicatorResult]) -> Summary {
    let mut summary = scores(fw, indicators);
    summary.sensitivity = crate::assessment::composite::sensitivity(fw, indicators, &summary);
    summary
}

/// Pillar and overall scores with each component's contribution (no sensitivity check).
pub(crate) fn scores(fw: &Framework, indicators: &[IndicatorResult]) -> Summary {
    let mut pillars = Vec::new();
    for p in &fw.pillars {
        let mut components = Vec::new();
        let (mut wsum, mut ssum, mut meets, mut rated) = (0.0, 0.0, 0u32, 0u32);
        let mut unrated = Vec::new();
        for r in indicators
            .iter()
            .filter(|r| r.pillar.as_deref() == Some(p.id.as_str()))
        {
            let weight = fw
                .criterion_for(&r.key, r.subject.body_kind())
                .map(|(_, c)| c.weight)
                .unwrap_or(0.0);
            match r.rating.score() {
                Some(s) => {
                    wsum += weight;
                    ssum += weight * f64::from(s);
                    rated += 1;
                    if s >= 2 {
                        meets += 1;
                    }
                }
                None => unrated.push(r.id.clone()),
            }
            components.push(Component {
                indicator: r.id.clone(),
                rating: r.rating,
                weight,
                contribution: None,
            });
        }
        let score = (wsum > 0.0).then(|| ssum / wsum);
        for c in &mut components {
            c.contribution = c
                .rating
                .score()
                .filter(|_| wsum > 0.0)
                .map(|s| c.weight * f64::from(s) / wsum);
        }
        let rating = score
            .map(Rating::from_score)
            .unwrap_or(Rating::InsufficientData);
        let unrated_why = (rated == 0).then(|| {
            Message::new(if p.criteria.is_empty() {
                "pillar-no-criterion"
            } else {
                "pillar-none-rated"
            })
        });
        let derivation = if let Some(why) = &unrated_why {
            why.in_lang(Lang::En)
        } else {
            format!(
                "Weighted mean of the {rated} rated indicators' scores (missing 0, approaches 1, meets 2, exceeds 3) = {:.2}, rounded down to a rating; {meets} of {rated} meet or exceed requirements{}.",
                score.unwrap_or(0.0),
                if unrated.is_empty() {
                    String::new()
                } else {
                    format!("; {} left out as not rated", unrated.len())
                }
            )
        };
        pillars.push(PillarSummary {
            id: p.id.to_string(),
            title: p.title.to_string(),
            weight: p.weight,
            rating,
            score,
            contribution: None,
            rated,
            meets_or_exceeds: meets,
            unrated,
            components,
            derivation,
            unrated_why: Beside(unrated_why),
        });
    }
    let (mut w, mut s) = (0.0, 0.0);
    let mut without = Vec::new();
    for p in &pillars {
        match p.score {
            Some(x) => {
                w += p.weight;
                s += p.weight * x;
            }
            None => without.push(p.id.clone()),
        }
    }
    let score = (w > 0.0).then(|| s / w);
    for p in &mut pillars {
        p.contribution = p.score.filter(|_| w > 0.0).map(|x| p.weight * x / w);
    }
    let rating = score
        .map(Rating::from_score)
        .unwrap_or(Rating::InsufficientData);
    let derivation = match score {
        Some(x) => format!(
            "Weighted mean of the pillar scores (pillar weights from the framework) = {x:.2}, rounded down to a rating.{}",
            if without.is_empty() {
                String::new()
            } else {
                format!(
                    " Not rated, and left out rather than counted as zero: {}. The overall rating therefore covers only part of the framework.",
                    without.join(", ")
                )
            }
        ),
        None => "No pillar could be rated from the records.".to_string(),
    };
    Summary {
        overall: OverallSummary {
            rating,
            score,
            pillars_not_rated: without,
            derivation,
        },
        pillars,
        sensitivity: crate::assessment::composite::Sensitivity::default(),
    }
}
