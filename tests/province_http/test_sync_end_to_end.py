"""A laptop enrols online and syncs end to end over HTTP, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from pulut_desktop.domain.status import Status
from pulut_desktop.outbox import reference
from pulut_desktop.outbox.ledger import ledger
from pulut_desktop.outbox.online import enrol_online, sync_online
from pulut_desktop.province import devices
from pulut_desktop.province.models import Batch, RegistrationVersion
from pulut_desktop.storage import audit
from pulut_desktop.sync import batch as batch_module
from pulut_desktop.sync.keys import device_code_of
from tests.outbox.helpers import approve_new, make_laptop, nik, statuses

from .conftest import BACKENDS, enrol_direct


@BACKENDS
def test_laptops_enrol_online_and_sync(service, tmp_path):
    siak = make_laptop(tmp_path / "siak", "Laptop Siak 1", "14.08")
    kampar = make_laptop(tmp_path / "kampar", "Laptop Kampar 1", "14.01")
    try:
        # Siak asks online; the admin approves while the laptop polls.
        info = enrol_online(
            siak, service.url, [service.province.keys_file], poll_interval=0.05, timeout=10,
            on_posted=lambda rid: devices.approve_online(service.store, rid, service.keys),
        )  # fmt: skip
        enrol_direct(kampar, service.province)

        shared = approve_new(siak, 1)
        own = approve_new(siak, 2)
        result = sync_online(siak, service.url)
        assert result.sent == [1] and result.totals() == {"accepted": 2, "duplicate": 0, "rejected": 0}
        assert result.bundle_replaced

        k_shared = approve_new(kampar, 1)
        result = sync_online(kampar, service.url)
        assert result.totals() == {"accepted": 0, "duplicate": 1, "rejected": 0}

        s, k = statuses(siak), statuses(kampar)
        assert s[shared][0] == s[own][0] == Status.ACCEPTED.value
        assert k[k_shared][0] == Status.DUPLICATE.value
        assert not ledger(siak).unacknowledged and ledger(siak).contiguous_through == 1

        # The reference bundle: both devices' keys, and the roster knows Siak's NIKs.
        sync_online(siak, service.url)  # nothing to send; fetches the newer bundle
        keys = reference.known_device_keys(siak)
        assert device_code_of(siak.signing_key()) in keys and device_code_of(kampar.signing_key()) in keys
        assert reference.probably_registered_elsewhere(kampar, nik(2))
        assert not reference.probably_registered_elsewhere(kampar, nik(999))
        assert info.device_id

        with service.store.reader() as session:
            assert session.scalar(select(func.count()).select_from(Batch)) == 2
            assert session.scalar(select(func.count()).select_from(RegistrationVersion)) == 3
    finally:
        siak.close()
        kampar.close()


def test_laptop_clock_a_year_off_still_syncs(service, tmp_path, monkeypatch):
    laptop = make_laptop(tmp_path / "late", "Laptop Telat", "14.71")
    try:
        enrol_direct(laptop, service.province)
        rid = approve_new(laptop, 3)
        real_now, real_utc = batch_module.now_utc, audit.utcnow
        monkeypatch.setattr(batch_module, "now_utc", lambda: real_now() - timedelta(days=365))
        monkeypatch.setattr(audit, "utcnow", lambda: real_utc() - timedelta(days=365))
        result = sync_online(laptop, service.url)
        assert result.sent == [1]
        assert statuses(laptop)[rid][0] == Status.ACCEPTED.value
    finally:
        laptop.close()
