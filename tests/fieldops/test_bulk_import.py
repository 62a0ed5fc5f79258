"""Reading village lists: encodings, delimiters, dates, header guessing, and all-or-nothing saving."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from pulut_desktop.fieldops import bulk_import as bi
from pulut_desktop.fieldops.errors import ImportCancelled
from pulut_desktop.fieldops.tables import parse_date, read_table
from pulut_desktop.storage.models import RegistrationRow

HEADER = ["NIK", "Nama", "Tempat Lahir", "Tanggal Lahir", "Jenis Kelamin", "Alamat", "No. HP", "Pekerjaan", "Desa"]


def _row(n: int, **kw) -> list[str]:
    values = dict(nik=f"1471014508900{n:03d}", name=f"Siti Aminah {n}", place="Pekanbaru", born="05-08-1990")
    values |= dict(sex="P", address="Jl. Sudirman 1", phone="0812 3456 7890", job="Nelayan", village="Jadirejo")
    values.update(kw)
    return list(values.values())


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("05-08-1990", date(1990, 8, 5)),
        ("05/08/1990", date(1990, 8, 5)),
        ("1990-08-05", date(1990, 8, 5)),
        ("1990-08-05 00:00:00", date(1990, 8, 5)),
        (datetime(1990, 8, 5), date(1990, 8, 5)),
        (33090, date(1990, 8, 5)),  # Excel serial
        (33090.0, date(1990, 8, 5)),
        ("", None),
    ],
)
def test_dates(raw, expected):
    assert parse_date(raw) == expected


@pytest.mark.parametrize("raw", ["31-02-1990", "5 Agustus 1990", "1990/13/01"])
def test_bad_dates(raw):
    with pytest.raises(ValueError):
        parse_date(raw)


@pytest.mark.parametrize(("delimiter", "encoding"), [(";", "utf-8-sig"), (",", "utf-8"), (";", "cp1252")])
def test_csv_delimiters_and_encodings(tmp_path, delimiter, encoding):
    path = tmp_path / "list.csv"
    lines = [HEADER, _row(1, address="Jl. Café 1, RT 02"), _row(2)]
    text = "\n".join(delimiter.join(f'"{v}"' for v in line) for line in lines) + "\n"
    path.write_bytes(text.encode(encoding))
    table = read_table(path)
    assert table.headers == HEADER
    assert [number for number, _ in table.rows] == [2, 3]
    assert table.rows[0][1][5] == "Jl. Café 1, RT 02"


def test_header_guess():
    mapping = bi.guess_mapping(["No", "Nama Lengkap", "NIK", "Tgl Lahir", "Tempat Lahir", "JK", "Alamat", "No HP",
                                "Pekerjaan", "Kode Desa", "No KK"])  # fmt: skip
    assert mapping == {"full_name": 1, "nik": 2, "birth_date": 3, "birth_place": 4, "sex": 5, "address_line": 6,
                       "phone": 7, "occupation": 8, "village": 9, "kk_number": 10}  # fmt: skip


def _plan(store, tmp_path, rows, **options):
    path = tmp_path / "list.csv"
    path.write_text("\n".join(";".join(r) for r in [HEADER, *rows]), encoding="utf-8")
    table = read_table(path)
    return bi.plan_import(store, table, bi.guess_mapping(table.headers), bi.ImportOptions(**options))


def test_rows_checked_with_the_form_rules(store, tmp_path):
    plan = _plan(store, tmp_path, [
        _row(1), _row(2, village="14.71.01.1002", job="NELAYAN"), _row(3, born="31-02-1990"),
        _row(4, sex="X"), _row(5, job="Astronot"), _row(6, village="Atlantis"), _row(1, name="Lagi"),
        _row(7, nik="12345"), _row(8, name=""),
    ], district_code="14.71.01")  # fmt: skip
    assert [n for n, _ in plan.valid] == [2, 3]
    found = {(e.row, e.column, e.code) for e in plan.errors}
    assert found == {
        (4, "Tanggal Lahir", "import.date_invalid"), (5, "Jenis Kelamin", "import.sex_invalid"),
        (6, "Pekerjaan", "import.occupation_invalid"), (7, "Desa", "import.village_invalid"),
        (8, "NIK", "import.nik_repeated"), (9, "NIK", "nik.length"), (10, "Nama", "name.required"),
    }  # fmt: skip
    assert plan.valid[0][1].occupation_id == "NELAYAN" and plan.valid[0][1].village_code == "14.71.01.1002"
    assert plan.valid[0][1].phone == "+6281234567890"


def test_nik_already_on_the_laptop(store, tmp_path):
    from pulut_desktop.storage import registrations
    from tests.conftest import make_registration

    saved = registrations.save(store, make_registration(nik="1471014508900001"), submit=False)
    plan = _plan(store, tmp_path, [_row(1), _row(2)], district_code="14.71.01")
    (error,) = plan.errors
    assert (error.row, error.code, error.params) == (2, "import.nik_exists",
                                                     {"registration_number": saved.registration_number})  # fmt: skip
    assert "sudah terdaftar" in error.message("id")


def test_cancel_saves_nothing(store, tmp_path):
    plan = _plan(store, tmp_path, [_row(n) for n in range(1, 121)], district_code="14.71.01")
    calls = []

    def cancel_after_first_progress() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ImportCancelled):
        bi.commit_import(store, plan, should_cancel=cancel_after_first_progress)
    with store.reader() as session:
        assert session.scalar(select(func.count()).select_from(RegistrationRow)) == 0
    assert len(bi.commit_import(store, plan)) == 120


def test_rows_checked_under_the_laptops_programme_rules(store, tmp_path):
    """Issue 19: a landline is refused while the rules want mobiles, and accepted once the province's
    rules allow it; the same list, the laptop's rules decide."""
    from datetime import UTC

    from pulut_desktop.domain.rules import PhoneRules, ProgrammeRules
    from pulut_desktop.storage.rules import keep_rules

    rows = [_row(1, phone="(0761) 123456"), _row(2, phone="081234567")]
    plan = _plan(store, tmp_path, rows, district_code="14.71.01")
    assert {(e.row, e.code) for e in plan.errors} == {(2, "phone.not_mobile"), (3, "phone.mobile_length")}
    rules = ProgrammeRules(version=1, published_at=datetime(2026, 12, 1, tzinfo=UTC),
                           phone=PhoneRules(mobile_only=False))  # fmt: skip
    with store.session() as session:
        keep_rules(session, rules, b"signed", actor="super")
    plan = _plan(store, tmp_path, rows, district_code="14.71.01")
    assert {(e.row, e.code) for e in plan.errors} == {(3, "phone.mobile_length")}
