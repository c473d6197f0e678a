//! `plan lsp` driven through its protocol, as an editor drives it: the real binary, framed
//! JSON-RPC on its standard streams (tests/common/lsp.rs). The Sơn La plan, the national
//! program it imports and plans that import it are copied into a folder with a Vietnamese
//! name, so every URI carries percent-encoded UTF-8. Each test starts its own server
//! ([`Session::start`]); a new feature adds a test that starts one and asks it.

use crate::common::lsp::{file_uri, utf16_column, Client};
use crate::common::run_in;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

const SON_LA: &str = "son-la-children-2021-2030.plan";
const NATIONAL: &str = "national/children-2021-2030.plan";
/// A district's plan and an amendment, both importing the Sơn La plan as `son_la`.
const MOC_CHAU: &str = "districts/moc-chau-children-2021-2030.plan";
const TRANSFER: &str = "amendments/son-la-2025-child-affairs-transfer.plan";
/// The Sơn La sample data, which no file is named after: read only when the settings say.
const SAMPLE: &str = "data/son-la-sample.csv";

/// A server with bundled plans copied into a fresh workspace.
struct Session {
    client: Client,
    /// The workspace folder (`…/kế hoạch`).
    root: PathBuf,
    /// The server's answer to `initialize`.
    initialized: Value,
    _dir: tempfile::TempDir,
}

impl Session {
    /// Starts a server for a workspace of the Sơn La plan and its import, the client
    /// offering `capabilities` and setting `options`.
    fn start(capabilities: Value, options: Value) -> Session {
        Session::of(&[SON_LA, NATIONAL], capabilities, options)
    }

    /// [`Session::start`] with the plans that import the Sơn La plan, and its sample data,
    /// in the workspace too.
    fn with_importers(capabilities: Value, options: Value) -> Session {
        let files = [SON_LA, NATIONAL, MOC_CHAU, TRANSFER, SAMPLE];
        Session::of(&files, capabilities, options)
    }

    /// Starts a server for a workspace of `files`, copied from the bundled plans.
    fn of(files: &[&str], capabilities: Value, options: Value) -> Session {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().join("kế hoạch");
        let plans = Path::new(env!("CARGO_MANIFEST_DIR")).join("plans");
        for file in files {
            let to = root.join(file);
            std::fs::create_dir_all(to.parent().expect("a folder")).expect("mkdir");
            std::fs::copy(plans.join(file), to).expect("copy the plan");
        }
        let mut client = Client::start(&root, &[]);
        let initialized = client.initialize(&root, capabilities, options);
        Session {
            client,
            root,
            initialized,
            _dir: dir,
        }
    }

    /// A server for a client that offers nothing in particular (UTF-16 positions).
    fn plain() -> Session {
        Session::start(json!({}), json!({}))
    }

    fn path(&self, file: &str) -> PathBuf {
        self.root.join(file)
    }

    fn text(&self, file: &str) -> String {
        std::fs::read_to_string(self.path(file)).expect("read")
    }

    /// Opens the Sơn La plan and waits for its first diagnostics.
    fn open_son_la(&mut self) -> (String, Vec<Value>) {
        let path = self.path(SON_LA);
        let uri = self.client.open(&path);
        let diagnostics = self.client.diagnostics(&uri, |_| true);
        (uri, diagnostics)
    }

    /// Sends one change of `uri` at `version`: `text` in place of `range`.
    fn change(&mut self, uri: &str, version: i64, range: Value, text: &str) {
        self.client.notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": uri, "version": version },
                "contentChanges": [{ "range": range, "text": text }],
            }),
        );
    }
}

fn range(line: u64, start: u64, end_line: u64, end: u64) -> Value {
    json!({ "start": { "line": line, "character": start }, "end": { "line": end_line, "character": end } })
}

