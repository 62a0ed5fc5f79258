"""The console's Beranda shows the after-registration figures per regency, over HTTP from a live
``pulut-province serve``: a device's batch with a registration and a death whose heirs got the claim
letter (imported into the same store), then the page as an administrator sees it."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from pulut_desktop.province.ingest import import_batch
from pulut_desktop.province.keys import unlock
from pulut_desktop.province.store import ProvinceStore
from pulut_desktop.sync import batch
from pulut_desktop.sync.records import exit_record, registration_record
from tests.outbox.helpers import PASSPHRASE
from tests.province_http.hostile import enrol_by_hand

from .conftest import start_province, stop_province
from .test_console_security import signed_in


def test_beranda_counts_deaths_and_claims_per_regency(tmp_path):
    live = start_province(tmp_path)
    try:
        store = ProvinceStore.open(live.data_dir)
        try:
            keys = unlock(store, PASSPHRASE)
            device = enrol_by_hand(store, keys)
            reg = device.registration()
            died = exit_record(registration_id=reg.id, version=1, kind="death", occurred_on=date(2026, 11, 2),
                               source="village", document_reference=None, officer="rina",
                               recorded_at=datetime(2026, 11, 3, tzinfo=UTC), claim_letter_printed=True)  # fmt: skip
            device.sequence += 1
            data = batch.build_batch(device_id=device.id, sequence=device.sequence,
                                     records=[registration_record(reg), died], device_key=device.key,
                                     province_public_key=device.province_public)  # fmt: skip
            import_batch(store, data, keys)
        finally:
            store.close()
        admin, _, _ = signed_in(live, "admin")
        page = admin.get("/admin").text
        assert 'id="after-registration"' in page and "Setelah pendaftaran" in page
        table = page.split('id="after-registration"')[1].split("</table>")[0]
        cells = re.findall(r"<td[^>]*>([^<]*)</td>", table.split("Kota Pekanbaru")[1].split("</tr>")[0])
        # enrolled, awaiting BPJS, rejected, renewed, not renewed, deaths, claims followed up
        assert cells == ["0", "1", "0", "0", "0", "1", "1"]
    finally:
        stop_province(live)
