//! Awareness initiatives: the records (events, sessions, workshops, campaigns, trainings,
//! webinars, publications) and the indicators of the awareness pillar.
//!
//! Each initiative may carry the **gender equality policy marker** of the OECD Development
//! Assistance Committee (DAC), whose three scores are defined by the OECD-DAC Network on Gender
//! Equality (GENDERNET), *Definition and minimum recommended criteria for the DAC gender
//! equality policy marker* (2016; oecd.org/dac/gender-development/dac-gender-equality-marker.htm):
//! **2, principal**: gender equality is the main objective, fundamental in the design and
//! expected results, and the activity would not have been undertaken without it; **1,
//! significant**: an important and deliberate objective, but not the principal reason for the
//! activity; **0, not targeted**: the activity *has been screened* against the marker and not
//! found to target gender equality. The DAC counts scores 1 and 2 together as gender-equality
//! focused, and says a principal score is not by definition better than a significant one.
//!
//! An initiative without a marker has not been screened: it is not a 0. The marker shares are
//! taken over **all** initiatives recorded (an unscreened initiative is not shown to target
//! gender equality, so it counts in the denominator only), and the number of unscreened
//! initiatives is given beside them.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Counts, Date, Id, Text};

/// What kind of initiative it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum InitiativeKind {
    /// A public event, conference or summit.
    Event,
    /// A session within a larger event.
    Session,
    /// A workshop.
    Workshop,
    /// A campaign.
    Campaign,
    /// A training course.
    Training,
    /// A webinar or other online session.
    Webinar,
    /// A publication (report, guide, article).
    Publication,
    /// Anything else.
    Other,
}

/// The DAC gender equality policy marker: 0 not targeted, 1 significant objective, 2 principal
/// objective (written as the number).
///
/// ```
/// use gender_impact::GenderMarker;
/// let m: GenderMarker = serde_json::from_str("2").unwrap();
/// assert_eq!(m, GenderMarker::Principal);
/// assert!(m.targets_gender_equality());
/// assert!(serde_json::from_str::<GenderMarker>("3").is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
#[non_exhaustive]
pub enum GenderMarker {
    /// 0: screened, and not found to target gender equality.
    NotTargeted,
    /// 1: gender equality is an important and deliberate objective, not the principal one.
    Significant,
    /// 2: gender equality is the main objective.
    Principal,
}

impl GenderMarker {
    /// Scores 1 and 2: gender-equality focused, as the DAC counts them.
    pub fn targets_gender_equality(self) -> bool {
        self != GenderMarker::NotTargeted
    }
}

impl TryFrom<u8> for GenderMarker {
    type Error = super::ValueError;
    fn try_from(v: u8) -> Result<Self, Self::Error> {
        match v {
            0 => Ok(GenderMarker::NotTargeted),
            1 => Ok(GenderMarker::Significant),
            2 => Ok(GenderMarker::Principal),
            _ => Err(super::ValueError::GenderMarker { found: v }),
        }
    }
}

impl From<GenderMarker> for u8 {
    fn from(m: GenderMarker) -> u8 {
        match m {
            GenderMarker::NotTargeted => 0,
            GenderMarker::Significant => 1,
            GenderMarker::Principal => 2,
        }
    }
}

impl JsonSchema for GenderMarker {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "GenderMarker".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "The OECD DAC gender equality policy marker: 0 not targeted (screened, not found to target gender equality), 1 significant objective, 2 principal objective.",
            "type": "integer",
            "enum": [0, 1, 2]
        })
    }
}

/// People counted at an initiative, by gender; `at_least` marks a lower bound ("more than 300").
///
/// ```
/// use gender_impact::Headcount;
/// let h: Headcount = serde_json::from_str(r#"{"undisclosed": 300, "at_least": true}"#).unwrap();
/// assert_eq!(h.counts().total(), 300);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Headcount {
    /// Number of women (at most 10,000,000).
    #[serde(default)]
    #[schemars(range(max = 10_000_000))]
    pub women: u32,
    /// Number of men (at most 10,000,000).
    #[serde(default)]
    #[schemars(range(max = 10_000_000))]
    pub men: u32,
    /// Number of non-binary people (at most 10,000,000).
    #[serde(default)]
    #[schemars(range(max = 10_000_000))]
    pub non_binary: u32,
    /// Number of people whose gender was not recorded (at most 10,000,000): a total given without a split by gender goes here.
    #[serde(default)]
    #[schemars(range(max = 10_000_000))]
    pub undisclosed: u32,
    /// True when the numbers are a lower bound (the source says "more than").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub at_least: bool,
}

impl Headcount {
    /// The counts by gender.
    pub fn counts(&self) -> Counts {
        Counts {
            women: self.women,
            men: self.men,
            non_binary: self.non_binary,
            undisclosed: self.undisclosed,
        }
    }
}

/// Reach of an initiative beyond the people present: downloads and views, when recorded.
///
/// ```
/// let r: gender_impact::Reach = serde_json::from_str(r#"{"views": 1200}"#).unwrap();
/// assert_eq!((r.views, r.downloads), (Some(1200), None));
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reach {
    /// Downloads (of a publication or recording).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub downloads: Option<u64>,
    /// Views (of a page or a recording).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub views: Option<u64>,
}

/// One initiative. What the source does not say is left out, never written as 0.
///
/// ```
/// use gender_impact::{Initiative, InitiativeKind, GenderMarker};
/// let i: Initiative = serde_json::from_str(r#"{"id": "care-brussels",
///     "title": "The power of care (workshop)", "kind": "workshop", "gender_marker": 2,
///     "audience": {"women": 30, "men": 12}}"#).unwrap();
/// assert_eq!(i.kind, InitiativeKind::Workshop);
/// assert_eq!(i.gender_marker, Some(GenderMarker::Principal));
/// assert!(i.speakers.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Initiative {
    /// Stable identifier, unique among the initiatives.
    pub id: Id,
    /// Title as it should appear in reports.
    pub title: Text,
    /// Day the initiative took place or was published (inside the period), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Kind of initiative.
    pub kind: InitiativeKind,
    /// The DAC gender equality policy marker (0, 1 or 2); absent when the initiative was not screened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender_marker: Option<GenderMarker>,
    /// Participants by gender, when counted; absent when the source gives no figure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<Headcount>,
    /// Speakers, trainers or panellists by gender, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speakers: Option<Headcount>,
    /// Partner organisations, as named in the source.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::limits::bounded::<_, Text, { crate::limits::MAX_PARTNERS }>"
    )]
    #[schemars(length(max = crate::limits::MAX_PARTNERS))]
    pub partners: Vec<Text>,
    /// Downloads and views, when recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reach: Option<Reach>,
    /// Notes on the source, its gaps, or how the marker was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}
