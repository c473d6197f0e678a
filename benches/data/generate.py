#!/usr/bin/env python3
"""Synthetic data for the data-loading speed benchmark (issue 3).

    python3 benches/data/generate.py ROWS [--out DIR] [--plan-bin target/release/plan]
                                          [--format csv|json] [--bad-every K]

writes, under DIR (default benches/data/out/, which is gitignored):

* `bench.plan`: the text of plans/son-la-children-2021-2030.plan followed by 300 commune-level
  areas (`area xa_N "Xã N" in <district> kind commune`), 25 in each of the 12 districts;
* `bench-meta.json`: what the comparison scripts need to do the same validation as planlang
  (indicator ids and their units' ranges, formula factors, areas and their kinds, agencies);
* `data-ROWS.csv`: ROWS observation rows with the columns
  indicator,area,period,value,numerator,denominator,status,reported_by,reported_on;
  with `--format json`, `data-ROWS.json` instead: the same rows as a JSON array of objects,
  one object a line, numbers as JSON numbers (the JSON reader's streaming benchmark);
  with `--bad-every K` (K other than 1000), `data-ROWS-badK.csv` (or `.json`).

The data (SYNTHETIC, invented values):

* keys (indicator, area, period): the 26 measures without a formula, at every area (province,
  12 districts, 300 communes), and the 7 formula measures (3, 4, 5, 12, 14, 16a, 16b) as
  numerator/denominator rows at commune level only (so the province's value is aggregated:
  communes -> districts -> province); periods 2020..2030 as years and half-years (`2023`,
  `2023-H1`, `2023-H2`). That is 26*313*33 + 7*300*33 = 337,854 keys.
* rows walk through every key once in a scrambled order, then again in another order, and so
  on: the first 337,854 rows have distinct keys; a key met again repeats the same row
  (a duplicate, accepted), except for 0.2 % of keys whose later rows give a new value with a
  later `reported_on` (a revision: planlang keeps the later value and lists the revision).
* about 0.1 % of rows are bad: every 1000th row (every K-th with `--bad-every K`;
  deterministic) is replaced by one with an unknown area (`xa_99999`) or a value that is not
  a number (`12..5`, `n/a`). `plan eval --keep-going` rejects exactly those and exits 0.

Deterministic (fixed seed) and streamed to disk.
"""

import argparse
import csv
import json
import os
import shutil
import random
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SOURCE_PLAN = os.path.join(ROOT, "plans", "son-la-children-2021-2030.plan")
COMMUNES_PER_DISTRICT = 25
SEED = 20210428
HEADER = "indicator,area,period,value,numerator,denominator,status,reported_by,reported_on\n"


def plan_areas(text):
    """(id, parent or None, kind) of every `area` declaration at the start of a line."""
    out = []
    for m in re.finditer(r'^area\s+(\w+)\s+"[^"]*"(?:\s+in\s+(\w+))?(?:\s+kind\s+(\w+))?', text, re.M):
        out.append((m.group(1), m.group(2), m.group(3) or ""))
    return out


def plan_formulas(text):
    """{measure id: (numerator element, denominator element, factor)} from `formula` lines."""
    out, indicator, part = {}, None, None
    for line in text.splitlines():
        s = line.strip()
        if s.startswith("//") or s.startswith("*"):
            continue
        m = re.match(r'indicator\s+(\w+)\s+"', s)
        if m:
            indicator, part = m.group(1), None
            continue
        m = re.match(r'part\s+(\w+)\s+"', s)
        if m:
            part = m.group(1)
            continue
        m = re.match(r"formula\s+(\w+)\s*/\s*(\w+)\s*\*\s*([0-9.]+)", s)
        if m and indicator:
            out[indicator + (part or "")] = (m.group(1), m.group(2), float(m.group(3)))
    return out


