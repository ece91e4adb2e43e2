//! Which framework rates a document: the one the assessor is given, else the one the document
//! names, else `general`; and the general framework's ratings, worked out by hand.

use gender_impact::assessment::Assessment;
use gender_impact::i18n::Lang;
use gender_impact::{Assessor, Framework, Rating};

use crate::support::{close, ind};

/// A city with a council (an assembly), a club (a body of kind other) and an unnamed staff;
/// `framework` is the document's `framework` field, if any.
fn city(framework: Option<&str>) -> String {
    let field = framework
        .map(|f| format!(r#""framework": "{f}", "#))
        .unwrap_or_default();
    format!(
        r#"{{{field}"organisation": {{"name": "City of Example"}}, "period": {{"year": 2024}},
        "bodies": [
          {{"id": "council", "name": "City council", "kind": "assembly", "counts": {{"women": 9, "men": 11}}}},
          {{"id": "club", "name": "Staff club", "kind": "other", "counts": {{"women": 1, "men": 4}}}}],
        "staff": {{"grades": [{{"id": "head", "management": true}}, {{"id": "rest"}}],
          "counts": [{{"grade": "head", "counts": {{"women": 2, "men": 2}}}},
                     {{"grade": "rest", "counts": {{"women": 9, "men": 7}}}}]}}}}"#
    )
}

fn assess(doc: &str) -> Assessment {
    let input = gender_impact::validate(doc).unwrap_or_else(|e| panic!("invalid:\n{e}"));
    gender_impact::assess(&input).unwrap()
}

#[test]
fn a_document_naming_no_framework_is_rated_under_general() {
    let a = assess(&city(None));
    assert_eq!(a.framework.name, "general");
    let pillars: Vec<&str> = a.summary.pillars.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(pillars, ["bodies", "staff", "initiatives"]);
    // Council: 9 of 20 = 45%: inside 40–60%, outside 47–53%: meets.
    let c = ind(&a, "body.council.women_share");
    assert_eq!(
        (c.rating, c.pillar.as_deref()),
        (Rating::Meets, Some("bodies"))
    );
    // A body of kind other has no criterion: not rated, in no pillar.
    let o = ind(&a, "body.club.women_share");
    assert_eq!(
        (o.rating, o.pillar.as_deref()),
        (Rating::NotApplicable, None)
    );
    // Bodies: the council's share alone is rated (counts give no leadership roles): 2, meets.
    let b = a.pillar("bodies").unwrap();
    assert_eq!((b.rating, b.rated), (Rating::Meets, 1));
    // Staff: 11 of 20 = 55%: meets (2); management 2 of 4 = 50%: exceeds (3); glass ceiling
    // 0.5 / 0.55 = 0.909: inside 0.8–1.25, outside 0.97–1.03: meets (2). (2 + 3 + 2) / 3.
    assert_eq!(ind(&a, "staff.women_share").rating, Rating::Meets);
    assert_eq!(
        ind(&a, "staff.management.women_share").rating,
        Rating::Exceeds
    );
    let g = ind(&a, "staff.glass_ceiling_ratio");
    close(g.value.unwrap(), 0.5 / 0.55, "glass ceiling");
    assert_eq!(g.rating, Rating::Meets);
    let s = a.pillar("staff").unwrap();
    close(s.score.unwrap(), 7.0 / 3.0, "staff score");
    assert_eq!(
        (s.rating, s.rated, s.meets_or_exceeds),
        (Rating::Meets, 3, 3)
    );
    // No initiatives recorded: that pillar alone is not rated.
    assert_eq!(a.summary.overall.pillars_not_rated, ["initiatives"]);
}

#[test]
fn the_framework_the_document_names_rates_it() {
    let a = assess(&city(Some("metropolis")));
    assert_eq!(a.framework.name, "metropolis");
    // Metropolis puts the council in its leadership pillar and the staff in its secretariat.
    let c = ind(&a, "body.council.women_share");
    assert_eq!(c.pillar.as_deref(), Some("leadership"));
    assert_eq!(
        ind(&a, "staff.women_share").pillar.as_deref(),
        Some("secretariat")
    );
    let a = assess(&city(Some("eu-gender-balance")));
    assert_eq!(a.framework.name, "eu-gender-balance");
    assert_eq!(c_pillar(&a), Some("balance"));
    // The EU framework has no exceeds band: 45% meets.
    assert_eq!(ind(&a, "body.council.women_share").rating, Rating::Meets);
}

fn c_pillar(a: &Assessment) -> Option<&str> {
    ind(a, "body.council.women_share").pillar.as_deref()
}

