//! Every HTML page fits an A4 portrait page: laid out by headless Chromium in a window 794 CSS
//! px wide (210 mm at 96 px per inch), the document is no wider than the window and no table,
//! figure, chart, `pre` or image crosses its right (or left) edge.
//!
//! Each page is written with a script appended that measures the layout and writes the result
//! into the DOM (`<pre id="gia-measure">`); Chromium dumps the DOM and the test reads it back.
//! The pages themselves carry no script. Without `/usr/bin/chromium` the test fails unless
//! `GIA_SKIP_BROWSER=1` is set, as `browser.rs` does.

use std::path::{Path, PathBuf};

use gender_impact::assessment::DisclosurePolicy;
use gender_impact::i18n::Lang;
use gender_impact::{Assessment, Assessor, Input, Text};

use crate::browser::{chromium, chromium_or_skip};

/// A4's width in CSS px.
const A4_WIDTH: u32 = 794;

/// Measures the page after layout: the document's scroll width, the viewport's width, then one
/// line per element crossing an edge (tag, left and right edge, the start of its text).
const MEASURE: &str = r#"<script>
(function () {
  var vw = document.documentElement.clientWidth, lines = [];
  lines.push("width " + document.documentElement.scrollWidth + " " + vw);
  var all = document.querySelectorAll("table, svg, figure, pre, img");
  for (var i = 0; i < all.length; i++) {
    var r = all[i].getBoundingClientRect();
    if (r.right > vw + 0.5 || r.left < -0.5) {
      var text = (all[i].textContent || "").replace(/\s+/g, " ").slice(0, 60);
      lines.push("over " + all[i].tagName.toLowerCase() + " " + Math.round(r.left) + " " +
        Math.round(r.right) + " " + text);
    }
  }
  lines.push("counted " + all.length);
  var pre = document.createElement("pre");
  pre.id = "gia-measure";
  pre.style.width = "1px";
  pre.textContent = lines.join("\n");
  document.body.appendChild(pre);
})();
</script>"#;

/// A directory of this test's own under Cargo's temporary directory for integration tests.
fn temp_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("gia-page-width-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    dir
}

