//! Data-quality warnings: undisclosed genders, uncertain genders, small counts, values that
//! cannot be computed.

use crate::i18n::format::{pct, pct1};
use crate::model::{BuiltinKey, Framework, Rating};
use crate::model::{Composition, Input, StaffComposition};

use super::*;

pub(super) fn data_quality(
    input: &Input,
    fw: &Framework,
    indicators: &[IndicatorResult],
    warnings: &mut Vec<Warning>,
) {
    for r in indicators {
        if let (Some(u), Some(n)) = (r.undisclosed, r.denominator) {
            let total = u + n;
            if u > 0 && (u as f64) > fw.undisclosed_warning.get() * total as f64 {
                warnings.push(Warning {
                    code: WarningCode::Undisclosed,
                    indicator: Some(r.id.clone()),
                    message: format!(
                        "{}: {u} of {total} people ({}) have an undisclosed gender, above the {} threshold; the share is taken over the {n} others.",
                        r.title,
                        pct(u as f64 / total as f64),
                        pct(fw.undisclosed_warning.get())
                    ),
                    uncertain: None,
                });
            }
        }
        if let Some(reason) = &r.not_computable
            && r.rating == Rating::InsufficientData
        {
            warnings.push(Warning {
                code: WarningCode::NotComputable,
                indicator: Some(r.id.clone()),
                message: format!(
                    "{}: not computable ({reason}), so it is not rated.",
                    r.title
                ),
                uncertain: None,
            });
        }
    }
    for (i, b) in input.bodies.iter().enumerate() {
        if let Composition::Members(ms) = &b.composition {
            uncertain_warning(
                BuiltinKey::BodyWomenShare.id(Some(b.id.as_str())),
                b.name.as_str(),
                &format!("/bodies/{i}/members"),
                ms.iter().map(|m| (m.gender, m.gender_uncertain)),
                warnings,
            );
        }
        if let (Some(s), f) = (b.seats, b.filled_seats())
            && f < u64::from(s)
        {
            warnings.push(Warning {
                    code: WarningCode::UnfilledSeats,
                    indicator: Some(BuiltinKey::BodyUnfilledSeats.id(Some(b.id.as_str()))),
                    message: format!(
                        "{}: {s} seats but {f} members recorded; the shares are over the members recorded, and the {} other seats could change them.",
                        b.name,
                        u64::from(s) - f
                    ),
                    uncertain: None,
                });
        }
    }
    if let Some(staff) = &input.staff
        && let StaffComposition::Members(ms) = &staff.composition
    {
        uncertain_warning(
            BuiltinKey::StaffWomenShare.id(None),
            staff.name.as_ref().map(|n| n.as_str()).unwrap_or("staff"),
            "/staff/members",
            ms.iter().map(|m| (m.gender, m.gender_uncertain)),
            warnings,
        );
    }
}

/// Warns about records whose gender is uncertain, with the range of the share if each of them were recorded otherwise.
pub(super) fn uncertain_warning(
    indicator: String,
    name: &str,
    pointer: &str,
    people: impl Iterator<Item = (crate::model::Gender, bool)>,
    warnings: &mut Vec<Warning>,
) {
    use crate::model::Gender;
    let (mut women, mut known, mut uw, mut um) = (0u64, 0u64, 0u64, 0u64);
    for (g, uncertain) in people {
        match g {
            Gender::Woman => {
                women += 1;
                known += 1;
                uw += u64::from(uncertain);
            }
            Gender::Man => {
                known += 1;
                um += u64::from(uncertain);
            }
            Gender::NonBinary => known += 1,
            _ => {}
        }
    }
    if uw + um == 0 || known == 0 {
        return;
    }
    let lo = (women - uw) as f64 / known as f64;
    let hi = (women + um) as f64 / known as f64;
    warnings.push(Warning {
        code: WarningCode::UncertainGender,
        indicator: Some(indicator),
        message: format!(
            "{name}: the gender of {} records is uncertain ({uw} recorded as women, {um} as men; see the notes at {pointer}). Had each been recorded otherwise, women's share would lie between {} and {} instead of {}.",
            uw + um,
            pct1(lo),
            pct1(hi),
            pct1(women as f64 / known as f64)
        ),
        uncertain: Some(UncertainGender {
            name: name.to_string(),
            pointer: pointer.to_string(),
            women: uw,
            men: um,
            share: women as f64 / known as f64,
            low: lo,
            high: hi,
        }),
    });
}
