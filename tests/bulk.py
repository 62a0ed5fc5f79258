"""Synthetic registrations inserted by one SQL statement: 200,000 rows in seconds, for the tests and the
benchmarks that need a full store but not realistic people (``benchmarks/laptop_data.py`` has those).

Every row carries personal data (NIK, phone, an heir, a witnessed consent), so a purge has something to
strip; names and statuses cycle through the given lists.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import text

_FILL = """
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :count)
    INSERT INTO registrations (
        id, registration_number, nik, kk_number, full_name, birth_place, birth_date, sex,
        mother_maiden_name, address_line, village_code, phone, occupation_id, occupation_note,
        has_disability, funding_source, programmes, coverage_start, coverage_months, heirs, consent,
        drive_id, officer, status, status_reason, version, training, print_count, created_at, updated_at)
    SELECT
        printf('%s-%08d', :tag, i), printf('PK-%s-%07d', upper(:tag), i),
        printf('1471%02d%02d%02d%02d%04d', 1 + i % 9, 1 + i % 28, 1 + i % 12, 70 + i % 30, 1 + i % 9999),
        NULL, printf('PEKERJA %s %06d', {name}, i), 'PEKANBARU',
        printf('%04d-%02d-%02d', 1970 + i % 30, 1 + i % 12, 1 + i % 28), 'L', NULL, 'JL. UJI',
        :village, '+6281234567890', 'PEKEBUN_SAWIT', NULL, 0, 'APBD', 'JKK,JKM', '2026-01-01', 12,
        '[{{"name": "AHLI WARIS", "relationship": "spouse", "nik": null, "phone": null}}]',
        '{{"given": true, "method": "signed_form", "witness_name": "SAKSI", "form_reference": "F-1"}}',
        NULL, :officer, {status}, NULL, 1, 0, 0,
        datetime(:created_at, printf('+%d seconds', i)), :updated_at
    FROM n
"""


def _cycle(name: str, values: Sequence[str]) -> tuple[str, dict[str, str]]:
    """An SQL expression that takes ``values`` in turn (row i gets values[i % len]), and its parameters."""
    params = {f"{name}{k}": value for k, value in enumerate(values)}
    if len(values) == 1:
        return f":{name}0", params
    cases = " ".join(f"WHEN {k} THEN :{name}{k}" for k in range(len(values)))
    return f"CASE i % {len(values)} {cases} END", params


def fill_registrations(
    store,
    count: int,
    village_code: str,
    *,
    tag: str = "bulk",
    names: Sequence[str] = ("SINTETIS",),
    statuses: Sequence[str] = ("ready", "approved", "draft"),
    officer: str = "super",
    created_at: str = "2026-01-01 08:00:00",
    updated_at: str = "2026-01-01 08:00:00.000000",
) -> None:
    """``count`` registrations with ids ``<tag>-00000001``…, created a second apart from ``created_at``."""
    name, name_params = _cycle("name", names)
    status, status_params = _cycle("status", statuses)
    values = dict(count=count, tag=tag, village=village_code, officer=officer, created_at=created_at,
                  updated_at=updated_at, **name_params, **status_params)  # fmt: skip
    with store.session() as session:
        session.execute(text(_FILL.format(name=name, status=status)), values)
