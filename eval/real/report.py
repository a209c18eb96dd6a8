#!/usr/bin/env python3
"""Figures of a real-catalogue screening run, and precision over the hand-judged sample.

    python3 eval/real/report.py /tmp/real/before.jsonl eval/real/audit-before.csv \
        [--sample eval/real/sample-before.txt] [--todo /tmp/real/to-judge.csv]

Prints
  - listings per decision, and listings flagged (REVIEW or BLOCK) with their share of the file;
  - findings per rule, in all listings and in flagged listings;
  - over the judged sample: for each rule the findings of the sampled listings in THIS run, how
    many have a verdict, how many are justified and false, and the precision; then the same per
    listing (a listing is justified when a finding of its most severe level is justified);
  - the findings of the sampled listings that have no verdict yet (to judge), and the findings
    judged justified that this run no longer reports (lost).

Verdicts are keyed by (listing_id, rule, mark, field), so after an engine change the same
judgement file is read against the new jsonl: findings that did not change keep their verdict,
new ones are listed as to judge (and written with --todo as rows to fill in and append to the
judgement file). A listing id that appears more than once in the jsonl (the amazon.in scrape lists
some ASINs once per category) is represented by its first flagged record, as in sample.py.

Python 3 standard library only.
"""

import argparse
import collections
import csv
import json
import math
import sys

FLAGGED = ("REVIEW", "BLOCK")
SEVERITY_RANK = {"INFO": 0, "LOW": 1, "MEDIUM": 2, "HIGH": 3, "CRITICAL": 4}
JUDGEMENT_HEADER = ["listing_id", "decision", "score", "rule", "mark", "field", "evidence",
                    "verdict", "reason"]


def key_of(listing_id, finding):
    return (listing_id, finding["rule"], finding.get("mark") or "", finding["field"])


