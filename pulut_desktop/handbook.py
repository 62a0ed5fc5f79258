"""The officer's handbook (``resources/handbook/panduan-petugas.md``) as HTML, for in-app help and the printable PDF.

Sections carry explicit anchors (``## Mencetak kartu {#print-cards}``); each screen's F1 opens its
anchor. The same HTML is shown in the app (offline) and printed to PDF by ``make docs``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .paths import resource

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
    "renewals": "renewals",
    "lock": "login",
}


def handbook_dir() -> Path:
    """The folder of the handbook, the province admin guide and the screenshots they show."""
    return resource("handbook")


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
    return render(handbook_dir() / name)
