"""The markdown section of ``bench_province`` (kept apart so the benchmark module stays short)."""

from __future__ import annotations

HTTP_RUNS = (("SQLite", "http_sqlite"), ("PostgreSQL 1 process", "http_pg1"), ("2 processes", "http_pg2"))


def _rate(records: int, seconds: float) -> str:
    return f"{records / seconds:,.0f}"


def report(r: dict, local: int, http: int, full: int) -> str:
    from benchmarks.common import load, machine

    empty, filled, raw = r["empty"], r["full"], r["raw"]
    slower = filled["wall"] / empty["wall"]
    cpu_slower = filled["cpu"] / empty["cpu"]
    rate_full = local / filled["wall"]
    lines = [
        "## Province ingest at real scale (`benchmarks/bench_province.py`, issue 18)",
        "",
        f"Machine: {machine()}; {load()} at the end of the run. Wall and CPU times are both given (on a busy "
        "machine the wall time is the larger by far).",
        "",
        f"Real laptop batches from `benchmarks/data.py`: 2,000 approved registrations each with 4,000 audit lines "
        f"and 4 drive lines; {local // 2000} batches in process, {http // 2000} over HTTP. In each batch 20 "
        "people the pre-filled province already holds (10 duplicates by NIK, 10 near-duplicates under another NIK).",
        "",
        "| path | store | wall | CPU | registrations/s (wall) | registrations/s (CPU) | baseline in the same run |",
        "|---|---|---:|---:|---:|---:|---|",
        f"| in process (`import_batch`) | empty | {empty['wall']:.1f} s | {empty['cpu']:.1f} s | "
        f"{_rate(local, empty['wall'])} | {_rate(local, empty['cpu'])} | "
        f"stdlib sqlite3 inserting the same decoded rows, empty store: {raw['wall']:.2f} s, "
        f"{_rate(local, raw['wall'])}/s |",
        f"| in process (`import_batch`) | {full:,} registrations | {filled['wall']:.1f} s | {filled['cpu']:.1f} s | "
        f"{_rate(local, filled['wall'])} | {_rate(local, filled['cpu'])} | {slower:.2f}× the empty store's wall time "
        f"({cpu_slower:.2f}× its CPU time) |",
    ]
    if "http_sqlite" in r:
        wall = r["http_sqlite"]["wall"]
        lines.append(f"| HTTP, {http // 2000} laptops at once (`pulut-province serve`) | SQLite, empty | "
                     f"{wall:.1f} s | - | {_rate(http, wall)} | - | - |")  # fmt: skip
    for w in (1, 2):
        if f"http_pg{w}" in r:
            lines.append(f"| HTTP, {http // 2000} laptops at once (`serve --workers {w}`) | PostgreSQL, empty | "
                         f"{r[f'http_pg{w}']['wall']:.1f} s | - | {_rate(http, r[f'http_pg{w}']['wall'])} | - | "
                         + ("-" if w == 1 else f"{r['http_pg1']['wall'] / r['http_pg2']['wall']:.2f}× one process")
                         + " |")  # fmt: skip
    lines += [
        "",
        "Goals: in process at 1,000,000 ≥ 10,000 registrations/s "
        f"({'met' if rate_full >= 10_000 else '**not met**'}: {rate_full:,.0f}/s wall, "
        f"{local / filled['cpu']:,.0f}/s CPU) and ≤ 1.3× the empty store "
        f"({'met' if slower <= 1.3 else '**not met**'}: {slower:.2f}×); HTTP on SQLite ≥ 6,000/s"
        + (f" ({'met' if http / r['http_sqlite']['wall'] >= 6000 else '**not met**'})" if "http_sqlite" in r else "")
        + "; PostgreSQL with 2 processes ≥ 1.6× one"
        + (
            f" ({'met' if r['http_pg1']['wall'] / r['http_pg2']['wall'] >= 1.6 else '**not met**'})"
            if "http_pg2" in r
            else " (not measured: no PostgreSQL in this run; `make bench` starts one when it can)"
        )
        + ".",
        "",
        "Uploads answered 503 (database busy) and retried as the laptop retries: "
        + ", ".join(f"{name} {r[key].get('busy', 0)}" for name, key in HTTP_RUNS if key in r)
        + ".",
        "",
        "Where the time goes (import into the 1,000,000 store, cProfile, top functions by own time):",
        "",
        "```",
        *[line for line in filled["profile"].splitlines() if line.strip()][:22],
        "```",
    ]
    return "\n".join(lines)
