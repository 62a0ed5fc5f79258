"""Property: replaying batches any number of times, in any order, gives each batch the same receipt
bytes every time and never a duplicate row."""

from __future__ import annotations

import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from pulut_desktop.outbox.export import export_batch
from pulut_desktop.province.ingest import import_batch
from pulut_desktop.province.keys import unlock
from pulut_desktop.province.models import Batch, NikHolder, RegistrationVersion
from pulut_desktop.province.store import ProvinceStore
from tests.outbox.helpers import PASSPHRASE, approve_new, batch_files, enrol, make_laptop, make_province


@pytest.fixture(scope="module")
def material(tmp_path_factory):
    """Five batches from two laptops (one NIK on both), and a province template to copy per example."""
    root = tmp_path_factory.mktemp("replay")
    province = make_province(root / "province")
    files = []
    for name, niks in (("a", [(1,), (2, 3), (4,)]), ("b", [(1,), (5,)])):
        laptop = make_laptop(root / name, f"Laptop {name}")
        stick = root / f"stick-{name}"
        stick.mkdir()
        enrol(laptop, province, stick)
        for group in niks:
            for n in group:
                approve_new(laptop, n)
            export_batch(laptop, stick)
        files += [p.read_bytes() for p in batch_files(stick)]
        laptop.close()
    province.store.close()
    return root / "province", files


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.lists(st.integers(min_value=0, max_value=4), min_size=1, max_size=15))
def test_replay_gives_same_receipt_and_no_duplicate_rows(material, tmp_path_factory, order):
    template, files = material
    copy = tmp_path_factory.mktemp("province-copy")
    shutil.copytree(template, copy, dirs_exist_ok=True)
    store = ProvinceStore.open(copy)
    keys = unlock(store, PASSPHRASE)
    try:
        first: dict[int, bytes] = {}
        for index in order:
            receipt = import_batch(store, files[index], keys).receipt
            assert first.setdefault(index, receipt) == receipt
        with store.reader() as session:
            versions = session.scalar(select(func.count()).select_from(RegistrationVersion))
            batches = session.scalar(select(func.count()).select_from(Batch))
            holders = session.scalar(select(func.count()).select_from(NikHolder))
        distinct = set(order)
        expected_versions = sum({0: 1, 1: 2, 2: 1, 3: 1, 4: 1}[i] for i in distinct)
        assert (versions, batches) == (expected_versions, len(distinct))
        niks = {0: {1}, 1: {2, 3}, 2: {4}, 3: {1}, 4: {5}}
        assert holders == len(set().union(*(niks[i] for i in distinct)))
    finally:
        store.close()
