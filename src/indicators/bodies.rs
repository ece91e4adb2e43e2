//! Indicators of statutory bodies: women's share of seats and of leadership roles, the
//! presidency, vacant or unrecorded seats, undisclosed genders, and the seats the
//! under-represented gender still needs to reach the framework's target.

use crate::i18n::Message;
use crate::i18n::format::pct;
use crate::indicators::{Context, Indicator, Measurement, Quantity, Subject};
use crate::model::{Body, BuiltinKey, Composition, Gender, Input, Role};
use crate::stats::Proportion;
use crate::stats::{seats_needed, seats_short};

/// The built-in body indicators, one set per body:
///
/// | id | unit | what |
/// |---|---|---|
/// | `body.<id>.women_share` | share | women among members whose gender is known |
/// | `body.<id>.leadership.women_share` | share | women among members in leadership roles (framework's list) |
/// | `body.<id>.presidency_woman` | flag | whether the president is a woman |
/// | `body.<id>.unfilled_seats` | count | seats minus members recorded |
/// | `body.<id>.undisclosed` | count | members whose gender is undisclosed |
/// | `body.<id>.seats_short` | count | seats the under-represented gender still needs (EU rounding) |
///
/// ```
/// use gender_impact::indicators::{Indicator, Context, Quantity};
/// let input = gender_impact::metropolis_2023();
/// let framework = gender_impact::Framework::metropolis();
/// let ctx = Context { framework: &framework, interval: Default::default(), level: Default::default() };
/// let m = gender_impact::indicators::BodyIndicators.measure(&input, &ctx);
/// assert_eq!(m[0].id, "body.board.women_share");
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct BodyIndicators;

impl Indicator for BodyIndicators {
    fn name(&self) -> &str {
        "statutory bodies"
    }

    fn measure(&self, input: &Input, ctx: &Context<'_>) -> Vec<Measurement> {
        let mut out = Vec::with_capacity(input.bodies.len() * 6);
        for body in &input.bodies {
            measure_body(body, ctx, &mut out);
        }
        out
    }
}

