//! Problems found in input documents, in French and Spanish: a sample of every kind of problem
//! with the text expected in each language (written by hand: `\u{A0}` is the no-break space
//! French puts before `:` and `;`, `\u{202F}` the narrow one that groups digits), and checks
//! that every problem of the bad-input catalogue and of the invalid fixtures has a message in
//! every language.

use std::path::PathBuf;

use gender_impact::Problem;
use gender_impact::i18n::Lang;

use crate::support::root;

const HEAD: &str = r#""organisation": {"name": "X"}, "period": {"year": 2023}"#;

/// The problem at `pointer` of the document `body` (the fields after organisation and period).
fn problem_in(document: &str, pointer: &str) -> Problem {
    let err = gender_impact::validate(document).expect_err("the document is invalid");
    err.problems()
        .iter()
        .find(|p| p.pointer().unwrap() == pointer)
        .unwrap_or_else(|| panic!("no problem at {pointer:?}: {:?}", err.problems()))
        .clone()
}

fn with_head(rest: &str) -> String {
    if rest.is_empty() {
        format!("{{{HEAD}}}")
    } else {
        format!("{{{HEAD}, {rest}}}")
    }
}

fn fixture(name: &str) -> String {
    let path = root().join("tests/bad-input/input").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[track_caller]
fn says(p: &Problem, fr: &str, es: &str) {
    assert_eq!(
        p.message_in(Lang::Fr),
        fr,
        "French, at {}",
        p.pointer().unwrap()
    );
    assert_eq!(
        p.message_in(Lang::Es),
        es,
        "Spanish, at {}",
        p.pointer().unwrap()
    );
    assert_eq!(
        p.message_in(Lang::En),
        p.message,
        "English, at {}",
        p.pointer().unwrap()
    );
}

#[test]
fn syntax_errors() {
    let p = problem_in(r#"{"organisation": }"#, "");
    assert_eq!(
        p.message,
        "expected a JSON document, found a syntax error at line 1 column 18 (malformed JSON: expected value)"
    );
    says(
        &p,
        "on attendait un document JSON, mais il y a une erreur de syntaxe à la ligne 1, colonne 18 (JSON mal formé\u{A0}: il manque une valeur)",
        "se esperaba un documento JSON, pero hay un error de sintaxis en la línea 1, columna 18 (JSON mal formado: falta un valor)",
    );
    // Line numbers are grouped as each language groups digits (English keeps plain digits).
    let document = format!("{}x", "\n".repeat(12_344));
    let p = problem_in(&document, "");
    assert!(
        p.message.contains("at line 12345 column 1 "),
        "{}",
        p.message
    );
    says(
        &p,
        "on attendait un document JSON, mais il y a une erreur de syntaxe à la ligne 12\u{202F}345, colonne 1 (JSON mal formé\u{A0}: il manque une valeur)",
        "se esperaba un documento JSON, pero hay un error de sintaxis en la línea 12.345, columna 1 (JSON mal formado: falta un valor)",
    );
    let p = problem_in("", "");
    says(
        &p,
        "on attendait un document JSON, mais il y a une erreur de syntaxe à la ligne 1, colonne 0 (le document s’arrête trop tôt\u{A0}: le texte s’arrête avant une valeur)",
        "se esperaba un documento JSON, pero hay un error de sintaxis en la línea 1, columna 0 (el documento termina antes de tiempo: el texto termina antes de un valor)",
    );
}

#[test]
fn nesting_too_deep() {
    let p = problem_in(&fixture("deep-nesting.json"), "");
    says(
        &p,
        "on attendait des tableaux et des objets imbriqués sur 128 niveaux au plus, mais l’imbrication est plus profonde à la ligne 1, colonne 188",
        "se esperaban listas y objetos anidados en 128 niveles como máximo, pero el anidamiento es más profundo en la línea 1, columna 188",
    );
}

#[test]
fn missing_and_unknown_fields() {
    let p = problem_in(r#"{"period": {"year": 2023}}"#, "/organisation");
    says(
        &p,
        "on attendait ce champ obligatoire, mais il est absent",
        "se esperaba este campo obligatorio, pero falta",
    );
    let p = problem_in(
        r#"{"organisation": {"name": "X", "nom": "Y"}, "period": {"year": 2023}}"#,
        "/organisation/nom",
    );
    let fields = "`employees`, `jurisdiction`, `listed`, `name`, `public_interest`";
    assert_eq!(
        p.message,
        format!("expected a known field (one of {fields}), found an unknown field")
    );
    says(
        &p,
        &format!("on attendait un champ connu (parmi {fields}), mais ce champ est inconnu"),
        &format!("se esperaba un campo conocido (uno de {fields}), pero este campo es desconocido"),
    );
    let p = problem_in(&fixture("duplicate-key.json"), "");
    says(
        &p,
        "on attendait chaque champ une seule fois, mais `organisation` apparaît plusieurs fois",
        "se esperaba cada campo una sola vez, pero `organisation` aparece varias veces",
    );
}

#[test]
fn wrong_types() {
    let p = problem_in(
        &with_head(
            r#""bodies": [{"id": "b", "name": "B", "kind": "board", "seats": "ten", "counts": {"women": 1, "men": 0}}]"#,
        ),
        "/bodies/0/seats",
    );
    says(
        &p,
        "on attendait null ou un entier, mais la valeur est une chaîne",
        "se esperaba null o un entero, pero se encontró una cadena",
    );
    let p = problem_in("[]", "");
    says(
        &p,
        "on attendait un objet, mais la valeur est un tableau",
        "se esperaba un objeto, pero se encontró una lista",
    );
    let p = problem_in(
        &with_head(
            r#""bodies": [{"id": "b", "name": "B", "kind": "board", "counts": {"women": 3.0, "men": 0}}]"#,
        ),
        "/bodies/0/counts/women",
    );
    says(
        &p,
        "on attendait un nombre entier écrit uniquement avec des chiffres (3, et non 3.0, 3e0 ou -0), mais il est écrit autrement",
        "se esperaba un número entero escrito solo con cifras (3, no 3.0, 3e0 ni -0), pero está escrito de otra forma",
    );
}

#[test]
fn enumerations() {
    let p = problem_in(
        &with_head(
            r#""bodies": [{"id": "b", "name": "B", "kind": "board", "members": [{"gender": "female"}]}]"#,
        ),
        "/bodies/0/members/0/gender",
    );
    let options = r#""woman", "man", "non_binary", "undisclosed""#;
    says(
        &p,
        &format!(r#"on attendait l’une des valeurs {options}, mais la valeur est "female""#),
        &format!(r#"se esperaba uno de los valores {options}, pero se encontró "female""#),
    );
}

#[test]
fn numbers_below_and_above_limits() {
    let p = problem_in(
        &fixture("pay-hours-zero.json"),
        "/pay/workers/0/weekly_hours",
    );
    says(
        &p,
        "on attendait un nombre supérieur ou égal à 0,01, mais il est plus petit",
        "se esperaba un número mayor o igual que 0,01, pero es menor",
    );
    let p = problem_in(
        &with_head(
            r#""bodies": [{"id": "b", "name": "B", "kind": "board", "counts": {"women": 20000000, "men": 0}}]"#,
        ),
        "/bodies/0/counts/women",
    );
    assert_eq!(
        p.message,
        "expected a number of at most 10000000, found a larger one"
    );
    says(
        &p,
        "on attendait un nombre inférieur ou égal à 10\u{202F}000\u{202F}000, mais il est plus grand",
        "se esperaba un número menor o igual que 10.000.000, pero es mayor",
    );
    // A year is a year, not a quantity: no digit grouping.
    let p = problem_in(
        r#"{"organisation": {"name": "X"}, "period": {"year": 1800}}"#,
        "/period/year",
    );
    says(
        &p,
        "on attendait un nombre supérieur ou égal à 1900, mais il est plus petit",
        "se esperaba un número mayor o igual que 1900, pero es menor",
    );
    let p = problem_in(
        &fixture("pay-amount-above-limit.json"),
        "/pay/workers/0/annual_pay",
    );
    says(
        &p,
        "on attendait un nombre inférieur ou égal à 1\u{202F}000\u{202F}000\u{202F}000\u{202F}000, mais il est plus grand",
        "se esperaba un número menor o igual que 1.000.000.000.000, pero es mayor",
    );
}

#[test]
fn lengths_and_patterns() {
    let p = problem_in(&fixture("text-too-long.json"), "/source");
    says(
        &p,
        "on attendait un texte d’au plus 2\u{202F}000 caractères, mais il est plus long",
        // Spanish groups digits from five on.
        "se esperaba un texto de 2000 caracteres como máximo, pero es más largo",
    );
    let p = problem_in(&fixture("too-many-grades.json"), "/staff/grades");
    says(
        &p,
        "on attendait au plus 1\u{202F}000 éléments, mais il y en a davantage",
        "se esperaban como máximo 1000 elementos, pero hay más",
    );
    let p = problem_in(
        &with_head(r#""bodies": [{"id": "-b", "name": "B", "kind": "board", "counts": {}}]"#),
        "/bodies/0/id",
    );
    says(
        &p,
        "on attendait un identifiant de 1 à 64 lettres ASCII, chiffres, `_` ou `-`, commençant par une lettre ou un chiffre, mais le texte ne correspond pas",
        "se esperaba un identificador de 1 a 64 letras ASCII, cifras, `_` o `-`, que empiece por una letra o una cifra, pero el texto no se ajusta",
    );
    let p = problem_in(
        &fixture("progress-target-without-date.json"),
        "/targets/0/by",
    );
    says(
        &p,
        "on attendait une date du calendrier qui existe, écrite AAAA-MM-JJ, mais celle-ci n’existe pas",
        "se esperaba una fecha del calendario que exista, escrita AAAA-MM-DD, pero esta no existe",
    );
}

#[test]
fn bodies_rules() {
    let body = |id: &str| {
        format!(
            r#"{{"id": "{id}", "name": "B", "kind": "board", "counts": {{"women": 1, "men": 0}}}}"#
        )
    };
    let p = problem_in(
        &with_head(&format!(
            r#""bodies": [{}, {}]"#,
            body("board"),
            body("board")
        )),
        "/bodies/1/id",
    );
    says(
        &p,
        "on attendait un identifiant unique pour chaque organe, mais `board` revient (première occurrence en /bodies/0/id)",
        "se esperaba un identificador único para cada órgano, pero `board` se repite (primera aparición en /bodies/0/id)",
    );
    let p = problem_in(
        &with_head(
            r#""bodies": [{"id": "b", "name": "B", "kind": "board", "seats": 10, "counts": {"women": 6, "men": 5}}]"#,
        ),
        "/bodies/0/counts",
    );
    says(
        &p,
        "on attendait au plus 10 personnes (les sièges de l’organe), mais il y en a 11",
        "se esperaban como máximo 10 personas (los puestos del órgano), pero hay 11",
    );
    let p = problem_in(
        &with_head(
            r#""bodies": [{"id": "b", "name": "B", "kind": "board", "seats": 1, "members": [{"gender": "woman"}, {"gender": "man"}]}]"#,
        ),
        "/bodies/0/members",
    );
    says(
        &p,
        "on attendait au plus 1 membre (les sièges de l’organe), mais il y en a 2",
        "se esperaba como máximo 1 miembro (los puestos del órgano), pero hay 2",
    );
    let p = problem_in(
        &with_head(
            r#""bodies": [{"id": "b", "name": "B", "kind": "board", "as_of": "2024-01-15", "counts": {"women": 1, "men": 0}}]"#,
        ),
        "/bodies/0/as_of",
    );
    says(
        &p,
        "on attendait une date comprise dans la période (du 2023-01-01 au 2023-12-31), mais la date est 2024-01-15",
        "se esperaba una fecha dentro del periodo (del 2023-01-01 al 2023-12-31), pero se encontró 2024-01-15",
    );
    let p = problem_in(
        &with_head(
            r#""bodies": [{"id": "b", "name": "B", "kind": "board", "members": [{"gender": "woman", "role": "president"}, {"gender": "man", "role": "president"}]}]"#,
        ),
        "/bodies/0/members/1/role",
    );
    says(
        &p,
        "on attendait au plus une présidence par organe, mais il y en a une autre (la première en /bodies/0/members/0/role)\u{A0}; pour une présidence partagée, utiliser `co_president`",
        "se esperaba como máximo una presidencia por órgano, pero hay otra (la primera en /bodies/0/members/0/role); para una presidencia compartida, use `co_president`",
    );
    let p = problem_in(
        &with_head(
            r#""bodies": [{"id": "b", "name": "B", "kind": "board", "members": [], "counts": {}}]"#,
        ),
        "/bodies/0",
    );
    says(
        &p,
        "on attendait exactement un des champs `members` et `counts`, mais les deux sont présents",
        "se esperaba exactamente uno de los campos `members` y `counts`, pero están los dos",
    );
}

#[test]
fn periods_in_order() {
    let p = problem_in(
        r#"{"organisation": {"name": "X"}, "period": {"start": "2023-12-31", "end": "2023-01-01"}}"#,
        "/period/end",
    );
    says(
        &p,
        "on attendait une date égale ou postérieure au début (2023-12-31), mais la date est 2023-01-01",
        "se esperaba una fecha igual o posterior al inicio (2023-12-31), pero se encontró 2023-01-01",
    );
    let p = problem_in(
        &fixture("progress-overlapping-periods.json"),
        "/periods/1/period",
    );
    says(
        &p,
        "on attendait une période qui n’en chevauche aucune autre, mais la période du 2021-07-01 au 2022-06-30 chevauche la période en /periods/0/period",
        "se esperaba un periodo que no se solape con ningún otro, pero el periodo del 2021-07-01 al 2022-06-30 se solapa con el periodo en /periods/0/period",
    );
}

#[test]
fn staff_grades() {
    let p = problem_in(
        &with_head(
            r#""staff": {"grades": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}], "members": [{"gender": "woman", "grade": "c"}]}"#,
        ),
        "/staff/members/0/grade",
    );
    says(
        &p,
        "on attendait l’un des niveaux listés dans /staff/grades (`a`, `b`), mais le niveau est `c`",
        "se esperaba uno de los niveles listados en /staff/grades (`a`, `b`), pero se encontró `c`",
    );
}

#[test]
fn too_many_problems() {
    let bodies: Vec<String> = (0..1100)
        .map(|i| format!(r#"{{"id": "b{i}", "name": "B", "kind": "bord", "counts": {{}}}}"#))
        .collect();
    let err = gender_impact::validate(&with_head(&format!(r#""bodies": [{}]"#, bodies.join(","))))
        .unwrap_err();
    let last = err.problems().last().unwrap();
    assert_eq!(
        last.message,
        "expected at most 1000 problems to list, found more: only 1000 are listed"
    );
    says(
        last,
        "on attendait au plus 1\u{202F}000 problèmes à lister, mais il y en a davantage\u{A0}: seuls les 1\u{202F}000 premiers sont listés",
        "se esperaban como máximo 1000 problemas que listar, pero hay más: solo se listan los 1000 primeros",
    );
}

/// The `.json` documents of the bad-input catalogue and the invalid fixtures.
fn invalid_documents() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in ["tests/bad-input/input", "tests/fixtures/invalid"] {
        for e in std::fs::read_dir(root().join(dir)).unwrap() {
            let path = e.unwrap().path();
            if path.extension().is_some_and(|x| x == "json") {
                files.push(path);
            }
        }
    }
    files.sort();
    assert!(files.len() > 80, "too few documents: {}", files.len());
    files
}

/// Every problem of every invalid document, with the document's name.
fn every_problem() -> Vec<(String, Problem)> {
    let mut all = Vec::new();
    for path in invalid_documents() {
        // A document that is not UTF-8 is refused by `gia` before it is read as JSON.
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let err = gender_impact::validate(&text)
            .expect_err(&format!("{} should be invalid", path.display()));
        for p in err.problems() {
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            all.push((name, p.clone()));
        }
    }
    assert!(all.len() > 100, "too few problems: {}", all.len());
    all
}

#[test]
fn every_problem_of_the_catalogue_is_said_in_every_language() {
    for (name, p) in every_problem() {
        let text = p
            .text()
            .unwrap_or_else(|| panic!("{name}: {p} has no catalogue entry"));
        assert_eq!(p.message_in(Lang::En), p.message, "{name}: {p}");
        for lang in [Lang::Fr, Lang::Es] {
            let m = p.message_in(lang);
            assert_ne!(m, p.message, "{name}: {p} is the same in {lang}");
            assert_ne!(m, text.id(), "{name}: {} is not in {lang}", text.id());
            assert!(
                !m.contains('{') || m.contains(r#"{"year""#),
                "{name}: {lang} {m:?} has an unresolved argument"
            );
            for word in ["expected", "found"] {
                assert!(!m.contains(word), "{name}: {lang} {m:?} says {word:?}");
            }
        }
    }
}

/// No message of the French and Spanish files uses the English words of the house pattern.
#[test]
fn french_and_spanish_messages_say_no_english() {
    for lang in ["fr", "es"] {
        let path = root().join("locales").join(lang).join("input.ftl");
        let source = std::fs::read_to_string(&path).unwrap();
        for (n, line) in source.lines().enumerate() {
            if line.starts_with('#') {
                continue;
            }
            // The names of the messages and of their arguments are not text.
            let text: Vec<&str> = line
                .split_whitespace()
                .filter(|w| !w.starts_with('$') && !w.starts_with("input-"))
                .collect();
            let text = text.join(" ");
            for word in ["expected", "found", "missing"] {
                assert!(
                    !text.contains(word),
                    "{lang}/input.ftl line {}: {word:?} in {line:?}",
                    n + 1
                );
            }
        }
    }
}

#[test]
fn an_unknown_framework_is_named_with_the_built_in_ones() {
    let p = problem_in(
        r#"{"framework": "city-plan", "organisation": {"name": "X"}, "period": {"year": 2023}}"#,
        "/framework",
    );
    assert_eq!(
        p.message,
        "expected a built-in framework (general, metropolis, eu-gender-balance), found `city-plan`"
    );
    says(
        &p,
        "on attendait un référentiel intégré (general, metropolis, eu-gender-balance), mais le document nomme `city-plan`",
        "se esperaba un marco integrado (general, metropolis, eu-gender-balance), pero el documento nombra `city-plan`",
    );
}
