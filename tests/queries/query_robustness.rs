//! No input ends a session or panics: every example query cut at every character, with each
//! character dropped, and with stray characters inserted, through `Session::run_line`; each
//! failure comes with a diagnostic that names its code.

use crate::common;
use planlang::repl::Session;
use std::path::Path;

#[test]
fn broken_queries_never_panic_and_always_explain_themselves() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut s = Session::new(common::repl::options());
    assert!(
        !s.load_plan(&root.join("plans/son-la-children-2021-2030.plan"))
            .failed
    );
    let data = [
        root.join("plans/data/son-la-sample.csv"),
        root.join("plans/data/son-la-submissions.csv"),
    ];
    assert!(!s.add_data(&data).failed);
    let mut inputs: Vec<String> = Vec::new();
    for (q, _) in planlang::repl::help::EXAMPLES {
        let chars: Vec<(usize, char)> = q.char_indices().collect();
        for &(i, c) in &chars {
            inputs.push(q[..i].to_string());
            let mut dropped = q.to_string();
            dropped.replace_range(i..i + c.len_utf8(), "");
            inputs.push(dropped);
            for stray in ["(", ")", "\"", "ế", "=", ",", "..", "-", "9", "\\"] {
                let mut with = q.to_string();
                with.insert_str(i, stray);
                inputs.push(with);
            }
        }
    }
    let mut failures = 0;
    for input in &inputs {
        let reply = s.run_line(input);
        assert!(!reply.quit, "{input}");
        if reply.failed {
            failures += 1;
            assert!(
                reply.err.contains("error[query::") || reply.err.starts_with("error: "),
                "{input:?} failed without a diagnostic: {reply:?}"
            );
            assert!(reply.out.is_empty(), "{input:?}");
        }
    }
    assert!(inputs.len() > 5000, "{}", inputs.len());
    assert!(failures > 1000, "{failures} of {} failed", inputs.len());
}
