"""Batches held for an administrator (their sequence or batch id was already used by other bytes):
list, show and discard them, each decision in the province event log. Functions the CLI
(``pulut-province held ...``) and the web console both call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from .errors import ProvinceError
from .models import Batch, HeldBatch
from .store import ProvinceStore, log_event


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
