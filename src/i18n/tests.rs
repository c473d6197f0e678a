use super::catalogue::{catalogue, SOURCES};
use super::*;
use crate::date::Date;
use crate::eval::reporting::Compliance;
use crate::eval::tasks::TaskState;
use crate::eval::Status;
use std::collections::BTreeSet;

/// The message ids a catalogue's text declares.
fn ids(text: &str) -> BTreeSet<&str> {
    text.lines()
        .filter(|l| !l.starts_with(['#', ' ']) && !l.trim().is_empty())
        .filter_map(|l| l.split_once(" = ").map(|(id, _)| id))
        .collect()
}

#[test]
fn every_message_is_in_every_language() {
    let (_, english) = SOURCES[0];
    let english = ids(english);
    assert!(english.len() >= 25, "{english:?}");
    for (lang, text) in SOURCES {
        let here = ids(text);
        let missing: Vec<_> = english.difference(&here).collect();
        let extra: Vec<_> = here.difference(&english).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}: lacks {missing:?}, has only here {extra:?}",
            lang.code()
        );
        for id in &english {
            assert!(
                catalogue(lang).has_message(id),
                "{}: {id} does not parse",
                lang.code()
            );
        }
    }
}

#[test]
fn every_status_has_a_label_and_a_meaning_in_every_language() {
    for lang in Lang::ALL {
        for status in Status::ALL {
            let thresholds = [
                ("on_track", Arg::Text("100%".into())),
                ("needs_acceleration", Arg::Text("50%".into())),
            ];
            for id in [
                format!("status-{}", status.as_str()),
                format!("status-{}-means", status.as_str()),
            ] {
                let text = lang.text_with(&id, &thresholds);
                // A placeholder left unfilled reads `{$name}`.
                assert!(
                    text != id && !text.is_empty() && !text.contains('{'),
                    "{}: {id}: {text}",
                    lang.code()
                );
            }
        }
        for state in TaskState::ALL {
            let id = format!("task-{}", state.as_str());
            assert_ne!(lang.text(&id), id, "{}", lang.code());
        }
        for c in [Compliance::OnTime, Compliance::Late, Compliance::Missing] {
            let id = format!("compliance-{}", c.as_str());
            assert_ne!(lang.text(&id), id, "{}", lang.code());
        }
    }
}

#[test]
fn the_statuses_read_as_the_documents_word_them() {
    let vi = |s: Status| Lang::Vi.text(&format!("status-{}", s.as_str()));
    assert_eq!(vi(Status::Achieved), "Đạt");
    assert_eq!(vi(Status::Missed), "Không đạt");
    assert_eq!(vi(Status::OnTrack), "Đúng tiến độ");
    assert_eq!(vi(Status::NeedsAcceleration), "Cần đẩy nhanh");
    assert_eq!(vi(Status::LimitedProgress), "Tiến bộ hạn chế");
    assert_eq!(vi(Status::Regressing), "Đi xuống");
    assert_eq!(vi(Status::InsufficientData), "Thiếu số liệu");
    assert_eq!(vi(Status::NotYetDue), "Chưa đến hạn");
    assert_eq!(Lang::En.text("status-on_track"), "on track");
}

#[test]
fn an_unknown_id_is_written_as_itself() {
    assert_eq!(Lang::Vi.text("no-such-message"), "no-such-message");
}

#[test]
fn vietnamese_numbers_have_a_decimal_comma_and_dots_between_thousands() {
    let vi = |s: &str| number(Lang::Vi, s);
    assert_eq!(vi("9.5"), "9,5");
    assert_eq!(vi("1234567"), "1.234.567");
    assert_eq!(vi("1234567.25"), "1.234.567,25");
    assert_eq!(vi("-0.4277"), "-0,4277");
    assert_eq!(vi("100"), "100");
    assert_eq!(vi("1000"), "1.000");
    assert_eq!(vi("inf"), "inf");
    assert_eq!(number(Lang::En, "1234567.25"), "1234567.25");
    assert_eq!(vi(&crate::numbers::exact(46200.0)), "46.200");
}

#[test]
fn vietnamese_dates_are_day_first() {
    let d = Date::parse("2025-06-30").expect("a date");
    assert_eq!(date(Lang::Vi, d), "30/06/2025");
    assert_eq!(date(Lang::En, d), "2025-06-30");
}

/// An environment of the given variables only.
fn env(vars: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
    move |name| {
        vars.iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_string())
    }
}

#[test]
fn the_language_is_the_flag_then_the_variable_then_the_locale() {
    let all = env(&[
        ("PLANLANG_LANG", "en"),
        ("LC_ALL", "vi_VN.UTF-8"),
        ("LANG", "vi_VN.UTF-8"),
    ]);
    assert_eq!(Lang::choose(Some("vi"), &all), Ok(Lang::Vi));
    assert_eq!(Lang::choose(None, &all), Ok(Lang::En));
    assert_eq!(
        Lang::choose(None, env(&[("LC_ALL", "vi_VN.UTF-8"), ("LANG", "C")])),
        Ok(Lang::Vi)
    );
    assert_eq!(
        Lang::choose(None, env(&[("LC_ALL", ""), ("LANG", "vi_VN")])),
        Ok(Lang::Vi)
    );
    assert_eq!(
        Lang::choose(None, env(&[("LC_ALL", "C.UTF-8"), ("LANG", "vi_VN")])),
        Ok(Lang::En)
    );
    assert_eq!(Lang::choose(None, env(&[])), Ok(Lang::En));
    let wrong = Lang::choose(Some("fr"), env(&[])).expect_err("fr");
    assert_eq!(wrong.from, "--lang");
    assert!(wrong.to_string().contains("`vi` (tiếng Việt) or `en`"));
    let wrong = Lang::choose(None, env(&[("PLANLANG_LANG", "xx")])).expect_err("xx");
    assert_eq!(wrong.from, "PLANLANG_LANG");
}

#[test]
fn arguments_fill_a_message() {
    // Checked on a message made here: the catalogues' own messages take no arguments yet.
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
    let resource = FluentResource::try_new("n = { $count } báo cáo".to_string()).expect("ftl");
    let mut bundle: FluentBundle<FluentResource> =
        FluentBundle::new(vec!["vi".parse().expect("vi")]);
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).expect("added");
    let mut args = FluentArgs::new();
    args.set("count", 3);
    let pattern = bundle.get_message("n").and_then(|m| m.value()).expect("n");
    let mut errors = Vec::new();
    assert_eq!(
        bundle.format_pattern(pattern, Some(&args), &mut errors),
        "3 báo cáo"
    );
}
