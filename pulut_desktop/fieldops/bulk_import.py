"""A village's list of workers into the laptop: map the columns, check every row with the form's rules,
save the valid rows as drafts in one transaction, and write a row-level error report for the village.

A list cannot carry what only the worker can give at the desk (consent, heirs, the coverage period), so
those rules wait for the desk; every rule on a field the list carries applies exactly as in the form
(:func:`pulut_desktop.domain.registration.validate`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..domain.nik import mask_nik
from ..domain.people import Sex
from ..domain.reference import RegionLevel, occupations, regions
from ..domain.registration import FundingSource, Registration, normalise, validate
from ..domain.status import Status
from ..messages import text
from ..storage import registrations
from ..storage.models import RegistrationRow
from ..storage.rules import current_rules
from ..storage.store import Store
from .errors import ImportCancelled, NothingToImport
from .tables import Table, cell_text, parse_date, write_rows
from .value_mapping import occupation_index

Progress = Callable[[int, int], None] | None
Cancel = Callable[[], bool] | None


@dataclass(frozen=True)
class ImportField:
    key: str
    required: bool
    aliases: tuple[str, ...]


# In the order of the mapping step. Aliases are compared without case, spaces or punctuation.
FIELDS: tuple[ImportField, ...] = (
    ImportField("nik", True, ("nik", "noktp", "nomorktp", "nomorindukkependudukan", "noinduk")),
    ImportField("full_name", True, ("nama", "namalengkap", "namasesuaiktp", "namapekerja", "name", "fullname")),
    ImportField("birth_place", False, ("tempatlahir", "tmplahir", "tmptlahir", "birthplace", "placeofbirth")),
    ImportField("birth_date", False, ("tanggallahir", "tgllahir", "tgllhr", "birthdate", "dateofbirth")),
    ImportField("sex", False, ("jk", "jeniskelamin", "kelamin", "lp", "sex", "gender")),
    ImportField("address_line", False, ("alamat", "alamatlengkap", "address")),
    ImportField("phone", False, ("nohp", "nomorhp", "hp", "nohandphone", "telepon", "notelp", "nowa", "phone")),
    ImportField("occupation", False, ("pekerjaan", "jenispekerjaan", "kodepekerjaan", "occupation")),
    ImportField("village", False, ("kodedesa", "desa", "desakelurahan", "kelurahan", "village", "villagecode")),
    ImportField("kk_number", False, ("nokk", "nomorkk", "kk", "nomorkartukeluarga")),
    ImportField("mother_maiden_name", False, ("namaibukandung", "ibukandung", "mothersname")),
)
FIELD_KEYS = tuple(f.key for f in FIELDS)
# Registration attribute -> import field, for the form's rules that a list can break.
_RULE_FIELDS = {
    "nik": "nik", "full_name": "full_name", "birth_place": "birth_place", "birth_date": "birth_date",
    "sex": "sex", "address_line": "address_line", "phone": "phone", "occupation_id": "occupation",
    "village_code": "village", "kk_number": "kk_number",
}  # fmt: skip
DEFAULT_COLUMN_NAMES = {
    "nik": "NIK", "full_name": "Nama", "birth_place": "Tempat Lahir", "birth_date": "Tanggal Lahir",
    "sex": "JK", "address_line": "Alamat", "phone": "No HP", "occupation": "Pekerjaan", "village": "Desa",
    "kk_number": "No KK", "mother_maiden_name": "Nama Ibu Kandung",
}  # fmt: skip


def _squash(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.casefold())


def guess_mapping(headers: Sequence[str]) -> dict[str, int]:
    """``field key -> column index`` from the header names; each column is used at most once."""
    squashed = [_squash(h) for h in headers]
    mapping: dict[str, int] = {}
    for spec in FIELDS:
        for alias in spec.aliases:
            column = next((i for i, h in enumerate(squashed) if h == alias and i not in mapping.values()), None)
            if column is not None:
                mapping[spec.key] = column
                break
    return mapping


@dataclass(frozen=True)
class ImportOptions:
    district_code: str | None = None  # village names are looked up here
    default_village: str | None = None  # for rows without a village (the drive's village)
    funding_source: FundingSource = FundingSource.APBD
    today: date | None = None
    # The officer's meaning of the file's own picklist words: field -> value key -> id (value_mapping.py)
    value_map: Mapping[str, Mapping[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class RowError:
    row: int  # as numbered in the spreadsheet (the header is row 1)
    column: str  # the file's header of the column at fault
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    nik: str = ""
    name: str = ""

    def message(self, language: str = "id") -> str:
        return text(self.code, self.params, language)


@dataclass
class ImportPlan:
    """What an import would do: the valid rows (ready to save as drafts) and every row's errors."""

    table: Table
    mapping: dict[str, int]
    valid: list[tuple[int, Registration]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.table.rows)

    @property
    def bad_rows(self) -> list[int]:
        return sorted({e.row for e in self.errors})

    def errors_by_row(self) -> dict[int, list[RowError]]:
        found: dict[int, list[RowError]] = {}
        for error in self.errors:
            found.setdefault(error.row, []).append(error)
        return found


