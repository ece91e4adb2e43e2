//! Spain's registro retributivo as HTML: a section of the pay page, or a page of its own for a
//! worker without representatives. The words are those of the Markdown
//! ([`crate::report::registro`]).

use std::fmt::Write;

use crate::i18n::Lang;
use crate::pay::{PayAnalysis, Registro, RegistroRow};
use crate::report::chart::escape;
use crate::report::html::{cell_class, head, list};
use crate::report::registro::{AMOUNT_COLUMNS, EQUALISED_COLUMNS, RegistroWords, WORKER_COLUMNS};

/// The register as a page of its own in `lang` (what a worker without representatives
/// receives: the assumptions and the register's percentage differences, nothing else of the
/// analysis). An empty page body when the analysis has no register.
pub fn page(a: &PayAnalysis, lang: Lang) -> String {
    let title = lang.message("registro-heading", &[]);
    let mut o = String::with_capacity(16 * 1024);
    head(&mut o, lang, &title);
    let _ = writeln!(
        o,
        "<header><h1>{}</h1></header>\n<main id=\"registro\">",
        escape(&title)
    );
    for s in &a.assumptions {
        let text = s.in_lang(lang);
        let line = lang.message("pay-assumption", &[("text", text.as_str().into())]);
        let _ = writeln!(o, "<p>{}</p>", escape(&line));
    }
    if let Some(r) = &a.registro {
        body(&mut o, r, lang, 2);
    }
    o.push_str("</main>\n</body>\n</html>\n");
    o
}

/// The register as a section of the pay page, its heading at `level`.
pub(crate) fn section(o: &mut String, r: &Registro, lang: Lang, level: u8) {
    let title = lang.message("registro-heading", &[]);
    let _ = writeln!(o, "<h{level} id=\"registro\">{}</h{level}>", escape(&title));
    body(o, r, lang, level + 1);
}

fn body(o: &mut String, r: &Registro, lang: Lang, level: u8) {
    let w = RegistroWords::new(r, lang);
    for p in w.intro() {
        let _ = writeln!(o, "<p>{}</p>", escape(&p));
    }
    for (group, rows) in w.groups() {
        let _ = writeln!(
            o,
            "<h{level}>{}</h{level}>",
            escape(&w.group_heading(group))
        );
        if w.worker() {
            table(o, &w, &WORKER_COLUMNS, &rows, |r| w.worker_cells(r));
            continue;
        }
        let _ = writeln!(
            o,
            "<p>{}</p>",
            escape(&w.msg("registro-heading-actual", &[]))
        );
        table(o, &w, &AMOUNT_COLUMNS, &rows, |r| w.amount_cells(r, false));
        let _ = writeln!(
            o,
            "<p>{}</p>",
            escape(&w.msg("registro-heading-equalised", &[]))
        );
        table(o, &w, &EQUALISED_COLUMNS, &rows, |r| {
            w.amount_cells(r, true)
        });
    }
    if w.any_small() {
        let _ = writeln!(o, "<p class=\"meta\">† {}</p>", escape(&w.small_note()));
    }
    let (head, checks) = w.rule();
    let _ = writeln!(
        o,
        "<h{level}>{}</h{level}>\n<p>{}</p>",
        escape(&w.msg("registro-rule-heading", &[])),
        escape(&head)
    );
    list(o, "ul", "", &checks);
}

/// A table: a header of catalogue ids, then a row per register row (its first cell heads it).
fn table(
    o: &mut String,
    w: &RegistroWords<'_>,
    head: &[&str],
    rows: &[&RegistroRow],
    cells: impl Fn(&RegistroRow) -> Vec<String>,
) {
    o.push_str("<table class=\"registro\"><thead><tr>");
    for id in head {
        let _ = write!(o, "<th scope=\"col\">{}</th>", escape(&w.msg(id, &[])));
    }
    o.push_str("</tr></thead><tbody>");
    for r in rows {
        let c = cells(r);
        let _ = write!(o, "<tr><th scope=\"row\">{}</th>", escape(&c[0]));
        for x in &c[1..] {
            let _ = write!(o, "<td class=\"{}\">{}</td>", cell_class(x), escape(x));
        }
        o.push_str("</tr>");
    }
    o.push_str("</tbody></table>\n");
}
