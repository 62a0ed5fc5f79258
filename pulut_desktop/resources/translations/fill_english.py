"""Make pulut_en.ts complete: the English translation of an English source string is the string itself.

Run by update.sh after lupdate, so new strings never show up as untranslated in English. A %n string
gets its singular and plural ("%n registration(s)" → "%n registration" / "%n registrations"). Existing
English translations (a wording fixed after the fact) are kept.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET

PLURAL_MARK = re.compile(r"\((e?s)\)")  # "registration(s)", "batch(es)" in a %n source string


def english_forms(source: str) -> tuple[str, str]:
    """Singular and plural of a %n source: "%n batch(es)" gives "%n batch" and "%n batches"."""
    return PLURAL_MARK.sub("", source), PLURAL_MARK.sub(r"\1", source)


def fill(path: str) -> int:
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]
            while len(forms) < 2:  # English: singular and plural
                forms.append(ET.SubElement(translation, "numerusform"))
            for form, text in zip(forms, english_forms(source), strict=False):
                if not form.text or form.text == source:  # empty, or filled before forms were made
                    form.text, filled = text, filled + 1
        elif not translation.text:
            translation.text, filled = source, filled + 1
        translation.attrib.pop("type", None)
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    return filled


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(f"{name}: {fill(name)} English translation(s) filled")
