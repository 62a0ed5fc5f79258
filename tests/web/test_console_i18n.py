"""Every Indonesian text of the console has its English: the ``t("...")`` calls of every template, the
navigation and the review page's field labels."""

from __future__ import annotations

import re
from importlib import resources

from pulut_desktop.province.console import i18n, review_page


def template_texts() -> set[str]:
    texts: set[str] = set()
    for template in (resources.files("pulut_desktop.province.console") / "templates").iterdir():
        source = template.read_text(encoding="utf-8")
        texts |= set(re.findall(r"""t\(\s*["']([^"']+)["']\s*\)""", source))
        texts |= set(re.findall(r"""\(\s*"[a-z]+",\s*"[^"]*",\s*"([^"]+)"\s*\)""", source))  # the navigation
    return texts


def test_every_console_text_has_english():
    texts = template_texts() | {label for label, _key in review_page.FIELDS}
    assert {"Beranda", "Jejak audit", "Masuk", "Nama ibu kandung"} <= texts
    missing = sorted(t for t in texts if t not in i18n.EN)
    assert missing == []


def test_numbers_are_written_the_indonesian_way():
    assert i18n.number(1234567) == "1.234.567"
    assert i18n.translate("Beranda", "en") == "Home" and i18n.translate("Beranda", "id") == "Beranda"
