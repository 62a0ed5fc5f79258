"""QR codes drawn fast: encoded by zxing-cpp, the matrix painted as one 1-bit inline image mask.

ReportLab's ``QrCodeWidget`` encodes twice and builds one ``Rect`` per dark module (~2,400 per card,
60-90 ms). Here the matrix becomes a single inline image mask (``BI ... ID ... EI``, one bit per
module, about 450 bytes) scaled to the symbol size by one ``cm``: about 0.05 ms per card to draw, and
sharp module edges, because image masks are stencils painted with the fill colour, not resampled
photos.

The encoder is zxing-cpp's writer (libzint inside, compiled): about 0.7 ms per card, where pure-Python
segno took about 3 ms even with a fixed mask, the bulk of printing 1,000 cards. It chooses the mask by
the ISO 18004 penalty score, as a QR encoder should. The payload goes in as bytes with no ECI header, so
the symbol holds its UTF-8 bytes as they are (numeric and alphanumeric runs packed tighter, which often
makes the symbol one version smaller), which is what the scanners and ``verify-card`` read; the tests
decode rendered cards with zbar at 300 dpi.
"""

from __future__ import annotations

from dataclasses import dataclass

import zxingcpp
from reportlab.pdfgen.canvas import Canvas

ERROR_LEVEL = "M"
# Bytes alone would get an ECI 899 ("binary") header; "0" writes none, as segno did: plain byte-mode data that
# every scanner hands over as is (tests/cards/test_qr_symbol.py).
NO_ECI = "0"
# zxing-cpp's image has one byte per module, 0 dark and 255 light. An image mask paints where the sample
# is 0 (default /Decode [0 1]), so a dark module is a 0 bit; ``QrMatrix.rows`` keeps 1 = dark.
_TO_MASK_BITS = bytes.maketrans(b"\x00\xff", b"01")
_TO_ROWS = bytes.maketrans(b"\x00\xff", b"\x01\x00")


@dataclass(frozen=True)
class QrMatrix:
    size: int  # modules per side, without quiet zone
    rows: tuple[bytes, ...]  # one byte per module, 1 = dark, row 0 at the top
    version: int
    bits: bytes  # the image mask: rows packed MSB first, each padded to a whole byte with unpainted (1) bits


def encode_qr(text: str) -> QrMatrix:
    """The QR code of ``text`` (error correction M); ``ValueError`` when it does not fit any version."""
    payload = text.encode("utf-8")
    barcode = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode, ec_level=ERROR_LEVEL, eci=NO_ECI)
    image = barcode.to_image(scale=1, add_quiet_zones=False)
    size = image.shape[0]
    pixels = bytes(memoryview(image))
    width = (size + 7) // 8
    lines = [pixels[r * size : (r + 1) * size] for r in range(size)]
    bits = b"".join(
        int(line.translate(_TO_MASK_BITS).ljust(width * 8, b"1"), 2).to_bytes(width, "big") for line in lines
    )
    rows = tuple(line.translate(_TO_ROWS) for line in lines)
    return QrMatrix(size=size, rows=rows, version=(size - 17) // 4, bits=bits)


def draw_qr(canvas: Canvas, matrix: QrMatrix, x: float, y: float, size: float) -> None:
    """Paint ``matrix`` in pure black, filling the square with lower-left corner ``(x, y)``.

    Image space maps row 0 to the top of the unit square, which is the QR's own orientation.
    """
    canvas.addLiteral(
        f"q 0 g {size:.4f} 0 0 {size:.4f} {x:.4f} {y:.4f} cm\n"
        f"BI /W {matrix.size} /H {matrix.size} /IM true /F /AHx ID\n{matrix.bits.hex()}>\nEI Q"
    )
