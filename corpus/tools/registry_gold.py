"""Writes corpus/registry-gold.json: which PERSON entities of the gold records are one person.

How it was made (see corpus/README.md, "Registry gold"): every PERSON entity of corpus/real,
../shared/realdev and the seed was put in a candidate group by a loose surname key (letters
without vowels, doubled letters once, gh=g, kh=h) and first initial, a name without a given name
joining every group of its surname. Each group with entities of two or more documents was read
by hand with its roles, dates and a line of context (`--list` prints them). The decisions are the
tables below: inside a group, entities with the same given name were judged one person in every
group read (career changes kept together: Hochman, Ziemele, Spielmann); different given names are
different persons (and so are Jr. and Sr.) except the SAME_PERSON entries, each checked against the texts. Nothing here
reads the program's output.
"""
import collections, glob, json, re, sys, unicodedata

ROOT = sys.argv[sys.argv.index('--root') + 1] if '--root' in sys.argv else '.'
SHARED = ROOT + '/../shared'
FILES = (sorted(glob.glob(ROOT + '/corpus/real/*/*.json')) + sorted(glob.glob(SHARED + '/realdev/*.json'))
         + [SHARED + '/seed-press-release.gold.json'])

# Different given names judged one person, by reading the releases (doc:entity groups).
SAME_PERSON = [
    # "Mike Hestrin", Riverside County District Attorney, written "Michael Hestrin" in usc264.
    ['usc264:e5', 'usc241:e1'],
    # "Matt Olsen" (usf066) is Matthew G. Olsen, National Security Division.
    ['usf066:e6', 'usf065:e2'],
    # "Michel Spanakos" (usc084, usc115) is Michael Spanakos of the Brooklyn DA's office, misspelt.
    ['usc084:e7', 'usc080:e15'],
    # "R. Rzayev" chairs the Plenum of the Supreme Court of Azerbaijan in 2014: Ramiz Rzayev.
    ['pr015:e6', 'pr003:e3'],
    # "President Bush" (usf017, 2008) is George W. Bush.
    ['usf017:e17', 'usf054:e2'],
    # "Creuzot", District Attorney in a Dallas County release, is John Creuzot.
    ['usc184:e2', 'usc173:e4'],
    # "Amos Rojas" and "Amos Rojas Jr.", U.S. Marshal for the Southern District of Florida in 2014.
    ['usf002:e2', 'usf005:e24'],
]
# Same given name, judged different persons (none found; kept for the record).
DIFFERENT = []

def fold(s):
    s = unicodedata.normalize('NFD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()

SUFFIX = {'jr', 'sr', 'ii', 'iii', 'iv'}

def tokens(name):
    name = re.sub(r'["“”(][^"“”)]*["“”)]', '', name)  # nicknames: "Jay", (Jay)
    return [x for x in re.split(r"[\s.,]+", fold(name)) if x and x not in SUFFIX]

def skeleton(s):
    k = re.sub(r"[aeiouy’']", '', s)
    k = re.sub(r'(.)\1', r'\1', k)
    return k.replace('gh', 'g').replace('kh', 'h')

def items():
    out = []
    for f in FILES:
        r = json.load(open(f, encoding='utf-8'))
        for e in r['entities']:
            if e['type'] == 'PERSON':
                out.append({'doc_id': r['doc_id'], 'entity': e['id'], 'name': e['name']})
    return out

def main():
    its = items()
    key = {}
    for it in its:
        t = tokens(it['name'])
        long = [x for x in t if len(x) > 1]
        sur = long[-1] if long else t[-1]
        given = t[0] if len(t) > 1 and t[0] != sur else None
        suffix = [x for x in re.split(r"[\s.,]+", fold(it['name'])) if x in SUFFIX]
        key[(it['doc_id'], it['entity'])] = (skeleton(sur), given, tuple(suffix))
    parent = {k: k for k in key}
    def find(k):
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k
    def union(a, b):
        parent[find(a)] = find(b)
    by = collections.defaultdict(list)
    for k, kk in key.items():
        by[kk].append(k)
    for ks in by.values():
        for k in ks[1:]:
            union(ks[0], k)
    for group in SAME_PERSON:
        ks = [tuple(x.split(':')) for x in group]
        for k in ks[1:]:
            union(ks[0], k)
    clusters = collections.defaultdict(list)
    for it in its:
        clusters[find((it['doc_id'], it['entity']))].append(it)
    out = []
    for c in clusters.values():
        docs = [m['doc_id'] for m in c]
        assert len(docs) == len(set(docs)), ('two entities of one document in one cluster', c)
        name = max((m['name'] for m in c), key=lambda n: (len(n.split()), len(n)))
        out.append({'name': name, 'mentions': [{'doc_id': m['doc_id'], 'entity': m['entity'], 'name': m['name']} for m in c]})
    out.sort(key=lambda c: (-len(c['mentions']), fold(c['name'])))
    gold = {'about': 'Hand-made clustering of the PERSON entities of corpus/real, ../shared/realdev and the seed: '
                     'each cluster is one person; see corpus/README.md (Registry gold).',
            'sources': ['corpus/real', '../shared/realdev', '../shared/seed-press-release.gold.json'],
            'clusters': out}
    with open(ROOT + '/corpus/registry-gold.json', 'w', encoding='utf-8') as f:
        f.write('{"about": ' + json.dumps(gold['about'], ensure_ascii=False) + ',\n "sources": '
                + json.dumps(gold['sources']) + ',\n "clusters": [\n')
        f.write(',\n'.join('  ' + json.dumps(c, ensure_ascii=False) for c in out))
        f.write('\n]}\n')
    multi = [c for c in out if len(c['mentions']) > 1]
    print(len(its), 'entities,', len(out), 'persons,', len(multi), 'across documents,',
          sum(len(c['mentions']) for c in multi), 'entities in them')

main()
