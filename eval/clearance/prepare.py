#!/usr/bin/env python3
"""Builds the inputs of the clearance audit from the reference data beside the project.

Writes, into the folder given (default /tmp/clearance):
  register.csv  the marks of eval/marks.csv plus every brand of the Interbrand Best Global Brands
                lists 2021-2024 (famous, with the core Nice classes of each in
                eval/clearance/famous-classes.csv), as Clearmark's marks CSV
  brands.tsv    every distinct brand of the bigbasket catalogue with the Nice classes its
                category implies, as `brand<TAB>classes`
Neither file is committed: both are derived from ../shared/data, which is for evaluation only.
"""
import csv, os, sys

out = sys.argv[1] if len(sys.argv) > 1 else '/tmp/clearance'
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, '..', '..'))
shared = os.path.normpath(os.path.join(root, '..', 'shared', 'data'))
os.makedirs(out, exist_ok=True)

# Nice classes a grocery category's goods fall in (a fact of the classification, one line each).
CATEGORY = {
    'Beauty & Hygiene': '3;5', 'Gourmet & World Food': '29;30', 'Kitchen, Garden & Pets': '21;8;31',
    'Snacks & Branded Foods': '29;30', 'Foodgrains, Oil & Masala': '30;29', 'Cleaning & Household': '3;21',
    'Beverages': '32;30', 'Bakery, Cakes & Dairy': '30;29', 'Baby Care': '3;5',
    'Fruits & Vegetables': '31', 'Eggs, Meat & Fish': '29',
}

with open(os.path.join(out, 'register.csv'), 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(['mark', 'owner', 'registration_number', 'jurisdiction', 'classes', 'status', 'famous'])
    seen = set()
    for r in csv.DictReader(open(os.path.join(root, 'eval', 'marks.csv'))):
        w.writerow([r['mark'], r['owner'], r['registration_number'], r['jurisdiction'], r['classes'], r['status'], r['famous']])
        seen.add(r['mark'].upper())
    classes = {r['brand']: r['classes'] for r in csv.DictReader(open(os.path.join(here, 'famous-classes.csv')))}
    for r in csv.DictReader(open(os.path.join(shared, 'registry', 'famous-brands-2021-2024.csv'))):
        name = r['brand'].strip()
        if name.upper() not in seen:
            seen.add(name.upper())
            w.writerow([name.upper(), name, 'INTERBRAND', '', classes.get(r['brand'], ''), 'live', 'true'])

brands = {}
for r in csv.DictReader(open(os.path.join(shared, 'listings', 'bigbasket-2021.csv'))):
    b = r['brand'].strip()
    if b and b not in brands:
        brands[b] = CATEGORY.get(r['category'], '')
with open(os.path.join(out, 'brands.tsv'), 'w') as f:
    for b, c in sorted(brands.items()):
        f.write(f'{b}\t{c}\n')
print(f'{len(seen)} marks, {len(brands)} brands written to {out}')
