//! A small client of `plan lsp` for the tests: it starts the binary, speaks JSON-RPC with
//! `Content-Length` framing over its standard input and output, and waits for answers and
//! notifications with a timeout, so that a server that stops answering fails the test rather
//! than hanging it. The server is killed when the client is dropped.

use serde_json::{json, Value};
use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, ExitStatus, Stdio};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

/// How long any answer or notification may take before the test fails.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// A running `plan lsp` and what it has sent that no one has looked at yet.
pub struct Client {
    child: Child,
    stdin: Option<ChildStdin>,
    incoming: Receiver<Value>,
    /// Messages received while waiting for another, in order.
    unread: VecDeque<Value>,
    next_id: i64,
}

impl Client {
    /// Starts `plan lsp` (with `args` after `lsp`) in `dir`.
    pub fn start(dir: &Path, args: &[&str]) -> Client {
        let mut child = super::plan_command()
            .arg("lsp")
            .args(args)
            .current_dir(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start plan lsp");
        let stdout = child.stdout.take().expect("stdout");
        let (send, incoming) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(message) = read_message(&mut reader) {
                if send.send(message).is_err() {
                    break;
                }
            }
        });
        Client {
            stdin: child.stdin.take(),
            child,
            incoming,
            unread: VecDeque::new(),
            next_id: 0,
        }
    }

    /// Writes one message.
    pub fn send(&mut self, message: &Value) {
        let body = serde_json::to_string(message).expect("json");
        let stdin = self.stdin.as_mut().expect("stdin open");
        write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).expect("write to plan lsp");
        stdin.flush().expect("flush");
    }

    /// Sends a notification.
    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    /// Sends a request and returns the whole response (`result` or `error`).
    pub fn request_raw(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(&json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        self.wait(&format!("the answer to {method}"), |m| {
            m.get("id") == Some(&json!(id)) && m.get("method").is_none()
        })
    }

    /// Sends a request and returns its result; an error answer fails the test.
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let response = self.request_raw(method, params);
        assert!(response.get("error").is_none(), "{method}: {response}");
        response["result"].clone()
    }

    /// The first message (read before or after) that `wanted` accepts; the others stay
    /// unread, in order. Fails the test after [`PATIENCE`].
    pub fn wait(&mut self, what: &str, wanted: impl Fn(&Value) -> bool) -> Value {
        if let Some(at) = self.unread.iter().position(&wanted) {
            return self.unread.remove(at).expect("present");
        }
        let deadline = Instant::now() + PATIENCE;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.incoming.recv_timeout(left) {
                Ok(message) => {
                    // A request of the server's (registering a watch) is answered at once.
                    if message.get("id").is_some() && message.get("method").is_some() {
                        let id = message["id"].clone();
                        self.send(&json!({ "jsonrpc": "2.0", "id": id, "result": null }));
                    }
                    if wanted(&message) {
                        return message;
                    }
                    self.unread.push_back(message);
                }
                Err(RecvTimeoutError::Timeout) => panic!(
                    "no {what} after {PATIENCE:?}; received meanwhile: {:#?}",
                    self.unread
                ),
                Err(RecvTimeoutError::Disconnected) => panic!(
                    "plan lsp closed its output while the test waited for {what}; received: {:#?}",
                    self.unread
                ),
            }
        }
    }

    /// The next `textDocument/publishDiagnostics` for `uri` that `wanted` accepts: its
    /// diagnostics (earlier ones for the same file are dropped on the way).
    pub fn diagnostics(&mut self, uri: &str, wanted: impl Fn(&[Value]) -> bool) -> Vec<Value> {
        let message = self.wait(&format!("diagnostics of {uri} as wanted"), |m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["diagnostics"]
                    .as_array()
                    .is_some_and(|list| wanted(list))
        });
        message["params"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// The handshake: `initialize` with `capabilities` and `options`, for the workspace
    /// `root`, then `initialized`; the server's answer.
    pub fn initialize(&mut self, root: &Path, capabilities: Value, options: Value) -> Value {
        let root_uri = file_uri(root);
        let result = self.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": root_uri,
                "workspaceFolders": [{ "uri": root_uri, "name": "kế hoạch" }],
                "capabilities": capabilities,
                "initializationOptions": options,
            }),
        );
        self.notify("initialized", json!({}));
        result
    }

    /// Opens `path` with its text on disk; its URI.
    pub fn open(&mut self, path: &Path) -> String {
        let uri = file_uri(path);
        let text = std::fs::read_to_string(path).expect("read the plan");
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": "planlang", "version": 1, "text": text } }),
        );
        uri
    }

    /// `shutdown`, then `exit`; the server's exit status.
    pub fn shut_down(mut self) -> ExitStatus {
        let answer = self.request_raw("shutdown", Value::Null);
        assert_eq!(answer["result"], Value::Null, "{answer}");
        self.notify("exit", Value::Null);
        self.exit_status()
    }

    /// The status the server exits with (it must exit within [`PATIENCE`]).
    pub fn exit_status(&mut self) -> ExitStatus {
        drop(self.stdin.take());
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(status) = self.child.try_wait().expect("wait for plan lsp") {
                return status;
            }
            assert!(Instant::now() < deadline, "plan lsp did not exit");
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One message of the `Content-Length` framing; `None` at the end of the stream.
fn read_message(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(value) = line.strip_prefix("Content-Length: ") {
            length = value.parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

/// The `file:` URI of an absolute path, every byte but the unreserved ones and `/`
/// percent-encoded (as VS Code writes them).
pub fn file_uri(path: &Path) -> String {
    let mut uri = String::from("file://");
    for byte in path.to_str().expect("a UTF-8 path").bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            uri.push(byte as char);
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri
}

/// The UTF-16 column of byte `offset` of `line`.
pub fn utf16_column(line: &str, offset: usize) -> u64 {
    line[..offset].encode_utf16().count() as u64
}
