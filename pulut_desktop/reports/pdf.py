"""One A4 document from a ReportLab story, written atomically (a failed render leaves no half file)."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate

from ..fsutil import atomic_write_bytes


def write_a4_pdf(story: list, target: Path, *, title: str) -> Path:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=title, author="Pulut Desktop")  # fmt: skip
    doc.build(story)
    atomic_write_bytes(Path(target), buffer.getvalue())
    return Path(target)
