"""The retention purge is linear (issue 18: it was quadratic, 30,000 rows due at once held the worker for
minutes): a handful of statements per chunk of rows due, never one per row, and ten times the rows take at
most twelve times the (CPU) time."""

from __future__ import annotations

import time
from math import ceil

from sqlalchemy import event, text

from pulut_desktop.storage import registrations
from pulut_desktop.storage.retention import CHUNK, purge_expired
from tests.bulk import fill_registrations

SMALL = 800  # and ten times as many: two of the purge's chunks (CHUNK rows each) against one
ROUNDS = 3


def _due(store, count: int, tag: str) -> None:
    """Rows the province accepted long ago: all due for the purge."""
    fill_registrations(store, count, "14.71.01.1001", tag=tag, statuses=("accepted",), officer="bench",
                       created_at="2025-01-01 08:00:00", updated_at="2025-01-01 08:00:00.000000")  # fmt: skip


def _purge(store, count: int, tag: str) -> tuple[float, int]:
    """CPU seconds and statements of a purge of ``count`` rows due."""
    _due(store, count, tag)
    statements = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(store.engine, "before_cursor_execute", listener)
    start = time.process_time()
    try:
        assert purge_expired(store, days=30).purged == count
    finally:
        event.remove(store.engine, "before_cursor_execute", listener)
    seconds = time.process_time() - start
    if tag != "keep":  # the next measurement starts from the same (empty) table
        with store.session() as session:
            session.execute(text("DELETE FROM registrations WHERE id LIKE :tag || '-%'"), {"tag": tag})
    return seconds, len(statements)


def test_purge_is_linear_in_the_rows_due(store):
    # Small and large purges take turns, and each size keeps its best run: a burst of load from the rest
    # of the machine slows one run, not one size. Sizes well above the fixed cost of a purge keep the
    # ratio about the rows, not about the noise.
    smalls, larges = [], []
    for round_ in range(ROUNDS):
        smalls.append(_purge(store, SMALL, f"s{round_}"))
        larges.append(_purge(store, 10 * SMALL, "keep" if round_ == ROUNDS - 1 else f"l{round_}"))
    small, large = min(smalls), min(larges)
    # Set-based: a fixed handful of statements, plus an update and a delete per chunk; none per row.
    assert small[1] <= 12
    assert large[1] == small[1] + 2 * (ceil(10 * SMALL / CHUNK) - ceil(SMALL / CHUNK)), (small, large)
    assert large[0] <= 12 * small[0], (small, large)
    stub = registrations.get(store, "keep-00000007")
    assert (stub.nik, stub.full_name, stub.heirs, stub.phone) == ("", "", [], None)
    assert stub.consent.form_reference == "F-1" and stub.consent.witness_name is None
