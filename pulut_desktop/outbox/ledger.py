"""The sync ledger: per batch, what left the laptop and what the province answered."""

from __future__ import annotations

from collections import Counter as Tally
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from pulut_desktop.storage.models import BatchRow, Counter, ReceiptOutcome
from pulut_desktop.storage.store import Store

from .export import ACKNOWLEDGED, HELD, REFUSED
from .receipts import CONTIGUOUS_COUNTER


@dataclass(frozen=True)
class LedgerRow:
    sequence: int
    batch_id: str
    status: str  # pending | sent | acknowledged | refused | held (set aside: the province holds it)
    created_at: datetime
    sent_at: datetime | None
    acknowledged_at: datetime | None
    registrations: int  # sent in this batch
    answered: int  # registrations the receipt listed
    accepted: int
    duplicate: int
    rejected: int
    held_for_review: int
    error_code: str | None
    error_message: str | None = None  # the province's words for a refused batch


@dataclass(frozen=True)
class Ledger:
    rows: list[LedgerRow] = field(default_factory=list)
    contiguous_through: int = 0  # the province holds every batch 1..this

    @property
    def unacknowledged(self) -> list[int]:
        return [r.sequence for r in self.rows if r.status not in (ACKNOWLEDGED, REFUSED, HELD)]

    @property
    def gap(self) -> list[int]:
        """Sequences the province has not got although it answered a later one (a lost stick?)."""
        answered = [r.sequence for r in self.rows if r.status in (ACKNOWLEDGED, REFUSED, HELD)]
        if not answered:
            return []
        top = max(answered)
        return [
            r.sequence for r in self.rows if self.contiguous_through < r.sequence < top and r.sequence not in answered
        ]


def ledger(store: Store) -> Ledger:
    with store.reader() as session:
        outcomes: dict[str, Tally] = {}
        for batch_id, status in session.execute(select(ReceiptOutcome.batch_id, ReceiptOutcome.status)):
            outcomes.setdefault(batch_id, Tally())[status] += 1
        rows = []
        for b in session.scalars(select(BatchRow).order_by(BatchRow.sequence)):
            tally = outcomes.get(b.id, Tally())
            rows.append(
                LedgerRow(
                    sequence=b.sequence,
                    batch_id=b.id,
                    status=b.status,
                    created_at=b.created_at,
                    sent_at=b.sent_at,
                    acknowledged_at=b.acknowledged_at,
                    registrations=len(b.registrations),
                    answered=sum(tally.values()),
                    accepted=tally["accepted"],
                    duplicate=tally["duplicate"],
                    rejected=tally["rejected"],
                    held_for_review=tally["held_for_review"],
                    error_code=b.error_code,
                    error_message=b.error_message,
                )
            )
        counter = session.get(Counter, CONTIGUOUS_COUNTER)
    return Ledger(rows, counter.value if counter else 0)
