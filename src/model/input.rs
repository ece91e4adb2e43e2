//! The input model: one organisation, one period, its statutory bodies and its staff.
//!
//! These types are the public contract of the crate. The JSON Schema published in
//! `schema/input.schema.json` (and printed by `gia schema input`) is generated from them, so
//! the two never drift: every doc comment on a field below is that field's description in the
//! schema. Unknown fields are rejected everywhere, so a misspelt field name never vanishes.
//!
//! Values that have a valid range carry it in their type ([`Id`], [`Text`], [`Date`],
//! [`Fte`], [`Share`]), so a parsed [`Input`] cannot hold an out-of-range value; the rules that
//! span several fields (unique ids, counts not above seats, dates inside the period...) are
//! checked by [`crate::document`] and [`Input::check`].

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Serialize};

use super::{Date, Fte, Id, QuotaBody, Seats, Text, ValueError, Year};

pub use crate::stats::Share;

/// One organisation's records for one period: the document `gia` reads.
///
/// # Example
///
/// ```
/// use gender_impact::Input;
///
/// let input: Input = gender_impact::validate(r#"{
///   "organisation": {"name": "Example network"},
///   "period": {"year": 2023},
///   "bodies": [{
///     "id": "board", "name": "Board of directors", "kind": "board", "seats": 5,
///     "members": [
///       {"gender": "woman", "role": "president"},
///       {"gender": "man", "role": "treasurer"},
///       {"gender": "man"},
///       {"gender": "woman"}
///     ]
///   }]
/// }"#).unwrap();
/// assert_eq!(input.bodies[0].filled_seats(), 4);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "gender-impact input")]
pub struct Input {
    /// Optional reference to the JSON Schema this document follows (for editors); ignored otherwise.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The organisation the records describe.
    pub organisation: Organisation,
    /// The period the records cover: a calendar year or a date range.
    pub period: Period,
    /// Where the records come from (a report, an export, a register), in free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Text>,
    /// The built-in framework the records are rated against: `general` (the default, for any
    /// organisation), `metropolis` or `eu-gender-balance`. A framework chosen when assessing
    /// (for example on the command line) takes its place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub framework: Option<Id>,
    /// Statutory and governing bodies (board, presidency, assemblies, committees), each with its members or aggregate counts.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::limits::bounded::<_, Body, { crate::limits::MAX_BODIES }>"
    )]
    #[schemars(length(max = crate::limits::MAX_BODIES))]
    pub bodies: Vec<Body>,
    /// The organisation's own staff (for example a secretariat), by grade.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff: Option<Staff>,
    /// Figures the organisation itself published (for example "women are 63% of the secretariat"), to be reconciled with the records.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::limits::bounded::<_, ReportedFigure, { crate::limits::MAX_REPORTED }>"
    )]
    #[schemars(length(max = crate::limits::MAX_REPORTED))]
    pub reported: Vec<ReportedFigure>,
    /// Awareness initiatives on gender issues and the other activities screened with the gender marker: events, sessions, workshops, campaigns, trainings, webinars, publications.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::limits::bounded::<_, crate::model::Initiative, { crate::limits::MAX_INITIATIVES }>"
    )]
    #[schemars(length(max = crate::limits::MAX_INITIATIVES))]
    pub initiatives: Vec<crate::model::Initiative>,
    /// Policies, strategies and instruments favouring gender equality identified among members and shared across the network: a catalogue with dated, evidenced stages.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::limits::bounded::<_, crate::model::Policy, { crate::limits::MAX_POLICIES }>"
    )]
    #[schemars(length(max = crate::limits::MAX_POLICIES))]
    pub policies: Vec<crate::model::Policy>,
    /// Projects and programmes, with their gender marker, budget and gender outcome indicators.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::limits::bounded::<_, crate::model::Project, { crate::limits::MAX_PROJECTS }>"
    )]
    #[schemars(length(max = crate::limits::MAX_PROJECTS))]
    pub projects: Vec<crate::model::Project>,
    /// The budget of the period and the funds dedicated to gender equality.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<crate::model::Resources>,
    /// The records of other periods of the same organisation, for the series and the change since the previous period (any order: they are sorted by date).
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::limits::bounded::<_, crate::model::PeriodRecords, { crate::limits::MAX_PERIODS }>"
    )]
    #[schemars(length(max = crate::limits::MAX_PERIODS))]
    pub periods: Vec<crate::model::PeriodRecords>,
    /// Dated targets (for example 40% women on the board by 2026-12-31), rated against the series.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::limits::bounded::<_, crate::model::Target, { crate::limits::MAX_TARGETS }>"
    )]
    #[schemars(length(max = crate::limits::MAX_TARGETS))]
    pub targets: Vec<crate::model::Target>,
    /// Versions of indicator definitions used in this period; a change between periods breaks the series.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::limits::bounded::<_, crate::model::Definition, { crate::limits::MAX_DEFINITIONS }>"
    )]
    #[schemars(length(max = crate::limits::MAX_DEFINITIONS))]
    pub definitions: Vec<crate::model::Definition>,
    /// Per-worker pay records, for the pay-gap indicators (Directive (EU) 2023/970 and the UK regulations).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay: Option<crate::model::PaySection>,
}

