"""The cards package stays headless and every code it raises has a message."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pulut_desktop.cards as cards_pkg
from pulut_desktop.messages import CATALOGUE, text

PACKAGE = Path(cards_pkg.__file__).parent


def test_cards_never_import_qt_or_storage() -> None:
    code = (
        "import sys, pulut_desktop.cards, pulut_desktop.cards.render, pulut_desktop.cards.payload\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6', 'sqlalchemy'}"
        " or m.startswith('pulut_desktop.storage') or m.startswith('pulut_desktop.ui'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_every_cards_code_has_indonesian_and_english_text() -> None:
    sources = "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.glob("*.py"))
    raised = set(re.findall(r'"(cards\.[a-z_.]+)"', sources))
    assert {"cards.cancelled", "cards.not_printable", "cards.write_failed"} <= raised
    for code in raised:
        indonesian, english = CATALOGUE[code]
        assert indonesian and english and indonesian != english, code


def test_messages_fill_their_parameters() -> None:
    assert text("cards.cancelled", {"done": 3, "total": 10}) == (
        "Pencetakan kartu dibatalkan (3 dari 10 kartu); tidak ada berkas yang disimpan."
    )
    assert "PK-AAAA" in text("cards.qr_too_long", {"registration_number": "PK-AAAA"}, "en")
