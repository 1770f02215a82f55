#!/usr/bin/env python3
"""Checks a Qt Linguist .ts file for what breaks at run time or confuses a reader:
a placeholder (%1…%9, %n, %L1) lost or added, a keyboard accelerator (&X) lost or added, a
message left unfinished, a plural without its forms. Prints one line per problem and exits 1 if
there is any; with --expect N, exits 0 only if exactly N problems were found (the suite plants
faults in a fixture to show the check can fail).

    check-translations.py translations/rapport_de.ts [--expect N]
"""
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(?:[1-9]|n)")
ACCELERATOR = re.compile(r"&(?=[^&\s;])")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def accelerators(text):
    # "&&" is a literal ampersand in a widget label, not an accelerator.
    return len(ACCELERATOR.findall(text.replace("&&", "")))


def problems_in(path):
    found = []
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            where = f"{name}: {source[:60]!r}"
            if kind in ("obsolete", "vanished"):
                continue
            if kind in ("unfinished", "missing"):
                found.append(f"{where}: not translated")
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
                if not forms or not all(forms):
                    found.append(f"{where}: a plural form is empty")
                    continue
            else:
                forms = [translation.text or ""]
            for form in forms:
                # A plural form may leave %n out ("ein Termin"), as English does.
                wanted = [p for p in placeholders(source) if p != "%n" or len(forms) == 1]
                have = [p for p in placeholders(form) if p != "%n" or len(forms) == 1]
                if wanted != have:
                    found.append(f"{where}: placeholders {wanted} but the translation has {have}")
                if accelerators(source) != accelerators(form):
                    found.append(f"{where}: the keyboard accelerator (&) was lost or added")
    return found


def main(argv):
    if len(argv) not in (2, 4) or (len(argv) == 4 and argv[2] != "--expect"):
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    found = problems_in(argv[1])
    for line in found:
        print(line)
    if len(argv) == 4:
        expected = int(argv[3])
        print(f"{len(found)} problem(s) found, {expected} planted")
        return 0 if len(found) == expected else 1
    print(f"{len(found)} problem(s) in {argv[1]}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
