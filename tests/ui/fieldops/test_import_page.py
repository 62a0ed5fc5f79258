"""A 1,000-row XLSX with 30 bad rows through the import wizard: the error report names each bad row,
and all 970 valid rows land as drafts."""

from __future__ import annotations

from datetime import datetime

import openpyxl
from sqlalchemy import func, select

from pulut_desktop.domain.status import Status
from pulut_desktop.fieldops.tables import read_table
from pulut_desktop.storage.models import RegistrationRow
from pulut_desktop.ui.fieldops.lists import VALUES, ImportPage

HEADER = ["No", "NIK", "Nama", "Tempat Lahir", "Tanggal Lahir", "JK", "Alamat", "No HP", "Pekerjaan", "Desa"]
BAD = {  # row index (0-based data row) -> (column to spoil, value, expected message code)
    **{i: ("NIK", "14710145089", "nik.length") for i in range(10, 15)},
    **{i: ("Tanggal Lahir", "31-02-1990", "import.date_invalid") for i in range(100, 105)},
    **{i: ("JK", "X", "import.sex_invalid") for i in range(200, 205)},
    **{i: ("Pekerjaan", "Astronot", "import.occupation_invalid") for i in range(300, 305)},
    **{i: ("Desa", "Atlantis", "import.village_invalid") for i in range(400, 405)},
}
DUPLICATES = {i: i - 650 for i in range(900, 905)}  # the NIK of an earlier valid row (250..254): 5 more bad rows


def _nik(i: int) -> str:
    return f"147101450890{i + 1:04d}"  # women born 5 Aug 1990 in Sukajadi, serials 0001..1000


def make_list(path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    dates = [datetime(1990, 8, 5), "05-08-1990", "05/08/1990", "1990-08-05", 33090]
    for i in range(1000):
        row = dict(zip(HEADER, [i + 1, _nik(i), f"Pekerja {i + 1}", "Pekanbaru", dates[i % 5], "P",
                                f"Jl. Sawit No. {i + 1}", "0812 3456 7890", "Nelayan",
                                "Jadirejo" if i % 2 else "14.71.01.1002"], strict=True))  # fmt: skip
        if i in BAD:
            column, value, _ = BAD[i]
            row[column] = value
        if i in DUPLICATES:
            row["NIK"] = _nik(DUPLICATES[i])
        sheet.append(list(row.values()))
    book.save(path)


def test_thousand_rows_thirty_bad(qtbot, supervisor_store, runner, tmp_path):
    store = supervisor_store
    source = tmp_path / "daftar-desa.xlsx"
    make_list(source)
    page = ImportPage(store, runner)
    qtbot.addWidget(page)
    page.set_language("id")
    with qtbot.waitSignal(page.sig_table_loaded, timeout=20_000):
        page.load_file(source)
    mapping = page.mapping_step.mapping()
    assert mapping == {"nik": 1, "full_name": 2, "birth_place": 3, "birth_date": 4, "sex": 5, "address_line": 6,
                       "phone": 7, "occupation": 8, "village": 9}  # fmt: skip
    page.file_step.district.set_code("14.71.01")
    page.next_button.click()  # the list's own words: "Astronot" means nothing the picklist knows
    qtbot.waitUntil(lambda: page.stack.currentIndex() == VALUES, timeout=20_000)
    assert [(c.value, c.rows, c.choice) for c in page.values_step.choices] == [("Astronot", 5, None)]
    with qtbot.waitSignal(page.sig_plan_ready, timeout=60_000) as checked:
        page.next_button.click()
    plan = checked.args[0]
    assert plan.total == 1000 and len(plan.valid) == 970 and len(plan.bad_rows) == 30
    expected = {i + 2: code for i, (_, _, code) in BAD.items()} | {i + 2: "import.nik_repeated" for i in DUPLICATES}
    assert {e.row: e.code for e in plan.errors} == expected
    assert "970" in page.next_button.text()

    report = tmp_path / "kesalahan.xlsx"
    with qtbot.waitSignal(page.sig_report_saved, timeout=20_000):
        page.save_error_report(report)
    table = read_table(report)
    assert table.headers == ["Baris", "Kolom", "NIK", "Nama", "Kesalahan"]
    lines = [values for _, values in table.rows]
    assert len(lines) == 30 and sorted(int(v[0]) for v in lines) == sorted(expected)
    by_row = {int(v[0]): v for v in lines}
    assert by_row[12][1] == "NIK" and by_row[12][4] == "NIK harus 16 angka; yang diketik 11 angka."
    assert by_row[102][1] == "Tanggal Lahir" and "31-02-1990" in by_row[102][4]
    assert by_row[402][1] == "Desa" and by_row[402][4] == "Desa 'Atlantis' tidak ditemukan di kecamatan yang dipilih."
    assert by_row[902][4] == "NIK sama dengan baris 252 di berkas ini."
    assert by_row[902][2] == "147101******0251"  # masked in the report

    with qtbot.waitSignal(page.sig_import_finished, timeout=120_000) as finished:
        page.next_button.click()
    assert finished.args[0] == 970
    with store.reader() as session:
        saved = dict(session.execute(select(RegistrationRow.nik, RegistrationRow.status)).all())
    valid_niks = {_nik(i) for i in range(1000) if i not in BAD and i not in DUPLICATES}
    assert set(saved) == valid_niks and len(saved) == 970  # no valid row lost
    assert set(saved.values()) == {Status.DRAFT.value}
    assert "970" in page.done_label.text()


def test_a_failing_import_saves_nothing(qtbot, supervisor_store, runner, tmp_path):
    """All or nothing: a NIK registered after the check makes the whole import fail; nothing lands."""
    from pulut_desktop.storage import registrations
    from tests.conftest import make_registration

    store = supervisor_store
    source = tmp_path / "daftar.xlsx"
    make_list(source)
    page = ImportPage(store, runner)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.sig_table_loaded, timeout=20_000):
        page.load_file(source)
    page.file_step.district.set_code("14.71.01")
    with qtbot.waitSignal(page.sig_plan_ready, timeout=60_000):
        page.check_rows()
    registrations.save(store, make_registration(nik=_nik(999), full_name="Sudah Ada"), submit=False)
    page.import_valid_rows()
    qtbot.waitUntil(lambda: bool(page.message.text()), timeout=60_000)
    assert "NIK" in page.message.text()
    with store.reader() as session:
        assert session.scalar(select(func.count()).select_from(RegistrationRow)) == 1
