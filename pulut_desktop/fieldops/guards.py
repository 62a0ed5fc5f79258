"""Guard rails (after MOSIP's registration-client limits): a laptop that is not enrolled, holds too much
unsent data, holds it too long, or runs out of disk stops taking new registrations until it is fixed.

Each limit is a setting (``guard_*`` in :data:`pulut_desktop.storage.settings.DEFAULTS`); 0 turns it off.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from ..domain.status import Status
from ..storage.models import RegistrationRow
from ..storage.settings import get_setting
from ..storage.store import Store

# Records still on the laptop: nothing of them has reached the province yet.
UNSENT = (Status.DRAFT.value, Status.READY.value, Status.APPROVED.value, Status.NEEDS_FIX.value)
MB = 1024 * 1024


@dataclass(frozen=True)
class GuardViolation:
    """One broken limit: a message code with its values. ``blocking`` stops new registrations."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)
    blocking: bool = True


def _limit(store: Store, key: str) -> int:
    try:
        return max(int(get_setting(store, key) or 0), 0)
    except (TypeError, ValueError):
        return 0


def free_disk_mb(path: Path) -> int:
    return shutil.disk_usage(path).free // MB


def find_violations(
    store: Store,
    *,
    now: datetime,
    enrolled: Callable[[], bool],
    clock_behind: tuple[int, date] | None,
    disk_free_mb: Callable[[Path], int] = free_disk_mb,
) -> list[GuardViolation]:
    """Every limit this laptop breaks now (an empty list when all is well). Times are naive UTC.

    What the sync side knows comes in as values (``services.guard_rails`` reads it): ``enrolled()`` is
    asked only when the enrolment limit is on; ``clock_behind`` is (days, province date) when the clock
    is provably behind the province's last signed time."""
    found: list[GuardViolation] = []
    enrol_days = _limit(store, "guard_enrol_days")
    if enrol_days:
        with store.reader() as session:
            created = store.device(session).created_at
        age = (now - created).days if created else 0
        if age >= enrol_days and not enrolled():
            found.append(GuardViolation("guard.not_enrolled", {"days": age, "limit": enrol_days}))
    max_unsent, max_days = _limit(store, "guard_unsent_records"), _limit(store, "guard_unsent_days")
    if max_unsent or max_days:
        with store.reader() as session:
            count, oldest = session.execute(
                select(func.count(), func.min(RegistrationRow.created_at)).where(RegistrationRow.status.in_(UNSENT))
            ).one()
        if max_unsent and count > max_unsent:
            found.append(GuardViolation("guard.too_many_unsent", {"count": count, "limit": max_unsent}))
        if max_days and oldest is not None and (now - oldest).days > max_days:
            found.append(GuardViolation("guard.unsent_too_old", {"days": (now - oldest).days, "limit": max_days}))
    if clock_behind is not None:  # a warning only: registering stays possible, cards are dated with the floor
        days, floor = clock_behind
        found.append(GuardViolation("guard.clock_behind", {"days": days, "date": floor.isoformat()}, blocking=False))
    min_mb = _limit(store, "guard_min_free_mb")
    if min_mb:
        free = disk_free_mb(store.data_dir.root)
        if free < min_mb:
            found.append(GuardViolation("guard.disk_low", {"free_mb": free, "limit": min_mb}))
    return found


def blocking(violations: list[GuardViolation]) -> list[GuardViolation]:
    return [v for v in violations if v.blocking]
