"""The occupation picklist maps to the SIAK list (89 codes, the same as OpenSID's tweb_penduduk_pekerjaan)."""

import csv

from pulut_desktop.domain.reference import occupations
from pulut_desktop.paths import resource


def _siak() -> dict[int, str]:
    with resource("data", "siak_jenis_pekerjaan.csv").open(encoding="utf-8", newline="") as f:
        return {int(row["code"]): row["name"] for row in csv.DictReader(f)}


def test_siak_list_has_the_89_codes():
    assert sorted(_siak()) == list(range(1, 90))
    assert _siak()[42] == "PENDETA" and _siak()[89] == "LAINNYA"


def test_every_occupation_maps_to_a_siak_code():
    siak = _siak()
    assert all(o.siak_code in siak for o in occupations().values())


def test_a_caretaker_of_a_house_of_worship_is_not_a_pastor():
    """Issue 19: PENGERJA_RUMAH_IBADAH was mapped to 42 (PENDETA); a caretaker has no SIAK code of its own."""
    assert occupations()["PENGERJA_RUMAH_IBADAH"].siak_code == 89
    assert occupations()["MARBOT"].siak_code == 89  # the mosque's caretaker, for comparison
    clergy = {41, 42, 43, 45}
    assert {o.id for o in occupations().values() if o.siak_code in clergy} == {"IMAM_MASJID", "GURU_NGAJI"}
