//! `plan lsp` driven through its protocol, as an editor drives it: the real binary, framed
//! JSON-RPC on its standard streams (tests/common/lsp.rs). The Sơn La plan and the national
//! program it imports are copied into a folder with a Vietnamese name, so every URI carries
//! percent-encoded UTF-8. Each test starts its own server ([`Session::start`]); a new feature
//! adds a test that starts one and asks it.

use crate::common::lsp::{file_uri, utf16_column, Client};
use crate::common::run_in;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

const SON_LA: &str = "son-la-children-2021-2030.plan";
const NATIONAL: &str = "national/children-2021-2030.plan";

/// A server with the Sơn La plan and its import copied into a fresh workspace.
struct Session {
    client: Client,
    /// The workspace folder (`…/kế hoạch`).
    root: PathBuf,
    /// The server's answer to `initialize`.
    initialized: Value,
    _dir: tempfile::TempDir,
}

impl Session {
    /// Starts a server for the workspace, the client offering `capabilities` and setting
    /// `options`.
    fn start(capabilities: Value, options: Value) -> Session {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().join("kế hoạch");
        let plans = Path::new(env!("CARGO_MANIFEST_DIR")).join("plans");
        std::fs::create_dir_all(root.join("national")).expect("mkdir");
        for file in [SON_LA, NATIONAL] {
            std::fs::copy(plans.join(file), root.join(file)).expect("copy the plan");
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
