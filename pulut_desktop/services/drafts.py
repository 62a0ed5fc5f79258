"""Unsaved form drafts: what an officer typed but did not save, offered again after the next login."""

from __future__ import annotations

from ..storage import drafts as _drafts
from ..storage.drafts import SavedDraft
from ..storage.store import Store

__all__ = ["SavedDraft", "discard_draft", "list_drafts", "save_draft"]


def list_drafts(store: Store) -> list[SavedDraft]:
    """The logged-in officer's drafts, oldest first (what the app offers to restore after login)."""
    return _drafts.list_drafts(store)


def save_draft(store: Store, draft_id: str, payload: dict, registration_id: str | None = None) -> None:
    """Autosave: replace the draft's payload with the form's current state."""
    _drafts.save_draft(store, draft_id, payload, registration_id)


def discard_draft(store: Store, draft_id: str) -> None:
    _drafts.discard_draft(store, draft_id)
