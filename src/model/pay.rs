//! The `pay` section of a document: per-worker pay records, with amounts and hours that carry
//! their valid range in their type ([`Money`], [`Hours`], in `scalar.rs`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Date, Gender, Hours, Money, Text};

/// One worker's pay record.
///
/// ```
/// use gender_impact::Worker;
/// let w: Worker = serde_json::from_str(r#"{"gender": "woman", "category": "A",
///     "annual_pay": 48000, "variable_pay": 1200, "weekly_hours": 37.5}"#).unwrap();
/// assert_eq!(w.total_annual().unwrap(), 49200.0);
/// assert!(w.full_pay);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Worker {
    /// The worker's gender as recorded.
    pub gender: Gender,
    /// Category of workers (Directive (EU) 2023/970, Art. 3(1)(h)): workers doing the same work or work of equal value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Text>,
    /// Pay grade, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grade: Option<Text>,
    /// Gross annual ordinary basic wage or salary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annual_pay: Option<Money>,
    /// Gross complementary or variable components paid over the year (bonuses, overtime, allowances...); absent means not recorded, 0 means none paid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variable_pay: Option<Money>,
    /// Gross hourly rate of pay (UK reg. 6: ordinary pay and bonus pay of the relevant pay period, per hour); when absent it is derived from annual pay and weekly hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hourly_pay: Option<Money>,
    /// Weekly working hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weekly_hours: Option<Hours>,
    /// Bonus pay in the 12 months ending with the snapshot date (UK reg. 4, 10-12); when absent, the variable pay is used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bonus_pay: Option<Money>,
    /// Full-time equivalent, greater than 0 and at most 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fte: Option<crate::model::Fte>,
    /// False for a relevant employee paid at a reduced rate or nil in the pay period because of leave (UK: not a full-pay relevant employee; counts for the bonus figures only). Default true.
    #[serde(default = "yes", skip_serializing_if = "Clone::clone")]
    pub full_pay: bool,
}

fn yes() -> bool {
    true
}

impl Worker {
    /// A worker of this gender with no pay recorded yet (full pay, no category).
    pub fn new(gender: Gender) -> Worker {
        Worker {
            gender,
            category: None,
            grade: None,
            annual_pay: None,
            variable_pay: None,
            hourly_pay: None,
            weekly_hours: None,
            bonus_pay: None,
            fte: None,
            full_pay: true,
        }
    }

    /// Annual pay level: basic plus variable (variable taken as 0 when not recorded); `None` without basic pay.
    pub fn total_annual(&self) -> Option<f64> {
        self.annual_pay
            .map(|b| b.get() + self.variable_pay.map(Money::get).unwrap_or(0.0))
    }

    /// Hourly rate of pay: as recorded, else annual pay level × 7 / `days_per_year` / weekly
    /// hours (the UK "appropriate multiplier" for a year-long pay period, with 365 days);
    /// `None` when neither is possible.
    pub fn hourly(&self, days_per_year: f64) -> Option<f64> {
        if let Some(h) = self.hourly_pay {
            return Some(h.get());
        }
        let annual = self.total_annual()?;
        let hours = self.weekly_hours?.get();
        Some(annual * 7.0 / days_per_year / hours)
    }

    /// Bonus pay for the UK figures: as recorded, else the variable pay.
    pub fn bonus(&self) -> Option<f64> {
        self.bonus_pay.or(self.variable_pay).map(Money::get)
    }
}

/// A difference in a category judged justified by objective, gender-neutral criteria (Art. 10(1)(b)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Justification {
    /// The category of workers.
    pub category: Text,
    /// The objective, gender-neutral criteria that justify the difference (carried to the report).
    pub text: Text,
}

/// The measures an employer takes to address the pay differences of a category of workers, and
/// its evaluation of the measures of earlier assessments (Art. 10(2)(f)), carried to the joint
/// pay assessment of the report as the employer wrote them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PayMeasure {
    /// The category of workers.
    pub category: Text,
    /// The measures to address the differences.
    pub measures: Text,
    /// The evaluation of the effectiveness of the measures of earlier assessments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation: Option<Text>,
}

/// The `pay` section of the input: per-worker pay records.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PaySection {
    /// Snapshot date (UK: 5 April for private employers, 31 March for public bodies).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_date: Option<Date>,
    /// Currency of the amounts (ISO 4217 code, e.g. EUR).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<Text>,
    /// One record per worker (names are never part of it).
    #[serde(
        deserialize_with = "crate::limits::bounded::<_, Worker, { crate::limits::MAX_WORKERS }>"
    )]
    #[schemars(length(max = crate::limits::MAX_WORKERS))]
    pub workers: Vec<Worker>,
    /// Categories whose difference is justified by objective, gender-neutral criteria.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::limits::bounded::<_, Justification, { crate::limits::MAX_JUSTIFICATIONS }>"
    )]
    #[schemars(length(max = crate::limits::MAX_JUSTIFICATIONS))]
    pub justifications: Vec<Justification>,
}
