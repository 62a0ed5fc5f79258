"""The QR symbol on a printed card: plain byte-mode data without an ECI header, the payload's UTF-8 bytes as
they are (as the segno encoder wrote them before zxing-cpp), read back from the rendered page with zxing-cpp
and zbar. A hardware scanner that transmits ECI designators would otherwise hand ``verify-card`` a
``\\000899`` prefix, and a phone app might show the text as binary data."""

from __future__ import annotations

from pathlib import Path

import zxingcpp
from PIL import Image

from pulut_desktop.cards import VerificationKind, card_from_registration, render_cards, sign_card, verify_card
from pulut_desktop.cards.qrdraw import MASK

from .samples import ISSUED_ON, sample_registration
from .test_qr_roundtrip import TODAY, decode, rasterise


def _card_with_name(name: str, device_code: str, device_key, tmp_path: Path) -> tuple[Path, str]:
    card = card_from_registration(sample_registration(device_code, 7, name=name), device_code=device_code,
                                  issued_on=ISSUED_ON)  # fmt: skip
    text = sign_card(card, device_key)
    pdf = tmp_path / "card.pdf"
    render_cards([(card, text)], pdf, layout="card")
    return pdf, text


def test_the_qr_has_no_eci_header_and_carries_the_payload_bytes(device_code, device_key, tmp_path) -> None:
    for name in ("SITI AMINAH", "NUR ÄINI SÉTIAWATI"):  # ASCII, and a name with letters outside ASCII
        pdf, text = _card_with_name(name, device_code, device_key, tmp_path)
        [png] = rasterise(pdf, tmp_path, 1, 1)
        found = zxingcpp.read_barcode(Image.open(png).convert("L"), formats=zxingcpp.BarcodeFormat.QRCode)
        assert found is not None and found.valid, png
        assert found.bytes == text.encode("utf-8")
        assert found.content_type is zxingcpp.ContentType.Text  # an ECI 899 header reads as Binary
        assert found.extra["ECLevel"] == "M"
        assert found.extra["DataMask"] == MASK  # fixed, as qrdraw explains; zbar below still reads it
        assert decode(png).rstrip(b"\n") == text.encode("utf-8")  # zbar, byte for byte
        assert verify_card(text, {device_code: device_key.public_key()}, TODAY).kind is VerificationKind.VALID
