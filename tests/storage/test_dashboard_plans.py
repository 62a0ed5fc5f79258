"""Beranda's and the field dashboard's counts never scan the registrations table (issue 18:
at 200,000 registrations they held the worker thread 4.5 s right after sign-in, every other load behind them).
Every statement the three loads send is captured and its ``EXPLAIN QUERY PLAN`` read back."""

from __future__ import annotations

from sqlalchemy import event

from pulut_desktop.fieldops.dashboard_data import dashboard_data
from pulut_desktop.services.dashboard import count_after_registration, count_registrations
from pulut_desktop.storage import registrations
from tests.conftest import make_registration
from tests.outbox.helpers import nik


def test_the_dashboard_counts_never_scan_the_registrations_table(store):
    for n in range(1, 6):
        registrations.save(store, make_registration(nik=nik(n), full_name=f"Siti Aminah {n}"))
    statements: list[tuple[str, tuple]] = []
    listener = lambda _c, _cur, sql, params, _ctx, _many: statements.append((sql, tuple(params or ())))  # noqa: E731
    event.listen(store.engine, "before_cursor_execute", listener)
    try:
        data = dashboard_data(store, quotas=None)
        counts = count_registrations(store)
        count_after_registration(store)
    finally:
        event.remove(store.engine, "before_cursor_execute", listener)
    assert data.total == 5 and counts.total == 5 and sum(n.count for n in data.per_occupation) == 5
    reads = []
    with store.reader() as session:
        conn = session.connection()
        for sql, params in statements:
            if sql.lstrip().upper().startswith("SELECT") and "FROM registrations" in sql:
                reads += [row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params)]
    scans = [line for line in reads if line.startswith("SCAN registrations") and "COVERING INDEX" not in line]
    assert len(reads) >= 10 and scans == [], reads
    covering = {line.split("COVERING INDEX ")[1].split(" ")[0] for line in reads if "COVERING INDEX" in line}
    for index in ("occupation_id", "funding_status", "status_print", "bpjs_status"):
        assert f"ix_registrations_{index}" in covering, (index, reads)