fn measure_body(body: &Body, ctx: &Context<'_>, out: &mut Vec<Measurement>) {
    let subject = Subject::Body {
        id: body.id.to_string(),
        kind: body.kind,
    };
    let name = body.name.as_str();
    let counts = body.counts();
    let of = Some(body.id.as_str());
    let measurement = |key: BuiltinKey, method: String, q: Quantity| {
        Measurement::builtin(key, of, Some(name), method, subject.clone(), q)
    };
    let known = counts.known();
    let women = u64::from(counts.women);

    // Women's share of filled seats.
    let mut m = measurement(
        BuiltinKey::BodyWomenShare,
        "Women among the members whose gender is known (women, men and non-binary members); members with undisclosed gender are counted beside the share.".into(),
        share_or_reason(women, known, "reason-body-no-known"),
    );
    m.undisclosed = Some(u64::from(counts.undisclosed));
    m.complete_count = true;
    m.reference = body.reference_share;
    if known > 0 {
        m.finding = Some(format!(
            "Women hold {women} of {known} seats on the {name} ({})",
            pct(women as f64 / known as f64)
        ));
    }
    out.push(m);

    // Leadership roles.
    let mut leaders_undisclosed = None;
    let leadership = match &body.composition {
        Composition::Counts(_) => not_computable("reason-aggregate-counts"),
        Composition::Members(ms) => {
            let leaders = ms.iter().filter(|m| ctx.framework.is_leadership(m.role));
            let (mut w, mut k, mut any) = (0u64, 0u64, false);
            for l in leaders {
                any = true;
                match l.gender {
                    Gender::Woman => {
                        w += 1;
                        k += 1
                    }
                    Gender::Undisclosed => *leaders_undisclosed.get_or_insert(0) += 1,
                    _ => k += 1,
                }
            }
            leaders_undisclosed.get_or_insert(0);
            if !any {
                Quantity::NotComputable(
                    Message::new("reason-no-leader").text("roles", roles_list(ctx)),
                )
            } else {
                share_or_reason(w, k, "reason-leaders-no-known")
            }
        }
    };
    let mut m = measurement(
        BuiltinKey::BodyLeadershipWomenShare,
        format!(
            "Women among the members in leadership roles ({}) whose gender is known.",
            roles_list(ctx)
        ),
        leadership,
    );
    m.complete_count = true;
    m.undisclosed = leaders_undisclosed;
    m.reference = body.reference_share;
    if let Quantity::Share(p) = &m.quantity
        && let Some(s) = p.share()
    {
        m.finding = Some(format!(
            "Women hold {} of {} leadership roles on the {name} ({})",
            p.successes(),
            p.trials(),
            pct(s.get())
        ));
    }
    out.push(m);

    // Presidency.
    let presidency = match &body.composition {
        Composition::Counts(_) => not_computable("reason-aggregate-counts"),
        Composition::Members(ms) => match ms.iter().find(|m| m.role == Role::President) {
            None => not_computable("reason-no-president"),
            Some(p) if p.gender == Gender::Undisclosed => {
                not_computable("reason-president-undisclosed")
            }
            Some(p) => Quantity::Flag(p.gender == Gender::Woman),
        },
    };
    let mut m = measurement(
        BuiltinKey::BodyPresidencyWoman,
        "Whether the member with the role `president` is a woman (co-presidents are counted among leadership roles).".into(),
        presidency,
    );
    if let Quantity::Flag(w) = m.quantity {
        m.finding = Some(if w {
            format!("The {name} is presided over by a woman")
        } else {
            format!("The {name} is not presided over by a woman")
        });
    }
    out.push(m);

    // Vacant or unrecorded seats.
    let filled = counts.total();
    let unfilled = match body.seats {
        Some(s) => Quantity::Count(u64::from(s).saturating_sub(filled)),
        None => not_computable("reason-no-seats"),
    };
    let mut m = measurement(
        BuiltinKey::BodyUnfilledSeats,
        "Seats of the body minus the members recorded: seats that are vacant, or filled by people the records do not list.".into(),
        unfilled,
    );
    if let (Quantity::Count(u), Some(s)) = (&m.quantity, body.seats)
        && *u > 0
    {
        m.finding = Some(format!(
            "The {name} has {s} seats but the records list {filled} members: {u} seats are vacant or not recorded"
        ));
    }
    out.push(m);

    // Undisclosed genders.
    let mut m = measurement(
        BuiltinKey::BodyUndisclosed,
        "Members recorded with gender `undisclosed`; they are left out of the shares.".into(),
        Quantity::Count(u64::from(counts.undisclosed)),
    );
    m.complete_count = true;
    out.push(m);

    // Seats still needed by the under-represented gender.
    let men = u64::from(counts.men);
    let seats = u64::from(body.seats.unwrap_or(0)).max(filled);
    let target = ctx.framework.seat_target;
    let quantity = if known == 0 {
        not_computable("reason-body-no-known")
    } else {
        let seats32 = u32::try_from(seats).unwrap_or(u32::MAX);
        let held = u32::try_from(women.min(men)).unwrap_or(u32::MAX);
        Quantity::Count(u64::from(seats_short(seats32, held, target)))
    };
    let mut m = measurement(
        BuiltinKey::BodySeatsShort,
        format!(
            "Seats the under-represented gender needs to reach {} of the body's seats, rounded as Directive (EU) 2022/2381 does (the number closest to the target without exceeding 49%), minus the seats it holds.",
            pct(target.get())
        ),
        quantity,
    );
    if let Quantity::Count(short) = m.quantity {
        let seats32 = u32::try_from(seats).unwrap_or(u32::MAX);
        let needed = seats_needed(seats32, target);
        let (who, held) = if women <= men {
            ("women", women)
        } else {
            ("men", men)
        };
        m.finding = Some(if short > 0 {
            format!(
                "To reach the {} target on the {name}, {who} need {needed} of its {seats} seats (rounded as Directive (EU) 2022/2381 does): {short} more than the {held} they hold",
                pct(target.get())
            )
        } else {
            format!(
                "On the {name}, {who} (the under-represented gender) hold {held} of {seats} seats, at or above the {needed} needed for the {} target",
                pct(target.get())
            )
        });
    }
    out.push(m);
}

fn roles_list(ctx: &Context<'_>) -> String {
    ctx.framework
        .leadership_roles
        .iter()
        .map(|r| r.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A share when the denominator is positive, else "not computable" with the reason `reason`
/// (a catalogue id).
pub(crate) fn share_or_reason(successes: u64, trials: u64, reason: &'static str) -> Quantity {
    if trials == 0 {
        return not_computable(reason);
    }
    match Proportion::new(successes, trials) {
        Ok(p) => Quantity::Share(p),
        Err(e) => Quantity::NotComputable(Message::verbatim(e.to_string())),
    }
}

/// "Not computable" for the reason `reason` (a catalogue id without arguments).
pub(crate) fn not_computable(reason: &'static str) -> Quantity {
    Quantity::NotComputable(Message::new(reason))
}
