#!/usr/bin/env python3
"""Dense-register listing benchmark: writes register.csv, listings.csv, labels.csv, own-brands.csv.

    python3 eval/dense/generate.py --shared /work/shared/data --out DIR --seed 7 [--coined 100000]

Standard library only; the same seed and inputs give byte-identical files.  Listing rows are read
from the shared data at run time and written only to DIR (keep DIR outside the repository).
See eval/dense/README.md for what is built and why.
"""
import argparse
import csv
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

sys.dont_write_bytecode = True  # keep eval/dense free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import marks_data as D  # noqa: E402

# --------------------------------------------------------------------------- text helpers

WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s.lower())


def words(s):
    out = []
    for w in WORD_RE.findall(s):
        f = fold(w)
        if f:
            out.append(f)
    return out


def lev(a, b, maxd=2):
    """Levenshtein distance, or maxd+1 when it is larger than maxd."""
    if abs(len(a) - len(b)) > maxd:
        return maxd + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        lo = i
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            lo = min(lo, cur[j])
        if lo > maxd:
            return maxd + 1
        prev = cur
    return prev[-1]


def budget(n):
    """How many edits make a word 'near' a mark of n letters (the usual screening convention)."""
    if n < 3:
        return 0
    if n <= 7:
        return 1
    return 2


def deletes(key, depth):
    out = {key}
    frontier = {key}
    for _ in range(depth):
        nxt = set()
        for k in frontier:
            for i in range(len(k)):
                nxt.add(k[:i] + k[i + 1:])
        out |= nxt
        frontier = nxt
    return out


class NearIndex:
    """Symmetric-delete index: which register words are within budget() edits of a word."""

    def __init__(self):
        self.map = defaultdict(list)
        self.items = []

    def add(self, key, payload):
        i = len(self.items)
        self.items.append((key, payload))
        for v in deletes(key, 2 if len(key) >= 8 else 1):
            self.map[v].append(i)

    def near(self, w, include_exact=False):
        cands = set()
        for v in deletes(w, 2 if len(w) >= 6 else 1):
            cands.update(self.map.get(v, ()))
        out = []
        for i in sorted(cands):
            key, payload = self.items[i]
            b = budget(len(key))
            if b == 0:
                continue
            if key == w and not include_exact:
                continue
            d = lev(w, key, b)
            if d <= b:
                out.append((d, key, payload))
        return out


# --------------------------------------------------------------------------- categories -> Nice classes

AIN_MAIN = {
    "appliances": [7, 11], "car & motorbike": [12], "tv, audio & cameras": [9], "sports & fitness": [28],
    "grocery & gourmet foods": [29, 30], "home & kitchen": [21, 20, 24], "pet supplies": [31, 18, 21],
    "stores": [25, 18, 14], "toys & baby products": [28, 5], "kids' fashion": [25], "bags & luggage": [18],
    "accessories": [14, 18], "women's shoes": [25], "men's shoes": [25], "women's clothing": [25],
    "men's clothing": [25], "beauty & health": [3, 5], "industrial supplies": [7, 9, 1], "music": [15, 9],
    "home, kitchen, pets": [9, 11, 7],
}
AIN_SUB = {
    ("appliances", "Air Conditioners"): [11], ("appliances", "Heating & Cooling Appliances"): [11],
    ("appliances", "Kitchen & Home Appliances"): [7, 11, 21], ("appliances", "Refrigerators"): [11],
    ("appliances", "Washing Machines"): [7], ("car & motorbike", "Car & Bike Care"): [3, 21],
    ("car & motorbike", "Car Electronics"): [9, 12], ("sports & fitness", "All Sports, Fitness & Outdoors"): [28, 25],
    ("sports & fitness", "Camping & Hiking"): [22, 18, 28, 8], ("sports & fitness", "Cycling"): [12, 28],
    ("sports & fitness", "Fitness Accessories"): [28, 9], ("sports & fitness", "Football"): [28, 25],
    ("sports & fitness", "Running"): [25, 28], ("sports & fitness", "Yoga"): [28, 27, 25],
    ("grocery & gourmet foods", "Coffee, Tea & Beverages"): [30, 32], ("grocery & gourmet foods", "Snack Foods"): [30, 29],
    ("home & kitchen", "Bedroom Linen"): [24], ("home & kitchen", "Furniture"): [20],
    ("home & kitchen", "Garden & Outdoors"): [8, 21, 31, 11], ("home & kitchen", "Home Décor"): [20, 21, 27, 16],
    ("home & kitchen", "Home Furnishing"): [24, 27], ("home & kitchen", "Home Storage"): [20, 21],
    ("home & kitchen", "Kitchen & Dining"): [21, 8], ("home & kitchen", "Kitchen Storage & Containers"): [21],
    ("home & kitchen", "Indoor Lighting"): [11], ("home & kitchen", "Home Improvement"): [6, 8, 11, 20],
    ("home & kitchen", "Sewing & Craft Supplies"): [26, 16, 23],
    ("stores", "Men's Fashion"): [25], ("stores", "Sportswear"): [25, 28], ("stores", "Fashion Sales & Deals"): [25, 18],
    ("toys & baby products", "Baby Bath, Skin & Grooming"): [3, 5], ("toys & baby products", "Baby Products"): [5, 10, 21, 28],
    ("toys & baby products", "Nursing & Feeding"): [21, 10], ("toys & baby products", "Strollers & Prams"): [12],
    ("toys & baby products", "Toys & Games"): [28], ("toys & baby products", "Diapers"): [5],
    ("toys & baby products", "STEM Toys Store"): [28], ("toys & baby products", "International Toy Store"): [28],
    ("toys & baby products", "Toys Gifting Store"): [28],
    ("kids' fashion", "Kids' Watches"): [14], ("kids' fashion", "School Bags"): [18],
    ("accessories", "Bags & Luggage"): [18], ("accessories", "Fashion & Silver Jewellery"): [14],
    ("accessories", "Gold & Diamond Jewellery"): [14], ("accessories", "Handbags & Clutches"): [18],
    ("accessories", "Jewellery"): [14], ("accessories", "Sunglasses"): [9], ("accessories", "Watches"): [14],
    ("beauty & health", "Beauty & Grooming"): [3, 8], ("beauty & health", "Diet & Nutrition"): [5, 29, 32],
    ("beauty & health", "Health & Personal Care"): [5, 3, 10], ("beauty & health", "Household Supplies"): [3, 5, 21],
    ("beauty & health", "Luxury Beauty"): [3], ("beauty & health", "Make-up"): [3],
    ("beauty & health", "Personal Care Appliances"): [8, 11],
    ("industrial supplies", "Janitorial & Sanitation Supplies"): [3, 21, 5],
    ("industrial supplies", "Lab & Scientific"): [9, 1, 21], ("industrial supplies", "Test, Measure & Inspect"): [9],
}
BB_MAIN = {
    "Baby Care": [5, 3], "Bakery, Cakes & Dairy": [30, 29], "Beauty & Hygiene": [3],
    "Beverages": [32, 30], "Cleaning & Household": [3, 21], "Eggs, Meat & Fish": [29],
    "Foodgrains, Oil & Masala": [30, 29], "Fruits & Vegetables": [31], "Gourmet & World Food": [29, 30],
    "Kitchen, Garden & Pets": [21, 8], "Snacks & Branded Foods": [30, 29],
}
BB_SUB = {
    "Baby Accessories": [10, 21, 28], "Baby Bath & Hygiene": [3, 5], "Baby Food & Formula": [5, 29],
    "Diapers & Wipes": [5, 3], "Feeding & Nursing": [21, 10], "Mothers & Maternity": [5, 3],
    "Dairy": [29], "Ice Creams & Desserts": [30], "Non Dairy": [29, 32],
    "Bath & Hand Wash": [3, 5], "Feminine Hygiene": [5], "Fragrances & Deos": [3], "Hair Care": [3],
    "Health & Medicine": [5], "Makeup": [3], "Men's Grooming": [3, 8], "Oral Care": [3, 21], "Skin Care": [3],
    "Coffee": [30], "Energy & Soft Drinks": [32], "Fruit Juices & Drinks": [32],
    "Health Drink, Supplement": [5, 29, 32], "Tea": [30], "Water": [32],
    "All Purpose Cleaners": [3, 5], "Bins & Bathroom Ware": [21, 20], "Car & Shoe Care": [3],
    "Detergents & Dishwash": [3], "Disposables, Garbage Bag": [16, 21], "Fresheners & Repellents": [3, 5],
    "Mops, Brushes & Scrubs": [21], "Party & Festive Needs": [28, 16], "Pooja Needs": [4, 3, 21],
    "Stationery": [16], "Atta, Flours & Sooji": [30], "Dals & Pulses": [30, 29], "Dry Fruits": [29, 31],
    "Edible Oils & Ghee": [29], "Masalas & Spices": [30], "Organic Staples": [30, 29],
    "Rice & Rice Products": [30], "Salt, Sugar & Jaggery": [30], "Cuts & Sprouts": [31, 29],
    "Herbs & Seasonings": [31, 30], "Cereals & Breakfast": [30], "Chocolates & Biscuits": [30],
    "Cooking & Baking Needs": [30, 29], "Dairy & Cheese": [29], "Drinks & Beverages": [32, 30],
    "Oils & Vinegar": [29, 30], "Pasta, Soup & Noodles": [30, 29], "Sauces, Spreads & Dips": [30, 29],
    "Snacks, Dry Fruits, Nuts": [29, 30], "Tinned & Processed Food": [29, 30],
    "Appliances & Electricals": [11, 7, 9], "Bakeware": [21], "Cookware & Non Stick": [21],
    "Crockery & Cutlery": [21, 8], "Flask & Casserole": [21], "Gardening": [31, 8, 21],
    "Kitchen Accessories": [21, 8], "Pet Food & Accessories": [31, 18, 21], "Steel Utensils": [21],
    "Storage & Accessories": [21], "Frozen Veggies & Snacks": [29, 30], "Pickles & Chutney": [29, 30],
}

