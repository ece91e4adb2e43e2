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

use crate::bodies::share_or_reason;
use crate::format::pct;
use crate::indicator::{Context, Indicator, Measurement, Quantity, Subject, Unit};
use crate::input::{Counts, Date, Id, Input, Text};

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
/// use gender_impact::initiatives::GenderMarker;
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
    type Error = String;
    fn try_from(v: u8) -> Result<Self, Self::Error> {
        match v {
            0 => Ok(GenderMarker::NotTargeted),
            1 => Ok(GenderMarker::Significant),
            2 => Ok(GenderMarker::Principal),
            _ => Err(format!("expected a gender marker of 0, 1 or 2, found {v}")),
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
/// use gender_impact::initiatives::Headcount;
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
/// let r: gender_impact::initiatives::Reach = serde_json::from_str(r#"{"views": 1200}"#).unwrap();
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
/// use gender_impact::initiatives::{Initiative, InitiativeKind, GenderMarker};
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

/// The built-in indicators of the awareness pillar (produced only when the input lists
/// initiatives):
///
/// | id | unit | what |
/// |---|---|---|
/// | `initiatives.count` | count | initiatives recorded |
/// | `initiatives.marker_principal.share` | share | initiatives with marker 2, of all initiatives |
/// | `initiatives.marker_targeted.share` | share | initiatives with marker 1 or 2, of all initiatives |
/// | `initiatives.marker_unscreened` | count | initiatives without a marker (not screened) |
/// | `initiatives.participants` | count | participants counted (a lower bound when a source says "more than") |
/// | `initiatives.participants.women_share` | share | women among participants whose gender is known |
/// | `initiatives.speakers.women_share` | share | women among speakers whose gender is known |
/// | `initiatives.all_male_panels` | count | initiatives whose speakers are two or more men and nobody else |
/// | `initiatives.audience_missing.share` | share | initiatives without audience figures (data quality) |
///
/// An all-male panel is a choice of this library: two or more speakers, all recorded as men (a
/// panel with a speaker of undisclosed gender is not counted, since it may not be all-male).
///
/// ```
/// use gender_impact::indicator::{Indicator, Context};
/// let input = gender_impact::dataset::metropolis_2023();
/// let framework = gender_impact::Framework::metropolis();
/// let ctx = Context { framework: &framework, interval: Default::default(), level: Default::default() };
/// let m = gender_impact::initiatives::InitiativeIndicators.measure(&input, &ctx);
/// assert_eq!(m[0].id, "initiatives.count");
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct InitiativeIndicators;

/// The ids of the initiative indicators and their units (`initiatives.<suffix>`).
pub(crate) const SUFFIXES: [(&str, Unit); 9] = [
    ("count", Unit::Count),
    ("marker_principal.share", Unit::Share),
    ("marker_targeted.share", Unit::Share),
    ("marker_unscreened", Unit::Count),
    ("participants", Unit::Count),
    ("participants.women_share", Unit::Share),
    ("speakers.women_share", Unit::Share),
    ("all_male_panels", Unit::Count),
    ("audience_missing.share", Unit::Share),
];

/// Whether a panel is all-male: two or more speakers, all recorded as men.
pub fn all_male(speakers: &Headcount) -> bool {
    speakers.men >= 2
        && speakers.women == 0
        && speakers.non_binary == 0
        && speakers.undisclosed == 0
}

fn measurement(suffix: &str, title: &str, unit: Unit, method: &str, q: Quantity) -> Measurement {
    let id = format!("initiatives.{suffix}");
    let mut m = Measurement::new(id.clone(), id, title, unit, method, Subject::Initiatives, q);
    m.complete_count = true;
    m
}

/// A share of initiatives (not of people): no binomial test, no small-count flag.
fn record_share(
    suffix: &str,
    title: &str,
    method: &str,
    k: u64,
    n: u64,
    finding: impl Fn(String) -> String,
) -> Measurement {
    let mut m = measurement(
        suffix,
        title,
        Unit::Share,
        method,
        share_or_reason(k, n, "no initiative is recorded"),
    );
    m.about_people = false;
    if n > 0 {
        m.finding = Some(finding(pct(k as f64 / n as f64)));
    }
    m
}

impl Indicator for InitiativeIndicators {
    fn name(&self) -> &str {
        "initiatives"
    }

    fn measure(&self, input: &Input, _ctx: &Context<'_>) -> Vec<Measurement> {
        let list = &input.initiatives;
        if list.is_empty() {
            return Vec::new();
        }
        let n = list.len() as u64;
        let count = |f: &dyn Fn(&crate::initiatives::Initiative) -> bool| {
            list.iter().filter(|i| f(i)).count() as u64
        };
        let principal = count(&|i| i.gender_marker == Some(GenderMarker::Principal));
        let targeted = count(&|i| i.gender_marker.is_some_and(|m| m.targets_gender_equality()));
        let unscreened = count(&|i| i.gender_marker.is_none());
        let missing = count(&|i| i.audience.is_none());
        let mut audience = Counts::default();
        let mut at_least = false;
        for a in list.iter().filter_map(|i| i.audience.as_ref()) {
            audience.merge(&a.counts());
            at_least |= a.at_least;
        }
        let mut speakers = Counts::default();
        let with_speakers = count(&|i| i.speakers.is_some());
        for s in list.iter().filter_map(|i| i.speakers.as_ref()) {
            speakers.merge(&s.counts());
        }
        let manels = count(&|i| i.speakers.as_ref().is_some_and(all_male));
        let mut out = Vec::with_capacity(SUFFIXES.len());

        let mut m = measurement(
            "count",
            "Initiatives recorded",
            Unit::Count,
            "Number of initiatives in the records (events, sessions, workshops, campaigns, trainings, webinars, publications).",
            Quantity::Count(n),
        );
        m.finding = Some(format!(
            "{n} initiative{} recorded",
            if n == 1 { " is" } else { "s are" }
        ));
        out.push(m);
        out.push(record_share(
            "marker_principal.share",
            "Initiatives with gender equality as principal objective (DAC marker 2)",
            "Initiatives marked 2 on the OECD DAC gender equality policy marker, of all initiatives recorded (unscreened initiatives count in the denominator only).",
            principal,
            n,
            |p| if principal == 1 {
                format!("1 of {n} initiatives has gender equality as its principal objective (DAC marker 2: {p})")
            } else {
                format!("{principal} of {n} initiatives have gender equality as their principal objective (DAC marker 2: {p})")
            },
        ));
        out.push(record_share(
            "marker_targeted.share",
            "Initiatives targeting gender equality (DAC marker 1 or 2)",
            "Initiatives marked 1 or 2 on the OECD DAC gender equality policy marker (gender-equality focused, as the DAC counts them), of all initiatives recorded (unscreened initiatives count in the denominator only).",
            targeted,
            n,
            |p| format!(
                "{targeted} of {n} initiatives target{} gender equality (DAC marker 1 or 2: {p})",
                if targeted == 1 { "s" } else { "" }
            ),
        ));
        let mut m = measurement(
            "marker_unscreened",
            "Initiatives not screened with the gender marker",
            Unit::Count,
            "Initiatives recorded without a DAC gender marker: not screened, which is not the same as not targeted (0).",
            Quantity::Count(unscreened),
        );
        if unscreened > 0 {
            m.finding = Some(if unscreened == 1 {
                format!(
                    "1 of {n} initiatives has no gender marker (not screened); it is counted as not shown to target gender equality"
                )
            } else {
                format!(
                    "{unscreened} of {n} initiatives have no gender marker (not screened); they are counted as not shown to target gender equality"
                )
            });
        }
        out.push(m);
        let reached = audience.total();
        let mut m = measurement(
            "participants",
            "Participants counted at initiatives",
            Unit::Count,
            "Participants summed over the initiatives with audience figures; a lower bound when a source says \"more than\", and silent on initiatives without figures.",
            if missing == n {
                Quantity::NotComputable("no initiative has audience figures".to_string())
            } else {
                Quantity::Count(reached)
            },
        );
        if missing < n {
            m.finding = Some(format!(
                "{}{reached} participants are counted at {} of {n} initiatives",
                if at_least { "At least " } else { "" },
                n - missing
            ));
        }
        out.push(m);
        let (w, k) = (u64::from(audience.women), audience.known());
        let mut m = measurement(
            "participants.women_share",
            "Women's share of participants",
            Unit::Share,
            "Women among the participants whose gender is recorded, over the initiatives with audience figures; participants of unrecorded gender are counted beside the share.",
            if missing == n {
                Quantity::NotComputable("no initiative has audience figures".to_string())
            } else {
                share_or_reason(w, k, "no participant's gender is recorded")
            },
        );
        m.undisclosed = (missing < n).then_some(u64::from(audience.undisclosed));
        if k > 0 {
            m.finding = Some(format!(
                "Women are {w} of {k} participants whose gender is recorded ({})",
                pct(w as f64 / k as f64)
            ));
        }
        out.push(m);
        let (sw, sk) = (u64::from(speakers.women), speakers.known());
        let mut m = measurement(
            "speakers.women_share",
            "Women's share of speakers and trainers",
            Unit::Share,
            "Women among the speakers, trainers and panellists whose gender is recorded; those of unrecorded gender are counted beside the share.",
            if with_speakers == 0 {
                Quantity::NotComputable("no initiative records its speakers".to_string())
            } else {
                share_or_reason(sw, sk, "no speaker's gender is recorded")
            },
        );
        m.undisclosed = (with_speakers > 0).then_some(u64::from(speakers.undisclosed));
        if sk > 0 {
            m.finding = Some(format!(
                "Women are {sw} of {sk} speakers and trainers whose gender is recorded ({})",
                pct(sw as f64 / sk as f64)
            ));
        }
        out.push(m);
        let mut m = measurement(
            "all_male_panels",
            "All-male panels",
            Unit::Count,
            "Initiatives whose speakers are two or more people, all recorded as men, among the initiatives that record their speakers.",
            if with_speakers == 0 {
                Quantity::NotComputable("no initiative records its speakers".to_string())
            } else {
                Quantity::Count(manels)
            },
        );
        if with_speakers > 0 {
            m.finding = Some(format!(
                "{manels} all-male panel{} among the initiatives that record their speakers",
                if manels == 1 { "" } else { "s" }
            ));
        }
        out.push(m);
        out.push(record_share(
            "audience_missing.share",
            "Initiatives without audience figures",
            "Initiatives recorded without audience figures, of all initiatives: a data-quality figure (their participants are unknown, not zero).",
            missing,
            n,
            |p| format!("Audience figures are missing for {missing} of {n} initiatives ({p}): their participants are unknown, not zero"),
        ));
        out
    }
}
