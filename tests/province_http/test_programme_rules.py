"""Issue 19 end to end: the province changes and publishes programme rules with ``pulut-province rules``;
one laptop receives them on a stick (``pulut-desktop apply-receipts``), another over the network from a
live ``pulut-province serve`` (``pulut-desktop sync``). On both, a worker older than the new block limit
cannot be saved while one in the warn range saves with a warning, and the saved row records the rules
version. Tampered rules are refused and change nothing."""

from __future__ import annotations

import io
import shutil
import signal
import subprocess
import sys
from datetime import date

import pytest
from sqlalchemy import select

from pulut_desktop.domain.errors import ValidationError
from pulut_desktop.domain.people import Sex
from pulut_desktop.domain.registration import validate
from pulut_desktop.province.cli import main as province_main
from pulut_desktop.province.keys import unlock
from pulut_desktop.province.models import Event
from pulut_desktop.province.store import ProvinceStore
from pulut_desktop.storage import registrations
from pulut_desktop.storage.models import AuditEvent, RegistrationRow
from pulut_desktop.storage.rules import current_rules
from pulut_desktop.storage.store import Store
from pulut_desktop.sync import reference as bundle_wire
from tests.conftest import PASSWORD, make_registration
from tests.outbox.helpers import PASSPHRASE, Province, make_laptop

from .conftest import BACKENDS, enrol_direct, free_port, serve_process

TODAY = date.today()


def province(monkeypatch, capsys, root, *argv: str) -> str:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n" + PASSPHRASE + "\n"))
    code = province_main(["--data-dir", str(root), "--lang", "en", "--passphrase-stdin", *argv])
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


def laptop_cli(root, *argv: str) -> subprocess.CompletedProcess:
    """``pulut-desktop`` as an officer runs it, in its own process."""
    return subprocess.run(
        [sys.executable, "-m", "pulut_desktop", "--data-dir", str(root), *argv, "--user", "super", "--password-stdin"],
        input=PASSWORD + "\n", capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def born_years_ago(years: int) -> date:
    return (
        date(TODAY.year - years, 1, 10) if (TODAY.month, TODAY.day) >= (1, 10) else date(TODAY.year - years - 1, 1, 10)
    )


def worker(years: int, serial: int):
    born = born_years_ago(years)
    nik = f"147101{born.day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"
    return make_registration(nik=nik, full_name=f"Pekerja {serial}", birth_date=born, sex=Sex.MALE,
                             coverage_start=TODAY.replace(day=1))  # fmt: skip


def check_laptop_follows_rules(root) -> None:
    laptop = Store.open(root, "super", PASSWORD)
    try:
        rules = current_rules(laptop)
        assert (rules.version, rules.age.warn_above, rules.age.block_above) == (1, 50, 60)
        with pytest.raises(ValidationError) as caught:
            registrations.save(laptop, worker(61, 1))
        assert (caught.value.code, caught.value.params["limit"]) == ("age.block_above", 60)
        saved = registrations.save(laptop, worker(55, 2))
        report = validate(saved, rules=rules)
        assert [(w.code, w.params["age"]) for w in report.warnings] == [("age.warn_above", 55)]
        with laptop.reader() as session:
            rows = {r.full_name: r.rules_version for r in session.scalars(select(RegistrationRow))}
            applied = session.scalars(select(AuditEvent).where(AuditEvent.action == "rules.applied")).one()
        assert rows == {"PEKERJA 2": 1}  # the refused one left nothing behind
        assert applied.details["version"] == 1
    finally:
        laptop.close()


def test_rules_published_by_cli_reach_laptops_by_stick_and_by_http(monkeypatch, capsys, tmp_path):
    root, stick = tmp_path / "province", tmp_path / "stick"
    stick.mkdir()
    province(monkeypatch, capsys, root, "init", "--training")
    store = ProvinceStore.open(root)
    on_stick, online = tmp_path / "laptop-stick", tmp_path / "laptop-online"
    for path in (on_stick, online):
        laptop = make_laptop(path, f"Laptop {path.name}", "14.71")
        enrol_direct(laptop, Province(store, unlock(store, PASSPHRASE)))
        laptop.close()
    store.close()

    before = Store.open(on_stick, "super", PASSWORD)
    assert current_rules(before).shipped  # never received rules: the shipped defaults
    before.close()
    assert "No programme rules published yet" in province(monkeypatch, capsys, root, "rules", "show")
    province(monkeypatch, capsys, root, "rules", "set", "age.warn_above", "50")
    province(monkeypatch, capsys, root, "rules", "set", "age.block_above", "60")
    shown = province(monkeypatch, capsys, root, "rules", "show")
    assert "age.block_above = 60" in shown and "not yet published" in shown
    out = province(monkeypatch, capsys, root, "rules", "publish", "--to", str(stick))
    assert "version 1 published" in out

    done = laptop_cli(on_stick, "apply-receipts", "--from", str(stick))
    assert done.returncode == 0, done.stderr
    check_laptop_follows_rules(on_stick)

    port = free_port()
    server = serve_process(root, port)
    try:
        done = laptop_cli(online, "sync", "--server", f"http://127.0.0.1:{port}")
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)
    assert done.returncode == 0, done.stderr
    check_laptop_follows_rules(online)

    store = ProvinceStore.open(root)
    try:
        with store.reader() as session:
            events = [(e.action, e.subject) for e in session.scalars(select(Event).where(Event.action.like("rules.%")))]
    finally:
        store.close()
    assert events == [("rules.changed", "age.warn_above"), ("rules.changed", "age.block_above"),
                      ("rules.published", "1")]  # fmt: skip


