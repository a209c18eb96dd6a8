#!/usr/bin/env python3
"""Validate the Clearmark evaluation set and print its statistics.

Usage:  python3 eval/validate.py [--stats] [--quiet]

Hard errors (exit 1): a line that is not JSON, a missing or malformed field, a duplicate SKU or
ASIN, an unknown rule id, an unknown category, a decision that does not follow from the rules
(see README.md, "Decision"), a mark/brand file that does not parse, a reference-price or
own-brand row naming a brand that is not in marks.csv.

Warnings (printed, exit 0): places where an independent, deliberately simple re-screening of the
text disagrees with the labels. They are there to catch labelling slips; each one was reviewed
when the set was written and the set ships with none.
"""

import csv
import datetime as dt
import gzip
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICON = os.path.join(
    HERE, "..", "engine", "src", "main", "resources", "com", "clearmark", "engine", "text",
    "english-lexicon.txt.gz")

RULES = [
    "TM_EXACT", "TM_LOOKALIKE", "TM_BRAND_LOOKALIKE", "TM_SOURCE_PROOF", "TM_COMPATIBILITY",
    "POLICY_SEARCH_TERMS", "CF_COUNTERFEIT_TERM", "CF_PIRACY", "CF_PRICE",
]
DECISIONS = ["PASS", "REVIEW", "BLOCK"]

# Which Nice classes a listing category stands for (the same classes the engine's
# category-nice-classes.tsv gives these category names). An ordinary-word mark (a mark that is one
# English word, such as APPLE or SHELL) only counts outside a brand position when the listing's
# category shares a class with the mark.
CATEGORY_CLASSES = {
    "Clothing, Shoes & Jewelry": {25, 18, 14},
    "Shoes": {25},
    "Electronics": {9},
    "Cell Phones & Accessories": {9},
    "Beauty & Personal Care": {3, 21, 8, 5},
    "Health & Household": {5, 10, 3, 21, 16},
    "Grocery & Gourmet Food": {29, 30, 31, 32},
    "Toys & Games": {28},
    "Software": {9, 42},
    "Video Games": {9, 28},
    "Home & Kitchen": {21, 11, 8, 20, 24, 7, 27},
    "Sports & Outdoors": {28, 25, 22},
    "Automotive": {12, 4, 7},
    "Office Products": {16, 9},
    "Tools & Home Improvement": {8, 7, 6, 19, 11, 20, 21, 24, 27},
    "Watches": {14, 9},
    "Jewelry": {14},
    "Luggage & Travel Gear": {18},
    "Beverages": {32, 33, 30},
}

AS_OF = dt.date(2026, 11, 28)

SKU_RE = re.compile(r"^EV-\d{4}$")
ASIN_RE = re.compile(r"^B0[A-Z0-9]{8}$")
CASE_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


# ---------------------------------------------------------------- text helpers

def tokens(text):
    """Lower-case ASCII word tokens; apostrophes vanish (Levi's -> levis), anything else splits.

    Letters outside ASCII (Cyrillic, Greek, full-width) split tokens, so a confusable spelling is
    never an exact match here."""
    t = unicodedata.normalize("NFC", text).lower()
    t = re.sub(r"['\u2019\u2018`]", "", t)
    return re.findall(r"[a-z0-9]+", t)


def compact(text):
    return "".join(tokens(text))


def load_lexicon():
    try:
        with gzip.open(LEXICON, "rt", encoding="utf-8") as f:
            return {w.strip() for w in f if w.strip()}
    except OSError:
        return None


class Mark:
    def __init__(self, row):
        self.name = row["mark"]
        self.owner = row["owner"]
        self.reg = row["registration_number"]
        self.classes = {int(c) for c in row["classes"].split(";") if c}
        self.live = row["status"] == "live"
        self.famous = row["famous"] == "true"
        self.toks = tokens(self.name)
        self.compact = "".join(self.toks)
        self.ordinary = False

    def __repr__(self):
        return self.name


def load_marks(path=os.path.join(HERE, "marks.csv"), lexicon=None):
    marks = []
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        m = Mark(row)
        if lexicon is not None and len(m.toks) == 1 and m.toks[0] in lexicon:
            m.ordinary = True
        marks.append(m)
    return marks


