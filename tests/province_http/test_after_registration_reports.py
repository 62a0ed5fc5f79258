"""Deaths, claims followed up and renewals counted at the province, on SQLite and PostgreSQL: hand-made
batches from two enrolled devices through the live service's store, then the per-regency reports."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime

from pulut_desktop.province.after_figures import after_registration
from pulut_desktop.province.exits import exits_by_regency
from pulut_desktop.province.ingest import import_batch
from pulut_desktop.province.renewals import renewal_rows
from pulut_desktop.sync import batch
from pulut_desktop.sync.records import exit_record, registration_record

from .conftest import BACKENDS
from .hostile import enrol_by_hand

START = date(2026, 1, 1)


def _send(service, device, records) -> None:
    device.sequence += 1
    data = batch.build_batch(device_id=device.id, sequence=device.sequence, records=records, device_key=device.key,
                             province_public_key=device.province_public)  # fmt: skip
    import_batch(service.store, data, service.keys)


def _exit(reg, kind: str, letter: bool, version: int = 1):
    return exit_record(registration_id=reg.id, version=version, kind=kind, occurred_on=date(2026, 11, 2),
                       source="family", document_reference="SKK 12/2026", officer="rina",
                       recorded_at=datetime(2026, 11, 3, tzinfo=UTC), claim_letter_printed=letter)  # fmt: skip


@BACKENDS
def test_deaths_claims_and_renewals_per_regency(service):
    device = enrol_by_hand(service.store, service.keys)
    other = enrol_by_hand(service.store, service.keys, "Laptop Lain")
    regs = [device.registration(coverage_start=START) for _ in range(4)]
    _send(service, device, [registration_record(r) for r in regs])
    renewed = replace(regs[0], version=2, coverage_start=date(2027, 1, 1))
    _send(service, device, [registration_record(renewed, START), _exit(regs[1], "death", True),
                            _exit(regs[2], "death", False), _exit(regs[3], "moved", False)])  # fmt: skip
    # Another device reports one of them, and a registration nobody holds: refused, nothing overwritten.
    _send(service, other, [_exit(regs[3], "death", True, version=5),
                           exit_record(**{**_exit(regs[0], "death", True).data.model_dump(),
                                          "registration_id": str(uuid.uuid4())})])  # fmt: skip
    # The claim letter printed later for the second death: a higher version replaces the first.
    _send(service, device, [_exit(regs[2], "death", True, version=2)])

    by_regency = {r.regency_code: r for r in exits_by_regency(service.store)}
    pekanbaru, unknown = by_regency["14.71"], by_regency["-"]
    assert (pekanbaru.regency_code, pekanbaru.deaths, pekanbaru.claims_followed_up, pekanbaru.other_exits,
            pekanbaru.refused) == ("14.71", 2, 2, 1, 0)  # fmt: skip
    assert (unknown.regency_code, unknown.refused) == ("-", 1)
    expected = {"regency_code": "14.71", "regency_name": "Kota Pekanbaru", "covered": 4, "renewed": 1, "exited": 3,
                "not_renewed": 0}  # fmt: skip
    assert renewal_rows(service.store, 2027) == [expected]
    (figures,) = after_registration(service.store, 2027)
    assert (figures.renewed, figures.deaths, figures.claims_followed_up, figures.awaiting_bpjs) == (1, 2, 2, 4)