fn codes(diagnostics: &[Value]) -> Vec<String> {
    diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn count_of(diagnostics: &[Value], code: &str) -> usize {
    codes(diagnostics).iter().filter(|c| *c == code).count()
}

/// The line (from 0) of the first line of `text` that is `wanted`, trimmed.
fn line_of(text: &str, wanted: &str) -> u64 {
    text.lines()
        .position(|line| line.trim() == wanted)
        .unwrap_or_else(|| panic!("no line `{wanted}`")) as u64
}

#[test]
fn initialize_announces_what_the_server_does_and_negotiates_positions() {
    let session = Session::plain();
    let capabilities = &session.initialized["capabilities"];
    assert_eq!(session.initialized["serverInfo"]["name"], "planlang");
    assert_eq!(capabilities["positionEncoding"], "utf-16");
    // Incremental changes, opening and closing, saving.
    assert_eq!(capabilities["textDocumentSync"]["change"], 2);
    assert_eq!(capabilities["textDocumentSync"]["openClose"], true);
    assert_eq!(capabilities["documentSymbolProvider"], true);
    assert_eq!(capabilities["documentFormattingProvider"], true);
    assert_eq!(capabilities["workspaceSymbolProvider"], true);
    // Completion opens by itself after an import's dot and after a space.
    assert_eq!(
        capabilities["completionProvider"]["triggerCharacters"],
        json!([".", " "])
    );
    assert_eq!(
        capabilities["codeActionProvider"]["codeActionKinds"],
        json!(["quickfix"])
    );
    let legend = &capabilities["semanticTokensProvider"]["legend"];
    assert!(legend["tokenTypes"]
        .as_array()
        .is_some_and(|t| t.contains(&json!("keyword"))));
    assert_eq!(legend["tokenModifiers"], json!(["declaration"]));
    assert_eq!(session.client.shut_down().code(), Some(0));

    let offers_utf8 = json!({ "general": { "positionEncodings": ["utf-8", "utf-16"] } });
    let session = Session::start(offers_utf8, json!({}));
    assert_eq!(
        session.initialized["capabilities"]["positionEncoding"],
        "utf-8"
    );
}

#[test]
fn the_plans_diagnostics_are_plan_checks_exactly() {
    let mut session = Session::plain();
    let (_, diagnostics) = session.open_son_la();
    let run = run_in(&session.root, &["check", "--format", "json", SON_LA]);
    let checked: Value = serde_json::from_str(&run.stdout).expect("plan check's JSON");
    let expected: Vec<Value> = checked["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .clone();
    assert!(expected.len() >= 20, "{}", expected.len());
    let place = |code: &str, line: u64, column: u64, end_line: u64, end: u64| {
        format!("{code} {line}:{column}-{end_line}:{end}")
    };
    let mut want: Vec<String> = expected
        .iter()
        .map(|d| {
            let at = |key: &str| d[key].as_u64().expect("a number") - 1;
            place(
                d["code"].as_str().expect("code"),
                at("line"),
                at("column"),
                at("end_line"),
                at("end_column"),
            )
        })
        .collect();
    let mut got: Vec<String> = diagnostics
        .iter()
        .map(|d| {
            let at = |end: &str, key: &str| d["range"][end][key].as_u64().expect("a number");
            place(
                d["code"].as_str().expect("code"),
                at("start", "line"),
                at("start", "character"),
                at("end", "line"),
                at("end", "character"),
            )
        })
        .collect();
    want.sort();
    got.sort();
    assert_eq!(got, want);
    // Each with its severity, its source and its words, help included; the first declared
    // of two dates is a related place.
    let conflicting = diagnostics
        .iter()
        .find(|d| d["code"] == "plan::conflicting_dates")
        .expect("the two dates");
    assert_eq!(conflicting["severity"], 2);
    assert_eq!(conflicting["source"], "planlang");
    assert!(conflicting["message"]
        .as_str()
        .is_some_and(|m| m.contains("\nhelp: ")));
    let related = &conflicting["relatedInformation"][0];
    assert_eq!(related["location"]["range"]["start"]["line"], 35);
    assert_eq!(related["message"], "first date");
}

#[test]
fn an_unknown_agency_typed_is_reported_at_its_range_and_cleared_when_removed() {
    let mut session = Session::plain();
    let (uri, before) = session.open_son_la();
    let text = session.text(SON_LA);
    // A line added in indicator 1, before its `lead`: an agency no one declared, with
    // Vietnamese letters (one UTF-16 unit each, two or three bytes).
    let line = line_of(&text, "lead ldtbxh ref \"V.1\"");
    let added = "    support sở_lạ\n";
    session.change(&uri, 2, range(line, 0, line, 0), added);
    let after = session.client.diagnostics(&uri, |d| {
        d.iter().any(|d| d["code"] == "plan::unknown_agency")
    });
    let unknown = after
        .iter()
        .find(|d| d["code"] == "plan::unknown_agency")
        .expect("unknown agency");
    let start = added.find("sở_lạ").expect("the id");
    let end = start + "sở_lạ".len();
    let expected = range(
        line,
        utf16_column(added, start),
        line,
        utf16_column(added, end),
    );
    assert_eq!(unknown["range"], expected);
    assert_eq!(unknown["severity"], 1);
    assert_eq!(after.len(), before.len() + 1, "{:#?}", codes(&after));
    // Removed again: the problem goes, the rest stay.
    session.change(&uri, 3, range(line, 0, line + 1, 0), "");
    let fixed = session.client.diagnostics(&uri, |d| {
        !d.iter().any(|d| d["code"] == "plan::unknown_agency")
    });
    assert_eq!(codes(&fixed), codes(&before));
}

#[test]
fn columns_count_bytes_when_the_client_asks_for_utf8() {
    let offers_utf8 = json!({ "general": { "positionEncodings": ["utf-8"] } });
    let mut session = Session::start(offers_utf8, json!({}));
    let (uri, _) = session.open_son_la();
    let text = session.text(SON_LA);
    let line = line_of(&text, "lead ldtbxh ref \"V.1\"");
    session.change(&uri, 2, range(line, 0, line, 0), "    support sở_lạ\n");
    let after = session.client.diagnostics(&uri, |d| {
        d.iter().any(|d| d["code"] == "plan::unknown_agency")
    });
    let unknown = after
        .iter()
        .find(|d| d["code"] == "plan::unknown_agency")
        .expect("unknown agency");
    // `sở_lạ` is five characters, nine bytes, from byte 12.
    assert_eq!(
        unknown["range"],
        range(line, 12, line, 12 + "sở_lạ".len() as u64)
    );
}

#[test]
fn a_change_to_the_imported_file_checks_the_importer_again() {
    let mut session = Session::plain();
    let (son_la, before) = session.open_son_la();
    let national_path = session.path(NATIONAL);
    let national = session.client.open(&national_path);
    session.client.diagnostics(&national, |_| true);
    // The national indicator 1 asks for 75 in 2030; Sơn La's 70 is less ambitious. Asking
    // for 70 nationally too, unsaved, takes that warning away from Sơn La.
    let text = session.text(NATIONAL);
    let heading = text
        .lines()
        .position(|l| l.starts_with("indicator 1 "))
        .expect("indicator 1");
    let target = text
        .lines()
        .enumerate()
        .skip(heading)
        .find(|(_, l)| l.trim() == "target 2030 >= 75")
        .map(|(at, _)| at as u64)
        .expect("its 2030 target");
    session.change(&national, 2, range(target, 19, target, 21), "70");
    let fewer = count_of(&before, "plan::less_ambitious") - 1;
    let after = session
        .client
        .diagnostics(&son_la, |d| count_of(d, "plan::less_ambitious") == fewer);
    assert_eq!(after.len(), before.len() - 1, "{:#?}", codes(&after));
    // An error typed in the national file is the national file's own diagnostic.
    session.change(&national, 3, range(target, 4, target, 10), "targte");
    let broken = session
        .client
        .diagnostics(&national, |d| d.iter().any(|d| d["code"] == "plan::syntax"));
    assert_eq!(broken[0]["severity"], 1);
}

#[test]
fn the_outline_nests_indicators_under_objectives_and_parts_under_indicators() {
    let mut session = Session::plain();
    let (uri, _) = session.open_son_la();
    let symbols = session.client.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": uri } }),
    );
    let top = symbols.as_array().expect("symbols");
    let names: Vec<&str> = top.iter().filter_map(|s| s["name"].as_str()).collect();
    assert_eq!(names[0], "plan");
    assert!(names.contains(&"agency ldtbxh"), "{names:?}");
    assert!(names.contains(&"import national"), "{names:?}");
    let objective = top
        .iter()
        .find(|s| s["name"] == "objective a")
        .expect("objective a");
    assert!(objective["detail"].as_str().is_some_and(|d| !d.is_empty()));
    let indicators = objective["children"].as_array().expect("children");
    let first = &indicators[0];
    assert_eq!(first["name"], "indicator 1");
    assert_eq!(
        first["detail"],
        "Tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em"
    );
    assert_eq!(first["kind"], 5); // a class
    let text = session.text(SON_LA);
    let line = text
        .lines()
        .position(|l| l.starts_with("indicator 1 "))
        .expect("indicator 1") as u64;
    assert_eq!(first["selectionRange"], range(line, 10, line, 11));
    // A composite indicator holds its parts.
    let with_parts = top
        .iter()
        .flat_map(|s| s["children"].as_array().cloned().unwrap_or_default())
        .find(|s| s["children"].as_array().is_some_and(|c| !c.is_empty()))
        .expect("an indicator with parts");
    let part = &with_parts["children"][0];
    assert!(
        part["name"]
            .as_str()
            .is_some_and(|n| n.starts_with("part ")),
        "{part}"
    );
}

#[test]
fn workspace_symbols_are_found_in_open_and_unopened_plans_without_diacritics() {
    let mut session = Session::plain();
    session.open_son_la();
    let found = session.client.request(
        "workspace/symbol",
        json!({ "query": "tre em duoc tiep can" }),
    );
    let found = found.as_array().expect("symbols");
    let files: Vec<&str> = found
        .iter()
        .filter_map(|s| s["location"]["uri"].as_str())
        .collect();
    let son_la = file_uri(&session.path(SON_LA));
    let national = file_uri(&session.path(NATIONAL));
    // Sơn La is open; the national file is not, and is read from the workspace folder.
    assert!(files.contains(&son_la.as_str()), "{found:#?}");
    assert!(files.contains(&national.as_str()), "{found:#?}");
    assert!(found.iter().all(|s| {
        s["name"]
            .as_str()
            .is_some_and(|n| n.contains("tiếp cận") || n.contains("Tiếp cận"))
    }));
    // The folder taken out of the workspace: only the open plan is searched.
    let folder = json!([{ "uri": file_uri(&session.root), "name": "kế hoạch" }]);
    session.client.notify(
        "workspace/didChangeWorkspaceFolders",
        json!({ "event": { "added": [], "removed": folder } }),
    );
    let found = session.client.request(
        "workspace/symbol",
        json!({ "query": "tre em duoc tiep can" }),
    );
    let found = found.as_array().expect("symbols");
    assert!(!found.is_empty());
    assert!(
        found
            .iter()
            .all(|s| s["location"]["uri"] == son_la.as_str()),
        "{found:#?}"
    );
}

#[test]
fn a_plan_file_changed_on_disk_checks_its_open_importers_again() {
    // A client that lets the server register what to watch is asked to watch plan files.
    let watches =
        json!({ "workspace": { "didChangeWatchedFiles": { "dynamicRegistration": true } } });
    let mut session = Session::start(watches, json!({}));
    let registration = session.client.wait("the registration", |m| {
        m["method"] == "client/registerCapability"
    });
    let registered = &registration["params"]["registrations"][0];
    assert_eq!(registered["method"], "workspace/didChangeWatchedFiles");
    assert_eq!(
        registered["registerOptions"]["watchers"][0]["globPattern"],
        "**/*.plan"
    );
    let (son_la, before) = session.open_son_la();
    // Another program lowers the national 2030 target of indicator 1 to Sơn La's.
    let national = session.path(NATIONAL);
    let text = session.text(NATIONAL);
    let heading = text.find("\nindicator 1 ").expect("indicator 1");
    let at = heading
        + text[heading..]
            .find("target 2030 >= 75")
            .expect("its target");
    let changed = format!("{}target 2030 >= 70{}", &text[..at], &text[at + 17..]);
    std::fs::write(&national, changed).expect("write");
    session.client.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": file_uri(&national), "type": 2 }] }),
    );
    let fewer = count_of(&before, "plan::less_ambitious") - 1;
    let after = session
        .client
        .diagnostics(&son_la, |d| count_of(d, "plan::less_ambitious") == fewer);
    assert_eq!(after.len(), before.len() - 1);
}

