#!/usr/bin/env python3
"""Checks eval/holdout/listings.jsonl against the label schema of eval/README.md.

Written from eval/README.md only (not from the engine or eval/validate.py). Errors (exit 1):
bad JSON, missing/extra keys, duplicate SKU/ASIN, bad formats, unknown rule or category,
a decision that does not follow from the rules, a brand context file naming a mark that is not
in marks.csv. Warnings: a simple scan for exact marks, compatibility phrases, counterfeit words,
reference prices and non-Latin letters that disagrees with a label. `--stats` prints counts.
"""
import csv, json, re, sys, unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent
RULES = {"TM_EXACT", "TM_LOOKALIKE", "TM_BRAND_LOOKALIKE", "TM_SOURCE_PROOF", "TM_COMPATIBILITY",
         "POLICY_SEARCH_TERMS", "CF_COUNTERFEIT_TERM", "CF_PIRACY", "CF_PRICE"}
CATS = {"Clothing, Shoes & Jewelry": {25, 14, 18, 26}, "Shoes": {25}, "Electronics": {9},
        "Cell Phones & Accessories": {9}, "Beauty & Personal Care": {3, 8, 26},
        "Health & Household": {5, 3, 10}, "Grocery & Gourmet Food": {29, 30, 31, 32},
        "Toys & Games": {28}, "Software": {9, 42}, "Video Games": {9, 28},
        "Home & Kitchen": {7, 8, 11, 20, 21, 24}, "Sports & Outdoors": {28, 22, 25},
        "Automotive": {4, 12}, "Office Products": {16, 2, 9},
        "Tools & Home Improvement": {6, 7, 8, 11, 2, 17, 19}, "Watches": {14}, "Jewelry": {14},
        "Luggage & Travel Gear": {18}, "Beverages": {32, 33, 30}}
ORDINARY = {"APPLE", "DOVE", "GAP", "SHELL", "CORONA", "ZOOM", "VISA", "ORACLE", "AMAZON", "ECHO",
            "KINDLE", "CANON", "WINDOWS", "BEATS", "VANS", "CONVERSE", "PUMA", "YETI", "MARVEL",
            "OMEGA", "ADOBE", "TIMBERLAND"}
KEYS = ["sku", "asin", "title", "brand", "bullet_points", "description", "search_terms", "price",
        "currency", "category", "marketplace", "expected"]
STRONG = ["replica", "1:1", "mirror quality", "super copy", "knockoff", "knock-off"]
WEAK = ["dupe", "fake", "aaa quality", "aaa grade", "inspired by", "style"]
PIRACY = ["license key", "licence key", "activation key", "activation code", "lifetime", "cracked",
          "full version", "built-in games", "films on", "usb flash drive"]

def norm(s):
    s = s.lower().replace("'", "").replace("\u2019", "")
    return " ".join(re.findall(r"[a-z0-9]+", s))

def load():
    marks = {}
    for r in csv.DictReader(open(EVAL / "marks.csv", encoding="utf-8")):
        marks[r["mark"]] = {"owner": r["owner"], "classes": {int(c) for c in r["classes"].split(";")},
                            "live": r["status"] == "live"}
    own = list(csv.DictReader(open(EVAL / "own-brands.csv", encoding="utf-8")))
    prices = list(csv.DictReader(open(EVAL / "reference-prices.csv", encoding="utf-8")))
    return marks, own, prices

def mark_of(brand, marks):
    b = norm(brand).replace(" ", "")
    for m in marks:
        if norm(m).replace(" ", "") == b:
            return m
    return None

def authorized(mark, sku, own):
    for r in own:
        if norm(r["brand"]) != norm(mark):
            continue
        skus = [s for s in r["skus"].split(";") if s]
        if skus and sku not in skus:
            return False
        if r["valid_to"] and r["valid_to"] < "2026-11-28":
            return False
        if r["valid_from"] and r["valid_from"] > "2026-11-28":
            return False
        return True
    return False

COMPAT = re.compile(r"(?:\bfor|\bfits?|compatible with|works with|replacement(?: for)?)\s+(?:\S+\s+){0,3}$")

def hits(text, mark, allow_ordinary, title_start=False):
    """Return list of (exact, compat) occurrences of mark in text, clause by clause."""
    out = []
    m = norm(mark)
    forms = {m, m.replace(" ", "")}
    for ci, clause in enumerate(re.split(r"[.;,|()]", text)):
        n = norm(clause)
        toks = n.split()
        for form in forms:
            for variant in (form, form + "s"):
                for mo in re.finditer(r"(?:(?<=\s)|^)" + re.escape(variant) + r"(?=\s|$)", n):
                    before = n[:mo.start()]
                    at_start = title_start and ci == 0 and before.strip() == ""
                    if mark in ORDINARY and not allow_ordinary and not at_start:
                        continue
                    out.append(bool(COMPAT.search(before)))
        _ = toks
    return out

