//! Amendments that cannot all apply.

use super::Words;
use crate::diagnostic::problem::{Amendments, Conflict, SetTo, Setting};
use crate::target_text::{self, Form};

pub(super) fn words(problem: &Amendments) -> Words {
    match problem {
        Amendments::Conflict(c) => conflict(c),
    }
}

fn conflict(c: &Conflict) -> Words {
    let Conflict {
        document,
        earlier,
        setting,
        was,
        now,
    } = c;
    let (what, was, now) = (setting_text(setting), value(was), value(now));
    let message = match earlier {
        None => format!("{document} sets {what} twice, to {was} and to {now}"),
        Some(other) => format!(
            "{document} sets {what} to {now}, but {other}, in force from the same date, sets it to {was}"
        ),
    };
    Words::new(
        message,
        "conflicts with another amendment",
        "amendments in force from the same day must agree: correct one of them, or give them different effective dates",
    )
}

/// "the 2030 level target of son_la.1", "who submits son_la.bao_cao".
fn setting_text(setting: &Setting) -> String {
    match setting {
        Setting::Lead { measure } => format!("the lead of {measure}"),
        Setting::Support { measure } => format!("the support of {measure}"),
        Setting::Target {
            measure,
            year: Some(y),
            kind,
        } => format!("the {y} {} target of {measure}", kind.as_str()),
        Setting::Target {
            measure,
            year: None,
            kind,
        } => format!("the {} target of {measure}", kind.as_str()),
        Setting::Period { report } => format!("the period of {report}"),
        Setting::Due { report } => format!("the due date of {report}"),
        Setting::Submitters { report } => format!("who submits {report}"),
        Setting::Recipient { report } => format!("who receives {report}"),
        Setting::Roles { agency } => format!("where the roles of {agency} go"),
    }
}

fn value(v: &SetTo) -> String {
    match v {
        SetTo::Agencies(names) => names.join(", "),
        SetTo::Agency(name) => name.clone(),
        SetTo::Target(t) => target_text::write(t, Form::Plan),
        SetTo::Period(p) => p.as_str().to_string(),
        SetTo::Due { day, before } => format!("{}{day}", if *before { "before " } else { "" }),
    }
}
