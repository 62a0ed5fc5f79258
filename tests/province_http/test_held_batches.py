"""A batch whose sequence another file already used is held; ``pulut-province held list | show |
discard`` sees it, drops it and writes the decision to the event log."""

from __future__ import annotations

from sqlalchemy import select

from pulut_desktop.province import cli as province_cli
from pulut_desktop.province.keys import create_keys
from pulut_desktop.province.models import Batch, Event, HeldBatch, RegistrationVersion
from pulut_desktop.province.store import ProvinceStore
from pulut_desktop.sync.receipt import parse_receipt
from tests.outbox.helpers import PASSPHRASE

from .hostile import enrol_by_hand, put_on_stick


def test_held_batch_listed_shown_and_discarded(tmp_path, capsys, monkeypatch):
    root = tmp_path / "province"
    monkeypatch.setenv(province_cli.PASSPHRASE_ENV, PASSPHRASE)
    with ProvinceStore.open(root, create=True) as store:
        keys = create_keys(store, PASSPHRASE, name="Provinsi Uji", training=True)
        device = enrol_by_hand(store, keys)
    argv = ["--data-dir", str(root)]
    put_on_stick(tmp_path / "stick-1", device.batch([device.registration()]), device)
    assert province_cli.main([*argv, "import", str(tmp_path / "stick-1")]) == 0
    device.sequence = 0  # the same sequence again, other bytes
    put_on_stick(tmp_path / "stick-2", device.batch([device.registration()]), device)
    assert province_cli.main([*argv, "import", str(tmp_path / "stick-2")]) == 2  # held: said plainly
    capsys.readouterr()

    assert province_cli.main([*argv, "held", "list"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    prefix, device_id, sequence, _, reason, _ = line.split("\t")
    assert (device_id, sequence, reason) == (device.id, "1", "sequence_reused")
    assert province_cli.main([*argv, "held", "show", prefix]) == 0
    shown = dict(row.split("\t", 1) for row in capsys.readouterr().out.splitlines())
    assert shown["reason"] == "sequence_reused" and shown["stored_batch_id"] != shown["batch_id"]
    assert province_cli.main([*argv, "held", "show", "deadbeef"]) == 2  # unknown: a clear refusal
    assert province_cli.main([*argv, "held", "discard", prefix, "--note", "salinan rusak"]) == 0
    capsys.readouterr()
    assert province_cli.main([*argv, "held", "list"]) == 0
    assert capsys.readouterr().out == ""
    with ProvinceStore.open(root) as store, store.reader() as session:
        assert session.scalars(select(HeldBatch)).first() is None
        event = session.scalars(select(Event).where(Event.action == "batch.held_discarded")).one()
        assert event.details["note"] == "salinan rusak" and event.details["sequence"] == 1


def test_held_batch_released_once_as_itself(tmp_path, capsys, monkeypatch):
    root = tmp_path / "province"
    monkeypatch.setenv(province_cli.PASSPHRASE_ENV, PASSPHRASE)
    with ProvinceStore.open(root, create=True) as store:
        keys = create_keys(store, PASSPHRASE, name="Provinsi Uji", training=True)
        device = enrol_by_hand(store, keys)
    argv = ["--data-dir", str(root)]
    put_on_stick(tmp_path / "stick-1", device.batch([device.registration()]), device)
    assert province_cli.main([*argv, "import", str(tmp_path / "stick-1")]) == 0
    device.sequence = 0
    clone_regs = [device.registration(), device.registration()]
    held_file = put_on_stick(tmp_path / "stick-2", device.batch(clone_regs), device)
    assert province_cli.main([*argv, "import", str(tmp_path / "stick-2")]) == 2
    with ProvinceStore.open(root) as store, store.reader() as session:
        held = session.scalars(select(HeldBatch)).one()
    capsys.readouterr()

    assert province_cli.main([*argv, "held", "release", held.file_sha256[:12], "--note", "laptop kloning"]) == 0
    out = capsys.readouterr().out
    assert f"dilepaskan dan diimpor sebagai kiriman {held.batch_id}: 2 diterima, 0 lainnya" in out
    assert province_cli.main([*argv, "held", "release", held.file_sha256[:12]]) == 2  # exactly once
    assert province_cli.main([*argv, "import", str(held_file)]) == 0  # the same file again: redelivered
    with ProvinceStore.open(root) as store, store.reader() as session:
        assert session.scalars(select(HeldBatch)).first() is None
        batches = session.scalars(select(Batch).where(Batch.sequence == 1)).all()
        assert sorted(b.released_from_hold for b in batches) == [False, True]
        released = session.get(Batch, held.batch_id)
        assert released.released_from_hold and released.file_sha256 == held.file_sha256 and released.receipt
        stored = session.scalars(select(RegistrationVersion).where(RegistrationVersion.batch_id == held.batch_id))
        assert sorted(r.registration_id for r in stored) == sorted(r.id for r in clone_regs)
        assert all(r.status == "accepted" for r in stored)
        events = session.scalars(select(Event).where(Event.action == "batch.held_released")).all()
        assert len(events) == 1 and events[0].details["note"] == "laptop kloning"
        assert events[0].details["counts"] == {"accepted": 2}
        receipt = parse_receipt(
            released.receipt, province_signing_keys=[keys.signing.public_key()], device_id=device.id
        )
        assert (receipt.batch_id, receipt.sequence, receipt.contiguous_through) == (held.batch_id, 1, 1)
        assert {r.registration_id for r in receipt.records} == {r.id for r in clone_regs}

    device.sequence = 1  # the device carries on: sequence 2 is imported as usual
    put_on_stick(tmp_path / "stick-3", device.batch([device.registration()]), device)
    assert province_cli.main([*argv, "import", str(tmp_path / "stick-3")]) == 0


def test_keys_export_public_writes_the_laptop_trust_file(tmp_path, monkeypatch):
    root = tmp_path / "province"
    with ProvinceStore.open(root, create=True) as store:
        create_keys(store, PASSPHRASE, name="Provinsi Uji", training=True)
    out = tmp_path / "keys.json"
    assert province_cli.main(["--data-dir", str(root), "keys", "export-public", "--out", str(out)]) == 0
    assert out.read_bytes() == (root / "province-keys.json").read_bytes()
    assert b"PRIVATE" not in out.read_bytes()
    assert oct(root.stat().st_mode & 0o777) == "0o700"
    assert oct((root / "province.db").stat().st_mode & 0o777) == "0o600"
