//! The resource indicators: the funds dedicated to gender equality and their share of the
//! budget.

mod words;

pub(crate) use words::finding;

use crate::indicators::bodies::not_computable;
use crate::indicators::projects::amount;
use crate::indicators::{Context, Indicator, Measurement, Quantity, Subject};
use crate::model::Money;
use crate::model::{BuiltinKey, Input};

/// The built-in resource indicators (produced only when the input has `resources`):
///
/// | id | unit | what |
/// |---|---|---|
/// | `resources.gender_funds` | count | funds dedicated to gender equality |
/// | `resources.gender_funds.share` | share | their amount in the period, of the budget (only when the budget and every amount are recorded) |
///
/// ```
/// use gender_impact::indicators::{Indicator, Context};
/// let input = gender_impact::metropolis_2023();
/// let framework = gender_impact::Framework::metropolis();
/// let ctx = Context { framework: &framework, interval: Default::default(), level: Default::default() };
/// let m = gender_impact::indicators::ResourceIndicators.measure(&input, &ctx);
/// assert_eq!(m[0].id, "resources.gender_funds");
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct ResourceIndicators;

impl Indicator for ResourceIndicators {
    fn name(&self) -> &str {
        "resources"
    }

    fn measure(&self, input: &Input, _ctx: &Context<'_>) -> Vec<Measurement> {
        let Some(r) = &input.resources else {
            return Vec::new();
        };
        let n = r.gender_funds.len() as u64;
        let unknown = r.gender_funds.iter().filter(|f| f.amount.is_none()).count() as u64;
        let funds: f64 = r
            .gender_funds
            .iter()
            .filter_map(|f| f.amount)
            .map(Money::get)
            .sum();
        let currency = r
            .currency
            .as_ref()
            .map(|c| format!(" {c}"))
            .unwrap_or_default();
        let mut out = Vec::with_capacity(2);
        let mut m = Measurement::builtin(
            BuiltinKey::ResourcesGenderFunds,
            None,
            None,
            "Funds (grants, budget lines) dedicated to gender equality in the records.",
            Subject::Organisation,
            Quantity::Count(n),
        );
        m.complete_count = true;
        m.finding = Some(format!(
            "{n} fund{} dedicated to gender equality {} recorded",
            if n == 1 { "" } else { "s" },
            if n == 1 { "is" } else { "are" }
        ));
        out.push(m);
        let budget = r.budget.map(Money::get);
        let q = match budget {
            _ if n == 0 => Quantity::Ratio(0.0),
            None => not_computable("reason-no-budget"),
            Some(_) if unknown > 0 => not_computable("reason-fund-amount-missing"),
            Some(b) if b <= 0.0 => not_computable("reason-budget-zero"),
            Some(b) => Quantity::Ratio(funds / b),
        };
        let mut m = Measurement::builtin(
            BuiltinKey::ResourcesGenderFundsShare,
            None,
            None,
            "The amounts of the funds dedicated to gender equality that fall in the period, divided by the organisation's budget for the period; computed only when the budget and every amount are recorded.",
            Subject::Organisation,
            q,
        );
        m.about_people = false;
        if let (Quantity::Ratio(x), Some(b)) = (&m.quantity, budget) {
            m.finding = Some(format!(
                "Funds dedicated to gender equality are {}{currency} of a budget of {}{currency} ({})",
                amount(funds),
                amount(b),
                crate::i18n::format::pct(*x)
            ));
        }
        out.push(m);
        out
    }
}
