"""CSV and XLSX files that are safe to open: the one writer every export of the project uses.

Every value in these files came from outside at some point (a name typed on a laptop, a village list,
a stick). A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula, and
TAB/CR lead some of them into it too; a formula can open links or run commands (OWASP "CSV
Injection"). So:

* a text cell starting with one of ``= + - @ TAB CR LF`` (or their full-width forms) gets a leading
  apostrophe ``'`` -- except a plain signed number such as a ``+62`` phone number, which no
  spreadsheet evaluates as anything but that number;
* CSV quotes every cell, so NIK, KK and phone numbers are read as text, never rounded to 15 digits;
* XLSX writes every ``str`` as a string cell (never a formula, never a number) and numbers as numbers.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from typing import Any

FORMULA_LEADS = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")
_PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+")


def safe_cell(value: Any) -> Any:
    """``value`` as it may be written to a spreadsheet: text that a spreadsheet would evaluate is
    prefixed with ``'``; numbers, dates and None pass unchanged."""
    if not isinstance(value, str) or not value or value[0] not in FORMULA_LEADS:
        return value
    if _PLAIN_NUMBER.fullmatch(value):
        return value
    return "'" + value


def csv_bytes(headers: Sequence[str], rows: Iterable[Sequence[Any]], *, delimiter: str = ",") -> bytes:
    """UTF-8 with a BOM (Excel reads the encoding from it), CRLF, every cell quoted and made safe."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in headers])
    for row in rows:
        writer.writerow(["" if v is None else safe_cell(v) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def xlsx_bytes(sheets: dict[str, tuple[Sequence[str], Iterable[Sequence[Any]]]], *, bold_headers: bool = True) -> bytes:
    """One workbook, a sheet per entry (title -> (headers, rows)), header row frozen. No cell is ever
    a formula: text goes in as a string cell."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    for title, (headers, rows) in sheets.items():
        sheet = book.create_sheet(_sheet_title(title))
        sheet.freeze_panes = "A2"
        header_cells = []
        for name in headers:
            cell = _cell(sheet, name, WriteOnlyCell)
            if bold_headers:
                cell.font = bold
            header_cells.append(cell)
        sheet.append(header_cells)
        for row in rows:
            sheet.append([_cell(sheet, v, WriteOnlyCell) for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _cell(sheet: Any, value: Any, cell_type: Any) -> Any:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    value = safe_cell(value)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)  # XML 1.0 cannot hold them at all
    cell = cell_type(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # openpyxl would make "=..." a formula; a string cell is only ever text
    return cell


def _sheet_title(title: str) -> str:
    cleaned = re.sub(r"[\[\]:*?/\\]", " ", title).strip("'") or "Data"
    return cleaned[:31]
