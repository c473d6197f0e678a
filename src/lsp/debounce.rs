//! When to check what has changed: once the client has been quiet for [`QUIET`], so that a
//! burst of changes (a paste that arrives as several, a client that sends each keystroke of
//! a fast typist) is analysed once, at its last version, and never later than [`LONGEST`]
//! after the first change, so that a client that never pauses still sees its diagnostics.

use std::time::{Duration, Instant};

/// How long the client must be quiet before the changes are analysed. Short: one change
/// alone waits this long before its diagnostics, and an analysis of the Sơn La plan with its
/// import takes a few milliseconds; a burst sent at once arrives well within it.
pub const QUIET: Duration = Duration::from_millis(3);

/// How long after the first change of a burst the changes are analysed, however busy the
/// client is.
pub const LONGEST: Duration = Duration::from_millis(60);

/// The changes waiting to be analysed: when the first and the last came.
#[derive(Debug)]
pub struct Debounce {
    quiet: Duration,
    longest: Duration,
    waiting: Option<(Instant, Instant)>,
}

impl Debounce {
    /// Waits `quiet` after the last change, `longest` at most after the first.
    pub fn new(quiet: Duration, longest: Duration) -> Debounce {
        Debounce {
            quiet,
            longest,
            waiting: None,
        }
    }

    /// A change came at `now`.
    pub fn changed(&mut self, now: Instant) {
        let first = self.waiting.map_or(now, |(first, _)| first);
        self.waiting = Some((first, now));
    }

    /// How long to wait for the next message before analysing: `None` when nothing waits (wait
    /// for as long as the client is silent), zero when the changes are due now.
    pub fn wait(&self, now: Instant) -> Option<Duration> {
        let (first, last) = self.waiting?;
        let due = (last + self.quiet).min(first + self.longest);
        Some(due.saturating_duration_since(now))
    }

    /// The changes are being analysed.
    pub fn settled(&mut self) {
        self.waiting = None;
    }
}

impl Default for Debounce {
    fn default() -> Self {
        Debounce::new(QUIET, LONGEST)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    #[test]
    fn nothing_waits_until_a_change_comes() {
        let debounce = Debounce::new(ms(3), ms(60));
        assert_eq!(debounce.wait(Instant::now()), None);
    }

    #[test]
    fn each_change_of_a_burst_puts_the_analysis_off_by_the_quiet_time() {
        let start = Instant::now();
        let mut debounce = Debounce::new(ms(3), ms(60));
        debounce.changed(start);
        assert_eq!(debounce.wait(start), Some(ms(3)));
        assert_eq!(debounce.wait(start + ms(1)), Some(ms(2)));
        debounce.changed(start + ms(2));
        assert_eq!(debounce.wait(start + ms(2)), Some(ms(3)));
        assert_eq!(debounce.wait(start + ms(9)), Some(Duration::ZERO));
        debounce.settled();
        assert_eq!(debounce.wait(start + ms(9)), None);
    }

    #[test]
    fn a_client_that_never_pauses_is_answered_after_the_longest_wait() {
        let start = Instant::now();
        let mut debounce = Debounce::new(ms(3), ms(60));
        for step in 0..40 {
            debounce.changed(start + ms(2 * step));
        }
        // The last change came at 78 ms; the first at 0: due at 60 ms.
        assert_eq!(debounce.wait(start + ms(78)), Some(Duration::ZERO));
        assert_eq!(debounce.wait(start + ms(50)), Some(ms(10)));
    }
}
