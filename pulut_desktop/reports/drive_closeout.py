"""The close-out report of a registration drive, in the style of a *berita acara*.

One A4 document: what the drive was, counts by status, occupation and funding source, every registrant
with a masked NIK (never the full one), and signature lines for the officer and the village head.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..cards.fonts import register_fonts
from ..domain.formatting import format_date
from ..domain.reference import occupations, regions
from ..storage.drives import DriveSummary
from .pdf import write_a4_pdf

STATUS_ID = {
    "draft": "Draf", "ready": "Menunggu persetujuan", "approved": "Disetujui", "needs_fix": "Perlu perbaikan",
    "sent": "Terkirim", "accepted": "Diterima", "duplicate": "Ganda", "rejected": "Ditolak",
}  # fmt: skip
FUNDING_ID = {"APBD": "APBD Provinsi", "DBH_SAWIT": "DBH Sawit"}


def styles() -> dict[str, ParagraphStyle]:
    regular, bold = register_fonts()
    base = ParagraphStyle("base", fontName=regular, fontSize=9.5, leading=12.5)
    return {
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=13, leading=16, alignment=1),
        "subtitle": ParagraphStyle("subtitle", parent=base, alignment=1, fontSize=10),
        "heading": ParagraphStyle("heading", parent=base, fontName=bold, fontSize=10.5, spaceBefore=8, spaceAfter=4),
        "body": base,
        "sign": ParagraphStyle("sign", parent=base, alignment=1),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "cellbold": ParagraphStyle("cellbold", parent=base, fontName=bold, fontSize=8.5, leading=10.5),
    }


def grid(data: list[list], widths: list[float], header_rows: int = 1) -> Table:
    table = Table(data, colWidths=widths, repeatRows=header_rows)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#e6eef5")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))  # fmt: skip
    return table


def _count_table(
    title: str, counts: Mapping[str, int], label: Callable[[str], str], s: dict[str, ParagraphStyle]
) -> list:
    rows = [[Paragraph(title, s["cellbold"]), Paragraph("Jumlah", s["cellbold"])]]
    rows += [[Paragraph(label(key), s["cell"]), Paragraph(str(n), s["cell"])] for key, n in counts.items()]
    rows.append([Paragraph("Total", s["cellbold"]), Paragraph(str(sum(counts.values())), s["cellbold"])])
    return [grid(rows, [120 * mm, 30 * mm]), Spacer(1, 4 * mm)]


def build_closeout(summary: DriveSummary, officer_name: str, *, printed_on: date, training: bool = False) -> list:
    s = styles()
    drive = summary.drive
    chain = {r.level.value: r.name for r in regions().ancestors(drive.village_code)}
    story: list = []
    if training:
        story.append(Paragraph("MODE LATIHAN — DATA CONTOH, BUKAN DATA ASLI", s["title"]))
    story += [
        Paragraph("BERITA ACARA PENDAFTARAN PEKERJA RENTAN", s["title"]),
        Paragraph("Program Pulut Ketan — Perlindungan Pekerja Rentan, Provinsi Riau", s["subtitle"]),
        Spacer(1, 5 * mm),
        Paragraph(
            f"Pada hari ini, {format_date(drive.held_on)}, bertempat di {drive.place}, telah dilaksanakan "
            f"pendaftaran pekerja rentan ke dalam program Jaminan Kecelakaan Kerja (JKK) dan Jaminan Kematian "
            f"(JKM) BPJS Ketenagakerjaan dengan rincian sebagai berikut.",
            s["body"],
        ),
        Spacer(1, 3 * mm),
    ]
    facts = [
        ("Desa/Kelurahan", chain.get("village", drive.village_code)),
        ("Kecamatan", chain.get("district", "")),
        ("Kabupaten/Kota", chain.get("regency", "")),
        ("Tempat", drive.place),
        ("Tim pendaftar", drive.team or "-"),
        ("Jumlah pendaftar", str(summary.total)),
    ]
    story += [
        grid([[Paragraph(k, s["cellbold"]), Paragraph(v, s["cell"])] for k, v in facts], [45 * mm, 125 * mm], 0),
        Paragraph("Rekapitulasi", s["heading"]),
    ]
    jobs = occupations()
    story += _count_table("Status", summary.by_status, lambda k: STATUS_ID.get(k, k), s)
    story += _count_table("Pekerjaan", summary.by_occupation, lambda k: jobs[k].name if k in jobs else k, s)
    story += _count_table("Sumber dana", summary.by_funding, lambda k: FUNDING_ID.get(k, k), s)
    story.append(Paragraph("Daftar pendaftar (NIK disamarkan)", s["heading"]))
    rows = [[Paragraph(h, s["cellbold"]) for h in ("No", "Nomor registrasi", "Nama", "NIK", "Pekerjaan", "Status")]]
    for i, r in enumerate(summary.registrants, start=1):
        job = jobs[r.occupation_id].name if r.occupation_id in jobs else r.occupation_id
        status = STATUS_ID.get(r.status.value, r.status.value)
        # Numbers are plain strings so they never wrap mid-number; names and jobs wrap as paragraphs.
        rows.append([str(i), r.registration_number, Paragraph(r.full_name, s["cell"]), r.masked_nik,
                     Paragraph(job, s["cell"]), Paragraph(status, s["cell"])])  # fmt: skip
    if not summary.registrants:
        rows.append(["—", "", "", "", "", ""])
    registrants = grid(rows, [9 * mm, 37 * mm, 42 * mm, 30 * mm, 34 * mm, 18 * mm])
    registrants.setStyle(TableStyle([("FONT", (0, 1), (-1, -1), s["cell"].fontName, 7.8)]))
    story.append(registrants)
    signatures = Table(
        [
            [Paragraph("Petugas Pendaftar,", s["sign"]), Paragraph("Kepala Desa/Lurah,", s["sign"])],
            [Spacer(1, 22 * mm), Spacer(1, 22 * mm)],
            [Paragraph(f"( {officer_name} )", s["sign"]), Paragraph("( ................................ )", s["sign"])],
        ],
        colWidths=[85 * mm, 85 * mm],
    )
    story += [
        Spacer(1, 6 * mm),
        KeepTogether([
            Paragraph(f"Demikian berita acara ini dibuat dengan sebenarnya. Dicetak {format_date(printed_on)}.",
                      s["body"]),
            Spacer(1, 5 * mm),
            signatures,
        ]),
    ]  # fmt: skip
    return story


def write_closeout_pdf(summary: DriveSummary, target: Path, officer_name: str, *, printed_on: date,
                       training: bool = False) -> Path:  # fmt: skip
    """Render to ``target`` atomically (a failed render leaves no half file)."""
    story = build_closeout(summary, officer_name, printed_on=printed_on, training=training)
    return write_a4_pdf(story, Path(target), title="Berita Acara Pendaftaran Pulut Ketan")
