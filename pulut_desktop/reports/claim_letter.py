"""The claim-help letter for the heirs of a worker who died while covered by Pulut Ketan.

One A4 page in Indonesian: who the worker was, the heirs recorded at registration, the JKM benefit, the
documents to bring and where to go. The facts come from ``resources/data/jkm_claim.json`` (copied from
the project's reference notes, each with its source), never typed into this module.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, ListFlowable, ListItem, Paragraph, Spacer, Table, TableStyle

from ..domain.formatting import format_date, format_rupiah
from ..paths import resource
from .drive_closeout import grid, styles
from .pdf import write_a4_pdf

RELATIONSHIP_ID = {
    "spouse": "Suami/istri", "child": "Anak", "parent": "Orang tua", "sibling": "Saudara kandung",
    "grandchild": "Cucu", "grandparent": "Kakek/nenek", "parent_in_law": "Mertua", "other": "Lainnya (wasiat)",
}  # fmt: skip
TITLE = "PANDUAN KLAIM JAMINAN KEMATIAN (JKM)"


@dataclass(frozen=True)
class LetterHeir:
    name: str
    relationship: str  # HeirRelationship value
    masked_nik: str | None
    phone: str | None


@dataclass(frozen=True)
class ClaimLetter:
    registration_number: str
    full_name: str
    masked_nik: str
    village: str  # "Desa X, Kec. Y, Kab. Z"
    died_on: date
    document_reference: str | None
    coverage_start: date | None
    coverage_end: date | None
    officer_name: str
    printed_on: date
    kpj: str | None = None  # BPJS membership number, once known on the laptop
    heirs: list[LetterHeir] = field(default_factory=list)
    training: bool = False
    personal_data_removed: bool = False  # retention stripped the record: the heirs are not on the laptop


@cache
def claim_facts() -> dict:
    return json.loads(resource("data", "jkm_claim.json").read_text(encoding="utf-8"))


def _bullets(items: list[str], style) -> ListFlowable:
    return ListFlowable([ListItem(Paragraph(escape(t), style), leftIndent=10) for t in items],
                        bulletType="bullet", start="•", leftIndent=10)  # fmt: skip


def build_claim_letter(letter: ClaimLetter) -> list:
    s = styles()
    s["heading"] = ParagraphStyle("letterHeading", parent=s["heading"], spaceBefore=5, spaceAfter=3)
    facts = claim_facts()
    benefit = facts["benefit"]
    story: list = []
    if letter.training:
        story.append(Paragraph("MODE LATIHAN — DATA CONTOH, BUKAN DATA ASLI", s["title"]))
    story += [
        Paragraph(TITLE, s["title"]),
        Paragraph("Program Pulut Ketan — Perlindungan Pekerja Rentan, Provinsi Riau", s["subtitle"]),
        Spacer(1, 3 * mm),
        Paragraph(
            "Kepada keluarga dan ahli waris yang kami hormati. Almarhum/almarhumah di bawah ini terdaftar dalam "
            "program Jaminan Kecelakaan Kerja (JKK) dan Jaminan Kematian (JKM) BPJS Ketenagakerjaan yang "
            "iurannya dibayar Pemerintah Provinsi Riau. Ahli waris dapat mengajukan klaim JKM.",
            s["body"],
        ),
        Spacer(1, 3 * mm),
    ]
    coverage = "-"
    if letter.coverage_start and letter.coverage_end:
        coverage = f"{format_date(letter.coverage_start)} s.d. {format_date(letter.coverage_end)}"
    rows = [
        ("Nama", letter.full_name),
        ("NIK (disamarkan)", letter.masked_nik),
        ("Nomor registrasi Pulut Ketan", letter.registration_number),
        ("Nomor kepesertaan (KPJ)", letter.kpj or "belum diterima; tanyakan dengan NIK di kantor cabang"),
        ("Alamat (desa)", letter.village),
        ("Masa perlindungan", coverage),
        ("Tanggal meninggal", format_date(letter.died_on)),
        ("Nomor dokumen kematian", letter.document_reference or "-"),
    ]
    story.append(grid([[Paragraph(k, s["cellbold"]), Paragraph(escape(v), s["cell"])] for k, v in rows],
                      [55 * mm, 115 * mm], 0))  # fmt: skip
    story.append(Paragraph("Ahli waris yang dicatat saat pendaftaran", s["heading"]))
    heir_rows = [[Paragraph(h, s["cellbold"]) for h in ("No", "Nama", "Hubungan", "NIK (disamarkan)", "Telepon")]]
    for number, heir in enumerate(letter.heirs, start=1):
        heir_rows.append([str(number), Paragraph(escape(heir.name), s["cell"]),
                          Paragraph(RELATIONSHIP_ID.get(heir.relationship, heir.relationship), s["cell"]),
                          heir.masked_nik or "-", heir.phone or "-"])  # fmt: skip
    if not letter.heirs:
        none = ("Data pribadi pendaftaran ini sudah dihapus dari laptop sesuai masa simpan data; mintalah daftar "
                "ahli waris ke Disnakertrans Provinsi Riau." if letter.personal_data_removed
                else "Tidak ada ahli waris yang dicatat saat pendaftaran.")  # fmt: skip
        heir_rows.append(["—", Paragraph(none, s["cell"]), "", "", ""])
    heirs_table = grid(heir_rows, [9 * mm, 58 * mm, 32 * mm, 38 * mm, 33 * mm])
    if not letter.heirs:
        heirs_table.setStyle(TableStyle([("SPAN", (1, 1), (-1, 1))]))
    story.append(heirs_table)
    story += [
        Spacer(1, 1.5 * mm),
        Paragraph("Urutan ahli waris yang berhak: " + escape("; ".join(facts["heirs_order"])) + ".", s["cell"]),
        Paragraph("Manfaat JKM", s["heading"]),
    ]
    parts = [[Paragraph(escape(p["label"]), s["cell"]), Paragraph(format_rupiah(p["amount"]), s["cell"])]
             for p in benefit["parts"]]  # fmt: skip
    parts.append([Paragraph("Jumlah", s["cellbold"]), Paragraph(format_rupiah(benefit["total"]), s["cellbold"])])
    story.append(grid(parts, [120 * mm, 50 * mm], 0))
    scholarship = benefit["scholarship"]
    story += [
        Spacer(1, 1.5 * mm),
        Paragraph(
            f"Selain itu beasiswa pendidikan paling banyak {format_rupiah(scholarship['max_total'])} untuk "
            f"{scholarship['children']} anak, bila masa kepesertaan paling sedikit "
            f"{scholarship['min_membership_years']} tahun. Dasar: {escape(benefit['source'])}.",
            s["cell"],
        ),
        Paragraph("Dokumen yang dibawa", s["heading"]),
        _bullets(facts["documents"], s["cell"]),
        Paragraph(escape(facts["documents_note"]), s["cell"]),
        Paragraph("Ke mana mengajukan klaim", s["heading"]),
        _bullets(facts["where"], s["cell"]),
    ]
    signature = Table(
        [[Paragraph("", s["sign"]), Paragraph(f"{format_date(letter.printed_on)}<br/>Petugas Pulut Ketan,", s["sign"])],
         [Spacer(1, 12 * mm), Spacer(1, 12 * mm)],
         [Paragraph("", s["sign"]), Paragraph(f"( {escape(letter.officer_name)} )", s["sign"])]],
        colWidths=[85 * mm, 85 * mm],
    )  # fmt: skip
    story += [Spacer(1, 2 * mm), KeepTogether([signature])]
    return story


def write_claim_letter_pdf(letter: ClaimLetter, target: Path) -> Path:
    return write_a4_pdf(build_claim_letter(letter), Path(target), title="Panduan Klaim JKM Pulut Ketan")
