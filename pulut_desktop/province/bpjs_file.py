"""Reading BPJS Ketenagakerjaan's result file (CSV or XLSX): headers, the column mapping, and every cell
checked and made canonical. The layout we expect is documented in docs/bpjs-exchange.md.

Nothing in the file is trusted. A NIK goes through the domain's canonicaliser (spaces, NBSP, dots,
full-width digits, a spreadsheet's leading apostrophe are dropped) and must then be 16 ASCII digits; a
NIK stored as a number is refused (a spreadsheet keeps 15 significant digits). A KPJ number is
:data:`KPJ_LENGTH` ASCII digits after the same canonicalisation. Dates are ``YYYY-MM-DD``,
``DD/MM/YYYY`` or ``DD-MM-YYYY`` text or a spreadsheet date cell, nothing else. Text is NFC without
control or format characters. A formula (``=...``) is read as the text it is, never evaluated.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from pulut_desktop.domain.bpjs import KPJ_LENGTH, REASON_LIMIT, is_kpj
from pulut_desktop.domain.canonical import canonical_digits, canonical_text, is_identifier

from .errors import ProvinceError

FIELDS = ("nik", "kpj", "effective_date", "end_date", "status", "reason")
REQUIRED = ("nik", "kpj", "effective_date", "end_date")
# field -> header names recognised without a mapping (compared after :func:`header_key`)
DEFAULT_HEADERS: dict[str, tuple[str, ...]] = {
    "nik": ("nik", "no ktp", "nomor induk kependudukan"),
    "kpj": ("no kpj", "nomor kpj", "kpj", "no peserta"),
    "effective_date": ("tgl efektif", "tanggal efektif", "tmt kepesertaan", "tmt"),
    "end_date": ("tgl berakhir", "tanggal berakhir", "tgl akhir", "akhir kepesertaan"),
    "status": ("status", "status kepesertaan", "hasil"),
    "reason": ("alasan penolakan", "alasan", "keterangan"),
}
ENROLLED, REJECTED = "enrolled", "rejected"
STATUS_WORDS = {
    ENROLLED: frozenset({"terdaftar", "diterima", "aktif", "berhasil", "sukses", "enrolled", "accepted"}),
    REJECTED: frozenset({"ditolak", "tolak", "gagal", "rejected"}),
}
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_ROWS = 500_000
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DMY = re.compile(r"(\d{2})([/-])(\d{2})\2(\d{4})")


class BpjsFileError(ProvinceError):
    """The file as a whole cannot be read or mapped (no row is looked at)."""

    code = "bpjs.file_error"


class CellError(Exception):
    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code, self.params = code, params


@dataclass(frozen=True)
class Table:
    headers: list[str]  # canonical text of each header cell
    rows: list[tuple[int, list[object]]]  # (spreadsheet row number, cells)

    @property
    def keys(self) -> list[str]:
        return [header_key(h) for h in self.headers]

    @property
    def layout(self) -> str:
        """The layout's identity: a hash of the sorted set of header names."""
        joined = "\x1f".join(sorted(k for k in self.keys if k))
        return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:40]


def header_key(value: object) -> str:
    text = canonical_text(str(value)) if value is not None else ""
    return " ".join(text.casefold().replace("_", " ").split())


