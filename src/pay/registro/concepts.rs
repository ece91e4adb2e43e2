//! The pay concepts of a payroll for the register, and the equalising factor of each worker.

use super::ConceptKind;
use crate::pay::Payroll;

/// Where a concept's amounts are.
enum Source {
    /// The base salary (annual pay).
    Base,
    /// The variable-pay column (the sum, when the columns were not kept apart).
    Variable,
    /// A supplement kept apart (`Payroll::supplements`, by index).
    Supplement(usize),
    /// A non-salary payment (`Payroll::extra`, by index).
    Extra(usize),
    /// Base + supplements + non-salary payments.
    Total,
}

/// A pay concept of the register.
pub(super) struct Concept {
    /// The column's name, or `total`.
    pub(super) name: String,
    pub(super) kind: ConceptKind,
    source: Source,
}

/// The concepts of `p`, in the register's order: base, supplements, non-salary payments, total.
/// Without a base salary column there is neither base nor total.
pub(super) fn concepts(p: &Payroll) -> Vec<Concept> {
    let concept = |name: &str, kind, source| Concept {
        name: name.to_string(),
        kind,
        source,
    };
    let mut out = Vec::new();
    if !p.annual.is_absent() {
        out.push(concept("base", ConceptKind::Base, Source::Base));
    }
    if p.supplements.is_empty() {
        if !p.variable.is_absent() {
            out.push(concept(
                "variable_pay",
                ConceptKind::Supplement,
                Source::Variable,
            ));
        }
    } else {
        for (k, (name, _)) in p.supplements.iter().enumerate() {
            out.push(concept(
                name,
                ConceptKind::Supplement,
                Source::Supplement(k),
            ));
        }
    }
    for (k, (name, _)) in p.extra.iter().enumerate() {
        out.push(concept(name, ConceptKind::NonSalary, Source::Extra(k)));
    }
    if !p.annual.is_absent() {
        out.push(concept("total", ConceptKind::Total, Source::Total));
    }
    out
}

/// Row `i`'s value in a named column (NaN: none).
fn at(values: &[f64], i: usize) -> Option<f64> {
    values.get(i).copied().filter(|v| !v.is_nan())
}

impl Concept {
    /// Row `i`'s amount of this concept, if recorded. The total needs the base; a supplement or
    /// non-salary payment not recorded counts as 0 in it (as variable pay does in the total
    /// annual pay of the EU figures).
    pub(super) fn value(&self, p: &Payroll, i: usize) -> Option<f64> {
        match self.source {
            Source::Base => p.annual.get(i),
            Source::Variable => p.variable.get(i),
            Source::Supplement(k) => at(&p.supplements[k].1, i),
            Source::Extra(k) => at(&p.extra[k].1, i),
            Source::Total => {
                let base = p.annual.get(i)?;
                let extra: f64 = p.extra.iter().filter_map(|(_, v)| at(v, i)).sum();
                Some(base + p.variable.get(i).unwrap_or(0.0) + extra)
            }
        }
    }
}

/// Row `i`'s share of a full-time full year: FTE (1 when not recorded) × days worked (365 when
/// not recorded) ÷ 365. Always above 0: FTE is above 0, days at least 1.
pub(super) fn equaliser(p: &Payroll, i: usize) -> f64 {
    let fte = p.fte.get(i).unwrap_or(1.0);
    let days = p.days.get(i).unwrap_or(365.0);
    fte * days / 365.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pay::payroll::Col;

    #[test]
    fn the_equaliser_of_a_half_time_half_year_worker_is_a_quarter() {
        let p = Payroll {
            gender: vec![crate::model::Gender::Woman; 2],
            fte: Col::Each(vec![0.5, f64::NAN]),
            days: Col::Each(vec![182.5, f64::NAN]),
            ..Payroll::default()
        };
        // 0.5 × 182.5 / 365 = 0.25; nothing recorded: 1 × 365 / 365 = 1.
        assert_eq!(equaliser(&p, 0), 0.25);
        assert_eq!(equaliser(&p, 1), 1.0);
    }
}
