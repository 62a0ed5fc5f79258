"""Every phone case of issue 19: the spellings people write, and what the programme rules refuse."""

from datetime import date

import pytest

from pulut_desktop.domain.errors import PhoneError
from pulut_desktop.domain.people import PhoneKind, normalise_phone, phone_kind
from pulut_desktop.domain.registration import normalise, validate
from pulut_desktop.domain.rules import PhoneRules, ProgrammeRules
from tests.conftest import make_registration

TODAY = date(2026, 11, 25)
MOBILE = "+6281234567890"


@pytest.mark.parametrize(
    "raw",
    [
        "0812-3456-7890",
        "0812 3456 7890",
        "0812.3456.7890",
        "+62 812 3456 7890",
        "+62 (0) 812 3456 7890",
        "+62(0)812-3456-7890",
        "0062 812 3456 7890",
        "0062-812-3456-7890",
        "6281234567890",
        "+62 0812 3456 7890",
    ],
)
def test_every_spelling_of_one_mobile_is_the_same_number(raw):
    assert normalise_phone(raw, mobile_only=True) == MOBILE


@pytest.mark.parametrize(
    ("raw", "digits"),
    [("0812345678", 10), ("0812-3456-789", 11), ("0812-3456-78901", 13)],
)
def test_mobile_lengths_10_to_13_digits_are_accepted(raw, digits):
    e164 = normalise_phone(raw, mobile_only=True)
    assert len(e164) - 3 + 1 == digits and phone_kind(e164) is PhoneKind.MOBILE


@pytest.mark.parametrize(("raw", "length"), [("081234567", 9), ("0812-3456-789012", 14), ("0812", 4)])
def test_a_mobile_of_the_wrong_length_is_refused(raw, length):
    with pytest.raises(PhoneError) as caught:
        normalise_phone(raw)
    assert caught.value.code == "phone.mobile_length"
    assert caught.value.params == {"length": length, "low": 10, "high": 13}


@pytest.mark.parametrize(
    ("raw", "kind"),
    [("(0761) 123456", "landline"), ("021-1234-5678", "landline"), ("0800 1 234567", "special"),
     ("0800-1-500-175", "special")],
)  # fmt: skip
def test_landlines_and_0800_pass_only_when_the_rules_allow(raw, kind):
    assert normalise_phone(raw, mobile_only=False).startswith("+62")
    with pytest.raises(PhoneError) as caught:
        normalise_phone(raw, mobile_only=True)
    assert (caught.value.code, caught.value.params) == ("phone.not_mobile", {"kind": kind})


@pytest.mark.parametrize(
    ("raw", "code"),
    [("+60 12 345 6789", "phone.not_indonesian"), ("001 202 555 0100", "phone.not_indonesian"),
     ("0812-abc", "phone.not_digits"), ("", "phone.not_digits"), ("0812３４５６７８９０", "phone.not_digits")],
)  # fmt: skip
def test_bad_phones(raw, code):
    with pytest.raises(PhoneError) as caught:
        normalise_phone(raw)
    assert caught.value.code == code


def _phone_issues(rules: ProgrammeRules, phone: str | None):
    report = validate(normalise(make_registration(phone=phone)), TODAY, rules)
    return [(i.code, i in report.errors) for i in report.errors + report.warnings if i.field == "phone"]


def test_shipped_rules_want_a_mobile_but_do_not_require_one():
    rules = ProgrammeRules()
    assert _phone_issues(rules, "+62 (0) 812 3456 7890") == []
    assert _phone_issues(rules, None) == []
    assert _phone_issues(rules, "(0761) 123456") == [("phone.not_mobile", True)]
    assert _phone_issues(rules, "081234567") == [("phone.mobile_length", True)]


def test_rules_can_require_a_phone_and_allow_landlines():
    rules = ProgrammeRules(phone=PhoneRules(required=True, mobile_only=False))
    assert _phone_issues(rules, None) == [("phone.required", True)]
    assert _phone_issues(rules, "(0761) 123456") == []


def test_the_saved_form_is_e164():
    assert normalise(make_registration(phone="0062 812.3456-7890")).phone == MOBILE