#[test]
fn a_framework_given_to_the_assessor_wins_over_the_documents() {
    let input = gender_impact::validate(&city(Some("metropolis"))).unwrap();
    let a = Assessor::new()
        .framework(Framework::general())
        .assess(&input)
        .unwrap();
    assert_eq!(a.framework.name, "general");
    assert_eq!(c_pillar(&a), Some("bodies"));
}

#[test]
fn the_metropolis_dataset_names_metropolis() {
    let input = gender_impact::metropolis_2023();
    assert_eq!(
        input.framework.as_ref().map(|f| f.as_str()),
        Some("metropolis")
    );
    let a = gender_impact::assess(&input).unwrap();
    assert_eq!(a.framework.name, "metropolis");
    assert_eq!(a.framework_name, "Metropolis gender mainstreaming strategy");
}

#[test]
fn general_is_named_in_three_languages() {
    let a = assess(&city(None));
    for (lang, name, pillar) in [
        (
            Lang::En,
            "General gender-impact framework",
            "Gender balance in the staff and its grades",
        ),
        (
            Lang::Fr,
            "Référentiel général d’impact sur le genre",
            "Équilibre entre les femmes et les hommes dans le personnel et ses niveaux",
        ),
        (
            Lang::Es,
            "Marco general de impacto de género",
            "Equilibrio de género en el personal y sus niveles",
        ),
    ] {
        let md = gender_impact::report::markdown_in(&a, lang);
        assert!(md.contains(name), "{lang:?} name");
        assert!(md.contains(pillar), "{lang:?} pillar");
    }
}

#[test]
fn an_unnamed_staff_has_titles_without_a_name() {
    let a = assess(&city(None));
    assert_eq!(ind(&a, "staff.women_share").title, "Women's share of staff");
    assert_eq!(
        ind(&a, "staff.management.women_share").title,
        "Women's share of management grades"
    );
    assert_eq!(
        ind(&a, "staff.glass_ceiling_ratio").title,
        "Glass-ceiling ratio"
    );
    assert_eq!(
        ind(&a, "staff.undisclosed").title,
        "Staff with undisclosed gender"
    );
    // The English finding leaves the name out too: 11 women of 20.
    assert!(
        a.findings
            .iter()
            .any(|f| f.text.starts_with("Women are 11 of 20 staff (55%)")),
        "{:?}",
        a.findings
    );
    for (lang, title, finding) in [
        (
            Lang::En,
            "Women's share of staff",
            "Women are 11 of 20 staff",
        ),
        (
            Lang::Fr,
            "Part des femmes dans le personnel",
            "Les femmes représentent 11 membres du personnel sur 20",
        ),
        (
            Lang::Es,
            "Proporción de mujeres en el personal",
            "Las mujeres son 11 de 20 personas en plantilla",
        ),
    ] {
        let md = gender_impact::report::markdown_in(&a, lang);
        assert!(md.contains(title), "{lang:?} title");
        assert!(md.contains(finding), "{lang:?} finding");
        assert!(
            !md.contains("staff:") && !md.contains("staff :"),
            "{lang:?}"
        );
    }
}

/// The warning about records of uncertain gender names an unnamed staff in the report's
/// language (the JSON keeps `"staff"`), as the titles do.
#[test]
fn an_unnamed_staffs_uncertain_gender_warning_is_worded_in_the_language() {
    let mut members = vec![r#"{"gender":"woman","grade":"a","gender_uncertain":true,"note":"x"}"#];
    members.extend([r#"{"gender":"woman","grade":"a"}"#; 5]);
    members.extend([r#"{"gender":"man","grade":"a"}"#; 6]);
    let doc = format!(
        r#"{{"organisation":{{"name":"Ville"}},"period":{{"year":2024}},
            "staff":{{"grades":[{{"id":"a","name":"Agents"}}],"members":[{}]}}}}"#,
        members.join(",")
    );
    let a = assess(&doc);
    let w = a
        .warnings
        .iter()
        .find_map(|w| w.uncertain.as_ref())
        .unwrap();
    assert_eq!(w.name, "staff");
    // (French puts a no-break space before the colon.)
    for (lang, name, rest) in [
        (Lang::En, "- Staff", "the gender of 1 record"),
        (Lang::Fr, "- Personnel", "le genre d’un enregistrement"),
        (Lang::Es, "- Personal", "el género de 1 registro"),
    ] {
        let md = gender_impact::report::markdown_in(&a, lang);
        let found = md.lines().any(|l| l.starts_with(name) && l.contains(rest));
        assert!(found, "{lang:?}:\n{md}");
        assert!(
            !md.contains("staff:") && !md.contains("staff\u{a0}:"),
            "{lang:?}"
        );
    }
}
