#!/usr/bin/env python3
"""Time and peak memory of `plan eval` on one data file, best of N runs.

    python3 benches/data/measure.py DATA [--plan-bin PATH] [--runs 3] [--label TEXT]

Runs `plan eval out/bench.plan DATA --as-of 2031-01-01 --keep-going --format json` (the job of
compare.py) N times, each in its own process, and prints one Markdown table row: the label,
the file's size, the best wall time, the CPU seconds (user + system) and the peak resident
memory (`ru_maxrss` from `wait4`, what `/usr/bin/time -v` reports) of that run, the other runs'
times, and the `rows read` line planlang printed. The data come from generate.py.
"""

import argparse
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(HERE, "out")


def run_once(cmd):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # wait4 gives this child's own rusage: its peak RSS, not the largest of all children.
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    rows = next((line for line in stderr.decode("utf-8", "replace").splitlines()
                 if line.startswith("data: ")), "")
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} exited {proc.returncode}:\n{stderr.decode()[-2000:]}")
    return {"seconds": seconds, "cpu": usage.ru_utime + usage.ru_stime,
            "rss_mb": usage.ru_maxrss / 1024, "rows": rows}


def main():
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target")
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data")
    ap.add_argument("--plan-bin", default=os.path.join(target, "release", "plan"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--label", default="")
    a = ap.parse_args()
    cmd = [a.plan_bin, "eval", os.path.join(OUT, "bench.plan"), a.data, "--as-of", "2031-01-01",
           "--keep-going", "--format", "json"]
    with open(a.data, "rb") as f:  # into the page cache first: every run reads from memory
        while f.read(1 << 24):
            pass
    runs = [run_once(cmd) for _ in range(max(1, a.runs))]
    best = min(runs, key=lambda r: r["seconds"])
    mb = os.path.getsize(a.data) / 1e6
    others = ", ".join(f"{r['seconds']:.2f}" for r in runs)
    print(f"| {a.label or os.path.basename(a.data)} | {mb:.1f} | {best['seconds']:.2f} | "
          f"{best['cpu']:.2f} | {best['rss_mb']:.0f} | {others} | {best['rows']} |")


if __name__ == "__main__":
    main()
