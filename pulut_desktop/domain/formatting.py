"""How dates and money read in Indonesian documents: ``25 November 2026``, ``Rp16.800``."""

from __future__ import annotations

from datetime import date

MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
             "Oktober", "November", "Desember")  # fmt: skip
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")  # fmt: skip


def format_date(day: date, language: str = "id") -> str:
    months = MONTHS_ID if language == "id" else MONTHS_EN
    return f"{day.day} {months[day.month - 1]} {day.year}"


def format_rupiah(amount: int) -> str:
    """Indonesian grouping with dots: 201600 -> ``Rp201.600``."""
    return "Rp" + f"{amount:,}".replace(",", ".")
