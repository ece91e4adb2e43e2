//! The cross-field rules: what the schema cannot express (unique ids, counts not above seats,
//! dates inside the period, reported figures that name a known indicator...), every problem at
//! once.

use super::messages::*;
use super::problem::{Invalid, Problem};
use crate::i18n::Message;
use crate::model::{Body, Composition, Input, StaffComposition};

impl Input {
    /// Checks the cross-field rules the schema cannot express, reporting every problem.
    ///
    /// Rules: the period does not end before it starts; the organisation's `employees` is at least 1,
    /// and given when it names a `jurisdiction`; body ids are unique; a body does not
    /// hold more people than its seats; at most one president per body; composition dates fall
    /// inside the period; grade ids are unique and every staff entry names a listed grade
    /// (counts list each grade at most once); initiative ids are unique, their dates fall inside
    /// the period and their head counts are within [`Counts::MAX`](crate::Counts::MAX); policy
    /// ids are unique, each policy has a stage, no stage is dated after the period, and only an
    /// `adopted_elsewhere` stage names the adopting member (which it must); project, outcome and
    /// fund ids are unique and outcome values lie within ±1e12; other periods overlap neither
    /// one another nor the main period and follow the same rules; target ids are unique and
    /// a share's target lies in [0, 1]; reported figures name a known indicator with a
    /// matching unit and a plausible value.
    ///
    /// ```
    /// let mut input = gender_impact::metropolis_2023();
    /// assert!(input.check().is_ok());
    /// input.bodies[1].id = input.bodies[0].id.clone();
    /// let err = input.check().unwrap_err();
    /// assert_eq!(err.problems()[0].pointer(), Some("/bodies/1/id"));
    /// ```
    pub fn check(&self) -> Result<(), Invalid> {
        let mut p = Vec::new();
        if let crate::model::Period::Range(r) = &self.period
            && r.end < r.start
        {
            p.push(Problem::localised(
                "/period/end",
                Message::new("input-end-before-start")
                    .text("start", r.start.to_string())
                    .text("end", r.end.to_string()),
            ));
        }
        p.extend(self.unknown_framework());
        p.extend(self.organisation_headcount());
        let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (i, b) in self.bodies.iter().enumerate() {
            if let Some(first) = seen.insert(b.id.as_str(), i) {
                seen.insert(b.id.as_str(), first);
                p.push(duplicate_id(
                    format!("/bodies/{i}/id"),
                    "body",
                    b.id.as_str(),
                    format!("/bodies/{first}/id"),
                ));
            }
            check_body(self, i, b, &mut p);
        }
        if let Some(staff) = &self.staff {
            check_staff(self, staff, &mut p);
        }
        for (i, f) in self.reported.iter().enumerate() {
            super::reported::check_reported(self, i, f, &mut p);
        }
        check_initiatives(self, &mut p);
        check_policies(self, &mut p);
        check_projects(self, &mut p);
        check_progress(self, &mut p);
        if let Some(pay) = &self.pay {
            check_pay(pay, &mut p);
        }
        if p.is_empty() {
            Ok(())
        } else {
            Err(Invalid::new(p))
        }
    }

    /// The problem of a headcount of 0, or of a `jurisdiction` without a headcount.
    fn organisation_headcount(&self) -> Option<Problem> {
        let o = &self.organisation;
        match (o.employees, o.jurisdiction) {
            (Some(0), _) => Some(Problem::localised(
                "/organisation/employees",
                Message::new("input-employees-zero"),
            )),
            (None, Some(c)) => Some(Problem::localised(
                "/organisation/employees",
                Message::new("input-employees-missing").text("country", c.code()),
            )),
            _ => None,
        }
    }

    /// The problem of a `framework` that names no built-in framework.
    fn unknown_framework(&self) -> Option<Problem> {
        let id = self.framework.as_ref()?;
        if crate::model::Framework::built_in_ref(id.as_str()).is_some() {
            return None;
        }
        Some(Problem::localised(
            "/framework",
            Message::new("input-unknown-framework")
                .text("id", id.as_str())
                .text("built-in", crate::model::Framework::BUILT_IN.join(", ")),
        ))
    }
}

pub(super) fn check_counts(pointer: &str, c: &crate::model::Counts, p: &mut Vec<Problem>) {
    for field in c.too_large() {
        p.push(Problem::localised(
            format!("{pointer}/{field}"),
            limit(
                Message::new("input-maximum"),
                crate::model::Counts::MAX.to_string(),
            ),
        ));
    }
}

