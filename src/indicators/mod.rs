//! Indicators: the trait that computes them and the measurements they produce.
//!
//! The built-in indicators ([`crate::indicators::bodies::BodyIndicators`], [`crate::indicators::staff::StaffIndicators`])
//! implement the same public [`Indicator`] trait a user implements to add their own: the
//! assessment then computes intervals and tests for shares, rates the measurement when the
//! framework has a criterion for its key, and lists it with the others.

pub(crate) mod bodies;
mod initiatives;
pub(crate) mod people;
mod policies;
pub(crate) mod projects;
pub(crate) mod resources;
mod staff;

pub use crate::model::{BuiltinKey, BuiltinTitle, KeyFamily, Unit};
pub use bodies::BodyIndicators;
pub use initiatives::{InitiativeIndicators, all_male};
pub use people::{Person, people};
pub use policies::PolicyIndicators;
pub use projects::ProjectIndicators;
pub use resources::ResourceIndicators;
pub use staff::StaffIndicators;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::Message;
use crate::model::Framework;
use crate::model::{BodyKind, Input};
use crate::stats::{ConfidenceLevel, IntervalMethod, Proportion, Share};

/// What an indicator is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Subject {
    /// The organisation as a whole.
    Organisation,
    /// One body.
    Body {
        /// The body's id.
        id: String,
        /// The body's kind (used to match framework criteria).
        kind: BodyKind,
    },
    /// The staff as a whole.
    Staff,
    /// The organisation's awareness initiatives (events, trainings, campaigns...) as a whole.
    Initiatives,
    /// The catalogue of policies, strategies and instruments identified and shared.
    Policies,
    /// The organisation's projects and programmes as a whole.
    Projects,
    /// One grade of the staff.
    Grade {
        /// The grade's id.
        id: String,
    },
}

impl Subject {
    /// The body kind, for body subjects.
    pub fn body_kind(&self) -> Option<BodyKind> {
        match self {
            Subject::Body { kind, .. } => Some(*kind),
            _ => None,
        }
    }
}

/// The measured quantity.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Quantity {
    /// A share: successes out of trials (e.g. women out of members whose gender is known).
    Share(Proportion),
    /// A count.
    Count(u64),
    /// A ratio of two shares; `None` when it cannot be computed (the reason goes in `Quantity::NotComputable` instead).
    Ratio(f64),
    /// Yes or no.
    Flag(bool),
    /// The records do not allow the computation; the reason says why, as a catalogue message
    /// (a reason of your own: `Quantity::NotComputable("why".into())`, the same text in every
    /// language).
    NotComputable(Message),
}

/// One measurement produced by an [`Indicator`].
///
/// ```
/// use gender_impact::indicators::{Measurement, Quantity, Subject, Unit};
/// use gender_impact::stats::Proportion;
/// let m = Measurement::new("org.example", "org.example", "An example share", Unit::Share,
///     "Women among the people counted.", Subject::Organisation,
///     Quantity::Share(Proportion::new(2, 5).unwrap()));
/// assert_eq!(m.id, "org.example");
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Measurement {
    /// Stable id (e.g. `body.board.women_share`).
    pub id: String,
    /// The id with its subject left out (e.g. `body.women_share`): what framework criteria match.
    pub key: String,
    /// Title for people (e.g. "Women's share of filled seats: Board").
    pub title: String,
    /// Unit of the value.
    pub unit: Unit,
    /// The method, in one sentence.
    pub method: String,
    /// What the measurement is about.
    pub subject: Subject,
    /// The value.
    pub quantity: Quantity,
    /// People left out of a share because their gender is undisclosed, reported beside it.
    pub undisclosed: Option<u64>,
    /// True when the records are a complete count of the population (a census), not a sample.
    pub complete_count: bool,
    /// Reference share of the binomial test, when it is not the assessment's default.
    pub reference: Option<Share>,
    /// A sentence for the findings (the assessment writes a generic one when `None`).
    pub finding: Option<String>,
    /// True (the default) when a share is over people: the binomial test against the reference
    /// share and the small-count flag apply. False for shares of records such as initiatives,
    /// where 50% is no reference and a small count identifies nobody.
    pub about_people: bool,
    /// A built-in indicator's key and subject name, from which reports word its title in
    /// every language; `None` for an indicator of your own (its title is kept as given).
    pub builtin: Option<BuiltinTitle>,
    /// True when a count is a lower bound (a source said "more than").
    pub lower_bound: bool,
}

impl Measurement {
    /// A measurement with no undisclosed count, not a complete count, default reference, no finding.
    pub fn new(
        id: impl Into<String>,
        key: impl Into<String>,
        title: impl Into<String>,
        unit: Unit,
        method: impl Into<String>,
        subject: Subject,
        quantity: Quantity,
    ) -> Measurement {
        Measurement {
            id: id.into(),
            key: key.into(),
            title: title.into(),
            unit,
            method: method.into(),
            subject,
            quantity,
            undisclosed: None,
            complete_count: false,
            reference: None,
            finding: None,
            about_people: true,
            builtin: None,
            lower_bound: false,
        }
    }

