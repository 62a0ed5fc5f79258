"""``pulut-province bpjs-import``: BPJS Ketenagakerjaan's answer per NIK into the province store.

All or nothing, in one transaction: every row is read and checked first (:mod:`.bpjs_file`); a row
that cannot be read, a NIK that is not an accepted registration, the same NIK twice with different
answers, or a KPJ number different from the one already stored puts the row into the error report,
and then nothing is written. A file whose every row is already stored changes nothing and logs
nothing (re-import is idempotent). Each changed membership and the import itself are in the event log.
The column mapping used is saved for the file's layout (its sorted header set) with a successful import.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from pulut_desktop import messages
from pulut_desktop.fsutil import atomic_write_bytes
from pulut_desktop.sync import spreadsheet

from . import bpjs_file as bf
from .models import BpjsMembership, RegistrationVersion, Setting
from .store import ProvinceStore, log_event, utcnow

REPORT_COLUMNS = ("baris", "nik", "kode", "pesan")
LAYOUT_PREFIX = "bpjs.layout."


@dataclass(frozen=True)
class RowError:
    line: int
    nik: str
    code: str
    params: dict


@dataclass
class ImportResult:
    rows: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)
    mapping_saved: bool = False

    @property
    def changed(self) -> int:
        return self.added + self.updated


def import_bpjs(store: ProvinceStore, path: Path, overrides: dict[str, str], *, by: str) -> ImportResult:
    """Read ``path`` and, when no row is in error, store every answer in one transaction."""
    path = Path(path)
    table = bf.read_table(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    result = ImportResult(rows=len(table.rows))
    with store.session() as session:
        setting = session.get(Setting, LAYOUT_PREFIX + table.layout)
        saved = setting.value.get("mapping") if setting is not None and isinstance(setting.value, dict) else None
        result.mapping = bf.resolve_mapping(table, saved, overrides)
        columns = {f: table.keys.index(h) for f, h in result.mapping.items()}
        answers = _read_rows(table, columns, result.errors)
        accepted = _accepted(session)
        stored = {
            m.nik: m for m in session.scalars(select(BpjsMembership).where(BpjsMembership.nik.in_(list(answers))))
        }
        changes = _check(answers, accepted, stored, result)
        if result.errors:
            return result  # nothing written: the transaction ends empty
        now = utcnow()
        for line, answer in changes:
            _apply(session, answer, accepted[answer.nik], stored.get(answer.nik), digest, now, by, line)
        if setting is None or setting.value.get("mapping") != result.mapping:
            value = {"headers": [h for h in table.headers if h], "mapping": result.mapping}
            if setting is None:
                session.add(Setting(key=LAYOUT_PREFIX + table.layout, value=value))
            else:
                setting.value = value
            log_event(session, "bpjs.mapping_saved", table.layout, account=by[:64], by=by, mapping=result.mapping)
            result.mapping_saved = True
        if changes or result.mapping_saved:
            log_event(session, "bpjs.imported", digest, account=by[:64], by=by, file=path.name[:200],
                      rows=result.rows, added=result.added, updated=result.updated)  # fmt: skip
    return result


def _read_rows(table: bf.Table, columns: dict[str, int], errors: list[RowError]) -> dict[str, list]:
    """NIK -> [(line, Outcome)] of every readable row; unreadable rows become errors."""
    answers: dict[str, list] = {}
    for line, cells in table.rows:
        try:
            answer = bf.parse_row(cells, columns)
        except bf.CellError as err:
            raw = cells[columns["nik"]] if columns["nik"] < len(cells) else None
            errors.append(RowError(line, bf.cell_text(raw)[:40], err.code, err.params))
            continue
        answers.setdefault(answer.nik, []).append((line, answer))
    return answers


def _accepted(session: Session) -> dict[str, tuple[str, int]]:
    """NIK -> (registration id, version) of the latest accepted version of each registration: the version
    BPJS answers for (a version that comes later, a correction, waits for BPJS's next answer)."""
    rows = session.execute(
        select(RegistrationVersion.registration_id, RegistrationVersion.nik, RegistrationVersion.version)
        .where(RegistrationVersion.status == "accepted")
        .order_by(RegistrationVersion.registration_id, RegistrationVersion.version)
    ).all()
    latest = {registration_id: (nik, version) for registration_id, nik, version in rows}
    return {nik: (registration_id, version) for registration_id, (nik, version) in latest.items()}


def _check(answers: dict[str, list], accepted: dict[str, str], stored: dict, result: ImportResult) -> list:
    changes = []
    for nik, found in answers.items():
        lines = [line for line, _ in found]
        if len({answer for _, answer in found}) > 1:
            result.errors += [RowError(line, nik, "bpjs.conflict_in_file", {"lines": _lines(lines)}) for line in lines]
            continue
        line, answer = found[0]
        if nik not in accepted:
            result.errors += [RowError(line, nik, "bpjs.unmatched", {}) for line in lines]
            continue
        before = stored.get(nik)
        if before is not None and before.kpj is not None and answer.kpj != before.kpj:
            code = "bpjs.conflict_stored_kpj" if answer.kpj else "bpjs.conflict_stored_enrolled"
            result.errors += [RowError(line, nik, code, {"kpj": before.kpj}) for line in lines]
            continue
        if before is not None and _same(before, answer):
            result.unchanged += 1
            continue
        if before is None:
            result.added += 1
        else:
            result.updated += 1
        changes.append((line, answer))
    result.errors.sort(key=lambda e: e.line)
    return changes


def _lines(lines: list[int]) -> str:
    return ", ".join(str(n) for n in lines)


def _same(row: BpjsMembership, answer: bf.Outcome) -> bool:
    return (row.outcome, row.kpj, row.effective_date, row.end_date, row.reason) == (
        answer.outcome, answer.kpj, answer.effective_date, answer.end_date, answer.reason,
    )  # fmt: skip


def _apply(session: Session, answer: bf.Outcome, accepted: tuple[str, int], row, digest: str, now, by: str, line: int):
    previous = None if row is None else {"outcome": row.outcome, "kpj": row.kpj}
    if row is None:
        row = BpjsMembership(nik=answer.nik)
        session.add(row)
    registration_id, row.registration_version = accepted
    row.registration_id, row.outcome, row.kpj = registration_id, answer.outcome, answer.kpj
    row.effective_date, row.end_date, row.reason = answer.effective_date, answer.end_date, answer.reason
    row.file_sha256, row.updated_at = digest, now
    log_event(session, "bpjs.membership", registration_id, account=by[:64], by=by, outcome=answer.outcome,
              kpj=answer.kpj, effective_date=answer.effective_date and answer.effective_date.isoformat(),
              end_date=answer.end_date and answer.end_date.isoformat(), previous=previous, file=digest,
              line=line)  # fmt: skip


def error_report(errors: list[RowError], language: str = messages.DEFAULT_LANGUAGE) -> bytes:
    """The error report: one safe CSV line per refused row (formula-leading cells neutralised)."""
    rows = ([e.line, e.nik, e.code, messages.text(e.code, e.params, language)] for e in errors)
    return spreadsheet.csv_bytes(REPORT_COLUMNS, rows)


def write_error_report(errors: list[RowError], out: Path, language: str = messages.DEFAULT_LANGUAGE) -> None:
    atomic_write_bytes(Path(out), error_report(errors, language))


def default_report_path(path: Path) -> Path:
    path = Path(path)
    return path.with_name(f"{path.stem}-galat.csv")