pub(super) fn check_body(input: &Input, i: usize, b: &Body, p: &mut Vec<Problem>) {
    if let Composition::Counts(c) = &b.composition {
        check_counts(&format!("/bodies/{i}/counts"), c, p);
    }
    let filled = b.filled_seats();
    if let Some(seats) = b.seats
        && filled > u64::from(seats)
    {
        let field = match b.composition {
            Composition::Members(_) => "members",
            Composition::Counts(_) => "counts",
        };
        let what = if field == "members" {
            "members"
        } else {
            "people"
        };
        let m = Message::new("input-over-seats").text("what", what);
        let m = whole(m, ("seats", "seats_raw"), u64::from(seats));
        p.push(Problem::localised(
            format!("/bodies/{i}/{field}"),
            whole(m, ("filled", "filled_raw"), filled),
        ));
    }
    if let Some(d) = b.as_of
        && !input.period.contains(d)
    {
        p.push(outside_period(format!("/bodies/{i}/as_of"), input, d));
    }
    if let Composition::Members(ms) = &b.composition {
        let presidents: Vec<usize> = ms
            .iter()
            .enumerate()
            .filter(|(_, m)| m.role == crate::model::Role::President)
            .map(|(j, _)| j)
            .collect();
        for &j in presidents.iter().skip(1) {
            p.push(Problem::localised(
                format!("/bodies/{i}/members/{j}/role"),
                Message::new("input-president-twice").text(
                    "first",
                    format!("/bodies/{i}/members/{}/role", presidents[0]),
                ),
            ));
        }
    }
}

pub(super) fn check_staff(input: &Input, staff: &crate::model::Staff, p: &mut Vec<Problem>) {
    let mut grades: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (k, g) in staff.grades.iter().enumerate() {
        if let Some(&first) = grades.get(g.id.as_str()) {
            p.push(duplicate_id(
                format!("/staff/grades/{k}/id"),
                "grade",
                g.id.as_str(),
                format!("/staff/grades/{first}/id"),
            ));
        } else {
            grades.insert(g.id.as_str(), k);
        }
    }
    let mut listed: Vec<String> = Vec::new();
    for g in &staff.grades {
        let name = format!("`{}`", g.id);
        if !listed.contains(&name) {
            listed.push(name);
        }
    }
    let listed = listed.join(", ");
    match &staff.composition {
        StaffComposition::Members(ms) => {
            for (j, m) in ms.iter().enumerate() {
                if !grades.contains_key(m.grade.as_str()) {
                    p.push(Problem::localised(
                        format!("/staff/members/{j}/grade"),
                        Message::new("input-unknown-grade")
                            .text("listed", listed.as_str())
                            .text("grade", m.grade.as_str()),
                    ));
                }
            }
        }
        StaffComposition::Counts(cs) => {
            for (j, c) in cs.iter().enumerate() {
                check_counts(&format!("/staff/counts/{j}/counts"), &c.counts, p);
            }
            let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
            for (j, c) in cs.iter().enumerate() {
                if !grades.contains_key(c.grade.as_str()) {
                    p.push(Problem::localised(
                        format!("/staff/counts/{j}/grade"),
                        Message::new("input-unknown-grade")
                            .text("listed", listed.as_str())
                            .text("grade", c.grade.as_str()),
                    ));
                } else if let Some(first) = seen.insert(c.grade.as_str(), j) {
                    seen.insert(c.grade.as_str(), first);
                    p.push(Problem::localised(
                        format!("/staff/counts/{j}/grade"),
                        Message::new("input-grade-twice")
                            .text("grade", c.grade.as_str())
                            .text("first", format!("/staff/counts/{first}/grade")),
                    ));
                }
            }
        }
    }
    if let Some(d) = staff.as_of
        && !input.period.contains(d)
    {
        p.push(outside_period("/staff/as_of".to_string(), input, d));
    }
}