def find_mark(toks, mark):
    """Start positions and lengths of exact uses of the mark in a token list.

    Exact = same words (any case/punctuation), the words run together (CocaCola, RayBan),
    or a trailing s/es (plural, possessive with the apostrophe dropped)."""
    out = []
    n = len(mark.toks)
    for i in range(len(toks)):
        seg = toks[i:i + n]
        if len(seg) == n:
            ok = seg[:-1] == mark.toks[:-1] and seg[-1] in (
                mark.toks[-1], mark.toks[-1] + "s", mark.toks[-1] + "es")
            if ok:
                out.append((i, n))
                continue
        if n > 1 and toks[i] in (mark.compact, mark.compact + "s"):
            out.append((i, 1))
    return out


COMPAT_WORDS = {"compatible", "fits", "fit", "replacement", "for", "works", "work", "designed"}


def compat_context(text, mark):
    """Whether every exact use of the mark in text follows, within five words of the same clause,
    a compatibility word (compatible with, for, fits, works with, replacement for)."""
    found_any = False
    for clause in re.split(r"[.;:!?|\n\u2022(]", text):
        toks = tokens(clause)
        for i, _ in find_mark(toks, mark):
            found_any = True
            if not COMPAT_WORDS & set(toks[max(0, i - 5):i]):
                return False
    return found_any


# ---------------------------------------------------------------- context files

class OwnBrand:
    def __init__(self, row):
        self.brand = row["brand"]
        self.compact = compact(self.brand)
        self.asins = {a for a in row["asins"].split(";") if a}
        self.skus = {s for s in row["skus"].split(";") if s}
        self.valid_from = dt.date.fromisoformat(row["valid_from"]) if row["valid_from"] else None
        self.valid_to = dt.date.fromisoformat(row["valid_to"]) if row["valid_to"] else None

    def covers(self, asin, sku, day=AS_OF):
        if self.valid_from and day < self.valid_from:
            return False
        if self.valid_to and day > self.valid_to:
            return False
        if not self.asins and not self.skus:
            return True
        return asin in self.asins or sku in self.skus


def load_own(path=os.path.join(HERE, "own-brands.csv")):
    with open(path, newline="", encoding="utf-8") as f:
        return [OwnBrand(r) for r in csv.DictReader(f)]


def load_refs(path=os.path.join(HERE, "reference-prices.csv")):
    with open(path, newline="", encoding="utf-8") as f:
        return [dict(r, price=float(r["price"])) for r in csv.DictReader(f)]


# ---------------------------------------------------------------- screening helpers

def fields(listing):
    out = [("title", listing["title"]), ("brand", listing["brand"])]
    for i, b in enumerate(listing["bullet_points"]):
        out.append((f"bullet_points[{i + 1}]", b))
    out.append(("description", listing["description"]))
    out.append(("search_terms", listing["search_terms"]))
    return out


def covered_brands(listing, own):
    """Compact names of brands the seller owns or is authorized for on this listing."""
    return {o.compact for o in own if o.covers(listing["asin"], listing["sku"])}


def mark_uses(listing, marks, own, field_filter=None):
    """(field, mark) pairs where a live third-party mark is used exactly, counting ordinary words
    only in brand positions or same-class categories, and skipping the listing's own brand field
    and brands the seller owns/is authorized for. Compatibility uses are returned separately."""
    uses, compat = [], []
    covered = covered_brands(listing, own)
    brand_c = compact(listing["brand"])
    # marks of the owner of the brand-field mark are that brand's own naming (Apple -> AirPods)
    brand_owner = next((m.owner for m in marks if m.live and m.compact == brand_c), None)
    cat_classes = CATEGORY_CLASSES.get(listing["category"], set())
    for fname, text in fields(listing):
        if fname == "brand":
            continue
        if field_filter and not field_filter(fname):
            continue
        toks = tokens(text)
        for m in marks:
            if not m.live or m.compact in covered or m.compact == brand_c or m.owner == brand_owner:
                continue
            hits = find_mark(toks, m)
            if not hits:
                continue
            if m.ordinary:
                in_class = bool(m.classes & cat_classes)
                at_start = fname == "title" and any(i == 0 for i, _ in hits)
                if not (in_class or at_start):
                    continue
            if fname != "search_terms" and compat_context(text, m):
                compat.append((fname, m))
            else:
                uses.append((fname, m))
    return uses, compat


def exact_in_title(listing, marks, own):
    uses, _ = mark_uses(listing, marks, own, lambda f: f == "title")
    return bool(uses)