/// The organisation being assessed.
///
/// ```
/// let o: gender_impact::Organisation = serde_json::from_str(r#"{"name": "Metropolis"}"#).unwrap();
/// assert_eq!(o.name.as_str(), "Metropolis");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// The organisation's name, as it should appear in reports.
    pub name: Text,
    /// The jurisdiction whose board quotas the bodies are assessed against: `eu`, `fr`, `es`
    /// or `uk`. Absent: no law is applied (the framework's own seat target only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jurisdiction: Option<crate::model::Country>,
    /// True when the organisation's shares are admitted to trading on a regulated market
    /// (read as false when absent; the report states it).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub listed: bool,
    /// True for a public-interest entity as the national law defines it (read as false when
    /// absent; the report states it).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub public_interest: bool,
    /// The headcount the law's size thresholds are read against, at least 1; required with
    /// `jurisdiction`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employees: Option<u32>,
}

/// The period the records cover: `{"year": 2023}` or `{"start": "2023-01-01", "end": "2023-12-31"}`.
///
/// ```
/// use gender_impact::Period;
/// let p: Period = serde_json::from_str(r#"{"year": 2023}"#).unwrap();
/// assert_eq!(p.start().to_string(), "2023-01-01");
/// assert_eq!(p.end().to_string(), "2023-12-31");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Period {
    /// A whole calendar year.
    Year(YearPeriod),
    /// A range of dates, both ends included.
    Range(DateRange),
}

/// A whole calendar year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct YearPeriod {
    /// The calendar year, from 1900 to 2200.
    #[schemars(range(min = 1900, max = 2200))]
    pub year: Year,
}

/// A range of dates, both ends included; `start` is not after `end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DateRange {
    /// First day of the period (YYYY-MM-DD).
    pub start: Date,
    /// Last day of the period, included (YYYY-MM-DD).
    pub end: Date,
}

impl Period {
    /// First day of the period.
    pub fn start(&self) -> Date {
        match self {
            Period::Year(y) => Date(jiff::civil::date(y.year.get(), 1, 1)),
            Period::Range(r) => r.start,
        }
    }
    /// Last day of the period (included).
    pub fn end(&self) -> Date {
        match self {
            Period::Year(y) => Date(jiff::civil::date(y.year.get(), 12, 31)),
            Period::Range(r) => r.end,
        }
    }
    /// Whether `date` falls inside the period (both ends included).
    pub fn contains(&self, date: Date) -> bool {
        self.start() <= date && date <= self.end()
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Year(y) => write!(f, "{}", y.year.get()),
            Period::Range(r) => write!(f, "{} to {}", r.start, r.end),
        }
    }
}

/// A person's gender as recorded.
///
/// Shares of women are taken over people whose gender is known (`woman`, `man`, `non_binary`);
/// `undisclosed` people are counted and reported beside the share.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Gender {
    /// A woman.
    Woman,
    /// A man.
    Man,
    /// A non-binary person.
    NonBinary,
    /// Gender not disclosed or not recorded.
    Undisclosed,
}

/// Aggregate head counts by gender; `women` and `men` are required, the others default to 0.
///
/// ```
/// use gender_impact::Counts;
/// let c: Counts = serde_json::from_str(r#"{"women": 5, "men": 26}"#).unwrap();
/// assert_eq!(c.total(), 31);
/// assert_eq!(c.known(), 31);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Counts {
    /// Number of women (at most 10,000,000).
    #[schemars(range(max = 10_000_000))]
    pub women: u32,
    /// Number of men (at most 10,000,000).
    #[schemars(range(max = 10_000_000))]
    pub men: u32,
    /// Number of non-binary people (at most 10,000,000).
    #[serde(default)]
    #[schemars(range(max = 10_000_000))]
    pub non_binary: u32,
    /// Number of people whose gender is not disclosed or not recorded (at most 10,000,000).
    #[serde(default)]
    #[schemars(range(max = 10_000_000))]
    pub undisclosed: u32,
}