# Amazon.in titles start with the brand; these brands are more than one word long.
AIN_MULTIWORD = [
    "kuber industries", "malabar gold & diamonds", "yellow chimes", "amazon basics", "van heusen",
    "bangalore refinery", "american tourister", "anni designer", "cp plus", "red tape",
    "shining diva fashion", "mee mee", "foodie puppies", "zaveri pearls", "luv lap", "hush puppies",
    "gizga essentials", "dennis lingo", "boult audio", "blue star", "u.s. polo assn.",
    "us polo association", "house of quirk", "allen solly", "nasher miles", "r for rabbit", "dixcy scott",
    "kraft seeds", "maybelline new york", "senco gold", "forest essentials", "global desi",
    "fitbox sports", "royal canin", "doctor extra soft", "l'oréal paris", "alan jones", "true elements",
    "fashion frill", "mother sparsh", "neska moda", "fur jaden", "vector x", "urban forest", "dot & key",
    "electronic spices", "surf excel", "time up", "swiss beauty", "red chief", "ben martin",
    "urbano fashion", "just herbs", "the body shop", "the little lookers", "tommy hilfiger",
    "tribe amrapali", "paper boat", "gadget deals", "f gear", "party propz", "powermax fitness",
    "himalayan organics", "diana korr", "yellow bee", "ps fashionss", "1st step", "london hills",
    "orient electric", "dr trust", "brado jewellery", "napa hide", "johnson's baby", "bold n elegant",
    "carlton london", "asian paints", "vimal jonney", "leafy tales", "campus sutra", "faces canada",
    "majestic man", "lino perros", "tata tea", "lux cozi", "wella professionals",
    "schwarzkopf professional", "wild stone", "set wet", "park avenue", "old spice", "swiss military",
    "peter england", "louis philippe", "flying machine", "pepe jeans", "monte carlo", "blue heaven",
    "lotus herbals", "the man company", "bombay shaving company", "wow skin science", "sri sri tattva",
    "organic india", "kerala ayurveda", "organic tattva", "del monte", "mother dairy", "tata sampann",
    "good knight", "calvin klein", "under armour", "new balance", "the north face", "ray-ban",
    "michael kors", "hot wheels", "fisher-price", "hello kitty", "harry potter", "mickey mouse",
]


# Titles of unbranded goods start with a product word instead of a brand.
NOT_BRANDS = set("""mini portable electric digital smart wireless premium universal new stainless plastic
baby kids men men's mens women women's womens unisex girls boys handmade automatic professional heavy
multipurpose multi adjustable foldable rechargeable waterproof wooden metal cotton silicone leather
""".split())


def ain_brand(title):
    t = title
    if t.startswith("(Renewed) "):
        t = t[len("(Renewed) "):]
    m = re.match(r"Amazon Brand\s*[-–]?\s*(\S+)", t)
    if m:
        return "Amazon Brand - " + m.group(1).rstrip(",")
    low = t.lower()
    for p in AIN_MULTIWORD:
        if low.startswith(p + " ") or low == p:
            return t[:len(p)]
    toks = t.split()
    if not toks:
        return ""
    if toks[0].lower() == "the" and len(toks) > 1:
        return " ".join(toks[:2])
    if toks[0].lower().strip(",") in NOT_BRANDS:
        return ""
    return toks[0].rstrip(",:;-").replace("®", "").replace("™", "")


def clean_text(s):
    return re.sub(r"\s+", " ", (s or "").replace("\r", " ").replace("\n", " ")).strip()


def load_sources(shared):
    rows = []
    p = os.path.join(shared, "listings", "amazon-in-2023.csv")
    with open(p, encoding="utf-8", newline="") as f:
        for i, r in enumerate(csv.DictReader(f)):
            title = clean_text(r["title"])
            if not title:
                continue
            main, sub = r["main_category"], r["sub_category"]
            rows.append(dict(
                src="amazon_in", key="amazon-in:%d" % (i + 2), asin=r["asin"], title=title,
                brand=ain_brand(title), bullets=[], description="", price=r["price_inr"], currency="INR",
                category="%s > %s" % (main, sub), marketplace="IN",
                classes=AIN_SUB.get((main, sub), AIN_MAIN.get(main, [35])),
                truncated=r["title_truncated"] == "1" and title.endswith("...")))
    p = os.path.join(shared, "listings", "amazon-us-health-2023.csv")
    with open(p, encoding="utf-8", newline="") as f:
        for i, r in enumerate(csv.DictReader(f)):
            title = clean_text(r["title"])
            if not title:
                continue
            bullets = [clean_text(b) for b in (r["bullet_points"] or "").split(" | ") if clean_text(b)]
            bullets = [b.replace("|", "/") for b in bullets]
            rows.append(dict(
                src="amazon_us", key="amazon-us-health:%d" % (i + 2), asin=r["parent_asin"], title=title,
                brand=clean_text(r["brand"] or r["store"]), bullets=bullets,
                description=clean_text(r["description"]), price=r["price_usd"], currency="USD",
                category=clean_text(r["main_category"]) or "Health & Personal Care", marketplace="US",
                classes=[5, 3, 10], truncated=False))
    p = os.path.join(shared, "listings", "bigbasket-2021.csv")
    with open(p, encoding="utf-8", newline="") as f:
        for i, r in enumerate(csv.DictReader(f)):
            title = clean_text(r["product"])
            if not title:
                continue
            cat = " > ".join(x for x in (r["category"], r["sub_category"], r["type"]) if x)
            rows.append(dict(
                src="bigbasket", key="bigbasket:%d" % (i + 2), asin="", title=title,
                brand=clean_text(r["brand"]), bullets=[], description="", price=r["sale_price_inr"],
                currency="INR", category=cat, marketplace="IN",
                classes=BB_SUB.get(r["sub_category"], BB_MAIN.get(r["category"], [35])), truncated=False))
    for n, r in enumerate(rows):
        r["n"] = n
        title_words = r["title"][:-3] if r["truncated"] else r["title"]
        tw = words(title_words)
        if r["truncated"] and tw:
            r["cut"] = tw[-1]
            tw = tw[:-1]
        else:
            r["cut"] = None
        r["tw"] = tw
    return rows


def build_vocab(rows):
    """Folded words of every listing text (a truncated title's cut-off last word excluded)."""
    vocab = Counter()
    title_rows = Counter()
    word_classes = defaultdict(Counter)
    for r in rows:
        ws = list(r["tw"]) + words(r["brand"])
        for b in r["bullets"]:
            ws += words(b)
        ws += words(r["description"])
        vocab.update(ws)
        for w in set(r["tw"]):
            title_rows[w] += 1
            for c in r["classes"][:1]:
                word_classes[w][c] += 1
    return vocab, title_rows, word_classes


# --------------------------------------------------------------------------- register

def parse_marks(text, famous):
    out = []
    for line in text.strip().splitlines():
        parts = line.split("|")
        if famous:
            mark, disp, owner, classes, flags = parts
            juris = "US"
        else:
            mark, owner, classes, juris, flags = parts
            disp = mark.title() if len(fold(mark)) > 3 else mark
        out.append(dict(mark=mark, display=disp, owner=owner, classes=[int(c) for c in classes.split(";")],
                        jurisdiction=juris, flags=set(f for f in flags.split(",") if f), famous=famous,
                        status="live", kind="famous" if famous else "real", key=fold(mark)))
    return out


class Coiner:
    def __init__(self, rng):
        self.rng = rng
        self.langs = [l for l, _ in D.LANG_WEIGHTS]
        self.lw = [w for _, w in D.LANG_WEIGHTS]

    def lang(self):
        return self.rng.choices(self.langs, self.lw)[0]

    # share of single-word coined marks by length (short coined words dominate real registers)
    LENGTHS = {3: 4, 4: 10, 5: 18, 6: 22, 7: 20, 8: 15, 9: 11}

    def word(self, lang=None, lo=3, hi=9, shaped=False):
        rng = self.rng
        lang = lang or self.lang()
        S = D.SYLLABLES[lang]
        want = None
        if shaped:
            ls = [l for l in sorted(self.LENGTHS) if lo <= l <= hi]
            want = rng.choices(ls, [self.LENGTHS[l] for l in ls])[0]
        for _ in range(400):
            if lang == "ja":
                n = rng.choice([2, 2, 3, 3, 3, 4])
                w = "".join(rng.choice(S["kana"]) for _ in range(n))
                if rng.random() < 0.15:
                    w += "n"
            else:
                n = rng.choice([1, 2, 2, 2, 3])
                w = ""
                for k in range(n):
                    w += rng.choice(S["on"]) + rng.choice(S["nu"])
                    if k == n - 1 or rng.random() < 0.25:
                        w += rng.choice(S["co"])
                w += rng.choice(S["end"])
            if want is not None and len(w) != want:
                continue
            if lo <= len(w) <= hi and plausible(w):
                return w
        return None


def plausible(w):
    if not w.isalpha():
        return False
    if re.search(r"(.)\1\1", w):
        return False
    if re.search(r"[^aeiouy]{4,}", w) or re.search(r"[aeiou]{3,}", w) or re.match(r"(.)\1", w):
        return False
    if re.search(r"[^aeiouy]{3}$", w):
        return False
    if not re.search(r"[aeiouy]", w):
        return False
    return True


def weighted_class(rng):
    cs = sorted(D.CLASS_WEIGHTS)
    return rng.choices(cs, [D.CLASS_WEIGHTS[c] for c in cs])[0]


