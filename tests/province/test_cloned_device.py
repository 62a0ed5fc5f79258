"""A cloned laptop (its data dir copied to a second machine) signs with the same device key. Both copies
number their next batch the same; the province stores the first and holds the second for an
administrator instead of accepting two different batches under one sequence (issue 9, rogue device)."""

import shutil

from sqlalchemy import func, select

from pulut_desktop.outbox.export import export_batch
from pulut_desktop.province.ingest import HELD, PROCESSED, import_paths
from pulut_desktop.province.models import HeldBatch, RegistrationVersion
from pulut_desktop.storage.store import Store
from tests.conftest import PASSWORD
from tests.outbox.helpers import approve_new, enrol, make_laptop, make_province, receipt_files


def test_a_clone_reusing_a_sequence_is_held_not_accepted(tmp_path):
    province = make_province(tmp_path / "province")
    original = make_laptop(tmp_path / "original")
    stick_a, stick_b = tmp_path / "stick-a", tmp_path / "stick-b"
    stick_a.mkdir()
    stick_b.mkdir()
    enrol(original, province, stick_a)
    original.close()
    shutil.copytree(tmp_path / "original", tmp_path / "clone")
    original = Store.open(tmp_path / "original", "super", PASSWORD)
    clone = Store.open(tmp_path / "clone", "super", PASSWORD)

    approve_new(original, 1)
    approve_new(clone, 2)  # someone else, registered on the copy
    assert export_batch(original, stick_a).new_sequences == [1]
    assert export_batch(clone, stick_b).new_sequences == [1]

    assert [o.status for o in import_paths(province.store, [stick_a], province.keys)] == [PROCESSED]
    held = import_paths(province.store, [stick_b], province.keys)
    assert [o.status for o in held] == [HELD]
    assert receipt_files(stick_b) == []  # no receipt: the clone's records are not marked accepted
    with province.store.reader() as session:
        assert session.scalar(select(func.count()).select_from(RegistrationVersion)) == 1
        assert session.scalar(select(func.count()).select_from(HeldBatch)) == 1
    original.close()
    clone.close()
    province.store.close()
