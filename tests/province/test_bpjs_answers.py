"""The province's answer to a batch after ``bpjs-import``: the stored receipt re-signed (same receipt id)
with BPJS's results for the versions it carried, once; unchanged answers keep the same bytes; a review
decision re-signing the receipt keeps them. SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from pulut_desktop.province.answers import current_receipt, updated_receipts
from pulut_desktop.province.models import Batch
from pulut_desktop.sync.membership import MembershipOutcome
from pulut_desktop.sync.receipt import parse_receipt
from tests.outbox.helpers import nik
from tests.province.test_bpjs_import import HEADERS, cli, province, write_csv  # noqa: F401  (the fixture)
from tests.province_http.conftest import BACKENDS, database_url  # noqa: F401  (the fixture)


def _answer(province, batch_id: str) -> tuple[bytes, object]:
    with province.store.session() as session:
        data = current_receipt(session, session.get(Batch, batch_id), province.keys)
    keys = province.keys.signing.public_key()
    return data, parse_receipt(data, province_signing_keys=keys)


@BACKENDS
def test_the_next_answer_carries_bpjs_results_once(province, tmp_path):
    with province.store.reader() as session:
        batch = session.scalars(select(Batch)).one()
        batch_id, device_id, first = batch.id, batch.device_id, batch.receipt
    original = parse_receipt(first, province_signing_keys=province.keys.signing.public_key())
    data, parsed = _answer(province, batch_id)
    assert data == first and parsed.results == ()  # nothing from BPJS yet: the receipt as issued

    result = write_csv(tmp_path / "hasil.csv", HEADERS, [
        [nik(1), "19012345678", "2027-01-01", "2027-12-31", "TERDAFTAR", ""],
        [nik(2), "", "", "", "DITOLAK", "Nama ibu kandung tidak sesuai"],
    ])  # fmt: skip
    assert cli(province, "bpjs-import", str(result)) == 0
    data, parsed = _answer(province, batch_id)
    assert parsed.version == 2 and parsed.receipt_id == original.receipt_id
    assert parsed.records == original.records
    versions = {r.registration_id: r.version for r in original.records}
    by_outcome = {m.outcome: m for m in parsed.results}
    assert by_outcome[MembershipOutcome.ENROLLED].kpj == "19012345678"
    assert by_outcome[MembershipOutcome.ENROLLED].end_date == date(2027, 12, 31)
    assert by_outcome[MembershipOutcome.REJECTED].reason == "Nama ibu kandung tidak sesuai"
    assert all(m.version == versions[m.registration_id] for m in parsed.results)
    assert _answer(province, batch_id)[0] == data  # stored: the same bytes until BPJS answers again

    with province.store.session() as session:
        assert [b.id for b in updated_receipts(session, device_id, province.keys)] == [batch_id]
