"""A damaged store found at login, through the application: the officer is told, nothing more is
written, and the offered backup restores every record it holds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pulut_desktop.storage import registrations
from pulut_desktop.storage.backup import auto_backup, list_backups
from pulut_desktop.storage.errors import StoreCorrupt
from pulut_desktop.ui.app import PulutApp
from pulut_desktop.ui.integration import no_registration_pages
from tests.conftest import make_registration
from tests.storage._damage import flip_one_byte_in_registrations

from .conftest import PASSWORD


def _submit(qtbot, login, username: str, password: str) -> None:
    login.username.clear()
    qtbot.keyClicks(login.username, username)
    login.password.clear()
    qtbot.keyClicks(login.password, password)
    qtbot.mouseClick(login.sign_in, Qt.MouseButton.LeftButton)


def _count(store) -> int:
    return sum(registrations.count_by_status(store).values())


def test_damage_found_after_login_stops_writing_and_the_offered_backup_restores(
    qtbot, qapp, supervisor_store, runner, translations
):
    store = supervisor_store
    for i in range(3):
        registrations.save(store, make_registration(nik=f"147101010180000{i + 1}", full_name=f"Pekerja {i}"))
    good = auto_backup(store)
    registrations.save(store, make_registration(nik="1471010101800009", full_name="Sesudah Cadangan"))
    root, key = store.data_dir.root, store.database_key
    store.close()
    flip_one_byte_in_registrations(root, key)

    app = PulutApp(qapp, root, runner, translations, remember=False, page_factory=no_registration_pages)
    _submit(qtbot, app.start(), "super", PASSWORD)
    qtbot.waitUntil(lambda: app.main_window is not None, timeout=20_000)
    qtbot.addWidget(app.main_window)
    qtbot.waitUntil(lambda: app.damage_offer is not None and app.damage_offer.isVisible(), timeout=60_000)
    offer = app.damage_offer
    assert "Data di laptop ini rusak" in offer.text() and "berhenti menyimpan" in offer.text()
    assert offer.informativeText() == f"Cadangan terakhir yang baik: {good.name} (3 pendaftaran)."
    assert list_backups(app.store.data_dir) == [good], "no backup may be written from a damaged store"
    with pytest.raises(StoreCorrupt) as refused:
        registrations.save(app.store, make_registration(nik="1471010101800008", full_name="Tidak Disimpan"))
    assert refused.value.code == "store.damaged"

    qtbot.mouseClick(offer.findChild(type(offer.buttons()[0]), "damageRestoreButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.login is not None and app.login.isVisible(), timeout=10_000)
    login = app.login
    assert good.name in login.message.text()
    assert app.store is None, "the damaged session is closed before anything is restored"
    login.password.clear()
    qtbot.keyClicks(login.password, PASSWORD)
    qtbot.mouseClick(login.sign_in, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.store is not None, timeout=30_000)
    qtbot.addWidget(app.main_window)
    assert _count(app.store) == 3  # the three records in the backup, all of them
    runner.wait_for_done(60_000)
    assert app.store.damage is None
    app.main_window.close()


def test_a_store_unreadable_after_a_crash_offers_the_newest_backup_that_verifies(
    qtbot, qapp, monkeypatch, supervisor_store, runner, translations
):
    from PySide6.QtWidgets import QMessageBox

    store = supervisor_store
    registrations.save(store, make_registration())
    good = auto_backup(store)
    broken = good.with_name("auto-20991231T000000Z.pulutbak")  # newer by name and time, but damaged
    broken.write_bytes(good.read_bytes()[:-4096])
    root, key = store.data_dir.root, store.database_key
    store.engine.dispose()  # a crash: the session marker stays, so the login checks every page
    flip_one_byte_in_registrations(root, key)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes)

    app = PulutApp(qapp, root, runner, translations, remember=False, page_factory=no_registration_pages)
    _submit(qtbot, app.start(), "super", PASSWORD)
    qtbot.waitUntil(lambda: app.store is not None, timeout=60_000)
    qtbot.addWidget(app.main_window)
    assert len(asked) == 1 and good.name in asked[0] and broken.name not in asked[0]
    assert _count(app.store) == 1
    app.main_window.close()