def read_table(path: Path) -> Table:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise BpjsFileError("bpjs.file_type", path=path.name)
    try:
        size = path.stat().st_size
    except OSError as err:
        raise BpjsFileError("bpjs.file_unreadable", path=path.name, problem=err.strerror or "") from err
    if size > MAX_FILE_BYTES:
        raise BpjsFileError("bpjs.file_too_large", path=path.name, limit_mb=MAX_FILE_BYTES // (1024 * 1024))
    lines = _csv_rows(path) if suffix == ".csv" else _xlsx_rows(path)
    header: list[str] | None = None
    rows: list[tuple[int, list[object]]] = []
    for number, cells in enumerate(lines, start=1):
        if all(c is None or (isinstance(c, str) and not canonical_text(c)) for c in cells):
            continue  # blank lines are skipped wherever they are
        if header is None:
            header = [canonical_text(str(c)) if c is not None else "" for c in cells]
            continue
        if len(rows) >= MAX_ROWS:
            raise BpjsFileError("bpjs.too_many_rows", limit=MAX_ROWS)
        rows.append((number, list(cells)))
    if header is None:
        raise BpjsFileError("bpjs.file_empty", path=path.name)
    keys = [header_key(h) for h in header]
    seen = [k for k in keys if k]
    if len(seen) != len(set(seen)):
        raise BpjsFileError("bpjs.header_duplicate", header=next(k for k in seen if seen.count(k) > 1))
    return Table(header, rows)


def _csv_rows(path: Path) -> Iterator[list[object]]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise BpjsFileError("bpjs.file_encoding", path=path.name) from err
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        yield list(row)


def _xlsx_rows(path: Path) -> Iterator[list[object]]:
    from openpyxl import load_workbook

    try:  # data_only=False: a formula is read as its text, never as a cached or evaluated value
        book = load_workbook(path, read_only=True, data_only=False)
        rows = [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
        book.close()
    except Exception as err:  # a damaged or foreign file: whatever openpyxl, zipfile or the XML parser raise
        raise BpjsFileError("bpjs.file_unreadable", path=path.name, problem=type(err).__name__) from err
    yield from rows


def resolve_mapping(table: Table, saved: Mapping[str, str] | None, overrides: Mapping[str, str]) -> dict[str, str]:
    """field -> header key: the saved mapping of this layout, else the defaults, then ``overrides``."""
    keys = set(table.keys) - {""}
    mapping: dict[str, str] = {}
    if saved:
        mapping.update({f: h for f, h in saved.items() if f in FIELDS and h in keys})
    else:
        for field, names in DEFAULT_HEADERS.items():
            found = next((n for n in names if n in keys), None)
            if found is not None:
                mapping[field] = found
    for field, header in overrides.items():
        if field not in FIELDS:
            raise BpjsFileError("bpjs.map_field_unknown", field=field, fields=", ".join(FIELDS))
        key = header_key(header)
        if key not in keys:
            raise BpjsFileError("bpjs.map_header_missing", field=field, header=header)
        mapping[field] = key
    missing = [f for f in REQUIRED if f not in mapping]
    if missing:
        raise BpjsFileError("bpjs.map_incomplete", fields=", ".join(missing), headers=", ".join(table.headers))
    return mapping


def parse_overrides(items: list[str]) -> dict[str, str]:
    out = {}
    for item in items:
        field, sep, header = item.partition("=")
        if not sep or not field.strip() or not header.strip():
            raise BpjsFileError("bpjs.map_syntax", item=item)
        out[field.strip()] = header.strip()
    return out


@dataclass(frozen=True)
class Outcome:
    nik: str
    outcome: str  # ENROLLED | REJECTED
    kpj: str | None
    effective_date: date | None
    end_date: date | None
    reason: str | None


def cell_text(value: object) -> str:
    """A cell as canonical text; a spreadsheet's leading apostrophe (\"keep as text\") dropped."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = canonical_text(str(value))
    return text[1:].lstrip() if text.startswith("'") else text


def parse_row(cells: list[object], columns: Mapping[str, int]) -> Outcome:
    """One data row, checked; raises :class:`CellError` with the first problem."""

    def cell(field: str) -> object:
        index = columns.get(field)
        return cells[index] if index is not None and index < len(cells) else None

    raw_nik = cell("nik")
    if isinstance(raw_nik, int | float) and not isinstance(raw_nik, bool):
        raise CellError("bpjs.nik_as_number")
    nik = canonical_digits(cell_text(raw_nik)) or ""
    if not is_identifier(nik):
        raise CellError("bpjs.nik_invalid")
    kpj = canonical_digits(cell_text(cell("kpj"))) or None
    reason = cell_text(cell("reason")) or None
    outcome = _outcome(cell_text(cell("status")), kpj, reason)
    if outcome == REJECTED:
        if kpj is not None:
            raise CellError("bpjs.rejected_with_kpj")
        if reason is None:
            raise CellError("bpjs.reason_missing")
        if len(reason) > REASON_LIMIT:
            raise CellError("bpjs.reason_too_long", limit=REASON_LIMIT)
        return Outcome(nik, REJECTED, None, None, None, reason)
    if not is_kpj(kpj):
        raise CellError("bpjs.kpj_invalid", length=KPJ_LENGTH)
    effective, end = parse_date(cell("effective_date"), "effective_date"), parse_date(cell("end_date"), "end_date")
    if end < effective:
        raise CellError("bpjs.dates_order")
    return Outcome(nik, ENROLLED, kpj, effective, end, None)


def _outcome(status: str, kpj: str | None, reason: str | None) -> str:
    word = status.casefold()
    if word:
        for outcome, words in STATUS_WORDS.items():
            if word in words:
                return outcome
        raise CellError("bpjs.status_unknown", status=status[:40])
    if kpj is not None:
        return ENROLLED
    if reason is not None:
        return REJECTED
    raise CellError("bpjs.no_outcome")


def parse_date(value: object, field: str) -> date:
    if isinstance(value, datetime):
        if value.time() != datetime.min.time():
            raise CellError("bpjs.date_invalid", field=field)
        value = value.date()
    if isinstance(value, date):
        found = value
    elif isinstance(value, str):
        found = _date_text(cell_text(value), field)
    else:  # empty, or a bare number (a date serial without a date format cannot be told from a count)
        raise CellError("bpjs.date_invalid", field=field)
    if not 2000 <= found.year <= 2100:
        raise CellError("bpjs.date_invalid", field=field)
    return found


def _date_text(text: str, field: str) -> date:
    try:
        if m := _ISO.fullmatch(text):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DMY.fullmatch(text):
            return date(int(m[4]), int(m[3]), int(m[1]))
    except ValueError:
        pass
    raise CellError("bpjs.date_invalid", field=field)
