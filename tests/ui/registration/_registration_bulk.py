"""Fast bulk insert of synthetic registrations with one SQL statement (for list-model tests)."""

from __future__ import annotations

from sqlalchemy import text

from pulut_desktop.storage.store import Store

_BULK_INSERT = text(
    """
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :count)
    INSERT INTO registrations (
        id, registration_number, nik, kk_number, full_name, birth_place, birth_date, sex,
        mother_maiden_name, address_line, village_code, phone, occupation_id, occupation_note,
        has_disability, funding_source, programmes, coverage_start, coverage_months, heirs, consent,
        drive_id, officer, status, status_reason, version, training, print_count, created_at, updated_at)
    SELECT
        printf('bulk-%08d', i), printf('PK-BULK-TEST-%07d', i),
        printf('1471%02d%02d%02d%04d', 1 + i % 9, 1 + i % 28, 1 + i % 12, 70 + i % 30, 1 + i % 9999),
        NULL, printf('PEKERJA SINTETIS %06d', i), 'PEKANBARU',
        printf('%04d-%02d-%02d', 1970 + i % 30, 1 + i % 12, 1 + i % 28), 'L', NULL, 'JL. UJI',
        :village, NULL, 'PEKEBUN_SAWIT', NULL, 0, 'APBD', 'JKK,JKM', '2026-01-01', 12, '[]',
        '{"given": true, "method": "signed_form"}', NULL, 'super',
        CASE i % 3 WHEN 0 THEN 'ready' WHEN 1 THEN 'approved' ELSE 'draft' END, NULL, 1, 0, 0,
        printf('2026-01-01 08:%02d:%02d.000000', (i / 60) % 60, i % 60),
        '2026-01-01 08:00:00.000000'
    FROM n
    """
)


def bulk_insert(store: Store, count: int, village_code: str) -> None:
    with store.session() as session:
        session.execute(_BULK_INSERT, {"count": count, "village": village_code})
