#!/usr/bin/env python3
"""Draw the judged sample of flagged listings from a screening jsonl, with a fixed seed.

    python3 eval/real/sample.py /tmp/real/before.jsonl --n 200 --seed 20261203 \
        --ids eval/real/sample-before.txt \
        --listings /tmp/real/listings.csv --worksheet /tmp/real/worksheet.txt \
        --skeleton /tmp/real/audit-skeleton.csv

"Flagged" is decision REVIEW or BLOCK. The amazon.in scrape lists some ASINs several times (once
per category page it was found on); a listing id is drawn at most once, and the record judged
for it is its first flagged record in the jsonl. The ids are drawn from the flagged ids in input
order with random.Random(seed).sample, so the same jsonl and seed give the same sample.

--ids       writes the sampled ids, one a line, in the order drawn (kept in the repository)
--worksheet writes, for a person judging by hand, each sampled listing's text and findings
            (it holds listing text: write it outside the repository)
--skeleton  writes the judgement CSV with one row per finding and verdict/reason left empty
            (it holds evidence strings only; rows already judged can be merged with report.py)

Python 3 standard library only.
"""

import argparse
import csv
import json
import random
import sys

SEED = 20261203
N = 200
JUDGEMENT_HEADER = ["listing_id", "decision", "score", "rule", "mark", "field", "evidence",
                    "verdict", "reason"]


def flagged_records(path):
    """First flagged record of every listing id, in input order, with its line number."""
    seen, out = set(), []
    with open(path, encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            rec = json.loads(line)
            if rec["decision"] in ("REVIEW", "BLOCK") and rec["id"] not in seen:
                seen.add(rec["id"])
                rec["_line"] = line_no
                out.append(rec)
    return out


def draw(records, n, seed):
    ids = [r["id"] for r in records]
    if n > len(ids):
        sys.exit(f"sample.py: only {len(ids)} flagged ids, cannot draw {n}")
    return random.Random(seed).sample(ids, n)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("jsonl")
    ap.add_argument("--n", type=int, default=N)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--ids", help="write the sampled ids here")
    ap.add_argument("--listings", help="the listings.csv the jsonl was screened from (for --worksheet)")
    ap.add_argument("--worksheet", help="write listing text and findings for judging by hand")
    ap.add_argument("--skeleton", help="write an empty judgement CSV, one row per finding")
    args = ap.parse_args()

    records = flagged_records(args.jsonl)
    by_id = {r["id"]: r for r in records}
    ids = draw(records, args.n, args.seed)
    print(f"{len(records)} flagged listing ids; drew {len(ids)} with seed {args.seed}", file=sys.stderr)

    if args.ids:
        with open(args.ids, "w", encoding="utf-8") as f:
            f.write(f"# {len(ids)} flagged listing ids drawn from {len(records)} with "
                    f"random.Random({args.seed}).sample\n")
            f.write("\n".join(ids) + "\n")

    if args.skeleton:
        with open(args.skeleton, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(JUDGEMENT_HEADER)
            for i in ids:
                r = by_id[i]
                for fd in r["findings"]:
                    w.writerow([i, r["decision"], r["score"], fd["rule"], fd.get("mark", ""),
                                fd["field"], fd.get("text", ""), "", ""])

    if args.worksheet:
        if not args.listings:
            sys.exit("sample.py: --worksheet needs --listings")
        rows = {}
        with open(args.listings, newline="", encoding="utf-8") as f:
            for n, row in enumerate(csv.DictReader(f), 1):
                rows.setdefault(n, row)
        with open(args.worksheet, "w", encoding="utf-8") as f:
            for k, i in enumerate(ids, 1):
                r = by_id[i]
                row = rows[r["_line"]]
                f.write(f"=== {k}. {i}  {r['decision']} {r['score']}  [{row['marketplace']}] {row['category']}\n")
                f.write(f"title: {row['title']}\n")
                if row["brand"]:
                    f.write(f"brand: {row['brand']}\n")
                for b, text in enumerate(row["bullet_points"].split("|") if row["bullet_points"] else [], 1):
                    f.write(f"bullet {b}: {text[:300]}\n")
                if row["description"]:
                    f.write(f"description: {row['description'][:400]}\n")
                for fd in r["findings"]:
                    field_text = field_value(row, fd["field"])
                    s, e = fd["start"], fd["end"]
                    ctx = field_text[max(0, s - 40):s] + "[[" + field_text[s:e] + "]]" + field_text[e:e + 40]
                    f.write(f"  - {fd['rule']} {fd['severity']} mark={fd.get('mark','')} "
                            f"field={fd['field']} text={fd.get('text','')!r}\n      ...{ctx}...\n")
                f.write("\n")


def field_value(row, field):
    if field.startswith("bullet_points["):
        n = int(field[len("bullet_points["):-1])
        parts = row["bullet_points"].split("|")
        return parts[n - 1] if n <= len(parts) else ""
    return row.get(field, "") or ""


if __name__ == "__main__":
    main()
