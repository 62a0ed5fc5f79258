"""Receipts back on the laptop: verify the province's signature, then apply each record's answer.

Per registration version ``(id, v)`` sent in batch ``b`` (the row became SENT at version ``v + 1``):

* ``accepted`` -> ACCEPTED; ``duplicate`` -> DUPLICATE, ``status_reason`` holds the registration
  number that already holds the NIK; ``rejected`` -> REJECTED with ``"<code>: <message>"``;
  ``held_for_review`` -> stays SENT with a note (a later receipt decides).
* Every answer is also kept in ``receipt_outcomes`` (structured: code, message, holder's number).
* A whole batch refused by the province (e.g. a training laptop's) puts its registrations back to
  APPROVED with the province's message; the batch is ``refused``.

Applying is idempotent: a receipt already applied (same SHA-256) changes nothing, and a record is
only moved while it is still SENT at the version the batch made. A receipt that fails verification
raises a ReceiptError and changes nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from pulut_desktop.domain.errors import PulutError
from pulut_desktop.domain.status import Status, check_transition
from pulut_desktop.storage import audit
from pulut_desktop.storage.models import BatchRow, Counter, ReceiptOutcome, RegistrationRow
from pulut_desktop.storage.store import Store
from pulut_desktop.sync import receipt as wire
from pulut_desktop.sync import usb
from pulut_desktop.sync.errors import ReceiptError

from .enrolment import require_enrolment
from .export import ACKNOWLEDGED, PENDING, REFUSED, mark_sent
from .memberships import BPJS_REJECTED, ENROLLED, apply_memberships
from .reference import apply_reference_bundle

CONTIGUOUS_COUNTER = "province_contiguous_through"
_TARGET = {
    wire.RecordOutcome.ACCEPTED: Status.ACCEPTED,
    wire.RecordOutcome.DUPLICATE: Status.DUPLICATE,
    wire.RecordOutcome.REJECTED: Status.REJECTED,
}


@dataclass
class AppliedReceipt:
    sequence: int
    already_applied: bool
    changed: dict[str, int] = field(default_factory=dict)  # new status -> count


def count_changed(applied: Iterable[AppliedReceipt], status: Status) -> int:
    """How many registrations the receipts moved to ``status`` (SENT: held for review, APPROVED: returned)."""
    return sum(a.changed.get(status.value, 0) for a in applied)


@dataclass
class ApplyResult:
    """What applying the receipts on a stick did. The counters are derived from ``applied`` only, so
    the GUI, the CLI and the self-test can never count differently."""

    applied: list[AppliedReceipt] = field(default_factory=list)
    problems: list[tuple[str, PulutError]] = field(default_factory=list)  # (file name, error)
    reference_bundles: list[Path] = field(default_factory=list)  # found beside the receipts
    bundles_applied: list[str] = field(default_factory=list)  # bundle ids kept (newer than the laptop's)
    cancelled: bool = False  # the officer stopped before the last receipt

    def _count(self, status: Status) -> int:
        return count_changed(self.applied, status)

    @property
    def receipts(self) -> int:
        """Receipts applied now (a receipt applied before changes nothing and is not counted)."""
        return sum(1 for a in self.applied if not a.already_applied)

    @property
    def already_applied(self) -> int:
        return sum(1 for a in self.applied if a.already_applied)

    @property
    def accepted(self) -> int:
        return self._count(Status.ACCEPTED)

    @property
    def duplicate(self) -> int:
        return self._count(Status.DUPLICATE)

    @property
    def rejected(self) -> int:
        return self._count(Status.REJECTED)

    @property
    def held(self) -> int:
        """Held for review at the province: still SENT, with a note."""
        return self._count(Status.SENT)

    @property
    def enrolled(self) -> int:
        """Registrations now Terdaftar BPJS (or with new coverage dates)."""
        return sum(a.changed.get(ENROLLED, 0) for a in self.applied)

    @property
    def bpjs_rejected(self) -> int:
        """Registrations BPJS refused: back to the officer to fix."""
        return sum(a.changed.get(BPJS_REJECTED, 0) for a in self.applied)

    @property
    def returned(self) -> int:
        """A refused batch put these back to APPROVED."""
        return self._count(Status.APPROVED)


def _reason(status: wire.RecordStatus) -> str | None:
    if status.status is wire.RecordOutcome.DUPLICATE:
        return status.existing_registration_number
    if status.code is not None:
        return f"{status.code}: {status.message}"
    return None


def _apply_record(session: Session, batch: BatchRow, status: wire.RecordStatus, actor: str) -> Status | None:
    sent = {(rid, v) for rid, v in batch.registrations}
    if (status.registration_id, status.version) not in sent:
        return None  # not a version this batch carried: ignore rather than trust it
    now = audit.utcnow()
    outcome = session.get(ReceiptOutcome, (status.registration_id, status.version))
    if outcome is None:
        outcome = ReceiptOutcome(registration_id=status.registration_id, version=status.version)
        session.add(outcome)
    outcome.batch_id = batch.id
    outcome.status = status.status.value
    outcome.code, outcome.message = status.code, status.message
    outcome.existing_registration_number = status.existing_registration_number
    outcome.answered_at = now
    row = session.get(RegistrationRow, status.registration_id)
    if row is None or row.status != Status.SENT.value or row.version != status.version + 1:
        return None
    target = _TARGET.get(status.status)
    if target is None:  # held for review: stays SENT, with a note for the officer
        note = "held_for_review" + (f" {status.code}: {status.message}" if status.code else "")
        if row.status_reason == note:
            return None
        row.status_reason = note
        return Status.SENT
    check_transition(Status.SENT, target)
    row.status, row.status_reason = target.value, _reason(status)
    row.version += 1
    row.updated_at = now
    audit.record(
        session,
        actor=actor,
        action="registration.province_answer",
        entity_type="registration",
        entity_id=row.id,
        details={
            "batch": batch.sequence,
            "to": target.value,
            "code": status.code,
            "existing_registration_number": status.existing_registration_number,
        },
    )
    return target


def _refuse(session: Session, batch: BatchRow, receipt: wire.ReceiptV1, actor: str) -> dict[str, int]:
    back = 0
    for rid, version in batch.registrations:
        row = session.get(RegistrationRow, rid)
        if row is None or row.status != Status.SENT.value or row.version != version + 1:
            continue
        check_transition(Status.SENT, Status.APPROVED)
        row.status, row.status_reason = Status.APPROVED.value, f"{receipt.error_code}: {receipt.error_message}"
        row.version += 1
        row.updated_at = audit.utcnow()
        back += 1
    batch.status = REFUSED
    batch.error_code, batch.error_message = receipt.error_code, receipt.error_message
    return {Status.APPROVED.value: back} if back else {}


def apply_receipt(store: Store, data: bytes) -> AppliedReceipt:
    """Verify one receipt file and apply it in one transaction. Raises ReceiptError (nothing changes)."""
    info = require_enrolment(store)
    receipt = wire.parse_receipt(data, province_signing_keys=info.signing_public_key, device_id=info.device_id)
    digest = hashlib.sha256(data).hexdigest()
    actor = store.officer.username
    with store.session() as session:
        batch = session.scalars(select(BatchRow).where(BatchRow.sequence == receipt.sequence)).first()
        if batch is None or batch.file_sha256 != receipt.batch_sha256 or batch.id != receipt.batch_id:
            raise ReceiptError("receipt.wrong_batch", sequence=receipt.sequence)
        if batch.receipt_sha256 == digest:
            return AppliedReceipt(receipt.sequence, already_applied=True)
        if batch.status == PENDING:  # the stick left before the laptop could mark it (crash)
            mark_sent(session, batch, actor)
        changed: dict[str, int] = {}
        if receipt.outcome is wire.BatchOutcome.REJECTED:
            changed = _refuse(session, batch, receipt, actor)
        else:
            for status in receipt.records:
                target = _apply_record(session, batch, status, actor)
                if target is not None:
                    changed[target.value] = changed.get(target.value, 0) + 1
            changed.update(apply_memberships(session, batch, receipt.results, actor))
            batch.status = ACKNOWLEDGED
        batch.acknowledged_at = audit.utcnow()
        batch.receipt_sha256, batch.receipt_bytes = digest, data
        counter = session.get(Counter, CONTIGUOUS_COUNTER)
        if counter is None:
            counter = Counter(name=CONTIGUOUS_COUNTER, value=0)
            session.add(counter)
        counter.value = max(counter.value or 0, receipt.contiguous_through)
        audit.record(
            session,
            actor=actor,
            action="batch.receipt_applied",
            entity_type="batch",
            entity_id=batch.id,
            details={
                "sequence": batch.sequence,
                "outcome": receipt.outcome.value,
                "receipt_id": receipt.receipt_id,
                "contiguous_through": receipt.contiguous_through,
                "changed": changed,
            },
        )
    return AppliedReceipt(receipt.sequence, already_applied=False, changed=changed)


def apply_receipts(
    store: Store,
    stick_root: Path | str,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ApplyResult:
    """Apply every receipt for this laptop found on the stick, one transaction each, then the reference
    bundle(s) beside them. A bad file is reported in ``problems`` (and changes nothing); the good ones
    are still applied. ``should_cancel`` is asked between receipts (each is applied whole or not at all)."""
    info = require_enrolment(store)
    result = ApplyResult()
    layout = usb.find_layout(Path(stick_root))
    if layout is None:
        return result
    found = usb.list_receipts(layout, info.device_id)
    for done, item in enumerate(found):
        if should_cancel is not None and should_cancel():
            result.cancelled = True
            break
        if progress is not None:
            progress(done, len(found))
        try:
            data = usb.read_stick_file(item.path, wire.MAX_FILE_SIZE)
            result.applied.append(apply_receipt(store, data))
        except PulutError as err:
            result.problems.append((item.path.name, err))
    if progress is not None:
        progress(len(found), len(found))
    result.reference_bundles.extend(find_reference_bundles(layout))
    for path in result.reference_bundles:
        try:
            applied = apply_reference_bundle(store, usb.read_stick_file(path, wire.MAX_FILE_SIZE * 4))
        except PulutError as err:
            result.problems.append((path.name, err))
            continue
        if applied.replaced:
            result.bundles_applied.append(applied.bundle_id)
    return result


def find_reference_bundles(layout: usb.StickLayout) -> list[Path]:
    """The signed reference bundle(s) the province writes beside the receipts (``PULUT/inbox/*.pulutbundle``)."""
    try:
        return sorted(p for p in layout.inbox.iterdir() if p.suffix.lower() == ".pulutbundle")
    except OSError:
        return []