#[test]
fn semantic_tokens_say_what_each_word_is() {
    let mut session = Session::plain();
    let (uri, _) = session.open_son_la();
    let answer = session.client.request(
        "textDocument/semanticTokens/full",
        json!({ "textDocument": { "uri": uri } }),
    );
    let legend = session.initialized["capabilities"]["semanticTokensProvider"]["legend"].clone();
    let types: Vec<String> = legend["tokenTypes"]
        .as_array()
        .expect("types")
        .iter()
        .map(|t| t.as_str().unwrap_or_default().to_string())
        .collect();
    let data: Vec<u64> = answer["data"]
        .as_array()
        .expect("data")
        .iter()
        .map(|n| n.as_u64().expect("a number"))
        .collect();
    assert_eq!(data.len() % 5, 0);
    // Decoded: (line, column, length, type, declared).
    let mut decoded = Vec::new();
    let (mut line, mut column) = (0, 0);
    for token in data.chunks(5) {
        if token[0] > 0 {
            column = 0;
        }
        line += token[0];
        column += token[1];
        decoded.push((
            line,
            column,
            token[2],
            types[token[3] as usize].clone(),
            token[4] == 1,
        ));
    }
    let text = session.text(SON_LA);
    let lines: Vec<&str> = text.lines().collect();
    let word = |&(line, column, length, _, _): &(u64, u64, u64, String, bool)| -> String {
        let units: Vec<u16> = lines[line as usize].encode_utf16().collect();
        String::from_utf16_lossy(&units[column as usize..(column + length) as usize])
    };
    // The file starts with a block comment, cut at each line's end.
    assert_eq!(decoded[0].3, "comment");
    assert_eq!(decoded[1].0, 1);
    let agency = line_of(
        &text,
        "agency vanphong_ubnd \"Văn phòng UBND tỉnh\" short \"Văn phòng UBND tỉnh\"",
    );
    let on_line: Vec<_> = decoded.iter().filter(|t| t.0 == agency).collect();
    let seen: Vec<(String, String, bool)> = on_line
        .iter()
        .map(|t| (word(t), t.3.clone(), t.4))
        .collect();
    assert_eq!(
        seen,
        [
            ("agency".to_string(), "keyword".to_string(), false),
            ("vanphong_ubnd".to_string(), "variable".to_string(), true),
            (
                "\"Văn phòng UBND tỉnh\"".to_string(),
                "string".to_string(),
                false
            ),
            ("short".to_string(), "keyword".to_string(), false),
            (
                "\"Văn phòng UBND tỉnh\"".to_string(),
                "string".to_string(),
                false
            ),
        ]
    );
    let lead = line_of(&text, "lead ldtbxh ref \"V.1\"");
    let referred = decoded
        .iter()
        .find(|t| t.0 == lead && t.3 == "variable")
        .expect("the lead agency");
    assert_eq!((word(referred), referred.4), ("ldtbxh".to_string(), false));
    // The tokens of one line: those of the whole file on it, the first relative to the
    // file's start.
    let answer = session.client.request(
        "textDocument/semanticTokens/range",
        json!({ "textDocument": { "uri": uri }, "range": range(agency, 0, agency, 200) }),
    );
    let data = answer["data"].as_array().expect("data");
    assert_eq!(data.len(), 5 * on_line.len());
    assert_eq!(data[0], agency);
}

#[test]
fn the_server_speaks_the_language_it_is_set_to() {
    let mut session = Session::start(json!({}), json!({ "lang": "vi" }));
    let (uri, diagnostics) = session.open_son_la();
    let conflicting = diagnostics
        .iter()
        .find(|d| d["code"] == "plan::conflicting_dates")
        .expect("the two dates");
    assert!(
        conflicting["message"]
            .as_str()
            .is_some_and(|m| m.contains("\ngợi ý: ")),
        "{conflicting}"
    );
    // Switched to English: every open file's diagnostics are said again.
    session.client.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "planlang": { "lang": "en" } } }),
    );
    let english = session.client.diagnostics(&uri, |d| {
        d.iter().any(|d| {
            d["message"]
                .as_str()
                .is_some_and(|m| m.contains("\nhelp: "))
        })
    });
    assert_eq!(english.len(), diagnostics.len());
    // A language it does not speak is refused in the language in use.
    session.client.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "lang": "fr" } }),
    );
    let refused = session
        .client
        .wait("the refusal", |m| m["method"] == "window/showMessage");
    assert!(refused["params"]["message"]
        .as_str()
        .is_some_and(|m| m.contains("`fr`")));
}

#[test]
fn the_lifecycle_refuses_what_comes_out_of_order_and_exits_as_the_protocol_says() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut client = Client::start(dir.path(), &["--stdio"]);
    let early = client.request_raw(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": "file:///x.plan" } }),
    );
    assert_eq!(early["error"]["code"], -32002, "{early}");
    client.initialize(dir.path(), json!({}), json!({}));
    let unknown = client.request_raw("textDocument/unheardOf", json!({}));
    assert_eq!(unknown["error"]["code"], -32601, "{unknown}");
    let not_open = client.request_raw(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": "file:///chưa-mở.plan" } }),
    );
    assert_eq!(not_open["error"]["code"], -32602, "{not_open}");
    let answer = client.request_raw("shutdown", Value::Null);
    assert_eq!(answer["result"], Value::Null);
    let late = client.request_raw(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": "file:///x.plan" } }),
    );
    assert_eq!(late["error"]["code"], -32600, "{late}");
    client.notify("exit", Value::Null);
    assert_eq!(client.exit_status().code(), Some(0));

    // `exit` without `shutdown`: 1.
    let mut client = Client::start(dir.path(), &[]);
    client.initialize(dir.path(), json!({}), json!({}));
    client.notify("exit", Value::Null);
    assert_eq!(client.exit_status().code(), Some(1));
}

#[test]
fn closing_a_file_clears_its_diagnostics() {
    let mut session = Session::plain();
    let (uri, diagnostics) = session.open_son_la();
    assert!(!diagnostics.is_empty());
    session.client.notify(
        "textDocument/didClose",
        json!({ "textDocument": { "uri": uri } }),
    );
    let cleared = session.client.diagnostics(&uri, |d| d.is_empty());
    assert!(cleared.is_empty());
}

/// The byte offset of a position (line, UTF-16 column) in `text`.
fn offset_of(text: &str, position: &Value) -> usize {
    let line = position["line"].as_u64().expect("line") as usize;
    let column = position["character"].as_u64().expect("character") as usize;
    let start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
    let mut units = 0;
    for (at, c) in text[start..].char_indices() {
        if units >= column {
            return start + at;
        }
        units += c.len_utf16();
    }
    text.len()
}

