"""Hostile village lists (issue 9 fuzzing): random bytes, damaged XLSX files and random cell values give
a readable table or a typed error, never a crash; every row is checked and reported, never raised."""

from __future__ import annotations

import io
import random

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pulut_desktop.domain.errors import PulutError
from pulut_desktop.fieldops.bulk_import import guess_mapping, plan_import
from pulut_desktop.fieldops.tables import Table, read_table

HEADERS = ["NIK", "Nama", "Tempat Lahir", "Tanggal Lahir", "JK", "Alamat", "Desa", "Pekerjaan", "No HP", "No KK"]
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _read(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    try:
        return read_table(path)
    except PulutError:
        return None


@FUZZ
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_random_bytes_never_crash_the_reader(tmp_path, data, suffix):
    table = _read(tmp_path, "daftar" + suffix, data)
    assert table is None or isinstance(table, Table)


def _workbook() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    sheet.append(["1471014508900001", "Siti", "Pekanbaru", "05-08-1990", "P", "Jl. 1", "Jadirejo", "Nelayan",
                  "0812345678", ""])  # fmt: skip
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@FUZZ
@given(seed=st.integers(0, 2**32 - 1), flips=st.integers(1, 40))
def test_damaged_xlsx_files_never_crash_the_reader(tmp_path, seed, flips):
    data = bytearray(_workbook())
    rng = random.Random(seed)
    for _ in range(flips):
        data[rng.randrange(len(data))] = rng.randrange(256)
    table = _read(tmp_path, "daftar.xlsx", bytes(data))
    assert table is None or isinstance(table, Table)


cells = st.one_of(st.none(), st.text(max_size=30), st.integers(-10**17, 10**17), st.floats(allow_nan=True),
                  st.dates(), st.booleans())  # fmt: skip


@FUZZ
@given(rows=st.lists(st.lists(cells, min_size=0, max_size=12), min_size=1, max_size=15))
def test_random_rows_are_reported_not_raised(store, rows):
    table = Table(list(HEADERS), source="fuzz.xlsx")
    table.rows.extend((i + 2, list(r)) for i, r in enumerate(rows))
    plan = plan_import(store, table, guess_mapping(HEADERS))
    assert len(plan.valid) + len({e.row for e in plan.errors}) >= 0
    assert all(e.code for e in plan.errors)