def pick_classes(rng, first=None):
    k = rng.choices([1, 2, 3], [60, 28, 12])[0]
    cls = [first if first else weighted_class(rng)]
    guard = 0
    while len(cls) < k and guard < 20:
        guard += 1
        rel = D.RELATED_CLASSES.get(cls[0])
        c = rng.choice(rel) if rel and rng.random() < 0.5 else weighted_class(rng)
        if c not in cls:
            cls.append(c)
    return cls


def derive_from_word(rng, base):
    """A coined mark made from an ordinary word, as brand names often are (ghee -> Gheeva)."""
    vowels = "aeiou"
    op = rng.choice(["suffix", "suffix", "sub", "insert", "delete", "ending"])
    w = base
    if op == "suffix":
        w = base + rng.choice(["a", "o", "i", "x", "ly", "io", "ix", "ex", "za", "va", "ra", "y", "z", "on"])
    elif op == "sub":
        i = rng.randrange(1, len(base))
        c = base[i]
        if c in vowels:
            w = base[:i] + rng.choice([v for v in vowels if v != c]) + base[i + 1:]
        else:
            w = base[:i] + rng.choice("bcdfgklmnprstvxz".replace(c, "")) + base[i + 1:]
    elif op == "insert":
        i = rng.randrange(1, len(base) + 1)
        w = base[:i] + rng.choice("aeiouyxkzrln") + base[i:]
    elif op == "delete" and len(base) > 4:
        i = rng.randrange(1, len(base))
        w = base[:i] + base[i + 1:]
    elif op == "ending":
        w = re.sub(r"[aeiouy]+$", "", base) + rng.choice(["ia", "ex", "ix", "ora", "ino", "ika", "ara", "um"])
    return w


# Two-letter function words of English, Spanish, French and Italian: not registrable word marks
# in practice, so no acronym is one (two-letter units and sizes such as ML, KG and XL stay).
FUNCTION_WORDS = set("""of on an do us de in to by at is it or up as be go he me my no so we am if oh
la le el di da en et un ya se te re lo tu mi ni su al du il""".split())


def build_register(rng, n_coined, vocab, title_rows, word_classes, famous, real):
    reserved = set(m["key"] for m in famous + real)
    blocked = set(k for k in vocab if len(k) >= 3) | reserved
    coin = Coiner(rng)
    marks = []
    owners = []
    used_keys = set()

    def new_owner(lang):
        if owners and rng.random() < 0.2:
            return rng.choice(owners)
        base = coin.word(lang, 4, 8) or coin.word(None, 4, 8)
        o = base.capitalize() + " " + rng.choice(D.OWNER_SUFFIX[lang])
        owners.append(o)
        return o

    def ok(key):
        return key and key not in blocked and key not in used_keys

    n_real = int(n_coined * 0.04)
    n_acr = int(n_coined * 0.04)
    n_two = int(n_coined * 0.10)
    n_derived = int(n_coined * 0.06)
    n_single = n_coined - n_real - n_acr - n_two - n_derived

    real_words = [w for w in D.REAL_WORDS.split() if fold(w) not in blocked]
    # product-word pool for derived marks: domain words plus frequent title words
    pool = sorted(set(D.SUPPLEMENT_WORDS + D.INDIAN_WORDS + D.ROMANCE_WORDS))
    freq = sorted((w for w, c in title_rows.items() if c >= 5 and w.isalpha() and 4 <= len(w) <= 9),
                  key=lambda w: (-title_rows[w], w))[:3000]
    pool_all = pool + freq

    def add(mark, kind, lang, word_key, classes=None):
        key = fold(mark)
        used_keys.add(key)
        st = "dead" if rng.random() < 0.03 else "live"
        marks.append(dict(mark=mark, display=mark, owner=new_owner(lang), classes=classes or pick_classes(rng),
                          jurisdiction="US", flags=set(), famous=False, status=st, kind=kind, key=key,
                          word=word_key, lang=lang))

    tries = 0
    c1 = 0
    while c1 < n_single and tries < n_single * 50:
        tries += 1
        lang = coin.lang()
        w = coin.word(lang, shaped=True)
        if w and ok(w):
            add(w.upper(), "coined", lang, w)
            c1 += 1
    c2 = 0
    while c2 < n_two:
        lang = coin.lang()
        w = coin.word(lang, 4, 8)
        if not w or w in blocked:
            continue
        mark = w.upper() + " " + rng.choice(D.TAIL_WORDS)
        if ok(fold(mark)):
            add(mark, "two_word", lang, w)
            c2 += 1
    # acronyms and a few single letters
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    for ch in "MLQXKVZASTOR":
        add(ch, "acronym", "en", ch.lower(), None)
    ca = 0
    while ca < n_acr - 12:
        k = rng.choices([2, 3, 4], [15, 45, 40])[0]
        a = "".join(rng.choice(letters) for _ in range(k))
        key = a.lower()
        if k >= 3 and (key in blocked):
            continue
        if key in FUNCTION_WORDS:
            continue
        if key in reserved:
            continue
        used_keys.discard(key)  # the same letters are registered by many owners
        add(a, "acronym", "en", key)
        ca += 1
    cr = 0
    while cr < n_real and real_words:
        w = rng.choice(real_words)
        add(w.upper(), "real_word", coin.lang(), fold(w))
        used_keys.discard(fold(w))
        cr += 1
    cd = 0
    tries = 0
    while cd < n_derived and tries < n_derived * 50:
        tries += 1
        base = rng.choice(pool_all)
        w = derive_from_word(rng, base)
        if not (3 <= len(w) <= 10) or not plausible(w) or not ok(w):
            continue
        first = None
        if rng.random() < 0.5 and word_classes.get(base):
            first = word_classes[base].most_common(1)[0][0]
        add(w.upper(), "derived", coin.lang(), w, pick_classes(rng, first))
        marks[-1]["base"] = base
        cd += 1
    rng.shuffle(marks)
    return marks


# --------------------------------------------------------------------------- mark mentions in text

class Mentions:
    def __init__(self, marks):
        self.by_first = defaultdict(list)
        self.by_key = defaultdict(list)
        self.any_key = defaultdict(list)
        for m in marks:
            self.any_key[m["key"]].append(m)
            toks = words(m["mark"])
            if not toks:
                continue
            m["toks"] = toks
            self.by_first[toks[0]].append(m)
            if len(toks) > 1:
                self.by_key[m["key"]].append(m)

    def find(self, text):
        toks = words(text)
        out = []
        for i, t in enumerate(toks):
            for m in self.by_first.get(t, ()):
                k = len(m["toks"])
                if toks[i:i + k] == m["toks"]:
                    out.append((m, i))
            for m in self.by_key.get(t, ()):
                out.append((m, i))
            for span in (2, 3):  # "Go pro", "Coca Cola" written apart
                j = "".join(toks[i:i + span])
                if len(j) >= 4 and i + span <= len(toks):
                    for m in self.any_key.get(j, ()):
                        if (m, i) not in out and toks[i:i + len(m["toks"])] != m["toks"]:
                            out.append((m, i))
        return out


# --------------------------------------------------------------------------- look-alike variants

CYR = {"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і", "j": "ј", "s": "ѕ",
       "h": "һ", "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р",
       "T": "Т", "X": "Х"}
GRK = {"o": "ο", "i": "ι", "v": "ν", "k": "κ", "u": "υ", "A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι",
       "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ", "T": "Τ", "Y": "Υ", "Z": "Ζ", "X": "Χ"}
DIGITS = {"i": ["1", "!"], "l": ["1"], "o": ["0"], "e": ["3"], "a": ["4", "@"], "s": ["5", "$"], "t": ["7"],
          "b": ["8"], "g": ["9"], "I": ["1", "!"], "L": ["1"], "O": ["0"], "E": ["3"], "A": ["4", "@"],
          "S": ["5", "$"], "T": ["7"], "B": ["8"], "G": ["9"]}
QWERTY = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
SOUND_RULES = [("ck", "k"), ("k", "ck"), ("c", "k"), ("k", "c"), ("ph", "f"), ("f", "ph"), ("ee", "i"),
               ("ea", "ee"), ("i", "ee"), ("y", "i"), ("i", "y"), ("s", "z"), ("z", "s"), ("x", "ks"),
               ("qu", "kw"), ("oo", "u"), ("u", "oo"), ("ch", "sh"), ("sh", "ch"), ("ai", "ay"), ("ay", "ai"),
               ("er", "ur"), ("ie", "y"), ("y", "ie"), ("o", "oh"), ("a", "ah"), ("ou", "ow"), ("v", "w"),
               ("w", "v"), ("dd", "d"), ("ll", "l"), ("nn", "n"), ("ss", "s"), ("tt", "t"), ("cc", "ch")]
VISUAL_SWAPS = [("d", "b"), ("b", "d"), ("m", "rn"), ("rn", "m"), ("n", "m"), ("m", "n"), ("l", "i"),
                ("i", "l"), ("u", "v"), ("v", "u"), ("c", "e"), ("e", "c"), ("o", "a"), ("a", "o"), ("g", "q"),
                ("w", "vv"), ("h", "n"), ("n", "h")]


