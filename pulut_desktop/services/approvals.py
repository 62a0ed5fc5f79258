"""A supervisor's approval queue: approve registrations, or send them back to the officer with a reason."""

from __future__ import annotations

from collections.abc import Sequence

from ..domain.status import Status
from ..storage import registrations, review
from ..storage.store import Store


def approve_registrations(store: Store, rowids: Sequence[int]) -> int:
    """Approve the registrations of these list rows; returns how many changed."""
    return _set_status(store, rowids, Status.APPROVED, None)


def send_back_registrations(store: Store, rowids: Sequence[int], reason: str) -> int:
    """Send these list rows' registrations back to the officer (NEEDS_FIX) with the reason to show."""
    return _set_status(store, rowids, Status.NEEDS_FIX, reason)


def _set_status(store: Store, rowids: Sequence[int], status: Status, reason: str | None) -> int:
    ids = review.ids_for_rowids(store, rowids)
    return len(registrations.set_status(store, ids, status, reason))