pub(super) fn check_initiatives(input: &Input, p: &mut Vec<Problem>) {
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, it) in input.initiatives.iter().enumerate() {
        if let Some(&first) = seen.get(it.id.as_str()) {
            p.push(duplicate_id(
                format!("/initiatives/{i}/id"),
                "initiative",
                it.id.as_str(),
                format!("/initiatives/{first}/id"),
            ));
        } else {
            seen.insert(it.id.as_str(), i);
        }
        if let Some(d) = it.date
            && !input.period.contains(d)
        {
            p.push(outside_period(format!("/initiatives/{i}/date"), input, d));
        }
        if let Some(a) = &it.audience {
            check_counts(&format!("/initiatives/{i}/audience"), &a.counts(), p);
        }
        if let Some(s) = &it.speakers {
            check_counts(&format!("/initiatives/{i}/speakers"), &s.counts(), p);
        }
    }
}

pub(super) fn check_policies(input: &Input, p: &mut Vec<Problem>) {
    use crate::model::PolicyStage;
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, pol) in input.policies.iter().enumerate() {
        if let Some(&first) = seen.get(pol.id.as_str()) {
            p.push(duplicate_id(
                format!("/policies/{i}/id"),
                "policy",
                pol.id.as_str(),
                format!("/policies/{first}/id"),
            ));
        } else {
            seen.insert(pol.id.as_str(), i);
        }
        if pol.stages.is_empty() {
            p.push(Problem::localised(
                format!("/policies/{i}/stages"),
                Message::new("input-no-stage"),
            ));
        }
        if pol
            .members_reached
            .is_some_and(|m| m > crate::model::Counts::MAX)
        {
            p.push(Problem::localised(
                format!("/policies/{i}/members_reached"),
                limit(
                    Message::new("input-maximum"),
                    crate::model::Counts::MAX.to_string(),
                ),
            ));
        }
        for (j, s) in pol.stages.iter().enumerate() {
            if let Some(d) = s.date
                && d > input.period.end()
            {
                p.push(Problem::localised(
                    format!("/policies/{i}/stages/{j}/date"),
                    Message::new("input-stage-after-period")
                        .text("end", input.period.end().to_string())
                        .text("date", d.to_string()),
                ));
            }
            match (s.stage, &s.member) {
                (PolicyStage::AdoptedElsewhere, None) => p.push(Problem::localised(
                    format!("/policies/{i}/stages/{j}/member"),
                    Message::new("input-adopting-member-missing"),
                )),
                (stage, Some(_)) if stage != PolicyStage::AdoptedElsewhere => {
                    p.push(Problem::localised(
                        format!("/policies/{i}/stages/{j}/member"),
                        Message::new("input-member-on-other-stage"),
                    ))
                }
                _ => {}
            }
        }
    }
}

pub(super) fn check_projects(input: &Input, p: &mut Vec<Problem>) {
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, pr) in input.projects.iter().enumerate() {
        if let Some(&first) = seen.get(pr.id.as_str()) {
            p.push(duplicate_id(
                format!("/projects/{i}/id"),
                "project",
                pr.id.as_str(),
                format!("/projects/{first}/id"),
            ));
        } else {
            seen.insert(pr.id.as_str(), i);
        }
        let mut outcomes: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (j, o) in pr.outcomes.iter().enumerate() {
            if let Some(&first) = outcomes.get(o.id.as_str()) {
                p.push(duplicate_id(
                    format!("/projects/{i}/outcomes/{j}/id"),
                    "outcome",
                    o.id.as_str(),
                    format!("/projects/{i}/outcomes/{first}/id"),
                ));
            } else {
                outcomes.insert(o.id.as_str(), j);
            }
            for (field, v) in [
                ("baseline", o.baseline),
                ("target", o.target),
                ("observed", o.observed),
            ] {
                if v.is_some_and(|v| !(v.value.is_finite() && v.value.abs() <= 1e12)) {
                    p.push(Problem::localised(
                        format!("/projects/{i}/outcomes/{j}/{field}/value"),
                        Message::new("input-outcome-range"),
                    ));
                }
            }
        }
    }
    if let Some(r) = &input.resources {
        let mut funds: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (i, f) in r.gender_funds.iter().enumerate() {
            if let Some(&first) = funds.get(f.id.as_str()) {
                p.push(duplicate_id(
                    format!("/resources/gender_funds/{i}/id"),
                    "fund",
                    f.id.as_str(),
                    format!("/resources/gender_funds/{first}/id"),
                ));
            } else {
                funds.insert(f.id.as_str(), i);
            }
            if f.years.is_some_and(|y| !(1..=100).contains(&y)) {
                p.push(Problem::localised(
                    format!("/resources/gender_funds/{i}/years"),
                    Message::new("input-fund-years"),
                ));
            }
        }
    }
}

