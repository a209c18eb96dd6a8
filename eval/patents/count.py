#!/usr/bin/env python3
"""Count PT_CLAIM findings by severity, per listings file, and per patent.

    python3 eval/patents/count.py OUT/amazon-in.jsonl OUT/amazon-us-health.jsonl OUT/bigbasket.jsonl
"""
import collections
import json
import os
import sys

SEV = ["MEDIUM", "LOW", "INFO"]
total = collections.Counter()
per_patent = collections.defaultdict(collections.Counter)
print(f"{'file':<22}{'listings':>9}{'flagged':>9}" + "".join(f"{s:>8}" for s in SEV))
for path in sys.argv[1:]:
    c, listings, flagged = collections.Counter(), 0, 0
    for line in open(path, encoding="utf-8"):
        row = json.loads(line)
        listings += 1
        fs = [f for f in row["findings"] if f["rule"] == "PT_CLAIM"]
        flagged += bool(fs)
        for f in fs:
            c[f["severity"]] += 1
            per_patent[f["registration"]][f["severity"]] += 1
    total.update(c)
    name = os.path.basename(path).rsplit(".", 1)[0]
    print(f"{name:<22}{listings:>9}{flagged:>9}" + "".join(f"{c[s]:>8}" for s in SEV))
print(f"{'all':<22}{'':>9}{'':>9}" + "".join(f"{total[s]:>8}" for s in SEV))
print("\nper patent (MEDIUM/LOW/INFO):")
for number, c in sorted(per_patent.items(), key=lambda kv: -sum(kv[1].values())):
    print(f"  US {number:<10}" + " ".join(f"{c[s]:>5}" for s in SEV))
