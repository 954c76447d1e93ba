#!/usr/bin/env python3
"""Writes the two halves of corpus/real/dev that rule changes are made against (corpus/README.md,
"Dev halves"): rules are written looking at the errors of half A only; half B is scored, never
read, and a change is kept only where B does not fall in any family or field.

The split is by site, so B holds sites A never showed: sites with 8 or more dev documents (the
six counties, the Department of Justice) are shared out document by document, alternately in id
order; every smaller site goes whole to A or B, alternately in (family, site) order.

Usage: python3 corpus/tools/dev_halves.py OUT_DIR   (writes OUT_DIR/A and OUT_DIR/B; then
`target/pressfacts eval OUT_DIR/A --errors` and `target/pressfacts eval OUT_DIR/B`).
Deterministic: the same corpus gives the same halves.
"""
import csv
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = os.path.join(HERE, '..', 'real')
LARGE_SITE = 8


def main(out):
    with open(os.path.join(REAL, 'split.tsv'), newline='') as f:
        site = {r['id']: (r['family'], r['site']) for r in csv.DictReader(f, delimiter='\t')}
    dev = os.path.join(REAL, 'dev')
    ids = sorted(n[:-5] for n in os.listdir(dev) if n.endswith('.json'))
    by_site = {}
    for i in sorted(ids, key=lambda x: (site[x], x)):
        by_site.setdefault(site[i], []).append(i)
    for half in 'AB':
        os.makedirs(os.path.join(out, half), exist_ok=True)
    small = 0
    counts = {'A': 0, 'B': 0}
    for key in sorted(by_site):
        docs = by_site[key]
        for j, doc in enumerate(docs):
            half = 'AB'[j % 2] if len(docs) >= LARGE_SITE else 'AB'[small % 2]
            shutil.copy(os.path.join(dev, doc + '.json'), os.path.join(out, half))
            counts[half] += 1
        if len(docs) < LARGE_SITE:
            small += 1
    print(f"A: {counts['A']} documents, B: {counts['B']} documents, in {out}")


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
