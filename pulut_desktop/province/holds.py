"""Who holds a NIK, and the per-person lock that makes near-duplicate holds exact under concurrency.

A NIK is held by the first registration accepted with it (``nik_holders``, unique on the NIK, so two
concurrent imports cannot both take it: the loser's transaction fails on the key and is retried). The
same person under *another* NIK is caught by the person key (normalised name + birth date); there is
no row to collide on, so on PostgreSQL each import takes a transaction-scoped advisory lock per person
key before it looks (SQLite already serialises writers: one write transaction at a time).
"""

from __future__ import annotations

import hashlib
import re

from sqlalchemy import delete, text
from sqlalchemy.orm import Session

from .models import NikHolder
from .store import utcnow

_LOCK_NAMESPACE = b"pulut-person-key\x00"


def person_key(full_name: str, birth_date: object) -> str | None:
    """Normalised name + birth date: the same person registered under another NIK shares it.

    Only case, accents-free punctuation and spacing are normalised (not spelling variants): the
    province holds a record for a person only when the match is strong; looser matching is the
    officer-side duplicate check (``domain.dedupe``)."""
    if not birth_date:
        return None
    name = " ".join(re.sub(r"[^0-9A-Z ]", " ", full_name.upper()).split())
    return hashlib.sha256(f"{name}|{birth_date}".encode()).hexdigest()


def lock_person_keys(session: Session, keys: set[str]) -> None:
    """Serialise imports that touch the same person keys until this transaction ends. Must run before
    the near-duplicate lookup: under READ COMMITTED the lookup then sees the previous holder's committed
    rows."""
    lock_keys(session, _LOCK_NAMESPACE, keys)


def lock_keys(session: Session, namespace: bytes, keys: set[str]) -> None:
    """Transaction-scoped PostgreSQL advisory locks on ``keys`` (hashed within ``namespace``), taken in
    sorted order so two transactions never wait on each other in a cycle. SQLite: nothing (one writer)."""
    if session.get_bind().dialect.name != "postgresql" or not keys:
        return
    numbers = sorted(
        int.from_bytes(hashlib.sha256(namespace + k.encode()).digest()[:8], "big", signed=True) for k in keys
    )
    # One statement for the whole batch (not one round trip per key); unnest hands the sorted array
    # back in order, so the locks are taken in that order.
    lock = text("SELECT pg_advisory_xact_lock(k) FROM unnest(CAST(:keys AS bigint[])) AS k")
    session.execute(lock, {"keys": numbers})


def take_nik(session: Session, device_id: str, registration_id: str, nik: str, number: str | None) -> str | None:
    """Hold the NIK for this registration if it is free; returns None when it holds it (accepted), else
    the registration number already holding it (duplicate)."""
    holder = session.get(NikHolder, nik)
    if holder is None:
        session.add(
            NikHolder(
                nik=nik,
                registration_id=registration_id,
                registration_number=number,
                device_id=device_id,
                since=utcnow(),
            )
        )
        session.flush()
        return None
    if holder.registration_id == registration_id:
        return None
    return holder.registration_number


def release_other_niks(session: Session, registration_id: str, nik: str) -> list[str]:
    """A newer version of a registration was accepted with ``nik``: the NIKs its older versions held
    are free again (a corrected typo must not keep blocking the real owner of the old number)."""
    released = list(
        session.scalars(
            delete(NikHolder)
            .where(NikHolder.registration_id == registration_id, NikHolder.nik != nik)
            .returning(NikHolder.nik)
        )
    )
    return released
