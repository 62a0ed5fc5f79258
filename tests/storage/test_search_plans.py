"""The list's search queries are planned on their indexes (issue 18): a name fragment on the FTS5 name
index, a NIK prefix on the NIK index, a registration-number prefix on its index, and the rows of a page
by rowid. Every statement the search sends is captured and its ``EXPLAIN QUERY PLAN`` read back."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from pulut_desktop.storage import queries, registrations
from tests.conftest import make_registration
from tests.outbox.helpers import nik


@pytest.fixture
def saved(store):
    for n in range(1, 13):
        registrations.save(store, make_registration(nik=nik(n), full_name=f"Siti Aminah {n}"))
    return store


def plans_of(store, search) -> list[tuple[str, list[str]]]:
    statements: list[tuple[str, tuple]] = []
    listener = lambda _c, _cur, sql, params, _ctx, _many: statements.append((sql, tuple(params or ())))  # noqa: E731
    event.listen(store.engine, "before_cursor_execute", listener)
    try:
        with store.reader() as session:
            search(session)
    finally:
        event.remove(store.engine, "before_cursor_execute", listener)
    with store.reader() as session:
        conn = session.connection()
        return [
            (sql, [row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params)])
            for sql, params in statements
            if sql.lstrip().upper().startswith("SELECT")
        ]


def search(text: str, **fields):
    def run(session):
        q = queries.RegistrationQuery(text=text, **fields)
        rowids = queries.search_rowids(session, q, limit=100)
        queries.count_matches(session, q)
        assert queries.fetch_rows(session, rowids)

    return run


def flat(found) -> list[str]:
    return [line for _, lines in found for line in lines]


def test_name_nik_and_number_searches_use_their_indexes(saved):
    for text in ("aminah", "siti ami", "AMINAH 1"):
        lines = flat(plans_of(saved, search(text)))
        assert any("registration_names VIRTUAL TABLE INDEX" in line for line in lines), lines
        assert not any(line.startswith("SCAN registrations") for line in lines), lines
    for text in ("1471", "147101450890001", "1471 0145"):
        lines = flat(plans_of(saved, search(text)))
        assert any("USING INDEX ix_registrations_nik" in line or "USING COVERING INDEX ix_registrations_nik" in line
                   for line in lines), lines  # fmt: skip
        assert not any(line.startswith("SCAN registrations") for line in lines), lines
    with saved.reader() as session:
        number = queries.fetch_rows(session, queries.search_rowids(session, queries.RegistrationQuery(), 1))
    prefix = next(iter(number.values())).registration_number[:9]
    lines = flat(plans_of(saved, search(prefix)))
    assert not any(line.startswith("SCAN registrations") for line in lines), lines
    # Fetching a page of rows reads them by rowid.
    page = [lines for sql, lines in plans_of(saved, search("aminah")) if "registrations.rowid IN" in sql]
    assert page and all(any("USING INTEGER PRIMARY KEY" in line for line in lines) for lines in page), page


def test_every_rowid_of_the_unfiltered_list_comes_from_the_narrow_status_index(saved):
    """The list's full rowid list after sign-in (issue 18): the status index has far fewer pages to decrypt than
    the table (0.35 s against 0.7-1 s at 200,000). SQLAlchemy's SQLite dialect dropped the ``with_hint`` that
    asked for it, so the table was scanned."""
    found: list[list[int]] = []

    def every_rowid(session):
        for descending in (True, False):
            found.append(queries.search_rowids(session, queries.RegistrationQuery(descending=descending)))

    lines = flat(plans_of(saved, every_rowid))
    assert (
        lines == ["SCAN registrations USING COVERING INDEX ix_registrations_status", "USE TEMP B-TREE FOR ORDER BY"] * 2
    )
    newest_first, oldest_first = found
    assert len(newest_first) == 12 and newest_first == sorted(newest_first, reverse=True)
    assert oldest_first == newest_first[::-1]
