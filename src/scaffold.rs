//! Scaffolding: a new plan that implements a parent plan (`plan new`).
//!
//! [`new_plan`] writes the text of a plan for an area (a province under the national program,
//! a district under its province) that imports the parent and takes up every one of its
//! indicators: the parent's objectives re-declared, each indicator and part with the parent's
//! number, title, unit, direction, formula and targets as starting values, `adopts ALIAS.ID`,
//! and `source` and a comment citing the parent's section. What only the new plan's authors
//! know is left with markers the checker reports until it is filled in:
//!
//! - the header's `document`, `issuer` and `signed` are left out, with a comment saying what
//!   to write (`plan::missing_header_field`);
//! - every indicator says `lead ? because "..."` (`plan::lead_to_fill`).
//!
//! Those are the only diagnostics the new file gets, besides any the parent's own
//! indicators already get (a numbering gap in the parent is one in the copy too).
//!
//! ```
//! let parent = planlang::load_str("national.plan", r#"
//!     plan "Chương trình hành động quốc gia vì trẻ em" {
//!         document "23/QĐ-TTg" issuer ttg signed 2021-01-07 period 2021..2030 area "Việt Nam"
//!     }
//!     agency ttg "Thủ tướng Chính phủ"
//!     objective a "Về sức khỏe trẻ em" source "I.2.a"
//!     indicator 1 "Tỷ lệ trẻ em được tiêm chủng" {
//!         objective a  unit percent  direction increase  target 2025 >= 97  lead ttg
//!         source "I.2.a, Chỉ tiêu 5"
//!     }
//! "#);
//! let text = planlang::scaffold::new_plan(&parent.model, "national.plan", "Tỉnh Sơn La");
//! assert!(text.contains(r#"import "national.plan" as viet_nam"#));
//! assert!(text.contains("adopts viet_nam.1"));
//! assert!(text.contains(r#"source "theo 23/QĐ-TTg, I.2.a, Chỉ tiêu 5""#));
//! ```

use crate::model::{
    builtin_unit, Aggregate, Comparator, Indicator, Measure, Model, RateUnit, Target, TargetKind,
};
use crate::numbers::exact;
use crate::text::fold;
use std::fmt::Write;
use std::path::{Component, Path};

/// Words that open the name of an area ("Tỉnh Sơn La", "Huyện Mộc Châu"), folded, longest
/// first; they are left out of an import name and written in lower case inside a title.
const AREA_KINDS: &[&str] = &[
    "thanh pho ",
    "thi tran ",
    "thi xa ",
    "phuong ",
    "huyen ",
    "tinh ",
    "quan ",
    "xa ",
];

/// The text of a new plan for `area` that implements `parent`, which the new file imports as
/// `parent_path_from_output` (the path of the parent relative to the new file's folder).
pub fn new_plan(parent: &Model, parent_path_from_output: &str, area: &str) -> String {
    let alias = alias_for(parent, parent_path_from_output);
    let doc = document_of(parent);
    let mut out = String::new();
    header(
        &mut out,
        parent,
        parent_path_from_output,
        area,
        &alias,
        &doc,
    );
    objectives(&mut out, parent, &doc);
    let _ = writeln!(out, "\n{}", rule("indicators"));
    let _ = writeln!(
        out,
        "\n// Every indicator and part of {} (imported as `{alias}`), in its order, with its",
        comment_text(&doc)
    );
    out.push_str(
        "// targets as starting values. Each `adopts` one of the parent's: change its targets and\n",
    );
    let _ = writeln!(
        out,
        "// write `adapts {alias}.ID because \"...\"` instead, or delete it and write `waive {alias}.ID"
    );
    out.push_str("// because \"...\"` when this plan does not take it up.\n");
    for indicator in parent.indicators.values() {
        out.push('\n');
        indicator_text(&mut out, parent, indicator, &alias, &doc);
    }
    let _ = writeln!(out, "\n{}", rule("reports and reviews"));
    out.push_str(
        "\n// This plan's reports and reviews, e.g.\n\
         //   report baocao_nam \"Báo cáo năm\" { period year  due before 05/12  from ID  to ID }\n\
         //   review soket_2025 \"Sơ kết\" { year 2025  from ID  to ID }\n",
    );
    out
}

