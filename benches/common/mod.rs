//! What the benches share: how many runs they are asked for, and the figures read from the
//! times of one step.

use std::time::Duration;

/// The runs asked for with `--runs N` (after `--`), else `default`.
pub fn runs(default: usize) -> usize {
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--runs" {
            return args.next().and_then(|v| v.parse().ok()).expect("--runs N");
        }
    }
    default
}

/// A duration in milliseconds.
pub fn millis(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The times one step took, sorted, to read its figures from (in milliseconds).
pub struct Times(Vec<Duration>);

impl Times {
    /// Takes the times of at least one run.
    pub fn new(mut times: Vec<Duration>) -> Times {
        assert!(!times.is_empty(), "a step timed at least once");
        times.sort();
        Times(times)
    }

    /// The time `q` of the runs took at most (0.5: the median, 0.95, 0.99), by nearest rank.
    pub fn percentile(&self, q: f64) -> f64 {
        let rank = ((self.0.len() - 1) as f64 * q).round() as usize;
        millis(self.0[rank])
    }

    /// The median.
    pub fn median(&self) -> f64 {
        self.percentile(0.5)
    }

    /// The mean.
    pub fn mean(&self) -> f64 {
        millis(self.0.iter().sum::<Duration>()) / self.0.len() as f64
    }

    /// The fastest run.
    pub fn best(&self) -> f64 {
        millis(self.0[0])
    }

    /// The slowest run.
    pub fn worst(&self) -> f64 {
        millis(self.0[self.0.len() - 1])
    }
}
