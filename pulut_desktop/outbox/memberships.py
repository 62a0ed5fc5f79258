"""BPJS Ketenagakerjaan's answers on the laptop, applied with the receipt that carries them.

For a result about registration version ``v`` in the receipt of batch ``b``:

* it counts only when ``b`` carried ``(id, v)`` and the registration is still the one the province
  accepted (ACCEPTED at ``v + 2``: SENT made it ``v + 1``, the province's answer ``v + 2``);
  anything else (an older version, a record edited or sent again since) is ignored, never trusted;
* ``enrolled``: the record is *Terdaftar BPJS*: its KPJ number and coverage dates are kept (status
  stays ACCEPTED; new dates for the same version, a renewal, replace the old ones);
* ``rejected``: BPJS's reason is kept and the record goes back to the officer as NEEDS_FIX with
  "BPJS: <reason>", so it can be fixed and sent again (the province accepts the new version and
  puts it in its next BPJS export).

Each change is in the audit chain (``registration.bpjs_answer``).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from pulut_desktop.domain.bpjs import MembershipOutcome
from pulut_desktop.domain.status import Status, check_transition
from pulut_desktop.storage import audit
from pulut_desktop.storage.models import BatchRow, RegistrationRow
from pulut_desktop.sync.membership import MembershipResult

ENROLLED = "enrolled"  # ApplyResult / SyncResult counter keys
BPJS_REJECTED = "bpjs_rejected"
REASON_PREFIX = "BPJS: "


def _current(session: Session, carried: set, result: MembershipResult) -> RegistrationRow | None:
    if (result.registration_id, result.version) not in carried:
        return None
    row = session.get(RegistrationRow, result.registration_id)
    if row is None or row.status != Status.ACCEPTED.value or row.version != result.version + 2:
        return None
    return row


def _enrol(row: RegistrationRow, result: MembershipResult) -> bool:
    new = (MembershipOutcome.ENROLLED.value, result.kpj, result.effective_date, result.end_date, result.version)
    if (row.bpjs_status, row.kpj, row.bpjs_effective_date, row.bpjs_end_date, row.bpjs_version) == new:
        return False
    row.bpjs_status, row.kpj, row.bpjs_effective_date, row.bpjs_end_date, row.bpjs_version = new
    row.bpjs_reason = None
    return True


def _reject(row: RegistrationRow, result: MembershipResult) -> None:
    check_transition(Status.ACCEPTED, Status.NEEDS_FIX)
    row.bpjs_status, row.bpjs_reason, row.bpjs_version = MembershipOutcome.REJECTED.value, result.reason, result.version
    row.kpj = row.bpjs_effective_date = row.bpjs_end_date = None
    row.status, row.status_reason = Status.NEEDS_FIX.value, REASON_PREFIX + result.reason
    row.version += 1


def apply_memberships(
    session: Session, batch: BatchRow, results: Iterable[MembershipResult], actor: str
) -> dict[str, int]:
    """Apply a receipt's membership results in the caller's transaction; counts by ``ENROLLED`` /
    ``BPJS_REJECTED`` of the records that changed."""
    carried = {(rid, v) for rid, v in batch.registrations}
    changed: dict[str, int] = {}
    for result in results:
        row = _current(session, carried, result)
        if row is None:
            continue
        if result.outcome is MembershipOutcome.ENROLLED:
            if not _enrol(row, result):
                continue
            key = ENROLLED
        else:
            _reject(row, result)
            key = BPJS_REJECTED
        row.updated_at = audit.utcnow()
        changed[key] = changed.get(key, 0) + 1
        audit.record(
            session,
            actor=actor,
            action="registration.bpjs_answer",
            entity_type="registration",
            entity_id=row.id,
            details={"batch": batch.sequence, **result.model_dump(mode="json", exclude={"registration_id", "version"})},
        )
    return changed
