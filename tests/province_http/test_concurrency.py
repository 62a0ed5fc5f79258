"""20 laptops uploading at once (and one batch twice at the same moment): exactly one row per
registration version, the same receipt for both copies; on SQLite and on PostgreSQL."""

from __future__ import annotations

from functools import partial

from sqlalchemy import func, select

from pulut_desktop.domain.status import Status
from pulut_desktop.outbox.online import Client
from pulut_desktop.outbox.receipts import apply_receipt
from pulut_desktop.province.models import Batch, NikHolder, RegistrationVersion
from tests.outbox.helpers import statuses

from .conftest import BACKENDS
from .counters import all_counters, fresh_group_by
from .crowd import at_once, laptop_with_batch

LAPTOPS, PER_LAPTOP = 20, 3


@BACKENDS
def test_twenty_laptops_at_once(service, tmp_path):
    laptops, uploads = [], []
    try:
        for i in range(LAPTOPS):
            numbers = range(100 + i * PER_LAPTOP, 100 + (i + 1) * PER_LAPTOP)
            laptop, _, data = laptop_with_batch(tmp_path / f"l{i}", f"Laptop {i}", service.province, numbers)
            laptops.append(laptop)
            uploads.append((Client(laptop, service.url), data))
        uploads.append((Client(laptops[0], service.url), uploads[0][1]))  # the same batch, twice at once

        receipts = at_once([partial(client.upload, data) for client, data in uploads])
        for client, _ in uploads:
            client.close()
        assert receipts[0] == receipts[-1]

        with service.store.reader() as session:
            assert session.scalar(select(func.count()).select_from(Batch)) == LAPTOPS
            assert session.scalar(select(func.count()).select_from(RegistrationVersion)) == LAPTOPS * PER_LAPTOP
            assert session.scalar(select(func.count()).select_from(NikHolder)) == LAPTOPS * PER_LAPTOP
            distinct = select(RegistrationVersion.registration_id, RegistrationVersion.version).distinct().subquery()
            assert session.scalar(select(func.count()).select_from(distinct)) == LAPTOPS * PER_LAPTOP
            assert all_counters(session) == fresh_group_by(session)  # counters kept right under concurrency

        for i, laptop in enumerate(laptops):
            apply_receipt(laptop, receipts[i])
            assert {s for s, _ in statuses(laptop).values()} == {Status.ACCEPTED.value}
    finally:
        for laptop in laptops:
            laptop.close()
