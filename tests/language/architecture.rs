//! The rules of ARCHITECTURE.md, read from the sources: a `use crate::` edge or a call that
//! breaks one fails here. Test code (`tests.rs` files and `#[cfg(test)]` modules) is left
//! out: a test may reach across layers to check them.

use std::path::{Path, PathBuf};

/// The non-test code of every `.rs` file below `src/<module>`, with its path.
fn sources(module: &str) -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    let file = root.join(format!("{module}.rs"));
    if file.is_file() {
        out.push(file);
    }
    let mut folders = vec![root.join(module)];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs")
                && path.file_name().is_some_and(|n| n != "tests.rs")
            {
                out.push(path);
            }
        }
    }
    assert!(!out.is_empty(), "no sources for `{module}`");
    out.into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("a source file");
            let code = match text.find("#[cfg(test)]") {
                Some(at) => text[..at].to_string(),
                None => text,
            };
            // Comments say what they like; they are blanked, so that lines keep their numbers.
            let code: String = code
                .lines()
                .map(|l| {
                    if l.trim_start().starts_with("//") {
                        ""
                    } else {
                        l
                    }
                })
                .collect::<Vec<_>>()
                .join("\n");
            (path, code)
        })
        .collect()
}

/// The modules of the crate a source names (`crate::model::Measure` names `model`).
fn crate_modules(code: &str) -> Vec<String> {
    code.match_indices("crate::")
        .map(|(at, _)| {
            code[at + 7..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect()
        })
        .collect()
}

fn violations(module: &str, broken: impl Fn(&str) -> Option<String>) -> Vec<String> {
    sources(module)
        .iter()
        .flat_map(|(path, code)| {
            code.lines()
                .enumerate()
                .filter_map(|(n, line)| broken(line).map(|why| (n, why)))
                .map(|(n, why)| format!("{}:{}: {why}", path.display(), n + 1))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn the_syntax_knows_nothing_of_the_model() {
    let allowed = ["source", "diagnostic", "date", "text", "syntax"];
    let found = violations("syntax", |line| {
        crate_modules(line)
            .into_iter()
            .find(|m| !allowed.contains(&m.as_str()))
            .map(|m| format!("uses crate::{m}"))
    });
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn resolving_never_touches_the_file_system() {
    let found = violations("resolve", |line| {
        (line.contains("std::fs") || line.contains("fs::read") || line.contains("File::open"))
            .then(|| "reads the file system; go through files::Files".to_string())
    });
    assert!(found.is_empty(), "{found:#?}");
}

/// A `format!` whose text holds a space writes words (ids, such as `{alias}.{id}`, do not).
fn writes_words(line: &str) -> Option<String> {
    if crate_modules(line).iter().any(|m| m == "render") || line.contains("diagnostic::words") {
        return Some("uses the presentation layer".into());
    }
    let at = line.find("format!(\"")?;
    let literal = line[at + 9..].split('"').next().unwrap_or_default();
    literal
        .contains(' ')
        .then(|| format!("writes words: format!(\"{literal}\""))
}

#[test]
fn checks_and_the_resolver_never_write_words() {
    for module in ["check", "resolve"] {
        let found = violations(module, writes_words);
        assert!(found.is_empty(), "{module}: {found:#?}");
    }
}

/// Whether a line uses the presentation layer: `crate::render::...`, or `render` among the
/// names of `use crate::{...}`.
fn uses_render(line: &str) -> bool {
    let listed = line.find("crate::{").is_some_and(|at| {
        line[at..]
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .any(|name| name == "render")
    });
    listed || crate_modules(line).iter().any(|m| m == "render")
}

/// The modules of the crate, by the name `crate::` gives them.
fn all_modules() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut names: Vec<String> = std::fs::read_dir(root)
        .expect("src")
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            match name.strip_suffix(".rs") {
                Some(stem) => Some(stem.to_string()),
                None => entry.path().is_dir().then_some(name),
            }
        })
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

#[test]
fn nothing_below_the_presentation_layer_uses_it() {
    // The presentation layer, its clients (the command, the REPL, the editor analysis), the
    // crate root, and the properties the fuzz targets check (they render what they read, to
    // see it never panics).
    let above = ["render", "cli", "repl", "ide", "lib", "main", "properties"];
    let below: Vec<String> = all_modules()
        .into_iter()
        .filter(|m| !above.contains(&m.as_str()))
        .collect();
    for module in [
        "data",
        "query",
        "amend",
        "cascade",
        "check",
        "eval",
        "diagnostic",
    ] {
        assert!(
            below.iter().any(|m| m == module),
            "{module} is below render"
        );
    }
    for module in &below {
        let found = violations(module, |line| {
            uses_render(line).then(|| "uses render, the presentation layer".to_string())
        });
        assert!(found.is_empty(), "{module}: {found:#?}");
    }
}

/// Data problems are typed where they are found, as the checker's are: `data` builds
/// `DataProblem`s and leaves their words to `diagnostic::words`.
#[test]
fn data_files_never_word_their_problems() {
    let found = violations("data", |line| {
        (line.contains("diagnostic::words") || uses_render(line))
            .then(|| "words a problem; build a DataProblem".to_string())
    });
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_rules_are_seen_when_broken() {
    assert_eq!(crate_modules("use crate::model::{Measure};"), ["model"]);
    assert!(writes_words(r#"let m = format!("unknown agency `{x}`");"#).is_some());
    assert!(writes_words(r#"let id = format!("{alias}.{id}");"#).is_none());
    assert!(writes_words("use crate::render::terminal::visible;").is_some());
    assert!(uses_render("use crate::render::terminal::visible;"));
    assert!(uses_render("use crate::{render, source::Source};"));
    assert!(!uses_render("use crate::{renderer, source::Source};"));
    assert!(!uses_render(
        "use crate::diagnostic::{DataProblem, Diagnostic};"
    ));
}

#[test]
fn the_library_needs_no_terminal_crates() {
    for module in [
        "syntax",
        "resolve",
        "model",
        "check",
        "data",
        "eval",
        "query",
        "render",
        "repl",
        "diagnostic",
    ] {
        let found = violations(module, |line| {
            ["clap::", "rustyline::", "dirs::"]
                .iter()
                .find(|c| line.contains(**c))
                .map(|c| format!("uses {c}"))
        });
        assert!(found.is_empty(), "{module}: {found:#?}");
    }
}

/// Rule 8: past the resolver, readers follow ids; none looks a written name up by its
/// qualifier again.
#[test]
fn names_are_looked_up_once() {
    let lookups = [
        "is_qualified(",
        "find_declared(",
        "split_once('.')",
        "contains('.')",
    ];
    for module in all_modules() {
        // The resolver and the model are where names are looked up; i18n splits numbers
        // at their decimal point, and holds no names.
        if module == "resolve" || module == "model" || module == "i18n" {
            continue;
        }
        let found = violations(&module, |line| {
            lookups
                .iter()
                .find(|l| line.contains(**l))
                .map(|l| format!("looks a name up by its qualifier (`{l}`); follow its id"))
        });
        assert!(found.is_empty(), "{module}: {found:#?}");
    }
}

/// The fuzzers' dictionary (`fuzz/plan.dict`) holds every keyword of the language, so that a
/// new keyword is fuzzed as soon as it exists.
#[test]
fn the_fuzz_dictionary_has_every_keyword() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dict = std::fs::read_to_string(root.join("fuzz/plan.dict")).expect("fuzz/plan.dict");
    let missing: Vec<&str> = planlang::syntax::keywords::KEYWORDS
        .iter()
        .map(|k| k.word)
        .filter(|w| !dict.lines().any(|l| l == format!("\"{w}\"")))
        .collect();
    assert!(missing.is_empty(), "fuzz/plan.dict lacks {missing:?}");
}