_SEX = {
    Sex.MALE: {"l", "lk", "lakilaki", "laki", "pria", "m", "male"},
    Sex.FEMALE: {"p", "pr", "perempuan", "wanita", "w", "f", "female"},
}
_VILLAGE_PREFIX = re.compile(r"^(desa|kelurahan|kel\.?|ds\.?)\s+", re.IGNORECASE)


def parse_sex(raw: str) -> Sex | None:
    key = _squash(raw)
    return next((sex for sex, names in _SEX.items() if key in names), None)


def _occupation_index(value_map: Mapping[str, Mapping[str, str]]) -> dict[str, str]:
    """The picklist's own words, then the officer's mapping of this file's words."""
    index = dict(occupation_index())
    chosen = value_map.get("occupation", {})
    index.update({key: job for key, job in chosen.items() if job in occupations()})
    return index


class _Villages:
    """Village by code (``14.71.01.1002`` or ``1471011002``) or by name within a district."""

    def __init__(self, district_code: str | None) -> None:
        self._directory = regions()
        if district_code:
            pool = self._directory.children(district_code)
        else:
            pool = self._directory.of_level(RegionLevel.VILLAGE)
        self._by_name: dict[str, list[str]] = {}
        for village in pool:
            self._by_name.setdefault(_squash(village.name), []).append(village.code)

    def resolve(self, raw: str) -> tuple[str | None, str | None]:
        """``(code, None)`` or ``(None, error code)``."""
        value = raw.strip()
        digits = re.sub(r"\D", "", value)
        if digits and len(digits) == 10 and not re.search(r"[A-Za-z]", value):
            code = f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}.{digits[6:]}"
            return (code, None) if self._directory.is_village(code) else (None, "import.village_invalid")
        found = self._by_name.get(_squash(_VILLAGE_PREFIX.sub("", value)), [])
        if len(found) == 1:
            return found[0], None
        return None, ("import.village_ambiguous" if found else "import.village_invalid")


def _cell(values: list[Any], mapping: dict[str, int], key: str) -> Any:
    column = mapping.get(key)
    return values[column] if column is not None and column < len(values) else None


def _row_to_registration(
    values: list[Any], mapping: dict[str, int], options: ImportOptions, villages: _Villages, jobs: dict[str, str]
) -> tuple[Registration, list[tuple[str, str, dict]]]:
    """The registration a row describes and the problems found while reading it: (field, code, params)."""
    problems: list[tuple[str, str, dict]] = []

    def txt(key: str) -> str:
        return cell_text(_cell(values, mapping, key))

    reg = Registration(
        nik=txt("nik"), full_name=txt("full_name"), birth_place=txt("birth_place"), address_line=txt("address_line"),
        phone=txt("phone") or None, kk_number=txt("kk_number") or None,
        mother_maiden_name=txt("mother_maiden_name") or None, funding_source=options.funding_source,
        status=Status.DRAFT,
    )  # fmt: skip
    raw_date = _cell(values, mapping, "birth_date")
    try:
        reg.birth_date = parse_date(raw_date)
    except ValueError:
        problems.append(("birth_date", "import.date_invalid", {"value": cell_text(raw_date)}))
    if txt("sex"):
        reg.sex = parse_sex(txt("sex"))
        if reg.sex is None:
            problems.append(("sex", "import.sex_invalid", {"value": txt("sex")}))
    if txt("occupation"):
        reg.occupation_id = jobs.get(_squash(txt("occupation")), "")
        if not reg.occupation_id:
            problems.append(("occupation", "import.occupation_invalid", {"value": txt("occupation")}))
    if txt("village"):
        code, problem = villages.resolve(txt("village"))
        reg.village_code = code or ""
        if problem:
            problems.append(("village", problem, {"value": txt("village")}))
    elif options.default_village:
        reg.village_code = options.default_village
    return normalise(reg), problems


