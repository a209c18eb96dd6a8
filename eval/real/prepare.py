#!/usr/bin/env python3
"""Build the inputs of the real-catalogue audit from the shared public data.

The shared listings may be used for evaluation only, so nothing of them is kept in the
repository: this script converts them at run time into files under --out.

    python3 eval/real/prepare.py --shared /work/shared/data --out /tmp/real

writes
    OUT/listings.csv   canonical Clearmark CSV (sku = asin), 12,529 listings
    OUT/register.csv   registry CSV: famous brands + NZ opposed word marks + examples/marks.csv
    OUT/prepare.log    what was converted, and every row that was not (also on stderr)

Python 3 standard library only.
"""

import argparse
import csv
import os
import re
import sys
import unicodedata

LISTING_HEADER = ["sku", "asin", "title", "brand", "bullet_points", "description",
                  "search_terms", "price", "currency", "category", "marketplace"]
REGISTER_HEADER = ["mark", "owner", "registration_number", "jurisdiction", "classes",
                   "status", "famous"]

EXPECTED_LISTINGS = 12529

# Owners of the Interbrand brands (who holds the marks; facts, written for this audit).
OWNERS = {
    "3M": "3M Company",
    "AXA": "AXA SA",
    "Accenture": "Accenture plc",
    "Adobe": "Adobe Inc.",
    "Airbnb": "Airbnb, Inc.",
    "Allianz": "Allianz SE",
    "Amazon": "Amazon Technologies, Inc. (Amazon.com, Inc.)",
    "American Express": "American Express Company",
    "Apple": "Apple Inc.",
    "Audi": "AUDI AG",
    "BMW": "Bayerische Motoren Werke AG",
    "Budweiser": "Anheuser-Busch InBev",
    "Burberry": "Burberry Limited",
    "Canon": "Canon Inc.",
    "Cartier": "Cartier International AG (Richemont)",
    "Caterpillar": "Caterpillar Inc.",
    "Chanel": "Chanel, Inc. (Chanel Limited)",
    "Cisco": "Cisco Systems, Inc.",
    "Citi": "Citigroup Inc.",
    "Coca-Cola": "The Coca-Cola Company",
    "Colgate": "Colgate-Palmolive Company",
    "Corona": "Cerveceria Modelo de Mexico (AB InBev)",
    "DHL": "Deutsche Post AG (DHL Group)",
    "Danone": "Danone S.A.",
    "Dior": "Christian Dior Couture (LVMH)",
    "Disney": "Disney Enterprises, Inc. (The Walt Disney Company)",
    "Facebook": "Meta Platforms, Inc.",
    "FedEx": "Federal Express Corporation (FedEx Corporation)",
    "Ferrari": "Ferrari S.p.A.",
    "Ford": "Ford Motor Company",
    "GE": "General Electric Company",
    "Gillette": "The Gillette Company (Procter & Gamble)",
    "Goldman Sachs": "The Goldman Sachs Group, Inc.",
    "Google": "Google LLC",
    "Gucci": "Guccio Gucci S.p.A. (Kering)",
    "H&M": "H & M Hennes & Mauritz AB",
    "HP": "HP Inc.",
    "HSBC": "HSBC Holdings plc",
    "Heineken": "Heineken N.V.",
    "Hennessy": "Jas Hennessy & Co. (LVMH)",
    "Hermès": "Hermès International",
    "Hewlett Packard Enterprise": "Hewlett Packard Enterprise Company",
    "Honda": "Honda Motor Co., Ltd.",
    "Huawei": "Huawei Technologies Co., Ltd.",
    "Hyundai": "Hyundai Motor Company",
    "IBM": "International Business Machines Corporation",
    "IKEA": "Inter IKEA Systems B.V.",
    "Instagram": "Instagram, LLC (Meta Platforms, Inc.)",
    "Intel": "Intel Corporation",
    "J.P. Morgan": "JPMorgan Chase & Co.",
    "Jack Daniel's": "Jack Daniel's Properties, Inc. (Brown-Forman)",
    "John Deere": "Deere & Company",
    "Johnson & Johnson": "Johnson & Johnson",
    "Jordan": "Nike, Inc.",
    "KFC": "KFC Corporation (Yum! Brands)",
    "Kellogg's": "Kellogg Company",
    "Kia": "Kia Corporation",
    "LEGO": "LEGO Juris A/S",
    "LG Electronics": "LG Electronics Inc.",
    "Land Rover": "Jaguar Land Rover Limited",
    "LinkedIn": "LinkedIn Corporation (Microsoft)",
    "Louis Vuitton": "LVMH / Louis Vuitton Malletier",
    "L'Oréal": "L'Oréal S.A.",
    "L'Oréal Paris": "L'Oréal S.A.",
    "MINI": "Bayerische Motoren Werke AG",
    "Mastercard": "Mastercard International Incorporated",
    "McDonald's": "McDonald's Corporation",
    "Mercedes-Benz": "Mercedes-Benz Group AG",
    "Microsoft": "Microsoft Corporation",
    "Morgan Stanley": "Morgan Stanley",
    "Nescafé": "Société des Produits Nestlé S.A.",
    "Nespresso": "Société des Produits Nestlé S.A.",
    "Nestlé": "Société des Produits Nestlé S.A.",
    "Netflix": "Netflix, Inc.",
    "Nike": "Nike, Inc.",
    "Nintendo": "Nintendo Co., Ltd.",
    "Nissan": "Nissan Motor Co., Ltd.",
    "Nvidia": "NVIDIA Corporation",
    "Oracle": "Oracle International Corporation",
    "Pampers": "The Procter & Gamble Company",
    "Panasonic": "Panasonic Holdings Corporation",
    "Pandora": "Pandora A/S",
    "PayPal": "PayPal, Inc.",
    "Pepsi": "PepsiCo, Inc.",
    "Philips": "Koninklijke Philips N.V.",
    "Porsche": "Dr. Ing. h.c. F. Porsche AG",
    "Prada": "Prada S.A.",
    "Range Rover": "Jaguar Land Rover Limited",
    "Red Bull": "Red Bull GmbH",
    "SAP": "SAP SE",
    "Salesforce": "Salesforce, Inc.",
    "Samsung": "Samsung Electronics Co., Ltd.",
    "Santander": "Banco Santander, S.A.",
    "Sephora": "Sephora (LVMH)",
    "Siemens": "Siemens AG",
    "Sony": "Sony Group Corporation",
    "Spotify": "Spotify AB",
    "Starbucks": "Starbucks Corporation",
    "Tesla": "Tesla, Inc.",
    "Tiffany & Co.": "Tiffany and Company (LVMH)",
    "Toyota": "Toyota Motor Corporation",
    "UPS": "United Parcel Service of America, Inc.",
    "Uber": "Uber Technologies, Inc.",
    "Visa": "Visa International Service Association",
    "Volkswagen": "Volkswagen AG",
    "Xiaomi": "Xiaomi Inc.",
    "YouTube": "Google LLC",
    "Zara": "Industria de Diseño Textil, S.A. (Inditex)",
    "Zoom": "Zoom Video Communications, Inc.",
    "adidas": "adidas AG",
    "eBay": "eBay Inc.",
}


