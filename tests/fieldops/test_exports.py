"""Exports: NIK masked by default; the full NIK only for a supervisor, audited with the count."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from pulut_desktop.fieldops.errors import ExportCancelled
from pulut_desktop.fieldops.exports import ExportOptions, export_registrations
from pulut_desktop.fieldops.tables import read_table
from pulut_desktop.storage import registrations
from pulut_desktop.storage.accounts import add_officer
from pulut_desktop.storage.errors import PermissionDenied
from pulut_desktop.storage.models import AuditEvent
from pulut_desktop.storage.queries import RegistrationQuery
from pulut_desktop.storage.store import Role, Store
from tests.conftest import PASSWORD, make_registration


@pytest.fixture
def filled(store):
    for n in range(1, 4):
        registrations.save(store, make_registration(nik=f"1471014508900{n:03d}", full_name=f"Siti {n}"), submit=False)
    return store


def _audit(store, action):
    with store.reader() as session:
        return [e.details for e in session.scalars(select(AuditEvent).where(AuditEvent.action == action))]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_masked_by_default(filled, tmp_path, suffix):
    target = tmp_path / f"list{suffix}"
    assert export_registrations(filled, RegistrationQuery(), target) == 3
    table = read_table(target)
    assert table.headers[:3] == ["Nomor registrasi", "NIK", "Nama"]
    assert sorted(values[1] for _, values in table.rows) == [f"147101******{n:04d}" for n in (1, 2, 3)]
    assert "1471014508900001" not in target.read_bytes().decode("latin-1")
    assert _audit(filled, "export.full_nik") == []


def test_full_nik_for_a_supervisor_is_audited(filled, tmp_path):
    target = tmp_path / "full.csv"
    query = RegistrationQuery(text="Siti 2")
    assert export_registrations(filled, query, target, ExportOptions(full_nik=True, language="en")) == 1
    ((_, values),) = read_table(target).rows
    assert values[1] == "1471014508900002"
    assert _audit(filled, "export.full_nik") == [{"count": 1, "file": "full.csv"}]


def test_an_officer_cannot_export_full_niks(filled, tmp_path):
    add_officer(filled, "budi", "Budi", PASSWORD, Role.OFFICER)
    officer = Store.open(filled.data_dir.root, "budi", PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            export_registrations(officer, RegistrationQuery(), tmp_path / "x.csv", ExportOptions(full_nik=True))
        assert not (tmp_path / "x.csv").exists()
    finally:
        officer.close()


def test_cancel_writes_nothing(filled, tmp_path):
    with pytest.raises(ExportCancelled):
        export_registrations(filled, RegistrationQuery(), tmp_path / "x.xlsx", should_cancel=lambda: True)
    assert not (tmp_path / "x.xlsx").exists()


# --- Specific personal data (UU 27/2022 Pasal 4(2)): disability and heirs --------------------------

CHILD_NIK = "1471011505150002"  # an heir born 15 May 2015: a child's data


@pytest.fixture
def sensitive(store):
    from pulut_desktop.domain.registration import Heir, HeirRelationship

    reg = make_registration(nik="1471014508900009", full_name="Rina Difabel", has_disability=True,
                            heirs=[Heir("Anak Rina", HeirRelationship.CHILD, nik=CHILD_NIK)])  # fmt: skip
    registrations.save(store, reg, submit=False)
    return store


def _officer(store):
    add_officer(store, "budi", "Budi", PASSWORD, Role.OFFICER)
    return Store.open(store.data_dir.root, "budi", PASSWORD)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_officers_export_has_no_disability_or_heir_data(sensitive, tmp_path, suffix):
    officer = _officer(sensitive)
    try:
        target = tmp_path / f"list{suffix}"
        assert export_registrations(officer, RegistrationQuery(), target) == 1
        table = read_table(target)
        assert table.headers[-2:] == ["Disabilitas", "Ahli waris"]
        ((_, values),) = table.rows
        assert values[-2:] == ["(dirahasiakan)", "(dirahasiakan)"]
        raw = target.read_bytes()
        for secret in (b"ANAK RINA", CHILD_NIK.encode(), b"child", b"Ya"):
            assert secret not in raw
        with pytest.raises(PermissionDenied):
            export_registrations(
                officer, RegistrationQuery(), tmp_path / "x.csv", ExportOptions(specific_data=True, purpose="x")
            )
        assert not (tmp_path / "x.csv").exists()
    finally:
        officer.close()


def test_a_supervisors_full_export_is_audited_with_its_purpose(sensitive, tmp_path):
    from pulut_desktop.domain.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        export_registrations(
            sensitive, RegistrationQuery(), tmp_path / "x.csv", ExportOptions(specific_data=True, purpose="  ")
        )
    assert caught.value.code == "export.purpose_required"
    assert not (tmp_path / "x.csv").exists() and _audit(sensitive, "export.specific_data") == []

    target = tmp_path / "lengkap.csv"
    purpose = "Klaim JKM ahli waris, surat BPJS 12/2026"
    options = ExportOptions(full_nik=True, specific_data=True, purpose=purpose)
    assert export_registrations(sensitive, RegistrationQuery(), target, options) == 1
    ((_, values),) = read_table(target).rows
    assert values[-2:] == ["Ya", f"ANAK RINA (child, NIK {CHILD_NIK})"]
    assert _audit(sensitive, "export.specific_data") == [{"count": 1, "file": "lengkap.csv", "purpose": purpose}]
    assert _audit(sensitive, "export.full_nik") == [{"count": 1, "file": "lengkap.csv"}]


def test_heir_niks_stay_masked_unless_the_full_nik_is_asked(sensitive, tmp_path):
    target = tmp_path / "x.csv"
    export_registrations(
        sensitive, RegistrationQuery(), target, ExportOptions(specific_data=True, purpose="Verifikasi ahli waris")
    )
    ((_, values),) = read_table(target).rows
    assert values[-1] == "ANAK RINA (child, NIK 147101******0002)"
