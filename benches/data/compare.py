#!/usr/bin/env python3
"""Data-loading speed: planlang against DuckDB, polars and pandas (issue 3).

    python3 benches/data/compare.py [--sizes 1000000,10000000] [--runs 3] [--tools ...]

1. creates a venv in benches/data/.venv (if absent) and `pip install duckdb pandas polars`;
2. builds target/release/plan (`cargo build --release`) unless --no-build;
3. generates bench.plan and the data files with benches/data/generate.py (cached in
   benches/data/out/, which is gitignored);
4. for each size, runs each tool in its own process, round-robin, --runs times, and prints
   the best run of each: seconds (wall), MB/s, peak RSS (ru_maxrss of that process), CPU
   seconds (user + sys), the most threads seen in /proc/PID/task while it ran, and the CPU
   other processes used meanwhile (`other load`, in cores: the machine may be shared);
   `--wait-quiet SECONDS` (default 15) waits before each run for the machine to go quiet.

The jobs:

* planlang: `plan eval bench.plan data.csv --as-of 2031-01-01 --keep-going --format json`
  (read, validate every row, keep one value per key with revisions, aggregate communes ->
  districts -> province, judge all 62 targets, write the JSON to out/last-planlang.out);
* duckdb / polars / pandas: `compare.py --job TOOL DATA META` (run with the venv's python):
  read the CSV as text; keep rows whose indicator is a measure of the plan (not a composite),
  whose area is an area of the plan, whose period is YYYY or YYYY-H1/H2 within 2020..2030,
  whose status / reported_by are empty or known, whose reported_on is empty or a date, and
  whose value (or numerator / denominator * the formula's factor, denominator > 0) is a
  number inside the unit's range; keep per (indicator, area, period) the row with the
  latest reported_on (duplicates and revisions, as planlang); then per indicator the
  province's series (its own rows; for formula indicators the numerators and denominators
  summed over the areas below it) and its first and last value in planlang's period order
  (2023-H1 < 2023 < 2023-H2). Each prints rows read / accepted / rejected and a checksum of
  the per-indicator result, which compare.py checks is the same for every tool (and
  against planlang's baselines). polars runs its streaming engine (BENCH_POLARS_ENGINE=
  in-memory to compare: slower and bigger here).
"""

import argparse
import hashlib
import json
import os
import platform
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
VENV = os.path.join(HERE, ".venv")
VPY = os.path.join(VENV, "bin", "python")
OUT = os.path.join(HERE, "out")
# cargo builds into $CARGO_TARGET_DIR when it is set (a target directory shared by worktrees).
PLAN_BIN = os.path.join(os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target"),
                        "release", "plan")
TOOLS = ["planlang", "duckdb", "polars", "pandas"]
AS_OF = "2031-01-01"


# ----------------------------------------------------------------------------- the jobs

PERIOD_RE = r"^[0-9]{4}(-H[12])?$"


def load_meta(path):
    meta = json.load(open(path, encoding="utf-8"))
    measures = meta["measures"]
    return meta, {
        "id": [m["id"] for m in measures],
        "lo": [float(m["min"]) for m in measures],
        "hi": [float(m["max"]) for m in measures],
        "factor": [m["formula"]["factor"] if m["formula"] else None for m in measures],
    }


def report(rows, accepted, result):
    """result: [(indicator, first period, first value, last period, last value)]."""
    result = sorted(result)
    text = ";".join(f"{i}|{p0}|{v0:.6g}|{p1}|{v1:.6g}" for i, p0, v0, p1, v1 in result)
    print(json.dumps({"rows": rows, "accepted": accepted, "rejected": rows - accepted,
                      "indicators": len(result),
                      "checksum": hashlib.sha1(text.encode()).hexdigest()[:12],
                      "result": result}))


