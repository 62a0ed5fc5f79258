"""The back of a card: what JKK and JKM pay, what to do after an accident or a death, whom to call.

The back is the same on every card, so it is drawn once per PDF as a form XObject. The benefit facts
come from the project's domain notes (domain-facts.md §2, PP 44/2015 jo. PP 82/2019): JKM Rp42 juta in
total, JKK care as medically needed, home care up to one year and Rp20 juta, a five-year claim window.
Nothing unverified (JKK cash multipliers, reporting deadlines) is printed.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from .fonts import BOLD, REGULAR
from .style import ACCENT, CARD_HEIGHT, CARD_WIDTH, INK, MARGIN, PAPER_TINT, PRIMARY, WHITE
from .text import wrap

BACK_TITLE = "MANFAAT & PETUNJUK PESERTA"
CALL_CENTRE = "175"


@dataclass(frozen=True)
class Section:
    heading: str
    items: tuple[str, ...]
    numbered: bool = False


JKK = Section(
    "JKK — Jaminan Kecelakaan Kerja",
    (
        "Perawatan dan pengobatan sesuai kebutuhan medis.",
        "Perawatan di rumah hingga 1 tahun, maks. Rp20 juta.",
        "Klaim dapat diajukan hingga 5 tahun.",
    ),
)
JKM = Section(
    "JKM — Jaminan Kematian",
    (
        "Santunan total Rp42 juta: Rp20 juta sekaligus, Rp12 juta berkala (24 bulan, dibayar "
        "sekaligus), Rp10 juta biaya pemakaman.",
        "Beasiswa hingga Rp174 juta untuk 2 anak (kepesertaan min. 3 tahun).",
    ),
)
STEPS = Section(
    "BILA TERJADI KECELAKAAN KERJA ATAU MENINGGAL DUNIA",
    (
        "Segera berobat; tunjukkan kartu ini dan KTP.",
        "Laporkan secepatnya ke BPJS Ketenagakerjaan: kantor cabang terdekat atau Call Centre 175.",
        "Bila peserta meninggal dunia, ahli waris mengajukan klaim JKM ke kantor cabang BPJS "
        "Ketenagakerjaan dengan membawa kartu ini.",
    ),
    numbered=True,
)
FUNDING_NOTE = "Iuran dibayar Pemerintah Provinsi Riau."
FREE_NOTE = "Peserta tidak dipungut biaya."
AUTHENTICITY_NOTE = "Keaslian kartu: pindai kode QR di depan."

HEADER_HEIGHT = 6.6 * mm
FOOTER_HEIGHT = 8.0 * mm
HEADING_SIZE = 5.3
ITEM_SIZE = 4.75
ITEM_LEADING = ITEM_SIZE * 1.2
BULLET_INDENT = 2.0 * mm
NUMBER_INDENT = 2.8 * mm


class BackLayoutError(RuntimeError):
    """The fixed back text no longer fits the card: a programming error caught by the tests."""


def _section(canvas: Canvas, section: Section, x: float, top: float, width: float) -> float:
    """Draw ``section`` with its top at ``top``; return the y below its last line."""
    canvas.setFillColor(PRIMARY)
    heading_lines = wrap(section.heading, BOLD, HEADING_SIZE, width)
    y = top - HEADING_SIZE
    canvas.setFont(BOLD, HEADING_SIZE)
    for line in heading_lines:
        canvas.drawString(x, y, line)
        y -= HEADING_SIZE * 1.2
    y -= 0.5 * mm - HEADING_SIZE * 0.2
    canvas.setFillColor(INK)
    for number, item in enumerate(section.items, start=1):
        marker = f"{number}." if section.numbered else "•"
        canvas.setFont(BOLD if section.numbered else REGULAR, ITEM_SIZE)
        canvas.drawString(x, y - ITEM_SIZE, marker)
        canvas.setFont(REGULAR, ITEM_SIZE)
        indent = NUMBER_INDENT if section.numbered else BULLET_INDENT
        for line in wrap(item, REGULAR, ITEM_SIZE, width - indent):
            canvas.drawString(x + indent, y - ITEM_SIZE, line)
            y -= ITEM_LEADING
        y -= 0.35 * mm
    return y


def draw_back(canvas: Canvas) -> None:
    canvas.setFillColor(WHITE)
    canvas.rect(0, 0, CARD_WIDTH, CARD_HEIGHT, stroke=0, fill=1)

    # Header
    canvas.setFillColor(PRIMARY)
    canvas.rect(0, CARD_HEIGHT - HEADER_HEIGHT, CARD_WIDTH, HEADER_HEIGHT, stroke=0, fill=1)
    canvas.setFillColor(ACCENT)
    canvas.rect(0, CARD_HEIGHT - HEADER_HEIGHT - 0.6 * mm, CARD_WIDTH, 0.6 * mm, stroke=0, fill=1)
    canvas.setFillColor(WHITE)
    canvas.setFont(BOLD, 6.6)
    canvas.drawString(MARGIN, CARD_HEIGHT - HEADER_HEIGHT / 2 - 2.3, BACK_TITLE)
    canvas.setFillColor(ACCENT)
    canvas.setFont(BOLD, 5.6)
    canvas.drawRightString(CARD_WIDTH - MARGIN, CARD_HEIGHT - HEADER_HEIGHT / 2 - 2.0, "PULUT KETAN")

    # Benefits, two columns
    top = CARD_HEIGHT - HEADER_HEIGHT - 2.0 * mm
    gutter = 3.0 * mm
    col_w = (CARD_WIDTH - 2 * MARGIN - gutter) / 2
    y_left = _section(canvas, JKK, MARGIN, top, col_w)
    y_right = _section(canvas, JKM, MARGIN + col_w + gutter, top, col_w)

    # What to do: a tinted box across the card
    box_top = min(y_left, y_right) - 0.6 * mm
    inner = CARD_WIDTH - 2 * MARGIN - 3.0 * mm
    lines = sum(len(wrap(i, REGULAR, ITEM_SIZE, inner - NUMBER_INDENT)) for i in STEPS.items)
    box_h = HEADING_SIZE * 1.2 + 0.5 * mm + lines * ITEM_LEADING + len(STEPS.items) * 0.35 * mm + 2.0 * mm
    box_y = box_top - box_h
    if box_y < FOOTER_HEIGHT + 0.8 * mm:
        raise BackLayoutError(f"back text overflows by {(FOOTER_HEIGHT + 0.8 * mm - box_y) / mm:.1f} mm")
    canvas.setFillColor(PAPER_TINT)
    canvas.roundRect(MARGIN - 0.8 * mm, box_y, CARD_WIDTH - 2 * MARGIN + 1.6 * mm, box_h, 1.2 * mm, 0, 1)
    canvas.setFillColor(ACCENT)
    canvas.rect(MARGIN - 0.8 * mm, box_y, 0.7 * mm, box_h, stroke=0, fill=1)
    _section(canvas, STEPS, MARGIN + 1.2 * mm, box_top - 1.0 * mm, inner)

    # Footer: the call centre, who pays, how to check a card
    canvas.setFillColor(PRIMARY)
    canvas.rect(0, 0, CARD_WIDTH, FOOTER_HEIGHT, stroke=0, fill=1)
    canvas.setFillColor(WHITE)
    canvas.setFont(REGULAR, 4.4)
    canvas.drawString(MARGIN, FOOTER_HEIGHT - 2.6 * mm, "Call Centre BPJS Ketenagakerjaan")
    canvas.setFillColor(ACCENT)
    canvas.setFont(BOLD, 12)
    canvas.drawString(MARGIN, 1.5 * mm, CALL_CENTRE)
    canvas.setFillColor(WHITE)
    right = CARD_WIDTH - MARGIN
    canvas.setFont(BOLD, 4.6)
    canvas.drawRightString(right, FOOTER_HEIGHT - 2.6 * mm, FUNDING_NOTE)
    canvas.setFont(REGULAR, 4.4)
    canvas.drawRightString(right, FOOTER_HEIGHT - 4.6 * mm, FREE_NOTE)
    canvas.drawRightString(right, FOOTER_HEIGHT - 6.6 * mm, AUTHENTICITY_NOTE)
