#!/usr/bin/env python3
"""Writes seeded synthetic captured third-party listings as JSON batches for
POST /api/v1/monitoring/listings (issue 15's ingest benchmark).

Usage: captures.py ROWS OUT_DIR [SEED]

Writes OUT_DIR/batch-00000.json ... of 1,000 listings each (the API's bound). About 1 KB a
listing; a few percent name the demo seller's own mark ZORVIX (some as look-alikes, some with
replica wording, some far below the usual price), the rest are other brands' goods. Sellers are
drawn from a pool of 20,000 so that sellers repeat, as on a marketplace.
"""
import json
import os
import random
import sys

NOUNS = ["cable", "charger", "case", "stand", "power bank", "earbuds", "lamp", "mouse", "keyboard",
         "tripod", "speaker", "adapter", "hub", "webcam", "router", "smart plug"]
ADJECTIVES = ["braided", "fast", "foldable", "wireless", "portable", "waterproof", "compact",
              "adjustable", "rechargeable", "lightweight", "heavy-duty", "ergonomic"]
BRANDS = ["Northwind", "Harbor Lane", "Alderbrook", "Copperfield", "Brightwater", "Kestrel"]
WORDS = ("durable everyday design with a clean finish that suits home office travel and gym use "
         "made from tested materials with a one year warranty and friendly support").split()


def sentence(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def main():
    rows, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 42)
    os.makedirs(out, exist_ok=True)
    batch, n = [], 0
    for i in range(rows):
        s = rng.randrange(20000)
        noun, adjective = rng.choice(NOUNS), rng.choice(ADJECTIVES)
        brand = rng.choice(BRANDS)
        title = f"{brand} {adjective} {noun}, model {i % 997}"
        price = round(rng.uniform(9, 90), 2)
        roll = rng.random()
        if roll < 0.02:
            brand, title = "Zorvix", f"Zorvix {adjective} {noun} replica, model {i % 997}"
        elif roll < 0.04:
            brand, title = "Zorvlx", f"Zorvlx {adjective} {noun}"
        elif roll < 0.06:
            title += ", compatible with Zorvix docks"
        batch.append({
            "marketplace": "amazon.com",
            "listingId": f"B0BENCH{i:05d}",
            "url": f"https://www.amazon.com/dp/B0BENCH{i:05d}",
            "sellerId": f"A{s:013d}",
            "sellerName": f"Store {s}",
            "sellerAddress": f"{s % 500} Market Street, Springfield",
            "sellerPhone": f"+1 555 {s:07d}",
            "sellerEmail": f"store{s}@example.com",
            "price": price,
            "currency": "USD",
            "capturedAt": "2026-12-01T10:00:00Z",
            "available": True,
            "title": title,
            "brand": brand,
            "bulletPoints": [sentence(rng, 14), sentence(rng, 12), sentence(rng, 10)],
            "description": sentence(rng, 40),
            "searchTerms": f"{noun} {adjective}",
            "category": "Electronics",
        })
        if len(batch) == 1000 or i == rows - 1:
            with open(os.path.join(out, f"batch-{n:05d}.json"), "w", encoding="utf-8") as f:
                json.dump({"listings": batch}, f)
            batch, n = [], n + 1


if __name__ == "__main__":
    main()
