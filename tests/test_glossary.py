"""docs/glosarium.md is the one vocabulary: the Indonesian catalogue translates its English terms with
its Indonesian terms, and the handbook uses the menu names the app shows."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from pulut_desktop.paths import resource

ROOT = Path(__file__).resolve().parent.parent


def glossary() -> list[tuple[str, str, str]]:
    rows = []
    for line in (ROOT / "docs" / "glosarium.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0] not in ("Concept", "---") and not set(cells[0]) <= {"-"}:
            rows.append((cells[0], cells[1], cells[2]))
    return rows


def translations() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for message in ET.parse(resource("translations", "pulut_id.ts")).getroot().iter("message"):
        translation = message.find("translation")
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        found.setdefault(message.findtext("source") or "", set()).update(t for t in forms if t)
    return found


def test_the_catalogue_follows_the_glossary():
    catalogue = translations()
    wrong = []
    for concept, indonesian, english in glossary():
        if english in catalogue and catalogue[english] != {indonesian}:
            wrong.append((concept, english, sorted(catalogue[english]), indonesian))
    assert wrong == []
    assert len([row for row in glossary() if row[2] in catalogue]) >= 25  # the table is really checked


def test_the_handbook_names_the_menus_the_app_shows():
    handbook = resource("handbook", "panduan-petugas.md").read_text(encoding="utf-8")
    menu = re.search(r"Menu di kiri:(.*?)\n\n", handbook, re.S)
    assert menu is not None
    named = re.findall(r"\*\*([^*]+)\*\*", menu.group(1))
    catalogue = {t for ts in translations().values() for t in ts}
    assert len(named) >= 8
    assert [name for name in named if name not in catalogue] == []
    for old in ("**Siap**", "**Daftar pendaftaran**"):
        assert old not in handbook
