//! How fast and how lean `parse + resolve + check` is on a large plan.
//!
//! `cargo bench --bench check_speed` generates a synthetic plan of 100,000 indicators (about
//! 54 MB; see `support/generate.rs`), checks that it has no errors, then prints:
//!
//! * the throughput of `planlang::syntax::parse` alone and of `planlang::load_str` (parse,
//!   resolve, check), best and median of a few runs, in MB/s;
//! * peak memory: how much the peak RSS grows while `load_str` runs, and the peak RSS of a whole
//!   `plan check FILE` process, each measured in a fresh process so nothing else inflates it;
//! * the whole-process time of `plan check plans/son-la-children-2021-2030.plan`.
//!
//! Options (after `--`): `--indicators N` (default 100000), `--runs N` (default 3),
//! `--write PATH` (write the generated plan to PATH and stop).

#[path = "support/generate.rs"]
mod generate;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Set on the fresh processes the bench starts: `load:PATH` or `plan:PATH`.
const CHILD_ENV: &str = "PLANLANG_BENCH_CHILD";
const SON_LA: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/plans/son-la-children-2021-2030.plan"
);
const PLAN: &str = env!("CARGO_BIN_EXE_plan");

struct Options {
    indicators: usize,
    runs: usize,
    write: Option<PathBuf>,
}

fn options() -> Options {
    let mut o = Options {
        indicators: 100_000,
        runs: 3,
        write: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--indicators" => {
                o.indicators = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .expect("--indicators N")
            }
            "--runs" => o.runs = args.next().and_then(|v| v.parse().ok()).expect("--runs N"),
            "--write" => o.write = Some(args.next().expect("--write PATH").into()),
            // `cargo bench` passes `--bench`; filters and other flags are ignored.
            _ => {}
        }
    }
    o
}

fn main() {
    if let Ok(job) = std::env::var(CHILD_ENV) {
        match job.split_once(':') {
            Some(("load", path)) => child_load(Path::new(path)),
            Some(("plan", path)) => child_plan(path),
            _ => panic!("unknown {CHILD_ENV}={job}"),
        }
        return;
    }
    let o = options();
    let started = Instant::now();
    let text = generate::generate(o.indicators);
    let generated = started.elapsed();
    if let Some(path) = &o.write {
        std::fs::write(path, &text).expect("write the plan");
        println!(
            "wrote {} indicators ({}) to {}",
            o.indicators,
            mb(text.len()),
            path.display()
        );
        return;
    }
    let size = text.len();
    println!(
        "synthetic plan: {} indicators, {size} bytes ({}), generated in {generated:.2?}",
        o.indicators,
        mb(size),
    );

    // It must check without errors: a plan full of errors would measure the error paths.
    let checked = planlang::load_str("synthetic.plan", &text);
    let tally = checked.tally();
    for d in checked.diagnostics.iter().take(5) {
        println!("  {d:?}");
    }
    assert_eq!(
        tally.errors, 0,
        "the synthetic plan must check without errors"
    );
    println!(
        "checked: {} objectives, {} indicators, {} measures, {} errors, {} warnings",
        checked.model.objectives.len(),
        checked.model.indicators.len(),
        checked.model.measures.len(),
        tally.errors,
        tally.warnings
    );
    assert_eq!(checked.model.indicators.len(), o.indicators);
    drop(checked);

    let source = planlang::Source::new("synthetic.plan", text.as_str());
    let parse = time(o.runs, || {
        let parsed = planlang::syntax::parse(&source);
        assert!(!parsed.has_syntax_errors);
        parsed
    });
    report("parse", size, &parse);
    let full = time(o.runs, || planlang::load_str("synthetic.plan", &text));
    report("parse + resolve + check (load_str)", size, &full);

    // Peak memory, each figure from a fresh process.
    let path = std::env::temp_dir().join(format!("planlang-bench-{}.plan", std::process::id()));
    std::fs::write(&path, &text).expect("write the plan to a temporary file");
    drop(text);
    drop(source);
    let path_str = path.to_str().expect("a UTF-8 temporary path");
    print!("{}", in_child("load", path_str));
    let idle = plan_peak(SON_LA);
    let big = plan_peak(path_str);
    println!(
        "plan check FILE: {:.2?} whole process, peak RSS {} = {:.2}x the file \
         (a `plan check` of the Sơn La plan peaks at {})",
        big.wall,
        mb(big.max_rss),
        big.max_rss as f64 / size as f64,
        mb(idle.max_rss),
    );
    let _ = std::fs::remove_file(&path);

    // The everyday case: the real plan, whole process, 100 runs.
    let runs = 100;
    let mut total = Duration::ZERO;
    let mut best = Duration::MAX;
    for _ in 0..runs {
        let start = Instant::now();
        let status = Command::new(PLAN)
            .args(["check", SON_LA])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("run plan");
        let wall = start.elapsed();
        assert!(status.success(), "plan check on the Sơn La plan failed");
        total += wall;
        best = best.min(wall);
    }
    println!(
        "plan check plans/son-la-children-2021-2030.plan: mean {:.2?}, best {best:.2?} \
         over {runs} runs (whole process)",
        total / runs,
    );
}

