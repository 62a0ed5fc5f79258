"""The USB round trip through both command lines (in-process, passwords on stdin)."""

from __future__ import annotations

import io

from pulut_desktop import cli
from pulut_desktop.domain.status import Status
from pulut_desktop.province import cli as province_cli
from pulut_desktop.storage.store import Store
from tests.conftest import PASSWORD
from tests.outbox.helpers import PASSPHRASE, approve_new, batch_files, receipt_files, statuses


def _run(monkeypatch, main, argv, stdin=""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(argv)


def test_cli_round_trip(tmp_path, monkeypatch, capsys):
    laptop_dir, province_dir, stick = tmp_path / "laptop", tmp_path / "province", tmp_path / "stick"
    stick.mkdir()
    p = ["--data-dir", str(province_dir), "--passphrase-stdin"]
    assert _run(monkeypatch, province_cli.main, [*p, "init", "--name", "Uji"], PASSPHRASE + "\n") == 0
    assert (province_dir / "province-keys.json").exists()

    d = ["--data-dir", str(laptop_dir)]
    login = ["--user", "super", "--password-stdin"]
    init = [*d, "init", *login, "--name", "Sri", "--device-name", "Laptop Uji", "--regency", "14.08"]
    assert _run(monkeypatch, cli.main, init, PASSWORD + "\n") == 0
    store = Store.open(laptop_dir, "super", PASSWORD)
    rid = approve_new(store, 1)
    store.close()

    assert _run(monkeypatch, cli.main, [*d, "export", *login, "--to", str(stick)], PASSWORD + "\n") == 2
    assert "belum terdaftar" in capsys.readouterr().err  # not enrolled yet: a clear message

    assert _run(monkeypatch, cli.main, [*d, "device-request", *login, "--to", str(stick)], PASSWORD + "\n") == 0
    assert _run(monkeypatch, province_cli.main, [*p, "devices", "list", "--requests", str(stick)]) == 0
    assert "Laptop Uji" in capsys.readouterr().out
    assert _run(monkeypatch, province_cli.main, [*p, "devices", "approve", str(stick)], PASSPHRASE + "\n") == 0
    keys = str(province_dir / "province-keys.json")
    enrol = [*d, "enrol", *login, "--from", str(stick), "--province-keys", keys]
    assert _run(monkeypatch, cli.main, enrol, PASSWORD + "\n") == 0

    assert _run(monkeypatch, cli.main, [*d, "export", *login, "--to", str(stick)], PASSWORD + "\n") == 0
    assert len(batch_files(stick)) == 1
    assert _run(monkeypatch, province_cli.main, [*p, "import", str(stick)], PASSPHRASE + "\n") == 0
    assert len(receipt_files(stick)) == 1
    assert _run(monkeypatch, province_cli.main, [*p, "receipts", "list"]) == 0
    capsys.readouterr()
    assert _run(monkeypatch, cli.main, [*d, "apply-receipts", *login, "--from", str(stick)], PASSWORD + "\n") == 0
    assert "1 diterima" in capsys.readouterr().out
    assert _run(monkeypatch, cli.main, [*d, "ledger", *login], PASSWORD + "\n") == 0
    assert "acknowledged" in capsys.readouterr().out

    store = Store.open(laptop_dir, "super", PASSWORD)
    try:
        assert statuses(store)[rid][0] == Status.ACCEPTED.value
    finally:
        store.close()

    # Wrong passphrase at the province: a clear error, nothing imported.
    assert _run(monkeypatch, province_cli.main, [*p, "import", str(stick)], "salah-salah\n") == 2
    assert "Frasa sandi" in capsys.readouterr().err


def test_a_stored_registration_that_breaks_the_batch_format_is_named_and_nothing_changes(tmp_path, monkeypatch, capsys):
    """A row the wire schema refuses (written before a rule, or edited outside the app) stops the export with the
    registration's number and the field, in Indonesian; nothing is sealed or marked sent."""
    from sqlalchemy import text

    from pulut_desktop.outbox.errors import RegistrationNotSendable
    from pulut_desktop.outbox.export import export_batch
    from pulut_desktop.storage import registrations
    from tests.outbox.helpers import enrol, make_laptop, make_province

    province = make_province(tmp_path / "province")
    laptop_dir, stick = tmp_path / "laptop", tmp_path / "stick"
    stick.mkdir()
    laptop = make_laptop(laptop_dir)
    enrol(laptop, province, stick)
    good, bad = approve_new(laptop, 1), approve_new(laptop, 2)
    with laptop.session() as session:
        session.execute(text("UPDATE registrations SET full_name = :n WHERE id = :i"), {"n": "X" * 300, "i": bad})
    number = registrations.get(laptop, bad).registration_number
    try:
        export_batch(laptop, stick)
    except RegistrationNotSendable as err:
        assert err.params == {"number": number, "field": "full_name"}
    else:
        raise AssertionError("the export sealed a registration the batch format refuses")
    laptop.close()
    province.store.close()

    login = ["--data-dir", str(laptop_dir), "--user", "super", "--password-stdin"]
    assert _run(monkeypatch, cli.main, [*login[:2], "export", *login[2:], "--to", str(stick)], PASSWORD + "\n") == 2
    err = capsys.readouterr().err
    assert f"Pendaftaran {number} tidak bisa dikirim: isian full_name" in err
    assert batch_files(stick) == []
    laptop = Store.open(laptop_dir, "super", PASSWORD)
    assert {rid: status for rid, (status, _reason) in statuses(laptop).items()} == {
        good: Status.APPROVED.value,
        bad: Status.APPROVED.value,
    }
    laptop.close()
