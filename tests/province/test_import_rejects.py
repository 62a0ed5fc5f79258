"""Damaged, truncated and foreign batches are refused at import with a specific code, and the province
store does not change (a dump of every table is compared)."""

from __future__ import annotations

import random

import pytest

from pulut_desktop.outbox.export import export_batch
from pulut_desktop.province import devices
from pulut_desktop.province.ingest import import_batch
from pulut_desktop.sync.errors import BATCH_CODES, BatchError
from tests.outbox.helpers import approve_new, batch_files, dump_province, enrol, make_laptop, make_province


@pytest.fixture
def one_batch(tmp_path):
    province = make_province(tmp_path / "province")
    laptop = make_laptop(tmp_path / "laptop")
    stick = tmp_path / "stick"
    stick.mkdir()
    device_id = enrol(laptop, province, stick)
    approve_new(laptop, 1)
    export_batch(laptop, stick)
    (path,) = batch_files(stick)
    yield province, laptop, device_id, path.read_bytes()
    laptop.close()
    province.store.close()


def test_every_truncation_and_1000_byte_changes_are_refused(one_batch):
    province, _, _, data = one_batch
    before = dump_province(province)
    codes = set()
    for length in range(len(data)):
        with pytest.raises(BatchError) as caught:
            import_batch(province.store, data[:length], province.keys)
        assert caught.value.code in ("batch.truncated", "batch.bad_magic")  # a prefix of the magic
        codes.add(caught.value.code)
    rng = random.Random(5)
    for _ in range(1000):
        damaged = bytearray(data)
        position = rng.randrange(len(data))
        damaged[position] ^= rng.randrange(1, 256)
        with pytest.raises(BatchError) as caught:
            import_batch(province.store, bytes(damaged), province.keys)
        assert caught.value.code in BATCH_CODES and caught.value.code != "batch.invalid"
        codes.add(caught.value.code)
    assert {"batch.truncated", "batch.bad_signature"} <= codes
    assert dump_province(province) == before
    # The intact batch still imports afterwards.
    assert import_batch(province.store, data, province.keys).status == "processed"


def test_unknown_and_revoked_devices_are_refused(one_batch, tmp_path):
    province, _, device_id, data = one_batch
    other = make_province(tmp_path / "other-province")  # never enrolled this laptop
    before = dump_province(other)
    with pytest.raises(BatchError) as caught:
        import_batch(other.store, data, other.keys)
    assert caught.value.code == "batch.unknown_device"
    assert dump_province(other) == before
    other.store.close()

    devices.revoke(province.store, device_id, "laptop hilang")
    before = dump_province(province)
    with pytest.raises(BatchError) as caught:
        import_batch(province.store, data, province.keys)
    assert caught.value.code == "batch.revoked_device"
    assert dump_province(province) == before


def test_device_code_taken_and_revoked_device_not_re_enrolled(one_batch, tmp_path):
    from pulut_desktop.province.errors import DeviceError
    from pulut_desktop.sync import enrolment as wire

    province, laptop, device_id, _ = one_batch
    data = wire.build_device_request(
        device_key=laptop.signing_key(), device_name="Laptop Siak 1", regency_code="14.08", training=False
    )
    request = wire.parse_device_request(data)
    again, _ = devices.approve(province.store, request, province.keys)
    assert again.id == device_id  # same key: the enrolment already issued
    devices.revoke(province.store, device_id)
    with pytest.raises(DeviceError) as caught:
        devices.approve(province.store, request, province.keys)
    assert caught.value.code == "province.device_revoked"
