//! A deterministic synthetic network document for the `network` benchmark.
//!
//! `network(n, seed, error)` writes `{"name": ..., "organisations": [...]}` with `n`
//! organisations. Each organisation has:
//! - a board of 35 seats with 35 members (about 35% women, about 2% non-binary and 2%
//!   undisclosed; one president, 0 to 3 co-presidents, 2 to 5 vice-presidents, a treasurer,
//!   the rest ordinary members), with names for about half of the members, titles, a few
//!   `gender_uncertain` flags with notes, and a composition date;
//! - for one organisation in two, a presidency body (the president and the co-presidents,
//!   copied from the board);
//! - a staff of 30 members over 5 grades (`executive` and `manager` marked management), names
//!   for about half of them, titles and some part-time FTEs;
//! - one reported figure (`staff.women_share`, in percent), usually the rounded share, sometimes
//!   a figure that disagrees with the records.
//!
//! The pseudo-random numbers come from SplitMix64, so the same arguments always give the same
//! bytes. The names are made of invented syllables: they are not real people's names.
//!
//! Cargo also builds this file as a bench target of its own (it lies in `benches/`), where the
//! benchmark does not call it: hence the `dead_code` allowance.
#![allow(dead_code)]

use std::fmt::Write;

/// Where to inject the one error of the "one error" document: the board member
/// `ERROR_MEMBER` of the given organisation gets the gender `"female"` (not a schema value).
pub const ERROR_MEMBER: usize = 7;

/// The JSON Pointer of the injected error, for organisation `org`.
pub fn error_pointer(org: usize) -> String {
    format!("/organisations/{org}/bodies/0/members/{ERROR_MEMBER}/gender")
}

/// SplitMix64 (Steele, Lea and Flood 2014): tiny, fast and good enough for test data.
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A float in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// An integer in [lo, hi] (both included).
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next_u64() % (hi - lo + 1)
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.next_u64() as usize % items.len()]
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ra", "te", "su", "na", "vo", "el", "an", "ri", "do", "sa", "be", "to", "li",
    "ze", "mo", "ha", "nu", "ko", "ve", "da", "ir", "ola", "ren", "tam", "ish", "ul", "mar", "sen",
    "jo",
];

const CITIES: &[&str] = &[
    "Northhaven",
    "Lake Orvel",
    "San Teodoro del Valle",
    "Kessling",
    "Port Amaru",
    "Vila Nova da Serra",
    "Ostrava Nord",
    "Bel Ombre",
    "Qaryat Zahra",
    "Mirandel",
    "Tanvik",
    "Saint-Élouan",
];

const PROFESSIONAL_TITLES: &[&str] = &[
    "programme officer",
    "policy officer",
    "communication officer",
    "training officer",
    "administration officer for programmes",
    "member relations officer",
    "data and evaluation officer",
];

/// A made-up name of two or three syllables per part ("Kalo Mirate").
fn name(r: &mut SplitMix64, out: &mut String) {
    for part in 0..2 {
        if part > 0 {
            out.push(' ');
        }
        let n = r.range(2, 3);
        for i in 0..n {
            let s = r.pick(SYLLABLES);
            if i == 0 {
                let mut c = s.chars();
                if let Some(f) = c.next() {
                    out.extend(f.to_uppercase());
                    out.push_str(c.as_str());
                }
            } else {
                out.push_str(s);
            }
        }
    }
}

fn gender(r: &mut SplitMix64, women: f64) -> &'static str {
    let u = r.unit();
    if u < women {
        "woman"
    } else if u < 0.96 {
        "man"
    } else if u < 0.98 {
        "non_binary"
    } else {
        "undisclosed"
    }
}

/// One person's entry in a body; `role` is the JSON role.
struct Seat {
    gender: &'static str,
    role: &'static str,
    name: Option<String>,
    title: String,
    uncertain: bool,
}

