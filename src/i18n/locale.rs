//! Languages of the reports: the messages (Fluent files in `locales/`, embedded in the library)
//! and numbers written as each language writes them.
//!
//! Every message exists in every language (a test compares the files' message ids). Numbers
//! follow the Unicode CLDR conventions of each language: `16%` and `1,234.5` in English;
//! `16 %` (narrow no-break space) and `1 234,5` in French; `16 %` (no-break space) and
//! `12.345,5` in Spanish, where four-digit numbers are not grouped.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

/// A language the reports are written in.
///
/// ```
/// use gender_impact::i18n::Lang;
/// let fr: Lang = "fr".parse().unwrap();
/// assert_eq!(fr.percent(5.0 / 31.0, 0), "16\u{202F}%");
/// assert_eq!(fr.message("rating-missing", &[]), "ne satisfait pas aux exigences");
/// assert_eq!(Lang::En.message("count-of", &[("k", 5.into()), ("n", 31.into())]), "5 of 31");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
}

macro_rules! sources {
    ($lang:literal) => {
        [
            include_str!(concat!("../../locales/", $lang, "/report.ftl")),
            include_str!(concat!("../../locales/", $lang, "/input.ftl")),
            include_str!(concat!("../../locales/", $lang, "/documents.ftl")),
            include_str!(concat!("../../locales/", $lang, "/csv.ftl")),
            include_str!(concat!("../../locales/", $lang, "/cli.ftl")),
            include_str!(concat!("../../locales/", $lang, "/pay.ftl")),
            include_str!(concat!("../../locales/", $lang, "/resources.ftl")),
            include_str!(concat!("../../locales/", $lang, "/egapro.ftl")),
            include_str!(concat!("../../locales/", $lang, "/law.ftl")),
            include_str!(concat!("../../locales/", $lang, "/registro.ftl")),
            include_str!(concat!("../../locales/", $lang, "/sql.ftl")),
        ]
    };
}

/// The Fluent sources of each language (one per name in the files), in the order of [`Lang::ALL`].
pub const SOURCES: [(Lang, [&str; 11]); 3] = [
    (Lang::En, sources!("en")),
    (Lang::Fr, sources!("fr")),
    (Lang::Es, sources!("es")),
];

/// A value given to a message: text, or a number (which also chooses plural forms).
///
/// ```
/// use gender_impact::i18n::{Arg, Lang};
/// let one: Arg = 1.into();
/// assert_eq!(Lang::Fr.message("people-known", &[("n", one)]), "1 personne dont le genre est connu");
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Arg<'a> {
    /// Text, inserted as it is.
    Text(Cow<'a, str>),
    /// A whole number, written with the language's digit grouping.
    Count(u64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Arg<'a> {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

impl From<u64> for Arg<'_> {
    fn from(n: u64) -> Self {
        Arg::Count(n)
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Count(u64::from(n))
    }
}

impl From<i32> for Arg<'_> {
    fn from(n: i32) -> Self {
        Arg::Count(u64::try_from(n).unwrap_or(0))
    }
}

/// A language code the crate does not speak (parsing a [`Lang`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("expected a language among en, fr, es, found `{0}`")]
pub struct UnknownLang(pub String);