def job_duckdb(data, meta_path):
    import duckdb
    meta, ind = load_meta(meta_path)
    con = duckdb.connect()
    con.execute("CREATE TABLE ind (indicator VARCHAR, lo DOUBLE, hi DOUBLE, factor DOUBLE)")
    con.executemany("INSERT INTO ind VALUES (?, ?, ?, ?)",
                    list(zip(ind["id"], ind["lo"], ind["hi"], ind["factor"])))
    con.execute("CREATE TABLE areas (area VARCHAR, below BOOLEAN)")
    con.executemany("INSERT INTO areas VALUES (?, ?)",
                    [(a["id"], a["id"] != meta["province"]) for a in meta["areas"]])
    statuses = ", ".join(f"'{s}'" for s in meta["statuses"])
    agencies = ", ".join(f"'{a}'" for a in meta["agencies"])
    # One scan of the file, aggregated as it streams: rows are grouped by (valid, key), so
    # the counts of rows read and accepted and the kept value per key (latest reported_on)
    # come from the same pass and memory grows with the keys, not the rows.
    con.execute(f"""
    CREATE TABLE kept AS
    WITH checked AS (
      SELECT r.indicator, r.area, r.period, i.lo, i.hi, i.factor, a.below,
             r.value IS NULL AS no_value,
             TRY_CAST(r.value AS DOUBLE) AS value,
             TRY_CAST(r.numerator AS DOUBLE) AS n, TRY_CAST(r.denominator AS DOUBLE) AS d,
             TRY_CAST(r.reported_on AS DATE) AS ro, r.reported_on IS NULL AS no_date,
             r.status, r.reported_by
      FROM read_csv(?, header = true, skip = 1, all_varchar = true, delim = ',', quote = '"', escape = '"') r
      LEFT JOIN ind i USING (indicator)
      LEFT JOIN areas a USING (area)
    ), valued AS (
      SELECT *, CASE WHEN no_value AND factor IS NOT NULL THEN n / d * factor ELSE value END AS v
      FROM checked
    ), judged AS (
      SELECT *, coalesce(lo IS NOT NULL AND below IS NOT NULL
        AND regexp_full_match(period, '[0-9]{{4}}(-H[12])?')
        AND CAST(substr(period, 1, 4) AS INTEGER) BETWEEN {meta['first_year']} AND {meta['last_year']}
        AND (status IS NULL OR status IN ({statuses}))
        AND (reported_by IS NULL OR reported_by IN ({agencies}))
        AND (no_date OR ro IS NOT NULL)
        AND (NOT no_value OR (n >= 0 AND d > 0))
        AND v BETWEEN lo AND hi, false) AS good,
        coalesce(ro, DATE '0001-01-01') AS ro_key
      FROM valued
    )
    SELECT good, indicator, area, period, count(*) AS rows, any_value(below) AS below,
           any_value(factor) AS factor, arg_max(v, ro_key) AS v, arg_max(n, ro_key) AS n,
           arg_max(d, ro_key) AS d
    FROM judged GROUP BY good, indicator, area, period
    """, [data])
    rows, accepted = con.execute(
        "SELECT coalesce(sum(rows), 0), coalesce(sum(rows) FILTER (WHERE good), 0) FROM kept").fetchone()
    result = con.execute("""
    WITH series AS (
      SELECT indicator, period, v FROM kept WHERE good AND factor IS NULL AND NOT below
      UNION ALL
      SELECT indicator, period, sum(n) / sum(d) * any_value(factor) FROM kept
      WHERE good AND factor IS NOT NULL AND below GROUP BY indicator, period
    ), keyed AS (
      SELECT *, CAST(substr(period, 1, 4) AS INTEGER) * 3 +
               CASE WHEN period LIKE '%-H1' THEN 0 WHEN period LIKE '%-H2' THEN 2 ELSE 1 END AS t
      FROM series
    )
    SELECT indicator, arg_min(period, t), arg_min(v, t), arg_max(period, t), arg_max(v, t)
    FROM keyed GROUP BY indicator
    """).fetchall()
    report(int(rows), int(accepted), result)