/// The page's elements crossing an edge (empty when it fits), after Chromium laid it out at
/// A4's width. Panics when the measurement is missing from the DOM.
fn overflow(bin: &Path, dir: &Path, name: &str, page: &str) -> Vec<String> {
    let body_end = page.rfind("</body>").expect("the page has a </body>");
    let measured = format!("{}{MEASURE}{}", &page[..body_end], &page[body_end..]);
    let sub = dir.join(name);
    std::fs::create_dir_all(&sub).expect("a directory per page");
    let file = sub.join("page.html");
    std::fs::write(&file, measured).expect("the page is written");
    let args = [
        format!("--window-size={A4_WIDTH},1123"),
        "--virtual-time-budget=5000".to_string(),
        "--dump-dom".to_string(),
    ];
    let out = chromium(bin, &sub, &args, &format!("file://{}", file.display()));
    assert!(
        out.status.success(),
        "{name}: chromium --dump-dom failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dom = String::from_utf8_lossy(&out.stdout);
    let start = dom
        .find("<pre id=\"gia-measure\"")
        .and_then(|i| dom[i..].find('>').map(|j| i + j + 1))
        .unwrap_or_else(|| panic!("{name}: no measurement in the DOM Chromium dumped"));
    let end = dom[start..].find("</pre>").expect("the measurement ends") + start;
    check_lines(name, &dom[start..end])
}

/// The problems in the measurement's lines: a document wider than the window, an element over
/// an edge. Also checks that the window was A4's width and that elements were measured.
fn check_lines(name: &str, text: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for line in text.lines() {
        let words: Vec<&str> = line.split(' ').collect();
        match words.as_slice() {
            ["width", scroll, view] => {
                let (scroll, view): (u32, u32) = (scroll.parse().unwrap(), view.parse().unwrap());
                assert_eq!(view, A4_WIDTH, "{name}: the window is not A4's width");
                if scroll > view {
                    problems.push(format!("the document is {scroll} px wide"));
                }
            }
            ["counted", n] => assert!(n.parse::<u32>().unwrap() > 0, "{name}: nothing measured"),
            ["over", ..] => problems.push(line.to_string()),
            _ => panic!("{name}: unexpected measurement line `{line}`"),
        }
    }
    problems
}

/// The Metropolis assessment with every grade shown (the staff pyramid and table on the page).
fn open(input: &Input) -> Assessment {
    Assessor::new()
        .disclosure(DisclosurePolicy {
            k: 0,
            protect_bodies: false,
        })
        .assess(input)
        .expect("assessed")
}

fn text(s: String) -> Text {
    Text::new(s).expect("a valid text")
}

/// Metropolis with long names: the organisation, every body, grade and initiative, and one
/// word of 121 letters with no place to break it.
fn long_names() -> Input {
    let mut input = gender_impact::metropolis_2023();
    let word = "Unbreakable".repeat(11);
    input.organisation.name = text(format!(
        "The Very Long Name of an International Association of Metropolitan Governments, {word}"
    ));
    for (i, b) in input.bodies.iter_mut().enumerate() {
        b.name = text(format!(
            "{} — a statutory body with a name far longer than any table column, number {i}, {word}",
            b.name
        ));
    }
    if let Some(staff) = input.staff.as_mut() {
        for g in &mut staff.grades {
            g.name = Some(text(format!("{word} grade {}", g.id)));
        }
    }
    for x in &mut input.initiatives {
        x.title = text(format!(
            "{} — an initiative whose title goes on and on about awareness of gender issues, {word}",
            x.title
        ));
    }
    // With a jurisdiction, the board-quota table carries the long names too.
    input.organisation.jurisdiction = Some(gender_impact::law::Country::Fr);
    input.organisation.listed = true;
    input.organisation.employees = Some(1200);
    input
}

/// The Montgomery County payroll, analysed without the inferential figures (faster, and the
/// page's layout is the same).
fn montgomery() -> gender_impact::pay::PayAnalysis {
    use gender_impact::pay::{
        AnalysisOptions, CsvOptions, PayRules, analyse_payroll, read_payroll,
    };
    let path = crate::support::root().join("data/montgomery-county-employee-salaries-2023.csv");
    let file = std::fs::File::open(path).expect("the Montgomery file");
    let csv = read_payroll(file, &CsvOptions::montgomery()).expect("a valid payroll");
    let options = AnalysisOptions {
        inference: false,
        ..AnalysisOptions::default()
    };
    analyse_payroll(
        &csv.payroll,
        &[],
        &PayRules::built_in(),
        &options,
        csv.assumptions,
    )
}

/// Every page the crate writes, by name.
fn pages() -> Vec<(String, String)> {
    let metropolis = gender_impact::metropolis_2023();
    let long = long_names();
    let (a, b) = (open(&metropolis), open(&long));
    let closed = gender_impact::assess(&metropolis).expect("assessed");
    let mut renamed = metropolis.clone();
    renamed.organisation.name = text("Another network member".to_string());
    let network = [a.clone(), b.clone(), closed.clone(), open(&renamed)];
    let pay = montgomery();
    let mut pages = Vec::new();
    for lang in [Lang::En, Lang::Fr, Lang::Es] {
        let report = gender_impact::report::html;
        pages.push((format!("metropolis.{lang}"), report(&closed, lang)));
        pages.push((format!("metropolis-open.{lang}"), report(&a, lang)));
        pages.push((format!("long-names.{lang}"), report(&b, lang)));
        let title = Some("Cities of the network with long names");
        let comparison = gender_impact::report::comparison_html(title, &network, lang);
        pages.push((format!("network.{lang}"), comparison));
        pages.push((
            format!("pay.{lang}"),
            gender_impact::report::pay_html(&pay, lang),
        ));
    }
    pages
}

#[test]
fn every_page_fits_an_a4_portrait_page() {
    let Some(bin) = chromium_or_skip() else {
        return;
    };
    let dir = temp_dir();
    let mut failures = Vec::new();
    for (name, page) in pages() {
        let problems = overflow(bin, &dir, &name, &page);
        eprintln!("{name}: {} element(s) over an edge", problems.len());
        if !problems.is_empty() {
            failures.push(format!("{name}:\n  {}", problems.join("\n  ")));
        }
    }
    assert!(
        failures.is_empty(),
        "pages wider than A4 ({A4_WIDTH} px) in Chromium:\n{}",
        failures.join("\n")
    );
    let _ = std::fs::remove_dir_all(&dir);
}
