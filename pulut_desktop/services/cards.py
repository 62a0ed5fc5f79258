"""Printing and checking enrollment cards: which records can get a card, the print itself, the log.

:func:`print_cards` renders first and records afterwards: only once the PDF is safely on disk are the
prints logged (``card_prints``), ``print_count`` raised and one audit event per card written, all in
ONE transaction. A cancelled or failed render records nothing. A card for a registration that already
had one is a reprint and needs a reason.

Every function opens its own short session, so the UI can hand them to the operation runner as they are;
results are plain dataclasses.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import Select, insert, literal_column, select, update
from sqlalchemy.orm import Session

from ..cards import (
    LAYOUTS,
    CardError,
    CardStatus,
    CardVerification,
    EnrollmentCard,
    card_from_registration,
    render_cards,
    sign_card,
    verify_card,
)
from ..cards.model import PRINTABLE_STATUSES, card_status
from ..domain.errors import PulutError
from ..domain.status import Status
from ..outbox.clock import check_clock
from ..outbox.reference import card_keys
from ..storage import audit, queries
from ..storage.mapping import from_row, membership_of
from ..storage.models import CardPrint, RegistrationRow
from ..storage.rules import current_rules
from ..storage.store import Store

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]

PRINTED, REPRINTED = "card.printed", "card.reprinted"
_PRINTABLE_VALUES = [s.value for s in PRINTABLE_STATUSES]
_CHUNK = 5000
LIST_LIMIT = 500  # rows the print page lists at once; a narrower search finds the rest


class ReprintReasonRequired(PulutError):
    """Some selected registrations already have a card; a reprint needs a reason (``count`` of them)."""

    code = "cards.reprint_reason_required"


class SelectionMode(StrEnum):
    IDS = "ids"
    ALL = "all"
    UNPRINTED = "unprinted"
    DRIVE = "drive"


@dataclass(frozen=True)
class Selection:
    """Which registrations to print. Build with :meth:`of_ids`, :meth:`all`, :meth:`unprinted`, :meth:`drive`."""

    mode: SelectionMode
    ids: tuple[str, ...] = ()
    drive_id: str | None = None

    @classmethod
    def of_ids(cls, ids: Iterable[str]) -> Selection:
        return cls(SelectionMode.IDS, ids=tuple(dict.fromkeys(ids)))

    @classmethod
    def all(cls) -> Selection:
        return cls(SelectionMode.ALL)

    @classmethod
    def unprinted(cls) -> Selection:
        return cls(SelectionMode.UNPRINTED)

    @classmethod
    def drive(cls, drive_id: str) -> Selection:
        return cls(SelectionMode.DRIVE, drive_id=drive_id)


@dataclass(frozen=True)
class PrintableRecord:
    id: str
    registration_number: str
    full_name: str
    status: Status
    card_status: CardStatus
    print_count: int
    drive_id: str | None

    @property
    def is_reprint(self) -> bool:
        return self.print_count > 0


@dataclass(frozen=True)
class Skipped:
    """A selected registration that cannot get a card, and why (a ``cards.*`` code with params)."""

    id: str
    registration_number: str
    full_name: str
    code: str
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class PrintPlan:
    records: list[PrintableRecord]
    skipped: list[Skipped]

    @property
    def reprints(self) -> list[PrintableRecord]:
        return [r for r in self.records if r.is_reprint]


@dataclass(frozen=True)
class PrintResult:
    job_id: str
    path: Path
    layout: str
    printed: int  # cards in the PDF
    reprinted: int  # of which reprints
    size: int  # bytes written
    skipped: list[Skipped]


@dataclass(frozen=True)
class PrintEntry:
    """One line of a record's print history."""

    number: int
    printed_at: datetime
    officer: str
    layout: str
    card_status: CardStatus
    reason: str | None
    job_id: str


@dataclass(frozen=True)
class PrintHistory:
    registration_id: str
    print_count: int
    entries: list[PrintEntry]


# -- which records -----------------------------------------------------------------------------------
def _selection_query(selection: Selection) -> Select:
    query = select(RegistrationRow).where(RegistrationRow.status.in_(_PRINTABLE_VALUES))
    if selection.mode is SelectionMode.UNPRINTED:
        query = query.where(RegistrationRow.print_count == 0)
    elif selection.mode is SelectionMode.DRIVE:
        query = query.where(RegistrationRow.drive_id == selection.drive_id)
    return query


