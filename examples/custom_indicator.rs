//! A user-defined indicator, added to an assessment without forking the crate.
//!
//! The built-in body indicators give women's share of all seats and of leadership roles. This
//! example adds the complement of the second: **women's share of the ordinary seats**, the
//! seats held by members outside the framework's leadership roles. It implements the public
//! [`Indicator`] trait, joins the built-in indicators through [`Assessor::with_indicator`], and
//! is rated by a custom framework: the Metropolis framework, read through serde, with one extra
//! criterion for the new indicator's key.
//!
//! Run it with `cargo run --example custom_indicator`. It prints no personal names: the
//! indicator reads genders and roles only, and the example checks its own output against every
//! name in the records before printing.
//!
//! # Expected output (computed by hand from `data/metropolis-2023.json`)
//!
//! - **Board** (31 members listed for 35 seats): the framework's leadership roles (president,
//!   co-president, vice-president, treasurer, secretary general) are held by 14 members (1
//!   president, 7 co-presidents, 5 regional vice-presidents, 1 treasurer), 4 of them women. The
//!   other **17** members hold ordinary seats and **1** of them is a woman:
//!   `body.board.ordinary.women_share` = 1/17 = **5.9%**; Wilson 95% interval **1.0%–27.0%**;
//!   exact two-sided binomial test against 50%: the outcomes 0, 1, 16 and 17 women are no more
//!   likely than 1, so p = (1 + 17 + 17 + 1) / 2¹⁷ = 36/131072 = **0.000275** (shown as 0.0003).
//! - **Presidency** (the president and the 7 co-presidents): every member holds a leadership
//!   role, so `body.presidency.ordinary.women_share` is **not computable** (no ordinary seat).
//! - Under the default Metropolis framework the new indicator is **not rated** (no criterion has
//!   its key). Under the custom framework, the extra criterion (key `body.ordinary.women_share`,
//!   boards, assemblies and committees, weight 1, the balance bands) rates the board's 5.9%
//!   **missing** (below the 30% of the lowest band), and the presidency's indicator is not
//!   rated (the criterion does not cover presidencies). The leadership pillar's score goes from
//!   (2·0 + 2·1 + 1·0)/5 = **0.40** (board seats 16.1% missing, presidency seats 37.5%
//!   approaches, board leadership 28.6% missing) to (2·0 + 2·1 + 1·0 + 1·0)/6 = **0.33**; both are
//!   rated missing. With the secretariat pillar at (1 + 1 + 2)/3 = 1.33, the overall score goes
//!   from (0.40 + 1.33)/2 = **0.87** to (0.33 + 1.33)/2 = **0.83**, rated missing either way.

use std::process::ExitCode;

use gender_impact::indicators::{Context, Indicator, Measurement, Quantity, Subject, Unit};
use gender_impact::stats::Proportion;
use gender_impact::{Assessment, Assessor, Composition, Framework, Gender, Input};

/// The key framework criteria match (the id with its subject left out).
const KEY: &str = "body.ordinary.women_share";

/// Women's share of the ordinary seats of each body listed member by member: women among the
/// members outside the framework's leadership roles whose gender is known.
struct OrdinarySeats;

impl Indicator for OrdinarySeats {
    fn name(&self) -> &str {
        "ordinary seats"
    }