impl Counts {
    /// The largest count accepted in any field.
    pub const MAX: u32 = 10_000_000;
    /// The fields above [`Counts::MAX`], by name.
    pub fn too_large(&self) -> Vec<&'static str> {
        [
            ("women", self.women),
            ("men", self.men),
            ("non_binary", self.non_binary),
            ("undisclosed", self.undisclosed),
        ]
        .into_iter()
        .filter(|(_, v)| *v > Counts::MAX)
        .map(|(k, _)| k)
        .collect()
    }
    /// Everyone counted, whatever their recorded gender.
    pub fn total(&self) -> u64 {
        u64::from(self.women)
            + u64::from(self.men)
            + u64::from(self.non_binary)
            + self.undisclosed_u64()
    }
    /// People whose gender is known (women, men and non-binary people): the denominator of shares.
    pub fn known(&self) -> u64 {
        u64::from(self.women) + u64::from(self.men) + u64::from(self.non_binary)
    }
    fn undisclosed_u64(&self) -> u64 {
        u64::from(self.undisclosed)
    }
    /// Counts the genders of a list of people.
    pub fn tally<'a>(genders: impl IntoIterator<Item = &'a Gender>) -> Counts {
        let mut c = Counts::default();
        for g in genders {
            c.add(*g);
        }
        c
    }
    /// Adds one person.
    pub fn add(&mut self, g: Gender) {
        let slot = match g {
            Gender::Woman => &mut self.women,
            Gender::Man => &mut self.men,
            Gender::NonBinary => &mut self.non_binary,
            Gender::Undisclosed => &mut self.undisclosed,
        };
        *slot = slot.saturating_add(1);
    }
    /// Adds another set of counts (saturating; inputs are limited far below `u32::MAX`).
    pub fn merge(&mut self, other: &Counts) {
        self.women = self.women.saturating_add(other.women);
        self.men = self.men.saturating_add(other.men);
        self.non_binary = self.non_binary.saturating_add(other.non_binary);
        self.undisclosed = self.undisclosed.saturating_add(other.undisclosed);
    }
}

/// The kind of a statutory or governing body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BodyKind {
    /// Board of directors (conseil d'administration) or executive committee.
    Board,
    /// The presidency: president, co-presidents and similar offices.
    Presidency,
    /// General assembly or other plenary body.
    Assembly,
    /// A committee or working group.
    Committee,
    /// Any other body.
    Other,
}

impl BodyKind {
    /// The snake_case name used in JSON and in frameworks.
    pub fn as_str(self) -> &'static str {
        match self {
            BodyKind::Board => "board",
            BodyKind::Presidency => "presidency",
            BodyKind::Assembly => "assembly",
            BodyKind::Committee => "committee",
            BodyKind::Other => "other",
        }
    }
}

/// A member's role in a body. Which roles count as leadership is set by the framework.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Default,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Role {
    /// President or chair.
    President,
    /// Co-president or co-chair.
    CoPresident,
    /// Vice-president (including regional vice-presidents).
    VicePresident,
    /// Treasurer.
    Treasurer,
    /// Secretary general.
    SecretaryGeneral,
    /// Secretary.
    Secretary,
    /// Ordinary member (the default).
    #[default]
    Member,
    /// Observer without a vote.
    Observer,
    /// Any other role.
    Other,
}

impl Role {
    /// The snake_case name used in JSON and in frameworks.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::President => "president",
            Role::CoPresident => "co_president",
            Role::VicePresident => "vice_president",
            Role::Treasurer => "treasurer",
            Role::SecretaryGeneral => "secretary_general",
            Role::Secretary => "secretary",
            Role::Member => "member",
            Role::Observer => "observer",
            Role::Other => "other",
        }
    }
}

/// A person sitting in a body. Names are optional and never printed unless asked for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// The member's gender as recorded.
    pub gender: Gender,
    /// The member's role in the body (default `member`).
    #[serde(default)]
    pub role: Role,
    /// The member's name (personal data: never printed in reports unless asked for).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    /// The title or office as written in the source (e.g. "coprésidente, maire de Montréal").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
    /// True when the recorded gender is an inference that could be wrong (e.g. title and first name disagree).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub gender_uncertain: bool,
    /// How the gender was recorded, or why it is uncertain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// A statutory or governing body.
