#!/usr/bin/env python3
"""Writes a copy of a .ts file with every finished message in one context, "Accrue.any".

Many files translate through a small helper, tr(text) ->
QCoreApplication::translate("Accrue::Cli", text). lupdate files such calls under the
context it sees around the call (the namespace "Accrue", or the class whose member
calls it), which is not always the helper's. The app loads this copy as a fallback
(core/common/translations.cpp): a string with no translation in its own context is
looked up by its text alone, so no translated string is lost to a context mismatch.

  ts-anycontext.py IN.ts OUT.ts
"""
import sys
import xml.etree.ElementTree as ET


def main(source, target):
    root = ET.parse(source).getroot()
    seen = set()
    out = ET.Element("TS", version=root.get("version", "2.1"), language=root.get("language", ""))
    context = ET.SubElement(out, "context")
    ET.SubElement(context, "name").text = "Accrue.any"
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        key = (message.findtext("source"), message.findtext("comment") or "")
        if key in seen:
            continue  # the first context's wording wins
        seen.add(key)
        copy = ET.SubElement(context, "message")
        if message.get("numerus"):
            copy.set("numerus", message.get("numerus"))
        ET.SubElement(copy, "source").text = key[0]
        if key[1]:
            ET.SubElement(copy, "comment").text = key[1]
        copy.append(translation)
    with open(target, "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        handle.write(ET.tostring(out, encoding="unicode"))
        handle.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
