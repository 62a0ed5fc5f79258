"""Perpanjangan: the renewal worklist per village, and renewing a worker for the next coverage period.

:func:`load_renewal_worklist` lists, per village, the accepted workers whose coverage ends within N days
(N from the programme rules, else 60) and those whose coverage ended without a renewal.
:func:`prepare_renewal` pre-fills the renewal from what was registered; the officer confirms or
corrects it and :func:`renew_registration` saves it (audited) for the next batch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..domain.errors import ValidationError
from ..domain.registration import Registration
from ..domain.renewal import notice_days, renewal_of
from ..storage import registrations, renewals
from ..storage.renewals import DueWorker
from ..storage.rules import current_rules
from ..storage.store import Store


@dataclass(frozen=True)
class RenewalWorklist:
    today: date
    notice_days: int
    by_village: dict[str, list[DueWorker]] = field(default_factory=dict)

    @property
    def due(self) -> int:
        return sum(1 for ws in self.by_village.values() for w in ws if w.coverage_end >= self.today)

    @property
    def lapsed(self) -> int:
        """Workers whose coverage ended and who were not renewed."""
        return sum(1 for ws in self.by_village.values() for w in ws if w.coverage_end < self.today)


def load_renewal_worklist(store: Store, *, today: date | None = None) -> RenewalWorklist:
    today = today or date.today()
    days = notice_days(current_rules(store))
    grouped: dict[str, list[DueWorker]] = {}
    for worker in renewals.due_workers(store, today, days):
        grouped.setdefault(worker.village_code, []).append(worker)
    return RenewalWorklist(today, days, grouped)


def prepare_renewal(store: Store, registration_id: str) -> Registration:
    """The renewal to confirm: everything as registered, the next coverage period. Refused when the
    worker's personal data already left the laptop (retention) or the registration is not accepted."""
    reg = registrations.get(store, registration_id)
    if reg.status is not renewals.RENEWABLE:
        raise ValidationError("renewal.not_accepted", status=reg.status.value)
    if not reg.nik:
        raise ValidationError("renewal.data_removed", status=reg.status.value)
    return renewal_of(reg, current_rules(store))


def renew_registration(store: Store, renewed: Registration) -> Registration:
    """Save the confirmed renewal; the changes the officer made are named in the audit trail."""
    return renewals.save_renewal(store, renewed)
