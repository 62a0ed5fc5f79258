"""The one line the status bar shows about sending: when the province last answered, what is waiting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from ..domain.status import Status
from ..storage.models import BatchRow, RegistrationRow
from ..storage.store import Store
from .export import PENDING, SENT


@dataclass(frozen=True)
class SendStatus:
    last_answer: datetime | None  # naive UTC: when a province receipt was last applied (USB or online)
    waiting_records: int  # approved, not yet in a batch
    waiting_batches: int  # written or sealed, no receipt yet


def send_status(store: Store) -> SendStatus:
    with store.reader() as session:
        last = session.scalar(select(func.max(BatchRow.acknowledged_at)))
        records = session.scalar(
            select(func.count()).select_from(RegistrationRow).where(RegistrationRow.status == Status.APPROVED.value)
        )
        batches = session.scalar(select(func.count()).select_from(BatchRow).where(BatchRow.status.in_((PENDING, SENT))))
    return SendStatus(last, records or 0, batches or 0)
