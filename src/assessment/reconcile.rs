//! Reconciliation: the figures an organisation published, compared with the records.

use crate::i18n::format::pct1;
use crate::indicators::Unit;
use crate::model::{FigureUnit, Input, Relation};

use super::*;

pub(super) fn reconcile(
    input: &Input,
    indicators: &[IndicatorResult],
    findings: &mut Vec<Finding>,
    warnings: &mut Vec<Warning>,
) -> Vec<Reconciliation> {
    let mut out = Vec::new();
    for f in &input.reported {
        let found = indicators.iter().find(|r| r.id == f.indicator);
        let Some(r) = found else {
            warnings.push(Warning {
                code: WarningCode::ReportedFigureUnmatched,
                indicator: Some(f.indicator.clone()),
                message: format!(
                    "A published figure refers to `{}`, which no indicator of this assessment produced; it could not be reconciled.",
                    f.indicator
                ),
                uncertain: None,
            });
            continue;
        };
        let computed = r.value.map(|v| {
            if f.unit == FigureUnit::Percent {
                v * 100.0
            } else {
                v
            }
        });
        let tolerance = 0.5 * 10f64.powi(-i32::from(f.decimals));
        let consistent = computed.map(|c| match f.relation {
            Relation::Equals => (c - f.value).abs() <= tolerance + 1e-9,
            Relation::Below => c < f.value,
            Relation::Above => c > f.value,
        });
        let published = match f.unit {
            FigureUnit::Percent => format!("{:.*}%", usize::from(f.decimals), f.value),
            FigureUnit::Count => format!("{:.*}", usize::from(f.decimals), f.value),
        };
        let relation = match f.relation {
            Relation::Equals => "",
            Relation::Below => "under ",
            Relation::Above => "over ",
        };
        let records = match (r.unit, r.numerator, r.denominator, r.value) {
            (Unit::Share, Some(k), Some(n), Some(v)) => format!("{k} of {n} ({})", pct1(v)),
            (_, _, _, Some(v)) => format!("{v}"),
            _ => "no value".to_string(),
        };
        let message = match consistent {
            Some(true) => format!(
                "The published figure ({relation}{published}) for {} agrees with the records: {records}.",
                r.title
            ),
            Some(false) => format!(
                "The published figure ({relation}{published}) for {} does not agree with the records, which give {records}: a discrepancy beyond rounding.",
                r.title
            ),
            None => format!(
                "The published figure ({relation}{published}) for {} cannot be checked: the records give no value.",
                r.title
            ),
        };
        if consistent == Some(false) {
            warnings.push(Warning {
                code: WarningCode::ReportedFigureDiscrepancy,
                indicator: Some(r.id.clone()),
                message: message.clone(),
                uncertain: None,
            });
        }
        let rec = Reconciliation {
            indicator: r.id.clone(),
            published: f.value,
            unit: f.unit,
            decimals: f.decimals,
            relation: f.relation,
            source: f.source.as_ref().map(|s| s.to_string()),
            computed,
            numerator: r.numerator,
            denominator: r.denominator,
            consistent,
            message: message.clone(),
        };
        findings.push(Finding {
            indicator: Some(r.id.clone()),
            text: message,
            about: Beside(FindingAbout::Reconciliation(Box::new(rec.clone()))),
        });
        out.push(rec);
    }
    out
}
