"""Upgrades keep every record (with a backup first); a store from a newer version is refused untouched."""

from __future__ import annotations

import functools
from datetime import date, datetime

import pytest
from sqlalchemy import MetaData, Table, insert, text

from pulut_desktop.domain.numbers import registration_number
from pulut_desktop.paths import DataDir
from pulut_desktop.storage import migrate, registrations
from pulut_desktop.storage.engine import make_engine
from pulut_desktop.storage.errors import StoreTooNew
from pulut_desktop.storage.keyring import Keyring
from pulut_desktop.storage.mapping import consent_to_json, heirs_to_json
from pulut_desktop.storage.queries import RegistrationQuery, search_rowids
from pulut_desktop.storage.store import Store
from tests.conftest import PASSWORD, make_registration

from .helpers import AWKWARD_PARTS, SOURCE_APP, TOO_NEW_ID, file_digest, run_app

EARLIEST = "0001"
PEOPLE = [  # (NIK, name): synthetic
    ("1471014508900001", "Siti Aminah"),
    ("1471010101850002", "Budi Santoso"),
    ("1471014207920003", "Rina Wati Simanjuntak"),
    ("1471011503880004", "Zulkifli bin Abdullah"),
]


def _key(root) -> bytes:
    return Keyring.load(DataDir(root).keyring).unwrap("super", PASSWORD)


def make_earliest_data_dir(root, monkeypatch: pytest.MonkeyPatch) -> list:
    """A data dir at schema 0001 holding registrations, written through that schema's own columns."""
    real_upgrade = migrate.upgrade
    with monkeypatch.context() as patch:
        patch.setattr(migrate, "upgrade", functools.partial(real_upgrade, target=EARLIEST))
        store = Store.create(root, username="super", full_name="Sri Supervisor", password=PASSWORD,
                             device_name="Laptop Lama", regency_code="14.71")  # fmt: skip
    assert migrate.current_revision(store.engine) == EARLIEST
    with store.reader() as session:
        device_code = store.device(session).code
    table = Table("registrations", MetaData(), autoload_with=store.engine)  # the 0001 columns, as on disk
    now = datetime(2026, 1, 2, 3, 4, 5)
    expected = []
    with store.engine.begin() as conn:
        for seq, (nik, name) in enumerate(PEOPLE, start=1):
            reg = make_registration(nik=nik, full_name=name.upper(), coverage_start=date(2026, 2, 1))
            values = {c.name: getattr(reg, c.name) for c in table.columns if hasattr(reg, c.name)}
            values.update(
                id=reg.id, registration_number=registration_number(device_code, seq), sex=reg.sex.value,
                funding_source=reg.funding_source.value, programmes=",".join(p.value for p in reg.programmes),
                heirs=heirs_to_json(reg.heirs), consent=consent_to_json(reg.consent), officer="super",
                status="ready", status_reason=None, version=1, training=False, print_count=0, created_at=now,
                updated_at=now,
            )  # fmt: skip
            conn.execute(insert(table).values(**values))
            expected.append(values)
    store.close()
    return expected


def test_earliest_schema_data_dir_is_backed_up_migrated_and_complete(tmp_path, monkeypatch):
    root = tmp_path.joinpath(*AWKWARD_PARTS)
    expected = make_earliest_data_dir(root, monkeypatch)
    assert list((root / "backups").iterdir()) == []

    store = Store.open(root, "super", PASSWORD)  # what the new version does at login
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision() != EARLIEST
        backups = list((root / "backups").glob(f"pre-migration-{EARLIEST}-*.db"))
        assert len(backups) == 1
        for values in expected:
            reg = registrations.get(store, values["id"])
            assert (reg.nik, reg.full_name, reg.registration_number) == (
                values["nik"], values["full_name"], values["registration_number"])  # fmt: skip
            assert (reg.birth_date, reg.coverage_start, reg.village_code) == (
                values["birth_date"], values["coverage_start"], values["village_code"])  # fmt: skip
            assert [h.name for h in reg.heirs] == [h["name"] for h in values["heirs"]]
            assert reg.consent.given and reg.consent.form_reference == values["consent"]["form_reference"]
        with store.reader() as session:
            assert session.execute(text("SELECT count(*) FROM registrations")).scalar_one() == len(PEOPLE)
            # The name index added after 0001 covers the old rows too.
            assert len(search_rowids(session, RegistrationQuery(text="zulkifli"))) == 1
    finally:
        store.close()
    old = make_engine(backups[0], _key(root))  # the copy is the old schema, same key, same rows
    try:
        assert migrate.current_revision(old) == EARLIEST
        with old.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM registrations")).scalar_one() == len(PEOPLE)
    finally:
        old.dispose()


def test_the_cli_upgrades_an_earliest_schema_data_dir(tmp_path, monkeypatch):
    root = tmp_path / "data lama"
    make_earliest_data_dir(root, monkeypatch)
    result = run_app(SOURCE_APP, "--data-dir", str(root), "verify-audit", "--user", "super", "--password-stdin",
                     stdin=PASSWORD + "\n")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert len(list((root / "backups").glob(f"pre-migration-{EARLIEST}-*.db"))) == 1


def make_future_data_dir(root) -> str:
    """A store whose schema revision this build has never heard of (written by a newer version)."""
    store = Store.create(root, username="super", full_name="Sri Supervisor", password=PASSWORD,
                         device_name="Laptop Baru", regency_code="14.71")  # fmt: skip
    registrations.save(store, make_registration())
    with store.session() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    store.close()
    return file_digest(DataDir(root).database)


def test_a_newer_data_dir_is_refused_untouched(tmp_path):
    root = tmp_path.joinpath(*AWKWARD_PARTS)
    before = make_future_data_dir(root)
    with pytest.raises(StoreTooNew):
        Store.open(root, "super", PASSWORD)
    result = run_app(SOURCE_APP, "--data-dir", str(root), "verify-audit", "--user", "super", "--password-stdin",
                     stdin=PASSWORD + "\n")  # fmt: skip
    assert result.returncode == 2
    assert TOO_NEW_ID in result.stderr and "Traceback" not in result.stderr
    assert file_digest(DataDir(root).database) == before
    assert list((root / "backups").iterdir()) == []
    engine = make_engine(DataDir(root).database, _key(root))
    try:
        assert migrate.current_revision(engine) == "9999_future"
    finally:
        engine.dispose()