impl std::str::FromStr for Lang {
    type Err = UnknownLang;
    /// Parses a language code: `en`, `fr` or `es` (case-insensitive; a region such as `fr-CA` is accepted).
    fn from_str(s: &str) -> Result<Lang, UnknownLang> {
        let base = s
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == base)
            .ok_or_else(|| UnknownLang(s.to_string()))
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

pub(super) type Bundle = FluentBundle<FluentResource>;

/// The bundle of one language, built the first time that language is used (a run in one
/// language does not parse the other catalogues).
fn bundle_of(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let (lang, sources) = SOURCES[lang.index()];
    BUNDLES[lang.index()].get_or_init(|| bundle(lang, sources))
}

fn bundle(lang: Lang, sources: [&str; 11]) -> Bundle {
    let id: unic_langid::LanguageIdentifier =
        lang.code().parse().unwrap_or_else(|_| Default::default());
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around inserted values: the reports are left-to-right text.
    b.set_use_isolating(false);
    b.set_formatter(Some(match lang {
        Lang::En => format_number_en,
        Lang::Fr => format_number_fr,
        Lang::Es => format_number_es,
    }));
    // A file with syntax errors keeps the messages that parsed (a test checks there are none,
    // and that no id is used twice).
    for source in sources {
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
        b.add_resource_overriding(resource);
    }
    b
}

fn format_number(lang: Lang, v: &FluentValue<'_>) -> Option<String> {
    match v {
        FluentValue::Number(FluentNumber { value, options }) => {
            let decimals = options.minimum_fraction_digits.unwrap_or(0);
            Some(lang.decimal(*value, decimals))
        }
        _ => None,
    }
}

fn format_number_en<M>(v: &FluentValue<'_>, _: &M) -> Option<String> {
    format_number(Lang::En, v)
}
fn format_number_fr<M>(v: &FluentValue<'_>, _: &M) -> Option<String> {
    format_number(Lang::Fr, v)
}
fn format_number_es<M>(v: &FluentValue<'_>, _: &M) -> Option<String> {
    format_number(Lang::Es, v)
}

impl Lang {
    /// Every language, in a fixed order.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fr, Lang::Es];

    /// The ISO 639-1 code (`en`, `fr`, `es`), also used as the HTML `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
        }
    }

    fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Fr => 1,
            Lang::Es => 2,
        }
    }

    /// Whether this language has a message with this id.
    pub fn has(self, id: &str) -> bool {
        self.with_bundle(|b| b.has_message(id))
    }

    /// Runs `f` with this language's bundle (in unit tests, English may be overridden on the
    /// current thread: see `tests::with_english_replaced`).
    fn with_bundle<R>(self, f: impl FnOnce(&Bundle) -> R) -> R {
        #[cfg(test)]
        if self == Lang::En {
            return tests::with_english(|over| f(over.unwrap_or(bundle_of(Lang::En))));
        }
        f(bundle_of(self))
    }

    /// The message `id` with its arguments. An unknown id gives the id itself (never a panic);
    /// the test suite checks that every id the reports use exists in every language.
    pub fn message(self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.with_bundle(|bundle| format_message(bundle, id, args))
    }

    /// A whole number with the language's digit grouping: `12,345` (en), `12 345` (fr, narrow
    /// no-break space), `12.345` (es; `1234` is not grouped).
    ///
    /// ```
    /// use gender_impact::i18n::Lang;
    /// assert_eq!(Lang::En.integer(10_000), "10,000");
    /// assert_eq!(Lang::Fr.integer(10_000), "10\u{202F}000");
    /// assert_eq!(Lang::Es.integer(1_000), "1000");
    /// assert_eq!(Lang::Es.integer(10_000), "10.000");
    /// ```
    pub fn integer(self, n: u64) -> String {
        group(&n.to_string(), self)
    }

    /// A number with `decimals` decimal places, written as the language writes it
    /// (`0.72` in English, `0,72` in French and Spanish). Not-a-number and infinities give `–`.
    pub fn decimal(self, x: f64, decimals: usize) -> String {
        if !x.is_finite() {
            return "–".to_string();
        }
        let s = format!("{:.*}", decimals, x.abs());
        // "-0.0" is written "0.0".
        let negative = x < 0.0 && s.bytes().any(|b| b.is_ascii_digit() && b != b'0');
        let (int, frac) = match s.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (s.as_str(), None),
        };
        let mut out = String::with_capacity(s.len() + 4);
        if negative {
            out.push('-');
        }
        out.push_str(&group(int, self));
        if let Some(f) = frac {
            out.push(match self {
                Lang::En => '.',
                Lang::Fr | Lang::Es => ',',
            });
            out.push_str(f);
        }
        out
    }

    /// A share (0 to 1) as a percentage with `decimals` decimal places: `16%` (en),
    /// `16 %` (fr, narrow no-break space), `16 %` (es, no-break space).
    ///
    /// ```
    /// use gender_impact::i18n::Lang;
    /// assert_eq!(Lang::En.percent(0.161_29, 1), "16.1%");
    /// assert_eq!(Lang::Fr.percent(0.161_29, 1), "16,1\u{202F}%");
    /// assert_eq!(Lang::Es.percent(0.161_29, 1), "16,1\u{A0}%");
    /// ```
    pub fn percent(self, share: f64, decimals: usize) -> String {
        let number = self.decimal(share * 100.0, decimals);
        match self {
            Lang::En => format!("{number}%"),
            Lang::Fr => format!("{number}\u{202F}%"),
            Lang::Es => format!("{number}\u{A0}%"),
        }
    }
}