    fn measure(&self, input: &Input, ctx: &Context<'_>) -> Vec<Measurement> {
        let mut out = Vec::new();
        for body in &input.bodies {
            // Roles are only known for bodies recorded person by person.
            let Composition::Members(members) = &body.composition else {
                continue;
            };
            // Which roles are leadership is the framework's call, so read it from the context.
            let ordinary = members
                .iter()
                .filter(|m| !ctx.framework.is_leadership(m.role));
            let (mut women, mut known, mut undisclosed, mut seats) = (0u64, 0u64, 0u64, 0u64);
            for m in ordinary {
                seats += 1;
                match m.gender {
                    Gender::Woman => {
                        women += 1;
                        known += 1;
                    }
                    Gender::Undisclosed => undisclosed += 1,
                    _ => known += 1,
                }
            }
            // A share when someone's gender is known; otherwise say why, never panic.
            let quantity = if seats == 0 {
                Quantity::NotComputable("every member holds a leadership role".into())
            } else if known == 0 {
                Quantity::NotComputable("no member in an ordinary seat has a known gender".into())
            } else {
                match Proportion::new(women, known) {
                    Ok(p) => Quantity::Share(p),
                    Err(e) => Quantity::NotComputable(e.to_string().into()),
                }
            };
            let name = body.name.as_str();
            let mut m = Measurement::new(
                format!("body.{}.ordinary.women_share", body.id),
                KEY,
                format!("Women's share of ordinary seats: {name}"),
                Unit::Share,
                "Women among the members outside the framework's leadership roles whose gender is known.",
                // A body subject with its kind, so that criteria can be limited to kinds of body.
                Subject::Body {
                    id: body.id.to_string(),
                    kind: body.kind,
                },
                quantity,
            );
            m.undisclosed = Some(undisclosed);
            m.complete_count = true; // the listing is the whole body, not a sample
            m.reference = body.reference_share; // the body's own pool share, if it gives one
            if known > 0 {
                // The assessment appends the threshold and the rating when a criterion applies.
                let pct = 100.0 * women as f64 / known as f64;
                m.finding = Some(format!(
                    "Women hold {women} of {known} ordinary seats (outside leadership roles) on the {name} ({pct:.0}%)"
                ));
            }
            out.push(m);
        }
        out
    }
}

/// The Metropolis framework with one extra criterion in its leadership pillar, written as JSON
/// (what a user would keep in a file) and read back through the validating parser.
fn framework_with_ordinary_seats() -> Framework {
    let mut doc = serde_json::to_value(Framework::metropolis()).expect("a framework serialises");
    doc["id"] = "metropolis-ordinary-seats".into();
    doc["version"] = "1.0.0-example".into();
    doc["name"] = "Metropolis gender mainstreaming strategy, with ordinary seats".into();
    let leadership = doc["pillars"]
        .as_array_mut()
        .and_then(|pillars| pillars.iter_mut().find(|p| p["id"] == "leadership"))
        .expect("the Metropolis framework has a leadership pillar");
    leadership["criteria"]
        .as_array_mut()
        .expect("criteria are a list")
        .push(serde_json::json!({
            "indicator": KEY,
            "body_kinds": ["board", "assembly", "committee"],
            "weight": 1,
            "label": "balance",
            "bands": [
                {"rating": "exceeds", "min": 0.47, "max": 0.53},
                {"rating": "meets", "min": 0.4, "max": 0.6},
                {"rating": "approaches", "min": 0.3, "max": 0.7}
            ]
        }));
    let json = serde_json::to_string_pretty(&doc).expect("JSON serialises");
    Framework::from_json(&json).unwrap_or_else(|e| panic!("the custom framework is invalid:\n{e}"))
}

/// The result of each `body.*.ordinary.women_share` indicator, in words.
fn describe(a: &Assessment, out: &mut String) {
    for r in a.indicators.iter().filter(|r| r.key == KEY) {
        out.push_str(&format!("- `{}`: ", r.id));
        match (r.value, r.numerator, r.denominator) {
            (Some(v), Some(k), Some(n)) => {
                out.push_str(&format!("{:.1}% ({k} of {n})", 100.0 * v));
                if let Some(i) = r.interval {
                    out.push_str(&format!(
                        "; {:.0}% interval ({}) {:.1}%–{:.1}%",
                        100.0 * i.level,
                        i.method,
                        100.0 * i.low,
                        100.0 * i.high
                    ));
                }
                if let Some(t) = r.test {
                    out.push_str(&format!(
                        "; binomial test against {:.0}%: p = {:.6}",
                        100.0 * t.reference,
                        t.p_value
                    ));
                }
            }
            _ => out.push_str(&format!(
                "not computable ({})",
                r.not_computable.as_deref().unwrap_or("no value")
            )),
        }
        out.push_str(&format!("; rating: {}\n", r.rating.label()));
    }
    for f in &a.findings {
        if f.indicator
            .as_deref()
            .is_some_and(|id| id.ends_with(".ordinary.women_share"))
        {
            out.push_str(&format!("- Finding: {}\n", f.text));
        }
    }
    for p in &a.summary.pillars {
        if let Some(s) = p.score {
            out.push_str(&format!(
                "- Pillar `{}`: score {s:.2}, {}\n",
                p.id,
                p.rating.label()
            ));
        }
    }
    if let Some(s) = a.summary.overall.score {
        out.push_str(&format!(
            "- Overall: score {s:.2}, {}\n",
            a.summary.overall.rating.label()
        ));
    }
}