///
/// Exactly one of `members` (one entry per person) or `counts` (aggregate head counts) is given.
///
/// ```
/// use gender_impact::{Body, Composition};
/// let b: Body = serde_json::from_str(r#"{"id": "ag", "name": "General Assembly",
///     "kind": "assembly", "counts": {"women": 40, "men": 60}}"#).unwrap();
/// assert!(matches!(b.composition, Composition::Counts(_)));
/// assert_eq!(b.filled_seats(), 100);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawBody", into = "RawBody")]
pub struct Body {
    /// Stable identifier, used in indicator ids (`body.<id>.women_share`).
    pub id: Id,
    /// Name as it should appear in reports.
    pub name: Text,
    /// Kind of body.
    pub kind: BodyKind,
    /// Total number of seats, when known, so that vacancies are visible.
    pub seats: Option<u32>,
    /// Date of the composition recorded (inside the period).
    pub as_of: Option<Date>,
    /// Share of women in the pool the body is drawn from (e.g. among eligible mayors), the reference of the binomial test; default 0.5.
    pub reference_share: Option<Share>,
    /// What a board quota counts the body as (`board`, `senior_executives`,
    /// `management_bodies`); absent: a body of kind `board` is counted as a board, other kinds
    /// are not counted.
    pub quota_body: Option<QuotaBody>,
    /// Which director positions the recorded seats are: `all` (executive and non-executive) or
    /// `non_executive`; absent: read as `all`, and the report says so.
    pub directors: Option<Seats>,
    /// Who is in the body.
    pub composition: Composition,
    /// Notes on the source or its gaps.
    pub note: Option<Text>,
}

/// Who sits in a body: a list of members or aggregate counts.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Composition {
    /// One entry per person.
    Members(Vec<Member>),
    /// Aggregate head counts by gender.
    Counts(Counts),
}

impl Body {
    /// Gender counts of the people recorded in the body.
    pub fn counts(&self) -> Counts {
        match &self.composition {
            Composition::Members(m) => Counts::tally(m.iter().map(|m| &m.gender)),
            Composition::Counts(c) => *c,
        }
    }
    /// Seats filled, as recorded (members listed, or the sum of the counts).
    pub fn filled_seats(&self) -> u64 {
        self.counts().total()
    }
    /// The members, when the body is recorded person by person.
    pub fn members(&self) -> Option<&[Member]> {
        match &self.composition {
            Composition::Members(m) => Some(m),
            Composition::Counts(_) => None,
        }
    }
}

/// The body as written in JSON (`members` and `counts` side by side); see [`Body`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Body",
    description = "A statutory or governing body, with exactly one of `members` (one entry per person) or `counts` (aggregate head counts).",
    extend("oneOf" = [
        {"required": ["members"], "properties": {"members": {"type": "array"}}},
        {"required": ["counts"], "properties": {"counts": {"type": ["object", "array"]}}}
    ])
)]
struct RawBody {
    /// Stable identifier, used in indicator ids (`body.<id>.women_share`).
    id: Id,
    /// Name as it should appear in reports.
    name: Text,
    /// Kind of body: board, presidency, assembly, committee or other.
    kind: BodyKind,
    /// Total number of seats, when known, so that vacancies are visible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    seats: Option<u32>,
    /// Date of the composition recorded (must fall inside the period).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    as_of: Option<Date>,
    /// Share of women in the pool the body is drawn from (e.g. among eligible mayors), used as the reference of the binomial test; default 0.5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    reference_share: Option<Share>,
    /// What a board quota counts the body as: `board`, `senior_executives` or
    /// `management_bodies`; absent: a body of kind `board` is counted as a board, other kinds
    /// are not counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    quota_body: Option<QuotaBody>,
    /// Which director positions the recorded seats are: `all` (executive and non-executive) or
    /// `non_executive`; absent: read as `all`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    directors: Option<Seats>,
    /// The members, one entry per person.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::limits::bounded_opt::<_, Member, { crate::limits::MAX_MEMBERS }>"
    )]
    #[schemars(length(max = crate::limits::MAX_MEMBERS))]
    members: Option<Vec<Member>>,
    /// Aggregate head counts by gender, when members are not listed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    counts: Option<Counts>,
    /// Notes on the source or its gaps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<Text>,
}

