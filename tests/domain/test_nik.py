from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pulut_desktop.domain.errors import KkError, NikError, ValidationReport
from pulut_desktop.domain.nik import PROVINCE_CODES, check_nik, mask_nik, parse_kk, parse_nik
from pulut_desktop.domain.people import Sex
from pulut_desktop.domain.registration import normalise, validate
from tests.conftest import make_registration

TODAY = date(2026, 11, 25)


def test_decodes_a_woman_with_the_plus_40_rule():
    parts = parse_nik("1471014508900001", TODAY)
    assert parts.province_code == "14"
    assert parts.regency_code == "14.71"
    assert parts.district_code == "14.71.01"
    assert parts.birth_date == date(1990, 8, 5)
    assert parts.sex is Sex.FEMALE
    assert parts.serial == 1


def test_decodes_a_man_and_ignores_spaces():
    parts = parse_nik("1406 0212 0501 0042", TODAY)
    assert parts.birth_date == date(2001, 5, 12)
    assert parts.sex is Sex.MALE
    assert parts.serial == 42


@pytest.mark.parametrize(
    ("nik", "code"),
    [
        ("147101450890001", "nik.length"),
        ("14710145089000011", "nik.length"),
        ("", "nik.length"),
        ("14710145089O0001", "nik.not_digits"),
        ("１４７１０１４５０８９００００１", "nik.not_digits"),  # full-width digits are not ASCII
        ("9971014508900001", "nik.unknown_province"),
        ("2071014508900001", "nik.unknown_province"),
        ("1471013208900001", "nik.impossible_date"),  # day 32
        ("1471017208900001", "nik.impossible_date"),  # day 72 (= 32 for a woman)
        ("1471010013900001", "nik.impossible_date"),  # day 0, month 13
        ("1471011513900001", "nik.impossible_date"),  # month 13
        ("1471013002900001", "nik.impossible_date"),  # 30 February
        ("1471014508900000", "nik.serial_zero"),
    ],
)
def test_every_error_code(nik, code):
    with pytest.raises(NikError) as caught:
        parse_nik(nik, TODAY)
    assert caught.value.code == code


def test_leap_day_century_is_resolved_to_a_real_date():
    # 29 Feb 00 exists in 2000 (leap) but not in 1900.
    assert parse_nik("1471012902000001", TODAY).birth_date == date(2000, 2, 29)


def test_century_is_the_most_recent_birth_date_not_in_the_future():
    assert parse_nik("1471010101150001", TODAY).birth_date == date(2015, 1, 1)  # a child: 11, not 111
    assert parse_nik("1471010101080001", TODAY).birth_date == date(2008, 1, 1)  # 18 years old
    assert parse_nik("1471012611260001", TODAY).birth_date == date(1926, 11, 26)  # 2026-11-26 is tomorrow
    assert parse_nik("1471012511260001", TODAY).birth_date == date(2026, 11, 25)  # born today


def test_a_fourteen_year_olds_nik_is_under_15_not_114():
    """The issue's case: the form filled 19xx and the warning said "age 114"."""
    parts = parse_nik("1471016503120003", TODAY)  # a girl born 25 Mar 2012
    assert parts.birth_date == date(2012, 3, 25)
    report = validate(normalise(make_registration(nik=parts.nik, birth_date=None)), TODAY)
    assert [(w.code, w.params) for w in report.warnings if w.field == "birth_date"] == [
        ("age.warn_below", {"age": 14, "limit": 15})
    ]


def _warnings(nik, birth_date=None, sex=None, known_district=True):
    report = ValidationReport()
    check_nik(
        parse_nik(nik, TODAY),
        birth_date=birth_date,
        sex=sex,
        today=TODAY,
        known_district=known_district,
        report=report,
    )
    assert not report.errors, "NIK cross-checks must never block"
    return {w.code for w in report.warnings}


def test_matching_data_gives_no_warning():
    assert _warnings("1471014508900001", date(1990, 8, 5), Sex.FEMALE) == set()


def test_birth_date_mismatch_is_a_warning():
    assert "nik.birth_date_mismatch" in _warnings("1471014508900001", date(1990, 8, 6), Sex.FEMALE)


