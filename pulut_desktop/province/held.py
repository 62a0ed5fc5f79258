"""Batches held for an administrator (their sequence or batch id was already used by other bytes):
list, show, release and discard them, each decision in the province event log. Functions the CLI
(``pulut-province held ...``) and the web console both call.

Releasing stores the held file as the batch it is (its own id, device and sequence, marked
``released_from_hold``), from the bytes kept when it was held, verified and decrypted again (a device
revoked since is refused), with its records decided like any import and a signed receipt the laptop
fetches at its next sync. Exactly once: the held row is deleted in the same transaction that stores the
batch, and the batch's id and file SHA-256 are unique, so a second release (or a concurrent one) finds
nothing to release. A batch whose *id* was reused cannot be stored as itself and is only discarded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError

from pulut_desktop.sync.batch import open_batch

from .errors import ProvinceError
from .ingest import ATTEMPTS, ImportOutcome, device_keys_in, store_opened
from .keys import ProvinceKeyring
from .models import Batch, Device, HeldBatch
from .store import ProvinceStore, log_event

RELEASABLE = "sequence_reused"


@dataclass(frozen=True)
class HeldView:
    file_sha256: str
    device_id: str
    sequence: int
    batch_id: str
    reason: str
    received_at: datetime
    size: int
    stored_batch_id: str | None  # the batch already stored under that sequence or id
    stored_sha256: str | None


def _view(session, row: HeldBatch) -> HeldView:
    stored = session.scalars(
        select(Batch).where(
            (Batch.id == row.batch_id) | ((Batch.device_id == row.device_id) & (Batch.sequence == row.sequence))
        )
    ).first()
    return HeldView(
        row.file_sha256, row.device_id, row.sequence, row.batch_id, row.reason, row.received_at, len(row.data),
        stored.id if stored else None, stored.file_sha256 if stored else None,
    )  # fmt: skip


def list_held(store: ProvinceStore) -> list[HeldView]:
    with store.reader() as session:
        rows = session.scalars(select(HeldBatch).order_by(HeldBatch.received_at))
        return [_view(session, r) for r in rows]


def _find(session, key: str) -> HeldBatch:
    """A held batch by its file SHA-256 (or a unique prefix of at least 8 characters)."""
    key = key.strip().lower()
    if len(key) < 8:
        raise ProvinceError("province.unknown_held", key=key)
    rows = list(session.scalars(select(HeldBatch).where(HeldBatch.file_sha256.startswith(key, autoescape=True))))
    if len(rows) != 1:
        raise ProvinceError("province.unknown_held", key=key)
    return rows[0]


def show_held(store: ProvinceStore, key: str) -> HeldView:
    with store.reader() as session:
        return _view(session, _find(session, key))


def discard_held(store: ProvinceStore, key: str, *, by: str, note: str | None = None) -> HeldView:
    """Drop a held batch (the stored one stands); the event log keeps who, when and which file."""
    with store.session() as session:
        row = _find(session, key)
        view = _view(session, row)
        session.delete(row)
        log_event(session, "batch.held_discarded", row.batch_id, account=by, sha256=row.file_sha256,
                  device_id=row.device_id, sequence=row.sequence, reason=row.reason, note=note)  # fmt: skip
    return view


def release_held(
    store: ProvinceStore,
    key: str,
    keys: ProvinceKeyring,
    *,
    by: str,
    note: str | None = None,
    today: date | None = None,
) -> ImportOutcome:
    """Ingest a held batch as itself, exactly once; the outcome carries its receipt and record counts."""
    for attempt in range(ATTEMPTS):
        try:
            return _release_once(store, key, keys, by=by, note=note, today=today)
        except (IntegrityError, OperationalError):  # a concurrent release or import won: look again
            if attempt == ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def _release_once(
    store: ProvinceStore, key: str, keys: ProvinceKeyring, *, by: str, note: str | None, today: date | None
) -> ImportOutcome:
    with store.session() as session:
        row = _find(session, key)
        taken = session.get(Batch, row.batch_id) is not None
        if row.reason != RELEASABLE or taken:
            raise ProvinceError("province.held_not_releasable", key=row.file_sha256[:16], reason=row.reason)
        opened = open_batch(row.data, device_keys=device_keys_in(session), province_keys=keys.encryption)
        header = opened.header
        if (header.device_id, header.sequence, header.batch_id) != (row.device_id, row.sequence, row.batch_id):
            raise ProvinceError("province.held_not_releasable", key=row.file_sha256[:16], reason="header")
        device = session.get(Device, header.device_id)
        outcome = store_opened(
            session, row.data, row.file_sha256, opened, device, keys,
            today=today or datetime.now(UTC).date(), issued_at=None, released=True,
        )  # fmt: skip
        session.delete(row)
        log_event(session, "batch.held_released", row.batch_id, account=by, sha256=row.file_sha256,
                  device_id=row.device_id, sequence=row.sequence, note=note, counts=outcome.counts)  # fmt: skip
    return outcome