/// The message `id` of `bundle` with its arguments; the id itself when the bundle lacks it.
fn format_message(bundle: &Bundle, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    if let Some(text) = plain(pattern, args) {
        return text;
    }
    let mut fargs = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        match value {
            Arg::Text(t) => fargs.set(*name, FluentValue::from(t.as_ref())),
            Arg::Count(n) => fargs.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fargs), &mut errors)
        .into_owned()
}

/// A pattern made only of text and of variables given as text, written without Fluent's
/// resolver: the same text as `format_pattern` writes (the bundles insert no isolation marks and
/// transform no text; the number formatter leaves text alone), at a fraction of the cost (every
/// built-in indicator's English title is written this way, 18 per organisation). `None` for any
/// other pattern (selectors, numbers, references, literals) or a variable not given as text.
fn plain(pattern: &ast::Pattern<&str>, args: &[(&str, Arg<'_>)]) -> Option<String> {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::VariableReference { id }),
            } => match args.iter().find(|(name, _)| *name == id.name)? {
                (_, Arg::Text(t)) => out.push_str(t),
                (_, Arg::Count(_)) => return None,
            },
            ast::PatternElement::Placeable { .. } => return None,
        }
    }
    Some(out)
}

/// A plain message of the catalogue split once into its texts and variables, to be written
/// many times without looking it up (the English titles of the built-in indicators: 18 per
/// organisation in the JSON output).
#[derive(Debug, Clone)]
pub(crate) struct Template(Vec<Piece>);

#[derive(Debug, Clone)]
enum Piece {
    Text(String),
    Var(String),
}

impl Template {
    /// The message written with `args`; `None` when a variable is not given.
    pub(crate) fn fill(&self, args: &[(&str, &str)]) -> Option<String> {
        let mut out = String::new();
        for piece in &self.0 {
            match piece {
                Piece::Text(t) => out.push_str(t),
                Piece::Var(v) => out.push_str(args.iter().find(|(n, _)| n == v)?.1),
            }
        }
        Some(out)
    }
}

impl Lang {
    /// The template of message `id` when it is plain (text and variables only: see `plain`),
    /// else `None`. Not while a test has replaced the English catalogue on this thread.
    pub(crate) fn template(self, id: &str) -> Option<Template> {
        #[cfg(test)]
        if self == Lang::En && tests::with_english(|over| over.is_some()) {
            return None;
        }
        let pattern = bundle_of(self).get_message(id)?.value()?;
        pattern
            .elements
            .iter()
            .map(|e| match e {
                ast::PatternElement::TextElement { value } => Some(Piece::Text(value.to_string())),
                ast::PatternElement::Placeable {
                    expression:
                        ast::Expression::Inline(ast::InlineExpression::VariableReference { id }),
                } => Some(Piece::Var(id.name.to_string())),
                ast::PatternElement::Placeable { .. } => None,
            })
            .collect::<Option<Vec<Piece>>>()
            .map(Template)
    }

    /// Whether a test has replaced the English catalogue on this thread (never outside tests).
    pub(crate) fn english_replaced() -> bool {
        #[cfg(test)]
        return tests::with_english(|over| over.is_some());
        #[cfg(not(test))]
        false
    }
}

/// Groups the digits of a non-negative integer written in ASCII digits.
fn group(digits: &str, lang: Lang) -> String {
    let (sep, min) = match lang {
        Lang::En => (",", 4),
        Lang::Fr => ("\u{202F}", 4),
        // CLDR: Spanish groups only from five digits on (minimum grouping digits 2).
        Lang::Es => (".", 5),
    };
    if digits.len() < min || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return digits.to_string();
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * sep.len());
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// A way for unit tests to render with an English catalogue of their own on the current
/// thread, to show that the other languages never depend on the English texts.
#[cfg(test)]
pub(crate) mod tests {
    use std::cell::RefCell;

