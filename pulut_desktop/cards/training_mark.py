"""The diagonal "LATIHAN — TIDAK BERLAKU" mark printed over both sides of a training card.

Drawn last, over the fields and the QR, in translucent red from corner to corner: a training card can
be handed out at a practice drive, but nobody can mistake it for a real one (its QR says so too).
"""

from __future__ import annotations

import math

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from .fonts import BOLD, text_width
from .style import CARD_HEIGHT, CARD_WIDTH

TRAINING_MARK = "LATIHAN — TIDAK BERLAKU"
MARK_COLOUR = HexColor("#B91C1C")
MARK_ALPHA = 0.38
MARK_MAX_SIZE = 15.0  # points
MARK_PADDING = 10.0 * mm  # kept free at each end of the diagonal


def mark_angle() -> float:
    """Degrees of the card's diagonal from the lower-left to the upper-right corner."""
    return math.degrees(math.atan2(CARD_HEIGHT, CARD_WIDTH))


def mark_size() -> float:
    """The largest font size at which the mark fits along the diagonal."""
    diagonal = math.hypot(CARD_WIDTH, CARD_HEIGHT) - 2 * MARK_PADDING
    return min(MARK_MAX_SIZE, MARK_MAX_SIZE * diagonal / text_width(TRAINING_MARK, BOLD, MARK_MAX_SIZE))


def draw_training_mark(canvas: Canvas) -> None:
    """Over the card at the origin (card coordinates), on top of everything drawn so far."""
    size = mark_size()
    canvas.saveState()
    canvas.setFillColor(MARK_COLOUR)
    canvas.setFillAlpha(MARK_ALPHA)
    canvas.setStrokeColor(MARK_COLOUR)
    canvas.setStrokeAlpha(MARK_ALPHA)
    canvas.translate(CARD_WIDTH / 2, CARD_HEIGHT / 2)
    canvas.rotate(mark_angle())
    canvas.setFont(BOLD, size)
    canvas.drawCentredString(0, -size * 0.35, TRAINING_MARK)
    canvas.setLineWidth(0.8)
    half = text_width(TRAINING_MARK, BOLD, size) / 2 + 2 * mm
    for offset in (size * 0.95, -size * 0.75):  # two rules frame the words
        canvas.line(-half, offset, half, offset)
    canvas.restoreState()