def test_tampered_rules_are_refused(monkeypatch, capsys, tmp_path):
    root, stick = tmp_path / "province", tmp_path / "stick"
    stick.mkdir()
    province(monkeypatch, capsys, root, "init", "--training")
    store = ProvinceStore.open(root)
    laptop = make_laptop(tmp_path / "laptop", "Laptop Uji", "14.71")
    enrol_direct(laptop, Province(store, unlock(store, PASSPHRASE)))
    laptop.close()
    store.close()
    province(monkeypatch, capsys, root, "rules", "set", "age.block_above", "60")
    province(monkeypatch, capsys, root, "rules", "publish", "--to", str(stick))

    path = stick / "PULUT" / "inbox" / bundle_wire.FILE_NAME
    data = path.read_bytes()
    tampered = data.replace(b'"block_above":60', b'"block_above":99')
    assert tampered == data  # the rules travel signed and base64-encoded, not as editable JSON
    at = data.index(b'"rules":"') + len(b'"rules":"') + 200
    path.write_bytes(data[:at] + (b"B" if data[at : at + 1] != b"B" else b"C") + data[at + 1 :])
    shutil.copy(path, tmp_path / "tampered.bin")

    done = laptop_cli(tmp_path / "laptop", "apply-receipts", "--from", str(stick))
    assert done.returncode != 0
    assert "tanda tangan digital" in (done.stdout + done.stderr).lower()
    laptop = Store.open(tmp_path / "laptop", "super", PASSWORD)
    try:
        assert current_rules(laptop).shipped
        registrations.save(laptop, worker(70, 3))  # still checked under the shipped defaults
    finally:
        laptop.close()


@BACKENDS
def test_the_province_checks_records_under_its_published_rules(service, tmp_path):
    """A rule the province loosened (landlines) is honoured at import, and one it tightened after a laptop
    saved (an age block) refuses the record there, with the rule's own message."""
    from pulut_desktop.domain.status import Status
    from pulut_desktop.outbox.online import sync_online
    from pulut_desktop.province.rules import publish_rules, set_rule
    from tests.outbox.helpers import statuses

    laptop = make_laptop(tmp_path / "laptop", "Laptop Uji", "14.71")
    try:
        enrol_direct(laptop, service.province)
        set_rule(service.store, "phone.mobile_only", "false", actor="admin1")
        publish_rules(service.store, service.keys, actor="admin1")
        sync_online(laptop, service.url)
        assert current_rules(laptop).phone.mobile_only is False
        landline = registrations.save(laptop, make_registration(phone="(0761) 123456"))
        older = registrations.save(laptop, worker(58, 5))  # only a warning under version 1
        registrations.set_status(laptop, [landline.id, older.id], Status.APPROVED)

        set_rule(service.store, "age.block_above", "57", actor="admin1")
        publish_rules(service.store, service.keys, actor="admin1")
        sync_online(laptop, service.url)
        found = statuses(laptop)
        assert found[landline.id] == (Status.ACCEPTED.value, None)
        assert found[older.id][0] == Status.REJECTED.value
        assert found[older.id][1].startswith("age.block_above: Umur 58 tahun: di atas batas program (57 tahun)")
        assert current_rules(laptop).version == 2
    finally:
        laptop.close()
