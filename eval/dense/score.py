#!/usr/bin/env python3
"""Scores a `clearmark screen --format jsonl` report against the dense-register benchmark labels.

    python3 eval/dense/score.py DIR OUTPUT.jsonl [--markdown]

DIR holds labels.csv and listings.csv (and cases.csv, for the notes) written by generate.py.
Prints per group and per kind: n, flagged, and
  positive       recall: flagged AND at least one of the expected rules reported
  hard_negative  pass rate: not flagged / n
  clean          false-positive rate: flagged / n
and the precision over every flagged listing (a true positive is a positive flagged with an
expected rule).  Writes DIR/misses.txt (positives not caught) and DIR/false-flags.txt (listings
flagged although they should pass), each with the title and the findings, for reading.
"""
import argparse
import csv
import json
import os
import sys
from collections import Counter, defaultdict

FLAGGED = ("REVIEW", "BLOCK")


def load(dir_, output):
    labels = list(csv.DictReader(open(os.path.join(dir_, "labels.csv"), encoding="utf-8", newline="")))
    listings = {r["sku"]: r for r in csv.DictReader(open(os.path.join(dir_, "listings.csv"), encoding="utf-8",
                                                         newline=""))}
    cases = {}
    p = os.path.join(dir_, "cases.csv")
    if os.path.exists(p):
        cases = {r["id"]: r for r in csv.DictReader(open(p, encoding="utf-8", newline=""))}
    out = {}
    with open(output, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                o = json.loads(line)
                out[str(o.get("id"))] = o
    return labels, listings, cases, out


def pct(a, b):
    return "%.1f%%" % (100.0 * a / b) if b else "-"


def describe(lab, listing, case, o):
    lines = ["%s  %s  expected=%s  decision=%s score=%s" % (
        lab["id"], lab["kind"], lab["expected_rules"] or "-", o.get("decision") if o else "MISSING",
        o.get("score") if o else "-")]
    lines.append("  brand: %s | category: %s" % (listing.get("brand", ""), listing.get("category", "")))
    lines.append("  title: %s" % listing.get("title", ""))
    if listing.get("search_terms"):
        lines.append("  search_terms: %s" % listing["search_terms"])
    if case and (case.get("mark") or case.get("note")):
        lines.append("  built: mark=%s variant=%s note=%s" % (case.get("mark", ""), case.get("variant", ""),
                                                             case.get("note", "")))
    for fd in (o or {}).get("findings", []):
        lines.append("  - %s %s mark=%s reg=%s field=%s text=%r" % (
            fd.get("rule"), fd.get("severity"), fd.get("mark"), fd.get("registration"), fd.get("field"),
            fd.get("text")))
    return "\n".join(lines)


PTS = {"INFO": 0, "LOW": 20, "MEDIUM": 50, "HIGH": 80, "CRITICAL": 95}


def score_of(findings):
    ps = sorted((PTS.get(f.get("severity"), 0) for f in findings), reverse=True)
    if not ps:
        return 0
    return min(100, ps[0] + 5 * sum(1 for p in ps[1:] if p > 0))


def mechanisms(dir_, false_flags, out, cases):
    """Which register marks cause the false flags (needs register-notes.csv from generate.py)."""
    p = os.path.join(dir_, "register-notes.csv")
    if not os.path.exists(p) or not false_flags:
        return
    kind = {}
    classes = {}
    for r in csv.DictReader(open(p, encoding="utf-8", newline="")):
        kind[r["registration_number"]] = r["kind"]
    reg = os.path.join(dir_, "register.csv")
    for r in csv.DictReader(open(reg, encoding="utf-8", newline="")):
        classes[r["registration_number"]] = set(int(c) for c in r["classes"].split(";") if c)
    top_kind = Counter()
    gone = Counter()
    in_class = Counter()
    for lab in false_flags:
        fs = out[lab["id"]].get("findings", [])
        serious = [f for f in fs if PTS.get(f.get("severity"), 0) >= 40]
        if serious:
            f = serious[0]
            top_kind["%s:%s" % (kind.get(f.get("registration"), "other"), f.get("rule"))] += 1
        for k in ("famous", "real", "coined", "derived", "two_word", "acronym", "real_word"):
            if score_of([f for f in fs if kind.get(f.get("registration")) != k]) < 40:
                gone[k] += 1
        if score_of([f for f in fs if kind.get(f.get("registration")) in ("famous", "real")]) < 40:
            gone["all coined"] += 1
        lc = set(int(c) for c in (cases.get(lab["id"], {}).get("classes") or "").split(";") if c)
        for f in serious:
            k = kind.get(f.get("registration"))
            if k in ("coined", "derived", "two_word", "acronym", "real_word") and lc:
                in_class["in class" if classes.get(f.get("registration"), set()) & lc else "other classes"] += 1
    n = len(false_flags)
    print()
    print("false flags by register kind of the most severe finding: %s" % ", ".join(
        "%s %d" % kv for kv in top_kind.most_common(10)))
    print("false flags that would pass without the marks of one kind: %s" % ", ".join(
        "%s %d (%s)" % (k, v, pct(v, n)) for k, v in gone.most_common()))
    print("coined-mark findings (>= MEDIUM) on false flags, mark's classes vs the listing's: %s" % dict(in_class))


def main():
    ap = argparse.ArgumentParser(description="score the dense-register benchmark")
    ap.add_argument("dir")
    ap.add_argument("output")
    ap.add_argument("--markdown", action="store_true", help="print the tables as Markdown")
    ap.add_argument("--tag", default="", help="suffix for misses/false-flags file names (misses-TAG.txt)")
    a = ap.parse_args()
    labels, listings, cases, out = load(a.dir, a.output)

    missing = [l["id"] for l in labels if l["id"] not in out]
    owner_of = {}
    reg = os.path.join(a.dir, "register.csv")
    if os.path.exists(reg):
        for r in csv.DictReader(open(reg, encoding="utf-8", newline="")):
            owner_of.setdefault(r["mark"], r["owner"])
    per_kind = defaultdict(lambda: dict(n=0, flagged=0, hit=0, strict=0))
    per_group = defaultdict(lambda: dict(n=0, flagged=0, hit=0, strict=0))
    tp = 0
    all_flagged = 0
    misses, false_flags = [], []
    ff_rules = Counter()
    ff_pairs = Counter()
    for lab in labels:
        o = out.get(lab["id"])
        rules = set(fd.get("rule") for fd in (o or {}).get("findings", []))
        flagged = bool(o) and o.get("decision") in FLAGGED
        expected = set(x for x in lab["expected_rules"].split(";") if x)
        g, k = lab["group"], lab["kind"]
        for d in (per_kind[(g, k)], per_group[g]):
            d["n"] += 1
            d["flagged"] += flagged
        if flagged:
            all_flagged += 1
        if g == "positive":
            hit = flagged and bool(expected & rules)
            per_kind[(g, k)]["hit"] += hit
            per_group[g]["hit"] += hit
            # stricter: the expected rule names the mark the case was built on (or its owner)
            target = (cases.get(lab["id"]) or {}).get("mark", "")
            strict = hit and any(fd.get("rule") in expected and target and (
                fd.get("mark") == target or fd.get("owner") == owner_of.get(target, "\0"))
                for fd in o.get("findings", []))
            per_kind[(g, k)]["strict"] += strict
            per_group[g]["strict"] += strict
            tp += hit
            if not hit:
                misses.append(lab)
        elif lab["expect_flag"] == "false" and flagged:
            false_flags.append(lab)
            for fd in o.get("findings", []):
                if fd.get("severity") not in ("INFO",):
                    ff_rules[fd.get("rule")] += 1
            top = next((fd for fd in o.get("findings", [])), None)
            if top:
                ff_pairs[(top.get("rule"), top.get("mark"))] += 1

    def metric(g, d):
        if g == "positive":
            return "recall %s (intended mark %s)" % (pct(d["hit"], d["n"]), pct(d["strict"], d["n"]))
        if g == "hard_negative":
            return "pass %s" % pct(d["n"] - d["flagged"], d["n"])
        return "FP rate %s" % pct(d["flagged"], d["n"])

    order = {"positive": 0, "hard_negative": 1, "clean": 2}
    rows = []
    for g in sorted(per_group, key=lambda x: order.get(x, 9)):
        for (gg, k) in sorted(k for k in per_kind if k[0] == g):
            d = per_kind[(gg, k)]
            rows.append((g, k, d["n"], d["flagged"], metric(g, d)))
        d = per_group[g]
        rows.append((g, "(all)", d["n"], d["flagged"], metric(g, d)))

    if a.markdown:
        print("| group | kind | n | flagged | metric |")
        print("|---|---|---:|---:|---|")
        for g, k, n, f, m in rows:
            b = "**" if k == "(all)" else ""
            print("| %s | %s%s%s | %d | %d | %s%s%s |" % (g, b, k, b, n, f, b, m, b))
    else:
        print("%-14s %-26s %6s %8s  %s" % ("group", "kind", "n", "flagged", "metric"))
        for g, k, n, f, m in rows:
            print("%-14s %-26s %6d %8d  %s" % (g, k, n, f, m))
    print()
    print("precision over all flagged listings: %s (%d true positives / %d flagged)" % (
        pct(tp, all_flagged), tp, all_flagged))
    pg = per_group.get("positive", dict(n=0, hit=0))
    print("positive recall: %s (%d / %d); with the expected rule on the intended mark or its owner: %s" % (
        pct(pg["hit"], pg["n"]), pg["hit"], pg["n"], pct(pg.get("strict", 0), pg["n"])))
    if missing:
        print("WARNING: %d labelled listings are missing from the report (counted as not flagged)" % len(missing))
    print()
    print("false flags by top finding (rule, mark), most frequent:")
    for (r, m), c in ff_pairs.most_common(15):
        print("  %4d  %s %s" % (c, r, m))
    print("non-informational findings on false flags by rule: %s" % dict(ff_rules.most_common()))

    mechanisms(a.dir, false_flags, out, cases)
    sfx = ("-" + a.tag) if a.tag else ""
    miss_path = os.path.join(a.dir, "misses%s.txt" % sfx)
    ff_path = os.path.join(a.dir, "false-flags%s.txt" % sfx)
    with open(miss_path, "w", encoding="utf-8") as f:
        f.write("# positives not caught (not flagged, or flagged without an expected rule): %d\n\n" % len(misses))
        for lab in misses:
            f.write(describe(lab, listings.get(lab["id"], {}), cases.get(lab["id"]), out.get(lab["id"])) + "\n\n")
    with open(ff_path, "w", encoding="utf-8") as f:
        f.write("# listings flagged REVIEW or BLOCK that should pass: %d\n\n" % len(false_flags))
        for lab in false_flags:
            f.write(describe(lab, listings.get(lab["id"], {}), cases.get(lab["id"]), out.get(lab["id"])) + "\n\n")
    print("\nwrote %s and %s" % (miss_path, ff_path))


if __name__ == "__main__":
    sys.exit(main())