/// The name the new plan imports its parent as: from the parent's area ("Tỉnh Sơn La" gives
/// `son_la`, "Việt Nam" `viet_nam`), else from its file name; lower-case ASCII letters, digits
/// and `_`, never empty, never with a dot.
pub fn alias_for(parent: &Model, parent_path: &str) -> String {
    let from_area = parent.plan.area.as_deref().map(|a| {
        let folded = fold(a.trim());
        let rest = AREA_KINDS
            .iter()
            .find_map(|kind| folded.strip_prefix(kind))
            .unwrap_or(&folded);
        id_from(rest)
    });
    let from_file = || {
        let stem = Path::new(parent_path)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        id_from(&fold(&stem))
    };
    match from_area {
        Some(id) if !id.is_empty() => id,
        _ => Some(from_file())
            .filter(|id| !id.is_empty())
            .unwrap_or_else(|| "parent".to_string()),
    }
}

/// ASCII letters and digits of a folded text, each other run of characters one `_`.
fn id_from(folded: &str) -> String {
    let mut id = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if !id.is_empty() && !id.ends_with('_') {
            id.push('_');
        }
    }
    while id.ends_with('_') {
        id.pop();
    }
    id
}

/// A title for the new plan: the parent's, without its own "trên địa bàn ...", as a plan
/// ("Kế hoạch triển khai thực hiện ...") for the area: "... trên địa bàn huyện Mộc Châu".
pub fn title_for(parent: &Model, area: &str) -> String {
    let title = parent.plan.title.trim();
    let folded = fold(title);
    // Folding keeps one char for each char of the NFC text, so a char index found in the
    // folded text is a char index of the title; the byte offset is looked up by chars.
    let cut = folded
        .find(" tren dia ban ")
        .map(|byte| folded[..byte].chars().count())
        .and_then(|chars| title.char_indices().nth(chars).map(|(i, _)| i))
        .filter(|_| folded.chars().count() == title.chars().count())
        .unwrap_or(title.len());
    let base = title[..cut].trim_end();
    let mut out = if fold(base).starts_with("ke hoach") {
        base.to_string()
    } else if base.is_empty() {
        "Kế hoạch".to_string()
    } else {
        format!("Kế hoạch triển khai thực hiện {base}")
    };
    let area = area.trim();
    if !area.is_empty() {
        out.push_str(" trên địa bàn ");
        let folded_area = fold(area);
        if AREA_KINDS.iter().any(|k| folded_area.starts_with(k)) {
            let mut chars = area.chars();
            if let Some(first) = chars.next() {
                out.extend(first.to_lowercase());
                out.push_str(chars.as_str());
            }
        } else {
            out.push_str(area);
        }
    }
    out
}

/// How the new plan names its parent in comments and sources: its document number, else its
/// title.
fn document_of(parent: &Model) -> String {
    match parent.plan.document.as_deref().map(str::trim) {
        Some(doc) if !doc.is_empty() => doc.to_string(),
        _ if !parent.plan.title.trim().is_empty() => parent.plan.title.trim().to_string(),
        _ => "the parent plan".to_string(),
    }
}

