#!/usr/bin/env python3
"""Labelling helper for corpus/real: turns a label sheet into an offset-exact gold record.

The texts stay in the release pool (../shared/releases); a sheet names its document by pool id
and lists spans by their text, so a labeller never counts characters. Commands:

  label.py show ID                 the text with line numbers and the offset each line starts at
  label.py find ID "TEXT"          every occurrence of TEXT, numbered, with offsets and context
  label.py build SHEET.json [-o GOLD.json]
                                   the gold record; every problem is listed, exit 1 on any
  label.py build-all SHEETS_DIR OUT_DIR
                                   every sheet of the folder into OUT_DIR/dev or OUT_DIR/test, as
                                   corpus/real/split.tsv places it; an unusable or failing sheet
                                   is listed and left out

A sheet (JSON):
  {"id": "usc001", "labeller": "A",
   "published": {"text": "February 19, 2013", "value": "2013-02-19", "occ": 1} | null,
   "entities": [{"id": "e1", "type": "PERSON", "name": "Leonel Santana Cervantes",
                 "mentions": ["Leonel Santana Cervantes", "Cervantes", {"text": "Santana", "occ": [2]}]}],
   "dates": [{"text": "February 19, 2013", "value": "2013-02-19"}],
   "citations": [{"text": "Penal Code section 187(a)", "kind": "code", "title": "Penal Code",
                  "jurisdiction": "US-CA", "provision": [{"unit": "section", "id": "187(a)"}]}],
   "roles": [{"person": "e1", "title": "Deputy District Attorney", "organization": "e2"}],
   "event": {"type": "hearing", "date": "2013-02-19"}}

A span given as a string means every occurrence of it (whole words; spaces match any run of
white space, quotes and apostrophes match their curly forms); {"text", "occ": [N, ...]} means
only those occurrences, numbered as 'find' numbers them. Longer spans are claimed first, so
"Cervantes" does not also match inside "Leonel Santana Cervantes"; an entity occurrence inside a
citation is skipped unless the mention says "in_citation": true (an issuer's name).
"""
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
POOL = os.environ.get('PRESSFACTS_POOL', os.path.join(HERE, '..', '..', '..', 'shared', 'releases'))
KINDS = {'constitution', 'code', 'law', 'act', 'convention', 'protocol', 'treaty', 'agreement', 'memorandum',
         'charter', 'decree', 'order', 'resolution', 'regulation', 'directive', 'decision', 'other'}
UNITS = {'article', 'section', 'part', 'paragraph', 'subparagraph', 'clause', 'point', 'chapter'}
EVENTS = {'meeting', 'plenum', 'hearing', 'appointment', 'training', 'conference', 'agreement', 'legislation',
          'ceremony', 'visit', 'statement', 'other'}
TYPES = {'PERSON', 'ORGANIZATION', 'LOCATION'}
DATE_VALUE = re.compile(r'^\d{3,4}(-\d{2}(-\d{2}(T\d{2}:\d{2}([+-]\d{2}:\d{2}|Z)?)?)?)?'
                        r'(/\d{3,4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?)?$')


def pool_doc(doc_id):
    for name in sorted(os.listdir(POOL)):
        if name.endswith('.jsonl'):
            with open(os.path.join(POOL, name), encoding='utf-8') as f:
                for line in f:
                    d = json.loads(line)
                    if d['id'] == doc_id:
                        d['family'] = name[:-len('.jsonl')]
                        return d
    sys.exit(f'label.py: no document {doc_id!r} in {POOL}')


def pattern(span):
    out = []
    for ch in span:
        if ch.isspace():
            if not out or out[-1] != r'\s+':
                out.append(r'\s+')
        elif ch in "'\u2019\u2018":
            out.append("['\u2019\u2018]")
        elif ch in '"\u201c\u201d':
            out.append('["\u201c\u201d]')
        elif ch in '-\u2010\u2011':
            out.append('[-\u2010\u2011]')
        else:
            out.append(re.escape(ch))
    body = ''.join(out)
    if span[:1].isalnum():
        body = r'(?<![\w])' + body
    if span[-1:].isalnum():
        body = body + r'(?![\w])'
    return re.compile(body)


def occurrences(text, span):
    return [(m.start(), m.end()) for m in pattern(span).finditer(text)]


def cmd_show(doc_id):
    d = pool_doc(doc_id)
    print(f"# {d['id']} ({d['family']}) title={d.get('title')!r} feed_date={d.get('feed_date')!r}"
          f" truncated={d.get('truncated', False)} county={d.get('county')!r} chars={len(d['text'])}")
    pos = 0
    for i, line in enumerate(d['text'].split('\n'), 1):
        print(f'{i:4d} @{pos:<6d}| {line}')
        pos += len(line) + 1


