"""The registration counters (``registration_counts``) equal a fresh GROUP BY over the stored versions
after a mixed sequence through ``pulut-province``: imports from sticks, a second version, near-duplicates
held then accepted, rejected and marked the same person, a held batch released; migration p0009 fills
them from existing rows and ``recount`` rebuilds them. On SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import delete, func, select, update

from pulut_desktop.province import cli as province_cli
from pulut_desktop.province import review
from pulut_desktop.province.counts import QUOTA, REGENCY, WEEK
from pulut_desktop.province.keys import create_keys
from pulut_desktop.province.models import HeldBatch, RegistrationCount, RegistrationVersion
from pulut_desktop.province.quotas import list_quotas, set_quota
from pulut_desktop.province.store import ProvinceStore
from tests.outbox.helpers import PASSPHRASE

from .conftest import BACKENDS
from .counters import all_counters, fresh_group_by
from .hostile import enrol_by_hand, put_on_stick

V = RegistrationVersion


@BACKENDS
def test_counters_equal_a_fresh_group_by_after_a_mixed_sequence(tmp_path, database_url, capsys, monkeypatch):
    root = tmp_path / "province"
    monkeypatch.setenv(province_cli.PASSPHRASE_ENV, PASSPHRASE)
    with ProvinceStore.open(root, database_url, create=True) as store:
        keys = create_keys(store, PASSPHRASE, name="Provinsi Uji", training=True)
        siak, kampar = enrol_by_hand(store, keys, "Laptop Siak"), enrol_by_hand(store, keys, "Laptop Kampar")
        set_quota(store, "14.71", "APBD", 100, year=2026)
    argv = ["--data-dir", str(root)] + (["--database-url", database_url] if database_url else [])
    sticks = iter(range(100))

    def send(device, regs) -> int:
        stick = tmp_path / f"stick-{next(sticks)}"
        put_on_stick(stick, device.batch(regs), device)
        return province_cli.main([*argv, "import", str(stick)])

    people = [siak.registration(full_name=f"PUTRI MELATI {i}") for i in range(4)]
    assert send(siak, people) == 0
    moved = people[0]
    again = [siak.registration(id=moved.id, version=2, nik=moved.nik, registration_number=moved.registration_number,
                               full_name=moved.full_name, coverage_start=date(2027, 1, 1))]  # fmt: skip
    assert send(siak, again) == 0
    # Near-duplicates from another laptop: the same names and birth dates under other NIKs, held.
    alike = [kampar.registration(full_name=p.full_name) for p in people[1:4]]
    assert send(kampar, alike) == 0
    with ProvinceStore.open(root, database_url) as store:
        cases = sorted(review.list_cases(store), key=lambda c: c.full_name)
        assert len(cases) == 3
        assert province_cli.main([*argv, "review", "accept", str(cases[0].id)]) == 0
        assert province_cli.main([*argv, "review", "reject", str(cases[1].id)]) == 0
        review.decide(store, cases[2].id, False, keys, by="uji", same_person=True)  # the console's "same"
    # A held batch (a sequence used again by other bytes), released.
    kampar.sequence -= 1
    assert send(kampar, [kampar.registration(), kampar.registration()]) == 2
    with ProvinceStore.open(root, database_url) as store, store.reader() as session:
        held = session.scalars(select(HeldBatch)).one()
    assert province_cli.main([*argv, "held", "release", held.file_sha256[:12]]) == 0

    with ProvinceStore.open(root, database_url) as store:
        with store.reader() as session:
            statuses = dict(session.execute(select(V.status, func.count()).group_by(V.status)).all())
            assert statuses == {"accepted": 8, "duplicate": 1, "rejected": 1}
            expected = fresh_group_by(session)
            assert all_counters(session) == expected
        assert expected[(QUOTA, 2027, "14.71", people[0].funding_source.value, "")] == 1
        assert expected[(REGENCY, 0, "14.71", "", "")] == 7  # 8 accepted versions of 7 registrations
        (row,) = list_quotas(store, 2026)
        assert row["accepted"] == expected[(QUOTA, 2026, "14.71", "APBD", "")] == 7  # v1 still counts in 2026

        # The migration fills the counters from the rows an older store already holds.
        store.migrate("p0008", downgrade=True)
        store.migrate()
        with store.reader() as session:
            assert all_counters(session) == expected

        # Counters gone wrong (a hand edit, a restore) are rebuilt by ``recount``.
        with store.session() as session:
            session.execute(delete(RegistrationCount).where(RegistrationCount.measure == WEEK))
            session.execute(update(RegistrationCount).values(count=RegistrationCount.count + 5))
    capsys.readouterr()
    assert province_cli.main([*argv, "recount"]) == 0
    assert "dari 10 versi" in capsys.readouterr().out
    with ProvinceStore.open(root, database_url) as store, store.reader() as session:
        assert all_counters(session) == fresh_group_by(session)


pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
