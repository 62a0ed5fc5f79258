"""Deaths and exits: recorded on the laptop (audited), carried in the next batch, checked and stored at
the province, reported per regency by ``pulut-province exits-report`` (a real process)."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from datetime import UTC, date, datetime, timedelta

import pydantic
import pytest
from sqlalchemy import select

from pulut_desktop.domain.errors import ValidationError
from pulut_desktop.domain.reference import regions
from pulut_desktop.domain.registration import Heir, HeirRelationship
from pulut_desktop.domain.status import Status
from pulut_desktop.outbox.enrolment import require_enrolment
from pulut_desktop.province.after_figures import after_registration
from pulut_desktop.province.ingest import PROCESSED, import_batch
from pulut_desktop.province.models import WorkerExit
from pulut_desktop.services import exits
from pulut_desktop.storage.exits import unsent_exits
from pulut_desktop.sync import batch as batch_format
from pulut_desktop.sync.records import RECORD_ADAPTER, exit_record
from tests.outbox.helpers import (
    approve_new,
    enrol,
    make_laptop,
    make_province,
    round_trip_by_stick,
    statuses,
)
from tests.services.helpers import audited

TODAY = date.today()


@pytest.fixture
def world(tmp_path):
    province = make_province(tmp_path / "province")
    siak = make_laptop(tmp_path / "siak", "Laptop Siak 1", "14.08")
    kampar = make_laptop(tmp_path / "kampar", "Laptop Kampar 1", "14.01")
    stick = tmp_path / "stick"
    stick.mkdir()
    enrol(siak, province, stick)
    enrol(kampar, province, stick)
    yield province, siak, kampar, stick
    siak.close()
    kampar.close()
    province.store.close()


def _province_exits(province) -> dict[str, WorkerExit]:
    with province.store.reader() as session:
        rows = session.scalars(select(WorkerExit)).all()
        for row in rows:
            session.expunge(row)
        return {r.registration_id: r for r in rows}


def test_death_and_exit_reach_the_province_and_the_report(world, tmp_path):
    province, siak, kampar, stick = world
    heirs = [Heir("Ahmad Yani", HeirRelationship.SPOUSE), Heir("Rina", HeirRelationship.CHILD)]
    dead = approve_new(siak, 1, heirs=heirs)
    moved = approve_new(siak, 2)
    pending = approve_new(siak, 3)
    round_trip_by_stick(siak, province, stick)
    assert statuses(siak)[dead][0] == Status.ACCEPTED.value

    # Not a member yet (approved, never sent): refused before anything is written.
    approve_new(siak, 4)
    unsent = approve_new(siak, 5)
    with pytest.raises(exits.NotAMember):
        exits.record_exit(siak, unsent, kind="death", occurred_on=TODAY, source="family")
    with pytest.raises(ValidationError) as err:
        exits.record_exit(siak, dead, kind="death", occurred_on=TODAY + timedelta(days=1), source="family")
    assert err.value.code == "exit.date_future"
    with pytest.raises(ValidationError) as err:
        exits.record_exit(siak, dead, kind="death", occurred_on=TODAY, source="worker")
    assert err.value.code == "exit.death_from_worker"
    assert not audited(siak, "exit.recorded")

    recorded = exits.record_exit(siak, dead, kind="death", occurred_on=TODAY - timedelta(days=3),
                                 source="village", document_reference="  474.3 /  12 / 2026 ")  # fmt: skip
    assert recorded.document_reference == "474.3 / 12 / 2026" and recorded.version == 1
    path = exits.print_claim_letter(siak, dead)
    assert path.exists() and path.read_bytes().startswith(b"%PDF")
    exits.record_exit(siak, moved, kind="moved", occurred_on=TODAY, source="worker")
    corrected = exits.record_exit(siak, moved, kind="withdrawn", occurred_on=TODAY, source="worker")
    assert corrected.version == 2
    assert [e.details["changed"] for e in audited(siak, "exit.corrected")] == [{"kind": ["moved", "withdrawn"]}]
    assert len(audited(siak, "exit.recorded")) == 2 and len(audited(siak, "exit.claim_letter")) == 1

    round_trip_by_stick(siak, province, stick)
    stored = _province_exits(province)
    assert stored[dead].status == "recorded" and stored[dead].kind == "death"
    assert stored[dead].claim_letter_printed and stored[dead].regency_code == "14.71"
    assert stored[dead].document_reference == "474.3 / 12 / 2026"
    assert stored[moved].kind == "withdrawn" and stored[moved].version == 2
    assert pending not in stored

    # Nothing new: the next export carries no exit again (and has nothing to send).
    with siak.reader() as session:
        assert unsent_exits(session) == []

    # A hostile laptop (Kampar) reports the death of Siak's worker and of a registration nobody holds:
    # Siak's record is untouched, the unknown one is kept as refused with its code, the batch goes on.
    kampar_own = approve_new(kampar, 7)
    round_trip_by_stick(kampar, province, stick)
    info = require_enrolment(kampar)
    unknown = str(uuid.uuid4())
    lines = [exit_record(registration_id=rid, version=9, kind="death", occurred_on=TODAY, source="family",
                         document_reference=None, officer="x", recorded_at=datetime.now(UTC),
                         claim_letter_printed=False) for rid in (dead, unknown)]  # fmt: skip
    data = batch_format.build_batch(device_id=info.device_id, sequence=2, records=lines,
                                    device_key=kampar.signing_key(),
                                    province_public_key=info.encryption_public_key)  # fmt: skip
    assert import_batch(province.store, data, province.keys).status == PROCESSED
    stored = _province_exits(province)
    assert stored[dead].version == 2 and stored[dead].status == "recorded"  # Siak's: death + letter
    assert (stored[unknown].status, stored[unknown].code) == ("refused", "province.exit_unknown_registration")
    assert kampar_own not in stored

    (figures,) = [a for a in after_registration(province.store, TODAY.year) if a.regency_code == "14.71"]
    assert (figures.deaths, figures.claims_followed_up, figures.awaiting_bpjs) == (1, 1, 6)  # 5 Siak + 1 Kampar

    out = subprocess.run(
        [sys.executable, "-m", "pulut_desktop.province.cli", "--data-dir", str(province.store.data_dir.root),
         "exits-report", "--out", str(tmp_path / "keluar.csv")],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    lines = [line.split("\t") for line in out.stdout.splitlines()]
    assert lines[0] == ["regency_code", "regency_name", "deaths", "claims_followed_up", "other_exits", "refused"]
    assert ["14.71", regions().get("14.71").name, "1", "1", "1", "0"] in lines
    assert ["-", "", "0", "0", "0", "1"] in lines
    csv_text = (tmp_path / "keluar.csv").read_text(encoding="utf-8-sig")
    assert csv_text.startswith('"regency_code","regency_name","deaths"') and '"14.71","Kota Pekanbaru","1"' in csv_text


GOOD_EXIT = {"registration_id": "5b0f6a52-3f7e-4d1c-9a0b-7c4e8d2f1a63", "version": 1, "kind": "death",
             "occurred_on": "2026-01-01", "source": "family", "document_reference": None, "officer": "x",
             "recorded_at": "2026-01-01T00:00:00Z", "claim_letter_printed": False}  # fmt: skip


@pytest.mark.parametrize(
    "change",
    [{"registration_id": "not-a-uuid"}, {"version": 0}, {"kind": "murdered"}, {"source": "rumour"},
     {"occurred_on": "01-01-2026"}, {"document_reference": "x" * 65}, {"claim_letter_printed": "yes"},
     {"extra": 1}, {"recorded_at": "2026-01-01 00:00"}],
)  # fmt: skip
def test_an_exit_line_that_breaks_the_format_is_refused_when_read(change):
    """The province reads each line with this adapter inside ``open_batch``: any of these fails the
    batch with ``batch.payload_invalid`` before anything is stored."""
    line = json.dumps({"kind": "exit", "data": {**GOOD_EXIT, **change}}).encode()
    RECORD_ADAPTER.validate_json(json.dumps({"kind": "exit", "data": GOOD_EXIT}).encode())
    with pytest.raises(pydantic.ValidationError):
        RECORD_ADAPTER.validate_json(line)