def test_sex_mismatch_is_a_warning():
    assert "nik.sex_mismatch" in _warnings("1471014508900001", date(1990, 8, 5), Sex.MALE)


def test_nik_from_outside_riau_is_a_warning():
    assert _warnings("3273014508900001", date(1990, 8, 5), Sex.FEMALE) == {"nik.outside_riau"}


def test_unknown_riau_district_is_a_warning():
    assert _warnings("1499014508900001", date(1990, 8, 5), Sex.FEMALE, known_district=False) == {"nik.unknown_district"}


@pytest.mark.parametrize("born", [date(2014, 1, 1), date(1940, 1, 1)])
def test_nik_cross_checks_leave_age_to_the_programme_rules(born):
    nik = f"147101{born.day:02d}{born.month:02d}{born.year % 100:02d}0001"
    assert _warnings(nik, born, Sex.MALE) == set()


def test_mask_keeps_first_six_and_last_four():
    assert mask_nik("1471014508900001") == "147101******0001"


@given(st.text(max_size=40))
def test_parse_nik_never_raises_anything_but_nik_errors(text):
    try:
        parts = parse_nik(text, TODAY)
    except NikError:
        return
    assert len(parts.nik) == 16 and parts.nik.isdigit()


@given(
    province=st.sampled_from(sorted(PROVINCE_CODES)),
    rest=st.integers(0, 9999),
    born=st.dates(min_value=date(1930, 1, 1), max_value=date(2010, 12, 31)),
    female=st.booleans(),
    serial=st.integers(1, 9999),
)
def test_round_trip_of_generated_niks(province, rest, born, female, serial):
    day = born.day + (40 if female else 0)
    nik = f"{province}{rest:04d}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"
    parts = parse_nik(nik, TODAY)
    assert parts.sex is (Sex.FEMALE if female else Sex.MALE)
    assert (parts.birth_date.day, parts.birth_date.month) == (born.day, born.month)
    assert parts.birth_date.year % 100 == born.year % 100
    assert parts.serial == serial


# --- No. KK -----------------------------------------------------------------------------------


def test_kk_decodes_registration_date_without_plus_40():
    parts = parse_kk("1471011203150007", TODAY)
    assert parts.district_code == "14.71.01"
    assert parts.registered_on == date(2015, 3, 12)
    assert parts.serial == 7


@pytest.mark.parametrize(
    ("kk", "code"),
    [
        ("14710112031500", "kk.length"),
        ("14710112O3150007", "kk.not_digits"),
        ("0071011203150007", "kk.unknown_province"),
        ("1471011203150000", "kk.serial_zero"),
    ],
)
def test_kk_error_codes(kk, code):
    with pytest.raises(KkError) as caught:
        parse_kk(kk, TODAY)
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("kk", "problem"),
    [
        ("1471015203150007", "kk.impossible_date"),  # day 52: no +40 rule on a KK
        ("1471013102150007", "kk.impossible_date"),  # 31 February
        ("1471010101300007", "kk.future_date"),  # 2030: not moved back to 1930
        ("1471012611260007", "kk.future_date"),  # tomorrow
    ],
)
def test_kk_date_problems_are_kept_for_a_warning(kk, problem):
    parts = parse_kk(kk, TODAY)
    assert parts.date_problem == problem
    assert parts.registered_on is None
    report = validate(normalise(make_registration(kk_number=kk)), TODAY)
    assert report.ok, report.errors
    assert [(w.field, w.code) for w in report.warnings] == [("kk_number", problem)]


def test_kk_issued_today_has_no_date_problem():
    parts = parse_kk("1471012511260007", TODAY)
    assert (parts.registered_on, parts.date_problem) == (date(2026, 11, 25), None)


def test_the_mismatch_names_the_nik_date_as_the_form_writes_dates():
    from pulut_desktop import messages

    report = ValidationReport()
    nik = parse_nik("1471014508900001", TODAY)
    check_nik(nik, birth_date=date(1990, 8, 6), sex=Sex.FEMALE, today=TODAY, known_district=None, report=report)
    (warning,) = [w for w in report.warnings if w.code == "nik.birth_date_mismatch"]
    assert warning.params == {"nik_date": "05-08-1990"}
    assert "(05-08-1990)" in messages.text(warning.code, warning.params)
