//! `plan report`: the [`Report`] as one self-contained HTML page, to read on a screen or print
//! on A4. Its style is inline (`page.css`), its charts inline SVG ([`crate::render::chart::svg`]),
//! and it has no script and no link out of the page, so it opens anywhere, offline. Written
//! with `maud`'s templates, which escape every text and attribute: a title with `<` or `&` is
//! text, never markup. The only text passed through unescaped is the SVG, which the `svg`
//! crate has escaped already.
//!
//! Statuses are told apart by more than colour: each has a symbol and its name beside its
//! colour, and the colours differ in lightness, so the page reads in greyscale and printed.

use super::{Indicator, Report, Section};
use crate::eval::Status;
use crate::i18n::Lang;
use crate::render::chart::svg;
use crate::render::evaluation::compliance::Compliance;
use crate::render::evaluation::words;
use maud::{html, Markup, PreEscaped, DOCTYPE};

/// The page's style sheet.
const STYLE: &str = include_str!("page.css");

/// How a status is shown: its background, its text's colour and its symbol. The backgrounds
/// differ in lightness by at least 7 (CIE L*), and every text is readable on its background
/// (contrast 4.5 or more), which `tests` checks.
pub const STATUS_STYLES: [(Status, &str, &str, &str); 8] = [
    (Status::Achieved, "#0c3a1b", "#ffffff", "✔"),
    (Status::Missed, "#a32424", "#ffffff", "✘"),
    (Status::OnTrack, "#5aa864", "#111111", "●"),
    (Status::NeedsAcceleration, "#e9bf3c", "#111111", "◑"),
    (Status::LimitedProgress, "#eb9a48", "#111111", "◔"),
    (Status::Regressing, "#d2553a", "#111111", "▼"),
    (Status::InsufficientData, "#e3e3e3", "#111111", "○"),
    (Status::NotYetDue, "#ffffff", "#111111", "◌"),
];

/// The symbol of a status.
fn symbol(status: Status) -> &'static str {
    STATUS_STYLES
        .iter()
        .find(|(s, ..)| *s == status)
        .map_or("", |(.., mark)| mark)
}

/// The rules that colour each status (`.s-on_track`).
fn status_rules() -> String {
    STATUS_STYLES
        .iter()
        .map(|(status, background, text, _)| {
            format!(
                ".s-{} {{ background: {background}; color: {text}; }}\n",
                status.as_str()
            )
        })
        .collect()
}

/// A status as a badge: its symbol and its name on its colour.
fn badge(lang: Lang, status: Status) -> Markup {
    html! {
        span class={ "status s-" (status.as_str()) } data-status=(status.as_str()) {
            span.mark aria-hidden="true" { (symbol(status)) }
            (words::status_label(lang, status))
        }
    }
}

/// The page, in `lang`: `<!DOCTYPE html>` to `</html>` and a final newline.
pub fn html(report: &Report, lang: Lang) -> String {
    let title = lang.text_with(
        "page-title",
        &[
            ("plan", report.title.as_str().into()),
            ("date", words::date(lang, report.as_of).into()),
        ],
    );
    let page = html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                style { (PreEscaped(STYLE)) (PreEscaped(status_rules())) }
            }
            body {
                header {
                    p.kind { (lang.text("page-kind")) }
                    h1 { (report.title) }
                    (facts(report, lang))
                }
                (summary(report, lang))
                (contents(report, lang))
                @for (n, section) in report.sections.iter().enumerate() {
                    (objective(section, n, report, lang))
                }
                (marks(report, lang))
                @if let Some(c) = &report.reporting {
                    (reporting(c, lang))
                }
                @if let Some(c) = &report.tasks {
                    (tasks(c, lang))
                }
                @if report.reporting.is_none() && report.tasks.is_none() {
                    p.note {
                        (lang.text_with("page-nothing-owed", &[("date", words::date(lang, report.as_of).into())]))
                    }
                }
                (problems(report, lang))
                footer {
                    p { (lang.text_with("page-made-by", &[("date", words::date(lang, report.as_of).into())])) }
                }
            }
        }
    };
    format!("{}\n", page.into_string())
}

