from datetime import date, datetime

import pytest
from sqlalchemy import text

from pulut_desktop.paths import DataDir
from pulut_desktop.storage import migrate
from pulut_desktop.storage.engine import make_engine
from pulut_desktop.storage.errors import StoreTooNew
from pulut_desktop.storage.queries import RegistrationQuery, search_rowids
from pulut_desktop.storage.store import Store
from tests.conftest import PASSWORD

KEY = bytes(range(32))


def test_empty_database_upgrades_to_head(tmp_path):
    engine = make_engine(tmp_path / "pulut.db", KEY)
    assert migrate.upgrade(engine, tmp_path / "pulut.db", tmp_path / "backups") is None  # nothing to copy
    assert migrate.current_revision(engine) == migrate.head_revision()
    with engine.connect() as conn:
        tables = set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").scalars())
    assert {"registrations", "audit_events", "drafts", "registration_names"} <= tables
    engine.dispose()


def test_the_newest_script_is_alembics_head():
    # upgrade() skips Alembic when a store is at newest_script_revision(): it must be the one head.
    assert migrate.newest_script_revision() == migrate.head_revision()


def test_first_schema_with_data_survives_upgrade(tmp_path):
    db = tmp_path / "pulut.db"
    engine = make_engine(db, KEY)
    migrate.upgrade(engine, db, tmp_path / "backups", target="0001")
    now = datetime(2026, 1, 2, 3, 4, 5)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO registrations (id, registration_number, nik, full_name, birth_place, birth_date, "
                "address_line, village_code, occupation_id, has_disability, funding_source, programmes, "
                "coverage_months, heirs, consent, officer, status, version, training, print_count, created_at, "
                "updated_at) VALUES ('r1', 'PK-AAAA-BBBB-000001', '1471014508900001', 'SITI AMINAH', 'PEKANBARU',"
                " :born, 'Jl. 1', '14.71.01.1002', 'NELAYAN', 0, 'APBD', 'JKK,JKM', 12, '[]', '{}', 'super', "
                "'ready', 1, 0, 0, :now, :now)"
            ),
            {"born": date(1990, 8, 5), "now": now},
        )
    copy = migrate.upgrade(engine, db, tmp_path / "backups")
    assert copy is not None and (tmp_path / "backups").iterdir()
    with engine.connect() as conn:
        row = conn.execute(text("SELECT full_name, nik, status FROM registrations")).one()
    assert tuple(row) == ("SITI AMINAH", "1471014508900001", "ready")
    from sqlalchemy.orm import Session

    with Session(engine) as session:  # the new name index covers rows made before it existed
        assert len(search_rowids(session, RegistrationQuery(text="amin"))) == 1
    # The pre-migration copy is the old schema, still encrypted with the same key.
    old = make_engine(tmp_path / "backups" / copy.rsplit("/", 1)[-1], KEY)
    assert migrate.current_revision(old) == "0001"
    old.dispose()
    engine.dispose()


def test_newer_store_is_refused_untouched(store, tmp_path):
    with store.session() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    store.close()
    database = DataDir(tmp_path / "data").database
    with pytest.raises(StoreTooNew) as caught:
        Store.open(tmp_path / "data", "super", PASSWORD)
    assert caught.value.params["revision"] == "9999_future"
    assert list((tmp_path / "data" / "backups").iterdir()) == []
    engine = make_engine(database, _key_of(tmp_path))
    assert migrate.current_revision(engine) == "9999_future"
    engine.dispose()


def _key_of(tmp_path):
    from pulut_desktop.storage.keyring import Keyring

    return Keyring.load(tmp_path / "data" / "keyring.json").unwrap("super", PASSWORD)
