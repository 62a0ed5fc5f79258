"""What runs after each login, beside the officer's work (never in front of it): the damage check,
the daily backup and the retention purge.

Damage stops everything else: the store is marked damaged (nothing more is written), no backup is
taken (it would push a good one out of the rotation), and the newest backup that verifies is offered.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .backup import GoodBackup, auto_backup, newest_good_backup
from .errors import StoreCorrupt
from .integrity import find_damage
from .retention import purge_expired
from .store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MaintenanceResult:
    backup: Path | None = None
    purged: int = 0
    damage: str | None = None  # what the check found; the store then refuses every write
    offer: GoodBackup | None = None  # the newest backup that verifies, when damage was found
    check_seconds: float = 0.0


def check_store(store: Store) -> str | None:
    """Run the fast damage check; on damage, stop writing. Returns the damage found, if any."""
    damage = find_damage(store)
    if damage is not None:
        store.mark_damaged(damage)
    return damage


def damage_found(store: Store, damage: str, seconds: float = 0.0) -> MaintenanceResult:
    offer = newest_good_backup(store.data_dir, store.database_key)
    log.error("damage found (%s); newest good backup: %s", damage, offer.path.name if offer else None)
    return MaintenanceResult(damage=damage, offer=offer, check_seconds=seconds)


def after_login(store: Store, now: datetime | None = None) -> MaintenanceResult:
    start = time.perf_counter()
    damage = None if store.checked_at_open else check_store(store)
    seconds = time.perf_counter() - start
    if damage is not None:
        return damage_found(store, damage, seconds)
    try:
        backup = auto_backup(store, now)
    except StoreCorrupt as err:  # the backup copy's full check saw what the fast check did not
        if store.damage is None:
            raise
        log.warning("backup refused: %s", err)
        return damage_found(store, store.damage, seconds)
    purged = purge_expired(store).purged
    return MaintenanceResult(backup=backup, purged=purged, check_seconds=seconds)
