//! The workspace folders the client opened, and the plan files in them.

use std::path::{Path, PathBuf};

/// How deep below a workspace folder plan files are looked for.
const DEPTH: usize = 12;

/// How many plan files a workspace search reads at most: a folder opened by mistake (a home
/// folder) must not make a search read the whole disk.
const MOST_FILES: usize = 2000;

/// The workspace folders, as local paths.
#[derive(Clone, Debug, Default)]
pub(crate) struct Workspace {
    pub(crate) folders: Vec<PathBuf>,
}

impl Workspace {
    /// The first folder, which relative settings are taken from.
    pub(crate) fn root(&self) -> Option<&Path> {
        self.folders.first().map(PathBuf::as_path)
    }

    /// Adds a folder (once).
    pub(crate) fn add(&mut self, folder: PathBuf) {
        if !self.folders.contains(&folder) {
            self.folders.push(folder);
        }
    }

    /// Removes a folder.
    pub(crate) fn remove(&mut self, folder: &Path) {
        self.folders.retain(|f| f != folder);
    }

    /// The `*.plan` files in the folders, sorted, without those in hidden folders (`.git`) or
    /// in build output (`target`, `node_modules`).
    pub(crate) fn plan_files(&self) -> Vec<PathBuf> {
        let mut found = Vec::new();
        for folder in &self.folders {
            collect(folder, DEPTH, &mut found);
        }
        found.sort();
        found.dedup();
        found
    }
}

fn collect(folder: &Path, depth: usize, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(|entry| entry.file_name());
    for entry in entries {
        if found.len() >= MOST_FILES {
            return;
        }
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let path = entry.path();
        if kind.is_dir() {
            let skipped = name.starts_with('.') || name == "target" || name == "node_modules";
            if !skipped && depth > 0 {
                collect(&path, depth - 1, found);
            }
        } else if kind.is_file() && path.extension().is_some_and(|e| e == "plan") {
            found.push(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_files_are_found_below_the_folders_but_not_in_hidden_or_build_folders() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        for path in [
            "tỉnh.plan",
            "huyện/mộc-châu.plan",
            "huyện/ghi-chú.txt",
            ".git/x.plan",
            "target/y.plan",
        ] {
            let path = root.join(path);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(&path, "").expect("write");
        }
        let mut workspace = Workspace::default();
        workspace.add(root.to_path_buf());
        workspace.add(root.to_path_buf());
        assert_eq!(
            workspace.plan_files(),
            [root.join("huyện/mộc-châu.plan"), root.join("tỉnh.plan")]
        );
        workspace.remove(root);
        assert!(workspace.plan_files().is_empty());
    }
}
