//! The words of the resources family: its findings as catalogue messages (the texts are in
//! `locales/*/resources.ftl`, with its titles and reasons).

use crate::i18n::Message;
use crate::model::BuiltinKey;

/// The finding about a resource indicator, from its value, for reports in every language;
/// `None` when the family has no finding for that indicator or value (the share's finding quotes
/// amounts in the records' currency and is kept as the assessment words it).
pub(crate) fn finding(key: BuiltinKey, value: Option<f64>) -> Option<Message> {
    match key {
        BuiltinKey::ResourcesGenderFunds => {
            Some(Message::new("finding-resources-funds").count("n", value? as u64))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::finding;
    use crate::i18n::Lang;
    use crate::model::BuiltinKey;

    #[test]
    fn the_funds_finding_in_three_languages() {
        let one = finding(BuiltinKey::ResourcesGenderFunds, Some(1.0)).unwrap();
        assert_eq!(
            one.in_lang(Lang::En),
            "1 fund dedicated to gender equality is recorded."
        );
        let two = finding(BuiltinKey::ResourcesGenderFunds, Some(2.0)).unwrap();
        assert_eq!(
            two.in_lang(Lang::Fr),
            "2 fonds consacrés à l’égalité des sexes sont recensés."
        );
        assert_eq!(
            two.in_lang(Lang::Es),
            "2 fondos dedicados a la igualdad de género registrados."
        );
        assert!(finding(BuiltinKey::ResourcesGenderFundsShare, Some(0.1)).is_none());
        assert!(finding(BuiltinKey::ResourcesGenderFunds, None).is_none());
    }
}
