#!/usr/bin/env python3
"""Prints the N longest methods and constructors of src/main/java, longest first.

    python3 src/tools/longest_methods.py 10

One line each: file:line (the line of the name), the name, the number of lines from the
name to the closing brace. A heuristic, not a parser: comments, strings and character
literals are blanked out, then every "{" that follows a method or constructor signature
(a name, its parameter list, an optional throws clause) is matched with its closing brace.
Lambdas and anonymous classes count as part of the method that holds them; a method of a local
or anonymous class is also listed on its own.
"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "main", "java")

# The text before a "{" that makes it a method or constructor body: a name, "(...)", and an
# optional throws clause, at the end of the text. Control words look the same ("if (x) {").
SIGNATURE = re.compile(r"([A-Za-z_$][\w$]*)\s*\(([^()]|\([^()]*\))*\)\s*(throws\s+[\w$.,\s<>]+)?\s*$")
NOT_METHODS = {"if", "for", "while", "switch", "catch", "synchronized", "try", "do", "else", "return", "new",
               "super", "this"}
# A record's compact constructor: "public Name {" (no parameter list).
COMPACT = re.compile(r"(?:public|protected|private)\s+([A-Z][\w$]*)\s*$")


def blank(src):
    """The source with comments, strings, text blocks and char literals replaced by spaces (newlines kept)."""
    out = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2)
            j = n if j < 0 else j + 2
        elif src.startswith('"""', i):
            j = src.find('"""', i + 3)
            j = n if j < 0 else j + 3
        elif c in "\"'":
            j = i + 1
            while j < n and src[j] != c and src[j] != "\n":
                j += 2 if src[j] == "\\" else 1
            j = min(j + 1, n)
        else:
            out.append(c)
            i += 1
            continue
        out.append("".join(ch if ch == "\n" else " " for ch in src[i:j]))
        i = j
    return "".join(out)


def methods(path):
    """(line, name, lines) of each method or constructor body in one file."""
    code = blank(open(path, encoding="utf-8").read())
    found = []
    for m in re.finditer(r"\{", code):
        # The statement before this brace: back to the last ";", "{" or "}".
        start = max(code.rfind(";", 0, m.start()), code.rfind("{", 0, m.start()), code.rfind("}", 0, m.start())) + 1
        head = code[start:m.start()]
        sig = SIGNATURE.search(head)
        name = None
        name_at = None
        if sig and sig.group(1) not in NOT_METHODS and not re.search(r"(^|[^\w$])(new|return)\s", head[:sig.start()] + " "):
            # "x = foo(a) {" is no declaration: a declaration has only modifiers, types and
            # annotations before its name, no "=", "->" or ".".
            before = head[:sig.start()]
            # "record Name(...) {" is a record's header, not a method.
            if ("=" not in before and "->" not in before and not before.rstrip().endswith(".")
                    and not re.search(r"(^|\s)record\s*$", before)):
                name, name_at = sig.group(1), sig.start(1)
        elif COMPACT.search(head):
            name, name_at = COMPACT.search(head).group(1), COMPACT.search(head).start(1)
        if name is None:
            continue
        depth, j = 0, m.start()
        while j < len(code):
            if code[j] == "{":
                depth += 1
            elif code[j] == "}":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        first = code.count("\n", 0, start + name_at) + 1
        last = code.count("\n", 0, j) + 1
        found.append((first, name, last - first + 1))
    return found


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    rows = []
    for dirpath, _, files in os.walk(ROOT):
        for f in files:
            if f.endswith(".java"):
                path = os.path.join(dirpath, f)
                rel = os.path.relpath(path, os.path.join(ROOT, "..", "..", ".."))
                rows += [(lines, rel, line, name) for line, name, lines in methods(path)]
    rows.sort(key=lambda r: (-r[0], r[1], r[2]))
    for lines, rel, line, name in rows[:n]:
        print(f"{rel}:{line}\t{name}\t{lines} lines")


if __name__ == "__main__":
    main()
