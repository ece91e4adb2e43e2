//! The texts of the pay analysis (why a figure is not computable, why records are left out, the
//! notes): typed values that are written in every language from the Fluent catalogue
//! (`locales/*/pay.ftl`), never English strings stored and translated back.
//!
//! Each type serialises as its English text, exactly as the JSON output has always carried it
//! (numbers without digit grouping), with the JSON Schema of a string. A text read back from JSON
//! becomes the type's `Recorded` variant: kept as written, and shown as written in every language.
//! Two texts are equal when they say the same thing in English, so an analysis read back from its
//! JSON equals the analysis.

use crate::i18n::Message;

/// Adds a number to a message: a count (written with the language's digit grouping), or, for the
/// plain English of the JSON output, its digits as text.
pub(crate) fn number(m: Message, name: &'static str, value: u64, plain: bool) -> Message {
    if plain {
        m.text(name, value.to_string())
    } else {
        m.count(name, value)
    }
}

/// The message of a text read back from JSON: the text as written, in every language.
pub(crate) fn recorded(text: &str) -> Message {
    Message::new("pay-recorded").text("text", text)
}

/// Implements, for a text type with a `Recorded(String)` variant and a method
/// `fn render(&self, lang: Lang, plain: bool) -> String` (plain: numbers without digit grouping):
/// `in_lang`, `english`, serialisation as the English text, reading back as `Recorded`, the JSON
/// Schema of a string, equality of the English texts, and (unless `no_display`) `Display` as the
/// English text.
macro_rules! pay_text {
    ($t:ty) => {
        $crate::pay::text::pay_text!($t, no_display);
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.english())
            }
        }
    };
    ($t:ty, no_display) => {
        impl $t {
            /// The text in `lang`, numbers as the language writes them.
            pub fn in_lang(&self, lang: $crate::i18n::Lang) -> String {
                self.render(lang, false)
            }
            /// The English text of the JSON output (numbers without digit grouping).
            pub fn english(&self) -> String {
                self.render($crate::i18n::Lang::En, true)
            }
        }
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.english())
            }
        }
        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                <String as serde::Deserialize>::deserialize(d).map(Self::Recorded)
            }
        }
        impl schemars::JsonSchema for $t {
            fn inline_schema() -> bool {
                true
            }
            fn schema_name() -> std::borrow::Cow<'static, str> {
                <String as schemars::JsonSchema>::schema_name()
            }
            fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
                <String as schemars::JsonSchema>::json_schema(g)
            }
        }
        impl PartialEq for $t {
            fn eq(&self, other: &Self) -> bool {
                self.english() == other.english()
            }
        }
    };
}
pub(crate) use pay_text;

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use crate::model::{Gender, Money, Text, Worker};
    use crate::pay::*;

    /// A text in English, French and Spanish.
    type Three = [String; 3];

    fn three(f: impl Fn(Lang) -> String) -> Three {
        [f(Lang::En), f(Lang::Fr), f(Lang::Es)]
    }

    fn paid(gender: Gender, pay: f64, category: &str) -> Worker {
        Worker {
            annual_pay: Some(Money::new(pay).unwrap()),
            variable_pay: Some(Money::new(0.0).unwrap()),
            category: Some(Text::new(category).unwrap()),
            ..Worker::new(gender)
        }
    }

    /// Every reason of a gap and of an inferential figure the pay code produces, produced by
    /// the code itself (and the three it cannot produce in a test, built directly).
    fn reasons() -> Vec<Three> {
        let g = |w, m| gap(w, m, 1, 1).not_computable.unwrap();
        let mut gaps = vec![
            GapReason::NoValue,
            g(None, None),
            g(Some(1.0), None),
            g(None, Some(1.0)),
            g(Some(1.0), Some(0.0)),
            g(Some(1.0), Some(5e-324)),
        ];
        let why = |r: Result<(), NotComputable>| r.unwrap_err();
        let two = [1.0, 2.0];
        let boot = |w: &[f64], m: &[f64], s, n, level| {
            why(bootstrap_gap(w, m, s, n, level, 1).map(|_| ()))
        };
        let mean = Statistic::Mean;
        let mut inference = vec![
            boot(&[], &two, mean, 10, 0.95),
            boot(&two, &[], mean, 10, 0.95),
            boot(&[1.0], &two, mean, 10, 0.95),
            boot(&two, &[1.0], mean, 10, 0.95),
            boot(&[-1.0, 1.0], &two, mean, 10, 0.95),
            boot(&two, &[-1.0, 1.0], mean, 10, 0.95),
            boot(&two, &two, mean, 0, 0.95),
            boot(&two, &two, mean, 10, 2.0),
            boot(&two, &[0.0, 0.0], mean, 10, 0.95),
            boot(
                &two,
                &[0.0, 0.0, 1.0, 1.0, 1.0],
                Statistic::Median,
                50,
                0.95,
            ),
            why(permutation_test_mean_gap(&two, &two, 0, 1).map(|_| ())),
            why(permutation_test_mean_gap(&[1.0, 1.0], &[1e-320, 0.0], 10, 1).map(|_| ())),
            why(exact_permutation_test_mean_gap(&[1.0; 15], &[2.0; 15]).map(|_| ())),
            why(decompose_mean_gap(&[]).map(|_| ())),
            why(decompose_mean_gap(&[
                ("A".into(), vec![1.0], vec![1.0]),
                ("A".into(), vec![1.0], vec![1.0]),
            ])
            .map(|_| ())),
            why(decompose_mean_gap(&[("A".into(), vec![-1.0], vec![1.0])]).map(|_| ())),
            why(decompose_mean_gap(&[("A".into(), vec![], vec![1.0])]).map(|_| ())),
            why(decompose_mean_gap(&[("A".into(), vec![1.0], vec![])]).map(|_| ())),
            why(decompose_mean_gap(&[("A".into(), vec![1.0], vec![0.0])]).map(|_| ())),
            // More than u32::MAX values: not produced in a test.
            NotComputable::TooManyWomen,
            NotComputable::TooManyMen,
        ];
        assert!(matches!(
            inference[9],
            NotComputable::ZeroInResamples { resamples: 50, .. }
        ));
        assert!(matches!(inference[11], NotComputable::MenTiny));
        let mut all: Vec<Three> = gaps.drain(..).map(|r| three(|l| r.in_lang(l))).collect();
        all.extend(inference.drain(..).map(|r| three(|l| r.in_lang(l))));
        all
    }

    /// The other texts of an analysis: the Article 10 check not decided, the UK exclusions, the
    /// inference notes, the decomposition's method and the disclosure statements.
    fn other_texts() -> Vec<Three> {
        let rules = PayRules::built_in();
        let ws = [
            paid(Gender::Woman, 10.0, "A"),
            paid(Gender::Woman, 12.0, "A"),
            paid(Gender::Man, 11.0, "A"),
            paid(Gender::Man, 13.0, "A"),
            paid(Gender::Man, 13.0, "B"),
        ];
        let mut out = Vec::new();
        for inference in [true, false] {
            let options = AnalysisOptions {
                inference,
                resamples: 20,
                permutations: 20,
                ..Default::default()
            };
            let a = analyse(&ws, &[], &rules, &options, vec![]);
            out.push(three(|l| a.inference.note.in_lang(l)));
            if inference {
                let b = &a.eu.g_categories[1];
                assert_eq!(b.category, "B");
                let n = b.article_10.not_decided.as_ref().unwrap();
                out.push(three(|l| n.in_lang(l)));
                let d = a.decomposition.computed().unwrap();
                out.push(three(|l| d.method.in_lang(l)));
            }
        }
        let uk = uk_figures(
            &[
                Worker::new(Gender::Undisclosed),
                Worker::new(Gender::Woman),
                Worker {
                    full_pay: false,
                    ..Worker::new(Gender::Man)
                },
            ],
            &rules,
        );
        assert_eq!(uk.exclusions.len(), 4);
        for x in &uk.exclusions {
            out.push(three(|l| x.reason.in_lang(l)));
        }
        let cells = |c: &[(&str, u64, u64)]| -> Vec<(String, u64, u64)> {
            c.iter().map(|&(n, w, m)| (n.to_string(), w, m)).collect()
        };
        for table in [
            cells(&[("A", 1, 1)]),
            cells(&[("A", 9, 9), ("B", 9, 9)]),
            cells(&[("A", 1, 9), ("B", 9, 9), ("C", 9, 9)]),
        ] {
            let s = suppress(&table, 5).statement;
            out.push(three(|l| s.in_lang(l)));
        }
        out
    }

    /// Every text the pay code can produce has a French and a Spanish text of its own (moved
    /// from the report, where the English texts used to be matched back to messages).
    #[test]
    fn every_pay_text_is_translated() {
        let all: Vec<Three> = reasons().into_iter().chain(other_texts()).collect();
        assert_eq!(all.len(), 6 + 21 + 2 + 1 + 1 + 4 + 3);
        for [en, fr, es] in &all {
            for text in [en, fr, es] {
                assert!(!text.is_empty() && !text.starts_with("pay-"), "{text}");
            }
            assert_ne!(fr, en, "no French text");
            assert_ne!(es, en, "no Spanish text");
            assert_ne!(fr, es);
        }
    }

    /// The English texts are those the JSON output has always carried, numbers written without
    /// digit grouping (the texts as the pay code wrote them before they were messages).
    #[test]
    fn the_english_texts_are_the_json_texts() {
        let z = NotComputable::ZeroInResamples {
            undefined: 1234,
            resamples: 2000,
        };
        assert_eq!(
            z.english(),
            "men's value is zero (or too small for a finite gap) in 1234 of 2000 resamples, where the gap (a share of it) is undefined"
        );
        assert!(z.in_lang(Lang::En).contains(" in 1,234 of 2,000 resamples"));
        assert!(
            z.in_lang(Lang::Fr)
                .contains(" 1\u{202F}234 rééchantillonnages sur 2\u{202F}000")
        );
        assert_eq!(
            NotComputable::TooManyMen.english(),
            "more than 4294967295 men in the group"
        );
        assert_eq!(
            NotComputable::TooManySplits.to_string(),
            "not computable: more than 1000000 splits to enumerate: use the Monte Carlo permutation test"
        );
        assert_eq!(
            NotDecided::MeanGapNotComputable(GapReason::MenZero).english(),
            "the mean gap is not computable (men's value is zero, so the gap (a share of it) is undefined)"
        );
        assert_eq!(
            GapRatioError::NotFinite.to_string(),
            "men's value is so small beside the women's that the gap is not a finite number"
        );
        assert_eq!(
            InferenceNote::Computed.english(),
            "Inference answers a different question from the statutory figures: could a gap this size arise by chance if pay did not depend on gender? The statutory gaps count every worker and are what they are."
        );
        assert_eq!(
            ExclusionReason::NoBonus.english(),
            "bonus pay not recorded (neither bonus pay nor variable pay): excluded from the bonus figures, not counted as zero"
        );
        let statements = [
            (
                Statement::NothingPublished {
                    k: 5,
                    categories: 1,
                },
                "Disclosure control (threshold k = 5): the table has fewer than 5 women or fewer than 5 men in all, so neither its 1 category nor its total is published.",
            ),
            (
                Statement::AllPublished {
                    k: 1000,
                    categories: 1500,
                },
                "Disclosure control (threshold k = 1000): no category has fewer than 1000 women or fewer than 1000 men; all 1500 categories are published.",
            ),
            (
                Statement::SomeWithheld {
                    k: 5,
                    categories: 4,
                    withheld: 2,
                },
                "Disclosure control (threshold k = 5): 2 of 4 categories are not published: those with fewer than 5 women or fewer than 5 men, and as many others as needed so that no withheld figure can be worked out from the published total.",
            ),
        ];
        for (s, text) in statements {
            assert_eq!(s.english(), text);
            assert_eq!(serde_json::to_value(&s).unwrap(), text);
        }
    }

    /// A text read back from JSON is kept as written, shown so in every language, and equals
    /// the text it was written from: an analysis read back from its JSON equals the analysis.
    #[test]
    fn texts_read_back_from_json() {
        let r: GapReason = serde_json::from_str("\"no men in the group\"").unwrap();
        assert!(matches!(&r, GapReason::Recorded(t) if t == "no men in the group"));
        assert_eq!(r, GapReason::NoMen);
        assert_eq!(r.in_lang(Lang::Fr), "no men in the group");
        assert_ne!(GapReason::NoMen, GapReason::NoWomen);
        let ws = [
            // Gaps of 0.375: exact in binary, so the JSON numbers read back exactly.
            paid(Gender::Woman, 10.0, "A"),
            paid(Gender::Man, 16.0, "B"),
            Worker::new(Gender::Undisclosed),
        ];
        let options = AnalysisOptions {
            resamples: 20,
            permutations: 20,
            ..Default::default()
        };
        let a = analyse(&ws, &[], &PayRules::built_in(), &options, vec![]);
        let json = serde_json::to_string(&a).unwrap();
        let back: PayAnalysis = serde_json::from_str(&json).unwrap();
        assert_eq!(back, a);
        assert_eq!(serde_json::to_string(&back).unwrap(), json);
    }

    /// In a JSON Schema every text is a string, as when the texts were strings.
    #[test]
    fn texts_have_the_schema_of_a_string() {
        let string = serde_json::to_value(schemars::schema_for!(String)).unwrap();
        let schemas = [
            schemars::schema_for!(GapReason),
            schemars::schema_for!(NotComputable),
            schemars::schema_for!(NotDecided),
            schemars::schema_for!(ExclusionReason),
            schemars::schema_for!(InferenceNote),
            schemars::schema_for!(DecompositionMethod),
            schemars::schema_for!(Statement),
        ];
        for s in schemas {
            assert_eq!(serde_json::to_value(s).unwrap(), string);
        }
    }
}