def polars_kept(data, meta, ind):
    """The lazy query of the polars job up to the kept value per key."""
    import datetime
    import polars as pl
    measures = pl.DataFrame({"indicator": ind["id"], "lo": ind["lo"], "hi": ind["hi"],
                             "factor": ind["factor"]},
                            schema={"indicator": pl.String, "lo": pl.Float64,
                                    "hi": pl.Float64, "factor": pl.Float64}).lazy()
    areas = pl.DataFrame({"area": [a["id"] for a in meta["areas"]],
                          "below": [a["id"] != meta["province"] for a in meta["areas"]]}).lazy()
    c = pl.col
    year = c("period").str.slice(0, 4).cast(pl.Int32, strict=False)
    # One lazy query over the file, grouped by (valid, key) as in the DuckDB job: the counts
    # and the kept value per key (latest reported_on) come from the same pass.
    return (
        pl.scan_csv(data, skip_rows=1, infer_schema=False)
        .join(measures, on="indicator", how="left")
        .join(areas, on="area", how="left")
        .with_columns(
            value=c("value").cast(pl.Float64, strict=False),
            n=c("numerator").cast(pl.Float64, strict=False),
            d=c("denominator").cast(pl.Float64, strict=False),
            ro=c("reported_on").str.to_date("%Y-%m-%d", strict=False),
        )
        .with_columns(v=pl.when(c("value").is_null() & c("factor").is_not_null())
                      .then(c("n") / c("d") * c("factor")).otherwise(c("value")))
        .with_columns(
            good=(c("lo").is_not_null() & c("below").is_not_null()
                  & c("period").str.contains(PERIOD_RE)
                  & year.is_between(meta["first_year"], meta["last_year"])
                  & (c("status").is_null() | c("status").is_in(meta["statuses"]))
                  & (c("reported_by").is_null() | c("reported_by").is_in(meta["agencies"]))
                  & (c("reported_on").is_null() | c("ro").is_not_null())
                  & (c("value").is_not_null() | ((c("n") >= 0) & (c("d") > 0)))
                  & c("v").is_between(c("lo"), c("hi"))).fill_null(False),
            ro_key=c("ro").fill_null(datetime.date(1, 1, 1)),
        )
        .group_by("good", "indicator", "area", "period")
        .agg(pl.len().alias("rows"), c("below").first(), c("factor").first(),
             c("v").max_by("ro_key"), c("n").max_by("ro_key"), c("d").max_by("ro_key"))
    )


def job_polars(data, meta_path):
    import polars as pl
    meta, ind = load_meta(meta_path)
    c = pl.col
    kept = polars_kept(data, meta, ind).collect(
        engine=os.environ.get("BENCH_POLARS_ENGINE", "streaming"))
    rows = int(kept["rows"].sum())
    accepted = int(kept.filter(c("good"))["rows"].sum())
    kept = kept.lazy().filter(c("good"))
    own = kept.filter(c("factor").is_null() & ~c("below")).select("indicator", "period", "v")
    summed = (kept.filter(c("factor").is_not_null() & c("below"))
              .group_by("indicator", "period")
              .agg((c("n").sum() / c("d").sum() * c("factor").first()).alias("v")))
    half = c("period").str.slice(5)
    t = (c("period").str.slice(0, 4).cast(pl.Int32) * 3
         + pl.when(half == "H1").then(0).when(half == "H2").then(2).otherwise(1))
    result = (
        pl.concat([own, summed]).with_columns(t=t)
        .group_by("indicator")
        .agg(c("period").get(c("t").arg_min()).alias("p0"), c("v").get(c("t").arg_min()).alias("v0"),
             c("period").get(c("t").arg_max()).alias("p1"), c("v").get(c("t").arg_max()).alias("v1"))
        .collect()
    )
    report(rows, accepted, result.rows())


