"""Fixtures for the registration pages: a temp store with fast Argon2, a runner, English by default
source strings (no translator installed), offscreen Qt."""

from __future__ import annotations

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any Qt import
sys.path.insert(0, os.path.dirname(__file__))  # the _registration_* helper modules

import pytest

import pulut_desktop.storage.keyring as keyring
from pulut_desktop.domain.reference import RegionLevel, regions
from pulut_desktop.storage.keyring import KdfParams


class RunnerErrors(list):
    """Errors that reached the runner's default handler: a test fails if any are left."""


@pytest.fixture
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring, "DEFAULT_KDF", KdfParams(iterations=1, lanes=1, memory_kib=8))


@pytest.fixture
def store(tmp_path, fast_kdf):
    from pulut_desktop.storage.store import Store

    opened = Store.create(
        tmp_path / "data",
        username="super",
        full_name="Sri",
        password="rahasia-123",
        device_name="Laptop Uji",
        regency_code="14.71",
    )
    yield opened
    opened.close()


@pytest.fixture
def runner(qapp):
    from pulut_desktop.ui.operations import OperationRunner

    errors = RunnerErrors()
    instance = OperationRunner(on_error=lambda error, _parent: errors.append(error))
    instance.errors = errors
    yield instance
    assert instance.wait_for_done(30000), "the runner still had work at teardown"
    qapp.processEvents()
    assert not errors, f"unexpected errors from background work: {errors!r}"


@pytest.fixture
def village():
    """A village in Kota Pekanbaru (14.71), with its district and regency."""
    directory = regions()
    found = next(r for r in directory.of_level(RegionLevel.VILLAGE) if r.code.startswith("14.71."))
    district = directory.get(found.parent_code)
    return found, district, directory.get(district.parent_code)