#[test]
fn formatting_lays_the_plan_out_with_one_edit_of_what_changed() {
    let mut session = Session::plain();
    let (uri, _) = session.open_son_la();
    let formatting = json!({
        "textDocument": { "uri": uri },
        "options": { "tabSize": 2, "insertSpaces": true },
    });
    // The bundled plan is laid out already.
    let edits = session
        .client
        .request("textDocument/formatting", formatting.clone());
    assert_eq!(edits, json!([]));
    // A field pushed to the margin, with spaces doubled, in an indicator with Vietnamese
    // text around it.
    let text = session.text(SON_LA);
    let line = line_of(&text, "lead ldtbxh ref \"V.1\"");
    let written = "    lead ldtbxh ref \"V.1\"".len() as u64;
    session.change(
        &uri,
        2,
        range(line, 0, line, written),
        "lead   ldtbxh  ref \"V.1\"",
    );
    let edits = session
        .client
        .request("textDocument/formatting", formatting.clone());
    let edits = edits.as_array().expect("edits");
    assert_eq!(edits.len(), 1, "{edits:#?}");
    let edit = &edits[0];
    assert_eq!(edit["range"]["start"]["line"], line);
    assert_eq!(edit["range"]["end"]["line"], line);
    // Applied to the text the editor holds, the edit gives the plan back as it was.
    let mut held = text.clone();
    let lines: Vec<&str> = held.lines().collect();
    let changed = "lead   ldtbxh  ref \"V.1\"";
    let at: usize = lines[..line as usize].iter().map(|l| l.len() + 1).sum();
    held.replace_range(at..at + written as usize, changed);
    let (start, end) = (
        offset_of(&held, &edit["range"]["start"]),
        offset_of(&held, &edit["range"]["end"]),
    );
    held.replace_range(start..end, edit["newText"].as_str().expect("new text"));
    assert_eq!(held, text);
    // A plan that does not parse is refused, and the answer says where.
    session.change(&uri, 3, range(line, 0, line, 4), "laed");
    let refused = session
        .client
        .request_raw("textDocument/formatting", formatting);
    assert_eq!(refused["error"]["code"], -32803, "{refused}");
    let message = refused["error"]["message"].as_str().expect("words");
    assert!(message.contains(&format!("{}:", line + 1)), "{message}");
}

/// The position (line, UTF-16 column) of byte `offset` of `text`.
fn position_at(text: &str, offset: usize) -> Value {
    let line_start = text[..offset].rfind('\n').map_or(0, |at| at + 1);
    let line = text[..line_start].matches('\n').count();
    let column = utf16_column(&text[line_start..], offset - line_start);
    json!({ "line": line, "character": column })
}

/// The position `into` bytes into the first `needle` of `text`.
fn position_of(text: &str, needle: &str, into: usize) -> Value {
    let at = text.find(needle).unwrap_or_else(|| panic!("no `{needle}`"));
    position_at(text, at + into)
}

/// The range of bytes `start..end` of `text`.
fn range_of(text: &str, start: usize, end: usize) -> Value {
    json!({ "start": position_at(text, start), "end": position_at(text, end) })
}

/// The text a range covers.
fn covered<'t>(text: &'t str, range: &Value) -> &'t str {
    &text[offset_of(text, &range["start"])..offset_of(text, &range["end"])]
}

/// `text` with the protocol's text edits made (each range in the text as it was).
fn edited(text: &str, edits: &[Value]) -> String {
    let mut spans: Vec<(usize, usize, &str)> = edits
        .iter()
        .map(|e| {
            (
                offset_of(text, &e["range"]["start"]),
                offset_of(text, &e["range"]["end"]),
                e["newText"].as_str().expect("new text"),
            )
        })
        .collect();
    spans.sort_by_key(|(start, _, _)| std::cmp::Reverse(*start));
    let mut out = text.to_string();
    for (start, end, new) in spans {
        out.replace_range(start..end, new);
    }
    out
}

/// `text` with its comments and strings blanked out (each byte a space, lines kept): the
/// plan's code, where its names are written.
fn code_only(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = bytes.to_vec();
    let mut at = 0;
    let mut blank = |from: usize, to: usize| {
        for byte in &mut out[from..to] {
            if *byte != b'\n' {
                *byte = b' ';
            }
        }
    };
    while at < bytes.len() {
        let rest = &text[at..];
        let end = if rest.starts_with("//") {
            at + rest.find('\n').unwrap_or(rest.len())
        } else if rest.starts_with("/*") {
            at + rest.find("*/").map_or(rest.len(), |e| e + 2)
        } else if let Some(string) = rest.strip_prefix('"') {
            at + 1 + string.find('"').map_or(string.len(), |e| e + 1)
        } else {
            at += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        };
        blank(at, end);
        at = end;
    }
    String::from_utf8(out).expect("blanked whole characters")
}

/// The byte offsets of `name` written as a whole name in the code of `text` (not as part of
/// a longer id: `ldtbxh` is not in `bo_ldtbxh`).
fn written(text: &str, name: &str) -> Vec<usize> {
    let code = code_only(text);
    let is_id = |c: char| c.is_alphanumeric() || c == '_';
    code.match_indices(name)
        .filter(|(at, _)| {
            let before = code[..*at].chars().next_back();
            let after = code[at + name.len()..].chars().next();
            !before.is_some_and(is_id) && !after.is_some_and(is_id)
        })
        .map(|(at, _)| at)
        .collect()
}

#[test]
fn definition_of_an_adopted_part_lands_on_it_in_the_national_file() {
    let mut session = Session::plain();
    let (uri, _) = session.open_son_la();
    let text = session.text(SON_LA);
    let national = session.text(NATIONAL);
    let adopts = "adopts national.3a";
    let on_3a = position_of(&text, adopts, "adopts national.".len() + 1);
    let request = json!({ "textDocument": { "uri": uri }, "position": on_3a });
    let found = session
        .client
        .request("textDocument/definition", request.clone());
    // Part `a` on its line within the national indicator 3.
    let heading = national.find("\nindicator 3 ").expect("indicator 3");
    let part = heading + national[heading..].find("part a ").expect("part a");
    let letter = part + "part ".len();
    assert_eq!(found["uri"], file_uri(&session.path(NATIONAL)));
    assert_eq!(found["range"], range_of(&national, letter, letter + 1));

    // A client that takes links is told the name the cursor was on: all of `3a`.
    let links = json!({ "textDocument": { "definition": { "linkSupport": true } } });
    let mut session = Session::start(links, json!({}));
    let (uri, _) = session.open_son_la();
    let request = json!({ "textDocument": { "uri": uri }, "position": on_3a });
    let found = session.client.request("textDocument/definition", request);
    let link = &found[0];
    assert_eq!(link["targetUri"], file_uri(&session.path(NATIONAL)));
    assert_eq!(
        link["targetSelectionRange"],
        range_of(&national, letter, letter + 1)
    );
    let name = text.find(adopts).expect("adopts") + "adopts national.".len();
    assert_eq!(
        link["originSelectionRange"],
        range_of(&text, name, name + 2)
    );
    // Off a name, nothing.
    let keyword = position_of(&text, adopts, 1);
    let request = json!({ "textDocument": { "uri": uri }, "position": keyword });
    let none = session.client.request("textDocument/definition", request);
    assert_eq!(none, Value::Null);
}

