"""Export to a USB stick: approved registrations leave the laptop as signed, encrypted batches.

Crash and stick safety, in three steps:

1. **Prepare** (one transaction): take the next batch sequence, build the batch from every APPROVED
   registration (current version), drives not yet carried and audit events since the last batch, and
   keep the exact file bytes in ``batches`` with status ``pending``. Nothing is marked sent.
2. **Write** each pending or unacknowledged batch to ``PULUT/outbox/`` atomically (temp name, fsync,
   rename, read back and compare). A full, read-only or yanked stick raises :class:`UsbError` and
   leaves no file under the final name; the pending batch stays pending.
3. **Mark** (one transaction per batch): the registrations still at the version that was sealed become
   SENT and the batch becomes ``sent``.

A pending batch is retried with the same bytes on the next export, so its sequence is never reused
with other content and never skipped. A ``sent`` batch without a receipt is written again unchanged on
every export (same id, sequence and bytes): if a stick is lost, the next stick carries it again and the
province answers a re-delivered batch with the receipt it already issued.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Row, func, select, tuple_, update
from sqlalchemy.orm import Session

from pulut_desktop.domain.status import Status, check_transition
from pulut_desktop.storage import audit
from pulut_desktop.storage.exits import unsent_exits
from pulut_desktop.storage.models import AuditEvent, BatchRow, Drive, RegistrationRow
from pulut_desktop.storage.registrations import next_sequence
from pulut_desktop.storage.store import Store
from pulut_desktop.sync import usb
from pulut_desktop.sync.batch import build_batch, read_batch_header

from .enrolment import require_enrolment
from .errors import Cancelled, NothingToSend
from .records import (
    AUDIT_COLUMNS,
    REGISTRATION_COLUMNS,
    audit_line,
    drive_key,
    drive_line,
    exit_line,
    registration_line,
)

log = logging.getLogger(__name__)

PENDING, SENT, ACKNOWLEDGED, REFUSED, HELD = "pending", "sent", "acknowledged", "refused", "held"
BATCH_COUNTER = "batch"
DEFAULT_MAX_REGISTRATIONS = 2000  # per batch; more make several batches in one export
MAX_AUDIT_EVENTS = 20_000
FETCH_ROWS = 1000  # rows per fetch of a streamed select (one fetch call per row costs twice the time)

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]


@dataclass
class ExportResult:
    written: list[Path] = field(default_factory=list)  # every batch file written to the stick
    new_sequences: list[int] = field(default_factory=list)  # batches made by this export
    resent_sequences: list[int] = field(default_factory=list)  # unacknowledged batches written again
    registrations: int = 0  # registrations marked SENT by this export


def _audit_through(session: Session) -> int:
    return session.scalar(select(func.coalesce(func.max(BatchRow.audit_through), 0))) or 0


def _audit_window_end(session: Session, since: int) -> int:
    """The last audit event the next batch carries: at most MAX_AUDIT_EVENTS after ``since``."""
    window = (
        select(AuditEvent.seq).where(AuditEvent.seq > since).order_by(AuditEvent.seq).limit(MAX_AUDIT_EVENTS).subquery()
    )
    return session.scalar(select(func.max(window.c.seq))) or since


@dataclass
class SealRun:
    """One run of sealing batches (an export, a sync): the versions sealed in pending batches before it began,
    read once, and where its previous batch ended in the oldest-first order (created_at, id). A later batch of
    the run reads on from there, not from the start again past every row this run already sealed."""

    queued: set[tuple[str, int]] | None = None
    after: tuple = ()


def seal_waiting(store: Store, max_registrations: int, cancelled: Callable[[], bool]) -> bool:
    """Seal everything waiting into pending batches of at most ``max_registrations``; False when cancelled."""
    run = SealRun()
    while _prepare(store, max_registrations, run) is not None:
        if cancelled():
            return False
    return True


def _queued(session: Session) -> set[tuple[str, int]]:
    """Registration versions already sealed in a batch still pending (not yet on a stick)."""
    keys: set[tuple[str, int]] = set()
    for regs in session.scalars(select(BatchRow.registrations).where(BatchRow.status == PENDING)):
        keys.update(map(tuple, regs))  # [id, version] pairs
    return keys


def _next_registrations(session: Session, run: SealRun, limit: int) -> dict[str, int]:
    """The version of each of the next ``limit`` approved registrations not sealed yet, by id, oldest first. The
    versions still waiting in a pending batch are among the oldest, so ``limit`` plus their number is enough.
    (One dict of strings and ints: thousands of small tuples held while the batch is built would outlive the
    collector's young generations and make it sweep the whole heap.)

    Column selects run on the session's connection (Core, same transaction): the ORM's result loading adds
    nothing to plain columns but its cost per row."""
    if run.queued is None:
        run.queued = _queued(session)
    queued, order = run.queued, (RegistrationRow.created_at, RegistrationRow.id)
    chosen_keys = (
        select(RegistrationRow.id, RegistrationRow.version, *order)
        .where(RegistrationRow.status == Status.APPROVED.value)
        .order_by(*order)
        .limit(limit + len(queued))
    )
    if run.after:  # every approved row before it was sealed by this run or is in ``queued``
        chosen_keys = chosen_keys.where(tuple_(*order) > tuple_(*run.after))
    keys = session.connection().execute(chosen_keys).all()  # one fetch for all, not one per row
    chosen: dict[str, int] = {}
    for rid, version, created_at, _ in keys:
        if (rid, version) not in queued and len(chosen) < limit:
            chosen[rid] = version
            run.after = (created_at, rid)
    return chosen


def _registration_rows(session: Session, keys: dict[str, int]) -> Iterator[Row]:
    """The full columns (:data:`REGISTRATION_COLUMNS`) of the chosen registrations, in the same order, read as
    the batch takes them (no ORM or domain object per registration, none held longer than its line). The ids
    go in as one JSON parameter SQLite unpacks itself, not thousands of bound parameters to render."""
    chosen = func.json_each(json.dumps(list(keys))).table_valued("value")
    yield from session.connection().execute(
        select(*REGISTRATION_COLUMNS)
        .where(RegistrationRow.id.in_(select(chosen.c.value)))
        .order_by(RegistrationRow.created_at, RegistrationRow.id)
        .execution_options(yield_per=FETCH_ROWS)
    )


def _prepare(store: Store, max_registrations: int, run: SealRun | None = None) -> BatchRow | None:
    """Step 1: seal the next batch and keep it as ``pending``; None when nothing is waiting."""
    run = run or SealRun()
    info = require_enrolment(store)
    device_key = store.signing_key()  # before the session: one connection per thread
    with store.session() as session:
        device = store.device(session)
        keys = _next_registrations(session, run, max_registrations)
        exits = unsent_exits(session)
        if not keys and not exits:
            return None
        carried = {key for keys in session.scalars(select(BatchRow.drives)) for key in keys}
        drives = [d for d in session.scalars(select(Drive).order_by(Drive.id)) if drive_key(d) not in carried]
        since = _audit_through(session)
        through = _audit_window_end(session, since)
        for row in exits:  # sealed now: a later correction (a higher version) goes in a later batch
            row.sent_version = row.version
        sequence = next_sequence(session, BATCH_COUNTER)
        events = session.connection().execute(
            select(*AUDIT_COLUMNS)
            .where(AuditEvent.seq > since, AuditEvent.seq <= through)
            .order_by(AuditEvent.seq)
            .execution_options(yield_per=FETCH_ROWS)
        )
        # Lines are made as the batch takes them, one at a time: tens of thousands of line objects held at once
        # survive into the collector's oldest generation and make it sweep the whole heap, several times.
        records = itertools.chain(
            map(registration_line, _registration_rows(session, keys)),
            map(drive_line, drives),
            (audit_line(e, device.code) for e in events),
            map(exit_line, exits),
        )
        data = build_batch(
            device_id=info.device_id,
            sequence=sequence,
            records=records,
            device_key=device_key,
            province_public_key=info.encryption_public_key,
            training=device.training,
        )
        header = read_batch_header(data)
        batch = BatchRow(
            id=header.batch_id,
            sequence=sequence,
            device_id=info.device_id,
            file_sha256=hashlib.sha256(data).hexdigest(),
            file_bytes=data,
            registrations=[[rid, version] for rid, version in keys.items()],
            drives=[drive_key(d) for d in drives],
            audit_through=through,
            record_count=header.record_count,
            status=PENDING,
            created_at=audit.utcnow(),
        )
        session.add(batch)
        audit.record(
            session,
            actor=store.officer.username,
            action="batch.sealed",
            entity_type="batch",
            entity_id=batch.id,
            details={
                "sequence": sequence,
                "registrations": len(keys),
                "exits": len(exits),
                "records": header.record_count,
            },
        )
        return batch


def mark_sent(session: Session, batch: BatchRow, actor: str) -> int:
    """Step 3 for one batch, in the caller's transaction: registrations still at the sealed version
    become SENT. Returns how many. Used by export and by a receipt that beats the mark (crash).

    One set-based update for the whole batch: the sealed (id, version) pairs go in as one JSON parameter
    that SQLite unpacks itself (``json_each``), instead of thousands of bound parameters to render."""
    now = audit.utcnow()
    check_transition(Status.APPROVED, Status.SENT)
    pairs = func.json_each(json.dumps(batch.registrations)).table_valued("value")
    sealed = select(func.json_extract(pairs.c.value, "$[0]"), func.json_extract(pairs.c.value, "$[1]"))
    result = session.execute(
        update(RegistrationRow)
        .where(
            tuple_(RegistrationRow.id, RegistrationRow.version).in_(sealed),
            RegistrationRow.status == Status.APPROVED.value,  # edited after sealing: a later batch
        )
        .values(status=Status.SENT.value, status_reason=None, version=RegistrationRow.version + 1, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    marked = result.rowcount
    if marked:
        session.expire_all()  # registration rows this session holds are reloaded with their new status
    batch.status, batch.sent_at = SENT, now
    audit.record(
        session,
        actor=actor,
        action="batch.sent",
        entity_type="batch",
        entity_id=batch.id,
        details={"sequence": batch.sequence, "registrations": marked, "sha256": batch.file_sha256},
    )
    return marked


def _already_there(path: Path, sha256: str) -> bool:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() == sha256
    except OSError:
        return False


def export_batch(
    store: Store,
    stick_root: Path | str,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
    *,
    max_registrations: int = DEFAULT_MAX_REGISTRATIONS,
    resend_unacknowledged: bool = True,
) -> ExportResult:
    """Export everything waiting to the stick at ``stick_root``. Raises NotEnrolled, NothingToSend,
    Cancelled or UsbError; on any of them no registration is marked SENT for a batch not on the stick."""
    require_enrolment(store)
    cancelled = should_cancel or (lambda: False)
    layout = usb.ensure_layout(Path(stick_root))
    usb.remove_stale_temp_files(layout.outbox)
    result = ExportResult()
    seal_waiting(store, max_registrations, cancelled)  # cancelled: what is sealed is still written below
    states = (PENDING, SENT) if resend_unacknowledged else (PENDING,)
    with store.reader() as session:
        todo = [
            (b.id, b.sequence, b.status, b.file_sha256)
            for b in session.scalars(select(BatchRow).where(BatchRow.status.in_(states)).order_by(BatchRow.sequence))
        ]
    if not todo:
        raise NothingToSend()
    for done, (batch_id, sequence, status, sha256) in enumerate(todo):
        if cancelled():
            raise Cancelled(written=len(result.written))
        if progress is not None:
            progress(done, len(todo))
        with store.reader() as session:
            batch = session.get(BatchRow, batch_id)
            data, device_id = batch.file_bytes, batch.device_id
        target = layout.outbox / usb.batch_file_name(device_id, sequence)
        if not _already_there(target, sha256):
            usb.write_file_atomically(target, data)
        result.written.append(target)
        if status == PENDING:
            with store.session() as session:
                batch = session.get(BatchRow, batch_id)
                result.registrations += mark_sent(session, batch, store.officer.username)
            result.new_sequences.append(sequence)
        else:
            result.resent_sequences.append(sequence)
    if progress is not None:
        progress(len(todo), len(todo))
    log.info("exported %d batch(es) to %s", len(result.written), layout.root)
    return result
