#!/usr/bin/env python3
"""Turn the furniture sheet (corpus/real/furniture/sheet.txt: a pool id and the numbers of its
furniture lines, read by hand) into one ID.tsv per page: every non-empty line with its offsets, the
sha256 of its text and its label. No pool text is written; the sha256s let `eval-furniture` refuse
a page whose text moved.

Usage (from the repository root): python3 corpus/tools/furniture_tsv.py [POOL_DIR]
"""
import hashlib
import json
import os
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real", "furniture")


def lines(text):
    """Trimmed (start, end) of every line, as pressfacts.stage.header.Lines splits them."""
    out, start, i, n = [], 0, 0, len(text)
    while i <= n:
        if i == n or text[i] in "\n\r":
            s, e = start, i
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            out.append((s, e))
            if i < n and text[i] == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 1
            start = i + 1
        i += 1
    return out


def utf16(text, i):
    """The UTF-16 offset of code point index i (the offsets of the project are Java's)."""
    return len(text[:i].encode("utf-16-le")) // 2


def numbers(spec):
    out = set()
    for part in filter(None, spec.split(",")):
        a, _, b = part.partition("-")
        out.update(range(int(a), int(b or a) + 1))
    return out


def main():
    pool_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "..", "shared", "releases")
    pool = {}
    for name in sorted(os.listdir(pool_dir)):
        if name.endswith(".jsonl"):
            for line in open(os.path.join(pool_dir, name), encoding="utf-8"):
                if line.strip():
                    d = json.loads(line)
                    pool[d["id"]] = d
    for row in open(os.path.join(HERE, "sheet.txt"), encoding="utf-8"):
        if not row.strip() or row.startswith("#"):
            continue
        pid, spec = row.split()
        furniture = numbers(spec.split(":", 1)[1])
        text = pool[pid]["text"]
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        with open(os.path.join(HERE, pid + ".tsv"), "w", encoding="utf-8", newline="\n") as out:
            out.write("# Line labels of pool release %s (corpus/README.md, furniture). Columns: line number,\n" % pid)
            out.write("# UTF-16 start and end of the trimmed line, sha256 of its text, furniture or release.\n")
            out.write("pool\t%s\t%s\n" % (pid, sha))
            for k, (s, e) in enumerate(lines(text), 1):
                if e > s:
                    label = "furniture" if k in furniture else "release"
                    h = hashlib.sha256(text[s:e].encode("utf-8")).hexdigest()
                    out.write("%d\t%d\t%d\t%s\t%s\n" % (k, utf16(text, s), utf16(text, e), h, label))
            # A range may span empty lines (they carry no label); a number past the end is a typo.
            bad = [k for k in furniture if k > len(lines(text))]
            if bad:
                sys.exit("%s: furniture line numbers past the end: %s" % (pid, bad))


if __name__ == "__main__":
    main()