def job_pandas(data, meta_path):
    import numpy as np
    import pandas as pd
    meta, ind = load_meta(meta_path)
    # Text columns with few distinct values are read as categories: checks then run once per
    # distinct value, not once per row.
    cat = {k: "category" for k in ("indicator", "area", "period", "status", "reported_by",
                                   "reported_on")}
    df = pd.read_csv(data, skiprows=1, dtype={**cat, "value": str, "numerator": str,
                                               "denominator": str})
    rows = len(df)
    measures = pd.DataFrame({"lo": ind["lo"], "hi": ind["hi"], "factor": ind["factor"]},
                            index=ind["id"], dtype=float)
    below = pd.Series({a["id"]: a["id"] != meta["province"] for a in meta["areas"]})

    if rows == 0:
        return report(0, 0, [])
    lo = df["indicator"].map(measures["lo"]).astype(float)
    hi = df["indicator"].map(measures["hi"]).astype(float)
    factor = df["indicator"].map(measures["factor"]).astype(float)
    area_below = df["area"].map(below)
    p = df["period"]
    pcats = p.cat.categories.to_series()
    pyear = pd.to_numeric(pcats.str.slice(0, 4), errors="coerce")
    pgood = pcats.str.fullmatch(PERIOD_RE[1:-1]) & pyear.between(meta["first_year"], meta["last_year"])
    period_ok = p.map(pgood).astype("boolean").fillna(False).to_numpy(bool)
    dcats = df["reported_on"].cat.categories.to_series()
    dgood = pd.to_datetime(dcats, format="%Y-%m-%d", errors="coerce")
    ro = df["reported_on"].map(dgood)
    value = pd.to_numeric(df["value"], errors="coerce")
    n = pd.to_numeric(df["numerator"], errors="coerce")
    d = pd.to_numeric(df["denominator"], errors="coerce")
    no_value = df["value"].isna()
    v = value.where(~(no_value & factor.notna()), n / d * factor)
    good = (
        lo.notna() & area_below.notna() & period_ok
        & (df["status"].isna() | df["status"].isin(meta["statuses"]))
        & (df["reported_by"].isna() | df["reported_by"].isin(meta["agencies"]))
        & (df["reported_on"].isna() | ro.notna())
        & (~no_value | ((n >= 0) & (d > 0)))
        & v.between(lo, hi)
    ).fillna(False).to_numpy(bool)
    accepted = int(good.sum())
    ok = pd.DataFrame({"indicator": df["indicator"], "area": df["area"], "period": df["period"],
                       "below": area_below, "factor": factor, "v": v, "n": n, "d": d,
                       "ro": ro})[good]
    del df
    # Latest reported_on per key (a stable sort keeps file order among equal dates).
    ok = ok.sort_values("ro", kind="stable")
    kept = ok.drop_duplicates(["indicator", "area", "period"], keep="last")
    own = kept[kept["factor"].isna() & ~kept["below"].astype(bool)][["indicator", "period", "v"]]
    f = kept[kept["factor"].notna() & kept["below"].astype(bool)]
    summed = f.groupby(["indicator", "period"], observed=True).agg(
        n=("n", "sum"), d=("d", "sum"), factor=("factor", "first")).reset_index()
    summed["v"] = summed["n"] / summed["d"] * summed["factor"]
    series = pd.concat([own.astype({"indicator": str, "period": str}),
                        summed[["indicator", "period", "v"]].astype({"indicator": str, "period": str})])
    half = series["period"].str.slice(5)
    series["t"] = series["period"].str.slice(0, 4).astype(int) * 3 + np.select(
        [half == "H1", half == "H2"], [0, 2], 1)
    series = series.sort_values(["indicator", "t"])
    g = series.groupby("indicator")
    first, last = g.first(), g.last()
    result = [(i, first.at[i, "period"], first.at[i, "v"], last.at[i, "period"], last.at[i, "v"])
              for i in first.index]
    report(rows, accepted, result)


JOBS = {"duckdb": job_duckdb, "polars": job_polars, "pandas": job_pandas}


# ----------------------------------------------------------------------------- the harness

def sh(cmd, **kw):
    print("$ " + " ".join(cmd), file=sys.stderr, flush=True)
    return subprocess.run(cmd, check=True, **kw)