def scan(o, marks, own, prices):
    """Independent expectations for the mark rules that a plain scan can see."""
    exp = set(); title_exact = False
    cat_classes = CATS.get(o["category"], set())
    bmark = mark_of(o["brand"], marks)
    b_owner = marks[bmark]["owner"] if bmark else None
    if bmark and marks[bmark]["live"] and not authorized(bmark, o["sku"], own):
        exp.add("TM_SOURCE_PROOF")
    body = " | ".join(o["bullet_points"]) + " | " + o["description"]
    for m, info in marks.items():
        if not info["live"]:
            continue
        if authorized(m, o["sku"], own):
            continue
        if b_owner and info["owner"] == b_owner:
            continue
        ok = bool(info["classes"] & cat_classes)
        t = hits(o["title"], m, ok, title_start=True)
        b = hits(body, m, ok)
        s = hits(o["search_terms"], m, ok)
        if any(not c for c in t):
            exp.add("TM_EXACT"); title_exact = True
        if any(not c for c in b):
            exp.add("TM_EXACT")
        if any(t + b):
            if any(c for c in t + b):
                exp.add("TM_COMPATIBILITY")
        if s:
            exp.add("POLICY_SEARCH_TERMS")
    # price
    for r in prices:
        m = r["brand"]; named = bmark == m or (hits(o["title"], m, True, True) and not all(hits(o["title"], m, True, True)))
        if bmark == m:
            named = True
        if not named:
            continue
        if r["product"] and norm(r["product"]) not in norm(o["title"]):
            continue
        if o["price"] < 0.4 * float(r["price"]):
            exp.add("CF_PRICE")
    return exp, title_exact

def decision(rules, title_exact):
    r = set(rules)
    cf_mark = "CF_COUNTERFEIT_TERM" in r and bool(r & {"TM_EXACT", "TM_LOOKALIKE", "TM_SOURCE_PROOF", "TM_BRAND_LOOKALIKE"})
    if ("TM_EXACT" in r and title_exact) or r & {"TM_LOOKALIKE", "TM_BRAND_LOOKALIKE", "POLICY_SEARCH_TERMS", "CF_PIRACY"} or cf_mark:
        return "BLOCK"
    if "TM_EXACT" in r or "CF_PRICE" in r or "CF_COUNTERFEIT_TERM" in r:
        return "REVIEW"
    return "PASS"

