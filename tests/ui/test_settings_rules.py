"""Pengaturan shows which programme rules the laptop checks under: the shipped defaults (and says so)
until the province's signed rules arrive, then their version and date (issue 19)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pulut_desktop.domain.rules import AgeRules, PhoneRules, ProgrammeRules
from pulut_desktop.storage.rules import keep_rules
from pulut_desktop.storage.store import Store
from pulut_desktop.ui.integration import no_registration_pages
from pulut_desktop.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def indonesian(translations):
    """Bahasa Indonesia, the default language."""


def _settings_text(qtbot, qapp, store: Store, runner, tmp_path, name: str) -> str:
    window = MainWindow(store, runner, language="id", training=False, event_source=qapp,
                        page_factory=no_registration_pages)  # fmt: skip
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_page("settings")
    qtbot.waitUntil(lambda: bool(window.settings.rules_summary.text()), timeout=5000)
    qtbot.wait(50)  # the card grows to the text on the next layout pass
    window.grab().save(str(tmp_path / f"{name}.png"))
    return window.settings.rules_summary.text()


def test_pengaturan_says_shipped_defaults_then_the_province_version(qtbot, qapp, supervisor_store, runner, tmp_path):
    shown = _settings_text(qtbot, qapp, supervisor_store, runner, tmp_path, "shipped")
    assert "Belum menerima aturan dari provinsi" in shown and "versi 0" in shown
    assert "ditolak tidak ada" in shown and "Rp16.800" in shown

    rules = ProgrammeRules(version=4, published_at=datetime(2026, 12, 1, 7, 30, tzinfo=UTC),
                           age=AgeRules(warn_above=55, block_above=65), phone=PhoneRules(required=True))  # fmt: skip
    with supervisor_store.session() as session:
        keep_rules(session, rules, b"signed bytes as received", actor="super")
    shown = _settings_text(qtbot, qapp, supervisor_store, runner, tmp_path, "province")
    assert "Versi 4 dari provinsi, diterbitkan 01-12-2026 07:30 UTC." in shown
    assert "di atas 55 tahun; ditolak di atas 65 tahun." in shown and "Nomor HP: wajib" in shown
