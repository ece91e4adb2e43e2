//! The units of indicator values and the keys of the built-in indicators: each key's string
//! (`body.women_share`), unit and title message, and the one place where the ids of the
//! indicators (`body.<id>.women_share`, `staff.grade.<id>.women_share`...) are made.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, Message, Template};

/// What an indicator's value is measured in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Unit {
    /// A share between 0 and 1 (shown as a percentage), with its numerator and denominator.
    Share,
    /// A number of people or seats.
    Count,
    /// A ratio of two shares (1 means equal).
    Ratio,
    /// Yes (1) or no (0).
    Flag,
}

/// The family of a built-in indicator: what its subject is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyFamily {
    /// One indicator per statutory body (`body.<id>.<suffix>`).
    Body,
    /// The staff as a whole (`staff.<suffix>`).
    Staff,
    /// One indicator per grade of the staff (`staff.grade.<id>.women_share`).
    Grade,
    /// The initiatives as a whole (`initiatives.<suffix>`).
    Initiatives,
    /// The catalogue of policies (`policies.<suffix>`).
    Policies,
    /// The projects as a whole (`projects.<suffix>`).
    Projects,
    /// The resources dedicated to gender equality (`resources.<suffix>`).
    Resources,
}

macro_rules! builtin_keys {
    ($($(#[$doc:meta])* $variant:ident = ($key:literal, $family:ident, $unit:ident, $title:literal),)*) => {
        /// The key of a built-in indicator: its id without its subject, the key framework
        /// criteria match.
        ///
        /// ```
        /// use gender_impact::indicators::{BuiltinKey, Unit};
        /// let k = BuiltinKey::BodyWomenShare;
        /// assert_eq!((k.key(), k.unit()), ("body.women_share", Unit::Share));
        /// assert_eq!(k.id(Some("board")), "body.board.women_share");
        /// assert_eq!(BuiltinKey::StaffGradeWomenShare.id(Some("p1")), "staff.grade.p1.women_share");
        /// assert_eq!(BuiltinKey::InitiativesCount.id(None), "initiatives.count");
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum BuiltinKey {
            $($(#[$doc])* $variant,)*
        }

        impl BuiltinKey {
            /// Every built-in key, in the order the indicators are computed.
            pub const ALL: &'static [BuiltinKey] = &[$(BuiltinKey::$variant,)*];

            /// The key as a string (`body.women_share`), as in JSON and framework criteria.
            pub fn key(self) -> &'static str {
                match self {
                    $(BuiltinKey::$variant => $key,)*
                }
            }

            /// What the indicator is about.
            pub fn family(self) -> KeyFamily {
                match self {
                    $(BuiltinKey::$variant => KeyFamily::$family,)*
                }
            }

            /// The unit of its value.
            pub fn unit(self) -> Unit {
                match self {
                    $(BuiltinKey::$variant => Unit::$unit,)*
                }
            }

            /// The catalogue id of its title (with a `name` argument for the body, staff and
            /// grade indicators).
            pub fn title_id(self) -> &'static str {
                match self {
                    $(BuiltinKey::$variant => $title,)*
                }
            }
        }
    };
}

builtin_keys! {
    /// Women's share of a body's filled seats.
    BodyWomenShare = ("body.women_share", Body, Share, "title-body-women-share"),
    /// Women's share of a body's leadership roles.
    BodyLeadershipWomenShare = ("body.leadership.women_share", Body, Share, "title-body-leadership-women-share"),
    /// Whether a body's presidency is held by a woman.
    BodyPresidencyWoman = ("body.presidency_woman", Body, Flag, "title-body-presidency-woman"),
    /// A body's seats vacant or not recorded.
    BodyUnfilledSeats = ("body.unfilled_seats", Body, Count, "title-body-unfilled-seats"),
    /// A body's members with undisclosed gender.
    BodyUndisclosed = ("body.undisclosed", Body, Count, "title-body-undisclosed"),
    /// The seats the under-represented gender still needs on a body.
    BodySeatsShort = ("body.seats_short", Body, Count, "title-body-seats-short"),
    /// Women's share of the staff.
    StaffWomenShare = ("staff.women_share", Staff, Share, "title-staff-women-share"),
    /// Women's share of one grade.
    StaffGradeWomenShare = ("staff.grade.women_share", Grade, Share, "title-staff-grade-women-share"),
    /// Women's share of the management grades.
    StaffManagementWomenShare = ("staff.management.women_share", Staff, Share, "title-staff-management-women-share"),
    /// Women's share in management ÷ their share of all staff.
    StaffGlassCeilingRatio = ("staff.glass_ceiling_ratio", Staff, Ratio, "title-staff-glass-ceiling-ratio"),
    /// Staff with undisclosed gender.
    StaffUndisclosed = ("staff.undisclosed", Staff, Count, "title-staff-undisclosed"),
    /// Initiatives recorded.
    InitiativesCount = ("initiatives.count", Initiatives, Count, "title-initiatives-count"),
    /// Initiatives with DAC marker 2, of all initiatives.
    InitiativesMarkerPrincipal = ("initiatives.marker_principal.share", Initiatives, Share, "title-initiatives-marker-principal"),
    /// Initiatives with DAC marker 1 or 2, of all initiatives.
    InitiativesMarkerTargeted = ("initiatives.marker_targeted.share", Initiatives, Share, "title-initiatives-marker-targeted"),
    /// Initiatives not screened with the gender marker.
    InitiativesMarkerUnscreened = ("initiatives.marker_unscreened", Initiatives, Count, "title-initiatives-marker-unscreened"),
    /// Participants counted at initiatives.
    InitiativesParticipants = ("initiatives.participants", Initiatives, Count, "title-initiatives-participants"),
    /// Women's share of participants.
    InitiativesParticipantsWomenShare = ("initiatives.participants.women_share", Initiatives, Share, "title-initiatives-participants-women-share"),
    /// Women's share of speakers and trainers.
    InitiativesSpeakersWomenShare = ("initiatives.speakers.women_share", Initiatives, Share, "title-initiatives-speakers-women-share"),
    /// All-male panels.
    InitiativesAllMalePanels = ("initiatives.all_male_panels", Initiatives, Count, "title-initiatives-all-male-panels"),
    /// Initiatives without audience figures, of all initiatives.
    InitiativesAudienceMissing = ("initiatives.audience_missing.share", Initiatives, Share, "title-initiatives-audience-missing"),
    /// Policies identified.
    PoliciesIdentified = ("policies.identified", Policies, Count, "title-policies-identified"),
    /// Policies documented.
    PoliciesDocumented = ("policies.documented", Policies, Count, "title-policies-documented"),
    /// Policies shared.
    PoliciesShared = ("policies.shared", Policies, Count, "title-policies-shared"),
    /// Shared policies, of all identified.
    PoliciesSharedShare = ("policies.shared.share", Policies, Share, "title-policies-shared-share"),
    /// Members reached by shared policies.
    PoliciesMembersReached = ("policies.members_reached", Policies, Count, "title-policies-members-reached"),
    /// Adoptions by other members.
    PoliciesAdoptions = ("policies.adoptions", Policies, Count, "title-policies-adoptions"),
    /// Projects recorded.
    ProjectsCount = ("projects.count", Projects, Count, "title-projects-count"),
    /// Projects with DAC marker 1 or 2, of all projects.
    ProjectsMarkerTargeted = ("projects.marker_targeted.share", Projects, Share, "title-projects-marker-targeted"),
    /// Budget of the projects with DAC marker 1 or 2, of all project budgets.
    ProjectsBudgetTargeted = ("projects.budget_targeted.share", Projects, Share, "title-projects-budget-targeted"),
    /// Gender outcomes met or on track, of those that can be assessed.
    ProjectsOutcomesOnTrack = ("projects.outcomes.on_track.share", Projects, Share, "title-projects-outcomes-on-track"),
    /// Gender outcomes that cannot be assessed.
    ProjectsOutcomesNotAssessable = ("projects.outcomes.not_assessable", Projects, Count, "title-projects-outcomes-not-assessable"),
    /// Funds dedicated to gender equality.
    ResourcesGenderFunds = ("resources.gender_funds", Resources, Count, "title-resources-gender-funds"),
    /// Funds dedicated to gender equality, as a share of the budget.
    ResourcesGenderFundsShare = ("resources.gender_funds.share", Resources, Share, "title-resources-gender-funds-share"),
}

impl BuiltinKey {
    /// The id of the indicator with this key about `of`, the body's or the grade's id (`None`
    /// gives the key itself; the other families have one indicator per key and ignore `of`).
    pub fn id(self, of: Option<&str>) -> String {
        let key = self.key();
        match (self.family(), of) {
            (KeyFamily::Body, Some(body)) => {
                let suffix = key.strip_prefix("body.").unwrap_or(key);
                format!("body.{body}.{suffix}")
            }
            (KeyFamily::Grade, Some(grade)) => format!("staff.grade.{grade}.women_share"),
            _ => key.to_string(),
        }
    }

    /// Whether `id` is this key's id for `of`: the same as `self.id(of) == id`, without
    /// writing the id (validation asks this for every published figure and every key).
    ///
    /// ```
    /// use gender_impact::indicators::BuiltinKey;
    /// assert!(BuiltinKey::BodyWomenShare.is_id("body.board.women_share", Some("board")));
    /// assert!(!BuiltinKey::BodyWomenShare.is_id("body.board.women_share", Some("boar")));
    /// assert!(BuiltinKey::StaffGradeWomenShare.is_id("staff.grade.p4.women_share", Some("p4")));
    /// ```
    pub fn is_id(self, id: &str, of: Option<&str>) -> bool {
        let key = self.key();
        match (self.family(), of) {
            (KeyFamily::Body, Some(body)) => {
                let suffix = key.strip_prefix("body.").unwrap_or(key);
                id.strip_prefix("body.")
                    .and_then(|rest| rest.strip_prefix(body))
                    .and_then(|rest| rest.strip_prefix('.'))
                    == Some(suffix)
            }
            (KeyFamily::Grade, Some(grade)) => {
                id.strip_prefix("staff.grade.")
                    .and_then(|rest| rest.strip_prefix(grade))
                    == Some(".women_share")
            }
            _ => id == key,
        }
    }

    /// The built-in key written `key`, if any.
    pub fn from_key(key: &str) -> Option<BuiltinKey> {
        BuiltinKey::ALL.iter().copied().find(|k| k.key() == key)
    }

    /// The keys of one family, in order.
    pub fn of_family(family: KeyFamily) -> impl Iterator<Item = BuiltinKey> {
        BuiltinKey::ALL
            .iter()
            .copied()
            .filter(move |k| k.family() == family)
    }

    /// Whether `id` is in the part of the id space validation checks against the records:
    /// ids under `body.` and `staff.` are the body and staff indicators'.
    pub fn reserved(id: &str) -> bool {
        id.starts_with("body.") || id.starts_with("staff.")
    }
}

/// A built-in indicator's typed title: its key and the name of what it is about (a body's,
/// the staff's or a grade's name; none for the initiatives, policies, projects and resources).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct BuiltinTitle {
    /// The indicator's key.
    pub key: BuiltinKey,
    /// The subject's name, as the records give it.
    pub name: Option<String>,
}

impl BuiltinTitle {
    /// The title as a catalogue message.
    ///
    /// ```
    /// use gender_impact::i18n::Lang;
    /// use gender_impact::indicators::{BuiltinKey, BuiltinTitle};
    /// let t = BuiltinTitle { key: BuiltinKey::BodyWomenShare, name: Some("Board".into()) };
    /// assert_eq!(t.message().in_lang(Lang::En), "Women's share of filled seats: Board");
    /// ```
    ///
    /// A staff without a name has a title without one (`title-staff-women-share-unnamed`):
    ///
    /// ```
    /// use gender_impact::i18n::Lang;
    /// use gender_impact::indicators::{BuiltinKey, BuiltinTitle};
    /// let t = BuiltinTitle { key: BuiltinKey::StaffWomenShare, name: None };
    /// assert_eq!(t.message().in_lang(Lang::En), "Women's share of staff");
    /// assert_eq!(t.message().in_lang(Lang::Fr), "Part des femmes dans le personnel");
    /// ```
    pub fn message(&self) -> Message {
        match (&self.name, self.key.unnamed_title_id()) {
            (Some(name), _) => Message::new(self.key.title_id()).text("name", name.as_str()),
            (None, Some(id)) => Message::new(id),
            (None, None) => Message::new(self.key.title_id()),
        }
    }
}

impl BuiltinKey {
    /// The catalogue id of the title of a staff indicator when the staff has no name: the
    /// title without the name (`None` for the other indicators).
    pub fn unnamed_title_id(self) -> Option<&'static str> {
        match self {
            BuiltinKey::StaffWomenShare => Some("title-staff-women-share-unnamed"),
            BuiltinKey::StaffManagementWomenShare => {
                Some("title-staff-management-women-share-unnamed")
            }
            BuiltinKey::StaffGlassCeilingRatio => Some("title-staff-glass-ceiling-ratio-unnamed"),
            BuiltinKey::StaffUndisclosed => Some("title-staff-undisclosed-unnamed"),
            _ => None,
        }
    }
}

