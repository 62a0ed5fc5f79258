"""Officers on this laptop: list, add, reset a password, deactivate; who may unlock a locked session."""

from __future__ import annotations

from ..storage import accounts
from ..storage.errors import PermissionDenied
from ..storage.store import CurrentOfficer, Role, Store


def list_officers(store: Store) -> list[CurrentOfficer]:
    return accounts.list_officers(store)


def add_officer(store: Store, username: str, full_name: str, password: str, role: Role = Role.OFFICER) -> None:
    """Supervisors only."""
    accounts.add_officer(store, username, full_name, password, role)


def reset_password(store: Store, username: str, new_password: str) -> None:
    """A supervisor sets a new password for anyone; an officer only for themself."""
    accounts.reset_password(store, username, new_password)


def deactivate_officer(store: Store, username: str) -> None:
    """Supervisors only, never themselves."""
    accounts.deactivate_officer(store, username)


def check_unlock(store: Store, username: str, password: str) -> None:
    """Raise unless ``username``/``password`` may unlock this session: the officer themself, or a
    supervisor. A wrong password counts like a failed login (LoginFailed / AccountLocked)."""
    username = username.strip().lower()
    store.check_password(username, password)
    if username == store.officer.username:
        return
    if not any(o.username == username and o.is_supervisor for o in accounts.list_officers(store)):
        raise PermissionDenied("lock.not_allowed")
