//! `plan repl` under a pseudo-terminal, as a person uses it: tab completion, a query over
//! two lines with the continuation prompt, recalling it from history with ↑, Ctrl-C, and
//! Ctrl-D to leave; the history file keeps the query.

#![cfg(unix)]

use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

struct Pty {
    master: std::fs::File,
    child: Child,
    seen: String,
    /// How much of `seen` earlier expectations consumed.
    pos: usize,
}

impl Pty {
    fn spawn(args: &[&str]) -> Pty {
        let (mut master, mut slave) = (0, 0);
        let size = libc::winsize {
            ws_row: 40,
            ws_col: 120,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        // SAFETY: openpty fills two descriptors we own from here on.
        let rc = unsafe {
            libc::openpty(
                &mut master,
                &mut slave,
                std::ptr::null_mut(),
                std::ptr::null(),
                &size,
            )
        };
        assert_eq!(rc, 0, "openpty");
        // SAFETY: both descriptors were just opened and are not used elsewhere.
        let (master, slave) =
            unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
        let slave_fd = slave.as_raw_fd();
        let mut command = crate::common::plan_command();
        command
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("TERM", "xterm")
            .env("COLUMNS", "120")
            .stdin(Stdio::from(slave.try_clone().expect("dup")))
            .stdout(Stdio::from(slave.try_clone().expect("dup")))
            .stderr(Stdio::from(slave));
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            command.pre_exec(move || {
                if libc::setsid() < 0 || libc::ioctl(slave_fd, libc::TIOCSCTTY as _, 0) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = command.spawn().expect("spawn plan repl");
        let master = std::fs::File::from(master);
        // SAFETY: a plain fcntl on a descriptor we own.
        unsafe {
            let flags = libc::fcntl(master.as_raw_fd(), libc::F_GETFL);
            libc::fcntl(master.as_raw_fd(), libc::F_SETFL, flags | libc::O_NONBLOCK);
        }
        Pty {
            master,
            child,
            seen: String::new(),
            pos: 0,
        }
    }

    fn send(&mut self, text: &str) {
        self.master
            .write_all(text.as_bytes())
            .expect("write to the pty");
        self.master.flush().expect("flush");
    }

    /// Reads until `needle` appears after what earlier expectations consumed, and consumes
    /// the output up to its end.
    fn expect(&mut self, needle: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut buf = [0u8; 4096];
        loop {
            if let Some(at) = self.seen[self.pos..].find(needle) {
                self.pos += at + needle.len();
                return;
            }
            match self.master.read(&mut buf) {
                Ok(0) => {}
                Ok(n) => self.seen.push_str(&String::from_utf8_lossy(&buf[..n])),
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    std::thread::sleep(Duration::from_millis(20))
                }
                // EIO: the child closed the terminal; nothing more will come.
                Err(_) => {}
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {needle:?}; seen after the last match:\n{}",
                &self.seen[self.pos..]
            );
        }
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

#[test]
fn completion_history_multi_line_and_control_keys() {
    let dir = tempfile::tempdir().expect("tempdir");
    let history = dir.path().join("history");
    let history_arg = history.display().to_string();
    let mut pty = Pty::spawn(&[
        "repl",
        "plans/son-la-children-2021-2030.plan",
        "plans/data/son-la-sample.csv",
        "plans/data/son-la-submissions.csv",
        "--as-of",
        "2025-06-30",
        "--history-file",
        &history_arg,
    ]);
    pty.expect("Type :help for help");
    pty.expect("plan> ");

    // Tab completes a command, then its topic.
    pty.send(":hel\t");
    pty.expect(":help");
    pty.send(" synt\t\r");
    pty.expect("A query is one of:");
    pty.expect("plan> ");

    // Tab completes a field; the query runs.
    pty.send("indicators where ow\t = congan columns id, lead\r");
    pty.expect("ldtbxh, congan");
    pty.expect("(1 row)");

    // An unfinished query continues on the next line with the continuation prompt.
    pty.send("indicators where (lead = tuphap\r");
    pty.expect("...> ");
    pty.send("or lead = vhttdl) columns id, status\r");
    pty.expect("26  achieved");
    pty.expect("(2 rows)");

    // ↑ recalls the whole query as one entry; Enter runs it again.
    pty.expect("plan> ");
    pty.send("\x1b[A");
    pty.expect("lead = vhttdl) columns id, status");
    pty.send("\r");
    pty.expect("26  achieved");
    pty.expect("(2 rows)");

    // Ctrl-C drops an unfinished query; the session goes on.
    pty.send("indicators where (lead = yte\r");
    pty.expect("...> ");
    pty.send("\x03");
    pty.expect("(query cancelled)");
    pty.send("show 1\r");
    pty.expect("Tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em");

    // A wrong query is answered with its diagnostic, and the session goes on.
    pty.send("indicators where owenr = yte\r");
    pty.expect("did you mean `owner`?");
    pty.expect("plan> ");

    // Ctrl-D leaves with status 0.
    pty.send("\x04");
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = pty.child.try_wait().expect("wait") {
            break status;
        }
        assert!(Instant::now() < deadline, "the REPL did not exit on Ctrl-D");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status:?}");
    let saved = std::fs::read_to_string(&history).expect("history file");
    assert!(
        saved.contains("indicators where (lead = tuphap or lead = vhttdl) columns id, status"),
        "{saved}"
    );
    assert!(saved.contains(":help syntax"), "{saved}");
}
