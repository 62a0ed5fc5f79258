"""Guard rails (after MOSIP's registration-client limits): a laptop that is not enrolled, holds too much
unsent data, holds it too long, or runs out of disk stops taking new registrations until it is fixed.

The limits are checked in :mod:`pulut_desktop.fieldops.guards`; this module adds what the sync side
knows (the enrolment, the province's last signed time) and is what the form, bulk import and the guard
banner call.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from ..fieldops.errors import GuardRailBlocked
from ..fieldops.guards import GuardViolation, blocking, find_violations, free_disk_mb
from ..outbox.clock import check_clock
from ..outbox.enrolment import enrolment_of
from ..storage import audit
from ..storage.store import Store


def check_guard_rails(
    store: Store, *, now: datetime | None = None, disk_free_mb: Callable[[Path], int] = free_disk_mb
) -> list[GuardViolation]:
    """Every limit this laptop breaks now (an empty list when all is well). ``now`` is naive UTC."""
    now = now or audit.utcnow()
    clock = check_clock(store, now.replace(tzinfo=UTC))
    behind = (clock.behind.days, clock.floor.date()) if clock.wrong else None
    return find_violations(
        store,
        now=now,
        enrolled=lambda: enrolment_of(store) is not None,
        clock_behind=behind,
        disk_free_mb=disk_free_mb,
    )


def require_registration_allowed(
    store: Store, *, now: datetime | None = None, disk_free_mb: Callable[[Path], int] = free_disk_mb
) -> None:
    """Raise :class:`GuardRailBlocked` when a blocking guard rail stops new registrations."""
    stopping = blocking(check_guard_rails(store, now=now, disk_free_mb=disk_free_mb))
    if stopping:
        raise GuardRailBlocked(stopping)
