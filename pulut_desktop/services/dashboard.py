"""What the home page shows: today's work, the queues, the field dashboard, guard rails, send status."""

from __future__ import annotations

from datetime import date, timedelta

from ..domain.renewal import notice_days
from ..fieldops.dashboard_data import DashboardData, dashboard_data
from ..fieldops.guards import GuardViolation
from ..outbox.reference import quotas_of
from ..outbox.status import SendStatus
from ..outbox.status import send_status as _send_status
from ..storage.after_counts import AfterRegistrationCounts, after_registration_counts
from ..storage.dashboard import DashboardCounts
from ..storage.dashboard import dashboard_counts as _dashboard_counts
from ..storage.rules import current_rules
from ..storage.store import Store
from .guard_rails import check_guard_rails


def count_registrations(store: Store) -> DashboardCounts:
    """Registrations made today, the queues (approval, printing, sending) and per-status totals."""
    return _dashboard_counts(store)


def load_field_dashboard(
    store: Store, *, today: date | None = None, utc_offset: timedelta | None = None
) -> DashboardData:
    """Per-day registrations of the last weeks, per village and occupation, against the quotas the
    province's reference bundle gives this laptop's regency."""
    return dashboard_data(store, today=today, utc_offset=utc_offset, quotas=quotas_of)


def count_after_registration(store: Store, *, today: date | None = None) -> AfterRegistrationCounts:
    """BPJS's answers (enrolled, awaiting, rejected), renewals (due, not renewed, renewed) and exits."""
    return after_registration_counts(store, today or date.today(), notice_days(current_rules(store)))


def list_guard_violations(store: Store) -> list[GuardViolation]:
    """Every limit this laptop breaks now (empty when all is well)."""
    return check_guard_rails(store)


def read_send_status(store: Store) -> SendStatus:
    """The last answer from the province and what still waits to be sent."""
    return _send_status(store)