/// The plan's document, the area, the date and what was read of the data.
fn facts(report: &Report, lang: Lang) -> Markup {
    let data = if report.rows.read == 0 {
        lang.text("page-no-data")
    } else {
        lang.text_with("page-rows", &report.rows.args(lang))
    };
    html! {
        dl.facts {
            @if let Some(document) = &report.document {
                dt { (lang.text("page-document")) }
                dd { (document) }
            }
            @if let Some(issuer) = &report.issuer {
                dt { (lang.text("page-issuer")) }
                dd { (issuer) }
            }
            @if let Some(signed) = report.signed {
                dt { (lang.text("page-signed")) }
                dd { (words::date(lang, signed)) }
            }
            @if let Some((first, last)) = report.period {
                dt { (lang.text("page-period")) }
                dd { (first) "–" (last) }
            }
            @if !report.amended_by.is_empty() {
                dt { (lang.text("page-amended")) }
                dd {
                    @for (n, (document, from)) in report.amended_by.iter().enumerate() {
                        @if n > 0 { "; " }
                        @match from {
                            Some(date) => (lang.text_with("page-amendment", &[("document", document.as_str().into()), ("date", words::date(lang, *date).into())])),
                            None => (document),
                        }
                    }
                }
            }
            dt { (lang.text("page-area")) }
            dd { (report.area_name) }
            dt { (lang.text("page-as-of")) }
            dd { (words::date(lang, report.as_of)) }
            dt { (lang.text("page-data")) }
            dd { (data) }
        }
    }
}

/// The targets by status: a bar of their shares, then a row per status with its count and
/// what it means.
fn summary(report: &Report, lang: Lang) -> Markup {
    let total = report.targets.max(1) as f64;
    html! {
        section #summary {
            h2 { (lang.text("report-summary")) }
            p { (lang.text_with("page-targets-judged", &[("count", report.targets.into())])) }
            @if !report.statuses.is_empty() {
                div.bar aria-hidden="true" {
                    @for &(status, n) in &report.statuses {
                        span class={ "s-" (status.as_str()) }
                            style={ "flex: " (n) " 1 " (format!("{:.2}", n as f64 * 100.0 / total)) "%" }
                            title={ (words::status_label(lang, status)) ": " (n) } {
                            (symbol(status))
                        }
                    }
                }
                table.summary {
                    thead {
                        tr {
                            th { (lang.text("report-column-status")) }
                            th.number { (lang.text("report-column-targets")) }
                            th { (lang.text("page-meaning")) }
                        }
                    }
                    tbody {
                        @for &(status, n) in &report.statuses {
                            tr {
                                td { (badge(lang, status)) }
                                td.number { (n) }
                                td { (words::status_meaning(lang, status)) }
                            }
                        }
                        tr {
                            td { (lang.text("report-all-targets")) }
                            td.number { (report.targets) }
                            td {}
                        }
                    }
                }
            }
        }
    }
}

/// A link to each section.
fn contents(report: &Report, lang: Lang) -> Markup {
    html! {
        @if report.sections.len() > 1 {
            nav {
                h2 { (lang.text("page-contents")) }
                ol {
                    @for (n, section) in report.sections.iter().enumerate() {
                        li { a href={ "#section-" (n + 1) } { (section.heading.text(lang)) } }
                    }
                }
            }
        }
    }
}

/// An objective's (or a lead agency's) indicators.
fn objective(section: &Section, n: usize, report: &Report, lang: Lang) -> Markup {
    let heading = section.heading.text(lang);
    html! {
        section.objective id={ "section-" (n + 1) } {
            @if !heading.is_empty() {
                h2 { (heading) }
            }
            @for indicator in &section.indicators {
                (self::indicator(indicator, report, lang))
            }
        }
    }
}

/// An indicator: its title, unit and owners, its targets judged, its chart.
fn indicator(i: &Indicator, report: &Report, lang: Lang) -> Markup {
    let none = lang.text("page-none");
    let names = |names: &[String]| {
        if names.is_empty() {
            none.clone()
        } else {
            names.join(", ")
        }
    };
    let unit = i.unit_label();
    let value = |v: Option<f64>| v.map_or(String::new(), |v| i.value(lang, v));
    let at = |p: &Option<crate::eval::evaluate::PeriodValue>| {
        html! {
            @if let Some(p) = p {
                span.value { (i.value(lang, p.value)) } " (" (words::period(lang, p.period)) ")"
            }
        }
    };
    html! {
        article.indicator data-indicator=(i.id) {
            h3 { span.id { (i.id) } (i.title) }
            dl.meta {
                dt { (lang.text("page-unit")) }
                dd { @if unit.is_empty() { (lang.text("page-no-unit")) } @else { (unit) } }
                dt { (lang.text("page-lead")) }
                dd { (names(&i.lead)) }
                @if !i.support.is_empty() {
                    dt { (lang.text("page-support")) }
                    dd { (names(&i.support)) }
                }
            }
            table.targets {
                thead {
                    tr {
                        th { (lang.text("report-column-target")) }
                        th { (lang.text("report-column-status")) }
                        th.number { (lang.text("report-column-baseline")) }
                        th.number { (lang.text("report-column-latest")) }
                        th.number { (lang.text("report-column-expected")) }
                        th.number { (lang.text("report-column-projected")) }
                    }
                }
                // A target's note on a row of its own under it: a sentence needs the width.
                @for r in &i.results {
                    tbody.target data-status=(r.status.as_str()) {
                        tr {
                            td.target { (words::target(lang, &r.target)) }
                            td { (badge(lang, r.status)) }
                            td.number { (at(&r.baseline)) }
                            td.number { (at(&r.latest)) }
                            td.number { (value(r.expected)) }
                            td.number { (value(r.projected)) }
                        }
                        @if let Some(note) = &r.note {
                            tr.note {
                                td colspan="6" { (lang.text("report-column-note")) ": " (note) }
                            }
                        }
                    }
                }
            }
            figure.chart data-indicator=(i.id) {
                @if i.chart.is_empty(true) {
                    p.note { (lang.text_with("page-no-chart", &[("date", words::date(lang, report.as_of).into())])) }
                } @else {
                    (PreEscaped(svg::svg(&i.chart, lang)))
                    figcaption { (lang.text_with("page-chart", &[("id", i.id.as_str().into())])) }
                }
            }
        }
    }
}

