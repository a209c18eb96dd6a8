#!/usr/bin/env python3
"""Convert the three shared real-listing files into canonical Clearmark CSV, one output per input.

    python3 eval/patents/prepare.py --shared /work/shared/data --out /tmp/patents-eval

writes OUT/amazon-in.csv, OUT/amazon-us-health.csv and OUT/bigbasket.csv. The amazon files are
converted by eval/real/prepare.py (same rules as the real-catalogue audit); bigbasket rows get
sku = "BB-<index>", the product name as title, its brand, and the path
"category > sub_category > type" as category. No listing data is kept in the repository.
"""

import argparse
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "real"))
import prepare as real  # noqa: E402  (eval/real/prepare.py)


def bigbasket(shared, log):
    path = os.path.join(shared, "listings", "bigbasket-2021.csv")
    out = []
    for line, r in real.read_rows(path):
        title = real.raw_title(r.get("product"))
        if not title.strip():
            log(f"bigbasket-2021.csv:{line}: product: empty; row not converted")
            continue
        category = " > ".join(p for p in (real.clean(r.get(k)) for k in
                                          ("category", "sub_category", "type")) if p)
        out.append({
            "sku": "BB-" + real.clean(r.get("index")), "asin": "", "title": title,
            "brand": real.clean(r.get("brand")), "bullet_points": "", "description": "",
            "search_terms": "",
            "price": real.price(r.get("sale_price_inr"), f"bigbasket-2021.csv:{line}", log),
            "currency": "INR", "category": category, "marketplace": "bigbasket.com",
        })
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    log = real.Log(os.path.join(args.out, "prepare.log"))
    ind, _ = real.amazon_in(args.shared, log)
    us, _ = real.amazon_us(args.shared, log)
    bb = bigbasket(args.shared, log)
    for name, rows in (("amazon-in", ind), ("amazon-us-health", us), ("bigbasket", bb)):
        real.write_csv(os.path.join(args.out, name + ".csv"), real.LISTING_HEADER, rows)
        log(f"{name}: {len(rows)} listings")
    log.save()


if __name__ == "__main__":
    main()