def _resolve(session: Session, selection: Selection) -> list[RegistrationRow]:
    if selection.mode is SelectionMode.IDS and not selection.ids:
        return []
    if selection.mode is SelectionMode.DRIVE and not selection.drive_id:
        raise CardError("cards.no_drive")
    if selection.mode is SelectionMode.IDS:
        rows = []
        for start in range(0, len(selection.ids), _CHUNK):  # SQLite caps bound parameters per statement
            chunk = selection.ids[start : start + _CHUNK]
            rows += session.scalars(select(RegistrationRow).where(RegistrationRow.id.in_(chunk)))
        return sorted(rows, key=lambda r: r.registration_number)
    return list(session.scalars(_selection_query(selection).order_by(RegistrationRow.registration_number)))


def _record_of(row: RegistrationRow) -> PrintableRecord:
    status = Status(row.status)
    kind = CardStatus.TRAINING if row.training else card_status(status)
    return PrintableRecord(row.id, row.registration_number, row.full_name, status, kind, row.print_count, row.drive_id)


def _card_date(store: Store) -> date:
    """Today, unless the laptop clock is provably behind the province's last signed time."""
    return check_clock(store).trusted_today


def _card_of(row: RegistrationRow, device_code: str, issued_on: date) -> EnrollmentCard:
    return card_from_registration(from_row(row), device_code=device_code, issued_on=issued_on,
                                  membership=membership_of(row))  # fmt: skip


def _plan(rows: Sequence[RegistrationRow], device_code: str, issued_on: date) -> tuple[PrintPlan, list[EnrollmentCard]]:
    records, skipped, cards = [], [], []
    for row in rows:
        try:
            card = _card_of(row, device_code, issued_on)
        except CardError as err:
            skipped.append(Skipped(row.id, row.registration_number, row.full_name, err.code, dict(err.params)))
            continue
        cards.append(card)
        records.append(_record_of(row))
    return PrintPlan(records, skipped), cards


def printable(store: Store, selection: Selection, *, today: date | None = None) -> PrintPlan:
    """The registrations of ``selection`` that can get a card now (READY, APPROVED, SENT: provisional;
    ACCEPTED: valid; training records: training cards), in registration-number order, and the ones that cannot.

    For ``all``/``unprinted``/``drive`` only printable statuses are considered; explicitly chosen ids
    that cannot get a card are listed in :attr:`PrintPlan.skipped` with the reason.
    """
    issued_on = today or _card_date(store)
    with store.reader() as session:
        device_code = store.device(session).code
        rows = _resolve(session, selection)
        plan, _ = _plan(rows, device_code, issued_on)
    return plan


# -- printing ------------------------------------------------------------------------------------------
def _clean_reason(reason: str | None) -> str | None:
    cleaned = " ".join((reason or "").split())
    return cleaned or None


def print_cards(
    store: Store,
    selection: Selection,
    out_path: str | os.PathLike[str],
    layout: str = "a4",
    reason: str | None = None,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
    *,
    today: date | None = None,
) -> PrintResult:
    """Render the cards of ``selection`` to ``out_path`` and, once the PDF is written, log the prints.

    Raises :class:`ReprintReasonRequired` before rendering when a selected record already has a card and
    ``reason`` is blank; ``CardError("cards.none")`` when nothing can be printed; ``CardsCancelled`` when
    ``should_cancel()`` answers true (nothing written, nothing recorded).
    """
    if layout not in LAYOUTS:
        raise CardError("cards.unknown_layout", layout=layout)
    reason = _clean_reason(reason)
    issued_on = today or _card_date(store)
    key = store.signing_key()
    with store.reader() as session:
        device_code = store.device(session).code
        plan, cards = _plan(_resolve(session, selection), device_code, issued_on)
    if not cards:
        raise CardError("cards.none")
    if plan.reprints and reason is None:
        raise ReprintReasonRequired(count=len(plan.reprints))
    jobs = [(card, sign_card(card, key)) for card in cards]
    path = Path(out_path)
    size = render_cards(jobs, path, layout, progress, should_cancel)
    job_id = str(uuid.uuid4())
    try:
        reprinted = _record(store, plan.records, job_id, layout, reason, path)
    except BaseException:
        # The prints could not be recorded: do not leave a PDF of cards nobody knows were printed.
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    return PrintResult(job_id, path, layout, len(cards), reprinted, size, plan.skipped)


