from __future__ import annotations

import base64
from dataclasses import replace
from datetime import date, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from hypothesis import given, settings
from hypothesis import strategies as st

from pulut_desktop.cards import CardStatus, EnrollmentCard, VerificationKind, sign_card, verify_card
from pulut_desktop.cards.payload import SEPARATOR, TAG
from pulut_desktop.messages import CATALOGUE, text

from .samples import SAMPLE_NIK

TODAY = date(2026, 3, 1)


@pytest.fixture(scope="module")
def keys(device_key: Ed25519PrivateKey, device_code: str) -> dict[str, Ed25519PublicKey]:
    return {device_code: device_key.public_key()}


def test_signed_card_verifies_with_all_fields(
    cards: list[EnrollmentCard], device_key: Ed25519PrivateKey, keys: dict[str, Ed25519PublicKey]
) -> None:
    card = cards[1]
    result = verify_card(sign_card(card, device_key), keys, TODAY)
    assert result.kind is VerificationKind.VALID
    assert result.ok
    fields = result.fields
    assert fields is not None
    assert fields.registration_number == card.registration_number
    assert fields.holder_name == card.holder_name
    assert fields.birth_date == card.birth_date
    assert fields.village_code == card.village_code
    assert fields.coverage_end == card.coverage_end
    assert fields.status is CardStatus.VALID
    assert fields.device_code == card.device_code
    assert fields.issued_on == card.issued_on


def test_payload_format_is_compact_and_carries_no_nik(
    cards: list[EnrollmentCard], device_key: Ed25519PrivateKey
) -> None:
    payload = sign_card(cards[0], device_key)
    parts = payload.split(SEPARATOR)
    assert parts[0] == TAG
    assert parts[1:9] == [
        cards[0].registration_number,
        "SITI AMINAH",
        "19900805",
        "1471011003",
        "20261231",
        "P",
        cards[0].device_code,
        "20260115",
    ]
    assert len(parts[9]) == 86
    assert len(payload.encode()) <= 200
    assert SAMPLE_NIK not in payload
    assert "450890" not in payload  # the NIK's birth-date digits (day + 40 for women)


def test_longest_allowed_name_stays_within_300_bytes(
    cards: list[EnrollmentCard], device_key: Ed25519PrivateKey
) -> None:
    card = replace(cards[0], holder_name="A" * 100)  # NAME_MAX in the registration rules
    assert len(sign_card(card, device_key).encode()) <= 300


def test_name_with_separator_survives(cards: list[EnrollmentCard], device_key: Ed25519PrivateKey, keys) -> None:
    card = replace(cards[0], holder_name="NUR | AINI")
    result = verify_card(sign_card(card, device_key), keys, TODAY)
    assert result.kind is VerificationKind.VALID
    assert result.fields is not None and result.fields.holder_name == "NUR | AINI"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("SITI AMINAH", "SITI AMINAT"),  # another name
        ("|20261231|", "|20291231|"),  # longer coverage
        ("|P|", "|V|"),  # provisional made valid
        ("|19900805|", "|19900806|"),
        ("|1471011003|", "|1471011004|"),
        ("|20260115|", "|20260116|"),
    ],
)
def test_changed_payload_is_forged(cards, device_key, keys, old: str, new: str) -> None:
    payload = sign_card(cards[0], device_key)
    assert old in payload
    result = verify_card(payload.replace(old, new, 1), keys, TODAY)
    assert result.kind is VerificationKind.FORGED
    assert result.fields is None


def test_signature_of_another_key_is_forged(cards, keys) -> None:
    result = verify_card(sign_card(cards[0], Ed25519PrivateKey.generate()), keys, TODAY)
    assert result.kind is VerificationKind.FORGED


def test_changed_signature_is_forged_or_malformed(cards, device_key, keys) -> None:
    payload = sign_card(cards[0], device_key)
    sig = payload.rsplit(SEPARATOR, 1)[1]
    raw = bytearray(base64.urlsafe_b64decode(sig + "=="))
    raw[0] ^= 0x01
    forged = payload[: -len(sig)] + base64.urlsafe_b64encode(bytes(raw)).decode().rstrip("=")
    assert verify_card(forged, keys, TODAY).kind is VerificationKind.FORGED
    # A second spelling of the same signature (spare low bits set) is not accepted either.
    last = sig[-1]
    twin = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    other = twin[twin.index(last) + 1]
    assert verify_card(payload[:-1] + other, keys, TODAY).kind is VerificationKind.MALFORMED


