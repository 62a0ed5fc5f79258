"""A renewal is checked at both ends: the laptop refuses one for a worker who died, that overlaps the
last period or changes the NIK; the province refuses (per record, the batch goes on) a renewal of a
period it never accepted from that device, one that overlaps, and another device's."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from pulut_desktop.domain.errors import ValidationError
from pulut_desktop.domain.status import Status
from pulut_desktop.province.ingest import import_batch
from pulut_desktop.province.quotas import accepted_counts
from pulut_desktop.services import exits, renewals
from pulut_desktop.sync import batch
from pulut_desktop.sync import receipt as receipt_format
from pulut_desktop.sync.records import registration_record
from tests.outbox.helpers import approve_new, enrol, make_laptop, make_province, round_trip_by_stick
from tests.province_http.hostile import enrol_by_hand

START = date(2026, 1, 1)


def _send(province, device, *records):
    device.sequence += 1
    data = batch.build_batch(device_id=device.id, sequence=device.sequence, records=list(records),
                             device_key=device.key, province_public_key=device.province_public)  # fmt: skip
    receipt = receipt_format.parse_receipt(
        import_batch(province.store, data, province.keys).receipt,
        province_signing_keys=province.keys.signing.public_key(),
    )
    return {(r.registration_id, r.version): (r.status.value, r.code) for r in receipt.records}


def test_the_province_checks_every_renewal(tmp_path):
    province = make_province(tmp_path / "province")
    try:
        device = enrol_by_hand(province.store, province.keys)
        other = enrol_by_hand(province.store, province.keys, "Laptop Lain")
        reg = device.registration(coverage_start=START)
        assert _send(province, device, registration_record(reg)) == {(reg.id, 1): ("accepted", None)}

        wrong = replace(reg, version=2, coverage_start=date(2027, 1, 1))
        overlap = replace(reg, version=3, coverage_start=date(2026, 6, 1))
        good = replace(reg, version=4, coverage_start=date(2027, 1, 1), phone="+6281311112222")
        answers = _send(province, device, registration_record(wrong, date(2025, 1, 1)),
                        registration_record(overlap, START), registration_record(good, START))  # fmt: skip
        assert answers == {
            (reg.id, 2): ("rejected", "province.renewal_unknown_period"),
            (reg.id, 3): ("rejected", "province.renewal_overlaps"),
            (reg.id, 4): ("accepted", None),
        }
        stolen = replace(reg, version=5, coverage_start=date(2028, 1, 1))
        assert _send(province, other, registration_record(stolen, date(2027, 1, 1)))[(reg.id, 5)][0] == "rejected"
        with province.store.reader() as session:
            counts = accepted_counts(session)
        assert counts[(2026, "14.71", "APBD")] == 1 and counts[(2027, "14.71", "APBD")] == 1
        assert (2028, "14.71", "APBD") not in counts
    finally:
        province.store.close()


def test_the_laptop_refuses_a_renewal_that_cannot_be(tmp_path):
    province = make_province(tmp_path / "province")
    laptop = make_laptop(tmp_path / "laptop", "Laptop Pekanbaru", "14.71")
    stick = tmp_path / "stick"
    stick.mkdir()
    try:
        enrol(laptop, province, stick)
        alive, dead = approve_new(laptop, 1, coverage_start=START), approve_new(laptop, 2, coverage_start=START)
        waiting = approve_new(laptop, 3, coverage_start=START)
        round_trip_by_stick(laptop, province, stick)
        later = approve_new(laptop, 4, coverage_start=START)
        with pytest.raises(ValidationError) as err:
            renewals.prepare_renewal(laptop, later)
        assert err.value.code == "renewal.not_accepted"

        proposed = renewals.prepare_renewal(laptop, alive)
        assert (proposed.coverage_start, proposed.coverage_months) == (date(2027, 1, 1), 12)
        for change, code in (({"coverage_start": date(2026, 6, 1)}, "renewal.overlaps"),
                             ({"nik": "1471014508900009"}, "renewal.nik_changed")):  # fmt: skip
            with pytest.raises(ValidationError) as err:
                renewals.renew_registration(laptop, replace(proposed, **change))
            assert err.value.code == code
        saved = renewals.renew_registration(laptop, proposed)
        assert saved.status in (Status.READY, Status.APPROVED) and saved.coverage_start == date(2027, 1, 1)

        exits.record_exit(laptop, dead, kind="death", occurred_on=date(2026, 11, 1), source="family")
        with pytest.raises(ValidationError) as err:
            renewals.renew_registration(laptop, renewals.prepare_renewal(laptop, dead))
        assert err.value.code == "renewal.worker_exited"
        worklist = renewals.load_renewal_worklist(laptop, today=date(2026, 12, 1))
        listed = {w.registration_id for ws in worklist.by_village.values() for w in ws}
        assert listed == {waiting}  # renewed, dead and not yet accepted are not due
        assert renewals.load_renewal_worklist(laptop, today=date(2027, 1, 5)).lapsed == 1
        assert renewals.load_renewal_worklist(laptop, today=date(2026, 9, 1)).due == 0  # 60 days ahead only
    finally:
        laptop.close()
        province.store.close()
