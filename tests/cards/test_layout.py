from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from pulut_desktop.cards import render_pdf_bytes
from pulut_desktop.cards.front import FIELDS_FLOOR, ROW_GAP, _draw_fields, _MeasuringCanvas
from pulut_desktop.cards.layout import COLUMNS, PER_SHEET, ROWS, back_slot, cut_lines, front_slot
from pulut_desktop.cards.style import CARD_HEIGHT, CARD_WIDTH
from pulut_desktop.domain.reference import RegionLevel, regions


def test_front_grid_fits_a4_and_is_centred() -> None:
    slots = [front_slot(i) for i in range(PER_SHEET)]
    left = min(s.x for s in slots)
    right = max(s.x + CARD_WIDTH for s in slots)
    bottom = min(s.y for s in slots)
    top = max(s.y + CARD_HEIGHT for s in slots)
    assert left == pytest.approx(A4[0] - right)
    assert bottom == pytest.approx(A4[1] - top)
    assert bottom > 5 * mm and left > 5 * mm  # inside what office printers can print
    # no two cards overlap
    for i, a in enumerate(slots):
        for b in slots[i + 1 :]:
            apart_x = a.x + CARD_WIDTH <= b.x or b.x + CARD_WIDTH <= a.x
            apart_y = a.y + CARD_HEIGHT <= b.y or b.y + CARD_HEIGHT <= a.y
            assert apart_x or apart_y


def test_backs_mirror_the_columns_for_long_edge_duplex() -> None:
    for index in range(PER_SHEET):
        front, back = front_slot(index), back_slot(index)
        assert back.y == front.y
        # Turning the sheet over its vertical axis maps x to page_width - x - card_width.
        assert back.x == pytest.approx(A4[0] - front.x - CARD_WIDTH)
    assert front_slot(0).x < front_slot(1).x
    assert back_slot(0) == front_slot(1)


def test_cut_lines_cover_every_card_edge() -> None:
    xs, ys = cut_lines()
    assert len(xs) == 2 * COLUMNS and len(ys) == 2 * ROWS


def _form_origins(page) -> list[tuple[float, float]]:
    """The translation in force at each form XObject drawn on ``page`` (our renderer: cm then Do)."""
    origins = []
    last_cm = None
    for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
        if operator == b"cm":
            last_cm = [float(v) for v in operands]
        elif operator == b"Do" and last_cm is not None:
            origins.append((last_cm[4], last_cm[5]))
    return origins


def test_single_card_back_lands_in_the_mirrored_column(jobs, tmp_path: Path) -> None:
    path = tmp_path / "one.pdf"
    path.write_bytes(render_pdf_bytes(jobs[:1], "a4"))
    front_page, back_page = PdfReader(path).pages
    [(fx, fy)] = _form_origins(front_page)
    [(bx, by)] = _form_origins(back_page)
    assert (fx, fy) == pytest.approx((front_slot(0).x, front_slot(0).y), abs=0.01)
    assert (bx, by) == pytest.approx((front_slot(1).x, front_slot(1).y), abs=0.01)
    assert bx > A4[0] / 2  # the front was top-left, so its back is top-right


def test_longest_texts_still_fit_above_the_card_edge(cards) -> None:
    villages = regions().of_level(RegionLevel.VILLAGE)
    longest = max(villages, key=lambda v: len(regions().label(v.code)))
    card = replace(
        cards[0],
        holder_name="RAJA MUHAMMAD FACHRURROZI SYAHPUTRA BIN TENGKU ABDUL RAHMAN AL-HADDAD",
        village_code=longest.code,
        village_name=longest.name,
        district_name="Kuantan Hilir Seberang",
        regency_name="Kabupaten Kuantan Singingi",
        occupation_name="Buruh Kebun Sawit (pemanen/pendodos/perawat kebun)",
    )
    lowest = _draw_fields(_MeasuringCanvas(), card, ROW_GAP)
    assert lowest >= FIELDS_FLOOR
