//! The programs some tests need that planlang does not ship (LibreOffice, poppler, Chromium,
//! Node.js, Neovim): found on the PATH, or `None` with one line on stderr, said once per
//! program, so that the tests that need it skip. With the program's variable set (CI sets
//! them, after installing the programs in `.ci/run`), a missing program fails the test instead.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::PathBuf;
use std::sync::Mutex;

/// A program some tests need.
pub struct Program {
    /// The names it is installed under; the first found on the PATH is taken.
    pub names: &'static [&'static str],
    /// The variable that makes its absence a failure.
    pub require: &'static str,
    /// What the tests that need it check, as the line that says they were skipped puts it.
    pub checks: &'static str,
    /// The Debian package that installs it.
    pub package: &'static str,
}

/// Whether `variable` is set to something: a test that needs what it names must not skip.
pub fn required(variable: &str) -> bool {
    std::env::var_os(variable).is_some_and(|v| !v.is_empty())
}

impl Program {
    /// The program's path, or `None` (said once) when it is not on the PATH.
    pub fn find(&self) -> Option<PathBuf> {
        let found = std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .flat_map(|dir| self.names.iter().map(move |name| dir.join(name)))
                .find(|p| p.is_file())
        });
        if found.is_none() {
            self.missing(&format!("`{}` is not on the PATH", self.names[0]));
        }
        found
    }

    /// Fails the test when the program is required, else says once that its checks were
    /// skipped, and `why`.
    pub fn missing(&self, why: &str) {
        let (require, package) = (self.require, self.package);
        if required(require) {
            panic!("{require} is set, but {why}: install it (Debian: apt-get install {package})");
        }
        static SAID: Mutex<BTreeSet<&str>> = Mutex::new(BTreeSet::new());
        let first = SAID
            .lock()
            .map(|mut said| said.insert(self.names[0]))
            .unwrap_or(false);
        if first {
            let _ = writeln!(
                std::io::stderr(),
                "note: {} were skipped: {why} (apt-get install {package} to run them)",
                self.checks
            );
        }
    }
}
