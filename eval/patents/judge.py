#!/usr/bin/env python3
"""Join the PT_CLAIM findings of a run with the hand judgements in judgements.py.

    python3 eval/patents/judge.py --out OUT --jar cli/target/clearmark.jar [--write eval/patents/judged.csv]

For every finding in OUT/<file>.jsonl it charts the finding's claim against the listing
(`clearmark patents chart`, which reports each element as the finding saw it), checks that the
elements the engine calls SHOWN are the ones judged, and prints precision per severity and per
element. A finding without a judgement, or whose SHOWN elements changed, is listed to judge again.
"""
import argparse
import collections
import csv
import json
import os
import re
import subprocess
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from judgements import J  # noqa: E402

FILES = ["amazon-in", "amazon-us-health", "bigbasket"]
HERE = os.path.dirname(os.path.abspath(__file__))


def findings(out):
    for f in FILES:
        for line in open(os.path.join(out, f + ".jsonl"), encoding="utf-8"):
            row = json.loads(line)
            for x in row["findings"]:
                if x["rule"] == "PT_CLAIM":
                    claim = re.search(r"claim (\d+):", x["explanation"]).group(1)
                    yield f, row["sku"], x, claim


def charts(out, jar, wanted):
    """(file, sku, patent, claim) -> [(label, language, cell)] from one chart per claim."""
    groups = collections.defaultdict(list)
    for f, sku, pn, cl in wanted:
        groups[(f, pn, cl)].append(sku)
    result = {}
    for (f, pn, cl), skus in groups.items():
        for i in range(0, len(skus), 20):
            part = skus[i:i + 20]
            path = os.path.join(out, f"chart-{f}-{pn}-{cl}-{i}.csv")
            args = ["java", "-jar", jar, "patents", "chart", os.path.join(out, f + ".csv"),
                    "--patents", os.path.join(HERE, "patents.csv"), "--patent", pn,
                    "--claim", cl, "--format", "csv", "-o", path]
            for s in part:
                args += ["--asin", s]
            subprocess.run(args, check=True, capture_output=True)
            rows = list(csv.reader(open(path, encoding="utf-8")))
            for j, sku in enumerate(rows[0][2:], 2):
                result[(f, pn, cl, sku)] = [(r[0], r[1], r[j]) for r in rows[1:]
                                            if r[0] not in ("summary",) and not r[0].endswith("[pre]")]
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--jar", required=True)
    ap.add_argument("--write", help="write the per-finding judgements CSV here")
    a = ap.parse_args()
    fs = list(findings(a.out))
    ch = charts(a.out, a.jar, {(f, sku, x["registration"], cl) for f, sku, x, cl in fs})
    rows, todo = [], []
    per_sev = collections.defaultdict(lambda: [0, 0, 0])  # findings, right, useful
    elements = [0, 0]
    per_label_kind = collections.Counter()
    for f, sku, x, cl in fs:
        pn = x["registration"]
        els = ch[(f, pn, cl, sku)]
        shown = [lab for lab, _, cell in els if cell.startswith("Shown")]
        j = J.get((f, sku, pn))
        if j is None or set(j[0]) != set(shown):
            todo.append((f, sku, pn, cl, shown))
            continue
        marks, stated, right, useful, note = j
        sev = x["severity"]
        per_sev[sev][0] += 1
        per_sev[sev][1] += right
        per_sev[sev][2] += useful
        for lab in shown:
            elements[0] += 1
            elements[1] += marks[lab]
        evidence = "; ".join(f"{lab}={'T' if marks[lab] else 'F'} \"{cell[7:].rsplit(' (', 1)[0].strip(chr(34))}\""
                             for lab, _, cell in els if lab in marks)
        rows.append({"file": f, "sku": sku, "patent": pn, "claim": cl, "severity": sev,
                     "field": x["field"], "elements": len(els), "shown": len(shown),
                     "shown_judged": evidence, "shown_true": sum(marks.values()),
                     "stated_by_hand": stated, "finding_right": "yes" if right else "no",
                     "reviewer_useful": "yes" if useful else "no", "note": note})
    print(f"findings judged: {len(rows)}; to judge again: {len(todo)}")
    for t in todo:
        print("  NOT JUDGED (or SHOWN elements changed):", *t)
    for sev, (n, r, u) in sorted(per_sev.items()):
        print(f"  {sev}: {n} findings, right {r}/{n} = {r / n:.0%}, useful to a reviewer {u}/{n} = {u / n:.0%}")
    if elements[0]:
        print(f"  SHOWN elements really stated: {elements[1]}/{elements[0]} = {elements[1] / elements[0]:.0%}")
    by_patent = collections.defaultdict(lambda: [0, 0, 0, 0])
    for r in rows:
        b = by_patent[r["patent"]]
        b[0] += 1
        b[1] += r["finding_right"] == "yes"
        b[2] += r["shown"]
        b[3] += r["shown_true"]
    print("  per patent: findings, right, SHOWN elements, of them true")
    for pn, (n, r, s, t) in sorted(by_patent.items(), key=lambda kv: -kv[1][0]):
        print(f"    US {pn:<9} {n:>3} {r:>3} {s:>4} {t:>4}")
    if a.write:
        with open(a.write, "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0].keys()), lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
        print("  wrote", a.write)
    return 1 if todo else 0


if __name__ == "__main__":
    sys.exit(main())
