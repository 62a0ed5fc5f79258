"""QR codes drawn fast: encoded by zxing-cpp, the matrix painted as one 1-bit inline image mask.

ReportLab's ``QrCodeWidget`` encodes twice and builds one ``Rect`` per dark module (~2,400 per card,
60-90 ms). Here the matrix becomes a single inline image mask (``BI ... ID ... EI``, one bit per
module, about 450 bytes) scaled to the symbol size by one ``cm``: about 0.05 ms per card to draw, and
sharp module edges, because image masks are stencils painted with the fill colour, not resampled
photos.

The encoder is zxing-cpp's writer (libzint inside, compiled). The payload goes in as bytes with no ECI
header, so the symbol holds its UTF-8 bytes as they are (numeric and alphanumeric runs packed tighter,
which often makes the symbol one version smaller), which is what the scanners and ``verify-card`` read.

The mask pattern is fixed (:data:`MASK`): choosing it by the ISO 18004 penalty score takes libzint about
0.75 ms per code, a fixed mask about 0.15 ms (pure-Python segno took ~3 ms even with a fixed mask). Every
mask is legal and decoders read all eight; the penalty only steers away from patterns that might confuse
weak readers, so the tests decode rendered cards with zbar at 300 dpi to keep this choice honest.
"""

from __future__ import annotations

from dataclasses import dataclass

import zxingcpp
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

ERROR_LEVEL = "M"
# Bytes alone would get an ECI 899 ("binary") header; "0" writes none, as segno did: plain byte-mode data that
# every scanner hands over as is (tests/cards/test_qr_symbol.py).
NO_ECI = "0"
MASK = 2  # ISO 18004 mask 2: columns where j mod 3 == 0


@dataclass(frozen=True)
class QrMatrix:
    size: int  # modules per side, without quiet zone
    pixels: bytes  # zxing-cpp's image: one byte per module, row 0 at the top, 0 dark and 255 light
    bits: bytes  # the image mask: rows packed MSB first, a dark module a 0 bit (see draw_qr), padded to whole bytes

    @property
    def rows(self) -> tuple[bytes, ...]:
        """One byte per module, 1 = dark, row 0 at the top."""
        n = self.size
        return tuple(self.pixels[r * n : (r + 1) * n].translate(_DARK_AS_ONE) for r in range(n))

    @property
    def version(self) -> int:
        return (self.size - 17) // 4


_DARK_AS_ONE = bytes.maketrans(b"\x00\xff", b"\x01\x00")


def encode_qr(text: str) -> QrMatrix:
    """The QR code of ``text`` (error correction M); ``ValueError`` when it does not fit any version."""
    payload = text.encode("utf-8")
    barcode = zxingcpp.create_barcode(
        payload, zxingcpp.BarcodeFormat.QRCode, ec_level=ERROR_LEVEL, eci=NO_ECI, dataMask=MASK
    )
    image = barcode.to_image(scale=1, add_quiet_zones=False)
    size = image.shape[0]
    pixels = bytes(memoryview(image))
    # Pillow's 1-bit mode packs exactly like a PDF image mask: MSB first, each row padded to a whole byte,
    # light (255) a 1 bit and dark a 0 bit, which the mask paints.
    bits = Image.frombytes("L", (size, size), pixels).convert("1", dither=Image.Dither.NONE).tobytes()
    return QrMatrix(size=size, pixels=pixels, bits=bits)


def draw_qr(canvas: Canvas, matrix: QrMatrix, x: float, y: float, size: float) -> None:
    """Paint ``matrix`` in pure black, filling the square with lower-left corner ``(x, y)``.

    Image space maps row 0 to the top of the unit square, which is the QR's own orientation.
    """
    canvas.addLiteral(
        f"q 0 g {size:.4f} 0 0 {size:.4f} {x:.4f} {y:.4f} cm\n"
        f"BI /W {matrix.size} /H {matrix.size} /IM true /F /AHx ID\n{matrix.bits.hex()}>\nEI Q"
    )
