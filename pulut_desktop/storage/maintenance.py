"""What runs once after each login, off the GUI thread: the daily backup and the retention purge."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .backup import auto_backup
from .retention import purge_expired
from .store import Store


@dataclass(frozen=True)
class MaintenanceResult:
    backup: Path | None
    purged: int


def after_login(store: Store) -> MaintenanceResult:
    backup = auto_backup(store)
    purged = purge_expired(store).purged
    return MaintenanceResult(backup, purged)
