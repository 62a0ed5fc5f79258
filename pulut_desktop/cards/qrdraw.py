"""QR codes drawn fast: encode once with segno, paint the matrix as one 1-bit inline image mask.

ReportLab's ``QrCodeWidget`` encodes twice and builds one ``Rect`` per dark module (~2,400 per card,
60-90 ms). Here the matrix becomes a single inline image mask (``BI ... ID ... EI``, one bit per
module, about 450 bytes) scaled to the symbol size by one ``cm``: about 0.05 ms per card to draw, and
sharp module edges, because image masks are stencils painted with the fill colour, not resampled
photos.

The mask pattern is fixed (:data:`MASK`). Choosing it by the ISO 18004 penalty score is what makes
segno take ~9 ms per code (1.9 ms with a fixed mask). Every mask is legal and decoders read all eight;
the penalty only steers away from patterns that might confuse weak readers, so the tests decode
rendered cards with zbar at 300 dpi to keep this choice honest.
"""

from __future__ import annotations

from dataclasses import dataclass

import segno
from reportlab.pdfgen.canvas import Canvas

ERROR_LEVEL = "m"
MASK = 2  # ISO 18004 mask 2: columns where j mod 3 == 0
# An image mask paints where the sample is 0 (default /Decode [0 1]), so dark modules become 0 bits.
_TO_MASK_BITS = bytes.maketrans(b"\x00\x01", b"10")


@dataclass(frozen=True)
class QrMatrix:
    size: int  # modules per side, without quiet zone
    rows: tuple[bytes, ...]  # one byte per module, 1 = dark, row 0 at the top
    version: int


def encode_qr(text: str) -> QrMatrix:
    qr = segno.make(text.encode("utf-8"), error=ERROR_LEVEL, mode="byte", mask=MASK, micro=False, boost_error=False)
    rows = tuple(bytes(row) for row in qr.matrix)
    return QrMatrix(size=len(rows), rows=rows, version=int(qr.version))


def mask_bits(matrix: QrMatrix) -> bytes:
    """Rows packed MSB first, each padded to a whole byte with unpainted (1) bits."""
    width = (matrix.size + 7) // 8
    return b"".join(
        int(row.translate(_TO_MASK_BITS).ljust(width * 8, b"1"), 2).to_bytes(width, "big") for row in matrix.rows
    )


def draw_qr(canvas: Canvas, matrix: QrMatrix, x: float, y: float, size: float) -> None:
    """Paint ``matrix`` in pure black, filling the square with lower-left corner ``(x, y)``.

    Image space maps row 0 to the top of the unit square, which is the QR's own orientation.
    """
    canvas.addLiteral(
        f"q 0 g {size:.4f} 0 0 {size:.4f} {x:.4f} {y:.4f} cm\n"
        f"BI /W {matrix.size} /H {matrix.size} /IM true /F /AHx ID\n{mask_bits(matrix).hex()}>\nEI Q"
    )