#[test]
fn references_of_an_agency_reach_the_unopened_plans_that_import_it() {
    let mut session = Session::with_importers(json!({}), json!({}));
    let (uri, _) = session.open_son_la();
    let text = session.text(SON_LA);
    let declaration = "agency ldtbxh ";
    let on_agency = position_of(&text, declaration, "agency ".len() + 2);
    let references = |session: &mut Session, include: bool| -> Vec<Value> {
        let found = session.client.request(
            "textDocument/references",
            json!({
                "textDocument": { "uri": uri },
                "position": on_agency,
                "context": { "includeDeclaration": include },
            }),
        );
        found.as_array().expect("locations").clone()
    };
    let found = references(&mut session, true);
    // In Sơn La, every `ldtbxh` of its code; in the plans that import it as `son_la`, every
    // `son_la.ldtbxh` (the district's own `ldtbxh` is another agency); nowhere else.
    for file in [SON_LA, MOC_CHAU, TRANSFER, NATIONAL] {
        let file_text = session.text(file);
        let expected: Vec<Value> = match file {
            SON_LA => written(&file_text, "ldtbxh"),
            _ => (written(&file_text, "son_la.ldtbxh").into_iter())
                .map(|at| at + "son_la.".len())
                .collect(),
        }
        .into_iter()
        .map(|at| range_of(&file_text, at, at + "ldtbxh".len()))
        .collect();
        let file_uri = file_uri(&session.path(file));
        let mut got: Vec<Value> = (found.iter())
            .filter(|l| l["uri"] == file_uri.as_str())
            .map(|l| l["range"].clone())
            .collect();
        got.sort_by_key(|r| {
            (
                r["start"]["line"].as_u64(),
                r["start"]["character"].as_u64(),
            )
        });
        assert_eq!(got, expected, "{file}");
        assert_eq!(expected.is_empty(), file == NATIONAL, "{file}");
    }
    // Without the declaration: one fewer, and not the declaration's.
    let without = references(&mut session, false);
    assert_eq!(without.len(), found.len() - 1);
    let declared = text.find(declaration).expect("declared") + "agency ".len();
    let declared = range_of(&text, declared, declared + "ldtbxh".len());
    assert!(without
        .iter()
        .all(|l| l["range"] != declared || l["uri"] != uri.as_str()));
}

/// Each plan's diagnostics as (code, line), loaded from disk by planlang itself.
fn checked(root: &Path, files: &[&str]) -> Vec<Vec<(String, usize)>> {
    files
        .iter()
        .map(|file| {
            let checked = planlang::load_path(root.join(file)).expect("read the plan");
            checked
                .diagnostics
                .iter()
                .map(|d| (d.code().as_str().to_string(), d.line_col().0))
                .collect()
        })
        .collect()
}

#[test]
fn a_rename_edits_every_plan_that_names_the_agency_open_or_not() {
    let versioned = json!({ "workspace": { "workspaceEdit": { "documentChanges": true } } });
    let mut session = Session::with_importers(versioned, json!({}));
    let (uri, _) = session.open_son_la();
    let text = session.text(SON_LA);
    let lead = "lead ldtbxh ref \"V.1\"";
    let on_agency = position_of(&text, lead, "lead ".len() + 3);
    let at = json!({ "textDocument": { "uri": uri }, "position": on_agency });
    let prepared = session
        .client
        .request("textDocument/prepareRename", at.clone());
    let name = text.find(lead).expect("lead") + "lead ".len();
    assert_eq!(
        prepared["range"],
        range_of(&text, name, name + "ldtbxh".len())
    );
    assert_eq!(prepared["placeholder"], "ldtbxh");

    // A new name with Vietnamese letters, which count one UTF-16 unit and two or three bytes.
    let new_name = "sở_lđtbxh";
    let mut rename = at.clone();
    rename["newName"] = json!(new_name);
    let edit = session.client.request("textDocument/rename", rename);
    let changes = edit["documentChanges"]
        .as_array()
        .expect("document changes");
    let mut renamed: Vec<(&str, String)> = Vec::new();
    for file in [SON_LA, MOC_CHAU, TRANSFER] {
        let file_uri = file_uri(&session.path(file));
        let change = (changes.iter())
            .find(|c| c["textDocument"]["uri"] == file_uri.as_str())
            .unwrap_or_else(|| panic!("no edits of {file}: {edit:#}"));
        // The open plan's edits are for the version the editor holds; the others' for the
        // file on disk.
        let version = &change["textDocument"]["version"];
        match file {
            SON_LA => assert_eq!(*version, json!(1)),
            _ => assert_eq!(*version, Value::Null),
        }
        let before = session.text(file);
        let edits = change["edits"].as_array().expect("edits");
        assert!(edits
            .iter()
            .all(|e| covered(&before, &e["range"]) == "ldtbxh"));
        renamed.push((file, edited(&before, edits)));
    }
    assert_eq!(changes.len(), 3, "{edit:#}");
    let son_la = &renamed[0].1;
    assert!(son_la.contains(&format!("agency {new_name} \"Sở Lao động")));
    assert!(!son_la.contains("lead ldtbxh"));
    let moc_chau = &renamed[1].1;
    assert!(moc_chau.contains(&format!("son_la.{new_name}")));
    // The district's own agency, and a comment naming Sơn La's, are left as they are.
    assert!(moc_chau.contains("agency ldtbxh \"Phòng"));
    assert!(moc_chau.contains("(`son_la.ldtbxh`,"));
    assert!(renamed[2]
        .1
        .contains(&format!("transfer son_la.{new_name} to")));

    // Written into a copy of the workspace, the renamed plans check as the originals did.
    let files = [SON_LA, MOC_CHAU, TRANSFER];
    let copy = tempfile::tempdir().expect("tempdir");
    for file in [SON_LA, NATIONAL, MOC_CHAU, TRANSFER] {
        let to = copy.path().join(file);
        std::fs::create_dir_all(to.parent().expect("a folder")).expect("mkdir");
        let text = match renamed.iter().find(|(name, _)| *name == file) {
            Some((_, text)) => text.clone(),
            None => session.text(file),
        };
        std::fs::write(to, text).expect("write");
    }
    assert_eq!(checked(copy.path(), &files), checked(&session.root, &files));
}

#[test]
fn a_rename_that_cannot_be_made_is_refused_with_the_reason_in_the_session_language() {
    let mut session = Session::with_importers(json!({}), json!({ "lang": "vi" }));
    let (uri, _) = session.open_son_la();
    let text = session.text(SON_LA);
    let on_keyword = position_of(&text, "agency ldtbxh ", 2);
    let at = json!({ "textDocument": { "uri": uri }, "position": on_keyword });
    let refused = session.client.request_raw("textDocument/prepareRename", at);
    assert_eq!(refused["error"]["code"], -32803, "{refused}");
    assert_eq!(
        refused["error"]["message"],
        planlang::ide::RenameError::NothingThere.words(planlang::i18n::Lang::Vi)
    );
    // Another agency of the plan has the name already.
    let on_agency = position_of(&text, "agency ldtbxh ", "agency ".len());
    let rename = json!({
        "textDocument": { "uri": uri },
        "position": on_agency,
        "newName": "yte",
    });
    let refused = session.client.request_raw("textDocument/rename", rename);
    assert_eq!(refused["error"]["code"], -32803, "{refused}");
    let message = refused["error"]["message"].as_str().expect("words");
    assert!(message.starts_with("`yte` đã là mã của một"), "{message}");
    // A plain client is given the edits by file.
    let mut session = Session::with_importers(json!({}), json!({}));
    let (uri, _) = session.open_son_la();
    let rename = json!({
        "textDocument": { "uri": uri },
        "position": on_agency,
        "newName": "so_ldtbxh",
    });
    let edit = session.client.request("textDocument/rename", rename);
    let changes = edit["changes"].as_object().expect("changes by file");
    let mut files: Vec<&String> = changes.keys().collect();
    files.sort();
    let mut expected: Vec<String> = [SON_LA, MOC_CHAU, TRANSFER]
        .iter()
        .map(|file| file_uri(&session.path(file)))
        .collect();
    expected.sort();
    assert_eq!(files, expected.iter().collect::<Vec<_>>());
}

