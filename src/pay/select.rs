//! Some rows of a payroll as a payroll of their own: what `gia pay` would read from a file of
//! those rows alone (in the same order), for the analysis of one group of a payroll read with a
//! group column.

use std::sync::Arc;

use super::Payroll;
use super::payroll::{Col, Grades, NO_TEXT};
use crate::model::Text;

/// The texts of a payroll's selected rows, interned anew in order of first use.
struct Texts<'a> {
    from: &'a [Text],
    /// By index into `from`, the new index ([`NO_TEXT`]: not used yet). All [`NO_TEXT`] between
    /// calls, so that it is reused without being cleared whole.
    remap: &'a mut Vec<u32>,
    /// The indices into `from` used, in order of first use.
    used: Vec<u32>,
}

impl Texts<'_> {
    #[inline]
    fn map(&mut self, k: u32) -> u32 {
        if k == NO_TEXT {
            return k;
        }
        let slot = &mut self.remap[k as usize];
        if *slot == NO_TEXT {
            *slot = self.used.len() as u32;
            self.used.push(k);
        }
        *slot
    }

    /// The texts used, in their new order; `remap` is all [`NO_TEXT`] again.
    fn finish(self) -> Vec<Text> {
        for &k in &self.used {
            self.remap[k as usize] = NO_TEXT;
        }
        self.used
            .iter()
            .map(|&k| self.from[k as usize].clone())
            .collect()
    }
}

/// `v`'s values at `rows`.
fn pick<T: Copy>(v: &[T], rows: &[u32]) -> Vec<T> {
    rows.iter().map(|&i| v[i as usize]).collect()
}

impl Col {
    fn select(&self, rows: &[u32]) -> Col {
        match self {
            Col::Absent => Col::Absent,
            Col::All(v) => Col::All(*v),
            Col::Each(v) => Col::Each(pick(v, rows)),
        }
    }
}

impl Payroll {
    /// The payroll of rows `rows` (each below [`Payroll::len`]), in that order, without a
    /// group column. `remap` is scratch space, reused between calls.
    pub(crate) fn select(&self, rows: &[u32], remap: &mut Vec<u32>) -> Payroll {
        if remap.len() < self.names.len() {
            remap.resize(self.names.len(), NO_TEXT);
        }
        let mut texts = Texts {
            from: &self.names,
            remap,
            used: Vec::new(),
        };
        let mut mapped =
            |v: &[u32]| -> Vec<u32> { rows.iter().map(|&i| texts.map(v[i as usize])).collect() };
        let category = if self.category.is_empty() {
            Vec::new()
        } else {
            mapped(&self.category)
        };
        let grade = match &self.grade {
            Grades::Absent => Grades::Absent,
            Grades::Category => Grades::Category,
            Grades::Each(g) => Grades::Each(mapped(g)),
        };
        let factors = self
            .factors
            .iter()
            .map(|(n, v)| (n.clone(), mapped(v)))
            .collect();
        let named = |cols: &[(String, Vec<f64>)]| -> Vec<(String, Vec<f64>)> {
            cols.iter()
                .map(|(n, v)| (n.clone(), pick(v, rows)))
                .collect()
        };
        Payroll {
            gender: pick(&self.gender, rows),
            names: texts.finish(),
            category,
            grade,
            annual: self.annual.select(rows),
            variable: self.variable.select(rows),
            hourly: self.hourly.select(rows),
            weekly_hours: self.weekly_hours.select(rows),
            bonus: self.bonus.select(rows),
            fte: self.fte.select(rows),
            full_pay: if self.full_pay.is_empty() {
                Vec::new()
            } else {
                pick(&self.full_pay, rows)
            },
            controls: self
                .controls
                .iter()
                .map(|(n, v)| (n.clone(), Arc::new(pick(v, rows))))
                .collect(),
            factors,
            numbers: named(&self.numbers),
            supplements: named(&self.supplements),
            extra: named(&self.extra),
            days: self.days.select(rows),
            group: None,
        }
    }
}