fn mb(bytes: usize) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

/// Runs `f` `runs` times after one warm-up and returns the times, sorted; what `f` returns is
/// dropped outside the timing.
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Vec<Duration> {
    drop(f());
    let mut times: Vec<Duration> = (0..runs.max(1))
        .map(|_| {
            let start = Instant::now();
            let out = f();
            let elapsed = start.elapsed();
            drop(out);
            elapsed
        })
        .collect();
    times.sort();
    times
}

fn report(what: &str, size: usize, times: &[Duration]) {
    let rate = |d: Duration| size as f64 / 1e6 / d.as_secs_f64();
    let (best, median) = (times[0], times[times.len() / 2]);
    println!(
        "{what}: best {best:.2?} ({:.1} MB/s), median {median:.2?} ({:.1} MB/s), {} runs",
        rate(best),
        rate(median),
        times.len()
    );
}

/// Runs this bench again as `CHILD_ENV=job:path` and returns what it printed.
fn in_child(job: &str, path: &str) -> String {
    let exe = std::env::current_exe().expect("the bench's own path");
    match Command::new(exe)
        .env(CHILD_ENV, format!("{job}:{path}"))
        .output()
    {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout).into_owned(),
        Ok(out) => format!(
            "{job} measurement failed: {}\n",
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(e) => format!("{job} measurement failed: {e}\n"),
    }
}

/// A field of `/proc/self/status` in bytes (`VmRSS`, `VmHWM`).
fn status_bytes(field: &str) -> usize {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<usize>().ok())
        .map_or(0, |kb| kb * 1024)
}

/// In a fresh process: read the file, reset the peak RSS, run `load_str`, report the growth.
fn child_load(path: &Path) {
    let text = std::fs::read_to_string(path).expect("read the plan");
    // Writing 5 to clear_refs resets VmHWM to the current RSS (Linux 4.0 and later).
    let reset = std::fs::write("/proc/self/clear_refs", "5").is_ok();
    let before = status_bytes("VmRSS");
    let checked = planlang::load_str("synthetic.plan", &text);
    let peak = status_bytes("VmHWM");
    let after = status_bytes("VmRSS");
    assert!(!checked.has_errors());
    let growth = peak.saturating_sub(before);
    println!(
        "load_str peak RSS growth: {} = {:.2}x the file (RSS {} before, {} at the peak, {} with \
         the result alive{})",
        mb(growth),
        growth as f64 / text.len() as f64,
        mb(before),
        mb(peak),
        mb(after),
        if reset {
            ""
        } else {
            "; clear_refs unavailable, so the peak includes reading the file"
        }
    );
    drop(checked);
}

struct Run {
    wall: Duration,
    max_rss: usize,
}

/// The peak RSS of `plan check --format short PATH`. The kernel starts a child's peak at its
/// parent's, so the measuring parent must itself be small: a fresh process runs `plan`.
fn plan_peak(path: &str) -> Run {
    let out = in_child("plan", path);
    let mut fields = out.split_whitespace().map(|f| f.parse::<u64>().ok());
    match (fields.next().flatten(), fields.next().flatten()) {
        (Some(rss), Some(nanos)) => Run {
            max_rss: rss as usize,
            wall: Duration::from_nanos(nanos),
        },
        _ => panic!("plan measurement failed: {out}"),
    }
}

/// In a fresh process: run `plan check` on `path` and print its peak RSS and wall time.
// The child is reaped by `wait4`, which also gives its resource usage; clippy only knows `wait`.
#[allow(clippy::zombie_processes)]
fn child_plan(path: &str) {
    let start = Instant::now();
    let child = Command::new(PLAN)
        .args(["check", "--format", "short", path])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("run the plan binary");
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill, and the pid is this
    // process's own child, not yet waited for.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    let wall = start.elapsed();
    assert_eq!(pid, child.id() as libc::pid_t, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) != 2,
        "plan check could not run"
    );
    println!("{} {}", usage.ru_maxrss as u64 * 1024, wall.as_nanos());
}
