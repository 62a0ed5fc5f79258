"""``services.settings``: what the settings page loads and saves, and what the session reads after login."""

from __future__ import annotations

import pytest

from pulut_desktop.public_settings import read_public_settings
from pulut_desktop.services import officers, settings
from pulut_desktop.storage.errors import PermissionDenied
from pulut_desktop.storage.settings import get_setting
from pulut_desktop.storage.store import Store


def test_defaults_are_loaded(store):
    loaded = settings.load_settings(store)
    assert loaded["approval_required"] is True
    assert loaded["idle_lock_minutes"] == 10
    assert loaded["language"] == "id"
    assert loaded["rules"] is not None


def test_save_writes_what_changed_and_the_next_login_reads_it(store):
    root = store.data_dir.root
    old = settings.load_settings(store)
    new = {**old, "approval_required": False, "idle_lock_minutes": 3, "language": "en"}
    saved = settings.save_settings(store, old, new)
    assert saved["approval_required"] is False and saved["language"] == "en"
    assert saved["rules"] == old["rules"]
    assert get_setting(store, "approval_required") is False
    assert read_public_settings(store.data_dir)["language"] == "en"  # where the login window reads it
    store.close()
    with Store.open(root, "super", "rahasia-123") as again:
        reloaded = settings.load_settings(again)
        assert (reloaded["approval_required"], reloaded["idle_lock_minutes"], reloaded["language"]) == (False, 3, "en")
        assert settings.session_settings(again)["idle_lock_minutes"] == 3.0


def test_an_officer_cannot_change_settings(store):
    officers.add_officer(store, "budi", "Budi Petugas", "sandi-budi-123")
    with Store.open(store.data_dir.root, "budi", "sandi-budi-123") as budi:
        old = settings.load_settings(budi)
        with pytest.raises(PermissionDenied):
            settings.save_settings(budi, old, {**old, "approval_required": False})
    assert get_setting(store, "approval_required") is True


def test_session_settings_name_the_device(store):
    info = settings.session_settings(store)
    assert info["device_name"] == "Laptop Uji"
    assert info["training"] is False
    assert info["device_code"]
    assert info["idle_lock_minutes"] == 10.0
