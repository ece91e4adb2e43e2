//! Network documents: every problem of every organisation, with pointers into the network.

fn org(body: &str) -> String {
    format!(
        r#"{{"organisation": {{"name": "X"}}, "period": {{"year": 2023}}, "bodies": [{body}]}}"#
    )
}

#[test]
fn problems_of_several_organisations_are_all_reported_with_their_place() {
    let ok = org(r#"{"id": "b", "name": "B", "kind": "board", "counts": {"women": 1, "men": 1}}"#);
    let bad_gender = org(
        r#"{"id": "b", "name": "B", "kind": "board", "members": [{"gender": "woman"}, {"gender": "female"}]}"#,
    );
    // A structural problem (unknown field) and, in another organisation, a cross-field one.
    let unknown = org(
        r#"{"id": "b", "name": "B", "kind": "board", "sets": 3, "counts": {"women": 1, "men": 1}}"#,
    );
    let over_seats = org(
        r#"{"id": "b", "name": "B", "kind": "board", "seats": 1, "counts": {"women": 1, "men": 1}}"#,
    );
    let doc = format!(
        r#"{{"name": "Net", "organisations": [{ok}, {bad_gender}, {ok}, {unknown}, {over_seats}]}}"#
    );
    let err = gender_impact::validate_network(&doc).unwrap_err();
    let lines: Vec<String> = err.problems().iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            r#"/organisations/1/bodies/0/members/1/gender: expected one of "woman", "man", "non_binary", "undisclosed", found "female""#,
            "/organisations/3/bodies/0/sets: expected a known field (one of `as_of`, `counts`, `directors`, `id`, `kind`, `members`, `name`, `note`, `quota_body`, `reference_share`, `seats`), found an unknown field",
            "/organisations/4/bodies/0/counts: expected at most 1 people (the body's seats), found 2",
        ]
    );
}

#[test]
fn a_broken_outer_shape_is_described_by_the_schema() {
    let err = gender_impact::validate_network(r#"{"organisation": []}"#).unwrap_err();
    let lines: Vec<String> = err.problems().iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "/organisation: expected a known field (one of `$schema`, `name`, `organisations`), found an unknown field",
            "/organisations: expected this required field, found it missing",
        ]
    );
}