def _record(
    store: Store, records: Sequence[PrintableRecord], job_id: str, layout: str, reason: str | None, path: Path
) -> int:
    """Set-based: the print counts read in one column-only select per chunk, raised by one UPDATE per chunk,
    the print log and the audit events (one per card, chained) written with one flush each."""
    actor = store.officer.username
    reprinted = 0
    ids = [record.id for record in records]
    with store.session() as session:
        now = audit.utcnow()
        counts: dict[str, int] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            counts.update(session.execute(select(RegistrationRow.id, RegistrationRow.print_count).where(
                RegistrationRow.id.in_(chunk))).all())  # fmt: skip
        prints, events = [], []
        for record in records:
            if record.id not in counts:
                raise CardError("cards.record_gone", registration_number=record.registration_number)
            is_reprint = counts[record.id] > 0
            if is_reprint and reason is None:  # printed by someone else while this job rendered
                raise ReprintReasonRequired(count=1)
            counts[record.id] += 1
            reprinted += is_reprint
            details = {"number": record.registration_number, "print": counts[record.id],
                       "card_status": record.card_status.value, "layout": layout, "job_id": job_id,
                       "reason": reason if is_reprint else None}  # fmt: skip
            prints.append({"registration_id": record.id, "job_id": job_id, "number": counts[record.id],
                           "printed_at": now, "officer": actor, "layout": layout,
                           "card_status": record.card_status.value, "reason": details["reason"]})  # fmt: skip
            events.append({"actor": actor, "action": REPRINTED if is_reprint else PRINTED,
                           "entity_type": "registration", "entity_id": record.id, "details": details})  # fmt: skip
        by_count: dict[int, list[str]] = {}
        for rid, count in counts.items():
            by_count.setdefault(count, []).append(rid)
        for count, same in by_count.items():  # each row gets its new count; one UPDATE per chunk
            for start in range(0, len(same), _CHUNK):
                session.execute(
                    update(RegistrationRow)
                    .where(RegistrationRow.id.in_(same[start : start + _CHUNK]))
                    .values(print_count=count)
                    .execution_options(synchronize_session=False)
                )
        session.execute(insert(CardPrint), prints)  # one executemany, no RETURNING per row
        events.append({"actor": actor, "action": "card.job", "entity_type": "card_job", "entity_id": job_id,
                       "details": {"cards": len(records), "reprints": reprinted, "layout": layout,
                                   "file": path.name}})  # fmt: skip
        audit.record_many(session, events)
    return reprinted


# -- history and lists -------------------------------------------------------------------------------
def print_history(store: Store, registration_id: str) -> PrintHistory:
    """How often a record's card was printed, and each print with its reason (oldest first)."""
    with store.reader() as session:
        row = session.get(RegistrationRow, registration_id)
        count = 0 if row is None else row.print_count
        prints = session.scalars(
            select(CardPrint).where(CardPrint.registration_id == registration_id).order_by(CardPrint.id)
        )
        entries = [
            PrintEntry(p.number, p.printed_at, p.officer, p.layout, CardStatus(p.card_status), p.reason, p.job_id)
            for p in prints
        ]
    return PrintHistory(registration_id, count, entries)


def list_printable(
    store: Store, text: str = "", *, drive_id: str | None = None, unprinted_only: bool = False, limit: int = LIST_LIMIT
) -> tuple[list[PrintableRecord], int]:
    """Records that can get a card, matching ``text`` (name, NIK prefix or ``PK-`` number) for the
    print page's list: the first ``limit`` (newest first) and how many match in all."""
    query = queries.RegistrationQuery(text=text, statuses=tuple(PRINTABLE_STATUSES), drive_id=drive_id)
    rid = literal_column("registrations.rowid")
    with store.reader() as session:
        rowids = queries.search_rowids(session, query)
        ordered: list[int] = []
        for start in range(0, len(rowids), _CHUNK):  # SQLite caps bound parameters per statement
            chunk = rowids[start : start + _CHUNK]
            wanted = select(rid).select_from(RegistrationRow).where(rid.in_(chunk))
            if unprinted_only:
                wanted = wanted.where(RegistrationRow.print_count == 0)
            keep = set(session.execute(wanted).scalars())
            ordered += [r for r in chunk if r in keep]
        page = ordered[:limit]
        rows = dict(session.execute(select(rid, RegistrationRow).where(rid.in_(page))).all()) if page else {}
        records = [_record_of(rows[i]) for i in page if i in rows]
    return records, len(ordered)


# -- verification ----------------------------------------------------------------------------------
def verify_text(store: Store, text: str, *, today: date | None = None) -> CardVerification:
    """Check a scanned or pasted card QR text against the known device keys."""
    grace = current_rules(store).card.grace_months  # programme rules: arrears may still be paid
    return verify_card(text, card_keys(store), today or date.today(), grace_months=grace)
