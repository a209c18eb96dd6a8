#!/usr/bin/env python3
"""Which brand-side screenings would open an enforcement case, and how the hand judgements of
audit.csv score them (issue 15).

    python3 eval/real/brand/cases.py /tmp/realF eval/real/brand/audit.csv

Reads RUNS/<brand>.jsonl (the CLI's screen output per brand, as docs/evaluation.md makes them) and
applies the case-opening rule of the service (enforcement.CaseOpener.OpeningPolicy, restated here
for the evaluation: the Java class is the rule): a listing that did not pass screening opens a case
only for a finding that is itself a signal of infringement (look-alike, piracy, suspicious price,
the mark presenting another brand's goods at medium severity or above, the mark in another brand's
search terms, a counterfeit cue on a listing naming one of the brand's marks; never resale proof
or compatibility alone). Prints, before and after the rule, how many listings would reach the
brand's queue and, for those the audit judged, how many the brand should act on.

Python 3 standard library only.
"""

import csv
import json
import os
import sys

SEVERITY = {"INFO": 0, "LOW": 1, "MEDIUM": 2, "HIGH": 3, "CRITICAL": 4}


def signal(f, names_mark):
    rule, sev, mark = f["rule"], SEVERITY.get(f.get("severity", "INFO"), 0), f.get("mark") or ""
    if rule in ("TM_LOOKALIKE", "TM_BRAND_LOOKALIKE", "CF_PIRACY", "CF_PRICE"):
        return True
    if rule == "TM_EXACT":
        return sev > SEVERITY["LOW"]
    if rule == "POLICY_SEARCH_TERMS":
        return bool(mark.strip())
    if rule == "CF_COUNTERFEIT_TERM":
        return names_mark
    if rule in ("TM_SOURCE_PROOF", "TM_COMPATIBILITY"):
        return False
    return sev > SEVERITY["LOW"]


def main():
    runs, audit = sys.argv[1], sys.argv[2]
    judged = {}
    with open(audit, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            key = (row["brand"], row["listing_id"])
            judged[key] = judged.get(key, "FP") if row["judgement"] == "FP" else "TP"
    rows = {"flagged (any finding)": [], "review or block": [], "opens a case": []}
    for name in sorted(os.listdir(runs)):
        if not name.endswith(".jsonl"):
            continue
        brand = name[: -len(".jsonl")]
        with open(os.path.join(runs, name), encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                findings = r.get("findings") or []
                if not findings:
                    continue
                key = (brand, r["id"])
                rows["flagged (any finding)"].append(key)
                if r["decision"] == "PASS":
                    continue
                rows["review or block"].append(key)
                names_mark = any((x.get("mark") or "").strip() for x in findings)
                if any(signal(x, names_mark) for x in findings):
                    rows["opens a case"].append(key)
    print(f"{'stage':24} {'listings':>8} {'judged':>7} {'act on':>7}")
    for stage, keys in rows.items():
        j = [judged[k] for k in keys if k in judged]
        print(f"{stage:24} {len(keys):8} {len(j):7} {j.count('TP'):7}")
    print()
    for key in rows["opens a case"]:
        print("opens a case:", *key, judged.get(key, "not judged"))


if __name__ == "__main__":
    main()
