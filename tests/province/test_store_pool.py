"""The service runs each request on one of anyio's 40 threads, and a request may hold a connection while it waits
its turn to write (SQLite has one writer at a time). With SQLAlchemy's default pool (5 + 10 connections, 30 s
wait) the 16th of 20 laptops uploading 2,000-record batches at once got a 503 after 30 s without a connection
(benchmarks/bench_province.py). Every request thread gets its connection at once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from pulut_desktop.province.store import ProvinceStore

REQUEST_THREADS = 40  # anyio's default limit for sync endpoints (the service does not change it)


def test_every_request_thread_gets_a_connection_without_waiting(tmp_path):
    with ProvinceStore.open(tmp_path / "province", create=True) as store:
        store.engine.pool._timeout = 2  # a connection not free at once fails the test fast, not after minutes
        with ThreadPoolExecutor(REQUEST_THREADS) as threads:
            held = list(threads.map(lambda _: store.engine.connect(), range(REQUEST_THREADS)))
        try:
            assert len(held) == REQUEST_THREADS
        finally:
            for conn in held:
                conn.close()
