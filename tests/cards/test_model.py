from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from pulut_desktop.cards import CardError, CardStatus, EnrollmentCard, card_from_registration
from pulut_desktop.domain.status import Status

from .samples import ISSUED_ON, SAMPLE_NIK, sample_registration


def test_card_shows_the_registration_with_reference_names(device_code: str) -> None:
    card = card_from_registration(sample_registration(device_code), device_code=device_code, issued_on=ISSUED_ON)
    assert card.holder_name == "SITI AMINAH"
    assert card.masked_nik == "147101******0001"
    assert card.birth_date == date(1990, 8, 5)
    assert card.registration_number == f"PK-{device_code[:4]}-{device_code[4:]}-000001"
    assert (card.village_name, card.district_name, card.regency_name) == (
        "Kampung Tengah",
        "Sukajadi",
        "Kota Pekanbaru",
    )
    assert card.village_code == "14.71.01.1003"
    assert card.occupation_name == "Nelayan"
    assert card.programmes == "JKK + JKM"
    assert card.funding_label == "APBD"
    assert (card.coverage_start, card.coverage_end) == (date(2026, 1, 1), date(2026, 12, 31))
    assert card.status is CardStatus.PROVISIONAL
    assert card.device_code == device_code
    assert card.issued_on == ISSUED_ON
    assert card.address_label == "Kampung Tengah, Kec. Sukajadi, Kota Pekanbaru"


def test_full_nik_is_nowhere_in_the_card(device_code: str) -> None:
    card = card_from_registration(sample_registration(device_code), device_code=device_code, issued_on=ISSUED_ON)
    assert SAMPLE_NIK not in repr(card)
    assert all(SAMPLE_NIK not in str(value) for value in vars(card).values())


def test_card_refuses_an_unmasked_nik(cards: list[EnrollmentCard]) -> None:
    with pytest.raises(CardError) as err:
        replace(cards[0], masked_nik=SAMPLE_NIK)
    assert err.value.code == "cards.nik_not_masked"
    assert SAMPLE_NIK not in str(err.value)


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (Status.READY, CardStatus.PROVISIONAL),
        (Status.APPROVED, CardStatus.PROVISIONAL),
        (Status.SENT, CardStatus.PROVISIONAL),
        (Status.ACCEPTED, CardStatus.VALID),
    ],
)
def test_only_accepted_registrations_get_a_valid_card(device_code: str, status: Status, expected: CardStatus) -> None:
    reg = sample_registration(device_code, status=status)
    assert card_from_registration(reg, device_code=device_code, issued_on=ISSUED_ON).status is expected


@pytest.mark.parametrize("status", [Status.DRAFT, Status.NEEDS_FIX, Status.DUPLICATE, Status.REJECTED])
def test_unfinished_or_refused_registrations_get_no_card(device_code: str, status: Status) -> None:
    with pytest.raises(CardError) as err:
        card_from_registration(
            sample_registration(device_code, status=status), device_code=device_code, issued_on=ISSUED_ON
        )
    assert err.value.code == "cards.not_printable"
    assert err.value.params == {"status": status.value}


def test_missing_or_unknown_data_is_a_typed_error(device_code: str) -> None:
    def code_of(**changes: object) -> str:
        reg = sample_registration(device_code)
        for name, value in changes.items():
            setattr(reg, name, value)
        with pytest.raises(CardError) as err:
            card_from_registration(reg, device_code=device_code, issued_on=ISSUED_ON)
        return err.value.code

    assert code_of(registration_number=None) == "cards.no_registration_number"
    assert code_of(birth_date=None) == "cards.no_birth_date"
    assert code_of(coverage_start=None) == "cards.no_coverage"
    assert code_of(village_code="14.71.01") == "cards.unknown_village"  # a district, not a village
    assert code_of(village_code="99.99.99.9999") == "cards.unknown_village"
    assert code_of(occupation_id="ASTRONOT") == "cards.unknown_occupation"
    assert code_of(full_name="   ") == "cards.no_name"


def test_a_training_registration_gets_a_training_card(device_code: str) -> None:
    reg = sample_registration(device_code, status=Status.ACCEPTED)
    reg.training = True
    card = card_from_registration(reg, device_code=device_code, issued_on=ISSUED_ON)
    assert card.status is CardStatus.TRAINING and card.training
    assert card.status.label_id == "LATIHAN"


def test_device_code_must_be_crockford_base32(device_code: str) -> None:
    with pytest.raises(CardError) as err:
        card_from_registration(sample_registration(device_code), device_code="NOT-A-CODE", issued_on=ISSUED_ON)
    assert err.value.code == "cards.invalid_device_code"


def test_other_occupation_prints_the_officers_note(device_code: str) -> None:
    reg = sample_registration(device_code, occupation_id="LAINNYA")
    reg.occupation_note = "Pembuat  tikar pandan"
    card = card_from_registration(reg, device_code=device_code, issued_on=ISSUED_ON)
    assert card.occupation_name == "Pembuat tikar pandan"
