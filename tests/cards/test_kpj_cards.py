"""A card printed after BPJS enrolled the worker: TERDAFTAR BPJS with the KPJ number, on the card and in
its signed QR (payload ``PK2``), read back from the printed page and verified; hostile ``PK2`` texts."""

from __future__ import annotations

from datetime import date

import pytest

from pulut_desktop.cards import CardStatus, VerificationKind, card_from_registration, render_cards, sign_card
from pulut_desktop.cards.errors import CardError
from pulut_desktop.cards.payload import verify_card
from pulut_desktop.domain.bpjs import Membership
from pulut_desktop.domain.status import Status

from .samples import ISSUED_ON, sample_registration
from .test_qr_roundtrip import decode, rasterise

MEMBERSHIP = Membership("19012345678", date(2026, 2, 1), date(2027, 1, 31))
TODAY = date(2026, 3, 1)


@pytest.fixture(scope="module")
def enrolled(device_code):
    reg = sample_registration(device_code, 7, status=Status.ACCEPTED)
    return card_from_registration(reg, device_code=device_code, issued_on=ISSUED_ON, membership=MEMBERSHIP)


def test_an_enrolled_card_is_final_with_bpjs_dates(enrolled, device_code):
    assert enrolled.status is CardStatus.ENROLLED and enrolled.status.label_id == "TERDAFTAR BPJS"
    assert (enrolled.kpj, enrolled.coverage_start, enrolled.coverage_end) == (
        "19012345678", date(2026, 2, 1), date(2027, 1, 31)
    )  # fmt: skip
    # Only an accepted registration becomes TERDAFTAR BPJS: a provisional one stays SEMENTARA
    sent = sample_registration(device_code, 8, status=Status.SENT)
    card = card_from_registration(sent, device_code=device_code, issued_on=ISSUED_ON, membership=MEMBERSHIP)
    assert (card.status, card.kpj) == (CardStatus.PROVISIONAL, None)


def test_the_printed_qr_carries_the_kpj_and_verifies(enrolled, device_code, device_key, tmp_path):
    text = sign_card(enrolled, device_key)
    assert text.startswith("PK2|") and "|T|19012345678|" in text
    pdf = tmp_path / "kartu-kpj.pdf"
    render_cards([(enrolled, text)], pdf, layout="card")
    [png] = rasterise(pdf, tmp_path, 1, 1)
    scanned = decode(png)
    assert scanned.rstrip(b"\n") == text.encode("utf-8")
    result = verify_card(scanned, {device_code: device_key.public_key()}, TODAY)
    assert result.kind is VerificationKind.VALID
    assert (result.fields.status, result.fields.kpj) == (CardStatus.ENROLLED, "19012345678")
    assert result.params["kpj"] == "19012345678"


def test_a_card_without_kpj_is_still_pk1(device_code, device_key):
    reg = sample_registration(device_code, 9, status=Status.ACCEPTED)
    text = sign_card(card_from_registration(reg, device_code=device_code, issued_on=ISSUED_ON), device_key)
    assert text.startswith("PK1|") and "|V|" in text


@pytest.mark.parametrize(
    "mangle",
    [
        lambda t: t.replace("|T|19012345678|", "|V|19012345678|"),  # PK2 without status T
        lambda t: t.replace("|T|19012345678|", "|T|1901234567|"),  # 10 digits
        lambda t: t.replace("|T|19012345678|", "|T|1901234567８|"),  # a full-width digit
        lambda t: t.replace("|T|19012345678|", "|T|"),  # no KPJ field
        lambda t: t.replace("PK2|", "PK1|").replace("|T|19012345678|", "|T|"),  # T in PK1
    ],
)
def test_hostile_pk2_texts_are_refused(enrolled, device_code, device_key, mangle):
    text = mangle(sign_card(enrolled, device_key))
    body = text.rsplit("|", 1)[0]  # re-signed by the real key: the format itself must refuse it
    import base64

    signature = base64.urlsafe_b64encode(device_key.sign(body.encode())).decode().rstrip("=")
    result = verify_card(body + "|" + signature, {device_code: device_key.public_key()}, TODAY)
    assert result.kind is VerificationKind.MALFORMED


def test_a_changed_kpj_is_forged(enrolled, device_code, device_key):
    text = sign_card(enrolled, device_key).replace("|19012345678|", "|19012345679|")
    assert verify_card(text, {device_code: device_key.public_key()}, TODAY).kind is VerificationKind.FORGED


def test_the_card_model_refuses_a_kpj_out_of_place(enrolled):
    from dataclasses import replace

    with pytest.raises(CardError):
        replace(enrolled, kpj="123")
    with pytest.raises(CardError):
        replace(enrolled, kpj=None)
    with pytest.raises(CardError):
        replace(enrolled, status=CardStatus.VALID)
