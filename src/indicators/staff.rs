//! Staff indicators: women's share overall, per grade (vertical segregation), in management,
//! and the glass-ceiling ratio.

use crate::i18n::format::{pct, ratio};
use crate::indicators::bodies::{not_computable, share_or_reason};
use crate::indicators::{Context, Indicator, Measurement, Quantity, Subject};
use crate::model::{BuiltinKey, Counts, Input};

/// The built-in staff indicators:
///
/// | id | unit | what |
/// |---|---|---|
/// | `staff.women_share` | share | women among staff whose gender is known |
/// | `staff.grade.<grade>.women_share` | share | the same within one grade, in ladder order |
/// | `staff.management.women_share` | share | the same over the grades marked `management` (SDG 5.5.2 logic) |
/// | `staff.glass_ceiling_ratio` | ratio | women's share in management ÷ their share overall (1 = same; below 1 = fewer at the top) |
/// | `staff.undisclosed` | count | staff whose gender is undisclosed |
///
/// The glass-ceiling ratio is the inverse of the She Figures "glass ceiling index" (share overall
/// ÷ share at the top), so that it reads in the same direction as the shares.
///
/// ```
/// use gender_impact::indicators::{Indicator, Context};
/// let input = gender_impact::metropolis_2023();
/// let framework = gender_impact::Framework::metropolis();
/// let ctx = Context { framework: &framework, interval: Default::default(), level: Default::default() };
/// let m = gender_impact::indicators::StaffIndicators.measure(&input, &ctx);
/// assert_eq!(m[0].id, "staff.women_share");
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct StaffIndicators;

impl Indicator for StaffIndicators {
    fn name(&self) -> &str {
        "staff"
    }

    fn measure(&self, input: &Input, _ctx: &Context<'_>) -> Vec<Measurement> {
        let Some(staff) = &input.staff else {
            return Vec::new();
        };
        // An unnamed staff has titles without a name ("Women's share of staff").
        let unit_name = staff.name.as_ref().map(|n| n.as_str().to_string());
        let by_grade = staff.counts_by_grade();
        let mut all = Counts::default();
        let mut mgmt = Counts::default();
        let mut any_mgmt = false;
        for (g, c) in &by_grade {
            all.merge(c);
            if g.management {
                mgmt.merge(c);
                any_mgmt = true;
            }
        }
        let mut out = Vec::with_capacity(by_grade.len() + 4);

        let (women, known) = (u64::from(all.women), all.known());
        out.push(head_count_share(
            Measurement::builtin(
                BuiltinKey::StaffWomenShare,
                None,
                unit_name.as_deref(),
                "Women among the staff whose gender is known (head count, not FTE); staff with undisclosed gender are counted beside the share.",
                Subject::Staff,
                share_or_reason(women, known, "reason-staff-no-known"),
            ),
            &all,
            |w, k, p| match &unit_name {
                Some(name) => format!("Women are {w} of {k} staff of the {name} ({p})"),
                None => format!("Women are {w} of {k} staff ({p})"),
            },
        ));

        for (g, c) in &by_grade {
            let gname = g
                .name
                .as_ref()
                .map(|n| n.as_str().to_string())
                .unwrap_or_else(|| g.id.to_string());
            out.push(head_count_share(
                Measurement::builtin(
                    BuiltinKey::StaffGradeWomenShare,
                    Some(g.id.as_str()),
                    Some(&gname),
                    "Women among the staff of this grade whose gender is known.",
                    Subject::Grade {
                        id: g.id.to_string(),
                    },
                    share_or_reason(u64::from(c.women), c.known(), "reason-grade-no-known"),
                ),
                c,
                |w, k, p| format!("In the grade {gname}, women are {w} of {k} ({p})"),
            ));
        }

        let (mw, mk) = (u64::from(mgmt.women), mgmt.known());
        out.push(head_count_share(
            Measurement::builtin(
                BuiltinKey::StaffManagementWomenShare,
                None,
                unit_name.as_deref(),
                "Women among the staff of the grades marked `management` whose gender is known (the logic of SDG indicator 5.5.2).",
                Subject::Staff,
                if any_mgmt {
                    share_or_reason(mw, mk, "reason-management-no-known")
                } else {
                    not_computable("reason-no-management")
                },
            ),
            &mgmt,
            |w, k, p| format!("Women hold {w} of {k} management posts ({p})"),
        ));

        let glass = if !any_mgmt {
            not_computable("reason-no-management")
        } else if mk == 0 || known == 0 {
            not_computable("reason-glass-no-known")
        } else if women == 0 {
            not_computable("reason-no-women")
        } else {
            let top = mw as f64 / mk as f64;
            let overall = women as f64 / known as f64;
            Quantity::Ratio(top / overall)
        };
        let mut m = Measurement::builtin(
            BuiltinKey::StaffGlassCeilingRatio,
            None,
            unit_name.as_deref(),
            "Women's share in the management grades divided by their share of all staff: 1 means women are as present at the top as overall; below 1, fewer.",
            Subject::Staff,
            glass,
        );
        if let Quantity::Ratio(r) = m.quantity {
            m.finding = Some(format!(
                "Women's share in management is {} times their share of all staff",
                ratio(r)
            ));
        }
        out.push(m);

        let mut m = Measurement::builtin(
            BuiltinKey::StaffUndisclosed,
            None,
            unit_name.as_deref(),
            "Staff recorded with gender `undisclosed`; they are left out of the shares.",
            Subject::Staff,
            Quantity::Count(u64::from(all.undisclosed)),
        );
        m.complete_count = true;
        out.push(m);
        out
    }
}

/// Completes a head-count share: the undisclosed beside it, a complete count, and the finding
/// `finding(women, known, percentage)` when anyone's gender is known.
fn head_count_share(
    mut m: Measurement,
    counts: &Counts,
    finding: impl Fn(u64, u64, String) -> String,
) -> Measurement {
    m.undisclosed = Some(u64::from(counts.undisclosed));
    m.complete_count = true;
    let (w, k) = (u64::from(counts.women), counts.known());
    if k > 0 && matches!(m.quantity, Quantity::Share(_)) {
        m.finding = Some(finding(w, k, pct(w as f64 / k as f64)));
    }
    m
}
