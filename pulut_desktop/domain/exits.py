"""A worker leaving the programme: a death (the heirs may claim JKM) or another exit.

The officer records the date, where the news came from and the reference of a document when there is
one. The laptop and the province check the same rules (:func:`check_exit`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from .canonical import canonical_text, text_issue
from .errors import ValidationReport

DOCUMENT_MAX = 64
EARLIEST = date(2020, 1, 1)  # Pulut Ketan began in 2023; a date before this is a typing error


class ExitKind(StrEnum):
    DEATH = "death"  # meninggal dunia: the heirs may claim JKM
    MOVED = "moved"  # pindah domisili out of the programme's area
    WITHDRAWN = "withdrawn"  # mengundurkan diri
    OTHER = "other"  # e.g. now covered by an employer (PU)


class ExitSource(StrEnum):
    """Where the officer learnt of it."""

    FAMILY = "family"  # keluarga / ahli waris
    VILLAGE = "village"  # kantor desa / kelurahan
    HEALTH = "health"  # puskesmas / rumah sakit
    BPJS = "bpjs"  # BPJS Ketenagakerjaan
    WORKER = "worker"  # the worker in person (an exit, not a death)
    OTHER = "other"


@dataclass
class WorkerExit:
    registration_id: str
    kind: ExitKind
    occurred_on: date
    source: ExitSource
    document_reference: str | None = None  # e.g. the number of the surat keterangan kematian
    officer: str = ""
    recorded_at: datetime | None = None
    version: int = 1  # raised by every correction and by the claim-help letter, so it travels again
    claim_letter_printed: bool = False

    @property
    def is_death(self) -> bool:
        return self.kind is ExitKind.DEATH


def normalise_exit(worker_exit: WorkerExit) -> WorkerExit:
    """One spelling of the document reference (NFC, single spaces, no control characters)."""
    reference = canonical_text(worker_exit.document_reference or "")
    worker_exit.document_reference = reference or None
    return worker_exit


def check_exit(worker_exit: WorkerExit, today: date, coverage_start: date | None = None) -> ValidationReport:
    """Errors block recording: a date in the future or implausibly old, a death reported by the worker,
    a reference that is not canonical text (``text.*``, as for every stored text). A date before the
    coverage began is a warning."""
    report = ValidationReport()
    when = worker_exit.occurred_on
    if when > today:
        report.error("occurred_on", "exit.date_future")
    elif when < EARLIEST:
        report.error("occurred_on", "exit.date_too_early", earliest=EARLIEST.isoformat())
    elif coverage_start is not None and when < coverage_start:
        report.warn("occurred_on", "exit.before_coverage", start=coverage_start.isoformat())
    if worker_exit.kind is ExitKind.DEATH and worker_exit.source is ExitSource.WORKER:
        report.error("source", "exit.death_from_worker")
    if worker_exit.document_reference is not None:
        found = text_issue(worker_exit.document_reference, DOCUMENT_MAX)
        if found is not None:
            report.error("document_reference", found[0], field="document_reference", **found[1])
    return report
