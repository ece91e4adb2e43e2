//! `gia assess --network FILE --format ndjson [--fields indicators]`: one line per organisation.
//!
//! Every figure is checked against an independent run: the single-organisation
//! `gia assess FILE --format json` of the same organisation (another code path: one document,
//! pretty-printed, nothing streamed).

use serde_json::Value;

use crate::support::{files, gia, scratch_dir};

/// The organisations of the network: every valid fixture and the Metropolis example, in a
/// fixed order, each as its own file too.
fn fixtures() -> Vec<(String, Value)> {
    let mut all: Vec<(String, Value)> = files("tests/fixtures/valid", "json")
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            (
                p.display().to_string(),
                serde_json::from_str(&text).unwrap(),
            )
        })
        .collect();
    all.push((
        "data/metropolis-2023.json".into(),
        serde_json::from_str(gender_impact::METROPOLIS_2023_JSON).unwrap(),
    ));
    all
}

/// Writes the network of `orgs` and returns its path.
fn network_file(dir: &std::path::Path, orgs: &[Value]) -> String {
    let path = dir.join("network.json");
    let doc = serde_json::json!({"name": "NDJSON test network", "organisations": orgs});
    std::fs::write(&path, doc.to_string()).unwrap();
    path.display().to_string()
}

/// The lines of a successful run, each parsed.
fn lines(args: &[&str]) -> Vec<Value> {
    let o = gia(args);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(text.ends_with('\n'), "the last line ends with a newline");
    text.lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect()
}

