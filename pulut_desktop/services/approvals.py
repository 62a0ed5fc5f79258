"""A supervisor's approval queue: what to weigh for each record, then approve or send back with a reason."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import Issue
from ..domain.registration import validate
from ..domain.status import Status
from ..storage import registrations, review
from ..storage.mapping import from_row
from ..storage.models import AuditEvent, RegistrationRow
from ..storage.registrations import SimilarRegistration
from ..storage.rules import current_rules
from ..storage.store import Store

CONFIRMED_DIFFERENT = "registration.confirmed_different"


@dataclass(frozen=True)
class ApprovalNotes:
    """What a supervisor must weigh before approving one registration.

    ``warnings`` are the soft findings of the rules (birth date or sex disagreeing with the NIK, no heir);
    ``near_matches`` are similar registrations nobody has called another person; ``confirmed_different``
    are similar registrations the officer confirmed are a different person (the override)."""

    full_name: str
    warnings: tuple[Issue, ...] = ()
    near_matches: tuple[SimilarRegistration, ...] = ()
    confirmed_different: tuple[SimilarRegistration, ...] = ()

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.warnings or self.near_matches or self.confirmed_different)


def approve_registrations(store: Store, rowids: Sequence[int]) -> int:
    """Approve the registrations of these list rows; returns how many changed."""
    return _set_status(store, rowids, Status.APPROVED, None)


def send_back_registrations(store: Store, rowids: Sequence[int], reason: str) -> int:
    """Send these list rows' registrations back to the officer (NEEDS_FIX) with the reason to show."""
    return _set_status(store, rowids, Status.NEEDS_FIX, reason)


def approval_notes(store: Store, rowids: Sequence[int]) -> dict[int, ApprovalNotes]:
    """The notes of these list rows (rowid -> notes), for the queue's "Keterangan" and the approve question.
    One reader session for the whole page."""
    rules = current_rules(store)
    ids = review.id_by_rowid(store, rowids)
    notes: dict[int, ApprovalNotes] = {}
    with store.reader() as session:
        rows = {r.id: r for r in session.scalars(select(RegistrationRow).where(RegistrationRow.id.in_(ids.values())))}
        found = {rowid: (from_row(rows[rid]),) for rowid, rid in ids.items() if rid in rows}
        similar = {rowid: registrations.similar_in(session, reg) for rowid, (reg,) in found.items()}
        involved = {rid for rid in ids.values()} | {s.id for items in similar.values() for s in items}
        pairs = _different_pairs(session, involved)
    for rowid, (reg,) in found.items():
        different = {s.id for s in similar[rowid] if (reg.id, s.id) in pairs or (s.id, reg.id) in pairs}
        notes[rowid] = ApprovalNotes(
            full_name=reg.full_name,
            warnings=tuple(validate(reg, rules=rules).warnings),
            near_matches=tuple(s for s in similar[rowid] if s.id not in different),
            confirmed_different=tuple(s for s in similar[rowid] if s.id in different),
        )
    return notes


def queue_page(store: Store, rowids: Sequence[int]) -> dict[int, review.PageRow]:
    """A page of the approval queue: the list rows with their approval notes."""
    rows = review.fetch_page(store, rowids)
    notes = approval_notes(store, list(rows))
    return {rowid: replace(page, notes=notes.get(rowid)) for rowid, page in rows.items()}


def _different_pairs(session: Session, ids: set[str]) -> set[tuple[str, str | None]]:
    """(registration, other) pairs an officer confirmed as different people, among these registrations."""
    if not ids:
        return set()
    events = session.scalars(
        select(AuditEvent).where(AuditEvent.action == CONFIRMED_DIFFERENT, AuditEvent.entity_id.in_(list(ids)))
    )
    return {(e.entity_id, (e.details or {}).get("other_id")) for e in events}


def _set_status(store: Store, rowids: Sequence[int], status: Status, reason: str | None) -> int:
    ids = review.ids_for_rowids(store, rowids)
    return len(registrations.set_status(store, ids, status, reason))
