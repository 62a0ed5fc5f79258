from __future__ import annotations

import io
import re
import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from pulut_desktop.cards import CardError, CardsCancelled, EnrollmentCard, render_cards, render_pdf_bytes
from pulut_desktop.cards.front import format_date

from .samples import SAMPLE_NIK

CARD_W, CARD_H = 85.60 * mm, 53.98 * mm

FRONT_TEXT = [
    "PULUT KETAN",
    "Perlindungan Pekerja Rentan, Provinsi Riau",
    "KARTU PESERTA",
    "NAMA",
    "NIK",
    "TANGGAL LAHIR",
    "NO. REGISTRASI",
    "PROGRAM",
    "JKK + JKM",
    "PEKERJAAN",
    "SUMBER DANA",
    "MASA PERLINDUNGAN",
]
BACK_TEXT = [
    "JKK — Jaminan Kecelakaan Kerja",
    "JKM — Jaminan Kematian",
    "Perawatan dan pengobatan sesuai kebutuhan medis.",
    "Perawatan di rumah hingga 1 tahun, maks. Rp20 juta.",
    "Klaim dapat diajukan hingga 5 tahun.",
    "Santunan total Rp42 juta",
    "Rp20 juta sekaligus",
    "Rp12 juta berkala",
    "Rp10 juta biaya pemakaman",
    "Beasiswa hingga Rp174 juta untuk 2 anak",
    "BILA TERJADI KECELAKAAN KERJA ATAU MENINGGAL DUNIA",
    "Laporkan secepatnya ke BPJS Ketenagakerjaan",
    "ahli waris mengajukan klaim JKM",
    "Call Centre BPJS Ketenagakerjaan",
    "175",
    "Iuran dibayar Pemerintah Provinsi Riau.",
]


def page_text(page) -> str:
    return " ".join(page.extract_text().split())


def card_values(card: EnrollmentCard) -> list[str]:
    return [
        card.holder_name,
        card.masked_nik,
        format_date(card.birth_date),
        card.registration_number,
        card.village_code,
        card.village_name,
        f"Kec. {card.district_name}",
        card.regency_name,
        card.occupation_name,
        card.funding_label,
        f"{format_date(card.coverage_start)} s.d. {format_date(card.coverage_end)}",
        f"Diterbitkan {format_date(card.issued_on)}",
        f"Perangkat {card.device_code}",
        "SAH" if card.status.value == "VALID" else "SEMENTARA",
        card.status.value,
    ]


def test_card_layout_pages_are_exactly_card_size(card_pdf: Path, jobs) -> None:
    reader = PdfReader(card_pdf)
    assert len(reader.pages) == 2 * len(jobs)
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(CARD_W, abs=0.01)
        assert float(page.mediabox.height) == pytest.approx(CARD_H, abs=0.01)


def test_a4_layout_pages_are_a4_front_then_back(a4_pdf: Path, a4_jobs) -> None:
    reader = PdfReader(a4_pdf)
    assert len(reader.pages) == 4  # 12 cards: two sheets, each front + back
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(A4[0], abs=0.01)
        assert float(page.mediabox.height) == pytest.approx(A4[1], abs=0.01)
    fronts, backs = reader.pages[0::2], reader.pages[1::2]
    assert [page_text(p).count("PULUT KETAN") for p in fronts] == [10, 2]
    assert [page_text(p).count("MANFAAT & PETUNJUK PESERTA") for p in backs] == [10, 2]
    first_sheet = page_text(fronts[0])
    for card, _ in a4_jobs[:10]:
        assert card.registration_number in first_sheet


def test_every_card_shows_its_fields(card_pdf: Path, jobs) -> None:
    reader = PdfReader(card_pdf)
    for index, (card, _) in enumerate(jobs):
        front = page_text(reader.pages[2 * index])
        back = page_text(reader.pages[2 * index + 1])
        for expected in FRONT_TEXT + card_values(card):
            assert expected in front, expected
        for expected in BACK_TEXT:
            assert expected in back, expected


def test_badges_match_status(card_pdf: Path) -> None:
    reader = PdfReader(card_pdf)
    assert "SEMENTARA PROVISIONAL" in page_text(reader.pages[0])
    assert "SAH VALID" in page_text(reader.pages[2])
    assert "SAH" not in page_text(reader.pages[0]).split()


def _all_decoded_streams(path: Path) -> bytes:
    """Every stream of the PDF, decompressed: page contents, forms, fonts, metadata."""
    data = path.read_bytes()
    out = [data]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        raw = match.group(1)
        try:
            out.append(zlib.decompress(raw))
        except zlib.error:
            out.append(raw)
    return b"\n".join(out)