fn header(out: &mut String, parent: &Model, path: &str, area: &str, alias: &str, doc: &str) {
    let title = title_for(parent, area);
    let doc_c = comment_text(doc);
    let _ = writeln!(out, "// {}", comment_text(&title));
    out.push_str("//\n");
    let _ = writeln!(
        out,
        "// Written by `plan new` from {doc_c}, the plan this one implements (imported below as"
    );
    let _ = writeln!(
        out,
        "// `{alias}`): every indicator and part of it is taken up (`adopts {alias}.ID`), with its"
    );
    out.push_str(
        "// targets as starting values. To finish this plan (`plan check` lists what is left):\n\
         //   1. the header: give `document`, `issuer` and `signed` (plan::missing_header_field);\n\
         //   2. declare this plan's agencies and replace each `lead ? because \"...\"` with\n\
         //      `lead ID` (plan::lead_to_fill), adding `support ID` where agencies support;\n",
    );
    let _ = writeln!(
        out,
        "//   3. the targets: keep the parent's, or set this plan's and write `adapts {alias}.ID"
    );
    let _ = writeln!(
        out,
        "//      because \"...\"`; `waive {alias}.ID because \"...\"` for one it does not take up;"
    );
    out.push_str(
        "//   4. `source` cites the parent's section: cite this plan's own once it has one;\n\
         //   5. this plan's reports and reviews (at the end of the file).\n\
         // `plan cascade PARENT THIS_FILE` (PARENT: the imported file) shows how this plan takes up\n\
         // the parent's indicators.\n",
    );
    let _ = writeln!(out, "\nimport {} as {alias}", quote(path));
    let _ = writeln!(out, "\nplan {} {{", quote(&title));
    for line in [
        "// To fill in (plan::missing_header_field is reported until they are given):",
        "//   document \"SỐ/KH-UBND\"   the number of this plan's document",
        "//   issuer ID              the agency that issues it (declare it below)",
        "//   signed YYYY-MM-DD      the date it is signed",
    ] {
        let _ = writeln!(out, "    {line}");
    }
    if let Some((from, to)) = parent.plan.period {
        let _ = writeln!(out, "    period {}..{}", year(from), year(to));
    }
    if !area.trim().is_empty() {
        let _ = writeln!(out, "    area {}", quote(area.trim()));
    }
    if let Some(document) = parent.plan.document.as_deref() {
        let _ = writeln!(out, "    implements {}", quote(document));
    }
    let _ = writeln!(out, "    implements {alias}");
    out.push_str("}\n");
    let _ = writeln!(out, "\n{}", rule("agencies"));
    out.push_str(
        "\n// This plan's agencies: the issuer, the leads and supports of its indicators, who\n\
         // submits and receives its reports, e.g.\n\
         //   agency ubnd \"Ủy ban nhân dân ...\" short \"UBND ...\"\n",
    );
    let _ = writeln!(
        out,
        "// The parent's agencies can be named too, as `{alias}.ID`."
    );
}

fn objectives(out: &mut String, parent: &Model, doc: &str) {
    let used: Vec<_> = parent
        .objectives
        .values()
        .filter(|o| {
            parent
                .indicators
                .values()
                .any(|i| i.objective.as_ref().is_some_and(|r| r.name == o.id))
        })
        .collect();
    if used.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{}", rule("objectives"));
    let _ = writeln!(
        out,
        "\n// The objectives of {}, with the same ids and titles.",
        comment_text(doc)
    );
    for o in used {
        let cite = match &o.source {
            Some(s) => format!("{doc}, {s}"),
            None => doc.to_string(),
        };
        let _ = writeln!(out, "\n// {}", comment_text(&cite));
        let _ = writeln!(out, "objective {} {}", o.id, quote(&o.title));
    }
}

fn indicator_text(out: &mut String, parent: &Model, i: &Indicator, alias: &str, doc: &str) {
    let section = i
        .source
        .clone()
        .unwrap_or_else(|| format!("Chỉ tiêu {}", i.number));
    let _ = writeln!(out, "// {}", comment_text(&format!("{doc}, {section}")));
    let _ = writeln!(out, "indicator {} {} {{", i.number, quote(&i.title));
    if let Some(o) = &i.objective {
        let _ = writeln!(out, "    objective {}", o.name);
    }
    let measures: Vec<&Measure> = parent.measures_of(i).collect();
    let source = |out: &mut String| {
        let _ = writeln!(out, "    {}", lead_to_fill());
        let _ = writeln!(
            out,
            "    source {}",
            quote(&format!("theo {doc}, {section}"))
        );
    };
    if i.is_composite {
        // Parts inherit the lead and source of their indicator.
        source(out);
        for m in measures {
            let letter = m.id.strip_prefix(i.number.as_str()).unwrap_or(&m.id);
            let _ = writeln!(out, "    part {letter} {} {{", quote(&m.title));
            measure_text(out, parent, m, alias, "        ");
            if let Some(own) = m.source.as_ref().filter(|s| Some(*s) != i.source.as_ref()) {
                let _ = writeln!(
                    out,
                    "        source {}",
                    quote(&format!("theo {doc}, {own}"))
                );
            }
            let _ = writeln!(out, "        adopts {alias}.{}", m.id);
            out.push_str("    }\n");
        }
    } else {
        for m in &measures {
            measure_text(out, parent, m, alias, "    ");
        }
        source(out);
        for m in measures {
            let _ = writeln!(out, "    adopts {alias}.{}", m.id);
        }
    }
    out.push_str("}\n");
}

