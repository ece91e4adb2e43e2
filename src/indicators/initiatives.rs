//! The indicators of the awareness pillar, computed from the initiatives recorded.

use crate::i18n::format::pct;
use crate::indicators::bodies::{not_computable, share_or_reason};
use crate::indicators::{Context, Indicator, Measurement, Quantity, Subject};
use crate::model::{BuiltinKey, Counts, GenderMarker, Headcount, Input, KeyFamily};

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
/// use gender_impact::indicators::{Indicator, Context};
/// let input = gender_impact::metropolis_2023();
/// let framework = gender_impact::Framework::metropolis();
/// let ctx = Context { framework: &framework, interval: Default::default(), level: Default::default() };
/// let m = gender_impact::indicators::InitiativeIndicators.measure(&input, &ctx);
/// assert_eq!(m[0].id, "initiatives.count");
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct InitiativeIndicators;

/// Whether a panel is all-male: two or more speakers, all recorded as men.
pub fn all_male(speakers: &Headcount) -> bool {
    speakers.men >= 2
        && speakers.women == 0
        && speakers.non_binary == 0
        && speakers.undisclosed == 0
}

fn measurement(key: BuiltinKey, method: &str, q: Quantity) -> Measurement {
    let mut m = Measurement::builtin(key, None, None, method, Subject::Initiatives, q);
    m.complete_count = true;
    m
}

/// A share of initiatives (not of people): no binomial test, no small-count flag.
fn record_share(
    key: BuiltinKey,
    method: &str,
    k: u64,
    n: u64,
    finding: impl Fn(String) -> String,
) -> Measurement {
    let mut m = measurement(key, method, share_or_reason(k, n, "reason-no-initiative"));
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
        let count = |f: &dyn Fn(&crate::model::Initiative) -> bool| {
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
        let mut out = Vec::with_capacity(BuiltinKey::of_family(KeyFamily::Initiatives).count());

        let mut m = measurement(
            BuiltinKey::InitiativesCount,
            "Number of initiatives in the records (events, sessions, workshops, campaigns, trainings, webinars, publications).",
            Quantity::Count(n),
        );
        m.finding = Some(format!(
            "{n} initiative{} recorded",
            if n == 1 { " is" } else { "s are" }
        ));
        out.push(m);
        out.push(record_share(
            BuiltinKey::InitiativesMarkerPrincipal,
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
            BuiltinKey::InitiativesMarkerTargeted,
            "Initiatives marked 1 or 2 on the OECD DAC gender equality policy marker (gender-equality focused, as the DAC counts them), of all initiatives recorded (unscreened initiatives count in the denominator only).",
            targeted,
            n,
            |p| format!(
                "{targeted} of {n} initiatives target{} gender equality (DAC marker 1 or 2: {p})",
                if targeted == 1 { "s" } else { "" }
            ),
        ));
        let mut m = measurement(
            BuiltinKey::InitiativesMarkerUnscreened,
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
            BuiltinKey::InitiativesParticipants,
            "Participants summed over the initiatives with audience figures; a lower bound when a source says \"more than\", and silent on initiatives without figures.",
            if missing == n {
                not_computable("reason-no-audience")
            } else {
                Quantity::Count(reached)
            },
        );
        m.lower_bound = at_least;
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
            BuiltinKey::InitiativesParticipantsWomenShare,
            "Women among the participants whose gender is recorded, over the initiatives with audience figures; participants of unrecorded gender are counted beside the share.",
            if missing == n {
                not_computable("reason-no-audience")
            } else {
                share_or_reason(w, k, "reason-no-participant-gender")
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
            BuiltinKey::InitiativesSpeakersWomenShare,
            "Women among the speakers, trainers and panellists whose gender is recorded; those of unrecorded gender are counted beside the share.",
            if with_speakers == 0 {
                not_computable("reason-no-speakers")
            } else {
                share_or_reason(sw, sk, "reason-no-speaker-gender")
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
            BuiltinKey::InitiativesAllMalePanels,
            "Initiatives whose speakers are two or more people, all recorded as men, among the initiatives that record their speakers.",
            if with_speakers == 0 {
                not_computable("reason-no-speakers")
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
            BuiltinKey::InitiativesAudienceMissing,
            "Initiatives recorded without audience figures, of all initiatives: a data-quality figure (their participants are unknown, not zero).",
            missing,
            n,
            |p| format!("Audience figures are missing for {missing} of {n} initiatives ({p}): their participants are unknown, not zero"),
        ));
        out
    }
}
