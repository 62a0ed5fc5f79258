"""Shared helpers for the service tests: read what the audit log recorded."""

from __future__ import annotations

from sqlalchemy import select

from pulut_desktop.storage.models import AuditEvent
from pulut_desktop.storage.store import Store


def audited(store: Store, action: str) -> list[AuditEvent]:
    """The audit events with this action, oldest first (detached copies of their fields)."""
    with store.reader() as session:
        rows = session.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.seq)).all()
        for row in rows:
            session.expunge(row)
        return list(rows)
