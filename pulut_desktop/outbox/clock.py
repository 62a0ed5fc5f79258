"""Is the laptop's clock believable? Field laptops run for months with dead clock batteries.

Nothing the province relies on comes from the laptop clock (batches are ordered by sequence, requests
carry server nonces), but cards print an issue date. The latest *province-signed* time the laptop has
seen (the newest receipt's ``issued_at``) is a floor: if the clock reads earlier than that, the clock
is wrong, the officer is warned, and cards are dated with the floor instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from ..storage.models import BatchRow
from ..storage.store import Store
from ..sync.receipt import parse_receipt
from .enrolment import enrolment_of

TOLERANCE = timedelta(hours=24)
PROGRAMME_START = datetime(2024, 6, 12, tzinfo=UTC)  # Pulut Ketan was launched: no real date is earlier


@dataclass(frozen=True)
class ClockCheck:
    laptop_now: datetime
    floor: datetime  # the latest moment known to have passed (province-signed), or the programme start

    @property
    def behind(self) -> timedelta:
        return max(self.floor - self.laptop_now, timedelta(0))

    @property
    def wrong(self) -> bool:
        return self.behind > TOLERANCE

    @property
    def trusted_today(self) -> date:
        """The date to print: the laptop's own, unless the clock is provably behind."""
        return (self.floor if self.wrong else self.laptop_now).astimezone().date()


def latest_province_time(store: Store) -> datetime | None:
    info = enrolment_of(store)
    if info is None:
        return None
    with store.reader() as session:
        data = session.scalars(
            select(BatchRow.receipt_bytes).where(BatchRow.receipt_bytes.is_not(None)).order_by(BatchRow.sequence.desc())
        ).first()
    if data is None:
        return None
    receipt = parse_receipt(data, province_signing_keys=info.signing_public_key, device_id=info.device_id)
    issued = receipt.issued_at
    return issued if issued.tzinfo else issued.replace(tzinfo=UTC)


def check_clock(store: Store, now: datetime | None = None) -> ClockCheck:
    now = now or datetime.now(UTC)
    province = latest_province_time(store)
    floor = max(PROGRAMME_START, province) if province else PROGRAMME_START
    return ClockCheck(now, floor)
