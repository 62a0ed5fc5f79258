"""Pre-aggregated registration counts (``registration_counts``), so the console reads a few hundred rows
instead of grouping a million registration versions per request (issue 20).

Three measures, each a set of keys a registration contributes 1 to:

- ``quota``: per budget year of its accepted versions, the (regency, funding source) of its latest
  accepted version in that year (what :func:`..quotas.accepted_counts` counts against a quota);
- ``regency``: every regency one of its accepted versions is in (accepted registrations per regency);
- ``week``: the Monday of every week one of its versions (any status) was received in.

Every write that changes a registration's versions runs inside :func:`counted`, in the same transaction:
the registrations' contributions are read before and after the change and the difference is added to
the counters. :func:`recount` rebuilds them from the rows (``pulut-province recount``, migration p0009).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from itertools import groupby

from sqlalchemy import delete, insert, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from .holds import lock_keys
from .models import RegistrationCount, RegistrationVersion

QUOTA, REGENCY, WEEK = "quota", "regency", "week"
CHUNK = 500  # registration ids per IN list
_LOCK_NAMESPACE = b"pulut-registration-count\x00"
Key = tuple[str, int, str, str, str]  # measure, budget_year, regency_code, funding_source, week (Monday)

_v = RegistrationVersion
_COLUMNS = (_v.registration_id, _v.version, _v.status, _v.budget_year, _v.regency_code, _v.funding_source,
            _v.received_at)  # fmt: skip
_ORDER = (_v.registration_id, _v.version)


def monday(at: datetime | date) -> date:
    day = at.date() if isinstance(at, datetime) else at
    return day - timedelta(days=day.weekday())


def _one(rows: list) -> Iterator[Key]:
    """The keys one registration (its versions, ordered by version) contributes to."""
    latest: dict[int, tuple[str, str]] = {}
    regencies, weeks = set(), set()
    for _id, _version, status, year, regency, source, received_at in rows:
        weeks.add(monday(received_at).isoformat())
        if status == "accepted":
            regencies.add(regency or "")
            if year is not None:
                latest[year] = (regency or "", source or "")
    yield from ((QUOTA, year, regency, source, "") for year, (regency, source) in latest.items())
    yield from ((REGENCY, 0, regency, "", "") for regency in regencies)
    yield from ((WEEK, 0, "", "", week) for week in weeks)


def contributions(rows: Iterable) -> Counter[Key]:
    """What the registrations in ``rows`` (ordered by registration id and version) contribute."""
    out: Counter[Key] = Counter()
    for _id, versions in groupby(rows, key=lambda r: r[0]):
        out.update(_one(list(versions)))
    return out


def _of(session: Session, ids: list[str]) -> Counter[Key]:
    out: Counter[Key] = Counter()
    for start in range(0, len(ids), CHUNK):
        some = _v.registration_id.in_(ids[start : start + CHUNK])
        out.update(contributions(session.execute(select(*_COLUMNS).where(some).order_by(*_ORDER))))
    return out


def _add(session: Session, delta: dict[Key, int]) -> None:
    """Add ``delta`` to the counters, one upsert per key (in key order: concurrent writers lock alike)."""
    rows = [dict(measure=k[0], budget_year=k[1], regency_code=k[2], funding_source=k[3], week=k[4], count=n)
            for k, n in sorted(delta.items()) if n]  # fmt: skip
    if not rows:
        return
    table = RegistrationCount.__table__
    make = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    for row in rows:
        stmt = make(table).values(**row)
        session.execute(stmt.on_conflict_do_update(
            index_elements=["measure", "budget_year", "regency_code", "funding_source", "week"],
            set_={"count": table.c.count + stmt.excluded.count},
        ))  # fmt: skip


@contextmanager
def counted(session: Session, registration_ids: Iterable[str]) -> Iterator[None]:
    """Keep the counters right across a change to these registrations' versions (same transaction)."""
    ids = sorted(set(registration_ids))
    # Two transactions changing one registration at once would each see only their own rows and add
    # overlapping differences: on PostgreSQL the second waits here until the first commits.
    lock_keys(session, _LOCK_NAMESPACE, set(ids))
    before = _of(session, ids) if ids else Counter()
    yield
    if ids:
        session.flush()
        after = _of(session, ids)
        after.subtract(before)
        _add(session, after)


def recount(session: Session) -> int:
    """Rebuild every counter from the registration versions; returns how many counter rows there are."""
    if session.get_bind().dialect.name == "postgresql":
        # A write running beside the rebuild either commits before it reads (and is read) or waits here
        # and adds its difference to the rebuilt counters afterwards. SQLite: one writer at a time.
        session.execute(text("LOCK TABLE registration_counts IN EXCLUSIVE MODE"))
    session.execute(delete(RegistrationCount))
    rows = session.execute(select(*_COLUMNS).order_by(*_ORDER).execution_options(yield_per=10_000))
    totals = contributions(rows)
    table = RegistrationCount.__table__
    items = [dict(measure=k[0], budget_year=k[1], regency_code=k[2], funding_source=k[3], week=k[4], count=n)
             for k, n in sorted(totals.items())]  # fmt: skip
    for start in range(0, len(items), 1000):
        session.execute(insert(table), items[start : start + 1000])
    return len(items)


def counts(session: Session, measure: str, **where: object) -> dict[Key, int]:
    """The counters of one measure (optionally filtered by column), keyed by their full key."""
    c = RegistrationCount
    query = select(c.measure, c.budget_year, c.regency_code, c.funding_source, c.week, c.count)
    query = query.where(c.measure == measure)
    for column, value in where.items():
        query = query.where(getattr(c, column) == value)
    return {tuple(row[:5]): row[5] for row in session.execute(query) if row[5]}