def read_jsonl(path):
    records, chosen = [], {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            records.append(rec)
            prev = chosen.get(rec["id"])
            if prev is None or (prev["decision"] not in FLAGGED and rec["decision"] in FLAGGED):
                chosen[rec["id"]] = rec
    return records, chosen


def read_judgements(path):
    verdicts, order = {}, []
    with open(path, newline="", encoding="utf-8") as f:
        for n, row in enumerate(csv.DictReader(f), 2):
            verdict = (row.get("verdict") or "").strip().lower()
            if not verdict:
                continue
            if verdict not in ("justified", "false"):
                sys.exit(f"{path}:{n}: verdict: '{verdict}' is neither 'justified' nor 'false'")
            k = (row["listing_id"], row["rule"], row.get("mark") or "", row["field"])
            if k in verdicts and verdicts[k][0] != verdict:
                sys.exit(f"{path}:{n}: two different verdicts for {k}")
            if k not in verdicts:
                order.append(row["listing_id"])
            verdicts[k] = (verdict, row.get("reason", ""), row.get("evidence", ""))
    ids = list(dict.fromkeys(order))
    return verdicts, ids


def read_ids(path):
    with open(path, encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip() and not l.startswith("#")]


def wilson(k, n, z=1.96):
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (max(0.0, c - h), min(1.0, c + h))


def pct(k, n):
    return f"{100.0 * k / n:5.1f}%" if n else "    -"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("jsonl", help="screening report (clearmark screen --format jsonl)")
    ap.add_argument("judgements", nargs="+",
                    help="judgement CSV(s) (listing_id,decision,score,rule,mark,field,evidence,verdict,reason); "
                         "several files are read as one, e.g. audit-before.csv plus the verdicts added later")
    ap.add_argument("--sample", help="the sampled ids (default: the ids that have verdicts)")
    ap.add_argument("--todo", help="write the sampled findings still without a verdict to this CSV")
    args = ap.parse_args()

    records, chosen = read_jsonl(args.jsonl)
    verdicts, judged_ids = {}, []
    for path in args.judgements:
        v, ids = read_judgements(path)
        for k, val in v.items():
            if k in verdicts and verdicts[k][0] != val[0]:
                sys.exit(f"{path}: verdict for {k} contradicts an earlier file")
            verdicts.setdefault(k, val)
        judged_ids += [i for i in ids if i not in judged_ids]
    sample = read_ids(args.sample) if args.sample else judged_ids
    total = len(records)

    decisions = collections.Counter(r["decision"] for r in records)
    flagged = [r for r in records if r["decision"] in FLAGGED]
    flagged_ids = {r["id"] for r in flagged}
    print(f"listings screened: {total:,} ({len(chosen):,} distinct ids)")
    print("decisions: " + ", ".join(f"{d} {decisions.get(d, 0):,}" for d in ("PASS", "REVIEW", "BLOCK")))
    print(f"listings flagged (REVIEW or BLOCK): {len(flagged):,} = {pct(len(flagged), total).strip()} "
          f"of {total:,} ({len(flagged_ids):,} distinct ids)")

    all_rules = collections.Counter(f["rule"] for r in records for f in r["findings"])
    flag_rules = collections.Counter(f["rule"] for r in flagged for f in r["findings"])
    print("\nfindings per rule        all listings   in flagged listings")
    for rule, n in all_rules.most_common():
        print(f"  {rule:22} {n:10,}   {flag_rules.get(rule, 0):10,}")
    print(f"  {'total':22} {sum(all_rules.values()):10,}   {sum(flag_rules.values()):10,}")

    # --- judged sample ---
    per_rule = collections.defaultdict(lambda: [0, 0, 0, 0])  # findings, justified, false, unjudged
    todo, listing_rows, not_flagged = [], [], []
    present_keys = set()
    changed_evidence = []
    for lid in sample:
        rec = chosen.get(lid)
        if rec is None:
            not_flagged.append((lid, "absent"))
            continue
        for f in rec["findings"]:
            present_keys.add(key_of(lid, f))
        if rec["decision"] not in FLAGGED:
            not_flagged.append((lid, rec["decision"]))
            continue
        top = max(SEVERITY_RANK[f["severity"]] for f in rec["findings"])
        top_verdicts = []
        for f in rec["findings"]:
            v = verdicts.get(key_of(lid, f))
            c = per_rule[f["rule"]]
            c[0] += 1
            if v is None:
                c[3] += 1
                todo.append((lid, rec, f))
            elif v[0] == "justified":
                c[1] += 1
            else:
                c[2] += 1
            if v is not None and v[2] and v[2] != f.get("text", ""):
                changed_evidence.append((lid, f, v))
            if SEVERITY_RANK[f["severity"]] == top:
                top_verdicts.append(None if v is None else v[0])
        if "justified" in top_verdicts:
            state = "justified"
        elif None in top_verdicts:
            state = "unjudged"
        else:
            state = "false"
        listing_rows.append((lid, rec, state))

    print(f"\njudged sample: {len(sample)} ids, {len(listing_rows)} flagged in this run"
          + (f", {len(not_flagged)} no longer flagged" if not_flagged else ""))
    print("\nprecision per rule (findings of the sampled flagged listings)")
    print(f"  {'rule':22} {'findings':>8} {'judged':>7} {'justified':>9} {'false':>6} {'precision':>9} {'to judge':>8}")
    tot = [0, 0, 0, 0]
    for rule in sorted(per_rule, key=lambda r: -per_rule[r][0]):
        n, j, fa, u = per_rule[rule]
        tot = [a + b for a, b in zip(tot, per_rule[rule])]
        print(f"  {rule:22} {n:8} {j + fa:7} {j:9} {fa:6} {pct(j, j + fa):>9} {u:8}")
    n, j, fa, u = tot
    print(f"  {'all findings':22} {n:8} {j + fa:7} {j:9} {fa:6} {pct(j, j + fa):>9} {u:8}")

    states = collections.Counter(s for _, _, s in listing_rows)
    jn, fn = states.get("justified", 0), states.get("false", 0)
    lo, hi = wilson(jn, jn + fn)
    print(f"\nprecision per listing: {jn} justified, {fn} false"
          + (f", {states['unjudged']} not fully judged" if states.get("unjudged") else "")
          + f" -> {pct(jn, jn + fn).strip()} (95% Wilson interval {100 * lo:.1f}-{100 * hi:.1f}%)")
    by_dec = collections.defaultdict(collections.Counter)
    by_driver = collections.defaultdict(collections.Counter)
    for lid, rec, s in listing_rows:
        by_dec[rec["decision"]][s] += 1
        by_driver[rec["findings"][0]["rule"]][s] += 1
    for d in FLAGGED:
        if by_dec[d]:
            c = by_dec[d]
            print(f"  {d:7} {c['justified']:4} justified / {c['justified'] + c['false']:4} judged")
    print("  by decision-driving rule (first, most severe finding):")
    for rule, c in sorted(by_driver.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"    {rule:22} {c['justified']:4} justified / {c['justified'] + c['false']:4} judged"
              f"  {pct(c['justified'], c['justified'] + c['false'])}")

    if not_flagged:
        print("\nsampled ids no longer flagged: " + ", ".join(f"{i} ({d})" for i, d in not_flagged))

    lost = sorted(k for k, v in verdicts.items() if v[0] == "justified" and k[0] in set(sample)
                  and k not in present_keys)
    print(f"\njustified findings no longer reported: {len(lost)}")
    for k in lost:
        print("  " + " | ".join(k))

    if changed_evidence:
        print(f"\nverdicts reused although the evidence text changed (check them): {len(changed_evidence)}")
        for lid, f, v in changed_evidence:
            print(f"  {lid} {f['rule']} {f.get('mark', '')} {f['field']}: was {v[2]!r}, now {f.get('text', '')!r} ({v[0]})")

    print(f"\nfindings to judge: {len(todo)}")
    for lid, rec, f in todo[:50]:
        print(f"  {lid} {f['rule']} {f.get('mark', '')} {f['field']} {f.get('text', '')!r}")
    if len(todo) > 50:
        print(f"  ... {len(todo) - 50} more (use --todo FILE)")
    if args.todo:
        with open(args.todo, "w", newline="", encoding="utf-8") as out:
            w = csv.writer(out, lineterminator="\n")
            w.writerow(JUDGEMENT_HEADER)
            for lid, rec, f in todo:
                w.writerow([lid, rec["decision"], rec["score"], f["rule"], f.get("mark", ""),
                            f["field"], f.get("text", ""), "", ""])
        print(f"written to {args.todo}")


if __name__ == "__main__":
    main()
