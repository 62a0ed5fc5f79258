from datetime import date

import pytest

from pulut_desktop.domain.dedupe import names_similar
from pulut_desktop.domain.errors import PhoneError, StatusTransitionError
from pulut_desktop.domain.numbers import device_code, parse_registration_number, registration_number
from pulut_desktop.domain.people import normalise_phone
from pulut_desktop.domain.reference import RegionLevel, occupations, regions
from pulut_desktop.domain.registration import (
    Consent,
    ConsentMethod,
    FundingSource,
    Programme,
    normalise,
    validate,
)
from pulut_desktop.domain.rules import SHIPPED_RULES
from pulut_desktop.domain.status import Status, check_transition
from tests.conftest import make_registration

TODAY = date(2026, 11, 25)


def test_reference_data_counts_match_kemendagri_2025():
    directory = regions()
    assert len(directory.regencies()) == 12
    assert len(directory.of_level(RegionLevel.DISTRICT)) == 172
    assert len(directory.of_level(RegionLevel.VILLAGE)) == 1862
    assert [r.name for r in directory.ancestors("14.71.01.1002")] == [
        "Riau",
        "Kota Pekanbaru",
        "Sukajadi",
        "Jadirejo",
    ]
    assert all(v.parent_code for v in directory.children("14.71.01"))
    assert "LAINNYA" in occupations() and occupations()["LAINNYA"].needs_note


def test_contribution_is_16800_a_month_for_both_funding_sources():
    assert SHIPPED_RULES.monthly_contribution == 16_800  # JKK Rp10,000 + JKM Rp6,800
    for source in FundingSource:
        assert make_registration(funding_source=source).monthly_contribution == 16_800
    reg = make_registration(coverage_months=12)
    assert reg.total_contribution == 201_600
    assert reg.coverage_end == date(2027, 11, 30)
    assert reg.jht_covered is False


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0812-3456-7890", "+6281234567890"),
        ("+62 812 3456 7890", "+6281234567890"),
        ("6281234567890", "+6281234567890"),
        ("(0761) 123456", "+62761123456"),
    ],
)
def test_phone_normalised_to_plus_62(raw, expected):
    assert normalise_phone(raw) == expected


@pytest.mark.parametrize(
    ("raw", "code"),
    [("+60 12 345 6789", "phone.not_indonesian"), ("0812-abc", "phone.not_digits"), ("0812", "phone.mobile_length")],
)
def test_bad_phones(raw, code):
    with pytest.raises(PhoneError) as caught:
        normalise_phone(raw)
    assert caught.value.code == code


def test_complete_registration_is_valid():
    report = validate(normalise(make_registration()), TODAY)
    assert report.ok, report.errors
    assert report.warnings == []


def test_missing_fields_are_reported_per_field():
    reg = make_registration(
        full_name=" ",
        village_code="14.71.01",
        occupation_id="LAINNYA",
        coverage_months=13,
        consent=Consent(False),
    )
    codes = {(i.field, i.code) for i in validate(reg, TODAY).errors}
    assert ("full_name", "name.required") in codes
    assert ("village_code", "village.unknown") in codes
    assert ("occupation_note", "occupation.note_required") in codes
    assert ("coverage_months", "coverage.months_range") in codes
    assert ("consent", "consent.required") in codes


def test_verbal_consent_needs_a_witness_and_jht_is_never_covered():
    reg = make_registration(
        consent=Consent(True, ConsentMethod.VERBAL_WITNESS),
        programmes=(Programme.JKK, Programme.JKM, Programme.JHT),
    )
    codes = {i.code for i in validate(reg, TODAY).errors}
    assert codes == {"consent.witness_required", "programmes.must_be_jkk_jkm"}


def test_nik_warnings_do_not_block():
    reg = make_registration(birth_date=date(1990, 8, 6))
    report = validate(reg, TODAY)
    assert report.ok
    assert "nik.birth_date_mismatch" in report.codes()


def test_registration_numbers_are_per_device_and_parse_back():
    a, b = device_code(b"\x01" * 32), device_code(b"\x02" * 32)
    assert a != b and len(a) == 8
    number = registration_number(a, 42)
    assert parse_registration_number(number) == (a, 42)


def test_status_transitions():
    check_transition(Status.READY, Status.APPROVED)
    with pytest.raises(StatusTransitionError):
        check_transition(Status.ACCEPTED, Status.DRAFT)


@pytest.mark.parametrize(
    ("a", "b", "similar"),
    [
        ("MUHAMMAD RIZKY", "MUHAMAD RIZKI", True),
        ("SITI NURHALIZA", "SITI NUR HALIZA", True),
        ("H. AHMAD YANI", "AHMAD YANI", True),
        ("SITI AMINAH", "BUDI SANTOSO", False),
    ],
)
def test_name_similarity(a, b, similar):
    assert names_similar(a, b) is similar
