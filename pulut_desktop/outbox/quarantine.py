"""Batches the province will not take as they are (CommCare's quarantine): set aside, with its reason.

A batch the province holds for an administrator (``409``: the sequence or id was already used by
other bytes, e.g. a cloned laptop) or refuses as unreadable (``422``) would otherwise be retried on
every sync and block every later batch. It is set aside instead: its registrations count as sent
(the province keeps the file in its held list; a later receipt still applies), the batch gets the
status ``held`` with the province's code and Indonesian sentence, and the next batches still go."""

from __future__ import annotations

from sqlalchemy import select

from pulut_desktop.storage import audit
from pulut_desktop.storage.models import BatchRow
from pulut_desktop.storage.store import Store

from .export import HELD, PENDING, mark_sent

SET_ASIDE_STATUSES = (409, 422)  # about this batch only; 401/403/413 and 5xx are about the laptop or server


def set_aside(store: Store, batch_id: str, code: str, reason: str) -> None:
    """Mark one batch held with the province's code and (already filled-in, Indonesian) reason."""
    actor = store.officer.username
    with store.session() as session:
        batch = session.get(BatchRow, batch_id)
        if batch.status == PENDING:
            mark_sent(session, batch, actor)
        batch.status = HELD
        batch.error_code, batch.error_message = code[:80], reason
        audit.record(
            session,
            actor=actor,
            action="batch.held",
            entity_type="batch",
            entity_id=batch.id,
            details={"sequence": batch.sequence, "code": code[:80]},
        )


def held_batches(store: Store) -> list[tuple[int, str, str]]:
    """(sequence, code, reason) of every batch set aside, oldest first."""
    with store.reader() as session:
        rows = session.execute(
            select(BatchRow.sequence, BatchRow.error_code, BatchRow.error_message)
            .where(BatchRow.status == HELD)
            .order_by(BatchRow.sequence)
        )
        return [(s, c or "", m or "") for s, c, m in rows]
