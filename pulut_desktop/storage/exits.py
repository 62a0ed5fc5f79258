"""Deaths and exits on the laptop: one ``worker_exits`` row per registration, audited, versioned."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.exits import ExitKind, ExitSource, WorkerExit
from . import audit
from .models import WorkerExitRow

CHANGED_FIELDS = ("kind", "occurred_on", "source", "document_reference")


def exit_from_row(row: WorkerExitRow) -> WorkerExit:
    return WorkerExit(
        registration_id=row.registration_id,
        kind=ExitKind(row.kind),
        occurred_on=row.occurred_on,
        source=ExitSource(row.source),
        document_reference=row.document_reference,
        officer=row.officer,
        recorded_at=row.recorded_at,
        version=row.version,
        claim_letter_printed=row.claim_letter_at is not None,
    )


def write_exit(session: Session, worker_exit: WorkerExit, actor: str) -> WorkerExit:
    """Insert or correct the exit of one registration, with one audit event naming what changed."""
    row = session.get(WorkerExitRow, worker_exit.registration_id)
    now = audit.utcnow()
    values = {
        "kind": worker_exit.kind.value,
        "occurred_on": worker_exit.occurred_on,
        "source": worker_exit.source.value,
        "document_reference": worker_exit.document_reference,
    }
    if row is None:
        row = WorkerExitRow(registration_id=worker_exit.registration_id, officer=actor, recorded_at=now,
                            version=1, sent_version=0, **values)  # fmt: skip
        session.add(row)
        action, details = "exit.recorded", {k: str(v) if v is not None else None for k, v in values.items()}
    else:
        before = {name: getattr(row, name) for name in CHANGED_FIELDS}
        changed = {k: [str(before[k]), str(v)] for k, v in values.items() if before[k] != v}
        if not changed:
            return exit_from_row(row)
        for name, value in values.items():
            setattr(row, name, value)
        row.version += 1
        row.officer, row.recorded_at = actor, now
        action, details = "exit.corrected", {"changed": changed}
    session.flush()
    audit.record(session, actor=actor, action=action, entity_type="registration",
                 entity_id=row.registration_id, details=details)  # fmt: skip
    return exit_from_row(row)


def mark_claim_letter(session: Session, registration_id: str, actor: str, when: datetime) -> None:
    """The claim-help letter was printed: it travels to the province as a claim followed up."""
    row = session.get(WorkerExitRow, registration_id)
    first = row.claim_letter_at is None
    row.claim_letter_at = row.claim_letter_at or when
    if first:
        row.version += 1
    audit.record(session, actor=actor, action="exit.claim_letter", entity_type="registration",
                 entity_id=registration_id, details={"first": first})  # fmt: skip


def unsent_exits(session: Session) -> list[WorkerExitRow]:
    """Exits recorded or corrected since the last batch that carried them."""
    return list(
        session.scalars(
            select(WorkerExitRow)
            .where(WorkerExitRow.version > WorkerExitRow.sent_version)
            .order_by(WorkerExitRow.recorded_at, WorkerExitRow.registration_id)
        )
    )
