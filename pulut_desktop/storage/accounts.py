"""Officer accounts: a supervisor adds officers and resets passwords (re-wrapping the store key)."""

from __future__ import annotations

from sqlalchemy import select

from ..domain.errors import ValidationError
from . import audit
from .errors import OfficerExists, UnknownOfficer
from .keyring import USERNAME, editing
from .models import Officer
from .store import CurrentOfficer, Role, Store


def list_officers(store: Store) -> list[CurrentOfficer]:
    with store.reader() as session:
        rows = session.scalars(select(Officer).where(Officer.active).order_by(Officer.username))
        return [CurrentOfficer(r.username, r.full_name, Role(r.role)) for r in rows]


def add_officer(store: Store, username: str, full_name: str, password: str, role: Role = Role.OFFICER) -> None:
    store.require_supervisor()
    username = username.strip().lower()
    if not USERNAME.match(username):
        raise ValidationError("officer.username_invalid")
    if not full_name.strip():
        raise ValidationError("name.required")
    with editing(store.data_dir.keyring) as keyring, store.session() as session:
        existing = session.get(Officer, username)
        if existing is not None and existing.active:
            raise OfficerExists(username=username)
        keyring.wrap(username, password, store.database_key, replace=existing is not None)
        if existing is None:
            session.add(
                Officer(
                    username=username,
                    full_name=full_name.strip(),
                    role=role.value,
                    active=True,
                    created_at=audit.utcnow(),
                )
            )
        else:
            existing.full_name, existing.role, existing.active = full_name.strip(), role.value, True
        audit.record(
            session,
            actor=store.officer.username,
            action="officer.added",
            entity_type="officer",
            details={"username": username, "role": role.value},
        )
        keyring.save()  # inside the transaction: if saving fails, the officer row is rolled back


def reset_password(store: Store, username: str, new_password: str) -> None:
    """A supervisor sets a new password for anyone; an officer only for themself."""
    username = username.strip().lower()
    if username != store.officer.username:
        store.require_supervisor()
    with editing(store.data_dir.keyring) as keyring, store.session() as session:
        if session.get(Officer, username) is None:
            raise UnknownOfficer(username=username)
        keyring.wrap(username, new_password, store.database_key, replace=True)
        audit.record(
            session,
            actor=store.officer.username,
            action="officer.password_reset",
            entity_type="officer",
            details={"username": username},
        )
        keyring.save()


def deactivate_officer(store: Store, username: str) -> None:
    store.require_supervisor()
    username = username.strip().lower()
    if username == store.officer.username:
        raise ValidationError("officer.cannot_remove_self")
    with editing(store.data_dir.keyring) as keyring, store.session() as session:
        row = session.get(Officer, username)
        if row is None or not row.active:
            raise UnknownOfficer(username=username)
        row.active = False
        keyring.remove(username)
        audit.record(
            session,
            actor=store.officer.username,
            action="officer.deactivated",
            entity_type="officer",
            details={"username": username},
        )
        keyring.save()
