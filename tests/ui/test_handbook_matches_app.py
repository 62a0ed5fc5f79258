"""The officer's handbook names only things the app has: every menu, button and screen word it prints in
bold exists in the app in Bahasa Indonesia, and every menu of the app is in the handbook.

"Exists" means: shown by the real main window (a supervisor's, every page opened, the shipped ``id``
catalogue loaded), or the Indonesian text of a string of the app's own catalogue (dialogs, messages), or
printed on a card. Bold words that are emphasis, not a name on screen, are listed below with the reason."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pulut_desktop.handbook import HANDBOOK, handbook_dir
from pulut_desktop.messages import CATALOGUE
from pulut_desktop.paths import resource
from pulut_desktop.ui.main_window import MainWindow

from ._visible_text import visible_texts

# Bold in the handbook for emphasis or as a quotation of paper and programme words, not a name on screen.
NOT_ON_SCREEN = {
    "Data pribadi dilindungi UU 27/2022.": "a sentence the handbook stresses",
    "JKK + JKM sebesar Rp16.800 per bulan": "the programme, stressed",
    "JKK dan JKM": "the programme's two insurances",
    "A4 isi 10": "the card sheet a print shop sells",
    "Ctrl+S menyimpan": "a sentence; Ctrl+S itself is in the shortcut map",
    "Mode latihan.": "a paragraph title",
    "Mengirim lewat flashdisk.": "a paragraph title",
    "Mendaftarkan laptop (sekali saja, oleh supervisor).": "a paragraph title",
    "NIK yang sama sudah terdaftar di laptop ini": "quotes the gist of the duplicate-NIK message",
    "Berita Acara": "the printed close-out report's title",
    "Segera": "a word of the sending advice, stressed",
    "5 menit": "a duration",
    "5 kali salah": "a count of attempts",
    "NIK disamarkan": "describes the NIK on cards and reports (6 first and 4 last digits)",
    "Pulut Ketan — Perlindungan Pekerja Rentan, Provinsi Riau": "the programme's name",
    "Pintasan papan ketik": "a paragraph title; F1 shows the same keys in the help window",
}


def _bold_names() -> set[str]:
    text = (handbook_dir() / HANDBOOK).read_text(encoding="utf-8")
    phrases = {_plain(m.group(1)) for m in re.finditer(r"\*\*([^*]+)\*\*", text)}
    return {p for p in phrases if p[:1].isupper() and p not in NOT_ON_SCREEN}


def _catalogue_texts() -> set[str]:
    tree = ET.parse(resource("translations", "pulut_id.ts"))
    texts = set()
    for translation in tree.iter("translation"):
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        texts.update(f for f in forms if f)
    texts.update(entry[0] for entry in CATALOGUE.values())
    return {_plain(t) for t in texts}


def _card_texts() -> str:
    """The words printed on cards live in the card renderer's source (SAH, SEMENTARA, PALSU...)."""
    import pulut_desktop.cards as cards

    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(Path(cards.__path__[0]).glob("*.py")))


def _plain(text: str) -> str:
    return " ".join(text.replace("&", "").split())


@pytest.fixture
def shown_texts(qtbot, qapp, supervisor_store, runner, translations) -> tuple[set[str], list[str]]:
    window = MainWindow(supervisor_store, runner, language="id", training=False, event_source=qapp)
    qtbot.addWidget(window)
    window.show()
    texts: set[str] = set()
    for key in window.page_keys():
        window.show_page(key)
        qtbot.waitUntil(lambda: not runner.is_busy(), timeout=10_000)
        texts.update(_plain(text) for _where, text in visible_texts(window))
    menus = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    return texts, menus


def test_every_name_the_handbook_prints_in_bold_exists_in_the_app(shown_texts):
    shown, _menus = shown_texts
    catalogue, cards = _catalogue_texts(), _card_texts()

    def exists(name: str) -> bool:
        needle = name.casefold()
        return (
            any(needle in text.casefold() for text in shown)
            # a short label of the catalogue ("2. Cocokkan kolom", "Tulis permintaan…"), not a long sentence
            or any(needle in text.casefold() and len(text) <= len(needle) + 35 for text in catalogue)
            or name in cards
        )

    missing = sorted(name for name in _bold_names() if not exists(name))
    assert missing == [], f"the handbook names things the app does not show: {missing}"


def test_every_menu_of_the_app_is_in_the_handbook(shown_texts):
    _shown, menus = shown_texts
    text = (handbook_dir() / HANDBOOK).read_text(encoding="utf-8")
    assert len(menus) >= 8
    assert [menu for menu in menus if f"**{menu}**" not in text] == []


def test_an_invented_button_would_be_caught(shown_texts):
    """The check is not vacuous: a name the app does not have fails it."""
    shown, _menus = shown_texts
    catalogue = _catalogue_texts()
    assert not any("tombol ajaib" in t.casefold() for t in shown | catalogue)
