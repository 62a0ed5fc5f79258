"""The officer's handbook (``docs/panduan-petugas.md``) as HTML, for in-app help and the printable PDF.

Sections carry explicit anchors (``## Mencetak kartu {#print-cards}``); each screen's F1 opens its
anchor. The same HTML is shown in the app (offline) and printed to PDF by ``make docs``.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

HANDBOOK = "panduan-petugas.md"
ADMIN_GUIDE = "province-admin.md"
_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)")
_ANCHOR = re.compile(r"\{#([A-Za-z0-9_-]+)\}")

# The help anchor of every main screen (the key of its page in the main window, or a dialog name).
SCREEN_ANCHORS: dict[str, str] = {
    "wizard": "first-start",
    "login": "login",
    "home": "home",
    "new": "registration-form",
    "list": "registrations-list",
    "approvals": "approvals",
    "cards": "print-cards",
    "sync": "send-data",
    "drives": "drives",
    "import": "bulk-import",
    "officers": "officers",
    "settings": "settings",
    "lock": "login",
}


def docs_dir() -> Path:
    """``docs/`` beside the package in a checkout, inside the bundle when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "docs"
    return Path(__file__).resolve().parent.parent / "docs"


@dataclass(frozen=True)
class Handbook:
    path: Path
    html: str
    anchors: frozenset[str]
    images: tuple[str, ...]


def render(path: Path) -> Handbook:
    import markdown  # on the first F1, not at start-up

    text = path.read_text(encoding="utf-8")
    html = markdown.markdown(
        text, extensions=["attr_list", "tables", "toc", "sane_lists", "fenced_code"], output_format="html"
    )
    return Handbook(path, html, frozenset(_ANCHOR.findall(text)), tuple(_IMAGE.findall(text)))


@cache
def handbook(name: str = HANDBOOK) -> Handbook:
    return render(docs_dir() / name)
