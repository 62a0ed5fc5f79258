"""The front of a card, in card coordinates (origin at the lower-left corner of the trim box).

What every card shares (background, header, emblem) is drawn once per PDF as a form XObject by
:func:`draw_front_static`; :func:`draw_front_fields` draws one holder's data, badge and QR on top.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from .emblem import draw_emblem
from .fonts import BOLD, REGULAR, text_width
from .model import CardStatus, EnrollmentCard
from .qrdraw import draw_qr
from .style import (
    ACCENT,
    CARD_HEIGHT,
    CARD_WIDTH,
    HEADER_HEIGHT,
    INK,
    LABEL_SIZE,
    MARGIN,
    MUTED,
    NAME_SIZE,
    PRIMARY,
    PROVISIONAL_COLOUR,
    QR_COLUMN_WIDTH,
    QR_SIZE,
    SMALL_SIZE,
    STRIPE_HEIGHT,
    TRAINING_COLOUR,
    VALID_COLOUR,
    VALUE_SIZE,
    WHITE,
)
from .text import fit

TITLE = "PULUT KETAN"
SUBTITLE = "Perlindungan Pekerja Rentan, Provinsi Riau"
CARD_KIND = "KARTU PESERTA"
CARD_KIND_2 = "BPJS Ketenagakerjaan"

BODY_TOP = CARD_HEIGHT - HEADER_HEIGHT - STRIPE_HEIGHT - 1.4 * mm
LEFT_X = MARGIN + 0.5 * mm
LEFT_WIDTH = CARD_WIDTH - 2 * MARGIN - QR_COLUMN_WIDTH - 2.5 * mm
SPLIT = 0.57  # share of the left column taken by the first of two side-by-side fields
QR_X = CARD_WIDTH - MARGIN - QR_COLUMN_WIDTH + (QR_COLUMN_WIDTH - QR_SIZE) / 2
BADGE_HEIGHT = 5.6 * mm
QR_TOP = BODY_TOP - BADGE_HEIGHT - 1.6 * mm
ROW_GAP = 1.05 * mm
TIGHT_ROW_GAP = 0.35 * mm  # when a long name, address and occupation all wrap to two lines
FIELDS_FLOOR = 1.6 * mm  # the field column stays above the gold edge at the bottom

QrPainter = Callable[[Canvas, Any, float, float, float], None]


def format_date(day: date) -> str:
    """Dates as on a KTP: ``05-08-1990``."""
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


def draw_front_static(canvas: Canvas) -> None:
    canvas.setFillColor(WHITE)
    canvas.rect(0, 0, CARD_WIDTH, CARD_HEIGHT, stroke=0, fill=1)
    canvas.setFillColor(PRIMARY)
    canvas.rect(0, CARD_HEIGHT - HEADER_HEIGHT, CARD_WIDTH, HEADER_HEIGHT, stroke=0, fill=1)
    canvas.setFillColor(ACCENT)
    canvas.rect(0, CARD_HEIGHT - HEADER_HEIGHT - STRIPE_HEIGHT, CARD_WIDTH, STRIPE_HEIGHT, stroke=0, fill=1)
    canvas.rect(0, 0, CARD_WIDTH, 0.6 * mm, stroke=0, fill=1)

    emblem = 8.6 * mm
    header_mid = CARD_HEIGHT - HEADER_HEIGHT / 2
    draw_emblem(canvas, MARGIN + emblem / 2, header_mid, emblem)

    text_x = MARGIN + emblem + 2.0 * mm
    canvas.setFillColor(WHITE)
    canvas.setFont(BOLD, 10.5)
    canvas.drawString(text_x, header_mid + 0.6 * mm, TITLE)
    canvas.setFont(REGULAR, 5.6)
    canvas.drawString(text_x, header_mid - 2.9 * mm, SUBTITLE)

    right = CARD_WIDTH - MARGIN
    canvas.setFont(BOLD, 5.4)
    canvas.drawRightString(right, header_mid + 1.0 * mm, CARD_KIND)
    canvas.setFont(REGULAR, 4.2)
    canvas.setFillColor(ACCENT)
    canvas.drawRightString(right, header_mid - 1.2 * mm, CARD_KIND_2)


def _label(canvas: Any, x: float, y: float, text: str) -> None:
    canvas.setFont(REGULAR, LABEL_SIZE)
    canvas.setFillColor(MUTED)
    canvas.drawString(x, y, text)


def _field(
    canvas: Any,
    x: float,
    top: float,
    width: float,
    label: str,
    value: str,
    *,
    font: str = BOLD,
    size: float = VALUE_SIZE,
    min_size: float = 5.2,
    max_lines: int = 1,
) -> float:
    """Draw a label above its value; return the y of the bottom of the block."""
    _label(canvas, x, top - LABEL_SIZE * 0.8, label)
    fitted = fit(value, font, size=size, min_size=min_size, width=width, max_lines=max_lines)
    canvas.setFont(font, fitted.size)
    canvas.setFillColor(INK)
    y = top - LABEL_SIZE * 0.95 - fitted.size * 0.95
    for line in fitted.lines:
        canvas.drawString(x, y, line)
        y -= fitted.leading
    return y + fitted.leading - fitted.size * 0.25


def _badge(canvas: Canvas, status: CardStatus) -> None:
    colours = {CardStatus.VALID: VALID_COLOUR, CardStatus.ENROLLED: VALID_COLOUR, CardStatus.TRAINING: TRAINING_COLOUR}
    colour = colours.get(status, PROVISIONAL_COLOUR)
    x = CARD_WIDTH - MARGIN - QR_COLUMN_WIDTH
    y = BODY_TOP - BADGE_HEIGHT
    canvas.setFillColor(colour)
    canvas.roundRect(x, y, QR_COLUMN_WIDTH, BADGE_HEIGHT, 1.2 * mm, stroke=0, fill=1)
    mid = x + QR_COLUMN_WIDTH / 2
    canvas.setFillColor(WHITE)
    size = fit(status.label_id, BOLD, size=7.0, min_size=4.5, width=QR_COLUMN_WIDTH - 1.0 * mm).size
    canvas.setFont(BOLD, size)
    canvas.drawCentredString(mid, y + BADGE_HEIGHT - 2.95 * mm, status.label_id)
    canvas.setFont(REGULAR, 4.2)
    canvas.drawCentredString(mid, y + 1.0 * mm, status.label_en)


class _Words:
    """All of one card's words in ONE PDF text object (``BT ... ET``), each string placed at an absolute
    origin: the same marks as a ``drawString`` per string, without a text object, font and colour set-up
    for each of the ~22 strings of a card."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.text = canvas.beginText()
        self.font, self.size = REGULAR, 1.0

    def setFont(self, font: str, size: float) -> None:
        self.font, self.size = font, size
        self.text.setFont(font, size)

    def setFillColor(self, colour: Any) -> None:
        self.text.setFillColor(colour)

    def drawString(self, x: float, y: float, line: str) -> None:
        self.text.setTextOrigin(x, y)
        self.text.textOut(line)

    def drawCentredString(self, x: float, y: float, line: str) -> None:
        self.drawString(x - text_width(line, self.font, self.size) / 2, y, line)

    def close(self) -> None:
        self.canvas.drawText(self.text)


