"""Spreadsheet files in and out: CSV (``;`` or ``,``, UTF-8 with or without BOM, cp1252) and XLSX.

Reading keeps each row's number as the officer sees it in the spreadsheet (the header is row 1), so an
error report can point at the right line. Writing is atomic: a failed or cancelled write leaves no file.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from ..fsutil import atomic_write_bytes
from ..sync import spreadsheet
from .errors import ImportFileError, UnsupportedFile

CSV_SUFFIXES, XLSX_SUFFIXES = (".csv", ".txt"), (".xlsx", ".xlsm")
EXCEL_EPOCH = date(1899, 12, 30)  # Excel's 1900 date system, with its leap-year bug folded in


@dataclass
class Table:
    """A sheet: its header names and its data rows as ``(row number, values)``."""

    headers: list[str]
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)
    source: str = ""

    def __len__(self) -> int:
        return len(self.rows)


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # Excel on Windows "CSV" saves


def _delimiter(sample: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        return ";" if first.count(";") >= first.count(",") and ";" in first else ","


def _blank_row(values: Sequence[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def _table(rows: Iterable[Sequence[Any]], source: str) -> Table:
    table: Table | None = None
    for number, values in enumerate(rows, start=1):
        if table is None:
            if _blank_row(values):
                continue
            table = Table([cell_text(v) for v in values], source=source)
            header_width = len(table.headers)
            continue
        if _blank_row(values):
            continue
        padded = list(values)[:header_width] + [None] * max(0, header_width - len(values))
        table.rows.append((number, padded))
    if table is None:
        raise ImportFileError("import.empty", file=source)
    return table


def read_table(path: Path | str) -> Table:
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix in CSV_SUFFIXES:
            text = _decode(path.read_bytes())
            reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text[:8192]))
            return _table(reader, path.name)
        if suffix in XLSX_SUFFIXES:
            return _read_xlsx(path)
    except (OSError, ValueError, KeyError, csv.Error, UnicodeError) as err:
        raise ImportFileError(file=path.name) from err
    raise UnsupportedFile(suffix=suffix or path.name)


def _read_xlsx(path: Path) -> Table:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            return _table(book.active.iter_rows(values_only=True), path.name)
        finally:
            book.close()
    except ImportFileError:
        raise
    except Exception as err:  # a damaged workbook fails anywhere in openpyxl, zipfile, zlib or the XML parser
        raise ImportFileError(file=path.name) from err


def cell_text(value: Any) -> str:
    """A cell as the officer would read it: numbers without ``.0``, dates as yyyy-mm-dd."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split()).lstrip("'")  # a leading ' keeps Excel from eating NIK digits


_DATE_FORMATS = ("%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%Y/%m/%d")


def parse_date(value: Any) -> date | None:
    """dd-mm-yyyy, dd/mm/yyyy, yyyy-mm-dd, Excel dates and Excel serial numbers; None when blank.
    Raises ValueError for anything else."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2958466:  # 1900-01-01 .. 9999-12-31
            return EXCEL_EPOCH + timedelta(days=int(value))
        raise ValueError(value)
    text = str(value).strip()
    if not text:
        return None
    if " " in text or "T" in text:
        text = text.replace("T", " ").split(" ")[0]  # "1990-08-05 00:00:00" from a CSV saved by Excel
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    if text.isdigit() and 4 <= len(text) <= 5:
        return EXCEL_EPOCH + timedelta(days=int(text))
    raise ValueError(value)


def write_rows(
    path: Path | str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    sheet_title: str = "Data",
    should_cancel: Callable[[], bool] | None = None,
    on_row: Callable[[], None] | None = None,
) -> Path:
    """Write a CSV (``;``-separated, UTF-8 with BOM so Excel opens it right) or an XLSX, by suffix.
    ``should_cancel`` is polled per row; when it says yes :class:`WriteCancelled` is raised and no
    file is written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in CSV_SUFFIXES + XLSX_SUFFIXES:
        raise UnsupportedFile("export.unsupported", suffix=suffix or path.name)
    # Rows are gathered first: nothing is written when the user cancels, and the spreadsheet writer
    # (one for every export: formula-leading cells neutralised, identifiers as text) sees plain lists.
    gathered = []
    for row in rows:
        if should_cancel is not None and should_cancel():
            raise WriteCancelled
        gathered.append(list(row))
        if on_row is not None:
            on_row()
    if suffix in CSV_SUFFIXES:
        data = spreadsheet.csv_bytes(headers, gathered, delimiter=";")
    else:
        data = spreadsheet.xlsx_bytes({sheet_title: (headers, gathered)})
    atomic_write_bytes(path, data)
    return path


class WriteCancelled(Exception):
    """``write_rows`` saw ``should_cancel()``: nothing was written."""
