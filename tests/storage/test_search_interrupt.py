"""A list search the officer has typed past is stopped while SQLite runs it (issue 18: a stale search held
the single worker in front of the newest one). The connection stays usable and answers the next search."""

from __future__ import annotations

from sqlalchemy import text

from pulut_desktop.storage import review
from pulut_desktop.storage.queries import RegistrationQuery

FILL = text("""
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :count)
    INSERT INTO registrations (
        id, registration_number, nik, full_name, birth_place, birth_date, sex, address_line, village_code,
        occupation_id, has_disability, funding_source, programmes, coverage_months, heirs, consent, officer,
        status, version, training, print_count, created_at, updated_at)
    SELECT printf('r-%06d', i), printf('PK-BENC-HMRK-%06d', i), printf('1471014508%06d', i),
        printf('SITI AMINAH %06d', i), 'PEKANBARU', '1990-08-05', 'P', 'JL. UJI', '14.71.01.1001', 'NELAYAN', 0,
        'APBD', 'JKK,JKM', 12, '[]', '{}', 'bench', 'approved', 1, 0, 0, '2026-01-01 08:00:00',
        '2026-01-01 08:00:00'
    FROM n
""")


def test_a_running_search_stops_when_overtaken(store):
    with store.session() as session:
        session.execute(FILL, {"count": 20_000})
    everything = RegistrationQuery(text="aminah")
    checks: list[bool] = []

    def overtaken_after_a_while() -> bool:
        checks.append(True)
        return len(checks) > 2

    assert review.search(store, everything, should_cancel=overtaken_after_a_while) is None
    assert len(checks) == 4  # asked while the statement ran, stopped at the first yes, asked once more after
    assert review.search_head(store, everything, 100, should_cancel=lambda: True) is None
    # Not overtaken: the whole answer, on connections that were interrupted before.
    found = review.search(store, everything, should_cancel=lambda: False)
    assert found is not None and len(found) == 20_000
    total, head, page = review.search_head(store, everything, 100, should_cancel=lambda: False)
    assert total == 20_000 and len(head) == 100 and len(page) == 100
    assert len(review.search(store, everything)) == 20_000  # no check left behind on the connection
    assert store.damage is None  # an interrupted statement is not damage