    use super::{Bundle, Lang, SOURCES, bundle};

    thread_local! {
        static ENGLISH: RefCell<Option<Bundle>> = const { RefCell::new(None) };
    }

    /// Runs `f` with the overridden English bundle of this thread, if any.
    pub(super) fn with_english<R>(f: impl FnOnce(Option<&Bundle>) -> R) -> R {
        ENGLISH.with(|e| f(e.borrow().as_ref()))
    }

    /// Runs `f` with English messages replaced on this thread: each `(id, text)` gives a
    /// message its new Fluent text; the other messages stay as the catalogue has them.
    pub(crate) fn with_english_replaced<R>(
        replaced: &[(String, String)],
        f: impl FnOnce() -> R,
    ) -> R {
        let mut b = bundle(Lang::En, SOURCES[0].1);
        let extra: String = replaced
            .iter()
            .map(|(id, text)| format!("{id} = {text}\n"))
            .collect();
        let resource = fluent_bundle::FluentResource::try_new(extra)
            .unwrap_or_else(|(_, e)| panic!("replacement texts do not parse: {e:?}"));
        b.add_resource_overriding(resource);
        ENGLISH.with(|e| *e.borrow_mut() = Some(b));
        let out = f();
        ENGLISH.with(|e| *e.borrow_mut() = None);
        out
    }

    /// Every message of every catalogue that `plain` writes comes out as Fluent's resolver
    /// writes it, with text given for each variable.
    #[test]
    fn plain_patterns_are_written_as_fluent_writes_them() {
        use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
        let mut plain_ones = 0;
        for (lang, sources) in SOURCES {
            let b = super::bundle_of(lang);
            for source in sources {
                let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(r, _)| r);
                for entry in resource.body {
                    let Entry::Message(m) = entry else { continue };
                    let Some(pattern) = b.get_message(m.id.name).and_then(|m| m.value()) else {
                        continue;
                    };
                    let names: Vec<&str> = pattern
                        .elements
                        .iter()
                        .filter_map(|e| match e {
                            PatternElement::Placeable {
                                expression:
                                    Expression::Inline(InlineExpression::VariableReference { id }),
                            } => Some(id.name),
                            _ => None,
                        })
                        .collect();
                    let texts: Vec<String> = names.iter().map(|n| format!("<{n} é>")).collect();
                    let args: Vec<(&str, super::Arg<'_>)> = names
                        .iter()
                        .zip(&texts)
                        .map(|(n, t)| (*n, t.as_str().into()))
                        .collect();
                    let Some(fast) = super::plain(pattern, &args) else {
                        continue;
                    };
                    let mut fargs = fluent_bundle::FluentArgs::new();
                    for (n, t) in names.iter().zip(&texts) {
                        fargs.set(*n, t.as_str());
                    }
                    let mut errors = Vec::new();
                    let slow = b.format_pattern(pattern, Some(&fargs), &mut errors);
                    assert!(errors.is_empty(), "{lang:?} {}: {errors:?}", m.id.name);
                    assert_eq!(fast, slow, "{lang:?} {}", m.id.name);
                    plain_ones += 1;
                }
            }
        }
        // Most messages of the catalogues are plain: 1,361 of them in the three languages when
        // this test was written.
        assert!(plain_ones > 1000, "only {plain_ones} plain messages");
    }

    #[test]
    fn replaced_english_applies_to_this_thread_only() {
        let replaced = [("rating-missing".to_string(), "CHANGED".to_string())];
        let (inside, fr, other) = with_english_replaced(&replaced, || {
            let other = std::thread::spawn(|| Lang::En.message("rating-missing", &[]));
            (
                Lang::En.message("rating-missing", &[]),
                Lang::Fr.message("rating-missing", &[]),
                other.join().unwrap(),
            )
        });
        assert_eq!(inside, "CHANGED");
        assert_eq!(fr, "ne satisfait pas aux exigences");
        assert_eq!(
            Lang::En.message("rating-missing", &[]),
            "missing requirements"
        );
        assert_eq!(other, "missing requirements");
    }
}
