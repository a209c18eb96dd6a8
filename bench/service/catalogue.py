#!/usr/bin/env python3
"""Writes a seeded synthetic catalogue in Clearmark's canonical CSV layout.

Usage: catalogue.py ROWS OUT.csv [SEED]

About 1 KB a row; a few percent of rows name a mark of the demo registry, a few carry
counterfeit wording, the rest are clean.
"""
import csv
import random
import sys

NOUNS = ["cable", "charger", "case", "stand", "bottle", "backpack", "lamp", "mat", "organizer",
         "speaker", "mouse", "keyboard", "tripod", "kettle", "blanket", "pillow", "jacket", "belt"]
ADJECTIVES = ["braided", "insulated", "foldable", "wireless", "portable", "waterproof", "compact",
              "adjustable", "rechargeable", "lightweight", "heavy-duty", "ergonomic", "stainless"]
BRANDS = ["Northwind", "Harbor Lane", "Zorvix", "Alderbrook", "Copperfield", "Brightwater"]
MARKS = ["NIKE", "ADIDAS", "APPLE", "SAMSUNG", "BOSE", "YETI", "HYDRO FLASK", "LEGO", "CANON"]
WORDS = ("durable everyday design with a clean finish that suits home office travel and gym use "
         "made from tested materials with a one year warranty and friendly support").split()


def sentence(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def main():
    rows = int(sys.argv[1])
    out = sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 42)
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["sku", "asin", "title", "brand", "bullet_points", "description",
                    "search_terms", "price", "currency", "category", "marketplace"])
        for i in range(rows):
            noun, adjective = rng.choice(NOUNS), rng.choice(ADJECTIVES)
            title = f"{rng.choice(BRANDS)} {adjective} {noun}, {rng.randint(1, 5)}-pack, model {i % 997}"
            roll = rng.random()
            if roll < 0.04:
                title += f", compatible with {rng.choice(MARKS).title()}"
            elif roll < 0.06:
                title = f"{rng.choice(MARKS).title()} {noun} {adjective}"
            elif roll < 0.07:
                title += ", replica"
            bullets = "|".join(sentence(rng, rng.randint(8, 14)) for _ in range(5))
            w.writerow([f"SKU-{i:07d}", f"B0{i:08d}", title, rng.choice(BRANDS), bullets,
                        sentence(rng, rng.randint(40, 70)), f"{adjective} {noun} {rng.choice(NOUNS)}",
                        f"{rng.uniform(5, 120):.2f}", "USD", "Home & Kitchen", "US"])


if __name__ == "__main__":
    main()
