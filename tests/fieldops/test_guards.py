"""Guard rails: each limit from its setting, 0 turns it off, blocking raises a typed error."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pulut_desktop import messages
from pulut_desktop.domain.status import Status
from pulut_desktop.fieldops.errors import GuardRailBlocked
from pulut_desktop.services.guard_rails import check_guard_rails, require_registration_allowed
from pulut_desktop.storage import audit, registrations
from pulut_desktop.storage.models import RegistrationRow
from pulut_desktop.storage.settings import DEFAULTS, set_setting
from tests.conftest import make_registration

PLENTY = {"disk_free_mb": lambda path: 10_000}


def _codes(store, **kwargs):
    return [v.code for v in check_guard_rails(store, **(PLENTY | kwargs))]


def test_defaults():
    assert (DEFAULTS["guard_enrol_days"], DEFAULTS["guard_unsent_records"], DEFAULTS["guard_unsent_days"],
            DEFAULTS["guard_min_free_mb"]) == (14, 500, 21, 500)  # fmt: skip


def test_a_new_laptop_breaks_no_limit(store):
    assert _codes(store) == []
    require_registration_allowed(store, **PLENTY)


def test_not_enrolled_after_n_days(store):
    now = audit.utcnow()
    assert _codes(store, now=now + timedelta(days=13)) == []
    assert _codes(store, now=now + timedelta(days=14, hours=1)) == ["guard.not_enrolled"]
    set_setting(store, "guard_enrol_days", 30)
    assert _codes(store, now=now + timedelta(days=20)) == []
    set_setting(store, "guard_enrol_days", 0)
    assert _codes(store, now=now + timedelta(days=400)) == []


def test_too_many_unsent_records(store):
    set_setting(store, "guard_unsent_records", 2)
    for n in (1, 2):
        registrations.save(store, make_registration(nik=f"1471014508900{n:03d}"), submit=False)
    assert _codes(store) == []  # 2 is the limit, not over it
    reg = registrations.save(store, make_registration(nik="1471014508900003"), submit=False)
    (violation,) = check_guard_rails(store, **PLENTY)
    assert violation.code == "guard.too_many_unsent" and violation.params == {"count": 3, "limit": 2}
    with store.session() as session:  # a sent record no longer counts
        session.get(RegistrationRow, reg.id).status = Status.SENT.value
    assert _codes(store) == []


def test_oldest_unsent_too_old(store):
    reg = registrations.save(store, make_registration(), submit=False)
    with store.session() as session:
        session.get(RegistrationRow, reg.id).created_at = audit.utcnow() - timedelta(days=22)
    assert _codes(store) == ["guard.unsent_too_old"]
    set_setting(store, "guard_unsent_days", 30)
    assert _codes(store) == []


def test_disk_almost_full_blocks_with_a_clear_message(store):
    with pytest.raises(GuardRailBlocked) as caught:
        require_registration_allowed(store, disk_free_mb=lambda path: 120)
    assert caught.value.code == "guard.disk_low"
    assert messages.error_text(caught.value) == (
        "Ruang disk tinggal 120 MB (minimal 500 MB). Kosongkan ruang disk sebelum mendaftar lagi."
    )
    assert "120 MB" in messages.error_text(caught.value, "en")
    set_setting(store, "guard_min_free_mb", 100)
    require_registration_allowed(store, disk_free_mb=lambda path: 120)


def test_the_unsent_count_and_oldest_date_are_read_from_an_index_alone(store):
    """Issue 18: at 200,000 registrations reading every unsent row took 1.6 s of the worker thread after
    sign-in; the (status, created_at) index answers in 0.03 s."""
    from sqlalchemy import event

    registrations.save(store, make_registration())
    set_setting(store, "guard_unsent_records", 10)
    seen: list[tuple[str, object]] = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        if "min(registrations.created_at)" in statement:
            seen.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", remember)
    try:
        assert _codes(store) == []
    finally:
        event.remove(store.engine, "before_cursor_execute", remember)
    assert len(seen) == 1
    statement, parameters = seen[0]
    with store.reader() as session:
        plan = session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
    assert [row[-1] for row in plan] == [
        "SEARCH registrations USING COVERING INDEX ix_registrations_status_created (status=?)"
    ]