def ensure_venv():
    try:
        ok = subprocess.run([VPY, "-c", "import duckdb, pandas, polars"],
                            capture_output=True).returncode == 0
    except OSError:
        ok = False
    if not ok:
        if not os.path.exists(VPY):
            sh([sys.executable, "-m", "venv", VENV])
        sh([VPY, "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
        sh([VPY, "-m", "pip", "install", "--quiet", "duckdb", "pandas", "polars"])
    out = subprocess.run([VPY, "-c", "import duckdb, pandas, polars, numpy; print(duckdb.__version__, "
                          "pandas.__version__, polars.__version__, numpy.__version__)"],
                         capture_output=True, text=True, check=True).stdout.split()
    return dict(zip(["duckdb", "pandas", "polars", "numpy"], out))


def ensure_data(rows):
    path = os.path.join(OUT, f"data-{rows}.csv")
    info_path = path + ".json"
    gen = os.path.join(HERE, "generate.py")
    if not (os.path.exists(path) and os.path.exists(info_path)
            and os.path.getmtime(info_path) >= os.path.getmtime(gen)):
        t = time.time()
        sh([sys.executable, gen, str(rows), "--out", OUT, "--plan-bin", PLAN_BIN])
        print(f"  generated in {time.time() - t:.1f} s", file=sys.stderr)
    return path, json.load(open(info_path))


def empty_data():
    """A file with the header only: what each tool costs before any row (start-up)."""
    path = os.path.join(OUT, "data-0.csv")
    with open(path, "w") as f:
        f.write("# empty\nindicator,area,period,value,numerator,denominator,status,"
                "reported_by,reported_on\n")
    return path


def command(tool, data):
    plan = os.path.join(OUT, "bench.plan")
    if tool == "planlang":
        return [PLAN_BIN, "eval", plan, data, "--as-of", AS_OF, "--keep-going", "--format", "json"]
    return [VPY, os.path.abspath(__file__), "--job", tool, data, os.path.join(OUT, "bench-meta.json")]


def cpu_busy():
    """Seconds of CPU used by everything on the machine so far (from /proc/stat)."""
    try:
        f = [int(x) for x in open("/proc/stat").readline().split()[1:]]
    except (OSError, ValueError):
        return float("nan")
    idle = f[3] + (f[4] if len(f) > 4 else 0)
    return (sum(f[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def wait_quiet(limit):
    """Waits (at most `limit` seconds) until other processes use less than a quarter of a
    core, sampled over half a second; returns the last sample."""
    deadline = time.time() + limit
    while True:
        b0 = cpu_busy()
        time.sleep(0.5)
        load = (cpu_busy() - b0) / 0.5
        if load < 0.25 or time.time() >= deadline:
            return load
        time.sleep(0.5)


def run_once(tool, data):
    """Runs one job in its own process: wall seconds, peak RSS (KB), CPU seconds, threads."""
    out_path = os.path.join(OUT, f"last-{tool}.out")
    err_path = os.path.join(OUT, f"last-{tool}.err")
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        busy0 = cpu_busy()
        start = time.perf_counter()
        proc = subprocess.Popen(command(tool, data), stdout=out, stderr=err)
        threads = [1]
        done = threading.Event()

        def watch():
            task = f"/proc/{proc.pid}/task"
            while not done.is_set():
                try:
                    threads[0] = max(threads[0], len(os.listdir(task)))
                except OSError:
                    pass
                done.wait(0.005)

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        _, status, ru = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        busy1 = cpu_busy()
        done.set()
        watcher.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"{tool} failed ({proc.returncode}): see {err_path}")
    cpu = ru.ru_utime + ru.ru_stime
    # CPU that other processes used meanwhile, in cores (0: the machine was ours; 1: another
    # job kept one of the cores busy the whole time).
    others = max(0.0, (busy1 - busy0 - cpu) / wall) if wall > 0.05 else float("nan")
    return {"seconds": wall, "rss_kb": ru.ru_maxrss, "cpu": cpu, "others": others,
            "threads": threads[0], "out": out_path, "err": err_path}


def outcome(tool, run):
    """rows read / accepted / rejected and the per-indicator result of a run."""
    text = open(run["out"], encoding="utf-8").read()
    if tool != "planlang":
        return json.loads(text)
    d = json.loads(text)["data"]
    codes = {}
    for e in d["errors"]:
        codes[e["code"]] = codes.get(e["code"], 0) + 1
    return {"rows": d["rows_read"], "accepted": d["accepted"], "rejected": d["rejected"],
            "codes": codes, "revisions": len(d["revisions"])}


def cross_check(plan_out, results):
    """Each tool's first and last province value per indicator against the others, and
    against planlang's baselines (for trend targets the baseline is the first value)."""
    sums = {t: r["checksum"] for t, r in results.items() if "checksum" in r}
    problems, compared = [], 0
    if len(set(sums.values())) > 1:
        problems.append(f"tools disagree: {sums}")
    first = next((r for r in results.values() if "result" in r), None)
    if first and plan_out:
        ours = {i: (p0, v0) for i, p0, v0, _, _ in first["result"]}
        d = json.load(open(plan_out, encoding="utf-8"))
        for r in d["results"]:
            b = r.get("baseline")
            if not b or r["target"]["kind"] != "level" or r["target"]["until"] is not None:
                continue
            if r["target"]["year"] is None:
                continue
            want = ours.get(r["indicator"])
            compared += want is not None
            if want and b["period"] == want[0] and abs(b["value"] - want[1]) > 1e-6 * max(1, abs(want[1])):
                problems.append(f"indicator {r['indicator']}: planlang baseline {b}, tools {want}")
            if want and b["period"] != want[0]:
                problems.append(f"indicator {r['indicator']}: planlang baseline period {b['period']}, tools {want[0]}")
    return problems, compared


def load_average():
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def machine():
    cpu = ""
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(open("/proc/meminfo").readline().split()[1])
        mem = f"{kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{os.cpu_count()} cores ({cpu}), {mem}, {platform.system()} {platform.release()}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000000,10000000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--tools", default=",".join(TOOLS))
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--wait-quiet", type=float, default=15, metavar="SECONDS",
                    help="before each run, wait up to this long for the other processes "
                         "on the machine to go quiet (default 15)")
    ap.add_argument("--job", nargs=3, metavar=("TOOL", "DATA", "META"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.job:
        JOBS[a.job[0]](a.job[1], a.job[2])
        return
    tools = a.tools.split(",")
    versions = ensure_venv()
    if not a.no_build:
        sh(["cargo", "build", "--release", "--quiet"], cwd=ROOT)
    os.makedirs(OUT, exist_ok=True)
    sizes = [int(s) for s in a.sizes.split(",")]
    files = [(0, empty_data(), {"bytes": os.path.getsize(empty_data())})]
    for n in sizes:
        path, info = ensure_data(n)
        files.append((n, path, info))
    rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    print(f"# {time.strftime('%Y-%m-%d %H:%M')}  {machine()}", flush=True)
    print(f"# {rustc}; python {platform.python_version()}; " +
          ", ".join(f"{k} {v}" for k, v in versions.items()), flush=True)
    print(f"# best of {a.runs} runs, tools run round-robin, each in its own process; "
          f"load average before: {load_average():.2f}", flush=True)
    table = []
    for n, path, info in files:
        with open(path, "rb") as f:  # into the page cache: every tool reads from memory
            while f.read(1 << 24):
                pass
        runs = {t: [] for t in tools}
        loads = []
        for _ in range(a.runs if n else 1):
            for t in tools:
                if n and a.wait_quiet > 0:
                    wait_quiet(a.wait_quiet)
                loads.append(load_average())
                runs[t].append(run_once(t, path))
        results, plan_out = {}, None
        for t in tools:
            best = min(runs[t], key=lambda r: r["seconds"])
            res = outcome(t, best)
            results[t] = res
            if t == "planlang":
                plan_out = best["out"]
            mb = info["bytes"] / 1e6
            row = {"tool": t, "rows": n, "mb": mb, "seconds": best["seconds"],
                   "mb_s": mb / best["seconds"] if n else float("nan"),
                   "rows_s": n / best["seconds"] if n else float("nan"),
                   "rss_mb": best["rss_kb"] / 1024, "cpu": best["cpu"],
                   "threads": best["threads"], "others": best["others"], "all": [r["seconds"] for r in runs[t]],
                   "rejected": res.get("rejected"), "codes": res.get("codes"),
                   "revisions": res.get("revisions")}
            table.append(row)
        problems, compared = cross_check(plan_out, results) if n else ([], 0)
        for line in problems:
            print(f"  CHECK: {line}", flush=True)
        if n:
            print(f"  cross-check: {len(set(r.get('checksum') for t, r in results.items() if t != 'planlang'))} "
                  f"distinct result checksum(s) among the other tools; {compared} planlang baselines "
                  f"compared, {len(problems)} problem(s)", flush=True)
        rej = {t: (r.get("rejected"), r.get("accepted")) for t, r in results.items()}
        print(f"  {n} rows: (rejected, accepted) per tool {rej}; "
              f"load average {min(loads):.2f}..{max(loads):.2f}", flush=True)
        if "planlang" in results and n:
            print(f"  planlang rejections {results['planlang']['codes']}, "
                  f"{results['planlang']['revisions']} revisions", flush=True)
    print()
    print("| tool | rows | file MB | seconds | MB/s | M rows/s | peak RSS MB | CPU s | cores busy | threads | other load | all runs (s) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for r in table:
        fmt = lambda x, spec: "" if x != x else format(x, spec)
        print(f"| {r['tool']} | {r['rows']:,} | {r['mb']:.1f} | {r['seconds']:.2f} | "
              f"{fmt(r['mb_s'], '.0f')} | {fmt(r['rows_s'] / 1e6, '.2f')} | {r['rss_mb']:.0f} | "
              f"{r['cpu']:.2f} | {r['cpu'] / r['seconds']:.2f} | {r['threads']} | {fmt(r['others'], '.2f')} | {', '.join(f'{s:.2f}' for s in r['all'])} |")
    print(f"\n# load average after: {load_average():.2f}")
    with open(os.path.join(OUT, "results.json"), "w") as f:
        json.dump(table, f, indent=1)


if __name__ == "__main__":
    main()
