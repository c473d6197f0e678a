use super::catalogue::{catalogue, SOURCES};
use super::*;
use crate::date::Date;
use crate::eval::reporting::Compliance;
use crate::eval::tasks::TaskState;
use crate::eval::Status;
use std::collections::{BTreeMap, BTreeSet};

/// The messages a catalogue file declares, each with the `$variables` its text uses
/// (attributes and continuation lines included).
fn messages(text: &str) -> BTreeMap<&str, BTreeSet<String>> {
    let mut found: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    let mut current = None;
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let body = if line.starts_with(' ') {
            line
        } else {
            let Some((id, body)) = line.split_once(" =") else {
                continue;
            };
            current = Some(id);
            found.entry(id).or_default();
            body
        };
        let Some(id) = current else { continue };
        let vars = found.entry(id).or_default();
        for (i, _) in body.match_indices('$') {
            let name: String = body[i + 1..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            vars.insert(name);
        }
    }
    found
}

#[test]
fn every_message_is_in_every_language_with_the_same_variables() {
    let (_, english) = SOURCES[0];
    let total: usize = english.iter().map(|(_, text)| messages(text).len()).sum();
    assert!(total >= 25, "{total}");
    for (lang, files) in SOURCES {
        assert_eq!(files.len(), english.len(), "{}", lang.code());
        for ((name, text), (english_name, english_text)) in files.iter().zip(english) {
            assert_eq!(name, english_name);
            let (here, there) = (messages(text), messages(english_text));
            let missing: Vec<_> = there.keys().filter(|id| !here.contains_key(*id)).collect();
            let extra: Vec<_> = here.keys().filter(|id| !there.contains_key(*id)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{}/{name}: lacks {missing:?}, has only here {extra:?}",
                lang.code()
            );
            for (id, vars) in &there {
                assert_eq!(
                    &here[id],
                    vars,
                    "{}/{name}: {id} uses other variables than in English",
                    lang.code()
                );
                assert!(
                    catalogue(lang).has_message(id),
                    "{}/{name}: {id} does not parse",
                    lang.code()
                );
            }
        }
    }
}

#[test]
fn the_test_of_catalogues_sees_a_missing_variable() {
    let en = messages("a = { $count } reports\n    and { $agency }\nb = plain\n");
    let vi = messages("a = { $count } báo cáo\nb = thường\n");
    assert_eq!(en["a"].len(), 2);
    assert_ne!(en["a"], vi["a"]);
    assert!(en["b"].is_empty());
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
    // "Cần đẩy nhanh tiến độ", as documents ask it; "Chuyển biến chậm" where a report says
    // a slow change; "Xấu đi" for moving away from the target, which reads right whichever
    // way the indicator should go ("Đi xuống" read as good news of a death rate); "Chưa đủ":
    // one value may be there, two are needed.
    assert_eq!(vi(Status::NeedsAcceleration), "Cần đẩy nhanh tiến độ");
    assert_eq!(vi(Status::LimitedProgress), "Chuyển biến chậm");
    assert_eq!(vi(Status::Regressing), "Xấu đi");
    assert_eq!(vi(Status::InsufficientData), "Chưa đủ số liệu");
    assert_eq!(vi(Status::NotYetDue), "Chưa đến hạn");
    assert_eq!(Lang::En.text("status-on_track"), "on track");
}

#[test]
#[cfg(debug_assertions)]
#[should_panic(expected = "no message `no-such-message`")]
fn an_unknown_id_stops_a_debug_build() {
    Lang::Vi.text("no-such-message");
}

#[test]
#[cfg(debug_assertions)]
#[should_panic(expected = "status-on_track-means")]
fn a_missing_argument_stops_a_debug_build() {
    Lang::En.text("status-on_track-means");
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

#[test]
fn arguments_are_given_by_name() {
    assert_eq!(
        Lang::Vi.text_with(
            "status-on_track-means",
            &[
                ("on_track", "100%".into()),
                ("needs_acceleration", "50%".into())
            ]
        ),
        "đang tiến đến chỉ tiêu với tốc độ bằng 100% trở lên so với tốc độ cần có để đạt đúng hạn"
    );
}

/// The text of each message of a catalogue file, continuation lines included.
fn texts(text: &str) -> BTreeMap<&str, String> {
    let mut found: BTreeMap<&str, String> = BTreeMap::new();
    let mut current = None;
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        match line.split_once(" =") {
            Some((id, body)) if !line.starts_with([' ', '}']) => {
                current = Some(id);
                found.insert(id, body.trim().to_string());
            }
            _ => {
                if let Some(id) = current {
                    found.entry(id).or_default().push_str(line.trim());
                }
            }
        }
    }
    found
}

/// The reports' words are translated, not copied: each message of the evaluation's and the
/// reports' catalogues reads differently in Vietnamese, but for those that are marks and
/// numbers in both (a period as the data write it, a comparison, a line of values).
#[test]
fn every_word_of_the_reports_is_translated() {
    const SAME: [&str; 8] = [
        "period-year",
        "op-below",
        "op-above",
        "op-equal",
        "target-compare",
        "eval-title",
        "chart-milestone",
        "report-problems",
    ];
    let (_, english) = SOURCES[0];
    let (_, vietnamese) = SOURCES[1];
    let mut compared = 0;
    for ((name, en), (_, vi)) in english.iter().zip(vietnamese) {
        if !matches!(*name, "evaluation.ftl" | "report.ftl") {
            continue;
        }
        let (en, vi) = (texts(en), texts(vi));
        for (id, text) in &en {
            compared += 1;
            let same = vi.get(id) == Some(text);
            assert_eq!(
                same,
                SAME.contains(id),
                "{name}: {id} reads `{text}` in English and `{:?}` in Vietnamese",
                vi.get(id)
            );
        }
    }
    assert!(compared > 150, "{compared}");
}

#[test]
fn counts_are_written_as_the_language_writes_numbers() {
    let args = [
        ("read", Arg::Count(1234)),
        ("accepted", Arg::Count(1234)),
        ("rejected", Arg::Count(0)),
        ("files", Arg::from("a.csv")),
        ("problems", Arg::from("no")),
    ];
    assert_eq!(
        Lang::Vi.text_with("repl-data-note", &args),
        "số liệu: a.csv: đọc 1.234 dòng = 1.234 dòng nhận + 0 dòng loại"
    );
    assert_eq!(
        Lang::En.text_with("repl-data-note", &args),
        "data: a.csv: 1234 rows read = 1234 accepted + 0 rejected"
    );
}