def cmd_find(doc_id, span):
    text = pool_doc(doc_id)['text']
    occ = occurrences(text, span)
    print(f'{len(occ)} occurrence(s) of {span!r}')
    for n, (s, e) in enumerate(occ, 1):
        ctx = (text[max(0, s - 50):s] + '[[' + text[s:e] + ']]' + text[e:e + 50]).replace('\n', '\\n')
        print(f'  {n}: {s}-{e}  ...{ctx}...')


def spec_of(item):
    if isinstance(item, str):
        return item, None, False
    return item['text'], item.get('occ'), bool(item.get('in_citation'))


def claim(text, specs, taken, problems, what):
    """specs: (span, occ, payload); longest first; returns [(start, end, payload)] without overlaps."""
    out = []
    for span, occ, payload in sorted(specs, key=lambda s: -len(s[0])):
        found = occurrences(text, span)
        if not found:
            problems.append(f'{what}: {span!r} does not occur in the text')
            continue
        picks = found if occ is None else []
        if occ is not None:
            for n in occ:
                if not 1 <= n <= len(found):
                    problems.append(f'{what}: {span!r} has {len(found)} occurrence(s), not #{n}')
                else:
                    picks.append(found[n - 1])
        got = 0
        for s, e in picks:
            if any(s < te and ts < e for ts, te in taken):
                if occ is not None:
                    problems.append(f'{what}: {span!r} #{found.index((s, e)) + 1} overlaps a longer span')
                continue
            taken.append((s, e))
            out.append((s, e, payload))
            got += 1
        if got == 0 and occ is None:
            problems.append(f'{what}: every occurrence of {span!r} lies inside a longer span')
    return out


def build(sheet):
    d = pool_doc(sheet['id'])
    text = d['text']
    problems = []
    # Citations first: entity mentions may not overlap them.
    cit_specs = []
    for c in sheet.get('citations', []):
        span, occ, _ = spec_of(c)
        cit_specs.append((span, occ, c))
        if c.get('kind') not in KINDS:
            problems.append(f"citation {span!r}: kind {c.get('kind')!r} is not one of the contract's kinds")
        for p in c.get('provision', []):
            if p.get('unit') not in UNITS or not isinstance(p.get('id'), str):
                problems.append(f'citation {span!r}: provision {p} needs a unit of the contract and a string id')
        if c.get('date') is not None and not DATE_VALUE.match(c['date']):
            problems.append(f"citation {span!r}: date {c['date']!r} is not ISO")
    citations = claim(text, cit_specs, [], problems, 'citation')
    cit_spans = [(s, e) for s, e, _ in citations]
    taken = []
    ids = set()
    ent_specs = []
    for en in sheet.get('entities', []):
        if en.get('type') not in TYPES:
            problems.append(f"entity {en.get('id')}: type {en.get('type')!r}")
        if en['id'] in ids:
            problems.append(f"entity id {en['id']} is used twice")
        ids.add(en['id'])
        for m in en['mentions']:
            span, occ, nested = spec_of(m)
            ent_specs.append((span, occ, (en['id'], nested)))
    # Occurrences inside a citation are skipped (unless nested), before the longest-first claim.
    inside = []
    for span, occ, payload in ent_specs:
        if not payload[1]:
            for s, e in occurrences(text, span):
                if any(cs <= s and e <= ce for cs, ce in cit_spans):
                    inside.append((s, e))
    mentions = claim(text, ent_specs, list(inside), problems, 'mention')
    for s, e, (eid, nested) in mentions:
        if not nested and any(s < ce and cs < e for cs, ce in cit_spans):
            problems.append(f'mention {text[s:e]!r} at {s} crosses a citation')
    entities = []
    for en in sheet.get('entities', []):
        ms = sorted((s, e) for s, e, (eid, _) in mentions if eid == en['id'])
        if not ms:
            problems.append(f"entity {en['id']} {en.get('name')!r} has no mention")
            continue
        entities.append({'id': en['id'], 'type': en['type'], 'name': en['name'],
                         'mentions': [{'start': s, 'end': e, 'text': text[s:e]} for s, e in ms]})
    entities.sort(key=lambda en: en['mentions'][0]['start'])
    date_specs = []
    for dt in sheet.get('dates', []):
        span, occ, _ = spec_of(dt)
        date_specs.append((span, occ, dt.get('value')))
        if dt.get('value') is not None and not DATE_VALUE.match(dt['value']):
            problems.append(f"date {span!r}: value {dt['value']!r} is not ISO 8601 as the contract writes it")
    published = None
    pub = sheet.get('published')
    if pub:
        found = occurrences(text, pub['text'])
        n = pub.get('occ', 1)
        if not 1 <= n <= len(found):
            problems.append(f"published {pub['text']!r}: occurrence #{n} not found ({len(found)})")
        else:
            s, e = found[n - 1]
            published = {'text': text[s:e], 'value': pub.get('value'), 'start': s, 'end': e}
            if not any(ds == pub['text'] for ds, _, _ in date_specs):
                date_specs.append((pub['text'], [n], pub.get('value')))
    dates = claim(text, date_specs, [], problems, 'date')
    dates = [{'start': s, 'end': e, 'text': text[s:e], 'value': v} for s, e, v in sorted(dates)]
    if published and not any(x['start'] == published['start'] and x['end'] == published['end'] for x in dates):
        problems.append('published is not among the dates (a longer date span covers it?)')
    cits = []
    for s, e, c in sorted(citations, key=lambda x: x[0]):
        inst = {'kind': c.get('kind'), 'title': c.get('title'), 'jurisdiction': c.get('jurisdiction')}
        if c.get('date') is not None:
            inst['date'] = c['date']
        cits.append({'start': s, 'end': e, 'text': text[s:e], 'instrument': inst,
                     'provision': c.get('provision', [])})
    roles, seen = [], set()
    kept = {en['id']: en for en in entities}
    for r in sheet.get('roles', []):
        key = (r.get('person'), (r.get('title') or '').lower(), r.get('organization'))
        if key in seen:
            problems.append(f'role {r} is listed twice')
            continue
        seen.add(key)
        if kept.get(r.get('person'), {}).get('type') != 'PERSON':
            problems.append(f'role {r}: person is not a PERSON entity of this sheet')
        if r.get('organization') is not None and kept.get(r['organization'], {}).get('type') != 'ORGANIZATION':
            problems.append(f'role {r}: organization is not an ORGANIZATION entity of this sheet')
        if not r.get('title'):
            problems.append(f'role {r}: no title')
        roles.append({'person': r.get('person'), 'title': r.get('title'), 'organization': r.get('organization')})
    ev = sheet.get('event') or {}
    if ev.get('type') not in EVENTS:
        problems.append(f"event type {ev.get('type')!r} is not one of the contract's types")
    if ev.get('date') is not None and not DATE_VALUE.match(ev['date']):
        problems.append(f"event date {ev.get('date')!r} is not ISO")
    sha = hashlib.sha256(text.encode('utf-8')).hexdigest()
    if sha != d['sha256']:
        problems.append('the pool text does not match its own sha256')
    gold = {'schema_version': '1', 'doc_id': d['id'], 'pool': {'id': d['id'], 'sha256': sha},
            'title': d.get('title'), 'published': published, 'entities': entities, 'dates': dates,
            'citations': cits, 'roles': roles, 'event': {'type': ev.get('type'), 'date': ev.get('date')},
            'warnings': []}
    return gold, problems


