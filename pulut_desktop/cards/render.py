"""Render enrollment cards to one PDF, with progress, cancellation and an all-or-nothing write.

Typical use by a background operation::

    jobs = [(card, sign_card(card, device_key)) for card in cards]
    render_cards(jobs, target, layout="a4", progress=report, should_cancel=cancelled)

The PDF is built in memory and only then written (temporary file in the target folder, fsync,
``os.replace``), so a cancelled or failed render never leaves a half-written file at ``out``.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.pdfgen.canvas import Canvas

from ..fsutil import atomic_write_bytes
from .back import draw_back
from .errors import CardError, CardsCancelled
from .fonts import register_fonts
from .front import draw_front_fields, draw_front_static
from .layout import (
    A4_LAYOUT,
    CARD_LAYOUT,
    LAYOUTS,
    PER_SHEET,
    back_slot,
    draw_crop_marks,
    front_slot,
    page_size,
)
from .model import EnrollmentCard
from .qrdraw import draw_qr, encode_qr
from .style import CARD_HEIGHT, CARD_WIDTH
from .training_mark import draw_training_mark

CardJob = tuple[EnrollmentCard, str]  # a card and its signed QR text (see payload.sign_card)
Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]

FRONT_FORM = "pulut-front"
BACK_FORM = "pulut-back"
PDF_TITLE = "Kartu Peserta Pulut Ketan"


@dataclass(frozen=True)
class QrStrategy:
    """How a QR text becomes marks on the page; swapped only by the benchmark's baseline."""

    encode: Callable[[str], Any]
    paint: Callable[[Canvas, Any, float, float, float], None]


QR_PATH = QrStrategy(encode=encode_qr, paint=draw_qr)


def _define_forms(canvas: Canvas) -> None:
    canvas.beginForm(FRONT_FORM, 0, 0, CARD_WIDTH, CARD_HEIGHT)
    draw_front_static(canvas)
    canvas.endForm()
    canvas.beginForm(BACK_FORM, 0, 0, CARD_WIDTH, CARD_HEIGHT)
    draw_back(canvas)
    canvas.endForm()


class _Renderer:
    def __init__(self, canvas: Canvas, qr: QrStrategy) -> None:
        self.canvas = canvas
        self.qr = qr

    def front(self, job: CardJob, x: float = 0.0, y: float = 0.0) -> None:
        card, qr_text = job
        try:
            matrix = self.qr.encode(qr_text)
        except ValueError as err:  # the payload fits no QR version
            raise CardError("cards.qr_too_long", registration_number=card.registration_number) from err
        c = self.canvas
        c.saveState()
        c.translate(x, y)
        c.doForm(FRONT_FORM)
        draw_front_fields(c, card, matrix, self.qr.paint)
        if card.training:
            draw_training_mark(c)
        c.restoreState()

    def back(self, x: float = 0.0, y: float = 0.0, *, training: bool = False) -> None:
        c = self.canvas
        c.saveState()
        c.translate(x, y)
        c.doForm(BACK_FORM)
        if training:
            draw_training_mark(c)
        c.restoreState()


def render_pdf_bytes(
    cards: Sequence[CardJob],
    layout: str = A4_LAYOUT,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
    *,
    qr: QrStrategy = QR_PATH,
) -> bytes:
    """The PDF of ``cards`` as bytes (for previews); :func:`render_cards` writes it to a file."""
    if layout not in LAYOUTS:
        raise CardError("cards.unknown_layout", layout=layout)
    if not cards:
        raise CardError("cards.none")
    buffer = io.BytesIO()
    regular, _ = register_fonts()
    # The initial font keeps ReportLab from declaring an unembedded Helvetica on every page.
    canvas = Canvas(buffer, pagesize=page_size(layout), pageCompression=1, initialFontName=regular)
    canvas.setTitle(PDF_TITLE)
    canvas.setAuthor("Pulut Desktop")
    canvas.setCreator("Pulut Desktop")
    canvas.setSubject(f"{len(cards)} kartu")
    _define_forms(canvas)
    renderer = _Renderer(canvas, qr)
    total = len(cards)

    def check(done: int) -> None:
        if should_cancel is not None and should_cancel():
            raise CardsCancelled(done=done, total=total)

    if layout == CARD_LAYOUT:
        for done, job in enumerate(cards):
            check(done)
            renderer.front(job)
            canvas.showPage()
            renderer.back(training=job[0].training)
            canvas.showPage()
            if progress is not None:
                progress(done + 1, total)
    else:
        for start in range(0, total, PER_SHEET):
            sheet = cards[start : start + PER_SHEET]
            draw_crop_marks(canvas)
            for index, job in enumerate(sheet):
                check(start + index)
                slot = front_slot(index)
                renderer.front(job, slot.x, slot.y)
                if progress is not None:
                    progress(start + index + 1, total)
            canvas.showPage()
            draw_crop_marks(canvas)
            for index, (card, _) in enumerate(sheet):
                slot = back_slot(index)
                renderer.back(slot.x, slot.y, training=card.training)
            canvas.showPage()
    check(total)  # a cancel that arrives during the last card still wins
    canvas.save()
    return buffer.getvalue()


def render_cards(
    cards: Sequence[CardJob],
    out: str | os.PathLike[str] | BinaryIO,
    layout: str = A4_LAYOUT,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> int:
    """Render ``(card, qr_text)`` pairs to ``out`` (a path, or a binary file written only on success).

    ``layout`` is ``"card"`` (card-size pages: front, back, front, back ...) or ``"a4"`` (sheets of ten
    with crop marks, each front sheet followed by its duplex back sheet). ``progress(done, total)`` is
    called after each card; ``should_cancel()`` before each card, and a true answer raises
    :class:`CardsCancelled` with nothing written. Returns the number of bytes written.
    """
    data = render_pdf_bytes(cards, layout, progress, should_cancel)
    if isinstance(out, str | os.PathLike):
        try:
            atomic_write_bytes(Path(out), data)  # a full disk: DiskFull, the old file stays
        except OSError as err:
            raise CardError("cards.write_failed", path=str(out), reason=err.strerror or str(err)) from err
    else:
        out.write(data)
    return len(data)