def _existing(store: Store, niks: Sequence[str]) -> dict[str, str]:
    """NIK -> registration number of what the laptop already holds, for these NIKs."""
    found: dict[str, str] = {}
    with store.reader() as session:
        for start in range(0, len(niks), 500):
            chunk = list(niks[start : start + 500])
            query = select(RegistrationRow.nik, RegistrationRow.registration_number).where(
                RegistrationRow.nik.in_(chunk)
            )
            found.update(dict(session.execute(query).all()))
    return found


def plan_import(
    store: Store,
    table: Table,
    mapping: dict[str, int],
    options: ImportOptions = ImportOptions(),
    *,
    progress: Progress = None,
    should_cancel: Cancel = None,
) -> ImportPlan:
    """Check every row; nothing is saved. Raises :class:`ImportCancelled` when cancelled."""
    plan = ImportPlan(table, dict(mapping))
    villages, jobs = _Villages(options.district_code), _occupation_index(options.value_map)
    rules = current_rules(store)  # the laptop's programme rules, as the save will check
    header = {key: (table.headers[i] if i < len(table.headers) else "") for key, i in mapping.items()}

    def column(key: str) -> str:
        return header.get(key) or DEFAULT_COLUMN_NAMES.get(key, key)

    read: list[tuple[int, Registration, list[RowError]]] = []
    total = len(table.rows)
    for index, (number, values) in enumerate(table.rows):
        if should_cancel is not None and should_cancel():
            raise ImportCancelled()
        reg, problems = _row_to_registration(values, mapping, options, villages, jobs)
        errors = [RowError(number, column(f), code, params, reg.nik, reg.full_name) for f, code, params in problems]
        known = {f for f, _, _ in problems}
        for issue in validate(reg, options.today, rules).errors:
            key = _RULE_FIELDS.get(issue.field)
            if key is None or key in known:
                continue  # a rule for the desk (consent, heirs, coverage), or already reported
            known.add(key)
            errors.append(RowError(number, column(key), issue.code, dict(issue.params), reg.nik, reg.full_name))
        read.append((number, reg, errors))
        if progress is not None and index % 50 == 0:
            progress(index, total)

    first_row: dict[str, int] = {}
    on_laptop = _existing(store, sorted({reg.nik for _, reg, _ in read if reg.nik}))
    for number, reg, errors in read:
        if any(e.column == column("nik") for e in errors):
            pass  # a malformed NIK is reported once, not also as a repeat
        elif reg.nik in first_row:
            errors.append(RowError(number, column("nik"), "import.nik_repeated", {"first_row": first_row[reg.nik]},
                                   reg.nik, reg.full_name))  # fmt: skip
        else:
            first_row[reg.nik] = number
        if reg.nik in on_laptop:
            errors.append(RowError(number, column("nik"), "import.nik_exists",
                                   {"registration_number": on_laptop[reg.nik]}, reg.nik, reg.full_name))  # fmt: skip
        if errors:
            plan.errors.extend(errors)
        else:
            plan.valid.append((number, reg))
    if progress is not None:
        progress(total, total)
    return plan


def commit_import(store: Store, plan: ImportPlan, *, progress: Progress = None, should_cancel: Cancel = None) -> list:
    """Save every valid row as a draft in ONE transaction. Cancelling rolls all of it back."""
    if not plan.valid:
        raise NothingToImport()
    regs = [reg for _, reg in plan.valid]

    def report(done: int, total: int) -> None:
        if should_cancel is not None and should_cancel():
            raise ImportCancelled()  # inside the transaction: it rolls back, nothing lands
        if progress is not None:
            progress(done, total)

    if should_cancel is not None and should_cancel():
        raise ImportCancelled()
    saved = registrations.import_many(store, regs, progress=report)
    if progress is not None:
        progress(len(regs), len(regs))
    return saved


REPORT_HEADERS = {
    "id": ("Baris", "Kolom", "NIK", "Nama", "Kesalahan"),
    "en": ("Row", "Column", "NIK", "Name", "Problem"),
}


def write_error_report(plan: ImportPlan, target: Path | str, language: str = "id") -> Path:
    """The rows the village must fix, one line per problem (CSV or XLSX by the target's suffix)."""
    # NIKs masked: the report leaves the laptop unencrypted; the row number finds the line in the list.
    ordered = sorted(plan.errors, key=lambda e: e.row)
    rows = [(e.row, e.column, mask_nik(e.nik) if e.nik else "", e.name, e.message(language)) for e in ordered]
    title = "Kesalahan" if language == "id" else "Problems"
    return write_rows(target, REPORT_HEADERS.get(language, REPORT_HEADERS["en"]), rows, sheet_title=title)