@pytest.mark.parametrize("fixture", ["card_pdf", "a4_pdf"])
def test_full_nik_appears_nowhere(fixture: str, request: pytest.FixtureRequest) -> None:
    path: Path = request.getfixturevalue(fixture)
    everything = _all_decoded_streams(path)
    assert SAMPLE_NIK.encode() not in everything
    assert SAMPLE_NIK[6:12].encode() not in everything  # the masked middle digits (450890)
    pages = PdfReader(path).pages
    for page in pages:
        assert SAMPLE_NIK not in "".join(page.extract_text().split())
    assert all("147101******0001" in page.extract_text() for page in pages[0::2])  # fronts


def test_fonts_are_embedded_truetype(card_pdf: Path) -> None:
    reader = PdfReader(card_pdf)
    fonts = set()
    for page in reader.pages[:2]:
        resources = page["/Resources"]
        for xobj in resources.get("/XObject", {}).values():
            form_fonts = xobj.get_object().get("/Resources", {}).get("/Font", {})
            fonts |= {f.get_object()["/BaseFont"] for f in form_fonts.values()}
        fonts |= {f.get_object()["/BaseFont"] for f in resources.get("/Font", {}).values()}
    assert fonts, "no fonts found"
    assert {str(name).split("+", 1)[1] for name in fonts} == {"DejaVuSans", "DejaVuSans-Bold"}, fonts
    for name in fonts:
        assert "+" in str(name)  # a subset tag: the font program is embedded


def test_progress_reports_every_card(jobs) -> None:
    calls: list[tuple[int, int]] = []
    render_pdf_bytes(jobs, "card", progress=lambda done, total: calls.append((done, total)))
    assert calls == [(i, len(jobs)) for i in range(1, len(jobs) + 1)]


@pytest.mark.parametrize("layout", ["card", "a4"])
def test_cancel_leaves_no_file(tmp_path: Path, a4_jobs, layout: str) -> None:
    target = tmp_path / "kartu.pdf"
    asked = []

    def should_cancel() -> bool:
        asked.append(1)
        return len(asked) > 5

    with pytest.raises(CardsCancelled) as err:
        render_cards(a4_jobs, target, layout=layout, should_cancel=should_cancel)
    assert err.value.code == "cards.cancelled"
    assert err.value.params == {"done": 5, "total": len(a4_jobs)}
    assert list(tmp_path.iterdir()) == []


def test_cancel_keeps_an_existing_file_untouched(tmp_path: Path, jobs) -> None:
    target = tmp_path / "kartu.pdf"
    target.write_bytes(b"previous print")
    with pytest.raises(CardsCancelled):
        render_cards(jobs, target, layout="card", should_cancel=lambda: True)
    assert target.read_bytes() == b"previous print"
    assert [p.name for p in tmp_path.iterdir()] == ["kartu.pdf"]


def test_cancel_writes_nothing_to_a_file_object(jobs) -> None:
    sink = io.BytesIO()
    with pytest.raises(CardsCancelled):
        render_cards(jobs, sink, layout="a4", should_cancel=lambda: True)
    assert sink.getvalue() == b""


def test_render_to_file_object(jobs) -> None:
    sink = io.BytesIO()
    written = render_cards(jobs, sink, layout="card")
    assert written == len(sink.getvalue())
    assert sink.getvalue().startswith(b"%PDF-")
    assert len(PdfReader(io.BytesIO(sink.getvalue())).pages) == 2 * len(jobs)


def test_a_failed_write_is_a_typed_error_and_leaves_nothing(tmp_path: Path, jobs) -> None:
    target = tmp_path / "missing-folder" / "kartu.pdf"
    with pytest.raises(CardError) as err:
        render_cards(jobs, target, layout="card")
    assert err.value.code == "cards.write_failed"
    assert not target.parent.exists()


def test_unknown_layout_and_empty_input(jobs) -> None:
    with pytest.raises(CardError) as err:
        render_pdf_bytes(jobs, "letter")
    assert err.value.code == "cards.unknown_layout"
    with pytest.raises(CardError) as err:
        render_pdf_bytes([], "a4")
    assert err.value.code == "cards.none"


def test_qr_text_too_long_is_a_typed_error(jobs) -> None:
    card, _ = jobs[0]
    with pytest.raises(CardError) as err:
        render_pdf_bytes([(card, "X" * 5000)], "card")
    assert err.value.code == "cards.qr_too_long"


def test_each_qr_is_one_inline_image_not_a_rect_per_module(card_pdf: Path, jobs) -> None:
    from pypdf.generic import ContentStream

    reader = PdfReader(card_pdf)
    for index in range(len(jobs)):
        page = reader.pages[2 * index]
        operators = [op for _, op in ContentStream(page.get_contents(), reader).operations]
        assert operators.count(b"INLINE IMAGE") == 1
        assert operators.count(b"re") < 10  # the card's own boxes, never one per module
