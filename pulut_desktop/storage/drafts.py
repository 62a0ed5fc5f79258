"""Autosaved form drafts: what was typed but not yet saved, kept encrypted in the store.

The form writes its whole state here within a second of every change; after a crash the app lists the
officer's drafts and restores them exactly. A draft is removed when its registration is saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select

from . import audit
from .errors import NotFound
from .models import Draft
from .store import Store


@dataclass(frozen=True)
class SavedDraft:
    id: str
    registration_id: str | None
    payload: dict
    updated_at: datetime
    officer: str = ""


def save_draft(store: Store, draft_id: str, payload: dict, registration_id: str | None = None) -> None:
    with store.session() as session:
        row = session.get(Draft, draft_id)
        if row is None:
            row = Draft(id=draft_id, officer=store.officer.username)
            session.add(row)
        row.registration_id, row.payload, row.updated_at = registration_id, payload, audit.utcnow()


def list_drafts(store: Store) -> list[SavedDraft]:
    with store.reader() as session:
        rows = session.scalars(select(Draft).where(Draft.officer == store.officer.username).order_by(Draft.updated_at))
        return [SavedDraft(r.id, r.registration_id, r.payload, r.updated_at, r.officer) for r in rows]


def discard_draft(store: Store, draft_id: str) -> None:
    with store.session() as session:
        session.execute(delete(Draft).where(Draft.id == draft_id))


def delete_draft(store: Store, draft_id: str) -> None:
    """The officer threw a draft away on purpose (not a save): removed, and the audit trail says so.
    Only the officer's own drafts; the details name no person (the draft held the personal data)."""
    officer = store.officer.username
    with store.session() as session:
        row = session.get(Draft, draft_id)
        if row is None:
            return  # never autosaved (or gone already): nothing typed is kept, nothing to record
        if row.officer != officer:
            raise NotFound(id=draft_id)
        details = {"registration_id": row.registration_id, "updated_at": row.updated_at.isoformat()}
        session.delete(row)
        audit.record(session, actor=officer, action="draft.deleted", entity_type="draft", entity_id=draft_id,
                     details=details)  # fmt: skip