impl TryFrom<RawBody> for Body {
    type Error = ValueError;
    fn try_from(r: RawBody) -> Result<Self, Self::Error> {
        let composition = match (r.members, r.counts) {
            (Some(m), None) => Composition::Members(m),
            (None, Some(c)) => Composition::Counts(c),
            (Some(_), Some(_)) => return Err(ValueError::BothCompositions),
            (None, None) => return Err(ValueError::NoComposition),
        };
        Ok(Body {
            id: r.id,
            name: r.name,
            kind: r.kind,
            seats: r.seats,
            as_of: r.as_of,
            reference_share: r.reference_share,
            quota_body: r.quota_body,
            directors: r.directors,
            composition,
            note: r.note,
        })
    }
}

impl From<Body> for RawBody {
    fn from(b: Body) -> RawBody {
        let (members, counts) = match b.composition {
            Composition::Members(m) => (Some(m), None),
            Composition::Counts(c) => (None, Some(c)),
        };
        RawBody {
            id: b.id,
            name: b.name,
            kind: b.kind,
            seats: b.seats,
            as_of: b.as_of,
            reference_share: b.reference_share,
            quota_body: b.quota_body,
            directors: b.directors,
            members,
            counts,
            note: b.note,
        }
    }
}

impl JsonSchema for Body {
    fn schema_name() -> Cow<'static, str> {
        "Body".into()
    }
    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        RawBody::json_schema(g)
    }
}

/// A grade of the staff ladder. Grades are listed from the top (e.g. executive) to the bottom (e.g. intern).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Grade {
    /// Stable identifier, used in indicator ids (`staff.grade.<id>.women_share`).
    pub id: Id,
    /// Name as it should appear in reports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    /// True for management grades (SDG 5.5.2 logic: women's share in management is measured over these).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub management: bool,
}

/// A member of staff. Names are optional and never printed unless asked for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StaffMember {
    /// The person's gender as recorded.
    pub gender: Gender,
    /// The person's grade: one of the ids listed in `grades`.
    pub grade: Id,
    /// Job title as written in the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
    /// Full-time equivalent (greater than 0, at most 1); head counts are used for shares.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fte: Option<Fte>,
    /// The person's name (personal data: never printed in reports unless asked for).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    /// True when the recorded gender is an inference that could be wrong.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub gender_uncertain: bool,
    /// How the gender or grade was recorded, or why it is uncertain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// Head counts of one grade.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GradeCounts {
    /// The grade: one of the ids listed in `grades`.
    pub grade: Id,
    /// Head counts by gender in that grade.
    pub counts: Counts,
}

/// The organisation's staff, by grade.
///
/// Exactly one of `members` (one entry per person) or `counts` (head counts per grade) is given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawStaff", into = "RawStaff")]
pub struct Staff {
    /// Name of the unit, for reports (e.g. "General Secretariat").
    pub name: Option<Text>,
    /// Date of the head count (inside the period).
    pub as_of: Option<Date>,
    /// The grades, from the top of the ladder to the bottom.
    pub grades: Vec<Grade>,
    /// Who works there.
    pub composition: StaffComposition,
    /// Notes on the source or its gaps.
    pub note: Option<Text>,
}

/// Who works in the staff: a list of people or head counts per grade.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum StaffComposition {
    /// One entry per person.
    Members(Vec<StaffMember>),
    /// Head counts per grade.
    Counts(Vec<GradeCounts>),
}

impl Staff {
    /// Gender counts per grade, in the order of `grades` (grades without anyone get zero counts).
    /// Entries naming an unknown grade are left out here; validation reports them.
    pub fn counts_by_grade(&self) -> Vec<(&Grade, Counts)> {
        let mut out: Vec<(&Grade, Counts)> =
            self.grades.iter().map(|g| (g, Counts::default())).collect();
        let mut add = |grade: &Id, c: &Counts| {
            if let Some(slot) = out.iter_mut().find(|(g, _)| &g.id == grade) {
                slot.1.merge(c);
            }
        };
        match &self.composition {
            StaffComposition::Members(ms) => {
                for m in ms {
                    let mut c = Counts::default();
                    c.add(m.gender);
                    add(&m.grade, &c);
                }
            }
            StaffComposition::Counts(cs) => {
                for gc in cs {
                    add(&gc.grade, &gc.counts);
                }
            }
        }
        out
    }
}

