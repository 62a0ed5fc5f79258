"""The store itself: create it, log in, keep it safe (audit check, backup, restore, retention), training data.

The first-run wizard, the login window, the app's start and the ``pulut-desktop`` store commands call these.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from ..paths import DataDir
from ..storage import audit, maintenance
from ..storage.backup import GoodBackup, newest_good_backup, restore_backup, write_backup
from ..storage.demo import make_demo_data
from ..storage.maintenance import MaintenanceResult
from ..storage.retention import PurgeResult, purge_expired
from ..storage.store import Store
from .errors import NotATrainingStore


@dataclass(frozen=True)
class NewStore:
    """What the first-run wizard, ``pulut-desktop init`` and the self-test ask for a new store."""

    username: str  # the first supervisor
    full_name: str
    password: str
    device_name: str
    regency_code: str
    training: bool = False
    language: str = "id"


def create_store(root: Path | str, new: NewStore) -> str:
    """A new data dir with its first supervisor. Returns the new device's code."""
    with Store.create(root, **asdict(new)) as store, store.reader() as session:
        return store.device(session).code


def log_in(root: Path | str, username: str, password: str) -> Store:
    """Open the store as this officer (the caller closes it, or uses it as a context manager)."""
    return Store.open(root, username, password)


def restore_and_log_in(root: Path | str, backup: Path, username: str, password: str) -> Store:
    """Put a backup back (the damaged files are kept aside), then log in to it."""
    restore_backup(root, backup, username, password)
    return Store.open(root, username, password)


def find_good_backup(root: Path | str, username: str, password: str) -> GoodBackup | None:
    """The newest backup that opens with this officer's password and verifies, for a store that would not
    open (the login offers to restore it)."""
    return newest_good_backup(DataDir(root), username=username, password=password)


def restore_store(root: Path | str, backup: Path, username: str, password: str) -> Path:
    """Put a backup back; returns the folder where the replaced files were kept."""
    return restore_backup(root, backup, username, password)


def back_up_store(store: Store, target: Path) -> Path:
    return write_backup(store, target)


def verify_audit_chain(store: Store) -> audit.ChainReport:
    with store.reader() as session:
        return audit.verify_chain(session)


def purge_expired_data(store: Store, *, days: int | None = None) -> PurgeResult:
    """Retention: strip personal data from records the province answered long enough ago."""
    return purge_expired(store, days=days)


def run_after_login(store: Store) -> MaintenanceResult:
    """What runs after each login, beside the officer's work: the damage check, the daily backup, retention
    (``pulut-desktop check`` runs exactly this)."""
    return maintenance.after_login(store)


def fill_training_data(store: Store, count: int, seed: int, progress: Callable[[int, int], None] | None = None) -> int:
    """Synthetic registrations for a training store only (a real store refuses)."""
    with store.reader() as session:
        if not store.device(session).training:
            raise NotATrainingStore()
    return make_demo_data(store, count, seed, progress)
