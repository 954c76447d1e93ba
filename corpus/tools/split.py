#!/usr/bin/env python3
"""Chooses the pool documents of corpus/real and their split; written before any program output
on them was seen. Deterministic: the order within a group is sha256 of the id.

official-intl: every document; split by site (a site's documents all go one way), so every test
  document comes from a site with nothing in dev.
us-federal: 78 documents; one site (the Department of Justice), split by id hash, half and half.
us-county: the six large counties give 17 (Orange, Kings) or 16 documents each, 10 to dev and
  the rest to test; Miami-Dade, Cook, Los Angeles and Maricopa (the unseen counties) go to test
  whole: 10, 10, 4 and 2 documents.
Prints split.tsv: id, family, site, split, unseen (site has nothing in dev).
"""
import hashlib
import json
import os
import sys

POOL = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'releases')


def h(s):
    return hashlib.sha256(s.encode()).hexdigest()


def load(family):
    with open(os.path.join(POOL, family + '.jsonl'), encoding='utf-8') as f:
        return [json.loads(line) for line in f]


rows = []
for d in load('official-intl'):
    site = d['source']['site'].removeprefix('www.').removeprefix('old.').removeprefix('test.')
    rows.append((d['id'], 'official-intl', site, 'test' if int(h(site), 16) % 2 else 'dev'))
fed = sorted(load('us-federal'), key=lambda d: h(d['id']))[:78]
for i, d in enumerate(sorted(fed, key=lambda d: h('split' + d['id']))):
    rows.append((d['id'], 'us-federal', 'justice.gov', 'dev' if i % 2 == 0 else 'test'))
seen = {'orange_ca': 17, 'kings_ny': 17, 'san_diego_ca': 16, 'dallas_tx': 16, 'harris_tx': 16, 'riverside_ca': 16}
unseen = {'miami_dade_fl': 10, 'cook_il': 10, 'los_angeles_ca': 4, 'maricopa_az': 2}
county = load('us-county')
for c, n in {**seen, **unseen}.items():
    docs = sorted((d for d in county if d['county'] == c), key=lambda d: h(d['id']))[:n]
    for i, d in enumerate(docs):
        rows.append((d['id'], 'us-county', c, 'dev' if c in seen and i < 10 else 'test'))
dev_sites = {site for _, _, site, split in rows if split == 'dev'}
print('id\tfamily\tsite\tsplit\tunseen')
for r in sorted(rows):
    print('\t'.join(r) + '\t' + ('yes' if r[3] == 'test' and r[2] not in dev_sites else 'no'))