/// The staff as written in JSON; see [`Staff`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Staff",
    description = "The organisation's staff by grade, with exactly one of `members` (one entry per person) or `counts` (head counts per grade).",
    extend("oneOf" = [
        {"required": ["members"], "properties": {"members": {"type": "array"}}},
        {"required": ["counts"], "properties": {"counts": {"type": ["object", "array"]}}}
    ])
)]
struct RawStaff {
    /// Name of the unit, for reports (e.g. "General Secretariat").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<Text>,
    /// Date of the head count (must fall inside the period).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    as_of: Option<Date>,
    /// The grades, ordered from the top of the ladder (e.g. executive) to the bottom (e.g. intern).
    #[serde(
        deserialize_with = "crate::limits::bounded::<_, Grade, { crate::limits::MAX_GRADES }>"
    )]
    #[schemars(length(min = 1, max = crate::limits::MAX_GRADES))]
    grades: Vec<Grade>,
    /// The staff, one entry per person.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::limits::bounded_opt::<_, StaffMember, { crate::limits::MAX_STAFF_MEMBERS }>"
    )]
    #[schemars(length(max = crate::limits::MAX_STAFF_MEMBERS))]
    members: Option<Vec<StaffMember>>,
    /// Head counts per grade, when people are not listed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::limits::bounded_opt::<_, GradeCounts, { crate::limits::MAX_GRADES }>"
    )]
    #[schemars(length(max = crate::limits::MAX_GRADES))]
    counts: Option<Vec<GradeCounts>>,
    /// Notes on the source or its gaps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<Text>,
}

impl TryFrom<RawStaff> for Staff {
    type Error = ValueError;
    fn try_from(r: RawStaff) -> Result<Self, Self::Error> {
        if r.grades.is_empty() {
            return Err(ValueError::NoGrades);
        }
        let composition = match (r.members, r.counts) {
            (Some(m), None) => StaffComposition::Members(m),
            (None, Some(c)) => StaffComposition::Counts(c),
            (Some(_), Some(_)) => return Err(ValueError::BothCompositions),
            (None, None) => return Err(ValueError::NoComposition),
        };
        Ok(Staff {
            name: r.name,
            as_of: r.as_of,
            grades: r.grades,
            composition,
            note: r.note,
        })
    }
}

impl From<Staff> for RawStaff {
    fn from(s: Staff) -> RawStaff {
        let (members, counts) = match s.composition {
            StaffComposition::Members(m) => (Some(m), None),
            StaffComposition::Counts(c) => (None, Some(c)),
        };
        RawStaff {
            name: s.name,
            as_of: s.as_of,
            grades: s.grades,
            members,
            counts,
            note: s.note,
        }
    }
}

impl JsonSchema for Staff {
    fn schema_name() -> Cow<'static, str> {
        "Staff".into()
    }
    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        RawStaff::json_schema(g)
    }
}

/// How a published figure relates to the true value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Relation {
    /// The figure is the value, rounded to `decimals` places (the default).
    #[default]
    Equals,
    /// The figure is an upper bound ("under 2%").
    Below,
    /// The figure is a lower bound ("over 60%").
    Above,
}

/// The unit of a published figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FigureUnit {
    /// A percentage (63 means 63%), compared with a share indicator.
    Percent,
    /// A number of people or seats, compared with a count indicator.
    Count,
}

/// A figure the organisation published, reconciled with the records by the assessment.
///
/// ```
/// use gender_impact::ReportedFigure;
/// let f: ReportedFigure = serde_json::from_str(r#"{"indicator": "staff.women_share",
///     "value": 63, "unit": "percent", "source": "Annual report 2023, gender-impact page"}"#).unwrap();
/// assert_eq!(f.decimals, 0);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportedFigure {
    /// The id of the indicator the figure speaks of (e.g. `staff.women_share`).
    pub indicator: String,
    /// The figure as published, in `unit` (63 for "63%").
    pub value: f64,
    /// The unit of the figure.
    pub unit: FigureUnit,
    /// Decimal places the figure was published with (default 0): the rounding tolerance is half a unit of the last place.
    #[serde(default)]
    #[schemars(range(max = 6))]
    pub decimals: u8,
    /// How the figure relates to the value: equals (rounded), below (an upper bound) or above (a lower bound).
    #[serde(default)]
    pub relation: Relation,
    /// Where the figure was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Text>,
}
