#!/usr/bin/env python3
"""Writes the SYNTHETIC sample data for the Sơn La plan (deterministic: same output every run).

    python3 plans/data/generate_sample.py

Nothing here is a real statistic: values are invented to be plausible and to exercise every
status, aggregation from districts by numerator and denominator, half-year values, revisions
and late or missing reports.
"""
import csv
import json
import random
import subprocess
from pathlib import Path

HERE = Path(__file__).parent
PLAN = HERE.parent / "son-la-children-2021-2030.plan"
DISTRICTS = ["tp_son_la", "quynh_nhai", "muong_la", "thuan_chau", "phu_yen", "bac_yen",
             "mai_son", "song_ma", "yen_chau", "moc_chau", "sop_cop", "van_ho"]
YEARS = [2020, 2021, 2022, 2023, 2024]
rng = random.Random(196)


def show():
    out = subprocess.run(["cargo", "run", "-q", "--", "show", str(PLAN), "--format", "json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def reported_on(year, lead, late_share=0.15):
    """Data for a year go in with the annual report, due before 05/12."""
    if rng.random() < late_share:
        return f"{year}-12-{rng.randint(10, 28):02d}"
    return f"{year}-{rng.choice(['11', '12'])}-{rng.randint(1, 4) if True else 1:02d}"


def path(first, target, years, progress):
    """Values moving from `first` towards `target` at `progress` of the needed pace."""
    n = 2030 - years[0]
    out = []
    for i, _ in enumerate(years):
        v = first + (target - first) * progress * i / max(n * 0.5, 1)
        out.append(v * (1 + rng.uniform(-0.02, 0.02)))
    return out


def main():
    plan = show()
    rows = []
    # Counts behind the formulas: per district, per year.
    births = {d: rng.randint(1400, 5200) for d in DISTRICTS}
    children = {d: rng.randint(28000, 95000) for d in DISTRICTS}
    counts = {
        "3": ("neonatal_deaths", "live_births", 1000, births, 0.0115, -0.03),
        "4": ("infant_deaths", "live_births", 1000, births, 0.0150, -0.05),
        "5": ("under5_deaths", "live_births", 1000, births, 0.0215, -0.02),
        "12": ("special_circumstances", "children", 100, children, 0.072, 0.01),
        "14": ("abused_children", "children", 1000, children, 0.00016, -0.06),
        "16a": ("injured_children", "children", 100000, children, 0.0052, -0.04),
        "16b": ("injury_deaths", "children", 100000, children, 0.000185, -0.03),
    }
    leads = {i["id"]: (i["lead"] or [""])[0] for i in plan["indicators"]}
    for ind in plan["indicators"]:
        mid = ind["id"]
        lead = leads[mid]
        if mid in counts:
            _, _, _, base, rate, trend = counts[mid]
            for year in YEARS:
                for d in DISTRICTS:
                    den = int(base[d] * (1 + 0.01 * (year - 2020)))
                    r = rate * (1 + trend) ** (year - 2020) * rng.uniform(0.85, 1.15)
                    num = max(0, round(den * r))
                    rows.append({"indicator": mid, "area": d, "period": str(year),
                                 "numerator": num, "denominator": den, "status": "final",
                                 "source": "Sổ theo dõi của huyện (tổng hợp giả lập)",
                                 "reported_by": lead, "reported_on": reported_on(year, lead)})
            continue
        targets = [t for t in ind["targets"] if t["kind"] == "level" and t["year"]]
        rate_targets = [t for t in ind["targets"] if t["kind"] == "rate"]
        whole = [t for t in ind["targets"] if t["kind"] == "level" and not t["year"]]
        unit_max = (ind["unit"] or {}).get("max") or 100
        if targets:
            goal = targets[-1]["value"]
        elif whole:
            goal = whole[0]["value"]
        else:
            goal = None
        if rate_targets:  # child marriage: a level that should fall 0.5 points a year
            first, goal = 24.0, 24.0 - 0.5 * 10
        elif ind["direction"] == "decrease":
            first = goal * rng.uniform(1.2, 1.6)
        else:
            first = goal * rng.uniform(0.75, 0.95)
        progress = rng.choice([0.3, 0.7, 1.0, 1.3, -0.2])
        values = path(first, goal, YEARS, progress)
        for year, v in zip(YEARS, values):
            v = max(0.0, min(unit_max, v))
            status = "provisional" if year == 2024 else "final"
            rows.append({"indicator": mid, "area": "son_la", "period": str(year),
                         "value": float(f"{v:.4g}"), "status": status,
                         "source": "Báo cáo của sở (giả lập)",
                         "reported_by": lead, "reported_on": reported_on(year, lead)})
    # A half-year value and a revision.
    rows.append({"indicator": "8", "area": "son_la", "period": "2024-H1", "value": 93.1,
                 "status": "provisional", "source": "Báo cáo 6 tháng (giả lập)",
                 "reported_by": "yte", "reported_on": "2024-05-28"})
    rows.append({"indicator": "1", "area": "son_la", "period": "2023", "value": 61.5,
                 "status": "final", "source": "Báo cáo điều chỉnh (giả lập)",
                 "reported_by": "ldtbxh", "reported_on": "2024-03-15"})
    fields = ["indicator", "area", "period", "value", "numerator", "denominator", "status",
              "source", "reported_by", "reported_on"]
    with open(HERE / "son-la-sample.csv", "w", newline="", encoding="utf-8") as f:
        f.write("# SYNTHETIC sample data for plans/son-la-children-2021-2030.plan: invented "
                "values, not statistics. Written by plans/data/generate_sample.py.\n")
        # Values with three decimals (2.853) would read otherwise with a decimal comma:
        # the file says it writes a decimal point.
        f.write("#decimal=point\n")
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow(r)

    # Reports received (section VI): a few late, a few missing.
    reports = {r["id"]: r for r in plan["reports"]}
    with open(HERE / "son-la-submissions.csv", "w", newline="", encoding="utf-8") as f:
        f.write("# SYNTHETIC: reports received by Sở LĐ-TB&XH, invented for the sample.\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["agency", "report", "period", "received"])
        for year in [2021, 2022, 2023, 2024, 2025]:
            for rid, period, due in [("baocao_6thang", f"{year}-H1", (5, 31)), ("baocao_nam", str(year), (12, 4))]:
                if year == 2025 and rid == "baocao_nam":
                    continue
                for agency in reports[rid]["from"]:
                    roll = rng.random()
                    if roll < 0.06:
                        continue  # missing
                    month, day = due
                    if roll < 0.18:
                        day = min(day + rng.randint(3, 20), 28) if month == 12 else rng.randint(5, 25)
                        month = month if month == 12 else 6
                    else:
                        day = rng.randint(max(1, day - 12), day)
                    w.writerow([agency, rid, period, f"{year}-{month:02d}-{day:02d}"])


if __name__ == "__main__":
    main()
