#!/usr/bin/env python3
"""Per-brand marks files for the brand-side audit (issue 15), derived from register.csv by owner.

    python3 eval/real/brand/prepare_brands.py /tmp/realF/register.csv --out /tmp/realF/brands

Writes OUT/<brand>.csv (the registry CSV header of register.csv, only the rows whose owner is one
of the brand's owner names below) and prints the rows chosen. Nothing from the listing data is read
or copied; the owner names are those that prepare.py writes into register.csv.

A brand owner monitoring third-party listings screens them against its OWN marks only, with no
own-brands file (the third-party seller owns nothing), so each file here is one brand's --marks.

Why these eight: they are the register owners whose marks appear most often, as whole words, in
the title, brand, bullets or description of the 12,529 listings (count of listings:
Samsung 105, Apple 85, Philips 59, LG 57, Crocs 56, Levi's 54, Puma 52, adidas 32), leaving out
owners whose marks are ordinary words, letters or the marketplace itself (InfraBuild's `S`,
Maple Mountain's `M`, BMW's `MINI`, Amazon) and SPARX Group (NZ applicant), whose word is the
Indian footwear brand of another company (Relaxo) in these listings, so it measures nothing
about brand monitoring. Next by count would be Panasonic (26) and Pampers (24).

Python 3 standard library only.
"""

import argparse
import csv
import os
import sys

# brand -> exact owner names in register.csv (LG's marks are under two owner names)
BRANDS = {
    "samsung": ["Samsung Electronics Co., Ltd."],
    "apple": ["Apple Inc."],
    "philips": ["Koninklijke Philips N.V."],
    "lg": ["LG Corp.", "LG Electronics Inc."],
    "crocs": ["Crocs, Inc."],
    "levis": ["Levi Strauss & Co."],
    "puma": ["PUMA SE"],
    "adidas": ["adidas AG"],
}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("register", help="register.csv written by eval/real/prepare.py")
    ap.add_argument("--out", required=True, help="folder for the per-brand marks files")
    args = ap.parse_args()

    with open(args.register, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        header = reader.fieldnames
        rows = list(reader)
    os.makedirs(args.out, exist_ok=True)
    for brand, owners in BRANDS.items():
        chosen = [r for r in rows if r["owner"] in owners]
        if not chosen:
            sys.exit(f"prepare_brands.py: no rows for {brand} (owners {owners}) in {args.register}")
        path = os.path.join(args.out, f"{brand}.csv")
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=header, lineterminator="\n")
            w.writeheader()
            w.writerows(chosen)
        print(f"{brand:8} {len(chosen)} marks: " + "; ".join(
            f"{r['mark']} ({r['registration_number']}, classes {r['classes'] or '-'})" for r in chosen))


if __name__ == "__main__":
    main()
