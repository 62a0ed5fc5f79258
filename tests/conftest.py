"""Shared fixtures: fast key derivation, a fresh encrypted store per test, sample registrations."""

from __future__ import annotations

import os
from datetime import date, datetime

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from pulut_desktop.domain.people import Sex
from pulut_desktop.domain.registration import Consent, ConsentMethod, Heir, HeirRelationship, Registration
from pulut_desktop.storage import keyring
from pulut_desktop.storage.store import Store

# Records which services the GUI and the CLI tests call (tests/services/test_reach.py reads it); loaded
# before any test module imports the GUI or the CLI.
pytest_plugins = ["tests.service_reach"]

FAST_KDF = keyring.KdfParams(iterations=1, lanes=1, memory_kib=8)
PASSWORD = "rahasia-123"
SAMPLE_NIK = "1471014508900001"  # Pekanbaru, Sukajadi; a woman born 5 Aug 1990
SAMPLE_VILLAGE = "14.71.01.1002"  # Jadirejo, Sukajadi, Kota Pekanbaru


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id at production cost takes ~0.2 s; tests create hundreds of keys."""
    monkeypatch.setattr(keyring, "DEFAULT_KDF", FAST_KDF)


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's real data dir."""
    monkeypatch.setenv("PULUT_DATA_DIR", str(tmp_path_factory.mktemp("default-data")))


@pytest.fixture
def store(tmp_path) -> Store:
    s = Store.create(
        tmp_path / "data",
        username="super",
        full_name="Sri Supervisor",
        password=PASSWORD,
        device_name="Laptop Uji",
        regency_code="14.71",
    )
    yield s
    s.close()


def make_registration(**overrides) -> Registration:
    values = dict(
        nik=SAMPLE_NIK,
        full_name="Siti Aminah",
        birth_place="Pekanbaru",
        birth_date=date(1990, 8, 5),
        sex=Sex.FEMALE,
        address_line="Jl. Sudirman No. 1, RT 001/RW 002",
        village_code=SAMPLE_VILLAGE,
        phone="0812-3456-7890",
        occupation_id="NELAYAN",
        coverage_start=date(2026, 12, 1),
        coverage_months=12,
        heirs=[Heir("Ahmad Yani", HeirRelationship.SPOUSE)],
        consent=Consent(True, ConsentMethod.SIGNED_FORM, datetime(2026, 11, 20, 9, 0), form_reference="F-1"),
    )
    values.update(overrides)
    return Registration(**values)


@pytest.fixture
def registration() -> Registration:
    return make_registration()
