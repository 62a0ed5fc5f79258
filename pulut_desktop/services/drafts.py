"""Unsaved form drafts: what an officer typed but did not save, offered again after the next login and
listed in "Draf tersimpan" (who, when, how complete) to continue or delete."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..storage import drafts as _drafts
from ..storage.drafts import SavedDraft
from ..storage.store import Store

__all__ = [
    "DraftSummary",
    "SavedDraft",
    "delete_draft",
    "discard_draft",
    "draft_completeness",
    "list_draft_summaries",
    "list_drafts",
    "save_draft",
]

# The form's required fields, by section of the draft payload (ui/registration/state.py's dict).
REQUIRED = (
    ("identity", "nik"),
    ("identity", "full_name"),
    ("identity", "birth_place"),
    ("identity", "birth_date"),
    ("identity", "sex"),
    ("address", "address_line"),
    ("address", "village_code"),
    ("work", "occupation_id"),
    ("consent", "given"),
)


@dataclass(frozen=True)
class DraftSummary:
    """One line of "Draf tersimpan"."""

    draft: SavedDraft
    officer_name: str
    full_name: str
    nik: str
    updated_at: datetime
    filled: int
    required: int

    @property
    def id(self) -> str:
        return self.draft.id

    @property
    def percent(self) -> int:
        return round(100 * self.filled / self.required)


def draft_completeness(payload: dict) -> tuple[int, int]:
    """``(filled, required)``: how many of the form's required fields the draft has."""
    filled = 0
    for section, key in REQUIRED:
        value = (payload.get(section) or {}).get(key)
        filled += bool(value.strip("- ") if isinstance(value, str) else value)
    return filled, len(REQUIRED)


def list_drafts(store: Store) -> list[SavedDraft]:
    """The logged-in officer's drafts, oldest first (what the app offers to restore after login)."""
    return _drafts.list_drafts(store)


def list_draft_summaries(store: Store) -> list[DraftSummary]:
    """The logged-in officer's drafts, newest first, with who typed them and how complete they are."""
    officer = store.officer
    summaries = []
    for draft in reversed(_drafts.list_drafts(store)):
        identity = draft.payload.get("identity") or {}
        filled, required = draft_completeness(draft.payload)
        summaries.append(
            DraftSummary(draft, officer.full_name, (identity.get("full_name") or "").strip(),
                         "".join((identity.get("nik") or "").split()), draft.updated_at, filled, required)
        )  # fmt: skip
    return summaries


def save_draft(store: Store, draft_id: str, payload: dict, registration_id: str | None = None) -> None:
    """Autosave: replace the draft's payload with the form's current state."""
    _drafts.save_draft(store, draft_id, payload, registration_id)


def discard_draft(store: Store, draft_id: str) -> None:
    """The draft's registration was saved (or the form was cleared): the draft has no more use."""
    _drafts.discard_draft(store, draft_id)


def delete_draft(store: Store, draft_id: str) -> None:
    """The officer deletes a draft on purpose (after confirming): audited as ``draft.deleted``."""
    _drafts.delete_draft(store, draft_id)