def test_unknown_device(cards, device_key) -> None:
    payload = sign_card(cards[0], device_key)
    other_device = {"ZZZZZZZZ": Ed25519PrivateKey.generate().public_key()}
    result = verify_card(payload, other_device, TODAY)
    assert result.kind is VerificationKind.UNKNOWN_DEVICE
    assert result.device_code == cards[0].device_code
    assert result.fields is None
    assert cards[0].device_code in text(result.code, result.params)


def test_expired_after_coverage_end(cards, device_key, keys) -> None:
    payload = sign_card(cards[0], device_key)
    end = cards[0].coverage_end
    assert verify_card(payload, keys, end).kind is VerificationKind.VALID  # the last day still counts
    result = verify_card(payload, keys, end + timedelta(days=1))
    assert result.kind is VerificationKind.EXPIRED
    assert result.fields is not None and result.fields.coverage_end == end
    assert "31-12-2026" in text(result.code, result.params)


@pytest.mark.parametrize(
    "garbage",
    [
        "",
        "hello",
        "https://example.org/?q=1",
        "PK1",
        "PK1|",
        "PK2|PK-AAAA-AAAA-000001|X|19900805|1471011003|20261231|P|AAAAAAAA|20260115|" + "A" * 86,
        "PK1|PK-AAAA-AAAA-000001|X|19900805|1471011003|20261231|P|AAAAAAAA|20260115|" + "A" * 85,
        "PK1|PK-AAAA-AAAA-000001|X|1990-08-05|1471011003|20261231|P|AAAAAAAA|20260115|" + "A" * 86,
        "PK1|PK-AAAA-AAAA-000001|X|19900805|1471011003|20261231|Q|AAAAAAAA|20260115|" + "A" * 86,
        "PK1|PK-AAAA-AAAA-000001|   |19900805|1471011003|20261231|P|AAAAAAAA|20260115|" + "A" * 86,
        "\x00\xff" * 40,
        "PK1|" * 2000,
    ],
)
def test_garbage_is_malformed(garbage: str, keys) -> None:
    assert verify_card(garbage, keys, TODAY).kind is VerificationKind.MALFORMED


def test_non_text_input_is_malformed(keys) -> None:
    assert verify_card(None, keys, TODAY).kind is VerificationKind.MALFORMED
    assert verify_card(b"\xff\xfe", keys, TODAY).kind is VerificationKind.MALFORMED
    assert verify_card(12345, keys, TODAY).kind is VerificationKind.MALFORMED


def test_scanner_bytes_and_trailing_newline_verify(cards, device_key, keys) -> None:
    payload = sign_card(cards[0], device_key)
    assert verify_card(payload.encode() + b"\n", keys, TODAY).kind is VerificationKind.VALID


def test_every_verification_kind_has_messages() -> None:
    for kind in VerificationKind:
        entry = CATALOGUE[f"cards.verify.{kind.value}"]
        assert all(entry)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=600))
def test_verify_never_raises_on_arbitrary_text(keys_for_property, garbage: str) -> None:
    result = verify_card(garbage, keys_for_property, TODAY)
    assert result.kind in set(VerificationKind)
    assert result.kind is not VerificationKind.VALID


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_verify_never_raises_on_mutated_payloads(keys_for_property, signed_for_property, data) -> None:
    payload: str = signed_for_property
    position = data.draw(st.integers(0, len(payload)))
    cut = data.draw(st.integers(0, 5))
    insert = data.draw(st.text(max_size=5))
    mutated = payload[:position] + insert + payload[position + cut :]
    result = verify_card(mutated, keys_for_property, TODAY)
    if mutated.strip("\r\n") == payload:  # scanners append a line break; it is not part of the payload
        assert result.kind is VerificationKind.VALID
    else:
        assert result.kind in {
            VerificationKind.FORGED,
            VerificationKind.MALFORMED,
            VerificationKind.UNKNOWN_DEVICE,
        }


@pytest.fixture(scope="module")
def keys_for_property(keys):
    return keys


@pytest.fixture(scope="module")
def signed_for_property(cards, device_key) -> str:
    return sign_card(cards[0], device_key)
