//! The model's checked scalars: values that carry their valid range or form in their type
//! ([`Id`], [`Text`], [`Year`], [`Date`], [`Fte`], [`Money`], [`Hours`]), so that a parsed
//! document cannot hold one out of range.
//!
//! Each is a newtype read from and written as a plain JSON value (its "raw" type): serde
//! converts through `TryFrom<raw>`, whose error is a [`ValueError`], and the JSON Schema is
//! written by hand. The [`scalar!`] macro writes that part once for all of them.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};

use super::ValueError;

/// Defines a checked scalar: the newtype, `TryFrom<raw>` (running `check`), `From<Self> for
/// raw` (running `write`), serde through the raw type (as `#[serde(try_from, into)]` would),
/// and its JSON Schema (`schema`, inlined where it is used when `inline` is true).
macro_rules! scalar {
    (
        $(#[$attr:meta])*
        pub struct $name:ident($field_vis:vis $inner:ty);
        raw: $raw:ty,
        check: |$v:ident| $check:expr,
        write: |$s:ident| $write:expr,
        inline: $inline:literal,
        schema: $schema:tt $(,)?
    ) => {
        $(#[$attr])*
        pub struct $name($field_vis $inner);

        impl TryFrom<$raw> for $name {
            type Error = ValueError;
            fn try_from($v: $raw) -> Result<$name, ValueError> {
                $check
            }
        }

        impl From<$name> for $raw {
            fn from($s: $name) -> $raw {
                $write
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                <$raw>::from(self.clone()).serialize(s)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<$name, D::Error> {
                let raw = <$raw>::deserialize(d)?;
                $name::try_from(raw).map_err(serde::de::Error::custom)
            }
        }

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }
            fn inline_schema() -> bool {
                $inline
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!($schema)
            }
        }
    };
}

scalar! {
    /// A calendar year between 1900 and 2200.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub struct Year(i16);
    raw: i64,
    check: |value| {
        if (1900..=2200).contains(&value) {
            Ok(Year(value as i16))
        } else {
            Err(ValueError::Year { found: value })
        }
    },
    write: |y| i64::from(y.0),
    inline: true,
    schema: {"type": "integer", "minimum": 1900, "maximum": 2200},
}

impl Year {
    /// The year as a number.
    pub fn get(self) -> i16 {
        self.0
    }
}

scalar! {
    /// A calendar date written `YYYY-MM-DD` (ISO 8601), checked for validity (month lengths, leap years).
    ///
    /// ```
    /// use gender_impact::Date;
    /// assert!("2024-02-29".parse::<Date>().is_ok());
    /// assert!("2023-02-29".parse::<Date>().is_err());
    /// ```
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub struct Date(pub(super) jiff::civil::Date);
    raw: String,
    check: |s| s.parse(),
    write: |d| d.to_string(),
    inline: false,
    schema: {
        "description": "A calendar date, YYYY-MM-DD (ISO 8601).",
        "type": "string",
        "format": "date",
        "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    },
}

impl Date {
    /// The underlying [`jiff::civil::Date`].
    pub fn civil(self) -> jiff::civil::Date {
        self.0
    }
}

impl std::str::FromStr for Date {
    type Err = ValueError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let b = s.as_bytes();
        let shaped = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shaped {
            return Err(ValueError::DateForm);
        }
        s.parse::<jiff::civil::Date>()
            .map(Date)
            .map_err(|_| ValueError::DateNotExists)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

scalar! {
    /// An identifier: 1 to 64 ASCII letters, digits, `_` or `-`, starting with a letter or digit.
    ///
    /// Identifiers appear inside indicator ids (`body.<id>.women_share`), so they cannot hold dots or spaces.
    ///
    /// ```
    /// use gender_impact::Id;
    /// assert!(Id::new("board").is_ok());
    /// assert!(Id::new("the board").is_err());
    /// ```
    #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub struct Id(String);
    raw: String,
    check: |s| {
        let ok = !s.is_empty()
            && s.len() <= 64
            && s.as_bytes()[0].is_ascii_alphanumeric()
            && s.bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-');
        if ok { Ok(Id(s)) } else { Err(ValueError::Id) }
    },
    write: |id| id.0,
    inline: false,
    schema: {
        "description": "An identifier: 1 to 64 ASCII letters, digits, '_' or '-', starting with a letter or digit.",
        "type": "string",
        "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"
    },
}

impl Id {
    /// Checks and wraps an identifier.
    pub fn new(s: impl Into<String>) -> Result<Id, ValueError> {
        Id::try_from(s.into())
    }
    /// The identifier as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

scalar! {
    /// Free text: not blank, at most 2,000 characters.
    ///
    /// ```
    /// use gender_impact::Text;
    /// assert!(Text::new("Board of directors").is_ok());
    /// assert!(Text::new("   ").is_err());
    /// ```
    #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub struct Text(String);
    raw: String,
    check: |s| {
        if s.chars().all(is_ecma_space) {
            Err(ValueError::TextBlank)
        } else if s.chars().count() > Text::MAX_CHARS {
            Err(ValueError::TextTooLong {
                max: Text::MAX_CHARS,
            })
        } else {
            Ok(Text(s))
        }
    },
    write: |t| t.0,
    inline: false,
    schema: {
        "description": "Free text: not blank, at most 2,000 characters.",
        "type": "string",
        "maxLength": 2000,
        "pattern": "\\S"
    },
}

impl Text {
    /// Longest accepted text, in characters.
    pub const MAX_CHARS: usize = 2000;
    /// Checks and wraps a text.
    pub fn new(s: impl Into<String>) -> Result<Text, ValueError> {
        Text::try_from(s.into())
    }
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// White space as JSON Schema's `\\s` (ECMAScript) defines it, so that the type and the
/// schema's pattern `\\S` agree on what a blank text is.
fn is_ecma_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{0B}' | '\u{0C}' | '\r' | ' ' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202F}'
                | '\u{205F}'
                | '\u{3000}'
                | '\u{FEFF}'
    )
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

scalar! {
    /// Full-time equivalent of a post: greater than 0 and at most 1.
    #[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
    pub struct Fte(f64);
    raw: f64,
    check: |v| {
        if v.is_finite() && v > 0.0 && v <= 1.0 {
            Ok(Fte(v))
        } else {
            Err(ValueError::Fte)
        }
    },
    write: |f| f.0,
    inline: true,
    schema: {"type": "number", "exclusiveMinimum": 0, "maximum": 1},
}

impl Fte {
    /// The value.
    pub fn get(self) -> f64 {
        self.0
    }
}

scalar! {
    /// An amount of money: a number from 0 to 10¹². Pay values are never echoed in errors.
    ///
    /// ```
    /// use gender_impact::Money;
    /// assert_eq!(Money::new(1250.5).unwrap().get(), 1250.5);
    /// assert!(Money::new(-1.0).is_err());
    /// assert!(Money::new(f64::NAN).is_err());
    /// ```
    #[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
    pub struct Money(pub(crate) f64);
    raw: f64,
    check: |v| {
        if v.is_finite() && (0.0..=Money::MAX).contains(&v) {
            // -0.0 is stored as 0.0 so that equal amounts compare and print alike.
            Ok(Money(v + 0.0))
        } else {
            Err(ValueError::Money)
        }
    },
    write: |m| m.0,
    inline: false,
    schema: {
        "description": "An amount of money in the section's currency: a number from 0 to 1e12.",
        "type": "number",
        "minimum": 0,
        "maximum": 1e12
    },
}

impl Money {
    /// Checks and wraps an amount.
    pub fn new(v: f64) -> Result<Money, ValueError> {
        Money::try_from(v)
    }
    /// The largest amount accepted (10¹²): sums over millions of workers, and the hourly rates
    /// derived from annual pay, then stay far from overflow (found by fuzzing: 1.7e308 twice
    /// overflowed a mean).
    pub const MAX: f64 = 1e12;
    /// The amount.
    pub fn get(self) -> f64 {
        self.0
    }
}

scalar! {
    /// Weekly working hours: from 0.01 to 168 (a lower bound keeps hourly rates derived from
    /// annual pay finite: found by fuzzing with 1e-300 hours).
    #[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
    pub struct Hours(pub(crate) f64);
    raw: f64,
    check: |v| {
        if v.is_finite() && (0.01..=168.0).contains(&v) {
            Ok(Hours(v))
        } else {
            Err(ValueError::Hours)
        }
    },
    write: |h| h.0,
    inline: false,
    schema: {
        "description": "Weekly working hours: from 0.01 to 168.",
        "type": "number",
        "minimum": 0.01,
        "maximum": 168
    },
}

impl Hours {
    /// Checks and wraps weekly hours.
    pub fn new(v: f64) -> Result<Hours, ValueError> {
        Hours::try_from(v)
    }
    /// The hours.
    pub fn get(self) -> f64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_goes_through_the_checks() {
        assert_eq!(serde_json::from_str::<Year>("2023").unwrap().get(), 2023);
        let e = serde_json::from_str::<Year>("1899")
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("expected a year from 1900 to 2200, found 1899"),
            "{e}"
        );
        let e = serde_json::from_str::<Date>(r#""2023-02-29""#)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("expected a calendar date that exists"), "{e}");
        assert!(serde_json::from_str::<Id>(r#""a b""#).is_err());
        assert!(serde_json::from_str::<Fte>("0").is_err());
        assert_eq!(
            serde_json::to_string(&Fte::try_from(0.5).unwrap()).unwrap(),
            "0.5"
        );
        assert_eq!(
            serde_json::to_string(&Money::new(-0.0).unwrap()).unwrap(),
            "0.0"
        );
        assert_eq!(
            serde_json::to_string(&Id::new("x-1").unwrap()).unwrap(),
            r#""x-1""#
        );
        assert_eq!(Hours::new(0.0), Err(ValueError::Hours));
        let long = "a".repeat(2001);
        assert_eq!(Text::new(long), Err(ValueError::TextTooLong { max: 2000 }));
        assert_eq!(Text::new("\u{3000}"), Err(ValueError::TextBlank));
    }

    #[test]
    fn schemas_are_inlined_or_named_as_before() {
        assert!(Year::inline_schema() && Fte::inline_schema());
        assert!(!Date::inline_schema() && !Money::inline_schema());
        assert_eq!(Text::schema_name(), "Text");
    }
}