#[test]
fn hover_shows_an_indicator_and_its_status_from_the_data_set() {
    let options = json!({ "data": [SAMPLE] });
    let mut session = Session::with_importers(json!({}), options);
    let (uri, _) = session.open_son_la();
    let text = session.text(SON_LA);
    let heading = "\nindicator 1 ";
    let on_number = position_of(&text, heading, "\nindicator ".len());
    let hover = |session: &mut Session| -> Value {
        session.client.request(
            "textDocument/hover",
            json!({ "textDocument": { "uri": uri }, "position": on_number }),
        )
    };
    let shown = hover(&mut session);
    let number = text.find(heading).expect("indicator 1") + "\nindicator ".len();
    assert_eq!(shown["range"], range_of(&text, number, number + 1));
    assert_eq!(shown["contents"]["kind"], "markdown");
    let markdown = shown["contents"]["value"].as_str().expect("markdown");
    // Its title as the plan writes it, its unit, targets and lead.
    let line = &text[number..text[number..].find('\n').map_or(text.len(), |e| number + e)];
    let title = line.split('"').nth(1).expect("a title");
    assert!(markdown.contains(&format!("**1**: {title}")), "{markdown}");
    for label in ["**Unit:**", "**Targets:**", "**Lead:**"] {
        assert!(markdown.contains(label), "{label}: {markdown}");
    }
    assert!(
        markdown.contains("Sở Lao động - Thương binh và Xã hội")
            || markdown.contains("Sở LĐ-TB&XH"),
        "{markdown}"
    );
    // Its status, from the sample data named by the settings.
    assert!(markdown.contains("**Status as of "), "{markdown}");
    assert!(markdown.contains("**Latest value:** "), "{markdown}");
    assert!(
        markdown.contains("**Data files:** son-la-sample.csv"),
        "{markdown}"
    );

    // Data with rows refused say so; fixed on disk, they are read again.
    let bad = session.path("data/bad.csv");
    std::fs::write(&bad, "indicator,area,period,value\n1,son_la,2019,abc\n").expect("write");
    session.client.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "planlang": { "data": [SAMPLE, "data/bad.csv"] } } }),
    );
    let shown = hover(&mut session);
    let markdown = shown["contents"]["value"].as_str().expect("markdown");
    assert!(
        markdown.contains("**Data problem:** one row refused in bad.csv; the first: line 2: "),
        "{markdown}"
    );
    assert!(markdown.contains("**Status as of "), "{markdown}");
    std::fs::write(&bad, "indicator,area,period,value\n1,son_la,2025,66\n").expect("write");
    let shown = hover(&mut session);
    let markdown = shown["contents"]["value"].as_str().expect("markdown");
    assert!(!markdown.contains("Data problem"), "{markdown}");
    assert!(
        markdown.contains("**Latest value:** 66% (2025)"),
        "{markdown}"
    );

    // The data taken out of the settings: no status.
    session.client.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "data": [] } }),
    );
    let shown = hover(&mut session);
    let markdown = shown["contents"]["value"].as_str().expect("markdown");
    assert!(markdown.contains(&format!("**1**: {title}")), "{markdown}");
    assert!(!markdown.contains("Status as of"), "{markdown}");
    assert!(!markdown.contains("Data files"), "{markdown}");

    // In Vietnamese.
    session.client.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "lang": "vi", "data": [SAMPLE] } }),
    );
    let shown = hover(&mut session);
    let markdown = shown["contents"]["value"].as_str().expect("markdown");
    assert!(markdown.starts_with("*chỉ tiêu* **1**"), "{markdown}");
    for label in [
        "**Đơn vị tính:**",
        "**Mức cần đạt:**",
        "**Cơ quan chủ trì:**",
    ] {
        assert!(markdown.contains(label), "{label}: {markdown}");
    }
    assert!(
        markdown.contains("**Tình trạng tính đến ngày "),
        "{markdown}"
    );
    assert!(
        markdown.contains("**Tệp số liệu:** son-la-sample.csv"),
        "{markdown}"
    );
    // Off a name, nothing.
    let on_keyword = position_of(&text, heading, 3);
    let none = session.client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": on_keyword }),
    );
    assert_eq!(none, Value::Null);
}

/// The byte offset just after the first `needle` of `text`.
fn after(text: &str, needle: &str) -> usize {
    text.find(needle)
        .unwrap_or_else(|| panic!("no `{needle}` in the text"))
        + needle.len()
}

/// The edits a code action makes to `uri`, from `documentChanges` or `changes`.
fn edits_of(action: &Value, uri: &str) -> Vec<Value> {
    let edit = &action["edit"];
    if let Some(files) = edit["documentChanges"].as_array() {
        return files
            .iter()
            .filter(|f| f["textDocument"]["uri"] == uri)
            .flat_map(|f| f["edits"].as_array().cloned().unwrap_or_default())
            .collect();
    }
    edit["changes"][uri].as_array().cloned().unwrap_or_default()
}

impl Session {
    /// Gives `uri` the whole of `text` at `version`.
    fn replace_all(&mut self, uri: &str, version: i64, text: &str) {
        self.client.notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": uri, "version": version },
                "contentChanges": [{ "text": text }],
            }),
        );
    }

    /// The completions at byte `offset` of `text` (the text the server holds for `uri`),
    /// asked after typing `trigger` when given.
    fn complete(&mut self, uri: &str, text: &str, offset: usize, trigger: Option<&str>) -> Value {
        let context = match trigger {
            Some(character) => json!({ "triggerKind": 2, "triggerCharacter": character }),
            None => json!({ "triggerKind": 1 }),
        };
        self.client.request(
            "textDocument/completion",
            json!({
                "textDocument": { "uri": uri },
                "position": position_at(text, offset),
                "context": context,
            }),
        )
    }

    /// The code actions over `range` of `uri`, the client showing `shown` there.
    fn actions(
        &mut self,
        uri: &str,
        range: &Value,
        shown: &[Value],
        only: Option<&str>,
    ) -> Vec<Value> {
        let mut context = json!({ "diagnostics": shown });
        if let Some(kind) = only {
            context["only"] = json!([kind]);
        }
        let answer = self.client.request(
            "textDocument/codeAction",
            json!({ "textDocument": { "uri": uri }, "range": range, "context": context }),
        );
        answer.as_array().cloned().expect("actions")
    }
}

