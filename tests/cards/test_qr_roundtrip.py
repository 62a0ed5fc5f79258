"""Print-path round trip: render, rasterise at 300 dpi with poppler, decode with zbar, verify.

These tests need ``pdftoppm`` (poppler-utils) and ``zbarimg`` (zbar-tools). They fail, not skip, when
the tools are missing: CI installs them, and a silent skip would hide an unreadable QR code.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

from PIL import Image
from reportlab.lib.pagesizes import A4

from pulut_desktop.cards import VerificationKind, verify_card
from pulut_desktop.cards.layout import front_slot
from pulut_desktop.cards.style import CARD_HEIGHT, CARD_WIDTH

DPI = 300
TODAY = date(2026, 3, 1)


def tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: apt-get install -y poppler-utils zbar-tools"
    return path


def rasterise(pdf: Path, out_dir: Path, first: int, last: int) -> list[Path]:
    prefix = out_dir / f"{pdf.stem}-{first}"
    subprocess.run(
        [tool("pdftoppm"), "-r", str(DPI), "-png", "-f", str(first), "-l", str(last), str(pdf), str(prefix)],
        check=True,
        capture_output=True,
    )
    return sorted(out_dir.glob(f"{prefix.name}-*.png"))


def decode(png: Path) -> bytes:
    # zbarimg prints a harmless D-Bus warning on stderr; the payload is stdout, byte for byte.
    result = subprocess.run([tool("zbarimg"), "--raw", "-q", "-Sbinary", str(png)], capture_output=True)
    assert result.returncode == 0, f"no QR code found in {png.name}"
    return result.stdout


def test_every_card_page_qr_decodes_and_verifies(card_pdf: Path, jobs, device_code, device_key, tmp_path) -> None:
    keys = {device_code: device_key.public_key()}
    for index, (card, qr_text) in enumerate(jobs):
        page = 2 * index + 1  # fronts are the odd pages
        [png] = rasterise(card_pdf, tmp_path, page, page)
        scanned = decode(png)
        assert scanned.rstrip(b"\n") == qr_text.encode("utf-8")
        result = verify_card(scanned, keys, TODAY)
        assert result.kind is VerificationKind.VALID, result
        assert result.fields is not None
        assert result.fields.registration_number == card.registration_number
        assert result.fields.holder_name == card.holder_name


def test_a4_sheet_qr_codes_decode_in_their_slots(a4_pdf: Path, a4_jobs, device_code, device_key, tmp_path) -> None:
    keys = {device_code: device_key.public_key()}
    [png] = rasterise(a4_pdf, tmp_path, 1, 1)
    scale = DPI / 72
    with Image.open(png) as sheet:
        width, height = sheet.size
        assert abs(width - A4[0] * scale) <= 1 and abs(height - A4[1] * scale) <= 1
        for index, (card, qr_text) in enumerate(a4_jobs[:10]):
            slot = front_slot(index)
            box = (
                round(slot.x * scale),
                round((A4[1] - slot.y - CARD_HEIGHT) * scale),
                round((slot.x + CARD_WIDTH) * scale),
                round((A4[1] - slot.y) * scale),
            )
            crop = tmp_path / f"slot-{index}.png"
            sheet.crop(box).save(crop)
            scanned = decode(crop)
            assert scanned.rstrip(b"\n") == qr_text.encode("utf-8"), f"slot {index}"
            result = verify_card(scanned, keys, TODAY)
            assert result.kind is VerificationKind.VALID
            assert result.fields is not None and result.fields.registration_number == card.registration_number


def test_tampered_scan_is_forged(card_pdf: Path, jobs, device_code, device_key, tmp_path) -> None:
    [png] = rasterise(card_pdf, tmp_path, 1, 1)
    scanned = decode(png).decode("utf-8")
    tampered = scanned.replace("|P|", "|V|", 1)
    assert tampered != scanned
    assert verify_card(tampered, {device_code: device_key.public_key()}, TODAY).kind is VerificationKind.FORGED