/// What the marks and the value columns mean.
fn marks(report: &Report, lang: Lang) -> Markup {
    html! {
        section.legend {
            h2 { (lang.text("page-marks")) }
            @if report.strive {
                p { (words::strive(lang)) }
            }
            p { (lang.text("report-columns-legend")) }
        }
    }
}

/// A table of what agencies gave of what they owed, then each exception. `columns` name the
/// given, owed, late and never-given columns.
fn agencies(c: &Compliance, columns: [&str; 4], lang: Lang) -> Markup {
    let [given, owed, late, never] = columns.map(|c| lang.text(&format!("report-column-{c}")));
    html! {
        table.agencies {
            thead {
                tr {
                    th { (lang.text("report-column-agency")) }
                    th.number { (given) }
                    th.number { (owed) }
                    th.number { (lang.text("report-column-rate")) }
                    th.number { (late) }
                    th.number { (never) }
                }
            }
            tbody {
                @for a in &c.agencies {
                    tr {
                        td { (a.agency) }
                        td.number { (a.given) }
                        td.number { (a.owed) }
                        td.number { (words::percent(lang, a.rate())) }
                        td.number { (a.late) }
                        td.number { (a.never) }
                    }
                }
            }
        }
    }
}

/// Reports received, by agency, then each one late or missing.
fn reporting(c: &Compliance, lang: Lang) -> Markup {
    let sentence = lang.text_with(
        "report-reports-received",
        &[
            ("received", c.given.into()),
            ("owed", c.owed.into()),
            ("percent", words::percent(lang, c.rate()).into()),
        ],
    );
    html! {
        section #reporting {
            h2 { (lang.text("report-reporting")) }
            p { (sentence) }
            (agencies(c, ["received", "owed-reports", "late", "missing"], lang))
            (exceptions(c, "page-late-reports", lang))
        }
    }
}

/// Tasks done, by agency, then each one late or overdue.
fn tasks(c: &Compliance, lang: Lang) -> Markup {
    let sentence = lang.text_with(
        "report-tasks-done",
        &[
            ("done", c.given.into()),
            ("owed", c.owed.into()),
            ("percent", words::percent(lang, c.rate()).into()),
            ("upcoming", c.upcoming.into()),
        ],
    );
    html! {
        section #tasks {
            h2 { (lang.text("report-tasks")) }
            p { (sentence) }
            (agencies(c, ["done", "owed", "late", "overdue"], lang))
            (exceptions(c, "page-late-tasks", lang))
        }
    }
}

fn exceptions(c: &Compliance, heading: &str, lang: Lang) -> Markup {
    html! {
        @if !c.exceptions.is_empty() {
            h3 { (lang.text(heading)) }
            ul.exceptions {
                @for e in &c.exceptions {
                    li { (e.line(lang)) }
                }
            }
        }
    }
}

/// How many problems the data had, and the first few.
fn problems(report: &Report, lang: Lang) -> Markup {
    let p = &report.problems;
    html! {
        @if !p.is_empty() {
            section #problems {
                h2 { (lang.text("report-data-problems")) }
                p { (p.summary(lang)) " " (report.data_line(lang)) }
                ul.problems {
                    @for d in &p.first {
                        li { code { (crate::render::diagnostics::short(d, lang)) } }
                    }
                }
            }
        }
    }
}
