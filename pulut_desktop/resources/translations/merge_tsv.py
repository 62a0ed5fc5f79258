"""Fill the Indonesian catalogue from every ``*_strings_id.tsv`` file next to it.

Run by update.sh after lupdate. Each feature keeps its Indonesian wording in its own TSV file
(``English source<TAB>Bahasa Indonesia``, ``#`` starts a comment line), so nobody edits the .ts files by
hand and concurrent work never conflicts there. A TSV line applies to that source string in every
context; the TSV wins over an older translation in the .ts (a wording fixed in the TSV is fixed in the
app). Prints what it filled, TSV lines with no matching source (typos, strings that went away) and the
sources still without an Indonesian translation.

    python merge_tsv.py pulut_id.ts [file.tsv ...]   (default: every *_strings_id.tsv beside this file)
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent


def read_tsv(path: Path) -> dict[str, str]:
    table: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if "\t" not in line:
            raise SystemExit(f"{path.name}:{number}: expected 'English<TAB>Indonesian', got {line!r}")
        english, indonesian = line.split("\t", 1)
        table[english.replace("\\n", "\n")] = indonesian.rstrip("\r").replace("\\n", "\n")
    return table


def read_all(paths: list[Path]) -> dict[str, str]:
    """One table from all files; the first file (sorted by name) wins when two disagree."""
    merged: dict[str, str] = {}
    for path in sorted(paths):
        for english, indonesian in read_tsv(path).items():
            if english in merged and merged[english] != indonesian:
                print(f"warning: {path.name}: {english!r} already translated as {merged[english]!r}; kept that")
                continue
            merged[english] = indonesian
    return merged


def merge(ts_path: Path, table: dict[str, str]) -> tuple[int, set[str], list[str]]:
    """Fill ``ts_path``; returns (filled, unused TSV sources, sources still untranslated)."""
    tree = ET.parse(ts_path)
    filled, used, missing = 0, set(), []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        indonesian = table.get(source)
        if indonesian is not None:
            used.add(source)
            if message.get("numerus") == "yes":  # Indonesian has a single plural form
                forms = translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]
                for form in forms:
                    if form.text != indonesian:
                        form.text, filled = indonesian, filled + 1
            elif translation.text != indonesian:
                translation.text, filled = indonesian, filled + 1
            translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        texts = [f.text for f in forms] if forms else [translation.text]
        if translation.get("type") == "unfinished" or not all(texts):
            missing.append(source)
    with open(ts_path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    return filled, set(table) - used, missing


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    ts_path = Path(argv[0])
    tsv_paths = [Path(p) for p in argv[1:]] or sorted(HERE.glob("*_strings_id.tsv"))
    filled, unused, missing = merge(ts_path, read_all(tsv_paths))
    print(f"{ts_path.name}: {filled} Indonesian translation(s) filled from {len(tsv_paths)} TSV file(s)")
    for source in sorted(unused):
        print(f"warning: TSV source not in the catalogue: {source!r}")
    for source in missing:
        print(f"warning: no Indonesian translation yet: {source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
