//! The data a hover judges an open plan's indicators by ([`ide::data`]): the files the
//! `data` setting names, else those beside the plan, read and evaluated once and kept for the
//! hovers that follow.
//!
//! What is kept is used again while everything it came from is the same: the plan's
//! analysis (a new one after each change to the plan or to a file it imports), the list of
//! files (the setting, or what lies beside the plan now), each file's size and time of last
//! change, and the day (statuses are as of today). The files are looked at on each hover, a
//! `stat` each, rather than watched: that is correct with every client, whether or not it
//! lets the server register file watches, and costs microseconds; a file that is written
//! again is read again at the next hover.

use super::analyses::Analysed;
use super::documents::FileKey;
use crate::date::Date;
use crate::ide::data::{self, PlanData};
use std::collections::HashMap;
use std::path::PathBuf;
use std::time::SystemTime;

/// The data of each open plan, as last read.
#[derive(Default)]
pub(crate) struct PlanDataCache {
    kept: HashMap<FileKey, Kept>,
}

/// One plan's data, and what they were read from.
struct Kept {
    from: Sources,
    data: Option<PlanData>,
}

/// Everything a plan's data depend on.
#[derive(PartialEq)]
struct Sources {
    /// The analysis they were evaluated against (see [`Analysed::generation`]).
    generation: u64,
    /// The files, each with its size and time of last change (`None` when it could not be
    /// looked at: missing, say).
    files: Vec<(PathBuf, Option<(u64, SystemTime)>)>,
    /// The day they were evaluated as of.
    as_of: Date,
}

impl PlanDataCache {
    /// The data of the open plan `key`, analysed as `analysed`: the files `setting` names,
    /// else those beside the plan; read and evaluated unless what was kept is still right.
    /// `None` when there are no data files.
    pub(crate) fn get(
        &mut self,
        key: &FileKey,
        analysed: &Analysed,
        setting: &[PathBuf],
    ) -> Option<&PlanData> {
        let files = match key.path() {
            Some(plan) => data::files_for(plan, setting),
            // A document that is no file has nothing beside it.
            None => setting.to_vec(),
        };
        let from = Sources {
            generation: analysed.generation,
            files: files.iter().map(|f| (f.clone(), stamp(f))).collect(),
            as_of: crate::date::today_in_vietnam(jiff::Timestamp::now()),
        };
        let fresh = self.kept.get(key).is_some_and(|kept| kept.from == from);
        if !fresh {
            let data = data::evaluate(&analysed.analysis, &files, Some(from.as_of));
            self.kept.insert(key.clone(), Kept { from, data });
        }
        self.kept.get(key).and_then(|kept| kept.data.as_ref())
    }

    /// Forgets the data of a closed plan.
    pub(crate) fn forget(&mut self, key: &FileKey) {
        self.kept.remove(key);
    }
}

/// A file's size and time of last change.
fn stamp(file: &std::path::Path) -> Option<(u64, SystemTime)> {
    let meta = std::fs::metadata(file).ok()?;
    Some((meta.len(), meta.modified().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ide::Analysis;
    use crate::source::Source;
    use std::collections::BTreeSet;
    use std::rc::Rc;

    const PLAN: &str = r#"plan "P" { document "1/KH" issuer ubnd signed 2021-01-05 period 2021..2030 }
agency ubnd "Ủy ban nhân dân"
area tinh "Tỉnh" kind province
indicator 1 "Tỷ lệ xã đạt chuẩn" { unit percent direction increase target 2030 >= 95 lead ubnd }
"#;

    /// The plan at `path` analysed, kept as the server keeps it (generation `generation`).
    fn analysed(path: &std::path::Path, generation: u64) -> Analysed {
        let source = Source::new(path.display().to_string(), PLAN);
        let analysis = Analysis::new(source, Rc::new(crate::files::Disk));
        let mut analysed = Analysed::new(analysis, BTreeSet::new());
        analysed.generation = generation;
        analysed
    }

    /// The latest value of indicator 1 in `data`.
    fn latest(data: Option<&PlanData>) -> Option<f64> {
        let evaluation = data?.evaluation.as_ref().ok()?;
        evaluation.results.first()?.latest.as_ref().map(|p| p.value)
    }

    #[test]
    fn the_data_are_read_again_only_when_the_plan_or_a_file_changes() {
        let dir = tempfile::tempdir().expect("a folder");
        let plan = dir.path().join("p.plan");
        std::fs::write(&plan, PLAN).expect("written");
        let csv = dir.path().join("p.csv");
        std::fs::write(&csv, "indicator,area,period,value\n1,tinh,2024,81\n").expect("written");
        let key = FileKey::named(&plan.display().to_string());
        let mut cache = PlanDataCache::default();
        let first = analysed(&plan, 1);
        assert_eq!(latest(cache.get(&key, &first, &[])), Some(81.0));
        // Written again with the same size and time of change: what was kept is used.
        let modified = std::fs::metadata(&csv).and_then(|m| m.modified());
        let modified = modified.expect("a time of change");
        let same_size = "indicator,area,period,value\n1,tinh,2024,82\n";
        std::fs::write(&csv, same_size).expect("written");
        let file = std::fs::File::options()
            .write(true)
            .open(&csv)
            .expect("open");
        file.set_modified(modified).expect("time set");
        assert_eq!(latest(cache.get(&key, &first, &[])), Some(81.0));
        // A new analysis of the plan reads them again.
        assert_eq!(
            latest(cache.get(&key, &analysed(&plan, 2), &[])),
            Some(82.0)
        );
        // So does a change to the file.
        let later = modified + std::time::Duration::from_secs(5);
        std::fs::write(&csv, "indicator,area,period,value\n1,tinh,2024,90\n").expect("written");
        file.set_modified(later).expect("time set");
        assert_eq!(
            latest(cache.get(&key, &analysed(&plan, 2), &[])),
            Some(90.0)
        );
        // The setting names other files; none found, no data.
        let other = dir.path().join("other.csv");
        std::fs::write(&other, "indicator,area,period,value\n1,tinh,2024,70\n").expect("written");
        let setting = [other.clone()];
        assert_eq!(
            latest(cache.get(&key, &analysed(&plan, 2), &setting)),
            Some(70.0)
        );
        std::fs::remove_file(&csv).expect("removed");
        assert!(cache.get(&key, &analysed(&plan, 2), &[]).is_none());
        // A missing file of the setting is one of the data's problems.
        std::fs::remove_file(&other).expect("removed");
        let data = cache
            .get(&key, &analysed(&plan, 2), &setting)
            .expect("data");
        assert_eq!(data.problems.len(), 1);
        assert!(data.problems[0].unusable.is_some());
        cache.forget(&key);
        assert!(cache.kept.is_empty());
    }
}