def write_plan(out_dir, plan_bin):
    text = open(SOURCE_PLAN, encoding="utf-8").read()
    districts = [a for a, parent, kind in plan_areas(text) if parent]
    lines = ["", "// ---- benches/data/generate.py: synthetic commune-level areas (not real communes)"]
    n = 0
    for d in districts:
        for _ in range(COMMUNES_PER_DISTRICT):
            n += 1
            lines.append(f'area xa_{n} "Xã {n}" in {d} kind commune')
    plan_text = text.rstrip("\n") + "\n" + "\n".join(lines) + "\n"
    path = os.path.join(out_dir, "bench.plan")
    # The Sơn La plan imports the national program beside it (`national/...`): copy it along.
    national = os.path.join(os.path.dirname(SOURCE_PLAN), "national")
    shutil.copytree(national, os.path.join(out_dir, "national"), dirs_exist_ok=True)
    old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
    if old != plan_text:
        with open(path, "w", encoding="utf-8") as f:
            f.write(plan_text)

    show = json.loads(subprocess.run([plan_bin, "show", path, "--format", "json"], check=True,
                                     capture_output=True, text=True).stdout)
    formulas = plan_formulas(text)
    parents = {i["parent"] for i in show["indicators"] if i["parent"]}
    measures = []
    for i in show["indicators"]:
        if i["id"] in parents:  # composite: its parts carry the data
            continue
        f = formulas.get(i["id"])
        measures.append({
            "id": i["id"], "min": i["unit"]["min"], "max": i["unit"]["max"],
            "direction": i["direction"], "lead": (i["lead"] or ["ldtbxh"])[0],
            "formula": None if f is None else {"numerator": f[0], "denominator": f[1], "factor": f[2]},
        })
    areas = plan_areas(plan_text)
    meta = {
        "plan": path,
        "province": areas[0][0],
        "areas": [{"id": a, "parent": p, "kind": k} for a, p, k in areas],
        "measures": measures,
        "agencies": [a["id"] for a in show["agencies"]],
        "statuses": ["final", "provisional", "estimated"],
        "first_year": 2020,  # the year before the plan's period 2021..2030 (baselines)
        "last_year": 2030,
    }
    with open(os.path.join(out_dir, "bench-meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    return meta


def periods(first, last):
    out = []
    for y in range(first, last + 1):
        out += [(str(y), y, 12), (f"{y}-H1", y, 6), (f"{y}-H2", y, 12)]
    return out


def key_rows(meta):
    """For every key: (normal row, revised row or None), as CSV lines."""
    rnd = random.Random(SEED)
    statuses = meta["statuses"]
    province = meta["province"]
    communes = [a["id"] for a in meta["areas"] if a["kind"] == "commune"]
    all_areas = [a["id"] for a in meta["areas"]]
    pers = periods(meta["first_year"], meta["last_year"])
    rows = []
    for m in meta["measures"]:
        f = m["formula"]
        areas = communes if f else all_areas
        span = m["max"] - m["min"]
        # A level per area, then a trend over time, kept inside the unit's range.
        for area in areas:
            if f:
                per = f["factor"]
                # rates near the plan's targets: ~10 per 1000 births, ~6 % special, 0.1 per 1000
                # abused, ~450 and ~16 per 100,000 injured / dead
                base = {1000.0: rnd.uniform(5, 20), 100.0: rnd.uniform(4, 8),
                        100000.0: rnd.uniform(10, 500)}.get(per, 1.0)
                base = {"14": rnd.uniform(0.05, 0.2), "16a": rnd.uniform(300, 600),
                        "16b": rnd.uniform(10, 25)}.get(m["id"], base)
                # births per commune and year, or children (10x as many)
                size = rnd.randint(300, 3000) * (1 if f["denominator"] == "live_births" else 10)
            else:
                level = rnd.uniform(m["min"] + 0.05 * span, min(m["min"] + 0.95 * span, 100.0))
                slope = rnd.uniform(-1.5, 1.5)
            for period, year, month in pers:
                t = year - 2020 + (0.5 if month == 6 else 1.0)
                status = statuses[0] if year < 2029 else statuses[rnd.randrange(3)]
                day = rnd.randint(1, 28)
                mon = rnd.randint(1, 3)
                reported_on = f"{year + 1}-{mon:02d}-{day:02d}" if month == 12 else f"{year}-{mon + 8:02d}-{day:02d}"
                revised_on = f"{year + 1}-{mon + 4:02d}-{day:02d}" if month == 12 else f"{year}-{mon + 9:02d}-{day:02d}"
                revise = rnd.random() < 0.002
                if f:
                    den = max(1, int(size * (0.5 if month == 6 else 1.0) * rnd.uniform(0.9, 1.1)))
                    rate = max(0.0, base * (1 - 0.02 * t) * rnd.uniform(0.85, 1.15))
                    num = int(round(den * rate / f["factor"]))
                    normal = f"{m['id']},{area},{period},,{num},{den},{status},{m['lead']},{reported_on}\n"
                    revised = (f"{m['id']},{area},{period},,{num + 1},{den},{status},{m['lead']},{revised_on}\n"
                               if revise else None)
                else:
                    v = level + slope * t + rnd.uniform(-1, 1)
                    v = min(max(v, m["min"]), min(m["max"], 100.0))
                    normal = f"{m['id']},{area},{period},{v:.2f},,,{status},{m['lead']},{reported_on}\n"
                    rv = min(max(v + 0.5, m["min"]), m["max"])
                    if rv == v:
                        rv = v - 0.5
                    revised = (f"{m['id']},{area},{period},{rv:.2f},,,{status},{m['lead']},{revised_on}\n"
                               if revise else None)
                rows.append((normal, revised))
    return rows


def bad_row(i, rows, k, bad_every):
    normal = rows[k][0]
    fields = normal.split(",")
    kind = (i // bad_every) % 3
    if kind == 0:
        fields[1] = "xa_99999"  # unknown area
    elif kind == 1:
        if fields[3]:
            fields[3] = "12..5"  # not a number
        else:
            fields[4] = "n/a"
    else:
        if fields[3]:
            fields[3] = "n/a"
        else:
            fields[5] = "4,1.0"  # not a number either (and would need quoting)
            return ",".join(fields[:5]) + ',"4,1.0",' + ",".join(fields[6:])
    return ",".join(fields)


COLUMNS = HEADER.strip().split(",")
NUMBER_RE = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")


def json_row(line):
    """A CSV data line as a JSON object: empty cells left out, plain numbers as numbers."""
    fields = next(csv.reader([line]))
    obj = {}
    for name, text in zip(COLUMNS, fields):
        if not text:
            continue
        if name in ("value", "numerator", "denominator") and NUMBER_RE.match(text):
            obj[name] = float(text) if "." in text else int(text)
        else:
            obj[name] = text
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def write_data(meta, n, path, fmt="csv", bad_every=1000):
    rows = key_rows(meta)
    k = len(rows)
    # A scrambled order per pass: position p of pass q is key (p * step + offset) mod k,
    # with step coprime to k (a permutation).
    rnd = random.Random(SEED + 1)
    steps = []
    for q in range(n // k + 1):
        while True:
            step = rnd.randrange(k // 3, k)
            a, b = step, k
            while b:
                a, b = b, a % b
            if a == 1:
                break
        steps.append((step, rnd.randrange(k)))
    tmp = path + ".part"
    bad = 0
    as_json = fmt == "json"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        if as_json:
            f.write("[\n")
        else:
            f.write("# SYNTHETIC benchmark data for bench.plan, written by benches/data/generate.py\n")
            f.write(HEADER)
        buf = []
        for i in range(n):
            q, p = divmod(i, k)
            step, offset = steps[q]
            key = (p * step + offset) % k
            if i % bad_every == bad_every - 1:
                line = bad_row(i, rows, key, bad_every)
                bad += 1
            else:
                normal, revised = rows[key]
                line = revised if (q > 0 and revised) else normal
            if as_json:
                line = ("" if i == 0 else ",\n") + json_row(line)
            buf.append(line)
            if len(buf) >= 65536:
                f.write("".join(buf))
                buf.clear()
        f.write("".join(buf))
        if as_json:
            f.write("\n]\n")
    os.replace(tmp, path)
    return k, bad


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("rows", type=int)
    ap.add_argument("--out", default=os.path.join(ROOT, "benches", "data", "out"))
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target")
    ap.add_argument("--plan-bin", default=os.path.join(target, "release", "plan"))
    ap.add_argument("--plan-only", action="store_true")
    ap.add_argument("--format", choices=["csv", "json"], default="csv")
    ap.add_argument("--bad-every", type=int, default=1000, metavar="K",
                    help="every K-th row is bad (default 1000: 0.1 %%)")
    a = ap.parse_args()
    if a.bad_every < 1:
        ap.error("--bad-every must be 1 or more")
    os.makedirs(a.out, exist_ok=True)
    meta = write_plan(a.out, a.plan_bin)
    if a.plan_only:
        return
    suffix = "" if a.bad_every == 1000 else f"-bad{a.bad_every}"
    path = os.path.join(a.out, f"data-{a.rows}{suffix}.{a.format}")
    keys, bad = write_data(meta, a.rows, path, a.format, a.bad_every)
    info = {"rows": a.rows, "keys": keys, "bad_rows": bad, "bytes": os.path.getsize(path)}
    with open(path + ".json", "w") as f:
        json.dump(info, f)
    print(f"{path}: {a.rows} rows, {keys} distinct keys, {bad} bad rows, "
          f"{info['bytes'] / 1e6:.1f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
