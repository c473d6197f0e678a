#!/usr/bin/env python3
"""planlang's statuses beside Open SDG's reference method, target by target.

    python3 benches/reference/sdg_build_compare.py SDG_BUILD_PROGRESS_MEASURE_PY \
        [--plan-bin target/release/plan] [--as-of 2025-06-30] [PLAN DATA...]

SDG_BUILD_PROGRESS_MEASURE_PY is `sdg/ProgressMeasure.py` of a checkout of
https://github.com/open-sdg/sdg-build (it is not on PyPI); pandas must be installed. Without
PLAN and DATA the bundled Sơn La plan and its sample are read.

For every level target with a milestone year, a one-sided comparison and no split, it runs
sdg-build's `measure_indicator_progress` on the measure's yearly values at the plan's top
area (base year: the baseline planlang counted from; current year: the latest value by the
date; target year and value: the target's), maps its label onto planlang's status, and
prints one Markdown row per target and, last, how many agree. Each disagreement names the
departure it comes from (docs/data-and-evaluation.md, "How a target is judged": departures from Open SDG); one
it cannot name is printed as `unexplained`, which is what this script is for finding.
"""

import argparse
import importlib.util
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PLAN = os.path.join(ROOT, "plans", "son-la-children-2021-2030.plan")
DATA = [os.path.join(ROOT, "plans", "data", "son-la-sample.csv")]

# sdg-build's labels, as planlang names the same bands.
LABELS = {
    "target_achieved": "achieved",
    "on_track": "on_track",
    "progress_needs_acceleration": "needs_acceleration",
    "limited_progress": "limited_progress",
    "deterioration": "regressing",
}


def load_reference(path):
    spec = importlib.util.spec_from_file_location("progress_measure", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def plan_json(plan_bin, args):
    out = subprocess.run([plan_bin, *args], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


class Indicator:
    """What sdg-build reads of an indicator: its data and its metadata."""

    def __init__(self, data, meta):
        self.data = data
        self.meta = meta


def reference_status(reference, pandas, years, values, target, base_year):
    data = pandas.DataFrame({"Year": years, "Value": values})
    leaning = "positive" if target["op"] in (">=", ">") else "negative"
    options = {
        "base_year": base_year,
        "target_year": target["year"],
        "target": target["value"],
        "direction": leaning,
    }
    meta = {"auto_progress_calculation": True, "progress_calculation_options": [options]}
    label = reference.measure_indicator_progress(Indicator(data, meta))
    return LABELS.get(label, label)


def departure(result, target, ours, theirs, latest, declared, as_of):
    """The documented departure a disagreement comes from, if one explains it."""
    value, op = target["value"], target["op"]
    # Past its year a milestone is judged on that year's value (insufficient without one);
    # sdg-build judges the latest value whatever its year.
    if as_of > f"{target['year']}-12-31":
        return "milestone year"
    if latest is not None and latest == value and op in ("<", ">"):
        return "strict comparator"
    if declared:
        return "declared baseline"
    if theirs == "achieved" or ours == "achieved":
        return "comparator"
    baseline = result.get("baseline") or {}
    if baseline.get("value") == value:
        return "target equal to the baseline"
    if latest is not None and latest <= 0:
        return "values at or below zero"
    return "unexplained"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("progress_measure")
    ap.add_argument("files", nargs="*")
    ap.add_argument("--plan-bin", default=os.path.join(ROOT, "target", "release", "plan"))
    ap.add_argument("--as-of", default="2025-06-30")
    a = ap.parse_args()
    import pandas

    reference = load_reference(a.progress_measure)
    plan, data = (a.files[0], a.files[1:]) if a.files else (PLAN, DATA)
    evaluation = plan_json(a.plan_bin, ["eval", plan, *data, "--as-of", a.as_of, "--format", "json", "--keep-going"])
    print("| target | planlang | sdg-build | why they differ |")
    print("|---|---|---|---|")
    agree = total = 0
    series = {}
    for r in evaluation["results"]:
        t = r["target"]
        if t["kind"] != "level" or t["year"] is None or t["where"] or t["op"] not in (">=", ">", "<=", "<"):
            continue
        if t["value_max"] is not None or r["baseline"] is None:
            continue
        ident = r["indicator"]
        if ident not in series:
            shown = plan_json(a.plan_bin, ["query", plan, *data, "--as-of", a.as_of, "--format", "json", "-e", f"show {ident}"])
            series[ident] = shown
        shown = series[ident]
        yearly = [(int(v["period"]), v["value"]) for v in shown["data"] if v["period"].isdigit()]
        if len(yearly) < 2:
            continue
        declared = shown.get("baseline") is not None
        base_year = int(r["baseline"]["period"][:4])
        years = [y for y, _ in yearly]
        values = [v for _, v in yearly]
        if base_year not in years:
            years.insert(0, base_year)
            values.insert(0, r["baseline"]["value"])
        theirs = reference_status(reference, pandas, years, values, t, base_year)
        ours = r["status"]
        total += 1
        name = f"{ident} {t['year']} {t['op']} {t['value']}"
        if ours == theirs:
            agree += 1
            print(f"| {name} | {ours} | {theirs} | |")
        else:
            latest = (r.get("latest") or {}).get("value")
            why = departure(r, t, ours, theirs, latest, declared, a.as_of)
            print(f"| {name} | {ours} | {theirs} | {why} |")
    print(f"\n{agree} of {total} targets agree.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
