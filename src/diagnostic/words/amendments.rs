//! Amendments that cannot all apply.

use super::{Entry, Words};
use crate::diagnostic::problem::{Amendments, Conflict, SetTo, Setting};
use crate::i18n::Lang;
use crate::target_text::{self, Form};

pub(super) fn words(problem: &Amendments, lang: Lang) -> Words {
    match problem {
        Amendments::Conflict(c) => conflict(c, lang),
    }
}

fn conflict(c: &Conflict, lang: Lang) -> Words {
    let Conflict {
        document,
        earlier,
        setting,
        was,
        now,
    } = c;
    let e = match earlier {
        None => Entry::new(lang, "diag-amendment-conflict-within"),
        Some(other) => Entry::new(lang, "diag-amendment-conflict").arg("other", other.as_str()),
    };
    e.arg("document", document.as_str())
        .arg("what", setting_text(setting, lang))
        .arg("was", value(was))
        .arg("now", value(now))
        .words()
}

/// "the 2030 level target of son_la.1", "who submits son_la.bao_cao".
fn setting_text(setting: &Setting, lang: Lang) -> String {
    let (id, name, of) = match setting {
        Setting::Lead { measure } => ("diag-setting-lead", "measure", measure),
        Setting::Support { measure } => ("diag-setting-support", "measure", measure),
        Setting::Target {
            measure,
            year,
            kind,
        } => {
            let year = year.map_or("none".to_string(), |y| y.to_string());
            return lang.text_with(
                "diag-setting-target",
                &[
                    ("year", year.into()),
                    ("kind", kind.as_str().into()),
                    ("measure", measure.as_str().into()),
                ],
            );
        }
        Setting::Period { report } => ("diag-setting-period", "report", report),
        Setting::Due { report } => ("diag-setting-due", "report", report),
        Setting::Submitters { report } => ("diag-setting-submitters", "report", report),
        Setting::Recipient { report } => ("diag-setting-recipient", "report", report),
        Setting::Roles { agency } => ("diag-setting-roles", "agency", agency),
    };
    lang.text_with(id, &[(name, of.as_str().into())])
}

/// What an amendment sets, as the plan writes it.
fn value(v: &SetTo) -> String {
    match v {
        SetTo::Agencies(names) => names.join(", "),
        SetTo::Agency(name) => name.clone(),
        SetTo::Target(t) => target_text::write(t, Form::Plan),
        SetTo::Period(p) => p.as_str().to_string(),
        SetTo::Due { day, before } => format!("{}{day}", if *before { "before " } else { "" }),
    }
}
