"""``pulut-province bpjs-import`` through the command line: BPJS's answer per NIK (KPJ and dates, or a
rejection with its reason) from CSV and XLSX, the column mapping saved per layout, hostile cells, the
error report with nothing imported, and re-import changing nothing; the next answer to the device then
carries BPJS's results (receipt version 2). SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from pulut_desktop.outbox.export import export_batch
from pulut_desktop.province import cli as province_cli
from pulut_desktop.province.answers import current_receipt, updated_receipts
from pulut_desktop.province.ingest import import_batch
from pulut_desktop.province.keys import create_keys
from pulut_desktop.province.models import Batch, BpjsMembership, Event
from pulut_desktop.province.store import ProvinceStore
from pulut_desktop.sync.membership import MembershipOutcome
from pulut_desktop.sync.receipt import parse_receipt
from tests.outbox.helpers import PASSPHRASE, Province, approve_new, batch_files, dump_province, enrol, make_laptop, nik
from tests.province_http.conftest import BACKENDS, database_url  # noqa: F401  (the fixture)

HEADERS = ["nik", "no_kpj", "tgl_efektif", "tgl_berakhir", "status", "alasan_penolakan"]


@pytest.fixture
def province(tmp_path, database_url):  # noqa: F811
    """A province holding four accepted registrations (NIKs 1-4) from an enrolled laptop."""
    store = ProvinceStore.open(tmp_path / "province", database_url, create=True)
    p = Province(store, create_keys(store, PASSPHRASE, name="Provinsi Uji", training=True))
    laptop = make_laptop(tmp_path / "laptop")
    stick = tmp_path / "stick"
    stick.mkdir()
    enrol(laptop, p, stick)
    for n in range(1, 5):
        approve_new(laptop, n)
    export_batch(laptop, stick)
    (path,) = batch_files(stick)
    outcome = import_batch(p.store, path.read_bytes(), p.keys)
    assert outcome.counts == {"accepted": 4}
    laptop.close()
    p.url = database_url
    yield p
    store.close()


def cli(province, *argv: str) -> int:
    base = ["--data-dir", str(province.store.data_dir.root)]
    if province.url:
        base += ["--database-url", province.url]
    return province_cli.main([*base, *argv])


def write_csv(path, headers, rows, delimiter=","):
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows([headers, *rows])
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    return path


def write_xlsx(path, headers, rows):
    book = Workbook()
    sheet = book.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def memberships(province) -> dict[str, tuple]:
    with province.store.reader() as session:
        return {m.nik: (m.outcome, m.kpj, m.effective_date, m.end_date, m.reason)
                for m in session.scalars(select(BpjsMembership))}  # fmt: skip


def events(province, action: str) -> int:
    with province.store.reader() as session:
        return session.scalar(select(func.count()).select_from(Event).where(Event.action == action))


@BACKENDS
def test_csv_import_with_a_rejection_and_an_idempotent_re_import(province, tmp_path, capsys):
    result = write_csv(tmp_path / "hasil.csv", HEADERS, [
        ["'" + nik(1)[:6] + "\u00a0" + nik(1)[6:], "19012345678", "2027-01-01", "31/12/2027", "TERDAFTAR", ""],
        [nik(2), "", "", "", "DITOLAK", "  Nama\tibu kandung\u200b tidak sesuai "],
        [nik(3), "190 1234 5679", "01-01-2027", "2027-12-31", "", ""],  # no status: a KPJ means enrolled
        ["", "", "", "", "", ""],  # a blank line is skipped
    ], delimiter=";")  # fmt: skip
    assert cli(province, "bpjs-import", str(result)) == 0
    assert "3 baris, 3 baru" in capsys.readouterr().out
    assert memberships(province) == {
        nik(1): ("enrolled", "19012345678", date(2027, 1, 1), date(2027, 12, 31), None),
        nik(2): ("rejected", None, None, None, "Nama ibu kandung tidak sesuai"),
        nik(3): ("enrolled", "19012345679", date(2027, 1, 1), date(2027, 12, 31), None),
    }
    assert events(province, "bpjs.membership") == 3 and events(province, "bpjs.imported") == 1

    before = dump_province(province)
    assert cli(province, "bpjs-import", str(result)) == 0
    assert "0 baru, 0 diperbarui, 3 tetap" in capsys.readouterr().out
    assert dump_province(province) == before  # no change, no new event

    # BPJS answers the fixed and resent worker: the rejection becomes an enrolment (an update)
    fixed = write_csv(tmp_path / "hasil2.csv", HEADERS, [[nik(2), "19012345680", "2027-02-01", "2027-12-31", "", ""]])
    assert cli(province, "bpjs-import", str(fixed)) == 0
    assert "1 diperbarui" in capsys.readouterr().out
    assert memberships(province)[nik(2)] == ("enrolled", "19012345680", date(2027, 2, 1), date(2027, 12, 31), None)


@BACKENDS
def test_xlsx_mapping_is_asked_for_then_saved_for_the_layout(province, tmp_path, capsys):
    headers = ["No", "Nomor Identitas", "Nomor Peserta KPJ", "Mulai", "Selesai", "Keterangan Hasil"]
    first = write_xlsx(tmp_path / "bpjs-jan.xlsx", headers, [
        [1, nik(1), "19012345678", datetime(2027, 1, 1), datetime(2027, 12, 31), None],
        [2, nik(4), None, None, None, '=HYPERLINK("http://contoh.invalid","klik")'],
    ])  # fmt: skip
    assert cli(province, "bpjs-import", str(first)) == 2
    err = capsys.readouterr().err
    assert "nik, kpj, effective_date, end_date" in err and "--map" in err and "Nomor Peserta KPJ" in err
    assert memberships(province) == {}

    mapping = ["--map", "nik=Nomor Identitas", "--map", "kpj=nomor peserta kpj", "--map", "effective_date=Mulai",
               "--map", "end_date=Selesai", "--map", "reason=Keterangan Hasil"]  # fmt: skip
    assert cli(province, "bpjs-import", str(first), *mapping) == 0
    out = capsys.readouterr().out
    assert "Pemetaan kolom disimpan" in out and "2 baru" in out
    found = memberships(province)
    assert found[nik(1)] == ("enrolled", "19012345678", date(2027, 1, 1), date(2027, 12, 31), None)
    # a formula is read as the text it is, never evaluated; every export of it goes through the safe writer
    assert found[nik(4)] == ("rejected", None, None, None, '=HYPERLINK("http://contoh.invalid","klik")')

    # the next file of the same layout (columns in another order) needs no flags
    second = write_xlsx(tmp_path / "bpjs-feb.xlsx", list(reversed(headers)), [
        [None, "31/12/2027", "2027-03-01", "19012345681", nik(3), 1],
    ])  # fmt: skip
    assert cli(province, "bpjs-import", str(second)) == 0
    out = capsys.readouterr().out
    assert "1 baru" in out and "Pemetaan kolom disimpan" not in out
    assert memberships(province)[nik(3)] == ("enrolled", "19012345681", date(2027, 3, 1), date(2027, 12, 31), None)
    assert events(province, "bpjs.mapping_saved") == 1


@BACKENDS
def test_unmatched_conflicting_and_hostile_rows_are_reported_and_nothing_is_imported(province, tmp_path, capsys):
    stored = write_csv(tmp_path / "awal.csv", HEADERS, [[nik(1), "19012345678", "2027-01-01", "2027-12-31", "", ""]])
    assert cli(province, "bpjs-import", str(stored)) == 0
    before = dump_province(province)
    capsys.readouterr()

    bad = write_csv(tmp_path / "hasil.csv", HEADERS, [
        [nik(3), "19012345690", "2027-01-01", "2027-12-31", "", ""],  # fine on its own: still not imported
        [nik(999), "19012345691", "2027-01-01", "2027-12-31", "", ""],  # not an accepted registration
        [nik(2), "19012345692", "2027-01-01", "2027-12-31", "", ""],  # the same NIK twice, two answers
        [nik(2), "", "", "", "DITOLAK", "Data ganda"],
        [nik(1), "19099999999", "2027-01-01", "2027-12-31", "", ""],  # another KPJ than the stored one
        ["=1+1471014508900004", "19012345693", "2027-01-01", "2027-12-31", "", ""],  # formula-leading NIK
        [nik(4), "1901234", "2027-01-01", "2027-12-31", "", ""],  # KPJ too short
        [nik(4), "19012345694", "2027-02-30", "2027-12-31", "", ""],  # no such date
        [nik(4), "19012345694", "2027-12-31", "2027-01-01", "", ""],  # ends before it starts
        [nik(4), "", "", "", "MUNGKIN", "x"],  # unknown status
    ])  # fmt: skip
    report = tmp_path / "laporan.csv"
    assert cli(province, "bpjs-import", str(bad), "--errors-to", str(report)) == 2
    assert "Tidak ada yang diimpor: 9 baris" in capsys.readouterr().out
    assert dump_province(province) == before  # all or nothing: not even the good row

    lines = list(csv.reader(io.StringIO(report.read_bytes().decode("utf-8-sig"))))
    assert lines[0] == ["baris", "nik", "kode", "pesan"]
    codes = {(int(row[0]), row[2]) for row in lines[1:]}
    assert codes == {
        (3, "bpjs.unmatched"),
        (4, "bpjs.conflict_in_file"),
        (5, "bpjs.conflict_in_file"),
        (6, "bpjs.conflict_stored_kpj"),
        (7, "bpjs.nik_invalid"),
        (8, "bpjs.kpj_invalid"),
        (9, "bpjs.date_invalid"),
        (10, "bpjs.dates_order"),
        (11, "bpjs.status_unknown"),
    }
    hostile = next(row for row in lines[1:] if row[2] == "bpjs.nik_invalid")
    assert hostile[1] == "'=1+1471014508900004"  # neutralised by the safe writer: no formula runs
    assert any("19012345678" in row[3] for row in lines[1:])  # the stored KPJ is named


def test_a_nik_stored_as_a_number_and_a_foreign_file_are_refused(province, tmp_path, capsys):
    numeric = write_xlsx(tmp_path / "angka.xlsx", HEADERS, [[int(nik(1)), "19012345678", "2027-01-01",
                                                             "2027-12-31", None, None]])  # fmt: skip
    report = tmp_path / "angka-galat.csv"
    assert cli(province, "bpjs-import", str(numeric)) == 2
    assert "bpjs.nik_as_number" in report.read_text(encoding="utf-8-sig")
    (tmp_path / "hasil.txt").write_text("nik\n")
    assert cli(province, "bpjs-import", str(tmp_path / "hasil.txt")) == 2
    assert "bukan CSV atau XLSX" in capsys.readouterr().err
    (tmp_path / "rusak.xlsx").write_bytes(b"PK\x03\x04 not a workbook")
    assert cli(province, "bpjs-import", str(tmp_path / "rusak.xlsx")) == 2
    assert "tidak dapat dibaca" in capsys.readouterr().err
    csv_file = write_csv(tmp_path / "hasil.csv", HEADERS, [[nik(1), "19012345678", "2027-01-01", "2027-12-31", "", ""]])
    assert cli(province, "bpjs-import", str(csv_file), "--map", "kpj=Tidak Ada") == 2
    assert '"Tidak Ada" (untuk kpj) tidak ada di berkas' in capsys.readouterr().err
    assert cli(province, "bpjs-import", str(csv_file), "--map", "kpj") == 2
    assert "tulis --map kolom=Judul" in capsys.readouterr().err
    assert cli(province, "bpjs-import", str(csv_file), "--map", "kartu=nik") == 2
    assert 'Kolom "kartu" tidak dikenal' in capsys.readouterr().err
    assert memberships(province) == {}


# --- the next answer to the device carries BPJS's results (receipt version 2) ---


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
