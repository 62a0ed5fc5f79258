"""20 laptops uploading at once (and one batch twice at the same moment): exactly one row per
registration version, the same receipt for both copies; on SQLite and on PostgreSQL."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from pulut_desktop.domain.status import Status
from pulut_desktop.outbox.export import _prepare
from pulut_desktop.outbox.online import Client
from pulut_desktop.outbox.receipts import apply_receipt
from pulut_desktop.province.models import Batch, NikHolder, RegistrationVersion
from pulut_desktop.storage.models import BatchRow
from tests.outbox.helpers import approve_new, make_laptop, statuses

from .conftest import BACKENDS, enrol_direct

LAPTOPS, PER_LAPTOP = 20, 3


@BACKENDS
def test_twenty_laptops_at_once(service, tmp_path):
    laptops, uploads = [], []
    try:
        for i in range(LAPTOPS):
            laptop = make_laptop(tmp_path / f"l{i}", f"Laptop {i}", "14.71")
            laptops.append(laptop)
            enrol_direct(laptop, service.province)
            for j in range(PER_LAPTOP):
                approve_new(laptop, 100 + i * PER_LAPTOP + j)
            _prepare(laptop, 2000)
            with laptop.reader() as session:
                data = session.scalars(select(BatchRow.file_bytes)).one()
            uploads.append((i, Client(laptop, service.url), data))
        uploads.append((0, Client(laptops[0], service.url), uploads[0][2]))  # the same batch, twice at once

        barrier = threading.Barrier(len(uploads))
        answers: dict[int, list[bytes]] = {}
        errors: list[BaseException] = []

        def upload(index: int, client: Client, data: bytes) -> None:
            try:
                barrier.wait(timeout=30)
                receipt = client.upload(data)
                answers.setdefault(index, []).append(receipt)
            except BaseException as err:  # reported below
                errors.append(err)

        threads = [threading.Thread(target=upload, args=u) for u in uploads]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        for _, client, _ in uploads:
            client.close()
        assert not errors, errors
        assert len(answers[0]) == 2 and answers[0][0] == answers[0][1]

        with service.store.reader() as session:
            assert session.scalar(select(func.count()).select_from(Batch)) == LAPTOPS
            assert session.scalar(select(func.count()).select_from(RegistrationVersion)) == LAPTOPS * PER_LAPTOP
            assert session.scalar(select(func.count()).select_from(NikHolder)) == LAPTOPS * PER_LAPTOP
            distinct = select(RegistrationVersion.registration_id, RegistrationVersion.version).distinct().subquery()
            assert session.scalar(select(func.count()).select_from(distinct)) == LAPTOPS * PER_LAPTOP

        for i, laptop in enumerate(laptops):
            apply_receipt(laptop, answers[i][0])
            assert {s for s, _ in statuses(laptop).values()} == {Status.ACCEPTED.value}
    finally:
        for laptop in laptops:
            laptop.close()