class Log:
    def __init__(self, path):
        self.lines = []
        self.path = path

    def __call__(self, msg):
        print(msg, file=sys.stderr)
        self.lines.append(msg)

    def save(self):
        with open(self.path, "w", encoding="utf-8") as f:
            f.write("\n".join(self.lines) + "\n")


def clean(text):
    """Strip surrounding space; fold line breaks and tabs to spaces (content is kept as is)."""
    if text is None:
        return ""
    return re.sub(r"[\r\n\t]+", " ", text).strip()


def raw_title(text):
    """Titles are kept exactly as written (a truncated title keeps its '...'); only a line
    break, which a CSV row of the canonical format may not hold, would become a space."""
    return re.sub(r"[\r\n]+", " ", text or "")


def price(raw, where, log):
    raw = clean(raw).replace(",", "")
    if raw == "":
        return ""
    try:
        value = float(raw)
    except ValueError:
        log(f"{where}: price: '{raw}' is not a number; the listing is kept without a price")
        return ""
    if value < 0:
        log(f"{where}: price: negative '{raw}'; the listing is kept without a price")
        return ""
    return raw


def split_categories(raw):
    """The 'categories' column may be a JSON-like list or a '>'/'|'-separated path."""
    raw = clean(raw)
    if not raw:
        return []
    raw = raw.strip("[]")
    parts = re.split(r"\s*(?:>|\||',\s*'|\",\s*\"|;)\s*", raw)
    return [p.strip(" '\"") for p in parts if p.strip(" '\"")]


