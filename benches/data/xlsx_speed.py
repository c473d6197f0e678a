#!/usr/bin/env python3
"""Reading an Excel workbook: planlang against pandas.read_excel (openpyxl and calamine).

    python3 benches/data/xlsx_speed.py [--rows 100000] [--runs 3]

Run with the venv compare.py makes (`benches/data/.venv/bin/python`, after
`pip install openpyxl python-calamine` there). Writes `out/data-ROWS.xlsx` from
`out/data-ROWS.csv` (generate.py's rows: numbers typed as numbers, dates as dates, the bad
rows' values as the text they are) with openpyxl, once, then times, best of N runs, each in
its own process:

* planlang: `plan eval out/bench.plan out/data-ROWS.xlsx --as-of 2031-01-01 --keep-going
  --format json` (read, validate every row, store, evaluate: the whole job);
* pandas: `pandas.read_excel(path, engine=...)` alone, the sheet into a DataFrame, nothing
  validated: the least a Python job on the workbook has to do.

Prints one Markdown table row per tool: seconds, CPU seconds and peak RSS.
"""

import argparse
import csv
import datetime
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from measure import run_once  # noqa: E402  (one way to time a run, shared with measure.py)

ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(HERE, "out")


def write_workbook(csv_path, xlsx_path):
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("data")
    numeric = {"value", "numerator", "denominator"}
    with open(csv_path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        header = next(r for r in rows if r and not r[0].startswith("#"))
        sheet.append(header)
        for row in rows:
            cells = []
            for name, text in zip(header, row):
                if name in numeric and text:
                    try:
                        cells.append(float(text))
                        continue
                    except ValueError:
                        pass
                if name == "reported_on" and text:
                    try:
                        cells.append(datetime.date.fromisoformat(text))
                        continue
                    except ValueError:
                        pass
                cells.append(text or None)
            sheet.append(cells)
    book.save(xlsx_path)


def main():
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target")
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=100000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--plan-bin", default=os.path.join(target, "release", "plan"))
    a = ap.parse_args()
    csv_path = os.path.join(OUT, f"data-{a.rows}.csv")
    xlsx_path = os.path.join(OUT, f"data-{a.rows}.xlsx")
    if not os.path.exists(csv_path):
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), str(a.rows),
                        "--out", OUT, "--plan-bin", a.plan_bin], check=True)
    if not os.path.exists(xlsx_path):
        write_workbook(csv_path, xlsx_path)
    size = os.path.getsize(xlsx_path) / 1e6
    jobs = {
        "planlang": [a.plan_bin, "eval", os.path.join(OUT, "bench.plan"), xlsx_path,
                     "--as-of", "2031-01-01", "--keep-going", "--format", "json"],
    }
    for engine in ["openpyxl", "calamine"]:
        code = f"import pandas; pandas.read_excel({xlsx_path!r}, engine={engine!r})"
        jobs[f"pandas ({engine})"] = [sys.executable, "-c", code]
    print(f"# {a.rows:,} rows, {size:.1f} MB workbook; best of {a.runs}")
    print("| tool | seconds | CPU s | peak RSS MB | all runs (s) | rows |")
    print("|---|---:|---:|---:|---|---|")
    results = {name: [] for name in jobs}
    for _ in range(a.runs):
        for name, cmd in jobs.items():
            results[name].append(run_once(cmd))
    for name, runs in results.items():
        best = min(runs, key=lambda r: r["seconds"])
        all_runs = ", ".join(f"{r['seconds']:.2f}" for r in runs)
        print(f"| {name} | {best['seconds']:.2f} | {best['cpu']:.2f} | {best['rss_mb']:.0f} "
              f"| {all_runs} | {best['rows']} |")


if __name__ == "__main__":
    main()