fn write_seat(s: &Seat, out: &mut String) {
    let _ = write!(out, r#"{{"gender":"{}","role":"{}""#, s.gender, s.role);
    if let Some(n) = &s.name {
        let _ = write!(out, r#","name":"{n}""#);
    }
    let _ = write!(out, r#","title":"{}""#, s.title);
    if s.uncertain {
        out.push_str(r#","gender_uncertain":true,"note":"The title is not gendered and the first name is given to both women and men; recorded from the member's own statement in the minutes of the general assembly, which could not be confirmed.""#);
    }
    out.push('}');
}

fn write_body(
    id: &str,
    name: &str,
    kind: &str,
    seats: Option<u32>,
    as_of: Option<&str>,
    members: &[&Seat],
    out: &mut String,
) {
    let _ = write!(out, r#"{{"id":"{id}","name":"{name}","kind":"{kind}""#);
    if let Some(s) = seats {
        let _ = write!(out, r#","seats":{s}"#);
    }
    if let Some(d) = as_of {
        let _ = write!(out, r#","as_of":"{d}""#);
    }
    out.push_str(r#","members":["#);
    for (j, m) in members.iter().enumerate() {
        if j > 0 {
            out.push(',');
        }
        write_seat(m, out);
    }
    out.push_str("]}");
}

/// One organisation's input document. With `error`, board member [`ERROR_MEMBER`] gets the
/// gender `"female"`.
fn organisation(i: usize, r: &mut SplitMix64, error: bool, out: &mut String) {
    let city = r.pick(CITIES);
    let _ = write!(
        out,
        r#"{{"organisation":{{"name":"Association of the metropolitan area of {city} (member {:05})"}},"period":{{"year":2023}},"source":"Annual report 2023 of the member association {:05}: pages 'Board of directors' and 'Secretariat', as published on its website; genders from the titles as written and, where the title is not gendered, from the members' own statements.","bodies":["#,
        i + 1,
        i + 1
    );

    // The board: 35 seats, 35 members.
    let co_presidents = r.range(0, 3) as usize;
    let vice_presidents = r.range(2, 5) as usize;
    let mut board = Vec::with_capacity(35);
    for j in 0..35 {
        let role = if j == 0 {
            "president"
        } else if j <= co_presidents {
            "co_president"
        } else if j <= co_presidents + vice_presidents {
            "vice_president"
        } else if j == co_presidents + vice_presidents + 1 {
            "treasurer"
        } else {
            "member"
        };
        let g = gender(r, 0.35);
        let name = r.chance(0.5).then(|| {
            let mut s = String::with_capacity(20);
            name(r, &mut s);
            s
        });
        let title = match role {
            "president" => format!("president, mayor of {}", r.pick(CITIES)),
            "co_president" => format!("co-president, mayor of {}", r.pick(CITIES)),
            "vice_president" => format!("regional vice-president, {}", r.pick(CITIES)),
            "treasurer" => format!("treasurer, {}", r.pick(CITIES)),
            _ => format!("councillor, {}", r.pick(CITIES)),
        };
        board.push(Seat {
            gender: if error && j == ERROR_MEMBER {
                "female"
            } else {
                g
            },
            role,
            name,
            title,
            uncertain: r.chance(0.03),
        });
    }
    let month = r.range(1, 12);
    let as_of = format!("2023-{month:02}-{:02}", r.range(1, 28));
    let refs: Vec<&Seat> = board.iter().collect();
    write_body(
        "board",
        "Board of directors",
        "board",
        Some(35),
        Some(&as_of),
        &refs,
        out,
    );
    if i.is_multiple_of(2) {
        out.push(',');
        let presidency: Vec<&Seat> = board[..=co_presidents].iter().collect();
        write_body(
            "presidency",
            "Presidency (president and co-presidents)",
            "presidency",
            None,
            None,
            &presidency,
            out,
        );
    }
    out.push_str("],");

    // The staff: 30 members over 5 grades.
    out.push_str(r#""staff":{"name":"General secretariat","as_of":"2023-12-31","grades":[{"id":"executive","name":"Executive (secretary general, directors)","management":true},{"id":"manager","name":"Manager (heads of unit)","management":true},{"id":"professional","name":"Professional (officers)"},{"id":"support","name":"Support (assistants)"},{"id":"intern","name":"Intern (trainees)"}],"members":["#);
    let executives = r.range(1, 2) as usize;
    let (mut women, mut known) = (0u32, 0u32);
    for j in 0..30 {
        let (grade, title) = if j < executives {
            ("executive", "director".to_string())
        } else if j < executives + 4 {
            (
                "manager",
                format!(
                    "head of unit, {}",
                    r.pick(&["programmes", "policy", "communication", "shared services"])
                ),
            )
        } else if j < 20 {
            ("professional", r.pick(PROFESSIONAL_TITLES).to_string())
        } else if j < 26 {
            ("support", "administrative assistant".to_string())
        } else {
            ("intern", "trainee".to_string())
        };
        let g = gender(r, if grade == "executive" { 0.4 } else { 0.55 });
        match g {
            "woman" => {
                women += 1;
                known += 1
            }
            "man" | "non_binary" => known += 1,
            _ => {}
        }
        if j > 0 {
            out.push(',');
        }
        let _ = write!(
            out,
            r#"{{"gender":"{g}","grade":"{grade}","title":"{title}""#
        );
        if r.chance(0.5) {
            out.push_str(r#","name":""#);
            name(r, out);
            out.push('"');
        }
        if r.chance(0.2) {
            let fte = r.pick(&["0.5", "0.6", "0.8", "0.9"]);
            let _ = write!(out, r#","fte":{fte}"#);
        }
        out.push('}');
    }
    out.push_str(r#"],"note":"Head count on 31 December, from the human resources register; interns included."},"#);

    // One published figure: usually the rounded share, sometimes another one.
    let share = if known == 0 {
        50.0
    } else {
        (100.0 * f64::from(women) / f64::from(known)).round()
    };
    let published = if r.chance(0.1) {
        (share + 7.0).min(100.0)
    } else {
        share
    };
    let _ = write!(
        out,
        r#""reported":[{{"indicator":"staff.women_share","value":{published},"unit":"percent","decimals":0,"relation":"equals","source":"Annual report 2023, page 'Equality in our secretariat'"}}]}}"#
    );
}

/// The network document with `n` organisations; with `error = Some(i)`, organisation `i` carries
/// one schema error (see [`ERROR_MEMBER`] and [`error_pointer`]).
pub fn network(n: usize, seed: u64, error: Option<usize>) -> String {
    let mut out = String::with_capacity(n * 6_500 + 128);
    let _ = write!(
        out,
        r#"{{"name":"Synthetic network of {n} member associations","organisations":["#
    );
    let mut r = SplitMix64::new(seed);
    for i in 0..n {
        if i > 0 {
            out.push(',');
        }
        organisation(i, &mut r, error == Some(i), &mut out);
    }
    out.push_str("]}");
    out
}

#[cfg(test)]
mod tests {
    // Paths in full: `cargo bench` compiles this module (with `cfg(test)`) but not the test
    // itself in the `network` bench, so a `use super::*` would be reported unused there.
    #[test]
    fn small_network_is_valid_and_the_error_is_the_only_problem() {
        let doc = super::network(20, 7, None);
        let net = gender_impact::validate_network(&doc).unwrap();
        assert_eq!(net.organisations.len(), 20);
        assert_eq!(super::network(20, 7, None), doc, "deterministic");
        let bad = super::network(20, 7, Some(13));
        let err = gender_impact::validate_network(&bad).unwrap_err();
        assert_eq!(err.problems().len(), 1);
        assert_eq!(
            err.problems()[0].pointer(),
            Some(super::error_pointer(13).as_str())
        );
    }
}