STRONG = [r"\breplicas?\b", r"\bsuper ?copy\b", r"\bmirror[- ]quality\b", r"(?<![\d.:])1:1(?![\d:])",
          r"\bknock-?offs?\b"]
WEAK = [r"\bdupes?\b", r"\bfakes?\b", r"\baaa[- ](quality|grade)\b", r"\binspired by\b"]


def cf_terms(text):
    t = text.lower()
    strong = [p for p in STRONG if re.search(p, t)]
    weak = [p for p in WEAK if re.search(p, t)]
    return strong, weak


def cf_with_mark(listing, rules, marks, own):
    if rules & {"TM_EXACT", "TM_LOOKALIKE", "TM_BRAND_LOOKALIKE", "TM_SOURCE_PROOF"}:
        return True
    uses, _ = mark_uses(listing, marks, own, lambda f: f != "search_terms")
    return bool(uses)


def expected_decision(listing, marks, own):
    rules = set(listing["expected"]["rules"])
    block = review = False
    if rules & {"TM_LOOKALIKE", "TM_BRAND_LOOKALIKE", "POLICY_SEARCH_TERMS", "CF_PIRACY"}:
        block = True
    if "TM_EXACT" in rules:
        if exact_in_title(listing, marks, own):
            block = True
        else:
            review = True
    if "CF_COUNTERFEIT_TERM" in rules:
        if cf_with_mark(listing, rules, marks, own):
            block = True
        else:
            review = True
    if "CF_PRICE" in rules:
        review = True
    return "BLOCK" if block else "REVIEW" if review else "PASS"


def damerau(a, b):
    d = {}
    la, lb = len(a), len(b)
    for i in range(-1, la + 1):
        d[(i, -1)] = i + 1
    for j in range(-1, lb + 1):
        d[(-1, j)] = j + 1
    for i in range(la):
        for j in range(lb):
            cost = 0 if a[i] == b[j] else 1
            d[(i, j)] = min(d[(i - 1, j)] + 1, d[(i, j - 1)] + 1, d[(i - 1, j - 1)] + cost)
            if i and j and a[i] == b[j - 1] and a[i - 1] == b[j]:
                d[(i, j)] = min(d[(i, j)], d[(i - 2, j - 2)] + 1)
    return d[(la - 1, lb - 1)]


def near(a, b):
    """a is a near miss of b (b a mark's compact form): one edit, two for long marks."""
    if a == b or len(b) < 4:
        return False
    dist = damerau(a, b)
    return dist <= (2 if len(b) >= 8 else 1)


NON_LATIN = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\uff01-\uff5e]")


def price_refs(listing, marks, own, refs):
    """Reference prices that apply: brand named in the brand field or exactly in the title."""
    out = []
    title_uses, _ = mark_uses(listing, marks, own, lambda f: f == "title")
    named = {m.compact for _, m in title_uses} | {compact(listing["brand"])}
    ttoks = tokens(listing["title"])
    for r in refs:
        if compact(r["brand"]) not in named:
            continue
        if r["product"]:
            ptoks = tokens(r["product"])
            if not any(ttoks[i:i + len(ptoks)] == ptoks for i in range(len(ttoks))):
                continue
        out.append(r)
    return out


# ---------------------------------------------------------------- main