/// The `lead ?` line of a new plan.
fn lead_to_fill() -> String {
    format!(
        "lead ? because {}",
        quote("chưa phân công cơ quan chủ trì (kế hoạch mới tạo bằng plan new)")
    )
}

/// The fields of one measure: unit, direction, formula or aggregate, targets.
fn measure_text(out: &mut String, parent: &Model, m: &Measure, alias: &str, indent: &str) {
    let qualify = |name: &str| format!("{alias}.{name}");
    if let Some(unit) = m.unit.as_ref().and_then(|u| u.unit.as_ref()) {
        let declared = parent.units.get(&unit.id);
        let name = match declared {
            Some(_) => qualify(&unit.id),
            None if builtin_unit(&unit.id).is_some() => unit.id.clone(),
            // A unit the parent could not resolve is reported there; name it as written.
            None => m
                .unit
                .as_ref()
                .map_or(unit.id.clone(), |u| u.written.name.clone()),
        };
        let declared_of = declared.and_then(|d| d.of.as_ref());
        match unit.of.as_ref().filter(|of| Some(*of) != declared_of) {
            Some(of) => {
                let _ = writeln!(out, "{indent}unit {name} of {}", quote(of));
            }
            None => {
                let _ = writeln!(out, "{indent}unit {name}");
            }
        }
    }
    if let Some(d) = m.direction {
        let _ = writeln!(out, "{indent}direction {}", d.as_str());
    }
    match (&m.formula, &m.aggregate) {
        (Some(f), _) => {
            let _ = writeln!(
                out,
                "{indent}formula {} / {} * {}",
                qualify(&f.numerator.name),
                qualify(&f.denominator.name),
                number(f.factor)
            );
        }
        (None, Aggregate::None) => {}
        (None, Aggregate::Sum) => {
            let _ = writeln!(out, "{indent}aggregate sum");
        }
        (None, Aggregate::Mean) => {
            let _ = writeln!(out, "{indent}aggregate mean");
        }
        (None, Aggregate::Weighted(by)) => {
            let _ = writeln!(out, "{indent}aggregate weighted by {}", qualify(&by.name));
        }
    }
    for t in &m.targets {
        match target_source(t, &qualify) {
            Some(text) => {
                let _ = writeln!(out, "{indent}target {text}");
            }
            None => {
                let _ = writeln!(
                    out,
                    "{indent}// a target of the parent that the language cannot write is left out"
                );
            }
        }
    }
}

/// A target as the plan language writes it, after `target ` (`2025 >= 95 strive`,
/// A change's amount as written: `3`, or `> 3` when the comparison is not the default "at
/// least".
fn written(op: Comparator, amount: f64) -> String {
    match op {
        Comparator::AtLeast => number(amount),
        op => format!("{} {}", op.as_str(), number(amount)),
    }
}

