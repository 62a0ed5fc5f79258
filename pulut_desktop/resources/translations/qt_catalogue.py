"""Write ``qt_id.ts``, Qt's own texts in Bahasa Indonesia, from ``qt_id.tsv`` beside it.

Qt bundles no Indonesian catalogue (no ``qtbase_id.qm``), so message boxes, file dialogs, wizards and
context menus would show English buttons in the Indonesian app. Run by update.sh before lrelease.

    python qt_catalogue.py qt_id.ts
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent


def read_entries(path: Path) -> dict[str, list[tuple[str, str]]]:
    """context -> [(source, translation)], in file order."""
    entries: dict[str, list[tuple[str, str]]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise SystemExit(f"{path.name}:{number}: expected 'context<TAB>source<TAB>translation', got {line!r}")
        context, source, translation = (p.replace("\\n", "\n") for p in parts)
        entries.setdefault(context, []).append((source, translation))
    return entries


def write_ts(entries: dict[str, list[tuple[str, str]]], target: Path) -> None:
    root = ET.Element("TS", version="2.1", language="id_ID")
    for context, messages in entries.items():
        node = ET.SubElement(root, "context")
        ET.SubElement(node, "name").text = context
        for source, translation in messages:
            message = ET.SubElement(node, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = translation
    ET.indent(root)
    with open(target, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        ET.ElementTree(root).write(out, encoding="utf-8", xml_declaration=False)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    write_ts(read_entries(HERE / "qt_id.tsv"), Path(argv[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
