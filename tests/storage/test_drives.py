from datetime import date

import pytest
from pypdf import PdfReader

from pulut_desktop.domain.errors import ValidationError
from pulut_desktop.domain.status import Status
from pulut_desktop.reports.drive_closeout import write_closeout_pdf
from pulut_desktop.storage import drives, registrations
from tests.conftest import SAMPLE_NIK, SAMPLE_VILLAGE, make_registration


def test_registrations_made_during_a_drive_belong_to_it(store):
    before = registrations.save(store, make_registration(nik="1471010101800001", full_name="Sebelum"))
    drive = drives.start_drive(
        store, village_code=SAMPLE_VILLAGE, held_on=date(2026, 11, 25), place="Balai Desa Jadirejo", team="Sri, Budi"
    )
    with pytest.raises(ValidationError) as caught:
        drives.start_drive(store, village_code=SAMPLE_VILLAGE, held_on=date(2026, 11, 25), place="Lain")
    assert caught.value.code == "drive.already_open"
    during = registrations.save(store, make_registration())
    registrations.import_many(
        store, [make_registration(nik="1471010101800002", full_name="Dari Daftar", status=Status.DRAFT)]
    )
    tally = drives.summarise(store, drive.id)
    assert tally.total == 2 and before.drive_id is None and during.drive_id == drive.id
    summary = drives.close_drive(store, drive.id)
    assert summary.by_status == {Status.READY: 1, Status.DRAFT: 1}
    assert drives.current_drive(store) is None
    after = registrations.save(store, make_registration(nik="1471010101800003", full_name="Sesudah"))
    assert after.drive_id is None


def test_closeout_pdf_has_the_counts_masked_niks_and_signature_lines(store, tmp_path):
    drive = drives.start_drive(
        store, village_code=SAMPLE_VILLAGE, held_on=date(2026, 11, 25), place="Balai Desa Jadirejo", team="Sri, Budi"
    )
    registrations.save(store, make_registration())
    registrations.save(
        store,
        make_registration(
            nik="1471010101800004", full_name="Budi Santoso", sex=None, birth_date=None, occupation_id="OJEK_PANGKALAN"
        ),
        submit=False,
    )
    summary = drives.close_drive(store, drive.id)
    pdf = write_closeout_pdf(summary, tmp_path / "ba.pdf", "Sri Supervisor", printed_on=date(2026, 11, 25))
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    for expected in [
        "BERITA ACARA",
        "Jadirejo",
        "Sukajadi",
        "Kota Pekanbaru",
        "Balai Desa Jadirejo",
        "25 November 2026",
        "SITI AMINAH",
        "BUDI SANTOSO",
        "147101******0001",
        "Nelayan",
        "Tukang Ojek Pangkalan",
        "Menunggu persetujuan",
        "Draf",
        "APBD Provinsi",
        "Petugas Pendaftar",
        "Kepala Desa/Lurah",
        "Sri Supervisor",
    ]:
        assert expected in text, expected
    assert SAMPLE_NIK not in text
    assert SAMPLE_NIK.encode() not in pdf.read_bytes()