/// `maintain >= 95 from 2025 until 2030`, `reduce by 0.5 points per year until 2030`,
/// `2025 < 5 where national.khu_vuc = nong_thon`): the inverse of how the resolver normalises
/// a written target. `dimension` names the dimension of a split as the new file must (through
/// its import). `None` for what no text can say, and no parsed plan holds: a value that is
/// not a finite number, a `maintain` without its years.
pub fn target_source(t: &Target, dimension: &dyn Fn(&str) -> String) -> Option<String> {
    if !t.value.is_finite() || t.value_max.is_some_and(|v| !v.is_finite()) {
        return None;
    }
    let range = |lo: f64, hi: Option<f64>| match hi {
        Some(hi) => format!("{} to {}", number(lo), number(hi)),
        None => number(lo),
    };
    let mut s = match t.kind {
        TargetKind::Level => {
            let value = range(t.value, t.value_max);
            match t.year {
                Some(y) => format!("{} {} {value}", year(y), t.op.as_str()),
                None => format!("{} {value}", t.op.as_str()),
            }
        }
        // Always with both years when read from a plan.
        TargetKind::Maintain => format!(
            "maintain {} {} from {} until {}",
            t.op.as_str(),
            range(t.value, t.value_max),
            year(t.year?),
            year(t.until?),
        ),
        // `reduce every year`: any fall, however small.
        TargetKind::Rate
            if t.value == 0.0
                && t.value_max.is_none()
                && matches!(t.op, Comparator::Below | Comparator::Above) =>
        {
            let change = if t.op == Comparator::Below {
                "reduce"
            } else {
                "increase"
            };
            let mut s = format!("{change} every year");
            if let Some(from) = t.year {
                let _ = write!(s, " from {}", year(from));
            }
            if let Some(until) = t.until {
                let _ = write!(s, " until {}", year(until));
            }
            s
        }
        TargetKind::Rate | TargetKind::Change => {
            // The resolver stores "reduce by 3" as a change of at most -3, and a comparison
            // written in a reduction turned round ("reduce by > 3": below -3).
            let (change, by) = match (t.op, t.value_max) {
                (_, Some(max)) if max <= 0.0 => ("reduce", range(-max, Some(-t.value))),
                (_, Some(max)) => ("increase", range(t.value, Some(max))),
                (op, None)
                    if t.value < 0.0
                        || (t.value == 0.0
                            && matches!(op, Comparator::AtMost | Comparator::Below)) =>
                {
                    ("reduce", written(op.mirrored(), -t.value))
                }
                (op, None) => ("increase", written(op, t.value)),
            };
            let unit = match t.rate_unit {
                Some(RateUnit::Percent) => "percent",
                _ => "points",
            };
            let per_year = if t.kind == TargetKind::Rate {
                " per year"
            } else {
                ""
            };
            let mut s = format!("{change} by {by} {unit}{per_year}");
            if let Some(from) = t.year {
                let _ = write!(s, " from {}", year(from));
            }
            if let Some(until) = t.until {
                let _ = write!(s, " until {}", year(until));
            }
            s
        }
    };
    if t.strive {
        s.push_str(" strive");
    }
    if let Some((d, v)) = t.split.as_deref() {
        let _ = write!(s, " where {} = {}", dimension(&d.name), v.name);
    }
    // The section of the document the target comes from: a child restating a target in two
    // sections (as the parent does) checks only with both refs.
    if let Some(reference) = t.reference.as_deref() {
        let _ = write!(s, " ref {}", quote(reference));
    }
    Some(s)
}

/// A year as the language reads it: four digits, `0999` for the year 999.
fn year(y: i32) -> String {
    format!("{y:04}")
}

/// A number as the language writes it (`9.5`, `100`, `-0.5`; never `-0`).
fn number(v: f64) -> String {
    if v == 0.0 {
        "0".to_string()
    } else {
        exact(v)
    }
}

/// A text as a plan-language string: quoted, with `"`, `\`, newlines and tabs escaped.
pub fn quote(text: &str) -> String {
    let mut s = String::with_capacity(text.len() + 2);
    s.push('"');
    for c in text.chars() {
        match c {
            '"' => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            '\n' => s.push_str("\\n"),
            '\t' => s.push_str("\\t"),
            c => s.push(c),
        }
    }
    s.push('"');
    s
}

