//! The rules for figures an organisation published (`reported`): a known indicator of these
//! records, in its unit, within range.

use crate::i18n::Message;
use crate::model::{BuiltinKey, FigureUnit, Input, KeyFamily, ReportedFigure, Unit};

use super::Problem;

/// Checks a reported figure against the indicators the records allow (used by [`Input::check`]).
pub(crate) fn check_reported(input: &Input, i: usize, f: &ReportedFigure, p: &mut Vec<Problem>) {
    let at = |field: &str| format!("/reported/{i}/{field}");
    if f.decimals > 6 {
        p.push(Problem::localised(
            at("decimals"),
            Message::new("doc-reported-decimals").count("found", u64::from(f.decimals)),
        ));
    }
    match f.unit {
        FigureUnit::Percent if !(0.0..=100.0).contains(&f.value) => p.push(Problem::localised(
            at("value"),
            Message::new("doc-reported-percent-range"),
        )),
        FigureUnit::Count if f.value < 0.0 => p.push(Problem::localised(
            at("value"),
            Message::new("doc-reported-count-negative"),
        )),
        _ => {}
    }
    if !BuiltinKey::reserved(&f.indicator) {
        return; // an indicator of the user's own: matched (or warned about) at assessment time
    }
    match builtin_unit(input, &f.indicator) {
        None => p.push(Problem::localised(
            at("indicator"),
            Message::new("doc-reported-indicator-unknown")
                .text(
                    "example",
                    input
                        .bodies
                        .first()
                        .map(|b| BuiltinKey::BodyWomenShare.id(Some(b.id.as_str())))
                        .unwrap_or_else(|| BuiltinKey::StaffWomenShare.id(None)),
                )
                .text("found", f.indicator.as_str()),
        )),
        Some(unit) => {
            let ok = matches!(
                (f.unit, unit),
                (FigureUnit::Percent, Unit::Share) | (FigureUnit::Count, Unit::Count)
            );
            if !ok {
                p.push(Problem::localised(
                    at("unit"),
                    Message::new("doc-reported-unit")
                        .text(
                            "expected",
                            if unit == Unit::Share {
                                "percent"
                            } else {
                                "count"
                            },
                        )
                        .text("indicator", f.indicator.as_str())
                        .text(
                            "found",
                            match f.unit {
                                FigureUnit::Percent => "percent",
                                FigureUnit::Count => "count",
                            },
                        ),
                ));
            }
        }
    }
}

/// The unit of a built-in body or staff indicator id these records produce, without computing
/// anything (validation runs this for every published figure). Kept in step with the body and
/// staff indicators by a test that compares it with what they measure.
pub(crate) fn builtin_unit(input: &Input, id: &str) -> Option<Unit> {
    let body = || {
        input.bodies.iter().find_map(|b| {
            BuiltinKey::of_family(KeyFamily::Body).find(|k| k.is_id(id, Some(b.id.as_str())))
        })
    };
    let staff = || {
        input.staff.iter().find_map(|s| {
            BuiltinKey::of_family(KeyFamily::Staff)
                .find(|k| k.is_id(id, None))
                .or_else(|| {
                    let k = BuiltinKey::StaffGradeWomenShare;
                    s.grades
                        .iter()
                        .any(|g| k.is_id(id, Some(g.id.as_str())))
                        .then_some(k)
                })
        })
    };
    body().or_else(staff).map(BuiltinKey::unit)
}
