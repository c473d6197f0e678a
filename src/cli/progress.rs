//! Progress on stderr while a large data file is read, only when stderr is a terminal
//! (a pipe or a log file gets no progress lines).

use std::io::{IsTerminal, Read};
use std::time::{Duration, Instant};

/// Files smaller than this read too fast to need progress.
const LARGE: u64 = 32 << 20;

/// A reader that reports how much of the file has been read, at most a few times a second.
pub struct Progress<R> {
    inner: R,
    name: String,
    total: u64,
    read: u64,
    last: Instant,
}

impl<R: Read> Progress<R> {
    /// Wraps `inner` when progress is worth showing; `None` otherwise.
    pub fn wrap(inner: R, name: &str, total: u64) -> Result<Progress<R>, R> {
        if total < LARGE || !std::io::stderr().is_terminal() {
            return Err(inner);
        }
        Ok(Progress {
            inner,
            name: name.to_string(),
            total,
            read: 0,
            last: Instant::now(),
        })
    }
}

impl<R: Read> Read for Progress<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        if self.last.elapsed() >= Duration::from_millis(250) || n == 0 {
            self.last = Instant::now();
            let percent = self.read as f64 * 100.0 / self.total.max(1) as f64;
            let end = if n == 0 { "\n" } else { "" };
            let percent = format!("{percent:.1}");
            let reading = super::say::say(
                "cmd-reading",
                &[
                    ("name", self.name.as_str().into()),
                    (
                        "percent",
                        format!(
                            "{:>5}",
                            planlang::i18n::number(super::lang::lang(), &percent)
                        )
                        .into(),
                    ),
                ],
            );
            super::write::err(&format!("\r{reading}%{end}"));
        }
        Ok(n)
    }
}
