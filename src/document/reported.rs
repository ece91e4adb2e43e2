//! The rules for figures an organisation published (`reported`): a known indicator of these
//! records, in its unit, within range.

use crate::i18n::Message;
use crate::model::{BODY_SUFFIXES, FigureUnit, Input, ReportedFigure, STAFF_SUFFIXES, Unit};

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
    let builtin = f.indicator.starts_with("body.") || f.indicator.starts_with("staff.");
    if !builtin {
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
                        .map(|b| format!("body.{}.women_share", b.id))
                        .unwrap_or_else(|| "staff.women_share".to_string()),
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

/// The unit of a built-in indicator id these records produce, without computing anything
/// (validation runs this for every published figure). Kept in step with the body and staff
/// indicators by a test that compares it with what they measure.
pub(crate) fn builtin_unit(input: &Input, id: &str) -> Option<Unit> {
    if let Some(rest) = id.strip_prefix("body.") {
        let (body, suffix) = rest.split_once('.')?;
        input.bodies.iter().find(|b| b.id.as_str() == body)?;
        return BODY_SUFFIXES
            .iter()
            .find(|(s, _)| *s == suffix)
            .map(|(_, u)| *u);
    }
    let rest = id.strip_prefix("staff.")?;
    let staff = input.staff.as_ref()?;
    if let Some(grade) = rest
        .strip_prefix("grade.")
        .and_then(|g| g.strip_suffix(".women_share"))
    {
        return staff
            .grades
            .iter()
            .any(|g| g.id.as_str() == grade)
            .then_some(Unit::Share);
    }
    STAFF_SUFFIXES
        .iter()
        .find(|(s, _)| *s == rest)
        .map(|(_, u)| *u)
}
