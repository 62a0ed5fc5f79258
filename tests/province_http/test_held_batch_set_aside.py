"""A batch the province holds (a cloned laptop reusing a sequence) is set aside on the laptop with
the province's Indonesian reason, and ``pulut-desktop sync`` still sends the batches after it."""

from __future__ import annotations

import io
import shutil

from sqlalchemy import select

from pulut_desktop import cli
from pulut_desktop.domain.status import Status
from pulut_desktop.outbox.ledger import ledger
from pulut_desktop.province.models import HeldBatch
from pulut_desktop.services.setup import log_in
from tests.conftest import PASSWORD
from tests.outbox.helpers import approve_new, make_laptop, statuses

from .conftest import enrol_direct, free_port


def _sync(monkeypatch, capsys, root, url: str, lang: str = "id") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    argv = ["--data-dir", str(root), "--lang", lang, "sync", "--user", "super", "--password-stdin", "--server", url]
    code = cli.main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_held_batch_is_set_aside_and_later_batches_still_go(service, tmp_path, monkeypatch, capsys):
    original, clone = tmp_path / "laptop", tmp_path / "clone"
    laptop = make_laptop(original)
    enrol_direct(laptop, service.province)
    laptop.close()
    shutil.copytree(original, clone)  # someone copies the enrolled laptop's data folder

    with log_in(original, "super", PASSWORD) as store:
        approve_new(store, 1)
    code, out, err = _sync(monkeypatch, capsys, original, service.url)
    assert code == 0, err  # batch 1 of the device

    with log_in(clone, "super", PASSWORD) as store:
        first = approve_new(store, 2)
    code, _, _ = _sync(monkeypatch, capsys, clone, f"http://127.0.0.1:{free_port()}")
    assert code != 0  # nobody listening: its own batch 1 is sealed and waits
    with log_in(clone, "super", PASSWORD) as store:
        second = approve_new(store, 3)

    code, out, err = _sync(monkeypatch, capsys, clone, service.url)
    assert code == 0, err
    assert "1 kiriman terkirim, 1 diterima" in out
    assert "Kiriman nomor 1 disisihkan, provinsi menahannya (province.batch_held)" in out
    with service.store.reader() as session:
        (held,) = session.scalars(select(HeldBatch)).all()
        assert (held.sequence, held.reason) == (1, "sequence_reused")
    with log_in(clone, "super", PASSWORD) as store:
        rows = {r.sequence: r for r in ledger(store).rows}
        assert rows[1].status == "held" and rows[1].error_code == "province.batch_held"
        assert rows[1].error_message and "1" in rows[1].error_message
        assert rows[2].status == "acknowledged" and rows[2].accepted == 1
        assert ledger(store).unacknowledged == [] and ledger(store).gap == []
        assert statuses(store)[second][0] == Status.ACCEPTED.value
        assert statuses(store)[first][0] == Status.SENT.value  # the province keeps it in its held list

    code, out, err = _sync(monkeypatch, capsys, clone, service.url)  # the held batch is not retried
    assert code == 0, err
    assert "0 kiriman terkirim" in out and "disisihkan" not in out
    with service.store.reader() as session:
        assert len(session.scalars(select(HeldBatch)).all()) == 1
