#!/usr/bin/env python3
"""Figures of the copied-text (CR_TEXT) evaluation, and the worksheet for judging by hand.

    python3 eval/text/report.py --out /tmp/text-eval [--worksheet /tmp/text-eval/worksheet.txt]

reads the files of prepare.py, OUT/real.jsonl (clearmark screen OUT/listings.csv --works
OUT/works.csv --format jsonl), OUT/copies.jsonl (clearmark screen OUT/copies.csv --works
OUT/half-works.csv --format jsonl), and eval/text/judged.csv, the
verdicts given by hand on a seeded sample of the real flagged pairs. Prints recall of the
synthetic copies per kind, what the real listings share with each other, and the precision over
the judged sample; lists sampled pairs that still need a verdict.

Python 3 standard library only.
"""

import argparse
import collections
import csv
import json
import os
import random
import re

SAMPLE_SEED = 20261207
SAMPLE_SIZE = 40
HERE = os.path.dirname(os.path.abspath(__file__))


def load_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--worksheet")
    args = parser.parse_args()
    works = {w["id"]: w for w in load_csv(os.path.join(args.out, "works.csv"))}
    listings = {l["sku"]: l for l in load_csv(os.path.join(args.out, "listings.csv"))}
    truth = {t["sku"]: t for t in load_csv(os.path.join(args.out, "truth.csv"))}
    findings = collections.defaultdict(list)
    for name in ("real.jsonl", "copies.jsonl"):
        with open(os.path.join(args.out, name), encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                for finding in row["findings"]:
                    if finding["rule"] == "CR_TEXT":
                        findings[row["id"]].append(finding)

    print("Synthetic copies (recall: a CR_TEXT finding names the copied work)")
    groups = collections.defaultdict(lambda: [0, 0, collections.Counter()])
    for sku, t in truth.items():
        key = (t["how"], int(t["size"]))
        groups[key][0] += 1
        hit = [f for f in findings.get(sku, []) if f["registration"] == t["work"]]
        if hit:
            groups[key][1] += 1
            groups[key][2][hit[0]["severity"]] += 1
    for (how, size), (total, found, severities) in sorted(groups.items()):
        label = "passage of %d words" % size if how == "passage" else "every %dth word replaced" % size
        print("  %-28s %4d/%-4d recall %5.1f%%  severities %s"
              % (label, found, total, 100.0 * found / total, dict(sorted(severities.items()))))

    pairs = []
    for sku, listing in listings.items():
        if sku in truth:
            continue
        for f in findings.get(sku, []):
            work = works[f["registration"]]
            if work["description"] == sku:
                continue
            words = int(re.search(r"copies (\d+) consecutive words", f["explanation"]).group(1))
            same = listing["brand"].strip().lower() == work["owner"].strip().lower() and listing["brand"].strip() != ""
            pairs.append({"sku": sku, "work_asin": work["description"], "work": f["registration"],
                          "field": f["field"], "severity": f["severity"], "words": words,
                          "text": f["text"], "brand": listing["brand"], "owner": work["owner"],
                          "same_owner": same})
    real = [s for s in listings if s not in truth]
    flagged = {p["sku"] for p in pairs}
    print()
    print("Real listings: %d screened against %d registered texts (each listing's own text left out)"
          % (len(real), len(works)))
    print("  listings with a CR_TEXT finding on another listing's text: %d (%.1f%%)"
          % (len(flagged), 100.0 * len(flagged) / len(real)))
    print("  findings: %d; by severity %s" % (len(pairs), dict(collections.Counter(p["severity"] for p in pairs))))
    print("  findings where the listing's brand is the work's owner: %d" % sum(p["same_owner"] for p in pairs))
    print("  copied passage length: median %d words, %d of 40 words or more"
          % (sorted(p["words"] for p in pairs)[len(pairs) // 2] if pairs else 0,
             sum(p["words"] >= 40 for p in pairs)))

    unordered = {}
    for p in pairs:
        key = tuple(sorted([p["sku"], p["work_asin"]])) + (p["field"],)
        unordered.setdefault(key, p)
    population = sorted(unordered.values(), key=lambda p: (p["sku"], p["work_asin"], p["field"]))
    sample = random.Random(SAMPLE_SEED).sample(population, min(SAMPLE_SIZE, len(population)))
    judged_path = os.path.join(HERE, "judged.csv")
    judged = {}
    if os.path.exists(judged_path):
        for j in load_csv(judged_path):
            judged[(j["sku"], j["work_asin"], j["field"])] = j
    verdicts = collections.Counter()
    missing = []
    for p in sample:
        j = judged.get((p["sku"], p["work_asin"], p["field"]))
        if j is None:
            missing.append(p)
        else:
            verdicts[j["verdict"]] += 1
    print()
    print("Judged sample: %d of %d distinct flagged pairs (seed %d)" % (len(sample), len(population), SAMPLE_SEED))
    if verdicts:
        total = sum(verdicts.values())
        print("  verdicts %s; precision (copy) %.1f%% of %d" % (dict(verdicts), 100.0 * verdicts["copy"] / total, total))
    if missing:
        print("  %d sampled pairs still need a verdict (see --worksheet)" % len(missing))
    if args.worksheet:
        with open(args.worksheet, "w", encoding="utf-8") as f:
            for p in sample:
                work = works[p["work"]]
                listing = listings[p["sku"]]
                f.write("=== %s vs work %s (%s) field %s, %s, %d words; brand %r, owner %r\n"
                        % (p["sku"], p["work_asin"], p["work"], p["field"], p["severity"], p["words"],
                           p["brand"], p["owner"]))
                f.write("PASSAGE: %s\n" % p["text"])
                f.write("LISTING TITLE: %s\n" % listing["title"][:200])
                f.write("WORK TEXT: %s\n\n" % work["text"][:600])


if __name__ == "__main__":
    main()
