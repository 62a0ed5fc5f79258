"""Recording a worker's death or exit, and the claim-help letter for the heirs of one who died.

:func:`record_exit` checks (:func:`domain.exits.check_exit`), writes and audits in one transaction; the
exit travels to the province in the next batch. :func:`print_claim_letter` renders the letter into the
data dir's ``reports/`` first and records it afterwards (a failed render records nothing).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..domain.errors import PulutError, ValidationError, error_class
from ..domain.exits import ExitKind, ExitSource, WorkerExit, check_exit, normalise_exit
from ..domain.nik import mask_nik
from ..domain.reference import regions
from ..domain.status import Status
from ..reports.claim_letter import ClaimLetter, LetterHeir, write_claim_letter_pdf
from ..storage import audit
from ..storage.errors import NotFound
from ..storage.exits import exit_from_row, mark_claim_letter, write_exit
from ..storage.mapping import from_row
from ..storage.models import RegistrationRow, WorkerExitRow
from ..storage.store import Store

# A worker is a member (and can leave) once the registration left the laptop and was not refused.
MEMBER_STATUSES = frozenset({Status.SENT, Status.ACCEPTED})

NotAMember = error_class("NotAMember", PulutError, "exit.not_a_member",
                         "Only a registration sent to or accepted by the province can have an exit.")  # fmt: skip
NotADeath = error_class("NotADeath", PulutError, "exit.not_a_death",
                        "The claim-help letter is for a recorded death only.")  # fmt: skip


@dataclass(frozen=True)
class ExitView:
    """What the exit dialog shows about one registration."""

    registration_id: str
    registration_number: str
    full_name: str
    status: Status
    coverage_start: date | None
    heirs: int
    recorded: WorkerExit | None

    @property
    def can_record(self) -> bool:
        return self.status in MEMBER_STATUSES


def read_exit(store: Store, registration_id: str) -> ExitView:
    with store.reader() as session:
        row = session.get(RegistrationRow, registration_id)
        if row is None:
            raise NotFound(id=registration_id)
        found = session.get(WorkerExitRow, registration_id)
        return ExitView(row.id, row.registration_number, row.full_name, Status(row.status), row.coverage_start,
                        len(row.heirs or []), exit_from_row(found) if found else None)  # fmt: skip


def record_exit(
    store: Store,
    registration_id: str,
    *,
    kind: ExitKind | str,
    occurred_on: date,
    source: ExitSource | str,
    document_reference: str | None = None,
    today: date | None = None,
) -> WorkerExit:
    """Record (or correct) a death or exit. Raises ``ValidationError`` (every finding in ``report``),
    ``NotAMember`` for a registration that never became a membership, ``NotFound``."""
    try:
        worker_exit = WorkerExit(registration_id, ExitKind(kind), occurred_on, ExitSource(source), document_reference)
    except ValueError:
        raise ValidationError("exit.unknown_kind", kind=str(kind), source=str(source)) from None
    normalise_exit(worker_exit)
    with store.session() as session:
        row = session.get(RegistrationRow, registration_id)
        if row is None:
            raise NotFound(id=registration_id)
        if Status(row.status) not in MEMBER_STATUSES:
            raise NotAMember(status=row.status)
        check_exit(worker_exit, today or date.today(), row.coverage_start).raise_if_invalid()
        return write_exit(session, worker_exit, store.officer.username)


def _village_label(code: str) -> str:
    chain = {r.level.value: r.name for r in regions().ancestors(code)}
    parts = [chain.get("village", code)]
    if "district" in chain:
        parts.append(f"Kec. {chain['district']}")
    if "regency" in chain:
        parts.append(chain["regency"])
    return ", ".join(parts)


def _letter(store: Store, session, row: RegistrationRow, found: WorkerExitRow, printed_on: date) -> ClaimLetter:
    reg = from_row(row)
    heirs = [LetterHeir(h.name, h.relationship.value, mask_nik(h.nik) if h.nik else None, h.phone) for h in reg.heirs]
    return ClaimLetter(
        registration_number=row.registration_number,
        full_name=reg.full_name or "-",
        masked_nik=mask_nik(reg.nik) if reg.nik else "-",
        village=_village_label(reg.village_code),
        died_on=found.occurred_on,
        document_reference=found.document_reference,
        coverage_start=reg.coverage_start,
        coverage_end=reg.coverage_end,
        officer_name=store.officer.full_name,
        printed_on=printed_on,
        kpj=row.kpj,
        heirs=heirs,
        personal_data_removed=not reg.nik,
        training=store.device(session).training,
    )


def _claim_letter_path(store: Store, registration_number: str) -> Path:
    folder = store.data_dir.root / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"klaim-jkm-{registration_number}.pdf"


def print_claim_letter(store: Store, registration_id: str, *, printed_on: date | None = None) -> Path:
    """Write the claim-help letter of a recorded death and record that the claim was followed up (it
    travels to the province with the exit). Returns the PDF's path."""
    with store.reader() as session:
        row = session.get(RegistrationRow, registration_id)
        found = session.get(WorkerExitRow, registration_id)
        if row is None:
            raise NotFound(id=registration_id)
        if found is None or found.kind != ExitKind.DEATH.value:
            raise NotADeath()
        letter = _letter(store, session, row, found, printed_on or date.today())
    target = write_claim_letter_pdf(letter, _claim_letter_path(store, letter.registration_number))
    with store.session() as session:
        mark_claim_letter(session, registration_id, store.officer.username, audit.utcnow())
    return target
