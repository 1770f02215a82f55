#!/usr/bin/python3
"""Keeps translations/rapport_en.ts: the English singular and plural of every "%n" message.

Qt picks the plural form of a tr("%n text(s)", nullptr, n) message from a translation, so even
English needs one (https://doc.qt.io/qt-6/i18n-plural-rules.html). This script runs
`lupdate -pluralonly` over the sources and fills each form from the source text:
"(s)" becomes "" in the singular and "s" in the plural; "(es)" likewise; any other text is used
as it is for both. Run it after adding or changing a %n message:

    translations/english-plurals.py
"""

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TS = os.path.join(HERE, "rapport_en.ts")
LUPDATE = "/usr/lib/qt6/bin/lupdate"


def forms(source):
    singular = re.sub(r"\((e?s)\)", "", source)
    plural = re.sub(r"\((e?s)\)", lambda m: m.group(1), source)
    return singular, plural


def main():
    sources = [os.path.join(ROOT, d) for d in ("ui", "app")]
    subprocess.run([LUPDATE, "-silent", "-pluralonly", "-no-obsolete", "-locations", "none",
                    "-target-language", "en", "-I", ROOT, *sources, "-ts", TS], check=True)
    tree = ET.parse(TS)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.find("source").text or ""
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        for text in forms(source):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    print(f"{filled} plural messages in {os.path.relpath(TS, ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
