//! The people listed in the records, with their names: what `gia assess --show-names` adds to a
//! report, so that whoever keeps the records can check them. Never part of an assessment unless
//! asked for ([`Assessor::show_names`](crate::Assessor::show_names)).
//!
//! ```
//! let input = gender_impact::metropolis_2023();
//! let people = gender_impact::indicators::people(&input);
//! assert_eq!(people.iter().filter(|p| p.group == "body.board").count(), 31);
//! let a = gender_impact::assess(&input).unwrap();
//! assert!(a.people.is_none()); // not unless asked
//! ```

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::{Composition, Gender, Input, Role, StaffComposition};

/// One person as recorded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Person {
    /// Where the person is listed: `body.<id>` or `staff.grade.<id>`.
    pub group: String,
    /// Position in the records (0-based): `/bodies/<i>/members/<index>` or `/staff/members/<index>`.
    pub index: usize,
    /// The name, when recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The title, when recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The gender recorded.
    pub gender: Gender,
    /// Whether the gender was inferred and could be wrong.
    pub gender_uncertain: bool,
    /// The role in a body (absent for staff).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
}

/// Everyone the records list one by one (bodies recorded as counts, and staff recorded as head
/// counts, list nobody), in the order of the records.
pub fn people(input: &Input) -> Vec<Person> {
    let mut out = Vec::new();
    for b in &input.bodies {
        if let Composition::Members(members) = &b.composition {
            for (index, m) in members.iter().enumerate() {
                out.push(Person {
                    group: format!("body.{}", b.id),
                    index,
                    name: m.name.as_ref().map(|n| n.as_str().to_string()),
                    title: m.title.as_ref().map(|t| t.as_str().to_string()),
                    gender: m.gender,
                    gender_uncertain: m.gender_uncertain,
                    role: Some(m.role),
                });
            }
        }
    }
    if let Some(staff) = &input.staff
        && let StaffComposition::Members(members) = &staff.composition
    {
        for (index, m) in members.iter().enumerate() {
            out.push(Person {
                group: format!("staff.grade.{}", m.grade),
                index,
                name: m.name.as_ref().map(|n| n.as_str().to_string()),
                title: m.title.as_ref().map(|t| t.as_str().to_string()),
                gender: m.gender,
                gender_uncertain: m.gender_uncertain,
                role: None,
            });
        }
    }
    out
}