    /// A built-in indicator's measurement: its id made from `key` and `of` (the body's or
    /// grade's id), its unit from the key, its title from the key's title message and `name`.
    pub(crate) fn builtin(
        key: BuiltinKey,
        of: Option<&str>,
        name: Option<&str>,
        method: impl Into<String>,
        subject: Subject,
        quantity: Quantity,
    ) -> Measurement {
        let title = BuiltinTitle {
            key,
            name: name.map(str::to_string),
        };
        let mut m = Measurement::new(
            key.id(of),
            key.key(),
            title.english(),
            key.unit(),
            method,
            subject,
            quantity,
        );
        m.builtin = Some(title);
        m
    }
}

/// What an indicator can read besides the input: the framework and the statistical settings.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The framework of the assessment (leadership roles, seat target...).
    pub framework: &'a Framework,
    /// Interval method for shares.
    pub interval: IntervalMethod,
    /// Confidence level of intervals.
    pub level: ConfidenceLevel,
}

/// An indicator: computes measurements from the input.
///
/// Implement it to add an indicator of your own to an assessment
/// (see [`crate::Assessor::with_indicator`] and `examples/custom_indicator.rs`).
///
/// ```
/// use gender_impact::indicators::{Context, Indicator, Measurement, Quantity, Subject, Unit};
/// use gender_impact::Input;
///
/// struct BodiesCounted;
/// impl Indicator for BodiesCounted {
///     fn name(&self) -> &str { "bodies counted" }
///     fn measure(&self, input: &Input, _: &Context<'_>) -> Vec<Measurement> {
///         vec![Measurement::new("org.bodies", "org.bodies", "Bodies recorded", Unit::Count,
///             "Number of bodies in the records.", Subject::Organisation,
///             Quantity::Count(input.bodies.len() as u64))]
///     }
/// }
/// let input = gender_impact::metropolis_2023();
/// let a = gender_impact::Assessor::new().with_indicator(BodiesCounted).assess(&input).unwrap();
/// assert_eq!(a.indicator("org.bodies").unwrap().value, Some(2.0));
/// ```
pub trait Indicator: Send + Sync {
    /// A short name for the indicator family (used in error messages and method notes).
    fn name(&self) -> &str;
    /// Computes the measurements. Must not panic; a value that cannot be computed is a
    /// [`Quantity::NotComputable`] with its reason.
    fn measure(&self, input: &Input, context: &Context<'_>) -> Vec<Measurement>;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::builtin_unit;
    use crate::i18n::Lang;
    use crate::model::Framework;
    use crate::stats::{ConfidenceLevel, IntervalMethod};

    fn default_context(framework: &Framework) -> Context<'_> {
        Context {
            framework,
            interval: IntervalMethod::default(),
            level: ConfidenceLevel::default(),
        }
    }

    /// `builtin_unit` knows exactly the ids the built-in indicators produce, with their units.
    #[test]
    fn builtin_unit_matches_what_the_indicators_measure() {
        let (input, framework) = (crate::document::metropolis_2023(), Framework::metropolis());
        let ctx = default_context(&framework);
        let mut ms = BodyIndicators.measure(&input, &ctx);
        ms.extend(StaffIndicators.measure(&input, &ctx));
        assert_eq!(ms.len(), 2 * 6 + 5 + 4);
        for m in &ms {
            assert_eq!(builtin_unit(&input, &m.id), Some(m.unit), "{}", m.id);
        }
        for wrong in [
            "body.women_share",
            "staff.grade.women_share",
            "body.nope.women_share",
            "body.board.women_shares",
            "staff.grade.nope.women_share",
            "staff.women",
            "staff",
            "body.board",
        ] {
            assert_eq!(builtin_unit(&input, wrong), None, "{wrong}");
        }
    }

    /// Every built-in measurement carries its typed key, which gives back its id, key and unit;
    /// its English title is the key's title message; every key's title exists in every language.
    #[test]
    fn builtin_measurements_carry_their_typed_keys() {
        use crate::model::KeyFamily;
        let (input, framework) = (crate::document::metropolis_2023(), Framework::metropolis());
        let ctx = default_context(&framework);
        let families: [&dyn Indicator; 6] = [
            &BodyIndicators,
            &StaffIndicators,
            &InitiativeIndicators,
            &PolicyIndicators,
            &ProjectIndicators,
            &ResourceIndicators,
        ];
        let mut seen = std::collections::BTreeSet::new();
        for m in families.iter().flat_map(|f| f.measure(&input, &ctx)) {
            let b = m.builtin.as_ref().expect("a built-in measurement");
            seen.insert(b.key);
            assert_eq!((b.key.key(), b.key.unit()), (m.key.as_str(), m.unit));
            let of = match &m.subject {
                Subject::Body { id, .. } | Subject::Grade { id } => Some(id.as_str()),
                _ => None,
            };
            assert_eq!(b.key.id(of), m.id);
            assert_eq!(BuiltinKey::from_key(&m.key), Some(b.key));
            assert_eq!(b.message().in_lang(Lang::En), m.title);
            let named = matches!(
                b.key.family(),
                KeyFamily::Body | KeyFamily::Staff | KeyFamily::Grade
            );
            assert_eq!(b.name.is_some(), named, "{}", m.id);
        }
        // The Metropolis records produce every built-in indicator.
        assert_eq!(seen.len(), BuiltinKey::ALL.len());
        for k in BuiltinKey::ALL {
            for lang in Lang::ALL {
                assert!(lang.has(k.title_id()), "{} in {lang}", k.title_id());
            }
        }
    }
}
