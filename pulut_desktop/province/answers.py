"""The current answer to a batch: its stored receipt, with BPJS's membership results for the registration
versions it carried (receipt version 2, ``docs/batch-format.md`` section 6b).

``bpjs-import`` needs no key passphrase, so it only stores BPJS's answers. The next time the province
answers the device about that batch (``GET /v1/batches/{id}/receipt``, a re-delivered batch over HTTP
or on a stick, the stick import's updated receipts) :func:`current_receipt` sees that the stored
receipt's results differ from what the store now holds, re-signs it (same receipt id) and keeps it.

A result belongs to the registration version BPJS answered about: the newest accepted version with
the membership's NIK received before the answer was stored. A version sent after it (the officer fixed
a rejected registration and sent it again) waits for BPJS's next answer.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from pulut_desktop.sync import membership as wire_membership
from pulut_desktop.sync import receipt as receipt_format

from .ingest_records import chunks
from .keys import ProvinceKeyring
from .models import Batch, BpjsMembership, RegistrationVersion

ENROLLED = "enrolled"


def _contiguous_through(session: Session, device_id: str) -> int:
    held = 0
    for sequence in session.scalars(
        select(Batch.sequence)  # a released held batch shares a sequence with the batch that took it first
        .where(Batch.device_id == device_id, Batch.released_from_hold.is_(False))
        .order_by(Batch.sequence)
    ):
        if sequence != held + 1:
            break
        held = sequence
    return held


def _results(session: Session, batch_id: str) -> list[wire_membership.MembershipResult]:
    """The membership results for the registration versions ``batch_id`` carried, by registration id."""
    v = RegistrationVersion
    ids = list(session.scalars(select(v.registration_id).where(v.batch_id == batch_id)))
    found: list[wire_membership.MembershipResult] = []
    for chunk in chunks(ids):
        members = {
            m.registration_id: m
            for m in session.scalars(select(BpjsMembership).where(BpjsMembership.registration_id.in_(chunk)))
        }
        if not members:
            continue
        answered: dict[str, tuple[int, str]] = {}  # registration id -> (version, batch id) BPJS answered
        rows = session.execute(
            select(v.registration_id, v.version, v.batch_id, v.nik, v.received_at).where(
                v.registration_id.in_(list(members)), v.status == "accepted"
            )
        )
        for registration_id, version, batch, nik, received_at in rows:
            member = members[registration_id]
            if nik != member.nik or not _answered_by(member, version, received_at):
                continue
            if version > answered.get(registration_id, (-1, ""))[0]:
                answered[registration_id] = (version, batch)
        for registration_id, (version, batch) in answered.items():
            if batch == batch_id:
                found.append(_result(members[registration_id], version))
    return sorted(found, key=lambda r: r.registration_id)


def _answered_by(member: BpjsMembership, version: int, received_at) -> bool:
    """Whether BPJS's answer ``member`` is about this version: the version it was imported for or an earlier
    one. (Answers imported before p0010 have no version: then by time, which cannot tell apart a correction
    received in the same second as the answer.)"""
    if member.registration_version is not None:
        return version <= member.registration_version
    return received_at <= member.updated_at


def _result(member: BpjsMembership, version: int) -> wire_membership.MembershipResult:
    if member.outcome == ENROLLED:
        return wire_membership.enrolled(
            member.registration_id, version, member.kpj, member.effective_date, member.end_date
        )
    return wire_membership.rejected_by_bpjs(member.registration_id, version, member.reason)


def resign(
    session: Session,
    batch: Batch,
    keys: ProvinceKeyring,
    *,
    changed: dict | None = None,
    memberships: Iterable[wire_membership.MembershipResult] | None = None,
) -> bytes:
    """Re-sign ``batch``'s receipt (same receipt id) with ``changed`` record statuses and the given (else
    its current) membership results; keeps and returns the new bytes."""
    old = receipt_format.parse_receipt(batch.receipt, province_signing_keys=[keys.signing.public_key()])
    changed = changed or {}
    records = [changed.get((r.registration_id, r.version), r) for r in old.records]
    batch.receipt = receipt_format.build_receipt(
        batch_id=old.batch_id,
        device_id=old.device_id,
        sequence=old.sequence,
        batch_sha256=old.batch_sha256,
        records=records,
        contiguous_through=max(old.contiguous_through, _contiguous_through(session, old.device_id)),
        signing_key=keys.signing,
        outcome=old.outcome,
        error_code=old.error_code,
        error_message=old.error_message,
        receipt_id=old.receipt_id,
        memberships=old.results if memberships is None else memberships,
    )
    return batch.receipt


def current_receipt(session: Session, batch: Batch, keys: ProvinceKeyring) -> bytes:
    """The receipt to hand out for ``batch`` now: the stored one, re-signed first when BPJS's answers
    for its registrations changed since it was signed. Call inside a writing session."""
    if batch.outcome != receipt_format.BatchOutcome.PROCESSED.value:
        return batch.receipt
    results = _results(session, batch.id)
    old = receipt_format.parse_receipt(batch.receipt, province_signing_keys=[keys.signing.public_key()])
    if list(old.results) == results:
        return batch.receipt
    return resign(session, batch, keys, memberships=results)


def updated_receipts(session: Session, device_id: str, keys: ProvinceKeyring) -> list[Batch]:
    """The device's batches whose receipt carries BPJS results (re-signed first where they changed): what a
    stick import writes beside the answers to the batches on the stick."""
    v = RegistrationVersion
    batch_ids = session.scalars(
        select(v.batch_id)
        .where(v.device_id == device_id, v.status == "accepted")
        .where(v.registration_id.in_(select(BpjsMembership.registration_id)))
        .distinct()
    )
    batches = []
    for batch_id in sorted(set(batch_ids)):
        batch = session.get(Batch, batch_id)
        current_receipt(session, batch, keys)
        if receipt_format.parse_receipt(batch.receipt, province_signing_keys=[keys.signing.public_key()]).results:
            batches.append(batch)
    return batches


def write_updated_receipts(store, keys: ProvinceKeyring, outcomes: list) -> list:
    """After a stick import: beside the answers to the batches on the stick, every receipt of those
    devices that carries BPJS results (the laptop skips one it already applied). Returns the paths."""
    from pulut_desktop.sync import usb

    folders: dict[str, set] = {}
    for o in outcomes:
        if getattr(o, "receipt_path", None) is not None and o.device_id:
            folders.setdefault(o.device_id, set()).add(o.receipt_path.parent)
    written = []
    for device_id, targets in sorted(folders.items()):
        with store.session() as session:
            found = [(b.sequence, b.receipt) for b in updated_receipts(session, device_id, keys)]
        for folder in sorted(targets):
            for sequence, data in found:
                target = folder / usb.receipt_file_name(device_id, sequence)
                try:
                    usb.write_file_atomically(target, data)
                except (OSError, usb.UsbError):
                    continue  # the next import of the stick writes it again
                written.append(target)
    return written