def read_rows(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        for row in reader:
            yield reader.line_num, row


def amazon_in(shared, log):
    path = os.path.join(shared, "listings", "amazon-in-2023.csv")
    out, rejected = [], 0
    for line, r in read_rows(path):
        where = f"amazon-in-2023.csv:{line}"
        asin, title = clean(r.get("asin")), raw_title(r.get("title"))
        if not asin and not title.strip():
            log(f"{where}: asin, title: both empty; row not converted")
            rejected += 1
            continue
        main, sub = clean(r.get("main_category")), clean(r.get("sub_category"))
        category = " > ".join(p for p in (main, sub) if p)
        out.append({
            "sku": asin, "asin": asin, "title": title, "brand": "",
            "bullet_points": "", "description": "", "search_terms": "",
            "price": price(r.get("price_inr"), where, log), "currency": "INR",
            "category": category, "marketplace": "amazon.in",
        })
    return out, rejected


def amazon_us(shared, log):
    path = os.path.join(shared, "listings", "amazon-us-health-2023.csv")
    out, rejected = [], 0
    for line, r in read_rows(path):
        where = f"amazon-us-health-2023.csv:{line}"
        asin, title = clean(r.get("parent_asin")), raw_title(r.get("title"))
        if not asin and not title.strip():
            log(f"{where}: parent_asin, title: both empty; row not converted")
            rejected += 1
            continue
        bullets = [clean(b) for b in (r.get("bullet_points") or "").split(" | ")]
        bullets = [b.replace("|", "/") for b in bullets if b]
        cats = ["Health & Personal Care"]
        for c in split_categories(r.get("categories")):
            if c not in cats:
                cats.append(c)
        out.append({
            "sku": asin, "asin": asin, "title": title, "brand": clean(r.get("brand")),
            "bullet_points": "|".join(bullets), "description": clean(r.get("description")),
            "search_terms": "", "price": price(r.get("price_usd"), where, log),
            "currency": "USD", "category": " > ".join(cats), "marketplace": "amazon.com",
        })
    return out, rejected


def fold(name):
    name = name.replace("\u2019", "'").replace("\u2018", "'")
    return unicodedata.normalize("NFC", name).casefold()


def famous_brands(shared, log):
    """Distinct Interbrand brands; spelling variants (MasterCard/Mastercard, curly or straight
    apostrophe, YouTube/Youtube) are one brand, written as in the most recent year."""
    path = os.path.join(shared, "registry", "famous-brands-2021-2024.csv")
    latest = {}
    order = []
    for _, r in read_rows(path):
        name = clean(r["brand"]).replace("\u2019", "'")
        key = fold(name)
        year = int(r["year"])
        if key not in latest:
            order.append(key)
            latest[key] = (year, name)
        elif year >= latest[key][0]:
            latest[key] = (year, name)
    rows = []
    owners = {fold(k): v for k, v in OWNERS.items()}
    for i, key in enumerate(order, 1):
        name = latest[key][1]
        owner = owners.get(key)
        if owner is None:
            log(f"famous-brands-2021-2024.csv: brand '{name}': no owner in the table; owner left empty")
            owner = ""
        rows.append({"mark": name, "owner": owner, "registration_number": f"IB-{i:04d}",
                     "jurisdiction": "", "classes": "", "status": "live", "famous": "true"})
    return rows


def nz_marks(shared, log):
    """NZ opposed applications that have a word element (types Word and Combined); image-only
    rows have no text and are skipped. 'X ; X' (the same text twice) is one mark."""
    path = os.path.join(shared, "registry", "nz-opposed-applications-2023.csv")
    rows, skipped = [], 0
    for line, r in read_rows(path):
        text = clean(r.get("mark_text"))
        if not text:
            skipped += 1
            continue
        parts = []
        for p in text.split(" ; "):
            p = p.strip()
            if p and p not in parts:
                parts.append(p)
        classes = ";".join(c.strip() for c in (r.get("nice_classes") or "").split(";") if c.strip())
        for p in parts:
            rows.append({"mark": p, "owner": clean(r.get("applicant_name")),
                         "registration_number": clean(r.get("application_no")),
                         "jurisdiction": "NZ", "classes": classes, "status": "live",
                         "famous": "false"})
    return rows, skipped


def example_marks(repo_root):
    path = os.path.join(repo_root, "examples", "marks.csv")
    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        return [{k: (row.get(k) or "") for k in REGISTER_HEADER} for row in reader]


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=header, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", required=True, help="the shared data folder (/work/shared/data)")
    ap.add_argument("--out", required=True, help="folder to write listings.csv and register.csv")
    ap.add_argument("--repo", default=os.path.normpath(os.path.join(here, "..", "..")),
                    help="the Clearmark checkout (for examples/marks.csv)")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    log = Log(os.path.join(args.out, "prepare.log"))

    ind, ind_rej = amazon_in(args.shared, log)
    us, us_rej = amazon_us(args.shared, log)
    listings = ind + us
    write_csv(os.path.join(args.out, "listings.csv"), LISTING_HEADER, listings)
    log(f"listings: {len(ind)} amazon.in + {len(us)} amazon.com = {len(listings)} "
        f"(not converted: {ind_rej} + {us_rej})")
    if len(listings) != EXPECTED_LISTINGS:
        log(f"WARNING: expected {EXPECTED_LISTINGS} listings, wrote {len(listings)}")

    fam = famous_brands(args.shared, log)
    nz, nz_skipped = nz_marks(args.shared, log)
    ex = example_marks(args.repo)
    write_csv(os.path.join(args.out, "register.csv"), REGISTER_HEADER, fam + nz + ex)
    log(f"register: {len(fam)} famous brands + {len(nz)} NZ word marks "
        f"({nz_skipped} image-only rows skipped) + {len(ex)} examples/marks.csv = "
        f"{len(fam) + len(nz) + len(ex)} marks")
    log.save()


if __name__ == "__main__":
    main()