pub(super) fn check_progress(input: &Input, p: &mut Vec<Problem>) {
    // Periods may not overlap one another or the main period.
    let mut spans: Vec<(String, crate::model::Period)> =
        vec![("/period".to_string(), input.period)];
    for (i, other) in input.periods.iter().enumerate() {
        let here = format!("/periods/{i}/period");
        if let crate::model::Period::Range(r) = &other.period
            && r.end < r.start
        {
            p.push(Problem::localised(
                format!("{here}/end"),
                Message::new("input-end-before-start")
                    .text("start", r.start.to_string())
                    .text("end", r.end.to_string()),
            ));
            continue;
        }
        if let Some((at, _)) = spans
            .iter()
            .find(|(_, q)| other.period.start() <= q.end() && q.start() <= other.period.end())
        {
            let m = match &other.period {
                crate::model::Period::Year(y) => Message::new("input-period-overlap")
                    .text("form", "year")
                    .text("year", y.year.get().to_string()),
                crate::model::Period::Range(r) => Message::new("input-period-overlap")
                    .text("form", "range")
                    .text("start", r.start.to_string())
                    .text("end", r.end.to_string()),
            };
            p.push(Problem::localised(here.clone(), m.text("at", at.as_str())));
        }
        spans.push((here, other.period));
        // The records of the period follow the same rules as the main ones.
        if let Err(e) = other.to_input(input).check() {
            for q in e.problems() {
                p.push(q.within(&format!("/periods/{i}")));
            }
        }
    }
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, t) in input.targets.iter().enumerate() {
        if let Some(&first) = seen.get(t.id.as_str()) {
            p.push(duplicate_id(
                format!("/targets/{i}/id"),
                "target",
                t.id.as_str(),
                format!("/targets/{first}/id"),
            ));
        } else {
            seen.insert(t.id.as_str(), i);
        }
        if let Some(v) = t.value {
            let share = t.indicator.ends_with("share");
            let max = if share { 1.0 } else { 1e12 };
            if !(v.is_finite() && (0.0..=max).contains(&v)) {
                p.push(Problem::localised(
                    format!("/targets/{i}/value"),
                    Message::new(if share {
                        "input-target-share"
                    } else {
                        "input-target-range"
                    }),
                ));
            }
        }
        if t.indicator.trim().is_empty() {
            p.push(Problem::localised(
                format!("/targets/{i}/indicator"),
                Message::new("input-target-indicator-empty"),
            ));
        }
    }
}

pub(super) fn check_pay(pay: &crate::model::PaySection, p: &mut Vec<Problem>) {
    let categories: std::collections::BTreeSet<&str> = pay
        .workers
        .iter()
        .filter_map(|w| w.category.as_ref().map(|c| c.as_str()))
        .collect();
    let mut seen = std::collections::HashMap::new();
    for (i, j) in pay.justifications.iter().enumerate() {
        let c = j.category.as_str();
        if !categories.contains(c) {
            p.push(Problem::localised(
                format!("/pay/justifications/{i}/category"),
                whole(
                    Message::new("input-pay-category-unknown"),
                    ("n", "n_raw"),
                    categories.len() as u64,
                ),
            ));
        }
        if let Some(first) = seen.insert(c, i) {
            p.push(Problem::localised(
                format!("/pay/justifications/{i}/category"),
                Message::new("input-pay-category-twice")
                    .text("first", format!("/pay/justifications/{first}/category")),
            ));
        }
    }
}

/// An id met a second time: `what` is the kind of record (a selector key: `body`, `grade`,
/// `initiative`, `policy`, `project`, `outcome`, `fund`, `target`); `first` points at the first one.
pub(super) fn duplicate_id(
    pointer: String,
    what: &'static str,
    id: &str,
    first: String,
) -> Problem {
    Problem::localised(
        pointer,
        Message::new("input-duplicate-id")
            .text("what", what)
            .text("id", id)
            .text("first", first),
    )
}

/// A date outside the period of the records.
pub(super) fn outside_period(pointer: String, input: &Input, date: crate::model::Date) -> Problem {
    Problem::localised(
        pointer,
        Message::new("input-date-outside-period")
            .text("start", input.period.start().to_string())
            .text("end", input.period.end().to_string())
            .text("date", date.to_string()),
    )
}