/// A text fit for a `//` comment: on one line.
fn comment_text(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

/// A section rule, as the bundled plans draw them.
fn rule(title: &str) -> String {
    let bar = "=".repeat(70);
    format!("// {bar} {title}")
}

/// The path of `to` relative to the folder `from_dir`, with `/` between components (as an
/// import writes it on every platform): `../son-la.plan`. Both should be absolute and
/// canonical. `None` when there is no relative path (another drive) or a component is not
/// UTF-8.
pub fn relative_path(from_dir: &Path, to: &Path) -> Option<String> {
    let from: Vec<Component<'_>> = from_dir.components().collect();
    let target: Vec<Component<'_>> = to.components().collect();
    fn root<'a>(c: &[Component<'a>]) -> Vec<Component<'a>> {
        c.iter()
            .take_while(|c| matches!(c, Component::Prefix(_) | Component::RootDir))
            .copied()
            .collect()
    }
    if root(&from) != root(&target) {
        return None;
    }
    let common = from.iter().zip(&target).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = Vec::new();
    for c in &from[common..] {
        match c {
            Component::CurDir => {}
            _ => parts.push("..".to_string()),
        }
    }
    for c in &target[common..] {
        match c {
            Component::Normal(name) => parts.push(name.to_str()?.to_string()),
            Component::ParentDir => parts.push("..".to_string()),
            Component::CurDir => {}
            Component::Prefix(_) | Component::RootDir => return None,
        }
    }
    if parts.is_empty() {
        return None;
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parent(text: &str) -> Model {
        crate::load_str("parent.plan", text).model
    }

    #[test]
    fn aliases_come_from_the_area_without_its_kind() {
        let m = |area: &str| {
            parent(&format!(
                "plan \"P\" {{ period 2021..2030 area \"{area}\" }}"
            ))
        };
        assert_eq!(alias_for(&m("Tỉnh Sơn La"), "x.plan"), "son_la");
        assert_eq!(alias_for(&m("Việt Nam"), "x.plan"), "viet_nam");
        assert_eq!(alias_for(&m("Thành phố Đà Nẵng"), "x.plan"), "da_nang");
        assert_eq!(alias_for(&m("Huyện Mộc Châu"), "x.plan"), "moc_chau");
        assert_eq!(
            alias_for(&m("  "), "plans/son-la-children-2021-2030.plan"),
            "son_la_children_2021_2030"
        );
        assert_eq!(alias_for(&m("***"), "***.plan"), "parent");
    }

    #[test]
    fn titles_name_the_new_area() {
        let m = parent(
            "plan \"Kế hoạch triển khai thực hiện Chương trình X trên địa bàn tỉnh Sơn La\" { period 2021..2030 }",
        );
        assert_eq!(
            title_for(&m, "Huyện Mộc Châu"),
            "Kế hoạch triển khai thực hiện Chương trình X trên địa bàn huyện Mộc Châu"
        );
        let m = parent("plan \"Chương trình hành động quốc gia vì trẻ em\" { period 2021..2030 }");
        assert_eq!(
            title_for(&m, "Tỉnh Điện Biên"),
            "Kế hoạch triển khai thực hiện Chương trình hành động quốc gia vì trẻ em trên địa bàn tỉnh Điện Biên"
        );
        assert_eq!(
            title_for(&m, "Việt Nam"),
            "Kế hoạch triển khai thực hiện Chương trình hành động quốc gia vì trẻ em trên địa bàn Việt Nam"
        );
    }

    #[test]
    fn targets_are_written_as_the_language_writes_them() {
        let m = parent(
            r#"plan "P" { period 2021..2030 }
            dimension kv "Khu vực" { a "A" b "B" }
            indicator 1 "X" { unit percent direction decrease
                target 2025 < 9.5 strive
                target maintain <= 4 from 2025 until 2030
                target reduce by 0.5 points per year until 2030
                target reduce by 2 to 3 percent per year from 2025 until 2030
                target increase by 1 percent per year from 2022
                target increase by 1 to 2 points per year
                target 2030 = 2 to 3
                target <= 100
                target 2025 ~ 5 where kv = a
            }"#,
        );
        let q = |d: &str| format!("p.{d}");
        let texts: Vec<String> = m.measures["1"]
            .targets
            .iter()
            .filter_map(|t| target_source(t, &q))
            .collect();
        assert_eq!(
            texts,
            [
                "2025 < 9.5 strive",
                "maintain <= 4 from 2025 until 2030",
                "reduce by 0.5 points per year until 2030",
                "reduce by 2 to 3 percent per year from 2025 until 2030",
                "increase by 1 percent per year from 2022",
                "increase by 1 to 2 points per year",
                "2030 = 2 to 3",
                "<= 100",
                "2025 ~ 5 where p.kv = a",
            ]
        );
    }

    #[test]
    fn strings_are_escaped() {
        assert_eq!(quote("a \"b\" \\ c\nd"), r#""a \"b\" \\ c\nd""#);
    }

    #[test]
    fn relative_paths_between_folders() {
        let p = |s: &str| std::path::PathBuf::from(s);
        assert_eq!(
            relative_path(&p("/w/plans/districts"), &p("/w/plans/son-la.plan")).as_deref(),
            Some("../son-la.plan")
        );
        assert_eq!(
            relative_path(&p("/w/plans"), &p("/w/plans/national/c.plan")).as_deref(),
            Some("national/c.plan")
        );
        assert_eq!(
            relative_path(&p("/a/b"), &p("/c/d.plan")).as_deref(),
            Some("../../c/d.plan")
        );
        assert_eq!(relative_path(&p("/a"), &p("/a")), None);
    }
}
