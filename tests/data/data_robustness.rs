//! No input panics the data readers: every prefix of a JSON and a CSV data file, and
//! thousands of random byte edits of them, load with `rows_read == accepted + rejected`
//! and every problem placed on a line of the file.

use crate::seen::all;
use planlang::data::{DataSet, LoadOptions};
use planlang::Model;

/// What these tests add to the shared start of the plan: a yearly report.
const PLAN_REST: &str = r#"report bc_nam "Báo cáo năm" { period year  due before 05/12  from yte, gddt  to ubnd }
"#;

const JSON: &str = r#"{ "decimal": "comma", "note": {"a": [1, "}"]}, "observations": [
  {"indicator": "1", "area": "tinh", "period": "2023", "value": "80,5", "sex": "female"},
  {"indicator": "2", "area": "huyen_a", "period": "2023-Q2", "numerator": 11, "denominator": 1000,
   "status": "final", "reported_by": "yte", "reported_on": "2023-07-01", "source": "Sổ \"A1\""},
  [1, 2], "x", 3.5e2, null, true,
  {"indicator": "births", "area": "tinh", "period": "2023-07", "value": 1234}
] }
"#;

const CSV: &str = "#decimal=comma
indicator,area,period,value,numerator,denominator,status,source,reported_by,reported_on,sex
1,tinh,2023,\"80,5\",,,final,\"Sổ \"\"A1\"\"\",yte,2023-12-01,female
2,huyen_a,2023-Q2,,11,1000,provisional,,yte,2023-07-01,
births,tinh,2023-07,1234,,,,,,,
";

/// A small deterministic generator (xorshift64*), so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn model() -> Model {
    crate::support::model_of(PLAN_REST)
}

/// Loads `bytes` as JSON or CSV; the counts must add up and every problem sit on a line
/// of the input.
fn load(model: &Model, bytes: &[u8], json: bool) {
    let mut set = DataSet::default();
    if json {
        set.load_json(model, "x.json", bytes, LoadOptions::default());
    } else {
        set.load_csv(model, "x.csv", bytes, LoadOptions::default());
    }
    let input = String::from_utf8_lossy(bytes);
    assert_eq!(
        set.rows_read,
        set.accepted + set.rejected,
        "{input:?}\n{:#?}",
        set.errors
    );
    // Lines end at LF, CRLF or a lone CR, as the reader counts them.
    let lines = bytes
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\r' || (b == b'\n' && (i == 0 || bytes[i - 1] != b'\r')))
        .count() as u64
        + 1;
    for e in all(&set.errors).iter().chain(&all(&set.warnings)) {
        assert!(
            (1..=lines).contains(&e.line),
            "line {} of {lines}: {}\n{input:?}",
            e.line,
            e.message
        );
    }
}

#[test]
fn every_prefix_loads_without_panic() {
    let model = model();
    for (text, json) in [(JSON, true), (CSV, false)] {
        for end in 0..=text.len() {
            load(&model, &text.as_bytes()[..end], json);
        }
    }
}

#[test]
fn random_byte_edits_load_without_panic() {
    let model = model();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    // Bytes that matter to the readers, and a few that are not UTF-8.
    let interesting = b"{}[],:\"\\\n\r ;#0.-eE\xff\xc3\xa1\xef\xbb\xbf";
    for (text, json) in [(JSON, true), (CSV, false)] {
        for _ in 0..3000 {
            let mut bytes = text.as_bytes().to_vec();
            for _ in 0..1 + rng.below(4) {
                let at = rng.below(bytes.len());
                let byte = interesting[rng.below(interesting.len())];
                match rng.below(3) {
                    0 => bytes[at] = byte,
                    1 => bytes.insert(at, byte),
                    _ => {
                        bytes.remove(at);
                    }
                }
                if bytes.is_empty() {
                    break;
                }
            }
            load(&model, &bytes, json);
        }
    }
}