def main():
    marks, own, prices = load()
    errors, warnings = [], []
    for r in own + prices:
        if not mark_of(r["brand"], marks):
            errors.append(f"context brand {r['brand']} not in marks.csv")
    rows = []
    skus, asins = set(), set()
    path = HERE / "listings.jsonl"
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            o = json.loads(line)
        except Exception as e:
            errors.append(f"line {ln}: not JSON ({e})"); continue
        rows.append(o)
        sku = o.get("sku")
        if list(o.keys()) != KEYS:
            errors.append(f"{sku}: keys {list(o.keys())}")
            continue
        e = o["expected"]
        if list(e.keys()) != ["decision", "rules", "case", "note"]:
            errors.append(f"{sku}: expected keys {list(e.keys())}")
        if not re.fullmatch(r"HO-\d{4}", sku): errors.append(f"{sku}: bad sku")
        if not re.fullmatch(r"B0H[A-Z0-9]{7}", o["asin"]): errors.append(f"{sku}: bad asin")
        if sku in skus: errors.append(f"{sku}: duplicate sku")
        if o["asin"] in asins: errors.append(f"{sku}: duplicate asin")
        skus.add(sku); asins.add(o["asin"])
        if not 2 <= len(o["bullet_points"]) <= 5: errors.append(f"{sku}: {len(o['bullet_points'])} bullets")
        if o["category"] not in CATS: errors.append(f"{sku}: category {o['category']}")
        if o["currency"] != "USD" or o["marketplace"] != "amazon.com": errors.append(f"{sku}: currency/marketplace")
        if not isinstance(o["price"], (int, float)) or o["price"] <= 0: errors.append(f"{sku}: price")
        if set(e["rules"]) - RULES: errors.append(f"{sku}: unknown rule {set(e['rules']) - RULES}")
        if len(set(e["rules"])) != len(e["rules"]): errors.append(f"{sku}: repeated rule")
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", e["case"]): errors.append(f"{sku}: case format")
        if e["decision"] not in ("PASS", "REVIEW", "BLOCK"): errors.append(f"{sku}: decision")
        bm = mark_of(o["brand"], marks)
        if bm and not marks[bm]["live"] and e["rules"]:
            warnings.append(f"{sku}: dead-mark brand with rules")
        exp, title_exact = scan(o, marks, own, prices)
        want = decision(e["rules"], title_exact)
        if want != e["decision"]:
            errors.append(f"{sku}: decision {e['decision']} but rules give {want}")
        labelled = set(e["rules"])
        for rule in ("TM_EXACT", "TM_SOURCE_PROOF", "TM_COMPATIBILITY", "CF_PRICE"):
            if (rule in exp) != (rule in labelled):
                warnings.append(f"{sku}: scan {'finds' if rule in exp else 'misses'} {rule} ({o['title'][:60]})")
        if "POLICY_SEARCH_TERMS" in exp and "POLICY_SEARCH_TERMS" not in labelled:
            warnings.append(f"{sku}: scan finds a mark in search terms")
        if "POLICY_SEARCH_TERMS" in labelled and "POLICY_SEARCH_TERMS" not in exp and "lookalike" not in e["case"]:
            warnings.append(f"{sku}: POLICY_SEARCH_TERMS labelled but no exact mark found")
        text = " ".join([o["title"]] + o["bullet_points"] + [o["description"]])
        nonlatin = [c for c in text if c.isalpha() and not c.isascii()]
        if nonlatin and "TM_LOOKALIKE" not in labelled:
            warnings.append(f"{sku}: non-Latin letters {nonlatin} without TM_LOOKALIKE")
        low = " " + text.lower() + " "
        strong = [w for w in STRONG if re.search(r"(?<![a-z0-9])" + re.escape(w) + r"(?![a-z0-9])", low)]
        if strong and "CF_COUNTERFEIT_TERM" not in labelled:
            warnings.append(f"{sku}: strong counterfeit term {strong} not labelled")
        if "CF_COUNTERFEIT_TERM" in labelled and not strong and not any(w in low for w in WEAK):
            warnings.append(f"{sku}: CF labelled but no counterfeit word found")
        if "CF_PIRACY" in labelled and not any(w in low for w in PIRACY):
            warnings.append(f"{sku}: CF_PIRACY labelled but no piracy wording found")
        for b in [o["brand"]]:
            for m in marks:
                pass
    if len(rows) != 160:
        errors.append(f"{len(rows)} listings, expected 160")
    for x in errors: print("ERROR", x)
    for x in warnings: print("WARN ", x)
    print(f"{len(rows)} listings, {len(errors)} errors, {len(warnings)} warnings")
    if "--stats" in sys.argv:
        stats(rows, marks, own, prices)
    sys.exit(1 if errors else 0)

def stats(rows, marks, own, prices):
    def table(title, counter):
        print(f"\n| {title} | listings |\n|---|---|")
        for k, v in sorted(counter.items()):
            print(f"| {k} | {v} |")
    rc = Counter(); dc = Counter(); cc = Counter(); cat = Counter(); nr = Counter()
    exact_title = exact_body = cf_mark = cf_nomark = advisory_pass = clean = 0
    for o in rows:
        e = o["expected"]; r = set(e["rules"])
        for x in r: rc[f"`{x}`"] += 1
        if not r: rc["(no rule)"] += 1; clean += 1
        dc[e["decision"]] += 1; cc[f"`{e['case']}`"] += 1; cat[o["category"]] += 1; nr[len(r)] += 1
        if "TM_EXACT" in r:
            te = scan(o, marks, own, prices)[1]
            exact_title += te; exact_body += not te
        if "CF_COUNTERFEIT_TERM" in r:
            if r & {"TM_EXACT", "TM_LOOKALIKE", "TM_SOURCE_PROOF", "TM_BRAND_LOOKALIKE"}: cf_mark += 1
            else: cf_nomark += 1
        if e["decision"] == "PASS" and r: advisory_pass += 1
    table("rule", rc); table("decision", dc); table("case", cc); table("category", cat); table("rules per listing", nr)
    print(f"\nTM_EXACT in the title: {exact_title}; only in bullets/description: {exact_body}. "
          f"CF_COUNTERFEIT_TERM with a mark nearby: {cf_mark}; without: {cf_nomark}. "
          f"PASS with an advisory rule: {advisory_pass}; no rule at all: {clean}.")

if __name__ == "__main__":
    main()
