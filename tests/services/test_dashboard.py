"""``services.dashboard``: the home page's counts, field dashboard, guard banner and send status."""

from __future__ import annotations

from pulut_desktop.domain.status import Status
from pulut_desktop.services import dashboard
from pulut_desktop.storage import registrations
from pulut_desktop.storage.settings import set_setting
from tests.conftest import make_registration
from tests.outbox.helpers import nik


def _fill(store) -> None:
    """Two waiting for approval, one approved (to print and to send), one sent back to fix."""
    regs = [
        registrations.save(store, make_registration(nik=nik(n), full_name=f"Siti {n}"), submit=True)
        for n in range(1, 5)
    ]
    registrations.set_status(store, [regs[2].id], Status.APPROVED)
    registrations.set_status(store, [regs[3].id], Status.NEEDS_FIX, "NIK salah ketik")


def test_an_empty_laptop_counts_nothing(store):
    counts = dashboard.count_registrations(store)
    assert (counts.today, counts.to_approve, counts.to_print, counts.to_send, counts.total) == (0, 0, 0, 0, 0)
    status = dashboard.read_send_status(store)
    assert (status.last_answer, status.waiting_records, status.waiting_batches) == (None, 0, 0)


def test_counts_follow_the_statuses(store):
    _fill(store)
    counts = dashboard.count_registrations(store)
    assert (counts.today, counts.to_approve, counts.to_print, counts.to_send, counts.total) == (4, 2, 1, 1, 4)
    assert counts.by_status[Status.NEEDS_FIX] == 1
    assert dashboard.read_send_status(store).waiting_records == 1


def test_the_field_dashboard_groups_by_village_and_occupation(store):
    _fill(store)
    data = dashboard.load_field_dashboard(store)
    assert (data.to_approve, data.to_send, data.to_fix, data.total) == (2, 1, 1, 4)
    assert sum(n for _, n in data.per_day) == 4
    assert [c.count for c in data.per_village] == [4]
    assert [c.count for c in data.per_occupation] == [4]
    assert data.quotas_received is False  # no reference bundle from the province yet


def test_guard_violations_are_listed_when_a_limit_is_broken(store):
    _fill(store)
    assert [v.code for v in dashboard.list_guard_violations(store)] == []
    set_setting(store, "guard_unsent_records", 2)
    assert [v.code for v in dashboard.list_guard_violations(store)] == ["guard.too_many_unsent"]
