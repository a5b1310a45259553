#!/usr/bin/env python3
"""The include graph between core's folders, and the rules it must keep.

Prints the matrix (row includes column: number of files) and exits 1 when
  - a core folder includes one from a layer above it or beside it that it may
    not use (the allowed edges below; see core/CMakeLists.txt for the layers),
  - the folders form a cycle,
  - a ui/ file includes core/storage (the pages read through core's services
    and query types), beyond the known debts listed in UI_STORAGE_DEBTS, which
    may only shrink,
  - SQL appears outside core/storage: QtSql or storage/sqlquery.h included,
    or a statement run with query()/execute(),
  - a header that ui/ includes, directly or through other headers, includes
    QtSql (the pages see core's row and filter types, never QSql ones).

  scripts/check-layers.py            matrix and verdict
  scripts/check-layers.py --quiet    verdict only when something is wrong
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORE = os.path.join(ROOT, "core")

BASE = {"common", "money", "domain", "ledger"}
# What each core folder may include besides itself.
ALLOWED = {
    "common": set(),
    "money": {"common"},
    "domain": {"common", "money"},
    "ledger": {"common", "money", "domain"},
    "storage": BASE,
    "security": BASE | {"storage"},
    "reports": BASE | {"storage"},
    "queries": BASE | {"storage"},
    "exchange": BASE | {"storage", "reports"},
    "billing": BASE | {"storage", "security", "reports", "exchange"},
    "demo": BASE | {"storage", "security", "reports", "exchange", "billing"},
    "documents": BASE | {"storage", "security", "reports", "exchange", "billing"},
    # E-mail sits on top: an invoice's e-mail attaches its PDF (documents).
    "mail": BASE | {"storage", "security", "reports", "exchange", "billing", "documents"},
    # E-invoices: issued documents as UBL, and received ones as PDFs (documents).
    "einvoice": BASE | {"storage", "security", "reports", "exchange", "billing", "documents"},
    # Dunning sends its reminders as e-mails, and issues late-fee invoices.
    "dunning": BASE | {"storage", "security", "reports", "exchange", "billing", "documents",
                       "mail"},
}

# ui/ files that still include storage headers: none are left, and none may
# come back (issue 13 emptied this list).
UI_STORAGE_DEBTS = set()

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')
SQL_INCLUDE = re.compile(r'^\s*#\s*include\s+[<"](QSql\w*|QtSql/\w+|storage/sqlquery\.h)[>"]')
SQL_CALL = re.compile(r'\.(query|execute)\(QStringLiteral\(')


def sources(top):
    for folder, _, files in os.walk(top):
        for name in sorted(files):
            if name.endswith((".h", ".cpp")):
                yield os.path.join(folder, name)


def includes(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = INCLUDE.match(line)
            if m:
                yield m.group(1)


def find_cycle(graph):
    state = {}

    def visit(node, path):
        state[node] = "open"
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                return path[path.index(nxt):] + [nxt] if nxt in path else [node, nxt]
            if nxt not in state:
                found = visit(nxt, path + [nxt])
                if found:
                    return found
        state[node] = "done"
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node, [node])
            if found:
                return found
    return None


def main():
    quiet = "--quiet" in sys.argv
    folders = sorted(d for d in os.listdir(CORE) if os.path.isdir(os.path.join(CORE, d)))
    counts = {}
    problems = []
    for path in sources(CORE):
        rel = os.path.relpath(path, ROOT)
        src = os.path.relpath(path, CORE).split(os.sep)[0]
        for inc in includes(path):
            dst = inc.split("/")[0]
            if dst not in folders or dst == src:
                continue
            counts.setdefault((src, dst), set()).add(rel)
            if dst not in ALLOWED.get(src, set()):
                problems.append(f"{rel}: {src} may not include {inc}")
    graph = {}
    for src, dst in counts:
        graph.setdefault(src, set()).add(dst)
    cycle = find_cycle(graph)
    if cycle:
        problems.append("cycle between core folders: " + " -> ".join(cycle))

    debts = set()
    for path in sources(os.path.join(ROOT, "ui")):
        rel = os.path.relpath(path, ROOT)
        for inc in includes(path):
            if inc.startswith("storage/"):
                debts.add((rel, inc))
                if (rel, inc) not in UI_STORAGE_DEBTS:
                    problems.append(f"{rel}: ui may not include {inc} (read through core)")

    for top in ("core", "ui", "app"):
        for path in sources(os.path.join(ROOT, top)):
            rel = os.path.relpath(path, ROOT)
            if rel.startswith("core" + os.sep + "storage" + os.sep):
                continue
            with open(path, encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    if SQL_INCLUDE.match(line) or SQL_CALL.search(line):
                        problems.append(f"{rel}:{number}: SQL outside core/storage")

    # Headers ui/ reaches, followed through core's and ui's own headers.
    def resolve(inc):
        for top in ("core", "ui"):
            candidate = os.path.join(ROOT, top, inc)
            if os.path.isfile(candidate):
                return candidate
        return None

    seen = {}
    todo = [(p, os.path.relpath(p, ROOT)) for p in sources(os.path.join(ROOT, "ui"))]
    while todo:
        path, via = todo.pop()
        for inc in includes(path):
            target = resolve(inc)
            if target and target.endswith(".h") and target not in seen:
                seen[target] = via
                todo.append((target, via))
    for header, via in sorted(seen.items()):
        with open(header, encoding="utf-8") as f:
            for line in f:
                if SQL_INCLUDE.match(line) and "sqlquery" not in line:
                    problems.append(f"{os.path.relpath(header, ROOT)} (reached from {via}) "
                                    f"shows QtSql to ui/")
                    break

    if not quiet:
        width = max(len(f) for f in folders)
        print("core include matrix (files in the row's folder including the column's)")
        print(" " * (width + 1) + " ".join(f"{f[:4]:>4}" for f in folders))
        for src in folders:
            cells = []
            for dst in folders:
                n = len(counts.get((src, dst), ()))
                cells.append(f"{n:>4}" if n else "   .")
            print(f"{src:<{width}} " + " ".join(cells))
        print(f"ui -> storage includes left: {len(debts)}")
    paid = UI_STORAGE_DEBTS - debts
    if paid and not quiet:
        print("paid off (remove from UI_STORAGE_DEBTS): " + ", ".join(sorted(f"{a} {b}" for a, b in paid)))
    if problems:
        print("check-layers: " + str(len(problems)) + " problem(s)", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    if not quiet:
        print("check-layers: no cycle, every include within its layer")
    return 0


if __name__ == "__main__":
    sys.exit(main())