class _MeasuringCanvas:
    """Stands in for a canvas when only the height of the fields is wanted."""

    def setFont(self, *args: Any) -> None:
        pass

    def setFillColor(self, *args: Any) -> None:
        pass

    def drawString(self, *args: Any) -> None:
        pass


def _draw_fields(canvas: Any, card: EnrollmentCard, gap: float) -> float:
    """Draw the field column from the top down; return the lowest y it reached."""

    def pair(top: float, split: float, left: tuple[str, str], right: tuple[str, str], **kw: Any) -> float:
        left_w = LEFT_WIDTH * split
        right_x = LEFT_X + left_w + 1.5 * mm
        y1 = _field(canvas, LEFT_X, top, left_w, *left, **kw)
        y2 = _field(canvas, right_x, top, LEFT_WIDTH - left_w - 1.5 * mm, *right)
        return min(y1, y2)

    y = _field(
        canvas, LEFT_X, BODY_TOP, LEFT_WIDTH, "NAMA", card.holder_name,
        size=NAME_SIZE, min_size=5.0, max_lines=2,
    )  # fmt: skip
    y = pair(y - gap, SPLIT, ("NIK", card.masked_nik), ("TANGGAL LAHIR", format_date(card.birth_date)))
    reg_no = ("NO. REGISTRASI", card.registration_number)
    programme = (f"NO. KPJ  ·  {card.programmes}", card.kpj) if card.kpj else ("PROGRAM", card.programmes)
    y = pair(y - gap, SPLIT, reg_no, programme, size=6.2)
    y = _field(
        canvas, LEFT_X, y - gap, LEFT_WIDTH, f"DESA/KELURAHAN  ·  KODE {card.village_code}",
        card.address_label, font=REGULAR, size=6.0, min_size=4.8, max_lines=2,
    )  # fmt: skip
    y = _field(
        canvas, LEFT_X, y - gap, LEFT_WIDTH, "PEKERJAAN", card.occupation_name,
        font=REGULAR, size=6.0, min_size=4.8, max_lines=2,
    )  # fmt: skip
    coverage = f"{format_date(card.coverage_start)} s.d. {format_date(card.coverage_end)}"
    return pair(y - gap, 0.70, ("MASA PERLINDUNGAN", coverage), ("SUMBER DANA", card.funding_label))


def _fits_with_normal_gap(card: EnrollmentCard) -> bool:
    return _draw_fields(_MeasuringCanvas(), card, ROW_GAP) >= FIELDS_FLOOR


def draw_front_fields(canvas: Canvas, card: EnrollmentCard, qr: Any, paint_qr: QrPainter = draw_qr) -> float:
    """Draw one holder's fields, badge and QR; return the lowest y the field column reached."""
    gap = ROW_GAP if _fits_with_normal_gap(card) else TIGHT_ROW_GAP
    words = _Words(canvas)
    lowest = _draw_fields(words, card, gap)
    _badge(canvas, card.status)
    paint_qr(canvas, qr, QR_X, QR_TOP - QR_SIZE, QR_SIZE)

    mid = CARD_WIDTH - MARGIN - QR_COLUMN_WIDTH / 2
    words.setFont(REGULAR, SMALL_SIZE)
    words.setFillColor(MUTED)
    base = QR_TOP - QR_SIZE - 2.4 * mm
    words.drawCentredString(mid, base, f"Diterbitkan {format_date(card.issued_on)}")
    words.drawCentredString(mid, base - SMALL_SIZE * 1.25, f"Perangkat {card.device_code}")
    words.close()
    return lowest