def main(argv):
    stats = "--stats" in argv
    quiet = "--quiet" in argv
    errors, warnings = [], []
    lexicon = load_lexicon()
    if lexicon is None:
        warnings.append("english lexicon not found; ordinary-word checks use no lexicon")
    marks = load_marks(lexicon=lexicon)
    by_compact = {m.compact: m for m in marks}
    if len(by_compact) != len(marks):
        errors.append("duplicate mark in marks.csv")
    for m in marks:
        if not re.fullmatch(r"EVAL-\d{4}", m.reg):
            errors.append(f"marks.csv {m.name}: registration number {m.reg}")
        if not m.classes or any(c < 1 or c > 45 for c in m.classes):
            errors.append(f"marks.csv {m.name}: classes")
    own = load_own()
    refs = load_refs()
    for o in own:
        if o.compact not in by_compact:
            errors.append(f"own-brands.csv: {o.brand} is not in marks.csv")
    for r in refs:
        if compact(r["brand"]) not in by_compact:
            errors.append(f"reference-prices.csv: {r['brand']} is not in marks.csv")

    listings = []
    with open(os.path.join(HERE, "listings.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                listings.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: not JSON: {e}")

    keys = ["sku", "asin", "title", "brand", "bullet_points", "description", "search_terms",
            "price", "currency", "category", "marketplace", "expected"]
    skus, asins = Counter(), Counter()
    for n, x in listings:
        where = f"line {n} ({x.get('sku')})"
        if list(x.keys()) != keys:
            errors.append(f"{where}: keys {list(x.keys())}")
            continue
        skus[x["sku"]] += 1
        asins[x["asin"]] += 1
        if not SKU_RE.match(x["sku"]):
            errors.append(f"{where}: sku")
        if not ASIN_RE.match(x["asin"]):
            errors.append(f"{where}: asin {x['asin']}")
        if not (2 <= len(x["bullet_points"]) <= 5):
            errors.append(f"{where}: {len(x['bullet_points'])} bullets")
        if not x["title"] or not x["brand"] or not x["description"] or not x["search_terms"]:
            errors.append(f"{where}: empty text field")
        if not isinstance(x["price"], (int, float)) or x["price"] <= 0:
            errors.append(f"{where}: price")
        if x["currency"] != "USD" or x["marketplace"] != "amazon.com":
            errors.append(f"{where}: currency/marketplace")
        if x["category"] not in CATEGORY_CLASSES:
            errors.append(f"{where}: category {x['category']}")
        e = x["expected"]
        if list(e.keys()) != ["decision", "rules", "case", "note"]:
            errors.append(f"{where}: expected keys {list(e.keys())}")
            continue
        if e["decision"] not in DECISIONS:
            errors.append(f"{where}: decision {e['decision']}")
        bad = [r for r in e["rules"] if r not in RULES]
        if bad:
            errors.append(f"{where}: unknown rules {bad}")
        if len(set(e["rules"])) != len(e["rules"]):
            errors.append(f"{where}: repeated rule")
        if not CASE_RE.match(e["case"]) or not e["note"]:
            errors.append(f"{where}: case/note")
        want = expected_decision(x, marks, own)
        if want != e["decision"]:
            errors.append(f"{where}: decision {e['decision']} but the rules give {want}")
    for s, c in skus.items():
        if c > 1:
            errors.append(f"duplicate sku {s}")
    for a, c in asins.items():
        if c > 1:
            errors.append(f"duplicate asin {a}")

    # ------------------------------------------------------------ label cross-checks
    for n, x in listings:
        if "expected" not in x:
            continue
        rules = set(x["expected"]["rules"])
        where = f"{x['sku']} [{x['expected']['case']}]"
        covered = covered_brands(x, own)
        body_text = " ".join([x["title"]] + x["bullet_points"] + [x["description"]])
        uses, compat = mark_uses(x, marks, own)
        non_st = [(f, m) for f, m in uses if f != "search_terms"]
        st_uses = [(f, m) for f, m in uses if f == "search_terms"]
        if non_st and "TM_EXACT" not in rules:
            warnings.append(f"{where}: exact use not labelled: {non_st}")
        if "TM_EXACT" in rules and not non_st:
            warnings.append(f"{where}: TM_EXACT labelled but no exact use found")
        if compat and "TM_COMPATIBILITY" not in rules:
            warnings.append(f"{where}: compatibility use not labelled: {compat}")
        if "TM_COMPATIBILITY" in rules and not compat:
            warnings.append(f"{where}: TM_COMPATIBILITY labelled but none found")
        if st_uses and "POLICY_SEARCH_TERMS" not in rules:
            warnings.append(f"{where}: mark in search terms not labelled: {st_uses}")
        # brand field
        bc = compact(x["brand"])
        bm = by_compact.get(bc)
        src = bm is not None and bm.live and bc not in covered
        if src != ("TM_SOURCE_PROOF" in rules):
            warnings.append(f"{where}: TM_SOURCE_PROOF mismatch (brand {x['brand']})")
        bl = [m for m in marks if m.live and near(bc, m.compact) and bc not in covered
              and not (lexicon and bc in lexicon)]
        if bool(bl) != ("TM_BRAND_LOOKALIKE" in rules):
            warnings.append(f"{where}: TM_BRAND_LOOKALIKE mismatch (brand {x['brand']}, near {bl})")
        # look-alikes in text
        suspicious = []
        for fname, text in fields(x):
            if fname == "brand":
                continue
            if NON_LATIN.search(text):
                suspicious.append((fname, "non-latin"))
            if re.search(r"\b([A-Za-z][ .\-]){3,}[A-Za-z]\b", text):
                suspicious.append((fname, "spaced"))
            for t in set(tokens(text)):
                if lexicon and t in lexicon:
                    continue
                for m in marks:
                    if t in (m.compact + "s", m.compact + "es"):
                        continue  # plural or possessive: an exact use, checked above
                    if m.live and len(m.toks) == 1 and m.compact not in covered and near(t, m.compact):
                        suspicious.append((fname, f"{t}~{m.name}"))
        body_susp = [s for s in suspicious if s[0] != "search_terms"]
        st_susp = [s for s in suspicious if s[0] == "search_terms"]
        if body_susp and not rules & {"TM_LOOKALIKE", "TM_BRAND_LOOKALIKE"}:
            warnings.append(f"{where}: look-alike-ish text not labelled: {body_susp}")
        if st_susp and "POLICY_SEARCH_TERMS" not in rules:
            warnings.append(f"{where}: look-alike-ish search terms not labelled: {st_susp}")
        if "POLICY_SEARCH_TERMS" in rules and not st_uses and not st_susp:
            if not x["expected"]["case"].startswith("search-terms-lookalike") and \
                    "lookalike" not in x["expected"]["note"].lower():
                warnings.append(f"{where}: POLICY_SEARCH_TERMS labelled but nothing found")
        # counterfeit terms
        strong, weak = cf_terms(body_text)
        style = any(re.search(r"\b" + r"\W*".join(re.escape(t) for t in m.toks) + r"s?\W{0,2}style\b",
                              body_text.lower()) for m in marks if m.live)
        with_mark = cf_with_mark(x, rules, marks, own)
        fires = bool(strong) or ((bool(weak) or style) and with_mark)
        if fires != ("CF_COUNTERFEIT_TERM" in rules):
            warnings.append(f"{where}: CF_COUNTERFEIT_TERM mismatch strong={strong} weak={weak} "
                            f"style={style} with_mark={with_mark}")
        # price
        applicable = price_refs(x, marks, own, refs)
        low = any(x["price"] < 0.4 * r["price"] for r in applicable)
        if low != ("CF_PRICE" in rules):
            warnings.append(f"{where}: CF_PRICE mismatch price={x['price']} refs={applicable}")
        # piracy
        pir = re.search(r"license key|product key|activation (code|key)|lifetime (activation|license)|"
                        r"\bcracked\b|full version|keygen|membership code|games in 1|movies? collection|"
                        r"films? on usb|collection usb", body_text.lower())
        if bool(pir) != ("CF_PIRACY" in rules):
            warnings.append(f"{where}: CF_PIRACY mismatch ({pir.group(0) if pir else None})")

    for e in errors:
        print("ERROR", e)
    if not quiet:
        for w in warnings:
            print("WARN ", w)
    print(f"{len(listings)} listings, {len(errors)} errors, {len(warnings)} warnings")
    if stats:
        print_stats([x for _, x in listings])
    return 1 if errors else 0


def print_stats(listings):
    rc, cc, dc, catc, nr = Counter(), Counter(), Counter(), Counter(), Counter()
    for x in listings:
        e = x["expected"]
        for r in e["rules"]:
            rc[r] += 1
        cc[e["case"]] += 1
        dc[e["decision"]] += 1
        catc[x["category"]] += 1
        nr[len(e["rules"])] += 1
    print("\n| rule | listings |\n|---|---|")
    for r in RULES:
        print(f"| `{r}` | {rc[r]} |")
    print(f"| (no rule) | {nr[0]} |")
    print("\n| decision | listings |\n|---|---|")
    for d in DECISIONS:
        print(f"| {d} | {dc[d]} |")
    print("\n| case | listings |\n|---|---|")
    for c, k in sorted(cc.items()):
        print(f"| `{c}` | {k} |")
    print("\n| category | listings |\n|---|---|")
    for c, k in sorted(catc.items()):
        print(f"| {c} | {k} |")
    print("\n| rules per listing | listings |\n|---|---|")
    for k, v in sorted(nr.items()):
        print(f"| {k} | {v} |")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