/// The labels of a completion list's items, in the order of their `sortText`.
fn labels(list: &Value) -> Vec<String> {
    let mut items: Vec<&Value> = list["items"].as_array().expect("items").iter().collect();
    items.sort_by_key(|item| item["sortText"].as_str().unwrap_or_default().to_string());
    items
        .iter()
        .map(|item| item["label"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn item<'l>(list: &'l Value, label: &str) -> &'l Value {
    list["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|item| item["label"] == label)
        .unwrap_or_else(|| panic!("no `{label}` in {list:#}"))
}

#[test]
fn completion_after_lead_offers_the_plans_agencies_named() {
    let markdown = json!({ "textDocument": { "completion": { "completionItem": {
        "documentationFormat": ["markdown", "plaintext"],
    } } } });
    let mut session = Session::start(markdown, json!({}));
    let (uri, _) = session.open_son_la();
    let text = session.text(SON_LA);
    // Before the agency of indicator 1's `lead`, as if it were not written yet.
    let at = after(&text, "    lead ");
    let list = session.complete(&uri, &text, at, None);
    let offered = labels(&list);
    for agency in ["ldtbxh", "yte", "gddt", "congan"] {
        assert!(offered.contains(&agency.to_string()), "{offered:?}");
    }
    let yte = item(&list, "yte");
    assert_eq!(yte["detail"], "Sở Y tế");
    assert_eq!(yte["kind"], 6); // a variable, as the colours show ids
    let ldtbxh = item(&list, "ldtbxh");
    assert_eq!(ldtbxh["detail"], "Sở Lao động - Thương binh và Xã hội");
    // Its short name, as Markdown with its marks escaped.
    assert_eq!(ldtbxh["documentation"]["kind"], "markdown");
    assert_eq!(ldtbxh["documentation"]["value"], "Sở LĐ-TB&XH");
    // The edit writes the id at the cursor (nothing typed yet: an empty range).
    let edit = &ldtbxh["textEdit"];
    assert_eq!(edit["range"]["start"], position_at(&text, at));
    assert_eq!(edit["range"]["end"], position_at(&text, at));
    assert_eq!(edit["newText"], "ldtbxh");
    assert_eq!(ldtbxh["insertTextFormat"], 1);
    // After a space typed, only names and values: no keyword, no new item.
    let typed = session.complete(&uri, &text, at, Some(" "));
    let kinds: Vec<&Value> = typed["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|item| &item["kind"])
        .collect();
    assert!(
        kinds
            .iter()
            .all(|k| ![14, 5, 15].contains(&k.as_u64().unwrap_or(0))),
        "{kinds:?}"
    );
    assert!(labels(&typed).contains(&"yte".to_string()));
}

#[test]
fn completion_after_an_import_and_a_dot_offers_its_indicators() {
    let mut session = Session::plain();
    let (uri, _) = session.open_son_la();
    let text = session.text(SON_LA);
    // In `adopts national.3a`, just after the dot.
    let at = after(&text, "adopts national.");
    let list = session.complete(&uri, &text, at, Some("."));
    let offered = labels(&list);
    assert!(offered.len() >= 20, "{offered:?}");
    assert!(
        offered.iter().all(|l| l.starts_with("national.")),
        "{offered:?}"
    );
    for parent in ["national.1", "national.3a", "national.24"] {
        assert!(offered.contains(&parent.to_string()), "{offered:?}");
    }
    let first = item(&list, "national.1");
    let national = session.text(NATIONAL);
    let title = national
        .lines()
        .find(|l| l.starts_with("indicator 1 "))
        .and_then(|l| l.split('"').nth(1))
        .expect("national indicator 1's title");
    assert_eq!(first["detail"], title);
    // The edit replaces what was typed of the word, `national.`.
    let start = at - "national.".len();
    assert_eq!(
        first["textEdit"]["range"]["start"],
        position_at(&text, start)
    );
    assert_eq!(first["textEdit"]["newText"], "national.1");
    // A dot after an agency, which is no import's name, opens nothing (the agencies that
    // begin with what is typed would be offered if asked).
    let agency = after(&text, "    lead ldtbxh");
    let mut dotted = text.clone();
    dotted.insert(agency, '.');
    session.replace_all(&uri, 2, &dotted);
    let list = session.complete(&uri, &dotted, agency + 1, Some("."));
    assert_eq!(labels(&list), Vec::<String>::new());
    let asked = session.complete(&uri, &dotted, agency + 1, None);
    assert!(labels(&asked).contains(&"ldtbxh".to_string()), "{asked:#}");
}

#[test]
fn a_snippet_is_sent_as_one_only_to_a_client_that_takes_snippets() {
    let takes = json!({ "textDocument": { "completion": { "completionItem": { "snippetSupport": true } } } });
    for snippets in [true, false] {
        let capabilities = if snippets { takes.clone() } else { json!({}) };
        let mut session = Session::start(capabilities, json!({}));
        let (uri, _) = session.open_son_la();
        let text = session.text(SON_LA);
        // A new item at the end of the file.
        let list = session.complete(&uri, &text, text.len(), None);
        let indicator = list["items"]
            .as_array()
            .expect("items")
            .iter()
            .find(|item| {
                item["kind"] == 15
                    && item["label"]
                        .as_str()
                        .is_some_and(|l| l.contains("indicator"))
            })
            .unwrap_or_else(|| panic!("an indicator to fill in: {list:#}"));
        let written = indicator["textEdit"]["newText"].as_str().expect("text");
        assert!(written.starts_with("indicator "), "{written}");
        if snippets {
            assert_eq!(indicator["insertTextFormat"], 2);
            assert!(written.contains("${1"), "{written}");
        } else {
            assert_eq!(indicator["insertTextFormat"], 1);
            assert!(!written.contains('$'), "{written}");
            assert!(written.contains('{') && written.contains('}'), "{written}");
        }
    }
}

#[test]
fn completion_while_the_text_does_not_parse_still_offers_the_plans_agencies() {
    let mut session = Session::plain();
    let (uri, _) = session.open_son_la();
    let text = session.text(SON_LA);
    // A new indicator being typed above the agencies, its `lead ` still empty and its brace
    // not closed: the parser reads `agency` as the lead and stops at the next word, so the
    // first agency's declaration is lost to an analysis of this text.
    let first = text.find("agency ubnd_tinh ").expect("the first agency");
    let typing = "indicator 30 \"Mới\" {\n    lead ";
    let broken = format!("{}{typing}\n{}", &text[..first], &text[first..]);
    session.replace_all(&uri, 2, &broken);
    let syntax = session
        .client
        .diagnostics(&uri, |d| d.iter().any(|d| d["code"] == "plan::syntax"));
    assert!(!syntax.is_empty());
    let list = session.complete(&uri, &broken, first + typing.len(), Some(" "));
    let offered = labels(&list);
    // The plan's agencies, that one among them, and those of the national program it
    // imports: the names of the last text that parsed.
    for agency in ["ubnd_tinh", "ldtbxh", "yte", "national.bo_ldtbxh"] {
        assert!(offered.contains(&agency.to_string()), "{offered:?}");
    }
    assert_eq!(
        item(&list, "ubnd_tinh")["detail"],
        "Ủy ban nhân dân tỉnh Sơn La"
    );
}

#[test]
fn the_did_you_mean_of_a_misspelled_agency_is_preferred_and_applied_fixes_it() {
    let versioned = json!({ "workspace": { "workspaceEdit": { "documentChanges": true } } });
    let mut session = Session::start(versioned, json!({}));
    let (uri, before) = session.open_son_la();
    let text = session.text(SON_LA);
    let misspelled = text.replacen("lead ldtbxh ref \"V.1\"", "lead ldtbhx ref \"V.1\"", 1);
    session.replace_all(&uri, 2, &misspelled);
    let shown = session.client.diagnostics(&uri, |d| {
        d.iter().any(|d| d["code"] == "plan::unknown_agency")
    });
    let unknown = shown
        .iter()
        .find(|d| d["code"] == "plan::unknown_agency")
        .expect("the unknown agency")
        .clone();
    // Asked with the cursor at the start of the line: the fix comes from the diagnostic the
    // client sends, whatever the range.
    let line = unknown["range"]["start"]["line"].clone();
    let cursor = json!({ "start": { "line": line, "character": 0 }, "end": { "line": line, "character": 0 } });
    let actions = session.actions(&uri, &cursor, std::slice::from_ref(&unknown), None);
    let fix = actions
        .iter()
        .find(|a| a["isPreferred"] == true)
        .unwrap_or_else(|| panic!("a preferred fix: {actions:#?}"));
    assert_eq!(fix["kind"], "quickfix");
    assert!(
        fix["title"]
            .as_str()
            .is_some_and(|t| t.contains("`ldtbxh`")),
        "{fix}"
    );
    assert_eq!(fix["diagnostics"], json!([unknown]));
    // Versioned: meant for the text at version 2.
    assert_eq!(
        fix["edit"]["documentChanges"][0]["textDocument"]["version"],
        2
    );
    let fixed = edited(&misspelled, &edits_of(fix, &uri));
    assert_eq!(fixed, text);
    session.replace_all(&uri, 3, &fixed);
    let after = session.client.diagnostics(&uri, |d| {
        !d.iter().any(|d| d["code"] == "plan::unknown_agency")
    });
    assert_eq!(codes(&after), codes(&before));
}

#[test]
fn a_lead_to_fill_is_filled_with_one_of_the_plans_agencies() {
    let mut session = Session::plain();
    let (uri, before) = session.open_son_la();
    let text = session.text(SON_LA);
    let unknown = text.replacen("lead ldtbxh ref \"V.1\"", "lead ? because \"chưa giao\"", 1);
    session.replace_all(&uri, 2, &unknown);
    let shown = session.client.diagnostics(&uri, |d| {
        count_of(d, "plan::lead_to_fill") > count_of(&before, "plan::lead_to_fill")
    });
    let at = unknown.find("? because").expect("the `?`");
    let cursor = json!({ "start": position_at(&unknown, at), "end": position_at(&unknown, at) });
    // Only refactorings asked for: none.
    assert!(session
        .actions(&uri, &cursor, &[], Some("refactor"))
        .is_empty());
    let actions = session.actions(&uri, &cursor, &[], Some("quickfix"));
    assert!(actions.len() >= 10, "{actions:#?}");
    assert!(
        actions.iter().all(|a| a["isPreferred"].is_null()),
        "{actions:#?}"
    );
    // Each names the diagnostic, as the server published it.
    let to_fill = shown
        .iter()
        .find(|d| {
            d["code"] == "plan::lead_to_fill"
                && d["range"]["start"]["line"] == position_at(&unknown, at)["line"]
        })
        .expect("the lead to fill");
    assert_eq!(actions[0]["diagnostics"], json!([to_fill]));
    let filled = edited(&unknown, &edits_of(&actions[0], &uri));
    let lead = filled[at - "lead ".len()..]
        .lines()
        .next()
        .expect("the line");
    assert!(!lead.contains('?') && !lead.contains("because"), "{lead}");
    session.replace_all(&uri, 3, &filled);
    let after = session.client.diagnostics(&uri, |d| {
        count_of(d, "plan::lead_to_fill") == count_of(&before, "plan::lead_to_fill")
    });
    assert_eq!(
        count_of(&after, "plan::unknown_agency"),
        0,
        "{:#?}",
        codes(&after)
    );
}

#[test]
fn a_parent_indicator_left_unmapped_gets_its_waive_line() {
    let mut session = Session::plain();
    let (uri, before) = session.open_son_la();
    let text = session.text(SON_LA);
    let start = text.find("waive national.4c").expect("the waiver");
    let end = start + text[start..].find('\n').expect("its end") + 1;
    let unwaived = format!("{}{}", &text[..start], &text[end..]);
    session.replace_all(&uri, 2, &unwaived);
    let shown = session.client.diagnostics(&uri, |d| {
        d.iter().any(|d| d["code"] == "plan::parent_unmapped")
    });
    let unmapped = shown
        .iter()
        .find(|d| d["code"] == "plan::parent_unmapped")
        .expect("national 4c unmapped")
        .clone();
    let actions = session.actions(
        &uri,
        &unmapped["range"],
        std::slice::from_ref(&unmapped),
        None,
    );
    let waive = actions
        .iter()
        .find(|a| {
            a["title"]
                .as_str()
                .is_some_and(|t| t.contains("national.4c"))
        })
        .unwrap_or_else(|| panic!("a waiver of national.4c: {actions:#?}"));
    assert_eq!(waive["diagnostics"], json!([unmapped]));
    let waived = edited(&unwaived, &edits_of(waive, &uri));
    assert!(
        waived.contains("\nwaive national.4c because \""),
        "{waived}"
    );
    session.replace_all(&uri, 3, &waived);
    let after = session.client.diagnostics(&uri, |d| {
        !d.iter().any(|d| d["code"] == "plan::parent_unmapped")
    });
    assert_eq!(codes(&after), codes(&before));
}

/// A commune's plan that takes one agency of the national program and has no problem.
const COMMUNE: &str = r#"plan "Kế hoạch xã" { document "1/KH-UBND" issuer ubnd signed 2022-01-05 period 2022..2030 }
import "national/children-2021-2030.plan" as national
agency ubnd "Ủy ban nhân dân xã"
objective a "Phát triển toàn diện trẻ em"
indicator 1 "Tỷ lệ thôn, bản đạt tiêu chuẩn phù hợp với trẻ em" {
    objective a
    unit percent
    direction increase
    target 2030 >= 75
    lead ubnd
    support national.bo_ldtbxh
    source "1"
}
report nam "Báo cáo năm" { period year due 15/12 from ubnd to ubnd }
"#;

#[test]
fn plans_that_import_a_saved_file_are_checked_though_not_open() {
    // Beside the province's plan (which imports the national program): a district's, which
    // imports the province's, and a commune's, which imports the national program.
    let mut session = Session::with_importers(json!({}), json!({}));
    std::fs::write(session.path("xã.plan"), COMMUNE).expect("write");
    let (son_la, district, commune) = (
        file_uri(&session.path(SON_LA)),
        file_uri(&session.path(MOC_CHAU)),
        file_uri(&session.path("xã.plan")),
    );
    let checked = run_in(&session.root, &["check", "--format", "json", SON_LA]);
    let checked: Value = serde_json::from_str(&checked.stdout).expect("plan check's JSON");
    let son_la_problems = checked["files"][0]["diagnostics"]
        .as_array()
        .expect("list")
        .len();

    // Opening the national program checks the plans that read it, none of them open.
    let national_path = session.path(NATIONAL);
    let national = session.client.open(&national_path);
    let province = session.client.diagnostics(&son_la, |_| true);
    assert_eq!(province.len(), son_la_problems, "{:#?}", codes(&province));
    let own = session.client.diagnostics(&district, |_| true);
    assert_eq!(
        codes(&own),
        [
            "plan::numbering_gap",
            "plan::less_ambitious",
            "plan::less_ambitious"
        ]
    );

    // National indicator 1 and agency bo_ldtbxh renamed: typed, then saved.
    let text = session.text(NATIONAL);
    let renamed = text
        .replacen("\nindicator 1 \"", "\nindicator 99 \"", 1)
        .replacen("agency bo_ldtbxh \"", "agency bo_ldtbxh_moi \"", 1);
    session.replace_all(&national, 2, &renamed);
    session.client.wait("the national file's diagnostics", |m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == national.as_str()
            && m["params"]["version"] == 2
    });
    // Everything the server sent before this answer has been read: keystrokes check only
    // open importers.
    session.client.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": national } }),
    );
    let early = session.client.unread().any(|m| {
        m["method"] == "textDocument/publishDiagnostics"
            && [son_la.as_str(), commune.as_str()]
                .contains(&m["params"]["uri"].as_str().unwrap_or(""))
            && m["params"]["diagnostics"].as_array().is_some_and(|d| {
                !d.is_empty()
                    && (count_of(d, "plan::unknown_parent_indicator") > 0
                        || count_of(d, "plan::unknown_agency") > 0)
            })
    });
    assert!(!early, "a file not open was checked at a keystroke");
    std::fs::write(&national_path, &renamed).expect("save");
    let save = json!({ "textDocument": { "uri": national } });
    session.client.notify("textDocument/didSave", save.clone());
    let broken = session.client.diagnostics(&son_la, |d| {
        count_of(d, "plan::unknown_parent_indicator") > 0
    });
    // Once, though the district's check finds it too.
    assert_eq!(count_of(&broken, "plan::unknown_parent_indicator"), 1);
    assert_eq!(broken.len(), son_la_problems + 1, "{:#?}", codes(&broken));
    let at = &broken
        .iter()
        .find(|d| d["code"] == "plan::unknown_parent_indicator")
        .expect("the error")["range"];
    let written = session.text(SON_LA);
    let adapts = written
        .lines()
        .position(|l| l.trim_start().starts_with("adapts national.1 "))
        .expect("indicator 1 adapts national 1");
    assert_eq!(at["start"]["line"], adapts);
    let unknown = session.client.diagnostics(&commune, |d| !d.is_empty());
    assert_eq!(codes(&unknown), ["plan::unknown_agency"]);

    // Put back and saved: the province's problems are as before, the commune has none.
    session.replace_all(&national, 3, &text);
    std::fs::write(&national_path, &text).expect("save");
    session.client.notify("textDocument/didSave", save);
    let fixed = session.client.diagnostics(&son_la, |d| {
        count_of(d, "plan::unknown_parent_indicator") == 0
    });
    assert_eq!(codes(&fixed), codes(&province));
    let cleared = session.client.diagnostics(&commune, |d| d.is_empty());
    assert!(cleared.is_empty());
}
