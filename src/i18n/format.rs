//! Number formatting shared by findings and reports.

/// A share as a whole percentage: `0.1613` gives `"16%"`.
pub fn pct(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

/// A share as a percentage with one decimal: `0.1613` gives `"16.1%"`.
pub fn pct1(share: f64) -> String {
    format!("{:.1}%", share * 100.0)
}

/// A ratio with two decimals: `0.7222` gives `"0.72"`.
pub fn ratio(r: f64) -> String {
    format!("{r:.2}")
}

#[cfg(test)]
mod doc_examples {
    //! The examples that were doc tests while this module was public, kept as unit tests.

    #[test]
    fn pct_example() {
        assert_eq!(super::pct(5.0 / 31.0), "16%");
    }

    #[test]
    fn pct1_example() {
        assert_eq!(super::pct1(5.0 / 31.0), "16.1%");
    }

    #[test]
    fn ratio_example() {
        assert_eq!(super::ratio(13.0 / 18.0), "0.72");
    }
}
