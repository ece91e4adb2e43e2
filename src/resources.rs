//! Resources: the funds dedicated to gender equality, as a share of the organisation's budget.
//!
//! A fund whose amount is not recorded makes the share unknown (never a partial sum that reads as
//! the whole), and so does a missing budget.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::indicator::{Context, Indicator, Measurement, Quantity, Subject, Unit};
use crate::input::{Id, Input, Text};
use crate::pay::Money;
use crate::projects::amount;

/// A fund dedicated to gender equality (a grant, a budget line).
///
/// ```
/// use gender_impact::resources::Fund;
/// let f: Fund = serde_json::from_str(r#"{"id": "osf", "title": "Feminist leadership grant",
///     "source": "Open Society Foundations", "years": 3}"#).unwrap();
/// assert!(f.amount.is_none()); // not given: unknown, not 0
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fund {
    /// Stable identifier, unique among the funds.
    pub id: Id,
    /// Title as it should appear in reports.
    pub title: Text,
    /// Who provides the fund.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Text>,
    /// The part of the fund that falls in the period, in the budget's currency (absent when unknown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
    /// How many years the fund runs, from 1 to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 100))]
    pub years: Option<u8>,
    /// Notes on the source or its gaps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// The organisation's resources for the period.
///
/// ```
/// use gender_impact::resources::Resources;
/// let r: Resources = serde_json::from_str(r#"{"budget": 1000000, "currency": "EUR",
///     "gender_funds": [{"id": "g", "title": "Grant", "amount": 50000}]}"#).unwrap();
/// assert_eq!(r.gender_funds.len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Resources {
    /// The organisation's budget for the period (absent when unknown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<Money>,
    /// The currency of the amounts (e.g. `EUR`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<Text>,
    /// Funds dedicated to gender equality.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::limits::bounded::<_, Fund, { crate::limits::MAX_FUNDS }>"
    )]
    #[schemars(length(max = crate::limits::MAX_FUNDS))]
    pub gender_funds: Vec<Fund>,
    /// Notes on the source or its gaps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// The built-in resource indicators (produced only when the input has `resources`):
///
/// | id | unit | what |
/// |---|---|---|
/// | `resources.gender_funds` | count | funds dedicated to gender equality |
/// | `resources.gender_funds.share` | share | their amount in the period, of the budget (only when the budget and every amount are recorded) |
///
/// ```
/// use gender_impact::indicator::{Indicator, Context};
/// let input = gender_impact::dataset::metropolis_2023();
/// let framework = gender_impact::Framework::metropolis();
/// let ctx = Context { framework: &framework, interval: Default::default(), level: Default::default() };
/// let m = gender_impact::resources::ResourceIndicators.measure(&input, &ctx);
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
        let mut m = Measurement::new(
            "resources.gender_funds",
            "resources.gender_funds",
            "Funds dedicated to gender equality",
            Unit::Count,
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
            None => Quantity::NotComputable("the budget is not recorded".to_string()),
            Some(_) if unknown > 0 => {
                Quantity::NotComputable("the amount of a fund is not recorded".to_string())
            }
            Some(b) if b <= 0.0 => Quantity::NotComputable("the budget is 0".to_string()),
            Some(b) => Quantity::Ratio(funds / b),
        };
        let mut m = Measurement::new(
            "resources.gender_funds.share",
            "resources.gender_funds.share",
            "Funds dedicated to gender equality, as a share of the budget",
            Unit::Share,
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
                crate::format::pct(*x)
            ));
        }
        out.push(m);
        out
    }
}
