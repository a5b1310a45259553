#!/usr/bin/env python3
"""Hands a translator the unfinished strings of a Qt .ts file and takes the answers back.

  scripts/ts-todo.py extract translations/accrue_fr.ts > todo.json
      One entry per distinct source text (with its disambiguation comment and
      whether it is a plural), the contexts and files it appears in, and ""
      (or a list of plural forms) to fill in.
  scripts/ts-todo.py apply translations/accrue_fr.ts done.json [more.json ...]
      Fills every unfinished message whose source (and comment) has an answer,
      and marks it finished. Refuses an answer whose %1..%9, %n or & mnemonics
      do not match its source, naming the entry.
  scripts/ts-todo.py check translations/accrue_fr.ts
      Counts unfinished messages and placeholder mismatches; exit 1 if any.

lupdate keeps finished translations across source changes, so this works on the
.ts as lupdate leaves it (cmake --build --preset release --target accrue_lupdate).
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")


def key_of(message):
    source = message.findtext("source") or ""
    comment = message.findtext("comment") or ""
    return source + ("\u0004" + comment if comment else "")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def mnemonic_count(text):
    # "&&" is a literal ampersand; a single "&" before a letter marks the shortcut.
    return len(re.findall(r"(?<!&)&(?!&)[^\s;]", text.replace("&&", "")))


def problems(source, answer, numerus):
    answers = answer if isinstance(answer, list) else [answer]
    if numerus and not isinstance(answer, list):
        answers = [answer]
    found = []
    for text in answers:
        if not isinstance(text, str) or not text.strip():
            found.append("empty translation")
            continue
        want = placeholders(source)
        got = placeholders(text)
        # A plural form may leave %n out (e.g. "one invoice"), never add one.
        if numerus:
            want = [p for p in want if p != "%n"]
            got = [p for p in got if p != "%n"]
        if want != got:
            found.append(f"placeholders {got} where the source has {want}")
        if mnemonic_count(source) != mnemonic_count(text):
            found.append("a different number of & shortcut markers")
    return found


def extract(path):
    root = ET.parse(path).getroot()
    entries = {}
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            if translation.text or len(translation):
                pass  # unfinished with a proposal: still to review
            key = key_of(message)
            entry = entries.setdefault(key, {
                "source": message.findtext("source") or "",
                "comment": message.findtext("comment") or "",
                "plural": message.get("numerus") == "yes",
                "contexts": [],
                "translation": [] if message.get("numerus") == "yes" else "",
            })
            files = sorted({loc.get("filename", "").replace("../", "")
                            for loc in message.findall("location")})
            where = f"{name} ({', '.join(files)})"
            if where not in entry["contexts"]:
                entry["contexts"].append(where)
    json.dump(list(entries.values()), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def load_answers(files):
    answers = {}
    for file in files:
        with open(file, encoding="utf-8") as handle:
            for entry in json.load(handle):
                key = entry["source"] + ("\u0004" + entry["comment"] if entry.get("comment") else "")
                answers[key] = entry
    return answers


def apply(path, files):
    answers = load_answers(files)
    tree = ET.parse(path)
    root = tree.getroot()
    filled = 0
    refused = []
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        entry = answers.get(key_of(message))
        if not entry:
            continue
        answer = entry.get("translation")
        numerus = message.get("numerus") == "yes"
        if not answer:
            continue
        bad = problems(message.findtext("source") or "", answer, numerus)
        if bad:
            refused.append(f"{message.findtext('source')!r}: {'; '.join(bad)}")
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if numerus:
            forms = answer if isinstance(answer, list) else [answer]
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = answer
        del translation.attrib["type"]
        filled += 1
    write(tree, path)
    for line in refused:
        print(f"{path}: refused {line}", file=sys.stderr)
    print(f"{path}: filled {filled}, refused {len(refused)}")
    return 1 if refused else 0


def write(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        handle.write(body)
        handle.write("\n")


def check(path):
    root = ET.parse(path).getroot()
    unfinished = 0
    bad = 0
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        if translation.get("type") == "unfinished":
            unfinished += 1
            continue
        numerus = message.get("numerus") == "yes"
        answer = ([f.text or "" for f in translation.findall("numerusform")]
                  if numerus else (translation.text or ""))
        issues = problems(message.findtext("source") or "", answer, numerus)
        if issues:
            bad += 1
            print(f"{path}: {message.findtext('source')!r}: {'; '.join(issues)}",
                  file=sys.stderr)
    print(f"{path}: {unfinished} unfinished, {bad} with mismatched placeholders or shortcuts")
    return 1 if unfinished or bad else 0


def main(argv):
    if len(argv) >= 3 and argv[1] == "extract":
        extract(argv[2])
        return 0
    if len(argv) >= 4 and argv[1] == "apply":
        return apply(argv[2], argv[3:])
    if len(argv) == 3 and argv[1] == "check":
        return check(argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
