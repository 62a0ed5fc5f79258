"""Reads the registration screens need beyond ``queries``: list pages with their send-back reason,
a record's history as plain values, the NIK clash check before a save, and the drives for a filter.

Every function opens its own short reader session, so the UI can hand them to the operation runner
as they are; results are plain dataclasses, never ORM objects bound to a closed session.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import literal_column, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from . import audit, queries
from .errors import DuplicateNik
from .models import Drive, RegistrationRow
from .registrations import find_by_nik
from .store import Store


@dataclass(frozen=True)
class PageRow:
    """One line of the registrations list: the masked list row and why it was sent back, if it was."""

    row: queries.ListRow
    status_reason: str | None
    notes: Any = None  # what a screen adds to the row (the approval queue: its ApprovalNotes)


@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    at: datetime
    actor: str
    action: str
    details: dict


@dataclass(frozen=True)
class DriveChoice:
    id: str
    village_code: str
    held_on: date
    place: str


# SQLite calls the cancel check every this many virtual-machine steps (well under a millisecond apart).
CANCEL_CHECK_STEPS = 20_000


@contextmanager
def _cancellable(session: Session, should_cancel: Callable[[], bool] | None) -> Iterator[None]:
    """Let ``should_cancel`` stop the statement SQLite is running on this session's connection (a search the
    officer has already typed past); SQLite then raises ``OperationalError: interrupted``."""
    if should_cancel is None:
        yield
        return
    raw = session.connection().connection.driver_connection
    raw.set_progress_handler(lambda: 1 if should_cancel() else 0, CANCEL_CHECK_STEPS)
    try:
        yield
    finally:
        raw.set_progress_handler(None, 0)


def search(
    store: Store, query: queries.RegistrationQuery, should_cancel: Callable[[], bool] | None = None
) -> list[int] | None:
    """Every matching rowid in display order; None when ``should_cancel`` stopped it."""
    try:
        with store.reader() as session, _cancellable(session, should_cancel):
            return queries.search_rowids(session, query)
    except OperationalError:
        if should_cancel is not None and should_cancel():
            return None
        raise


def search_head(
    store: Store, query: queries.RegistrationQuery, size: int, should_cancel: Callable[[], bool] | None = None
) -> tuple[int, list[int], dict[int, PageRow]] | None:
    """How many rows match, the first ``size`` rowids and their rows: enough to paint the top of a list
    before the full (slower) list of rowids arrives. None when ``should_cancel`` stopped it."""
    try:
        with store.reader() as session, _cancellable(session, should_cancel):
            head = queries.search_rowids(session, query, limit=size)
            # A short head is the whole answer; only a full one needs counting.
            total = len(head) if len(head) < size else queries.count_matches(session, query)
    except OperationalError:
        if should_cancel is not None and should_cancel():
            return None
        raise
    return total, head, fetch_page(store, head) if head else {}


def fetch_page(store: Store, rowids: Sequence[int]) -> dict[int, PageRow]:
    """The list rows of ``rowids`` (a page of ~100) plus the status reason of each."""
    with store.reader() as session:
        rows = queries.fetch_rows(session, rowids)
        if not rows:
            return {}
        rid = literal_column("registrations.rowid")
        reasons = dict(
            session.execute(
                select(rid, RegistrationRow.status_reason).where(
                    rid.in_(list(rows)), RegistrationRow.status_reason.is_not(None)
                )
            ).all()
        )
    return {rowid: PageRow(row, reasons.get(rowid)) for rowid, row in rows.items()}


def history(store: Store, registration_id: str) -> list[HistoryEntry]:
    with store.reader() as session:
        return [
            HistoryEntry(e.seq, e.at, e.actor, e.action, dict(e.details or {}))
            for e in audit.history(session, registration_id)
        ]


def status_reason(store: Store, registration_id: str) -> str | None:
    with store.reader() as session:
        row = session.get(RegistrationRow, registration_id)
        return None if row is None else row.status_reason


def check_nik_free(store: Store, nik: str, registration_id: str | None) -> None:
    """Raise :class:`DuplicateNik` before any near-match question is asked about a known NIK."""
    with store.reader() as session:
        clash = find_by_nik(session, nik, exclude_id=registration_id)
        if clash is not None:
            raise DuplicateNik(existing_id=clash.id, registration_number=clash.registration_number)


def drives(store: Store) -> list[DriveChoice]:
    with store.reader() as session:
        rows = session.scalars(select(Drive).order_by(Drive.held_on.desc()))
        return [DriveChoice(d.id, d.village_code, d.held_on, d.place) for d in rows]


def ids_for_rowids(store: Store, rowids: Sequence[int]) -> list[str]:
    """Registration ids of list rows, in the given order (a selection may span unloaded pages)."""
    found = id_by_rowid(store, rowids)
    return [found[r] for r in rowids if r in found]


def id_by_rowid(store: Store, rowids: Sequence[int]) -> dict[int, str]:
    """rowid -> registration id for the list rows that still exist."""
    if not rowids:
        return {}
    rid = literal_column("registrations.rowid")
    with store.reader() as session:
        return dict(session.execute(select(rid, RegistrationRow.id).where(rid.in_(list(rowids)))).all())
