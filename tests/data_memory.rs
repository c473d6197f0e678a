//! Large JSON files stream (issue 3): loading one takes memory for the keys kept, not for
//! the rows read. Rows are generated on the fly by a reader, so the input is never held
//! whole; a counting global allocator measures the most memory live during each load.
//! 20 times the rows over the same keys must not take more memory.
//!
//! (CSV streams too, but validates batches of rows on every core, so its memory is bounded
//! by the batches in flight, which depends on the number of cores and on scheduling: the
//! benchmark in benches/data measures it, 1M against 10M rows.)
//!
//! This file holds a single test: the allocator counts every thread of the test binary,
//! and a second test running beside it would blur the figures.

use planlang::data::{DataSet, LoadOptions};
use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Read;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = LIVE.fetch_add(by, Relaxed) + by;
    PEAK.fetch_max(now, Relaxed);
}

// SAFETY: every call is passed to the system allocator unchanged; only sizes are counted.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        unsafe { System.dealloc(p, layout) };
        LIVE.fetch_sub(layout.size(), Relaxed);
    }

    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let q = unsafe { System.realloc(p, layout, new_size) };
        if !q.is_null() {
            if new_size > layout.size() {
                grew(new_size - layout.size());
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Relaxed);
            }
        }
        q
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const PLAN: &str = r#"plan "Kế hoạch thử" { document "1/KH" issuer ubnd signed 2021-01-05 period 2021..2030 }
agency ubnd "Ủy ban nhân dân tỉnh"
area tinh "Tỉnh" kind province
area huyen_a "Huyện A" in tinh kind district
area huyen_b "Huyện B" in tinh kind district
objective a "Sức khỏe trẻ em" source "II.1"
indicator 1 "Tỷ lệ trẻ em được tiêm chủng đầy đủ" {
    objective a  unit percent  direction increase  target 2025 >= 95  lead ubnd  source "II.1"
}
"#;

/// `rows` data rows over 33 keys (3 areas × 11 years), each key always with the same value
/// (a duplicate is accepted and changes nothing), written as a JSON array as they are read.
struct Rows {
    rows: u64,
    next: u64,
    text: Vec<u8>,
    at: usize,
    done: bool,
    bytes: u64,
}

impl Rows {
    fn new(rows: u64) -> Rows {
        Rows {
            rows,
            next: 0,
            text: b"[\n".to_vec(),
            at: 0,
            done: false,
            bytes: 0,
        }
    }

    fn refill(&mut self) {
        self.text.clear();
        self.at = 0;
        if self.next == self.rows {
            if !self.done {
                self.text.extend_from_slice(b"\n]\n");
            }
            self.done = true;
            return;
        }
        let n = self.next;
        self.next += 1;
        let area = ["tinh", "huyen_a", "huyen_b"][(n % 3) as usize];
        let year = 2020 + (n / 3) % 11;
        let value = 50 + (n % 33);
        let row = format!(
            "{}{{\"indicator\": \"1\", \"area\": \"{area}\", \"period\": \"{year}\", \"value\": {value}}}",
            if n == 0 { "" } else { ",\n" }
        );
        self.text.extend_from_slice(row.as_bytes());
    }
}

impl Read for Rows {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.at == self.text.len() {
            if self.done {
                return Ok(0);
            }
            self.refill();
        }
        let n = (self.text.len() - self.at).min(buf.len());
        buf[..n].copy_from_slice(&self.text[self.at..self.at + n]);
        self.at += n;
        self.bytes += n as u64;
        Ok(n)
    }
}

/// Loads `rows` generated rows; the most memory live during the load beyond what was live
/// before it, and the size of the input.
fn peak_while_loading(model: &planlang::Model, rows: u64) -> (usize, u64) {
    let mut set = DataSet::default();
    let mut input = Rows::new(rows);
    let before = LIVE.load(Relaxed);
    PEAK.store(before, Relaxed);
    set.load_json(model, "rows.json", &mut input, LoadOptions::default());
    let peak = PEAK.load(Relaxed) - before;
    assert!(set.errors.is_empty(), "{:#?}", &set.errors[..1]);
    assert_eq!((set.rows_read, set.accepted), (rows, rows));
    assert_eq!(set.store.entries.len(), 33);
    (peak, input.bytes)
}

#[test]
fn memory_follows_the_keys_not_the_rows() {
    let checked = planlang::load_str("test.plan", PLAN);
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    let model = &checked.model;
    let (small, small_bytes) = peak_while_loading(model, 10_000);
    let (large, large_bytes) = peak_while_loading(model, 200_000);
    eprintln!(
        "10,000 rows ({small_bytes} bytes): peak {small} bytes; 200,000 rows ({large_bytes} bytes): peak {large} bytes"
    );
    // The same keys, 20 times the rows: not a byte more.
    assert!(
        large <= small,
        "{large} bytes for 200,000 rows against {small} for 10,000"
    );
    // Far less than the input (13.8 MB): it is never held whole.
    assert!(
        (large as u64) < large_bytes / 20,
        "{large} bytes live for a {large_bytes}-byte input"
    );
}
