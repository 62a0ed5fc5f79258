"""Where cards go on a page: one card per page at card size, or ten per A4 sheet with crop marks.

A4 sheets hold 2 columns x 5 rows. Each front sheet is followed by its back sheet; on the back the
columns are mirrored, because long-edge duplex turns the sheet over around its vertical axis: the card
printed top-left on the front has its back top-right on the reverse. The grid is centred, so the
mirror is exact whatever the printer's paper path.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from .style import BLACK, CARD_HEIGHT, CARD_WIDTH

CARD_LAYOUT = "card"
A4_LAYOUT = "a4"
LAYOUTS = (CARD_LAYOUT, A4_LAYOUT)

COLUMNS = 2
ROWS = 5
PER_SHEET = COLUMNS * ROWS
COLUMN_GAP = 6.0 * mm
ROW_GAP = 3.0 * mm
MARK_OFFSET = 1.5 * mm  # gap between the trim line's end and its crop mark
MARK_LENGTH = 4.0 * mm
MARK_WIDTH = 0.25


@dataclass(frozen=True)
class Slot:
    x: float  # lower-left corner of the card's trim box on the page
    y: float


def page_size(layout: str) -> tuple[float, float]:
    return (CARD_WIDTH, CARD_HEIGHT) if layout == CARD_LAYOUT else A4


def _grid_origin() -> tuple[float, float]:
    width, height = A4
    grid_w = COLUMNS * CARD_WIDTH + (COLUMNS - 1) * COLUMN_GAP
    grid_h = ROWS * CARD_HEIGHT + (ROWS - 1) * ROW_GAP
    return (width - grid_w) / 2, (height - grid_h) / 2


def front_slot(index: int) -> Slot:
    """Position ``index`` (0-9, row by row from the top left) on a front sheet."""
    row, column = divmod(index, COLUMNS)
    left, bottom = _grid_origin()
    x = left + column * (CARD_WIDTH + COLUMN_GAP)
    y = bottom + (ROWS - 1 - row) * (CARD_HEIGHT + ROW_GAP)
    return Slot(x, y)


def back_slot(index: int) -> Slot:
    """Where the back of the card at front position ``index`` goes: same row, mirrored column."""
    row, column = divmod(index, COLUMNS)
    return front_slot(row * COLUMNS + (COLUMNS - 1 - column))


def cut_lines() -> tuple[list[float], list[float]]:
    """The x of every vertical and the y of every horizontal trim line of the grid."""
    lefts = [front_slot(c).x for c in range(COLUMNS)]
    bottoms = [front_slot(r * COLUMNS).y for r in range(ROWS)]
    xs = sorted({*lefts, *(x + CARD_WIDTH for x in lefts)})
    ys = sorted({*bottoms, *(y + CARD_HEIGHT for y in bottoms)})
    return xs, ys


def draw_crop_marks(canvas: Canvas) -> None:
    """Short hairlines in the sheet margins on the extension of every trim line."""
    xs, ys = cut_lines()
    left, bottom = _grid_origin()
    right, top = A4[0] - left, A4[1] - bottom
    canvas.saveState()
    canvas.setStrokeColor(BLACK)
    canvas.setLineWidth(MARK_WIDTH)
    marks = canvas.beginPath()
    for x in xs:
        marks.moveTo(x, top + MARK_OFFSET)
        marks.lineTo(x, top + MARK_OFFSET + MARK_LENGTH)
        marks.moveTo(x, bottom - MARK_OFFSET)
        marks.lineTo(x, bottom - MARK_OFFSET - MARK_LENGTH)
    for y in ys:
        marks.moveTo(left - MARK_OFFSET, y)
        marks.lineTo(left - MARK_OFFSET - MARK_LENGTH, y)
        marks.moveTo(right + MARK_OFFSET, y)
        marks.lineTo(right + MARK_OFFSET + MARK_LENGTH, y)
    canvas.drawPath(marks, stroke=1, fill=0)
    canvas.restoreState()
