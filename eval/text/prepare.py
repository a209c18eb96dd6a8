#!/usr/bin/env python3
"""Build the inputs of the copied-text (CR_TEXT) evaluation from the shared public data.

The shared listings may be used for evaluation only, so nothing of them is kept in the
repository: this script converts them at run time into files under --out.

    python3 eval/text/prepare.py --shared /work/shared/data --out /tmp/text-eval

Two runs. Real text reuse: every Amazon.com Health & Personal Care listing that has bullets or a
description (12 words or more) is registered as a text work (a brand's own listing copy: bullets
and description), and every one is screened against all of them; the report leaves out each
listing's match with its own text, so that what remains is text one real listing shares with
another. Recall: a seeded half of those listings is registered, and synthetic copies are made
from it and put into listings of the other half, which is not registered:
a passage of L words of a registered text put into the description of a real screened listing
(L = 8, 12, 16, 20, 30, 50), and a registered text with every k-th word replaced (k = 10, 6).

writes
    OUT/works.csv      every usable listing's text (clearmark works CSV: id,kind,title,owner,text)
    OUT/listings.csv   canonical CSV: every usable listing
    OUT/half-works.csv the registered half, for the recall run
    OUT/copies.csv     canonical CSV: the synthetic copies, in listings of the other half
    OUT/truth.csv      sku of each synthetic copy, the work it copies, how (passage L / reworded k)
    OUT/marks.csv      a one-mark registry (screen needs one; marks are not under test here)

Python 3 standard library only.
"""

import argparse
import csv
import os
import random
import re

SEED = 16
PASSAGES = [8, 12, 16, 20, 30, 50]
REWORDED = [10, 6]
COPIES_PER_KIND = 120
FILLER = ["quality", "daily", "formula", "support", "natural", "blend", "premium", "gentle",
          "care", "value", "fresh", "pure", "strength", "routine", "trusted", "simple"]


def words_of(text):
    return re.findall(r"\S+", text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    source = os.path.join(args.shared, "listings", "amazon-us-health-2023.csv")
    with open(source, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    usable = []
    for r in rows:
        bullets = [b.strip() for b in r["bullet_points"].split(" | ") if b.strip()]
        description = r["description"].strip()
        if len(words_of(" ".join(bullets) + " " + description)) >= 12:
            usable.append((r, bullets, description))
    rng = random.Random(SEED)
    rng.shuffle(usable)
    registered, screened = usable, usable
    half = len(usable) // 2

    works = []
    for i, (r, bullets, description) in enumerate(registered, start=1):
        owner = r["brand"].strip() or r["store"].strip() or r["manufacturer"].strip()
        text = " ".join([b if b.endswith((".", "!", "?")) else b + "." for b in bullets] + [description])
        works.append({"id": i, "kind": "text", "title": "Listing copy of " + r["parent_asin"],
                      "owner": owner, "text": text.strip(), "asin": r["parent_asin"]})
    for name, chosen in (("works.csv", works), ("half-works.csv", works[:half])):
        with open(os.path.join(args.out, name), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["id", "kind", "title", "owner", "description", "text"])
            for work in chosen:
                w.writerow([work["id"], "text", work["title"], work["owner"], work["asin"], work["text"]])

    listings = []
    for r, bullets, description in screened:
        listings.append({"sku": r["parent_asin"], "title": r["title"], "brand": r["brand"],
                         "bullet_points": "|".join(b.replace("|", "/") for b in bullets),
                         "description": description})
    hosts = [l for l in listings[half:] if len(words_of(l["description"])) >= 20]
    copies = []
    truth = []
    long_works = [w for w in works[:half] if len(words_of(w["text"])) >= 60]
    for length in PASSAGES:
        for n, work in enumerate(rng.sample(long_works, min(COPIES_PER_KIND, len(long_works)))):
            words = words_of(work["text"])
            start = rng.randrange(0, len(words) - length + 1)
            passage = " ".join(words[start:start + length])
            host = rng.choice(hosts)
            host_words = words_of(host["description"])
            cut = rng.randrange(0, len(host_words) + 1)
            description = " ".join(host_words[:cut] + [passage] + host_words[cut:])
            sku = "COPY-P%d-%d" % (length, n)
            copies.append({"sku": sku, "title": host["title"], "brand": host["brand"],
                           "bullet_points": "", "description": description})
            truth.append({"sku": sku, "work": work["id"], "how": "passage", "size": length,
                          "host": host["sku"]})
    for k in REWORDED:
        for n, work in enumerate(rng.sample(long_works, min(COPIES_PER_KIND, len(long_works)))):
            words = words_of(work["text"])[:120]
            changed = [rng.choice(FILLER) if (i + 1) % k == 0 else word for i, word in enumerate(words)]
            sku = "COPY-R%d-%d" % (k, n)
            copies.append({"sku": sku, "title": "Reworded copy", "brand": "",
                           "bullet_points": "", "description": " ".join(changed)})
            truth.append({"sku": sku, "work": work["id"], "how": "reworded", "size": k, "host": ""})

    for name, rows_out in (("listings.csv", listings), ("copies.csv", copies)):
        with open(os.path.join(args.out, name), "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=["sku", "title", "brand", "bullet_points", "description"])
            w.writeheader()
            w.writerows(rows_out)
    with open(os.path.join(args.out, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["sku", "work", "how", "size", "host"])
        w.writeheader()
        w.writerows(truth)
    with open(os.path.join(args.out, "marks.csv"), "w", newline="", encoding="utf-8") as f:
        f.write("mark,owner,registration_number,jurisdiction,classes,status,famous\n"
                "ROLEX,Rolex SA,T-0004,US,14,live,true\n")
    print("real run: %d listings against their %d texts; recall run: %d copies against %d texts"
          % (len(screened), len(works), len(truth), half))


if __name__ == "__main__":
    main()
