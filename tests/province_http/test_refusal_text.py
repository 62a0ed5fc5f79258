"""A refusal from the live service reaches the laptop as the server's own filled-in sentence, in
Indonesian by default: no ``{device_id}`` placeholder is ever shown."""

from __future__ import annotations

import pytest

from pulut_desktop import messages
from pulut_desktop.outbox.export import _prepare
from pulut_desktop.outbox.online import Client, ServerRefused
from pulut_desktop.province import devices
from pulut_desktop.storage.models import BatchRow
from tests.outbox.helpers import approve_new, make_laptop

from .conftest import enrol_direct


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_revoked_laptop_sees_the_filled_indonesian_refusal(service, tmp_path):
    from sqlalchemy import select

    laptop = make_laptop(tmp_path / "laptop", "Laptop Uji", "14.71")
    try:
        device_id = enrol_direct(laptop, service.province)
        approve_new(laptop, 1)
        _prepare(laptop, 2000)
        with laptop.reader() as session:
            data = session.scalars(select(BatchRow.file_bytes)).one()
        devices.revoke(service.store, device_id, "laptop dicuri")
        client = Client(laptop, service.url, sleep=lambda _s: None)
        with pytest.raises(ServerRefused) as caught:
            client.upload(data)
        client.close()
        shown = messages.error_text(caught.value, "id")
        assert "{" not in shown and device_id in shown, shown
        assert "dicabut" in shown  # the server's Indonesian sentence
        assert "{" not in messages.error_text(caught.value, "en")
    finally:
        laptop.close()
