"""Budget years through ``pulut-province``: a year is opened with its quotas, a registration counts
against the quota of the year its coverage starts in, and the current year keeps working unopened."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from pulut_desktop.province import cli as province_cli
from pulut_desktop.province.keys import create_keys
from pulut_desktop.province.models import BudgetYear, Event, Quota
from pulut_desktop.province.store import ProvinceStore
from tests.outbox.helpers import PASSPHRASE
from tests.province_http.hostile import enrol_by_hand, put_on_stick


@pytest.fixture
def province(tmp_path, monkeypatch):
    root = tmp_path / "province"
    monkeypatch.setenv(province_cli.PASSPHRASE_ENV, PASSPHRASE)
    with ProvinceStore.open(root, create=True) as store:
        keys = create_keys(store, PASSPHRASE, name="Provinsi Uji", training=False)
        device = enrol_by_hand(store, keys)
    return root, device


def run(capsys, root, *argv) -> tuple[int, str]:
    """Exit code and everything said (stdout, then stderr)."""
    capsys.readouterr()
    code = province_cli.main(["--data-dir", str(root), *argv])
    said = capsys.readouterr()
    return code, said.out + said.err


def rows(out: str) -> list[list[str]]:
    return [line.split("\t") for line in out.splitlines()]


def test_registrations_count_in_the_budget_year_of_their_coverage_start(province, capsys, tmp_path):
    root, device = province
    code, out = run(capsys, root, "year", "open", "2027", "--quota", "14.71:APBD:500", "--quota", "14.71:DBH_SAWIT:20")
    assert code == 0 and "Tahun anggaran 2027 dibuka" in out and "(tahun anggaran 2027)" in out
    assert run(capsys, root, "quotas", "set", "14.71", "APBD", "300", "--year", "2028")[0] == 2  # not opened
    assert run(capsys, root, "year", "open", "2026")[0] == 0
    assert run(capsys, root, "quotas", "set", "14.71", "APBD", "300", "--year", "2026")[0] == 0

    regs = [device.registration(coverage_start=date(2026, 12, 1)) for _ in range(2)]
    regs += [device.registration(coverage_start=date(2027, 1, 1)) for _ in range(3)]
    put_on_stick(tmp_path / "stick", device.batch(regs), device)
    assert run(capsys, root, "import", str(tmp_path / "stick"))[0] == 0

    assert rows(run(capsys, root, "quotas", "list", "--year", "2027")[1]) == [
        ["2027", "14.71", "APBD", "500", "3"],
        ["2027", "14.71", "DBH_SAWIT", "20", "0"],
    ]
    assert rows(run(capsys, root, "quotas", "list", "--year", "2026")[1]) == [["2026", "14.71", "APBD", "300", "2"]]
    years = rows(run(capsys, root, "year", "list")[1])
    assert [(y[0], y[1]) for y in years] == [("2027", "520"), ("2026", "300")]

    code, out = run(capsys, root, "year", "open", "2027")  # once only: a second opening is refused
    assert code == 2 and "Tahun anggaran 2027 sudah dibuka" in out
    assert run(capsys, root, "year", "open", "20277")[0] == 2
    assert run(capsys, root, "year", "open", "2028", "--quota", "14.71-APBD-5")[0] == 2  # parsed before opening
    with ProvinceStore.open(root) as store, store.reader() as session:
        assert session.get(BudgetYear, 2028) is None and session.get(Quota, (2028, "14.71", "APBD")) is None
        opened = session.scalars(select(Event).where(Event.action == "budget_year.opened")).all()
        assert sorted(e.subject for e in opened) == ["2026", "2027"]


def test_a_quota_without_a_year_is_the_current_year_and_opens_it(province, capsys):
    root, _ = province
    this_year = datetime.now(UTC).year
    code, out = run(capsys, root, "quotas", "set", "14.71", "APBD", "40")
    assert code == 0 and f"(tahun anggaran {this_year})" in out
    assert rows(run(capsys, root, "quotas", "list")[1]) == [[str(this_year), "14.71", "APBD", "40", "0"]]
    assert rows(run(capsys, root, "year", "list")[1])[0][:2] == [str(this_year), "40"]


def test_migration_gives_old_quotas_their_year_and_stored_versions_their_columns(province, capsys, tmp_path):
    from sqlalchemy import text

    root, device = province
    put_on_stick(tmp_path / "stick", device.batch([device.registration(coverage_start=date(2027, 1, 1))]), device)
    assert run(capsys, root, "import", str(tmp_path / "stick"))[0] == 0
    with ProvinceStore.open(root) as store:
        store.migrate("p0004", downgrade=True)  # back to before budget years, with a quota set in 2025
        with store.session() as session:
            session.execute(text("INSERT INTO quotas VALUES ('14.71', 'APBD', 70, '2025-06-01 10:00:00')"))
        store.migrate()
        with store.reader() as session:
            (quota,) = session.scalars(select(Quota)).all()
            assert (quota.budget_year, quota.regency_code, quota.quota) == (2025, "14.71", 70)
            assert session.get(BudgetYear, 2025) is not None
            (row,) = session.execute(
                text("SELECT regency_code, funding_source, budget_year FROM registration_versions")
            )
            assert tuple(row) == ("14.71", "APBD", 2027)
    assert run(capsys, root, "year", "open", "2027", "--quota", "14.71:APBD:9")[0] == 0
    assert rows(run(capsys, root, "quotas", "list", "--year", "2027")[1]) == [["2027", "14.71", "APBD", "9", "1"]]