/// The Markdown report's indicator sections that list the custom indicator: each `### ...`
/// heading and table header, with the custom rows only (the built-in rows are left out here).
fn markdown_sections(a: &Assessment) -> String {
    let md = gender_impact::report::markdown(a);
    let mut out = String::new();
    let mut heading = "";
    let mut header: Vec<&str> = Vec::new();
    let mut rows: Vec<&str> = Vec::new();
    let mut flush = |heading: &str, header: &[&str], rows: &mut Vec<&str>| {
        if !rows.is_empty() {
            out.push_str(&format!(
                "{heading}\n\n{}\n{}\n\n",
                header.join("\n"),
                rows.join("\n")
            ));
            rows.clear();
        }
    };
    for line in md.lines() {
        if line.starts_with('#') {
            flush(heading, &header, &mut rows);
            heading = line;
            header.clear();
        } else if line.starts_with("| Indicator ") || line.starts_with("|---") {
            header.push(line);
        } else if line.contains(".ordinary.women_share` |") {
            rows.push(line);
        }
    }
    flush(heading, &header, &mut rows);
    out
}

/// What `--help` prints.
const USAGE: &str = "\
usage: custom_indicator

Assesses the bundled Metropolis 2023 dataset with a user-defined indicator (women's share of
the ordinary seats), under the default framework and under a framework that rates it, and
prints what each says about it. Takes no other argument.";

/// `Some(exit code)` when the program should stop before its work: `--help`, or any argument.
fn arguments() -> Option<ExitCode> {
    let arg = std::env::args().nth(1)?;
    if arg == "-h" || arg == "--help" {
        println!("{USAGE}");
        return Some(ExitCode::SUCCESS);
    }
    eprintln!("custom_indicator: unexpected argument `{arg}`\n{USAGE}");
    Some(ExitCode::from(2))
}

fn main() -> ExitCode {
    if let Some(code) = arguments() {
        return code;
    }
    let input = gender_impact::metropolis_2023();
    let mut out = String::new();

    // 1. The default framework: the new indicator is computed and listed, but not rated.
    let a = Assessor::new()
        .with_indicator(OrdinarySeats)
        .assess(&input)
        .expect("the Metropolis dataset assesses");
    out.push_str("# Default framework (metropolis): the custom indicator is not rated\n\n");
    describe(&a, &mut out);
    out.push('\n');
    out.push_str(&markdown_sections(&a));

    // 2. A custom framework with a criterion for the new key rates it.
    let framework = framework_with_ordinary_seats();
    let a = Assessor::new()
        .framework(framework)
        .with_indicator(OrdinarySeats)
        .assess(&input)
        .expect("the Metropolis dataset assesses");
    out.push_str(&format!(
        "# Custom framework ({} {}): one extra criterion for `{KEY}`\n\n",
        a.framework.name, a.framework.version
    ));
    describe(&a, &mut out);
    out.push('\n');
    out.push_str(&markdown_sections(&a));

    // The records hold names; the output must not.
    let mut names: Vec<&str> = Vec::new();
    for body in &input.bodies {
        if let Some(ms) = body.members() {
            names.extend(
                ms.iter()
                    .filter_map(|m| m.name.as_ref().map(|n| n.as_str())),
            );
        }
    }
    if let Some(staff) = &input.staff
        && let gender_impact::StaffComposition::Members(ms) = &staff.composition
    {
        names.extend(
            ms.iter()
                .filter_map(|m| m.name.as_ref().map(|n| n.as_str())),
        );
    }
    assert!(
        names.iter().all(|n| !out.contains(n)),
        "the output must not contain personal names"
    );
    print!("{out}");
    ExitCode::SUCCESS
}