def cmd_build(path, out):
    with open(path, encoding='utf-8') as f:
        sheet = json.load(f)
    if sheet.get('unusable'):
        print(f"{sheet['id']}: unusable: {sheet['unusable']} (left out of the corpus)")
        return 0
    gold, problems = build(sheet)
    n = sum(len(e['mentions']) for e in gold['entities'])
    print(f"{gold['doc_id']}: {len(gold['entities'])} entities ({n} mentions), {len(gold['dates'])} dates, "
          f"{len(gold['citations'])} citations, {len(gold['roles'])} roles, event {gold['event']}, "
          f"published {gold['published'] and gold['published']['value']}")
    for p in problems:
        print('  PROBLEM: ' + p)
    if out:
        with open(out, 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write('\n')
    return 1 if problems else 0


def cmd_build_all(sheets, out_root):
    split = {}
    with open(os.path.join(HERE, '..', 'real', 'split.tsv'), encoding='utf-8') as f:
        next(f)
        for line in f:
            cols = line.rstrip('\n').split('\t')
            split[cols[0]] = cols[3]
    bad = 0
    for name in sorted(os.listdir(sheets)):
        if not name.endswith('.json'):
            continue
        with open(os.path.join(sheets, name), encoding='utf-8') as f:
            sheet = json.load(f)
        if sheet.get('unusable'):
            print(f"{sheet['id']}: unusable: {sheet['unusable']}")
            continue
        if sheet['id'] not in split:
            print(f"{sheet['id']}: not in split.tsv, left out")
            bad += 1
            continue
        gold, problems = build(sheet)
        if problems:
            print(f"{sheet['id']}: {len(problems)} problem(s), left out: {problems[0]}")
            bad += 1
            continue
        folder = os.path.join(out_root, split[sheet['id']])
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, sheet['id'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write('\n')
    return 1 if bad else 0


def main(argv):
    if len(argv) >= 3 and argv[0] == 'build-all':
        return cmd_build_all(argv[1], argv[2])
    if len(argv) >= 2 and argv[0] == 'show':
        return cmd_show(argv[1])
    if len(argv) >= 3 and argv[0] == 'find':
        return cmd_find(argv[1], argv[2])
    if len(argv) >= 2 and argv[0] == 'build':
        out = argv[argv.index('-o') + 1] if '-o' in argv else None
        return cmd_build(argv[1], out)
    print(__doc__)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]) or 0)
