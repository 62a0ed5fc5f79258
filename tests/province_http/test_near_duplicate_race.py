"""20 laptops upload the same person (same name and birth date) under 20 different NIKs at the same
moment, on PostgreSQL: exactly one is accepted and 19 are held for review, in 10 rounds in a row (the
per-person advisory lock; without it 15, 3 and 1 were accepted in three runs)."""

from __future__ import annotations

from datetime import date
from functools import partial

import httpx
import pytest
from sqlalchemy import func, select

from pulut_desktop.province.models import ReviewCase
from pulut_desktop.sync import receipt as receipt_format

from .crowd import at_once
from .hostile import enrol_by_hand, signed_post

LAPTOPS, ROUNDS = 20, 10


@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_one_person_under_twenty_niks_at_once(service):
    laptops = [enrol_by_hand(service.store, service.keys, f"Laptop {i}") for i in range(LAPTOPS)]
    signing = service.keys.signing.public_key()

    def upload(laptop, data) -> list[str]:
        with httpx.Client(timeout=60, trust_env=False) as http:
            response = signed_post(http, service.url, laptop, "/v1/batches", data)
        assert response.status_code == 200, response.text
        parsed = receipt_format.parse_receipt(response.content, province_signing_keys=signing)
        return [r.status.value for r in parsed.records]

    for round_ in range(ROUNDS):
        person = {"full_name": f"RAHMAT HIDAYAT PUTRA {round_}", "birth_date": date(1985, 7, 1 + round_)}
        uploads = [(laptop, laptop.batch([laptop.registration(**person)])) for laptop in laptops]

        outcomes = [status for answer in at_once([partial(upload, *u) for u in uploads]) for status in answer]
        assert sorted(outcomes) == ["accepted"] + ["held_for_review"] * (LAPTOPS - 1), (round_, outcomes)
    with service.store.reader() as session:
        assert session.scalar(select(func.count()).select_from(ReviewCase)) == ROUNDS * (LAPTOPS - 1)
