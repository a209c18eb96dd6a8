#!/usr/bin/env python3
"""Precision of the brand-side screen (issue 15) over the hand-judged sample.

    python3 eval/real/brand/report.py eval/real/brand/audit.csv --runs /tmp/realF --seed 20261207 --per-stratum 12

Prints, from audit.csv, the judged rows per rule, per brand and per decision with their TP count,
precision and a 95% Wilson interval. A TP is a listing the brand owner should act on (counterfeit,
unauthorised use of the mark, look-alike, misleading compatibility); an FP is one it should not
(genuine resale, lawful compatibility, another genuine brand, ordinary meaning, a cue naming no
mark of the brand).

With --runs (the folder of <brand>.jsonl) it also draws the sample again with sample.py's rule and
stops if audit.csv does not hold exactly those rows, then weights each (brand, rule) stratum by
its number of flagged listings to estimate the TP count and precision over all flagged listings.
Python 3 standard library only.
"""

import argparse
import csv
import math
import os
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample import draw  # noqa: E402


def wilson(k, n, z=1.96):
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (max(0.0, c - h), min(1.0, c + h))


def table(title, rows, key):
    groups = defaultdict(list)
    for r in rows:
        groups[key(r)].append(r)
    print(f"\n{title:28} {'judged':>6} {'TP':>4} {'FP':>4} {'precision':>9}  95% interval")
    for g in sorted(groups):
        n = len(groups[g])
        k = sum(1 for r in groups[g] if r["judgement"] == "TP")
        lo, hi = wilson(k, n)
        print(f"{g:28} {n:6} {k:4} {n - k:4} {100 * k / n:8.1f}%  {100 * lo:.1f}-{100 * hi:.1f}%")
    n = len(rows)
    k = sum(1 for r in rows if r["judgement"] == "TP")
    lo, hi = wilson(k, n)
    print(f"{'all':28} {n:6} {k:4} {n - k:4} {100 * k / n:8.1f}%  {100 * lo:.1f}-{100 * hi:.1f}%")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("audit", help="eval/real/brand/audit.csv")
    ap.add_argument("--runs", help="folder holding <brand>.jsonl, to check the sample and weight the strata")
    ap.add_argument("--seed", type=int, default=20261207)
    ap.add_argument("--per-stratum", type=int, default=12)
    args = ap.parse_args()

    with open(args.audit, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    bad = [r for r in rows if r["judgement"] not in ("TP", "FP") or not r["reason"].strip()]
    if bad:
        sys.exit(f"report.py: {len(bad)} rows without a TP/FP judgement and a reason, first {bad[0]['listing_id']}")

    print(f"{len(rows)} judged rows, {len({r['listing_id'] for r in rows})} distinct listings, "
          f"{len({r['brand'] for r in rows})} brands")
    table("rule", rows, lambda r: r["rule"])
    table("brand", rows, lambda r: r["brand"])
    table("decision as screened", rows, lambda r: "PASS" if r["decision"] == "PASS" else "REVIEW or BLOCK")

    if args.runs:
        drawn = draw(args.runs, args.seed, args.per_stratum)
        want = {(r["brand"], r["listing_id"], r["rule"]) for r in drawn}
        have = {(r["brand"], r["listing_id"], r["rule"]) for r in rows}
        if want != have:
            sys.exit(f"report.py: audit.csv is not the sample of seed {args.seed}: "
                     f"{len(want - have)} sampled rows not judged, {len(have - want)} judged rows not sampled")
        pop = {(r["brand"], r["rule"]): r["_population"] for r in drawn}
        judged = defaultdict(list)
        for r in rows:
            judged[(r["brand"], r["rule"])].append(r)
        print("\nweighted to all flagged listings (each stratum: its TP share times its flagged listings)")
        print(f"{'rule':28} {'flagged':>7} {'est. TP':>7} {'est. precision':>14}")
        by_rule = defaultdict(lambda: [0, 0.0])
        for s, n in pop.items():
            k = sum(1 for r in judged[s] if r["judgement"] == "TP")
            by_rule[s[1]][0] += n
            by_rule[s[1]][1] += n * k / len(judged[s])
        tot = [0, 0.0]
        for rule in sorted(by_rule):
            n, t = by_rule[rule]
            tot[0] += n
            tot[1] += t
            print(f"{rule:28} {n:7} {t:7.1f} {100 * t / n:13.1f}%")
        print(f"{'all':28} {tot[0]:7} {tot[1]:7.1f} {100 * tot[1] / tot[0]:13.1f}%")


if __name__ == "__main__":
    main()