#[test]
fn each_line_is_the_single_assessment_of_its_organisation_in_input_order() {
    let dir = scratch_dir("ndjson-full");
    let orgs = fixtures();
    let values: Vec<Value> = orgs.iter().map(|(_, v)| v.clone()).collect();
    let net = network_file(&dir, &values);
    let got = lines(&["assess", "--network", &net, "--format", "ndjson"]);
    assert_eq!(got.len(), orgs.len());
    for (i, ((path, _), line)) in orgs.iter().zip(&got).enumerate() {
        let mut line = line.clone();
        let index = line.as_object_mut().unwrap().remove("index");
        assert_eq!(index, Some(Value::from(i)), "{path}: ids in input order");
        let one = gia(&["assess", path, "--format", "json"]);
        assert!(one.status.success(), "{path}");
        let single: Value = serde_json::from_slice(&one.stdout).unwrap();
        assert_eq!(line, single, "{path}: the same assessment as `gia assess`");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The keys of a JSON object, sorted.
fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    k.sort_unstable();
    k
}

#[test]
fn the_compact_form_has_the_figures_and_no_prose() {
    let dir = scratch_dir("ndjson-compact");
    let orgs = fixtures();
    let values: Vec<Value> = orgs.iter().map(|(_, v)| v.clone()).collect();
    let net = network_file(&dir, &values);
    let full = lines(&["assess", "--network", &net, "--format", "ndjson"]);
    let compact = lines(&[
        "assess",
        "--network",
        &net,
        "--format",
        "ndjson",
        "--fields",
        "indicators",
    ]);
    assert_eq!(compact.len(), full.len());
    for (i, (c, f)) in compact.iter().zip(&full).enumerate() {
        assert_eq!(
            keys(c),
            [
                "framework",
                "index",
                "indicators",
                "interval_method",
                "level",
                "organisation",
                "period",
                "pillars",
                "rating"
            ]
        );
        assert_eq!(c["index"], i);
        assert_eq!(c["organisation"], f["organisation"]);
        assert_eq!(c["period"], f["period"]);
        assert_eq!(c["framework"], f["framework"]["name"]);
        assert_eq!(c["rating"], f["summary"]["overall"]["rating"]);
        assert_eq!(c["level"], f["settings"]["level"]);
        assert_eq!(c["interval_method"], f["settings"]["interval_method"]);
        let (ci, fi) = (
            c["indicators"].as_array().unwrap(),
            f["indicators"].as_array().unwrap(),
        );
        assert_eq!(ci.len(), fi.len());
        for (c, f) in ci.iter().zip(fi) {
            compact_indicator_matches(c, f);
        }
        let pillars: Vec<(&Value, &Value)> = c["pillars"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (&p["id"], &p["rating"]))
            .collect();
        let want: Vec<(&Value, &Value)> = f["summary"]["pillars"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (&p["id"], &p["rating"]))
            .collect();
        assert_eq!(pillars, want);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// A compact indicator holds exactly the full one's figures.
fn compact_indicator_matches(c: &Value, f: &Value) {
    let mut want = vec![
        "denominator",
        "id",
        "interval",
        "numerator",
        "rating",
        "small_count",
        "undisclosed",
        "unit",
        "value",
    ];
    if f.get("withheld").is_some() {
        want.push("withheld");
        want.sort_unstable();
    }
    assert_eq!(keys(c), want, "{}", f["id"]);
    for k in [
        "id",
        "unit",
        "value",
        "numerator",
        "denominator",
        "undisclosed",
        "rating",
        "small_count",
    ] {
        assert_eq!(c[k], f[k], "{} {k}", f["id"]);
    }
    assert_eq!(c.get("withheld"), f.get("withheld"));
    match f["interval"].as_object() {
        None => assert!(c["interval"].is_null()),
        Some(i) => assert_eq!(c["interval"], serde_json::json!([i["low"], i["high"]])),
    }
}

#[test]
fn lines_keep_input_order_across_batches() {
    // More organisations than a batch of the stream (64), each named by its place.
    let dir = scratch_dir("ndjson-order");
    let n = 3 * gender_impact::report::NDJSON_BATCH + 5;
    let orgs: Vec<Value> = (0..n)
        .map(|i| serde_json::json!({"organisation": {"name": format!("Org {i}")}, "period": {"year": 2023}}))
        .collect();
    let net = network_file(&dir, &orgs);
    let got = lines(&[
        "assess",
        "--network",
        &net,
        "--format",
        "ndjson",
        "--fields",
        "indicators",
    ]);
    assert_eq!(got.len(), n);
    for (i, l) in got.iter().enumerate() {
        assert_eq!(l["index"], i);
        assert_eq!(l["organisation"], format!("Org {i}"));
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn out_is_written_whole_or_not_at_all() {
    let dir = scratch_dir("ndjson-out");
    let orgs: Vec<Value> = fixtures().into_iter().map(|(_, v)| v).collect();
    let net = network_file(&dir, &orgs);
    let out = dir.join("all.ndjson");
    let out_s = out.display().to_string();
    let o = gia(&[
        "assess",
        "--network",
        &net,
        "--format",
        "ndjson",
        "--out",
        &out_s,
    ]);
    assert!(o.status.success() && o.stdout.is_empty());
    let stdout = gia(&["assess", "--network", &net, "--format", "ndjson"]).stdout;
    assert_eq!(std::fs::read(&out).unwrap(), stdout);
    // One invalid organisation: problems on standard error, and the file is left as it was.
    let bad = "tests/bad-input/network/one-bad-among-good.json";
    let o = gia(&[
        "assess",
        "--network",
        bad,
        "--format",
        "ndjson",
        "--out",
        &out_s,
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    assert_eq!(std::fs::read(&out).unwrap(), stdout, "the old file is kept");
    let left: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert_eq!(left.len(), 2, "no temporary file left: {left:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_single_organisation_is_one_line() {
    let got = lines(&["assess", "--example", "metropolis", "--format", "ndjson"]);
    assert_eq!(got.len(), 1);
    let one = gia(&["assess", "--example", "metropolis", "--format", "json"]);
    let mut single: Value = serde_json::from_slice(&one.stdout).unwrap();
    single
        .as_object_mut()
        .unwrap()
        .insert("index".into(), Value::from(0));
    assert_eq!(got[0], single);
}
