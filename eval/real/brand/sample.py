#!/usr/bin/env python3
"""Draws the brand-side audit sample (issue 15) from the per-brand screening runs.

    python3 eval/real/brand/sample.py /tmp/realF --seed 20261207 --per-stratum 12 \
        --skeleton /tmp/realF/audit-skeleton.csv --listings /tmp/realF/listings.csv \
        --worksheet /tmp/realF/worksheet.txt

Reads RUNS/<brand>.jsonl for every brand of prepare_brands.py (each the output of
`clearmark screen listings.csv --marks <brand>.csv --format jsonl`). A listing counts as flagged
for a brand when its record carries any finding at all, whatever the decision: a brand owner's
desk reads every hit on its marks, the LOW and INFO ones included, because those are where resale
and compatibility listings land.

Strata are (brand, rule). Within a stratum the unit is a distinct listing id, represented by its
first finding of that rule. Each stratum is sorted by listing id and sampled with
random.Random(f"{seed}:{brand}:{rule}") so that one stratum's size never moves another's sample;
a stratum no larger than --per-stratum is taken whole.

The skeleton has the columns of audit.csv with judgement and reason empty. The worksheet (listing
text for judging by hand) must stay outside the repository: the listing data may be used only for
evaluation. Python 3 standard library only.
"""

import argparse
import csv
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from prepare_brands import BRANDS  # noqa: E402

COLUMNS = ["brand", "listing_id", "rule", "field", "evidence", "decision", "judgement", "reason"]


def strata(runs):
    """{(brand, rule): {listing_id: (finding, decision)}} in file order."""
    out = {}
    for brand in BRANDS:
        with open(os.path.join(runs, f"{brand}.jsonl"), encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                for fd in r["findings"]:
                    out.setdefault((brand, fd["rule"]), {}).setdefault(r["id"], (fd, r["decision"]))
    return out


def draw(runs, seed, per_stratum):
    rows = []
    for (brand, rule), found in sorted(strata(runs).items()):
        ids = sorted(found)
        chosen = ids if len(ids) <= per_stratum else random.Random(f"{seed}:{brand}:{rule}").sample(ids, per_stratum)
        for i in sorted(chosen):
            fd, decision = found[i]
            rows.append({"brand": brand, "listing_id": i, "rule": rule, "field": fd["field"],
                         "evidence": fd["text"], "decision": decision, "judgement": "", "reason": "",
                         "_population": len(ids)})
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("runs", help="folder holding <brand>.jsonl")
    ap.add_argument("--seed", type=int, default=20261207)
    ap.add_argument("--per-stratum", type=int, default=12)
    ap.add_argument("--skeleton", help="write the sample as an audit CSV with empty judgements")
    ap.add_argument("--listings", help="listings.csv, for the worksheet")
    ap.add_argument("--worksheet", help="write the listing text of every sampled row here (keep out of the repo)")
    args = ap.parse_args()

    rows = draw(args.runs, args.seed, args.per_stratum)
    pops = {}
    for r in rows:
        pops[(r["brand"], r["rule"])] = r["_population"]
    for (brand, rule), n in sorted(pops.items()):
        k = sum(1 for r in rows if (r["brand"], r["rule"]) == (brand, rule))
        print(f"{brand:8} {rule:20} {k:3} of {n:3} flagged listings")
    print(f"{len(rows)} sampled rows, {len({r['listing_id'] for r in rows})} distinct listings, seed {args.seed}")

    if args.skeleton:
        with open(args.skeleton, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
    if args.worksheet:
        if not args.listings:
            sys.exit("sample.py: --worksheet needs --listings")
        with open(args.listings, newline="", encoding="utf-8") as f:
            text = {r["sku"]: r for r in csv.DictReader(f)}
        with open(args.worksheet, "w", encoding="utf-8") as f:
            for n, r in enumerate(rows, 1):
                l = text.get(r["listing_id"], {})
                f.write(f"#{n} {r['brand']} {r['listing_id']} {r['rule']} {r['field']} "
                        f"[{r['evidence']}] {r['decision']}\n")
                for k in ("title", "brand", "price", "currency", "category", "bullet_points", "description"):
                    if l.get(k):
                        f.write(f"  {k}: {l[k][:600]}\n")
                f.write("\n")


if __name__ == "__main__":
    main()