def neighbors(ch):
    for row in QWERTY:
        i = row.find(ch)
        if i >= 0:
            return [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
    return []


def recase(like, w):
    if like.isupper() and len(like) > 1:
        return w.upper()
    if like[:1].isupper():
        return w[:1].upper() + w[1:]
    return w


def main_word(display):
    ws = [w for w in re.split(r"[\s\-.&']+", display) if w]
    ws = [w for w in ws if w.isalpha()]
    if not ws:
        return None
    return max(ws, key=len)


def replace_word(display, old, new):
    i = display.find(old)
    return display[:i] + new + display[i + len(old):]


def typo(rng, w):
    lw = w.lower()
    op = rng.choice(["transpose", "delete", "double", "sub", "sub"])
    if op == "transpose" and len(lw) >= 4:
        i = rng.randrange(1, len(lw) - 1)
        if lw[i] == lw[i + 1]:
            return None
        v = lw[:i] + lw[i + 1] + lw[i] + lw[i + 2:]
    elif op == "delete":
        i = rng.randrange(1, len(lw))
        v = lw[:i] + lw[i + 1:]
    elif op == "double":
        i = rng.randrange(1, len(lw))
        v = lw[:i] + lw[i] + lw[i:]
    else:
        i = rng.randrange(1, len(lw))
        nb = neighbors(lw[i])
        if not nb:
            return None
        v = lw[:i] + rng.choice(nb) + lw[i + 1:]
    return recase(w, v), op


def digits_variant(rng, w):
    pos = [i for i, c in enumerate(w) if c in DIGITS and i > 0] or [i for i, c in enumerate(w) if c in DIGITS]
    if not pos:
        return None
    k = 2 if len(w) >= 7 and len(pos) >= 2 and rng.random() < 0.4 else 1
    chosen = sorted(rng.sample(pos, k))
    out = list(w)
    for i in chosen:
        out[i] = rng.choice(DIGITS[w[i]])
    return "".join(out)


def confusable_variant(rng, w):
    table = GRK if rng.random() < 0.3 else CYR
    pos = [i for i, c in enumerate(w) if c in table]
    if not pos:
        table = CYR if table is GRK else GRK
        pos = [i for i, c in enumerate(w) if c in table]
    if not pos:
        return None
    k = 2 if len(pos) >= 3 and rng.random() < 0.4 else 1
    out = list(w)
    for i in rng.sample(pos, k):
        out[i] = table[w[i]]
    return "".join(out)


def spaced_variant(rng, w):
    style = rng.choice(["dots", "spaces", "hyphen", "dot_split", "hyphens", "space_split", "dots_case"])
    if len(w) < 3:
        style = "dots"
    mid = rng.randrange(1, len(w))
    if style == "dots":
        return ".".join(w.upper()), style
    if style == "dots_case":
        return ".".join(w) + ".", style
    if style == "spaces":
        return " ".join(w), style
    if style == "hyphens":
        return "-".join(w.upper()), style
    if style == "hyphen":
        return w[:mid] + "-" + w[mid:], style
    if style == "dot_split":
        return w[:mid] + "." + w[mid:], style
    return w[:mid] + " " + w[mid:], style


def sound_variant(rng, w):
    lw = w.lower()
    rules = list(SOUND_RULES)
    rng.shuffle(rules)
    rules.append(("double", ""))
    for a, b in rules:
        if a == "double":
            cons = [i for i in range(1, len(lw)) if lw[i] not in "aeiouy" and lw[i] != lw[i - 1]]
            if not cons:
                continue
            i = rng.choice(cons)
            v = lw[:i] + lw[i] + lw[i:]
            return recase(w, v), "double"
        idx = [m.start() for m in re.finditer(re.escape(a), lw)]
        idx = [i for i in idx if i > 0 or a in ("c", "k", "ph", "f", "ch", "sh", "qu")]
        if not idx:
            continue
        i = rng.choice(idx)
        v = lw[:i] + b + lw[i + len(a):]
        if v != lw:
            return recase(w, v), "%s>%s" % (a, b)
    return None


def visual_variant(rng, w):
    lw = w.lower()
    rules = list(VISUAL_SWAPS)
    rng.shuffle(rules)
    for a, b in rules:
        idx = [m.start() for m in re.finditer(re.escape(a), lw) if m.start() > 0]
        if idx:
            i = rng.choice(idx)
            return recase(w, lw[:i] + b + lw[i + len(a):]), "%s>%s" % (a, b)
    return None


# --------------------------------------------------------------------------- case building

class Builder:
    def __init__(self, rng, rows, vocab, register, famous, real, index):
        self.rng = rng
        self.rows = rows
        self.vocab = vocab
        self.register = register
        self.famous = famous
        self.real = real
        self.index = index
        self.reg_keys = set(m["key"] for m in register)
        self.used = set()
        self.cases = []
        self.own_brands = []  # (brand, skus or None)
        self.mentions = Mentions(famous + real)
        self.mark_by_key = {}
        for m in famous + real:
            self.mark_by_key.setdefault(m["key"], m)
        self.word_rows = defaultdict(list)
        for r in rows:
            r["ment"] = self.mentions.find(r["title"] + " | " + " | ".join(r["bullets"]))
            r["bmark"] = self.brand_mark(r["brand"])
            r["plain"] = (not r["ment"] and r["bmark"] is None and bool(r["brand"])
                          and fold(r["brand"]) not in self.reg_keys)
            for w in sorted(set(r["tw"])):
                self.word_rows[w].append(r)
        self.by_class = defaultdict(list)
        for r in rows:
            for c in r["classes"]:
                self.by_class[c].append(r)

    # -- helpers
    def brand_mark(self, brand):
        if not brand:
            return None
        k = fold(brand)
        ws = words(brand)
        if k in self.mark_by_key:
            return self.mark_by_key[k]
        # "Nivea Men", "Dabur Vatika", "Kelloggs": a longer brand that starts with a mark that is no
        # ordinary word
        for L in range(len(k) - 1, 3, -1):
            m = self.mark_by_key.get(k[:L])
            if m and "common" not in m["flags"] and ws and (ws[0] == k[:L] or L >= 5):
                return m
        return None

    def same_owner(self, r, m):
        bm = r["bmark"]
        return bm is not None and bm["owner"] == m["owner"]

    def free(self, pred=None, src=None):
        out = []
        for r in self.rows:
            if r["n"] in self.used:
                continue
            if src and r["src"] not in src:
                continue
            if pred is None or pred(r):
                out.append(r)
        return out

    def plain(self, r):
        """A row that names no famous or register brand (beyond none) and whose brand is no mark."""
        return r["plain"]

    def rest(self, r):
        t = r["title"]
        if t.startswith("(Renewed) "):
            t = t[len("(Renewed) "):]
        b = r["brand"]
        if b and t.lower().startswith(b.lower()):
            t = t[len(b):]
        return t.lstrip(" -–:,|®™")

    def made_up_brand(self):
        coin = Coiner(self.rng)
        for _ in range(500):
            w = coin.word(None, 5, 8)
            if not w or w in self.reg_keys or w in self.vocab:
                continue
            if self.index.near(w):
                continue
            return w.capitalize()
        return "Generic"

    def seller_brand(self):
        return "Generic" if self.rng.random() < 0.5 else self.made_up_brand()

    def valid_new(self, variant):
        k = fold(variant)
        return len(k) >= 3 and k not in self.reg_keys and k not in self.vocab

    def add(self, r, group, kind, expected, flag, mark="", variant="", note="", **over):
        d = dict(asin=r["asin"], title=r["title"], brand=r["brand"], bullet_points="|".join(r["bullets"]),
                 description=r["description"], search_terms="", price=r["price"], currency=r["currency"],
                 category=r["category"], marketplace=r["marketplace"])
        d.update(over)
        self.used.add(r["n"])
        self.cases.append(dict(listing=d, group=group, kind=kind, expected=";".join(expected),
                               flag="true" if flag else "false", source=r["key"], mark=mark, variant=variant,
                               note=note, classes=";".join(map(str, r["classes"]))))

    def pick(self, cands):
        cands = [r for r in cands if r["n"] not in self.used]
        if not cands:
            return None
        return self.rng.choice(cands)

    def rows_for_classes(self, classes, pred=None, src=None):
        seen = {}
        for c in classes:
            for r in self.by_class.get(c, ()):
                seen[r["n"]] = r
        out = []
        for n in sorted(seen):
            r = seen[n]
            if n in self.used or (src and r["src"] not in src):
                continue
            if pred is None or pred(r):
                out.append(r)
        return out

    # -- positives
    def goods_marks(self, need_word_len=4, flags_any=None, allow_common=False):
        out = []
        for m in self.famous:
            if "common" in m["flags"] and not allow_common:
                continue
            if "platform" in m["flags"]:
                continue
            if not [c for c in m["classes"] if c <= 34]:
                continue
            if flags_any and not (m["flags"] & flags_any):
                continue
            mw = main_word(m["display"])
            if not mw or len(mw) < need_word_len:
                continue
            out.append(m)
        return out

    def positive_loop(self, kind, n, marks, make, expected, pred=None):
        made = 0
        guard = 0
        rng = self.rng
        while made < n and guard < n * 40:
            guard += 1
            m = rng.choice(marks)
            goods = set(c for c in m["classes"][:2] if c <= 34)
            if not goods:
                continue
            cands = self.rows_for_classes(sorted(goods), lambda r: r["plain"] and r["classes"][0] in goods
                                          and (pred is None or pred(r)))
            r = self.pick(cands)
            if r is None:
                continue
            res = make(m, r)
            if not res:
                continue
            over, variant, note = res
            self.add(r, "positive", kind, expected, True, mark=m["mark"], variant=variant, note=note, **over)
            made += 1
        return made

    def build_positives(self, n):
        rng = self.rng
        marks = self.goods_marks()
        marks5 = self.goods_marks(5)

        def exact(m, r):
            rest = self.rest(r)
            form = rng.choice(["{m} {rest}", "{m} {rest}", "{m} {rest}", "{rest} - {m}", "Original {m} {rest}"])
            return dict(title=form.format(m=m["display"], rest=rest), brand=self.seller_brand()), m["display"], ""
        self.positive_loop("pos_exact_title", n, marks, exact, ["TM_EXACT"])

        def variant_maker(fn, label):
            def make(m, r):
                mw = main_word(m["display"])
                res = fn(rng, mw)
                if not res:
                    return None
                v, how = res if isinstance(res, tuple) else (res, label)
                disp = replace_word(m["display"], mw, v)
                if disp == m["display"]:
                    return None
                if label in ("typo", "sound") and not self.valid_new(v):
                    return None
                return dict(title="%s %s" % (disp, self.rest(r)), brand=self.seller_brand()), disp, how
            return make

        self.positive_loop("pos_typo", n, marks5, variant_maker(typo, "typo"), ["TM_LOOKALIKE"])
        self.positive_loop("pos_digits_symbols", n, marks,
                           variant_maker(lambda g, w: digits_variant(g, w), "digits"), ["TM_LOOKALIKE"])
        self.positive_loop("pos_confusable", n, marks,
                           variant_maker(lambda g, w: confusable_variant(g, w), "confusable"), ["TM_LOOKALIKE"])
        self.positive_loop("pos_spaced", n, marks, variant_maker(spaced_variant, "spaced"), ["TM_LOOKALIKE"])
        self.positive_loop("pos_soundalike", n, marks, variant_maker(sound_variant, "sound"), ["TM_LOOKALIKE"])

        def brand_field(m, r):
            mw = main_word(m["display"])
            fn = rng.choice([visual_variant, sound_variant, typo])
            res = fn(rng, mw)
            if not res:
                return None
            v, how = res
            if not self.valid_new(v):
                return None
            disp = replace_word(m["display"], mw, v)
            return dict(title=self.rest(r), brand=disp), disp, how
        self.positive_loop("pos_brand_field", n, marks, brand_field, ["TM_BRAND_LOOKALIKE"])

        def search_terms(m, r):
            rc = set(r["classes"])
            others = [x for x in marks if x is not m and rc & set(x["classes"])]
            chosen = [m] + rng.sample(others, min(len(others), rng.choice([0, 1, 2])))
            generic = [w for w in re.findall(r"[A-Za-z]+", self.rest(r)) if len(w) > 2][:5]
            terms = " ".join(w.lower() for w in generic)
            for x in chosen:
                terms += " " + x["display"].lower()
            return dict(search_terms=terms.strip()), ";".join(x["display"] for x in chosen), ""
        self.positive_loop("pos_search_terms", n, marks, search_terms, ["POLICY_SEARCH_TERMS"])

        lux = self.goods_marks(3, {"luxury"}, allow_common=True) + [m for m in marks if m["mark"] in (
            "NIKE", "ADIDAS", "REEBOK", "PUMA", "LEVI'S", "CASIO", "BOSE", "BEATS", "JBL", "OAKLEY", "UGG",
            "TIMBERLAND", "SKECHERS", "NEW BALANCE", "THE NORTH FACE", "CALVIN KLEIN", "TOMMY HILFIGER",
            "HELLO KITTY", "LEGO", "APPLE")]
        cf_forms = ["Replica {m} {rest}", "{m} Replica {rest}", "{rest} - Inspired by {m}", "Inspired by {m} {rest}",
                    "{m}-Style {rest}", "{m} Style {rest}", "1:1 Copy {m} {rest}", "{m} 1:1 Mirror Quality {rest}",
                    "First Copy {m} {rest}", "{m} Master Copy {rest}", "AAA Quality {m} {rest}", "{m} Dupe {rest}",
                    "Super Copy {m} {rest}", "Fake {m} {rest}", "{m} Knockoff {rest}", "{rest} ({m} Dupe)"]

        def counterfeit(m, r):
            form = rng.choice(cf_forms)
            return (dict(title=form.format(m=m["display"], rest=self.rest(r)), brand=self.seller_brand()),
                    m["display"], form.split("{")[0].strip() or form)
        self.positive_loop("pos_counterfeit", n, lux, counterfeit, ["CF_COUNTERFEIT_TERM"],
                           pred=lambda r: r["classes"][0] in (25, 18, 14, 3, 9, 28))

        soft = [m for m in self.famous if "software" in m["flags"]]
        product = {"WINDOWS": "Windows 11 Pro", "MICROSOFT OFFICE": "Microsoft Office 2021 Professional Plus",
                   "MICROSOFT": "Microsoft 365", "PHOTOSHOP": "Adobe Photoshop 2024", "ADOBE": "Adobe Acrobat Pro",
                   "AUTOCAD": "AutoCAD 2024", "NORTON": "Norton 360 Deluxe", "MCAFEE": "McAfee Total Protection",
                   "KASPERSKY": "Kaspersky Total Security", "NETFLIX": "Netflix Premium 4K",
                   "SPOTIFY": "Spotify Premium", "MINECRAFT": "Minecraft Java Edition",
                   "XBOX": "Xbox Game Pass Ultimate", "PLAYSTATION": "PlayStation Plus"}
        piracy_forms = [
            "{m} Cracked Full Version Bootable USB", "{m} Lifetime Activation Key - 1 PC",
            "{m} Full Version Crack for Windows & Mac", "{m} Keygen + Crack, Lifetime",
            "{m} Product Key Lifetime Activation (Email Delivery)", "{m} Lifetime Account, Cracked",
            "{m} Full Version Lifetime License Key", "Cracked {m} Preinstalled - Lifetime Activation",
            "{m} Keygen Lifetime Full Version"]
        office = next(m for m in self.famous if m["mark"] == "MICROSOFT OFFICE")

        def piracy(m, r):
            form = rng.choice(piracy_forms)
            title = form.format(m=product.get(m["mark"], m["display"]))
            low = r["title"].lower()
            over = {}
            if re.search(r"pen ?drive|flash drive|usb|ssd|hard disk|memory card", low):
                title = "%s with %s" % (re.sub(r"\.\.\.$", "", self.rest(r)).rstrip(" ,|-"), title)
            elif not comp_re.search(low):
                over["category"] = "tv, audio & cameras > All Electronics"
            price = "199" if r["currency"] == "INR" else "4.99"
            over.update(title=title, brand=self.seller_brand(), price=price, bullet_points="", description="")
            return over, m["display"], form
        made = 0
        guard = 0
        comp_re = re.compile(r"pen ?drive|flash drive|\busb\b|\bssd\b|hard dis|memory card|keyboard|mouse|webcam|"
                             r"laptop|computer|\bpc\b|monitor|router|dongle|wi-?fi adapter", re.I)
        elec = self.free(lambda r: 9 in r["classes"] and r["plain"] and comp_re.search(r["title"]))
        elec += self.free(lambda r: r["src"] == "amazon_in" and r["category"].startswith("tv, audio") and r["plain"]
                          and not comp_re.search(r["title"]))
        while made < n and guard < n * 20:
            guard += 1
            m = rng.choice(soft + [office, office])
            r = self.pick(elec[:200]) or self.pick(elec)
            if r is None:
                break
            over, variant, note = piracy(m, r)
            self.add(r, "positive", "pos_piracy", ["CF_PIRACY"], True, mark=m["mark"], variant=variant, note=note,
                     **over)
            made += 1

        # typo of a non-famous coined register mark, used as the brand of a listing in its class
        coined = [m for m in self.register if m["kind"] == "coined" and m["status"] == "live"
                  and 5 <= len(m["key"]) <= 8 and not m.get("own")]
        coined.sort(key=lambda m: m["key"])
        made = 0
        guard = 0
        while made < n and guard < n * 60:
            guard += 1
            m = rng.choice(coined)
            goods = [c for c in m["classes"] if c <= 34]
            if not goods:
                continue
            cands = self.rows_for_classes([rng.choice(goods)], self.plain)
            r = self.pick(cands)
            if r is None:
                continue
            k = m["key"]
            op = rng.choice(["sub", "sub", "insert", "delete"])
            i = rng.randrange(1, len(k))
            if op == "sub":
                c = k[i]
                repl = rng.choice([v for v in "aeiou" if v != c]) if c in "aeiou" else \
                    rng.choice([x for x in "bcdfgklmnprstvz" if x != c])
                v = k[:i] + repl + k[i + 1:]
            elif op == "insert":
                v = k[:i] + rng.choice("aeiouylnrs") + k[i:]
            else:
                v = k[:i] + k[i + 1:]
            if not self.valid_new(v) or lev(v, k, 1) != 1:
                continue
            self.add(r, "positive", "pos_coined_typo", ["TM_BRAND_LOOKALIKE"], True, mark=m["mark"],
                     variant=v.capitalize(), note="%s class %s" % (op, ",".join(map(str, m["classes"]))),
                     brand=v.capitalize(), title=self.rest(r))
            made += 1

    # -- hard negatives
    def hn_add(self, r, kind, note="", expected=(), mark="", variant="", **over):
        self.add(r, "hard_negative", kind, list(expected), False, mark=mark, variant=variant, note=note, **over)

    def top_up(self, kind, n, base_pred, make, expected=()):
        """Built cases: append or insert an ordinary phrase into a plain real row.

        make() returns (classes, title_regex or None, phrase, note): a row of one of the classes whose
        title matches the regex gets the phrase appended."""
        have = sum(1 for c in self.cases if c["kind"] == kind)
        guard = 0
        cache = {}
        while have < n and guard < n * 50:
            guard += 1
            res = make()
            if not res:
                continue
            classes, title_re, phrase, note = res
            ck = (tuple(classes), title_re)
            if ck not in cache:
                rx = re.compile(title_re, re.I) if title_re else None
                cache[ck] = self.rows_for_classes(
                    classes, lambda r: r["plain"] and not r["truncated"] and (base_pred is None or base_pred(r))
                    and (rx is None or rx.search(r["title"])))
            r = self.pick(cache[ck])
            if r is None:
                continue
            self.hn_add(r, kind, note="built: " + note, expected=expected, **self.append(r, phrase))
            have += 1

    def append(self, r, phrase, sep=None):
        sep = sep or self.rng.choice([", ", " - ", " | ", " "])
        t = r["title"]
        if t.endswith("..."):
            return dict(title=t[:-3].rstrip() + sep + phrase + "...")
        return dict(title=t + sep + phrase)

    def build_hard_negatives(self, n):
        rng = self.rng
        cue_re = re.compile(r"(compatible (with|for)|\bfor\b|\bfits\b|replacement( for)?|works with|suitable for|"
                            r"designed for|made for)( (all|the|your|most|select|apple|samsung|new))*$")

        def compat_ok(r):
            """Every third-party mark in the row follows a compatibility cue (platform marks aside)."""
            toks = words(r["title"] + " | " + " | ".join(r["bullets"]))
            good = 0
            for m, i in r["ment"]:
                if self.same_owner(r, m):
                    continue
                prefix = " ".join(toks[max(0, i - 4):i])
                if cue_re.search(prefix):
                    if "common" not in m["flags"]:
                        good += 1
                    continue
                if "platform" in m["flags"]:
                    continue
                return 0
            return good

        def forms_maker(forms):
            def make():
                f = rng.choice(forms)
                classes, title_re, phrase = f[0], f[1], f[2]
                if isinstance(phrase, list):
                    phrase = rng.choice(phrase)
                return classes, title_re, phrase, phrase
            return make

        ALL = list(range(1, 46))

        # 1. compatibility statements
        real = self.free(lambda r: r["ment"] and compat_ok(r) > 0)
        rng.shuffle(real)
        for r in real[: n // 2]:
            self.hn_add(r, "hn_compatibility", note="real row", expected=["TM_COMPATIBILITY"])
        phone_acc = (r"\b(phone case|back cover|mobile cover|flip cover|screen guard|tempered glass|screen protector|"
                     r"phone holder|mobile holder|mobile stand|phone stand|lightning cable|pop ?socket)\b")
        compat_forms = [
            ([9], phone_acc, "Compatible for iPhone 14/iPhone 13/iPhone 12"),
            ([9], phone_acc, "Compatible with iPhone 15 Pro Max/15 Pro/15"),
            ([9], phone_acc, "for Samsung Galaxy S23"),
            ([9], phone_acc + r"|\b(fast charger|wall charger|charging cable)\b", "Compatible with Samsung Galaxy S24/S23/S22"),
            ([9, 18], r"\b(laptop sleeve|laptop bag|laptop charger|usb-?c hub|laptop stand)\b", "for MacBook Air/MacBook Pro"),
            ([9], r"\b(earbuds?|tws|airdopes|buds)\b.*\b(case|cover|cleaner|strap)\b", "Compatible with AirPods Pro 2"),
            ([9], r"\b(remote|wall mount|tv stand|tv mount)\b", "for LG Smart TV"),
            ([9], r"\b(remote|wall mount|tv stand|tv mount)\b", "Compatible with Sony Bravia TV"),
            ([9, 28], r"\b(controller|gamepad|headset|gaming)\b", "Compatible with PlayStation 5 and Xbox Series X"),
            ([9, 14], r"\b(strap|band|watch belt)\b", "Replacement for Fitbit Charge 5"),
            ([9, 14], r"\b(strap|band|watch belt|chain)\b", "Compatible with Apple Watch Series 9/8/7/SE"),
            ([9, 14], r"\b(strap|band|charger)\b", "Compatible with Samsung Galaxy Watch 5"),
            ([12], r"\b(seat cover|car cover|floor mat|car mat|steering|wiper|mud flap|door guard)\b", "for Hyundai Creta"),
            ([12], r"\b(seat cover|car cover|floor mat|car mat|steering|wiper|mud flap|door guard)\b", "Fits Honda City 2020"),
            ([12], r"\b(seat cover|car cover|floor mat|car mat|steering|wiper|mud flap|door guard)\b",
             "Compatible with Toyota Innova Crysta"),
            ([12], r"\b(seat cover|car cover|floor mat|car mat|steering|wiper|mud flap|door guard)\b", "for Kia Seltos"),
            ([7, 11], r"\b(vacuum|filter|hepa)\b", "Replacement for Dyson V11"),
            ([11, 21, 30], r"\b(coffee|capsule|espresso)\b", "Compatible with Nespresso Original Pods"),
            ([28], r"\b(blocks?|bricks?|building)\b", "Compatible with LEGO Bricks"),
            ([28], r"\b(darts?|blaster|gun)\b", "Compatible with Nerf Blasters"),
        ]
        self.top_up("hn_compatibility", n, None, forms_maker(compat_forms), expected=["TM_COMPATIBILITY"])

        # 2. common-word famous marks in their ordinary sense (outside their classes, or plainly descriptive)
        descriptive_in_class = re.compile(r"noise cancel|noise reduc|polo (t-?shirt|shirt|neck|collar)|optical zoom|"
                                          r"digital zoom|zoom lens|\d+x zoom", re.I)

        franchise = {"MARVEL", "MONOPOLY", "GALAXY", "CROCS", "CONVERSE", "VANS", "PUMA", "JORDAN", "COACH",
                     "ECHO", "KINDLE", "ALEXA", "SPRITE", "FOSSIL", "PEDIGREE", "BEATS", "WINDOWS", "ADOBE"}

        def common_ok(r):
            n_common = 0
            for m, i in r["ment"]:
                if self.same_owner(r, m):
                    continue
                if "common" not in m["flags"] or m["mark"] in franchise:
                    return False
                if set(m["classes"]) & set(r["classes"]) and not descriptive_in_class.search(r["title"]):
                    return False
                n_common += 1
            return n_common > 0
        real = self.free(common_ok)
        by_mark = defaultdict(list)
        for r in real:
            by_mark[[m for m, i in r["ment"] if not self.same_owner(r, m)][0]["mark"]].append(r)
        picked = []
        for mk in sorted(by_mark):
            lst = by_mark[mk]
            rng.shuffle(lst)
            picked += lst[:6]
        rng.shuffle(picked)
        for r in picked[: n // 2]:
            self.hn_add(r, "hn_common_word", note="real row",
                        mark=[m for m, i in r["ment"] if not self.same_owner(r, m)][0]["mark"])
        garment = r"\b(kurta|kurti|shirt|t-shirt|top|dress|saree|jacket|sweater|hoodie|trousers?|pants?|leggings|skirt)\b"
        common_forms = [
            ([18], r"\b(trolley|suitcase|luggage|cabin)\b", "Hard Shell"),
            ([18], r"\b(trolley|suitcase|luggage)\b", "Hard Shell Case"),
            ([11, 7], r"\b(fan|cooler)\b", "Mini Fan"),
            ([21, 7, 11], r"\b(chopper|blender|grinder|mixer)\b", "Mini Chopper"),
            ([29, 30, 32], r"\b(muesli|oats|granola|cereal|tea|jam|juice)\b", "with Apple & Cinnamon"),
            ([5, 29, 30, 32], r"\b(detox|keto|weight|vinegar|gummies)\b", "Apple Cider Vinegar"),
            ([9], r"\b(camera|dslr|binoculars?|telescope|camcorder)\b", "10x Optical Zoom"),
            ([5, 3], r"sanitiz|\bmask\b|disinfect|hand ?wash", "Protection against Corona Virus"),
            ([25], r"\bt-?shirts?\b", "Polo Collar"),
            ([6, 8, 20, 2, 1, 17], r"seal|\btape\b|putty|silicone|adhesive|caulk|foam", "Gap Filler"),
            ([5], r"capsules?|softgels?|supplement|fish oil|tablets?", "with Omega 3"),
            ([11, 6, 20, 21], r"\b(tap|faucet|shower|sink|towel|rod|hook|basin|holder)\b", "Chrome Finish"),
            ([3], r"\b(glass cleaner|surface cleaner|multi-?purpose cleaner|cleaning spray|cleaning liquid)\b",
             "for Windows & Glass"),
            ([25], garment, "Dove Grey"), ([25], garment, "Ocean Blue"), ([25], garment, "Plum Colour"),
            ([11], r"\b(led|bulb|light|lamp|torch|flashlight)\b", "1200 Lux"),
            ([28], r"\b(whistle|cones?|football|training|coaching|stopwatch)\b", "for Coach and Referee"),
            ([18], r"\b(passport|travel|document|pouch)\b", "Passport & Visa Holder"),
            ([18], r"\b(wallet|belt|purse)\b", "Real Leather"),
            ([9], r"\b(earbuds?|headphones?|earphones?|neckband|tws|headset)\b", "Active Noise Cancellation"),
            ([11, 20, 27, 9, 28], r"\b(projector|night lamp|night light)\b", "Galaxy Light Effect"),
            ([24, 20, 25], r"\bprint(ed)?\b", "Jaguar Print"),
        ]
        self.top_up("hn_common_word", n, None, forms_maker(common_forms))

        # 3. ordinary phrases (several with words one letter from a famous mark: nice, idea, door, logo, audio)
        phrase_forms = [
            (ALL, None, ["Nice Gift for Men", "Nice Gift for Women", "Perfect Gift Idea", "Best Idea for Return Gifts",
                         "Made in India", "Value Combo Pack", "Long Lasting", "Premium Quality", "Limited Edition",
                         "Super Saver Pack", "Daily Use", "Travel Friendly", "Easy to Use", "Everyday Essential",
                         "Best Seller", "New Arrival", "Love Gift", "Go Green"]),
            ([3, 5, 21, 29, 30, 32], None, ["Family Pack", "Value Pack of 2"]),
            ([3], None, ["Rose Fragrance", "Skin Friendly"]),
            ([3, 30, 32, 29], r"\b(tooth|mouth|gum|tea|candy|chocolate|drink|mouthwash)", "Mint Flavour"),
            ([25], None, ["Lace Trim", "Mint Green", "Logo Printed"]), ([20, 27, 24, 21], None, "Door Hanger Design"),
            ([9], r"\b(speaker|soundbar|home theat|subwoofer)\b", "For Home Audio"),
            ([21, 29, 30], None, "Food Grade"),
            ([20, 18, 28, 21], r"\b(stand|table|chair|rack|bag|mat|tub)\b", "Foldable Design"),
        ]
        self.top_up("hn_ordinary_phrase", n, None, forms_maker(phrase_forms))

        # 4/5. genuine brands: authorized resale (own-brands file) and the genuine brand in its own listing
        def genuine_ok(r):
            bm = r["bmark"]
            if bm is None:
                return False
            for m, i in r["ment"]:
                if m["owner"] != bm["owner"] and "platform" not in m["flags"]:
                    return False
            return True
        gen = self.free(genuine_ok)
        by_brand = defaultdict(list)
        for r in gen:
            by_brand[r["bmark"]["mark"]].append(r)
        order = sorted(by_brand)
        rng.shuffle(order)
        resale, genuine = [], []
        for i, mk in enumerate(order):
            lst = by_brand[mk]
            rng.shuffle(lst)
            (resale if i % 2 == 0 else genuine).extend(lst[:4])
        rng.shuffle(resale)
        rng.shuffle(genuine)
        auth = defaultdict(list)
        for r in resale[:n]:
            self.hn_add(r, "hn_authorized_resale", note="real row; brand authorized for this SKU",
                        mark=r["bmark"]["mark"])
            auth[r["bmark"]["display"]].append(self.cases[-1])
        self.auth = auth
        for r in genuine[:n]:
            over = {}
            note = "real row"
            if rng.random() < 0.35:
                over = self.append(r, "by " + r["brand"], sep=" ")
                note = "real row + 'by <brand>'"
            self.hn_add(r, "hn_genuine_brand", note=note, expected=["TM_SOURCE_PROOF"], mark=r["bmark"]["mark"],
                        **over)

        # 6. platform and ingredient brands on genuine goods of another brand
        def platform_ok(r):
            has = False
            for m, i in r["ment"]:
                if self.same_owner(r, m):
                    continue
                if "platform" in m["flags"]:
                    has = True
                else:
                    return False
            return has
        real = self.free(platform_ok)
        by_mark = defaultdict(list)
        for r in real:
            pm = [m["mark"] for m, i in r["ment"] if "platform" in m["flags"] and not self.same_owner(r, m)][0]
            by_mark[pm].append(r)
        picked = []
        for mk in sorted(by_mark):
            lst = by_mark[mk]
            rng.shuffle(lst)
            picked += lst[:12]
        rng.shuffle(picked)
        for r in picked[: n // 2]:
            self.hn_add(r, "hn_platform_ingredient", note="real row",
                        mark=[m["mark"] for m, i in r["ment"] if "platform" in m["flags"]][0],
                        expected=["TM_COMPATIBILITY"])
        plat_forms = [
            ([9], r"\b(tv|television)\b", ["Android TV", "Google TV with Chromecast built-in", "Dolby Audio",
                                            "Dolby Vision", "Works with Alexa", "3 HDMI Ports"]),
            ([9], r"\b(earbuds?|earphones?|headphones?|speakers?|soundbar|neckband|buds|tws)\b",
             ["Bluetooth 5.3", "Dolby Atmos", "USB Type C Fast Charging", "Qualcomm aptX", "Bluetooth v5.3"]),
            ([9], r"\b(smartphone|mobile phone|5g)\b", ["Snapdragon 695", "MediaTek Dimensity 6100+",
                                                        "Gorilla Glass 5", "Android 13"]),
            ([11, 9], r"\b(split ac|air conditioner|inverter ac|air purifier|smart bulb|smart plug)\b",
             ["Wi-Fi Enabled, Works with Alexa & Google Assistant", "Works with Alexa"]),
            ([25], r"\b(leggings?|track ?pants?|shorts|briefs?|trunks?|vest|bra|socks|jeans|jeggings)\b",
             ["with Lycra", "Cotton Lycra Blend"]),
            ([21], r"\b(kadai|kadhai|tawa|frying pan|fry pan|cookware)\b", ["Teflon Coated"]),
            ([25], r"\b(rain ?jacket|raincoat|windcheater|hiking boots?|trekking shoes?|hiking shoes?)\b",
             ["Gore-Tex Lining"]),
            ([9], r"\b(charger|charging cable|power bank|usb hub)\b", ["USB Type C"]),
            ([9], r"\b(hdmi|monitor|projector|set top box|gaming console)\b", ["HDMI 2.1"]),
            ([9, 20], r"\b(cooling pad|laptop stand|laptop table)\b", ["for Laptops with Intel Core i5/i7"]),
        ]
        self.top_up("hn_platform_ingredient", n, None, forms_maker(plat_forms), expected=["TM_COMPATIBILITY"])

        # 7. sizes, units and model codes against one- and two-letter marks
        size_re = re.compile(r"\((XS|S|M|L|XL|XXL|XXXL|[2-6]XL)\)|\bSize\s*[:-]?\s*(XS|S|M|L|XL|XXL)\b|"
                             r"\b\d+\s?M\+|\b\d+\s?m\b|\b(XL|XXL|XXXL)\b")
        real = self.free(lambda r: r["plain"] and size_re.search(r["title"]))
        rng.shuffle(real)
        lg_all = self.free(lambda r: r["bmark"] is not None and r["bmark"]["mark"] == "LG" and genuine_ok(r))
        rng.shuffle(lg_all)
        for r in lg_all[:15]:
            self.hn_add(r, "hn_size_unit", note="real LG listing", expected=["TM_SOURCE_PROOF"], mark="LG")
        for r in real[: n // 2 - 15]:
            self.hn_add(r, "hn_size_unit", note="real row", variant=size_re.search(r["title"]).group(0))
        garment2 = (r"\b(shirt|kurta|kurti|dress|top|t-shirt|pants?|jeans|trousers?|jacket|shorts|leggings?|track|"
                    r"hoodie|sweatshirt|briefs?|trunks?|vest|bra|innerwear|nightwear|pyjama)\b")
        size_forms = [
            ([25], garment2, ["Size (L)", "Size: XL", "(M)", "XXL", "Size S/M/L/XL", "Free Size", "3XL", "(L)"]),
            ([25, 5, 10, 28, 21], r"\b(baby|infant|toddler|newborn)\b", ["6M+", "0-6M", "12M+", "(6-12 M)"]),
            ([9, 6, 8, 11, 17, 21, 22, 28, 12], r"\b(cable|wire|hose|rope|pipe|cord|tape|string|led strip)\b",
             ["20 m", "5 m", "10 M", "1.5 m"]),
            ([3, 5, 29, 30, 32], None, ["500 ml", "1 L", "2 kg", "200 g", "100 ML"]),
            ([9, 11, 7], r"\b(tv|television|refrigerator|washing machine|split ac|monitor|speaker)\b",
             ["Model M33", "Model A52", "LX-10", "Model XL-200"]),
        ]
        self.top_up("hn_size_unit", n, None, forms_maker(size_forms))

        # 8. truncated titles whose last word is cut
        cut_rows = self.free(lambda r: r["truncated"] and r["cut"] and r["cut"].isalpha() and len(r["cut"]) >= 4
                             and self.vocab.get(r["cut"], 0) == 0 and r["plain"])
        near_cut = [r for r in cut_rows if self.index.near(r["cut"])]
        other_cut = [r for r in cut_rows if r not in near_cut]
        rng.shuffle(near_cut)
        rng.shuffle(other_cut)
        for r in near_cut[: n // 2] + other_cut[: n - min(len(near_cut), n // 2)]:
            nm = self.index.near(r["cut"])
            self.hn_add(r, "hn_truncated", note="real row; cut word '%s'" % r["cut"],
                        mark=nm[0][2]["mark"] if nm else "")

        # 9. product-line and technical words that look like counterfeit cues
        cf_re = re.compile(r"faux leather|imitation|\bAAA\b|\b\d:\d\b|\bstyle\b|type[- ]?c\b|mirror finish|\bcopy\b|"
                           r"inspired|\bfake\b|\bclone\b|\bdupe\b", re.I)
        real = self.free(lambda r: r["plain"] and cf_re.search(r["title"]))
        rng.shuffle(real)
        for r in real[: n // 2]:
            self.hn_add(r, "hn_cf_lookalike_words", note="real row", variant=cf_re.search(r["title"]).group(0))
        cf_forms = [
            ([18], r"\b(bag|wallet|purse|backpack|clutch|sling|belt|handbag)\b", "Faux Leather"),
            ([14], r"\b(necklace|earrings?|jewell?ery|bangles?|bracelet|pendant|mangalsutra|anklet|jhumka)\b",
             ["Imitation Jewellery", "Imitation Jewellery Set for Women"]),
            ([28, 9], r"\b(remote|toy|rc car|robot|clock|torch|game)\b", "Requires 2 AAA Batteries"),
            ([9, 11, 28], r"\b(remote|torch|clock|mouse|keyboard)\b", "AAA Batteries Included"),
            ([3, 8, 11], r"\b(hair|straightener|dryer|curler|trimmer|shaver)\b", ["Style Pro", "StylePro Series"]),
            ([9], r"\b(charger|cable|earbuds?|power bank|adapter|hub)\b", "Type C"),
            ([3, 12], r"\b(shampoo|car wash|polish|concentrate|coolant|cleaner)\b", "Dilution Ratio 3:1"),
            ([28], r"\b(car|truck|bike|die-?cast|vehicle|jeep|train|aeroplane)\b", ["1:18 Scale Model", "1:1 Scale"]),
            ([16], r"\b(notebook|register|diary|paper)\b", "Copy for School"),
            ([21], r"\b(steel|utensils?|plates?|tumblers?|bowls?|kadai|cookware)\b", "Mirror Finish"),
            ([20, 27, 31, 21], r"\b(flowers?|plants?|vase|bouquet)\b", "Fake Flowers for Decoration"),
            ([25, 20, 24, 14], None, "Nature Inspired Design"),
            ([25], r"\b(kurta|dress|top|skirt|shirt)\b", ["Boho Style", "Korean Style"]),
        ]
        self.top_up("hn_cf_lookalike_words", n, None, forms_maker(cf_forms))

        # 10. other genuine brands that resemble a registered (non-famous) mark in other classes
        bb_brands = defaultdict(list)
        for r in self.free(lambda r: r["src"] == "bigbasket"):
            bb_brands[r["brand"]].append(r)
        famous_idx = NearIndex()
        for m in self.famous:
            famous_idx.add(m["key"], m)
        cands = []
        for b in sorted(bb_brands):
            k = fold(b)
            first = words(b)[0] if words(b) else ""
            if not k or k in self.reg_keys or first in self.reg_keys:
                continue
            if famous_idx.near(k) or (first and famous_idx.near(first)):
                continue
            near = []
            for q in {k, first}:
                if len(q) >= 4:
                    near += [x for x in self.index.near(q) if not x[2]["famous"] and x[2]["status"] == "live"]
            if not near:
                continue
            rows = bb_brands[b]
            ok_rows = [r for r in rows if not r["ment"] and r["bmark"] is None and
                       not any(set(x[2]["classes"]) & set(r["classes"]) for x in near)]
            if ok_rows:
                cands.append((b, ok_rows, near))
        rng.shuffle(cands)
        made = 0
        for b, ok_rows, near in cands:
            if made >= n:
                break
            rng.shuffle(ok_rows)
            for r in ok_rows[:2]:
                if made >= n:
                    break
                d, key, m = near[0]
                self.hn_add(r, "hn_resembling_brand", mark=m["mark"],
                            note="real brand %r is %d edit(s) from %s (classes %s)" % (
                                b, d, m["mark"], ",".join(map(str, m["classes"]))))
                made += 1

        # 11. ordinary product words near coined marks
        plural = sorted(w for w in self.vocab if w.endswith("s") and 5 <= len(w) <= 10 and self.vocab[w] >= 3
                        and self.vocab.get(w[:-1], 0) >= 3 and w.isalpha())
        lists = [("supplement", D.SUPPLEMENT_WORDS), ("indian", D.INDIAN_WORDS), ("romance", D.ROMANCE_WORDS),
                 ("acronym", D.ACRONYM_WORDS), ("plural", plural)]
        coined_kinds = ("coined", "two_word", "derived", "real_word", "acronym")
        per_list = {}
        for name, lst in lists:
            found = []
            for w in sorted(set(fold(x) for x in lst)):
                if w in self.reg_keys:
                    continue
                near = [x for x in self.index.near(w) if x[2]["kind"] in coined_kinds and x[2]["status"] == "live"]
                if near:
                    found.append((w, near))
            per_list[name] = found
        target = {"supplement": 0.25, "indian": 0.3, "romance": 0.15, "acronym": 0.15, "plural": 0.15}
        kind_n = int(n * 1.5)
        for name, found in per_list.items():
            want = int(kind_n * target[name])
            rng.shuffle(found)
            got = 0
            rounds = 0
            while got < want and rounds < 3:
                rounds += 1
                for w, near in found:
                    if got >= want:
                        break
                    cand = [r for r in self.word_rows.get(w, ()) if r["plain"]]
                    r = self.pick(cand)
                    if r is None:
                        continue
                    in_class = [x for x in near if set(x[2]["classes"]) & set(r["classes"])]
                    d, key, m = (in_class or near)[0]
                    self.hn_add(r, "hn_product_word", mark=m["mark"], variant=w,
                                note="%s word '%s' is %d edit(s) from %s%s" % (
                                    name, w, d, m["mark"], " (same class)" if in_class else ""))
                    got += 1

    def own_brand_cases(self, own_marks, k):
        for m in own_marks:
            goods = [c for c in m["classes"] if c <= 34]
            for _ in range(k):
                r = self.pick(self.rows_for_classes(goods, self.plain))
                if r is None:
                    break
                disp = m["mark"].capitalize()
                self.hn_add(r, "hn_authorized_resale", note="seller's own registered brand", mark=m["mark"],
                            brand=disp, title="%s %s" % (disp, self.rest(r)))

    def clean(self, counts):
        for src, k in counts:
            pool = self.free(src=[src])
            self.rng.shuffle(pool)
            for r in pool[:k]:
                self.add(r, "clean", "clean_" + src, [], False)


# --------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default="/work/shared/data")
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--coined", type=int, default=100000)
    ap.add_argument("--per-kind", type=int, default=80, help="cases per positive and hard-negative kind")
    ap.add_argument("--clean", type=int, default=6000)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)

    rows = load_sources(a.shared)
    vocab, title_rows, word_classes = build_vocab(rows)
    famous = parse_marks(D.FAMOUS, True)
    real = parse_marks(D.REAL, False)

    # every distinct Interbrand brand must be in the famous list
    fk = set(m["key"] for m in famous)
    with open(os.path.join(a.shared, "registry", "famous-brands-2021-2024.csv"), encoding="utf-8") as f:
        inter = sorted(set(fold(r["brand"]) for r in csv.DictReader(f)))
    missing = [b for b in inter if D.INTERBRAND_ALIASES.get(b, b) not in fk]
    if missing:
        sys.exit("famous list lacks Interbrand brands: %s" % missing)

    coined = build_register(rng, a.coined, vocab, title_rows, word_classes, famous, real)
    # the seller's own registered brands (three coined marks in goods classes)
    own = [m for m in coined if m["kind"] == "coined" and m["status"] == "live" and 5 <= len(m["key"]) <= 8
           and any(c <= 34 for c in m["classes"])][:3]
    for m in own:
        m["own"] = True
        m["owner"] = "Dense Benchmark Seller Private Limited"
    register = famous + real + coined
    for i, m in enumerate(famous):
        m["reg"] = "DF-%04d" % (i + 1)
    for i, m in enumerate(real):
        m["reg"] = "DR-%04d" % (i + 1)
    for i, m in enumerate(coined):
        m["reg"] = "DN-%07d" % (i + 1)

    index = NearIndex()
    for m in register:
        index.add(m.get("word") or m["key"], m)

    b = Builder(rng, rows, vocab, register, famous, real, index)
    b.build_positives(a.per_kind)
    b.build_hard_negatives(a.per_kind)
    b.own_brand_cases(own, 4)
    b.clean([("amazon_in", int(a.clean * 0.43)), ("bigbasket", int(a.clean * 0.43)),
             ("amazon_us", a.clean - 2 * int(a.clean * 0.43))])

    cases = b.cases
    rng.shuffle(cases)
    for i, c in enumerate(cases):
        c["id"] = "DN%06d" % (i + 1)
        c["listing"]["sku"] = c["id"]

    with open(os.path.join(a.out, "register.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["mark", "owner", "registration_number", "jurisdiction", "classes", "status", "famous"])
        for m in register:
            w.writerow([m["mark"], m["owner"], m["reg"], m["jurisdiction"], ";".join(map(str, m["classes"])),
                        m["status"], "true" if m["famous"] else "false"])

    with open(os.path.join(a.out, "register-notes.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["registration_number", "mark", "kind", "language", "derived_from"])
        for m in register:
            w.writerow([m["reg"], m["mark"], m["kind"], m.get("lang", ""), m.get("base", "")])

    cols = ["sku", "asin", "title", "brand", "bullet_points", "description", "search_terms", "price", "currency",
            "category", "marketplace"]
    with open(os.path.join(a.out, "listings.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for c in cases:
            w.writerow([c["listing"].get(k, "") for k in cols])
    with open(os.path.join(a.out, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "kind", "group", "expected_rules", "expect_flag"])
        for c in cases:
            w.writerow([c["id"], c["kind"], c["group"], c["expected"], c["flag"]])
    with open(os.path.join(a.out, "cases.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "group", "kind", "source", "classes", "mark", "variant", "note"])
        for c in cases:
            w.writerow([c["id"], c["group"], c["kind"], c["source"], c["classes"], c["mark"], c["variant"],
                        c["note"]])
    with open(os.path.join(a.out, "own-brands.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["brand", "asins", "skus", "valid_from", "valid_to"])
        for m in own:
            w.writerow([m["mark"].capitalize(), "", "", "", ""])
        for i, brand in enumerate(sorted(b.auth)):
            skus = ";".join(c["id"] for c in b.auth[brand])
            if i % 3 == 2:
                w.writerow([brand, "", skus, "", ""])
            else:
                w.writerow([brand, "", skus, "2025-01-01", "2027-12-31"])

    # summary
    kinds = Counter((c["group"], c["kind"]) for c in cases)
    rk = Counter(m["kind"] for m in coined)
    lines = ["register: %d marks (%d famous, %d real non-famous, %d coined: %s); dead %d" % (
        len(register), len(famous), len(real), len(coined), dict(sorted(rk.items())),
        sum(1 for m in register if m["status"] == "dead"))]
    lines.append("listings: %d" % len(cases))
    for (g, k), v in sorted(kinds.items()):
        lines.append("  %-14s %-24s %5d" % (g, k, v))
    with open(os.path.join(a.out, "stats.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))
    short = [k for (g, k), v in kinds.items() if g != "clean" and v < 60]
    if short:
        print("WARNING: kinds with fewer than 60 cases: %s" % short, file=sys.stderr)


if __name__ == "__main__":
    main()