impl BuiltinTitle {
    /// The English title (the JSON output's `title`): the text of
    /// `self.message().in_lang(Lang::En)`, written from the English pattern split once per key.
    pub(crate) fn english(&self) -> String {
        use std::sync::OnceLock;
        static TEMPLATES: OnceLock<Vec<Option<Template>>> = OnceLock::new();
        let unnamed = self.name.is_none() && self.key.unnamed_title_id().is_some();
        if Lang::english_replaced() || unnamed {
            return self.message().in_lang(Lang::En);
        }
        let templates = TEMPLATES.get_or_init(|| {
            BuiltinKey::ALL
                .iter()
                .map(|k| Lang::En.template(k.title_id()))
                .collect()
        });
        let name = self.name.as_deref();
        let args: &[(&str, &str)] = match &name {
            Some(n) => &[("name", n)],
            None => &[],
        };
        BuiltinKey::ALL
            .iter()
            .position(|k| *k == self.key)
            .and_then(|i| templates[i].as_ref())
            .and_then(|t| t.fill(args))
            .unwrap_or_else(|| self.message().in_lang(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::{BuiltinKey, BuiltinTitle};
    use crate::i18n::Lang;

    /// The English titles written from the split patterns are the catalogue's, for every key,
    /// with and without a name.
    #[test]
    fn english_titles_from_templates_are_the_catalogues() {
        for &key in BuiltinKey::ALL {
            for name in [None, Some("Conseil d'administration {x}".to_string())] {
                let t = BuiltinTitle { key, name };
                assert_eq!(t.english(), t.message().in_lang(Lang::En), "{key:?}");
            }
        }
    }

    use proptest::prelude::*;

    proptest! {
        /// `is_id` answers as comparing with the written id does, for every key, on ids
        /// that are the key's own, another subject's, or made of the same pieces.
        #[test]
        fn is_id_agrees_with_id(
            k in 0..BuiltinKey::ALL.len(),
            of in proptest::option::of("[a-z.]{0,6}"),
            other in "[a-z.]{0,6}",
            pick in 0..3u8,
        ) {
            let key = BuiltinKey::ALL[k];
            let id = match pick {
                0 => key.id(of.as_deref()),
                1 => key.id(Some(other.as_str())),
                _ => format!("body.{other}.women_share"),
            };
            prop_assert_eq!(key.is_id(&id, of.as_deref()), key.id(of.as_deref()) == id);
        }
    }
}
