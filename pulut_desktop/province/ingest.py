"""Import batches at the province: verify, decrypt, store every registration version once, dedupe by
NIK across devices, and answer with a signed receipt.

One batch is one transaction. A batch that fails any check of ``docs/batch-format.md`` section 5.4
(framing, signature, unknown or revoked device, decryption, payload) raises its BatchError and leaves
the store untouched; no receipt is written for it (its header is not trustworthy, and a receipt named
after it could overwrite a good one). A batch already imported (same file SHA-256) returns the stored
receipt byte for byte. A training device's batch is refused with a signed receipt saying so.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from pulut_desktop import messages
from pulut_desktop.domain.canonical import CANONICAL_CODES, canonical_report
from pulut_desktop.domain.errors import PulutError, ValidationError
from pulut_desktop.domain.numbers import parse_registration_number
from pulut_desktop.domain.registration import validate
from pulut_desktop.domain.rules import ProgrammeRules
from pulut_desktop.sync import batch as batch_format
from pulut_desktop.sync import receipt as receipt_format
from pulut_desktop.sync import usb
from pulut_desktop.sync.batch import DeviceKey, open_batch
from pulut_desktop.sync.keys import load_signing_public_key
from pulut_desktop.sync.records import (
    AuditLine,
    DriveLine,
    RegistrationLine,
    RegistrationRecord,
    registration_from_record,
)

from .devices import REVOKED
from .errors import BatchHeld, ProvinceError
from .holds import lock_person_keys, person_key, release_other_niks
from .keys import ProvinceKeyring
from .models import (
    Batch,
    BatchFile,
    Device,
    DeviceAuditEvent,
    DriveVersion,
    HeldBatch,
    NikHolder,
    RegistrationVersion,
    ReviewCase,
)
from .rules import rules_in
from .store import ProvinceStore, log_event, utcnow

PROCESSED, REFUSED, REDELIVERED, HELD, FAILED = "processed", "refused", "redelivered", "held", "failed"
TRAINING_REFUSED = "province.training_device"
MESSAGE_MAX = receipt_format.MESSAGE_MAX
NEAR_DUPLICATE = "province.near_duplicate"
ATTEMPTS = 5  # concurrent importers race on unique keys; the loser retries and finds the winner's rows


@dataclass
class ImportOutcome:
    status: str  # processed | refused | redelivered | held | failed
    path: Path | None = None
    batch_id: str | None = None
    device_id: str | None = None
    sequence: int | None = None
    receipt: bytes | None = None
    receipt_path: Path | None = None
    error: PulutError | None = None
    counts: dict[str, int] = field(default_factory=dict)


def indonesian(code: str, params: dict | None = None) -> str:
    return messages.text(code, params or {}, "id")[:MESSAGE_MAX]


def _contiguous_through(session: Session, device_id: str) -> int:
    held = 0
    for sequence in session.scalars(
        select(Batch.sequence).where(Batch.device_id == device_id).order_by(Batch.sequence)
    ):
        if sequence != held + 1:
            break
        held = sequence
    return held


def _rejected(rec: RegistrationRecord, code: str, params: dict | None = None) -> receipt_format.RecordStatus:
    return receipt_format.rejected(rec.id, rec.version, code, indonesian(code, params))


@dataclass
class _Known:
    """What the store already holds about one batch's records, read in a few queries up front instead of
    several per record. Rows this transaction adds are added here too; a concurrent import that takes a
    NIK meanwhile still loses on the unique key and is retried (see :func:`import_batch`)."""

    elsewhere: set[str]  # registration ids another device already sent
    holders: dict[str, NikHolder]
    near: dict[str, tuple[str, str | None, str]]  # person key -> (registration id, number, nik)
    latest: dict[str, int] = field(default_factory=dict)  # registration id -> newest version stored

    @classmethod
    def load(cls, session: Session, device_id: str, records: list[RegistrationRecord]) -> _Known:
        ids = list({r.id for r in records})
        niks = list({r.nik for r in records})
        keys = list({k for r in records if (k := person_key(r.full_name, r.birth_date))})
        lock_person_keys(session, set(keys))
        elsewhere: set[str] = set()
        holders: dict[str, NikHolder] = {}
        near: dict[str, tuple[str, str | None, str]] = {}
        for chunk in _chunks(ids):
            elsewhere.update(
                session.scalars(
                    select(RegistrationVersion.registration_id).where(
                        RegistrationVersion.registration_id.in_(chunk), RegistrationVersion.device_id != device_id
                    )
                )
            )
        for chunk in _chunks(niks):
            holders.update((h.nik, h) for h in session.scalars(select(NikHolder).where(NikHolder.nik.in_(chunk))))
        for chunk in _chunks(keys):
            rows = session.execute(
                select(
                    RegistrationVersion.person_key,
                    RegistrationVersion.registration_id,
                    RegistrationVersion.registration_number,
                    RegistrationVersion.nik,
                ).where(
                    RegistrationVersion.person_key.in_(chunk),
                    RegistrationVersion.device_id != device_id,
                    RegistrationVersion.status.in_(("accepted", "held_for_review")),
                )
            )
            for key, registration_id, number, nik in rows:
                near.setdefault(key, (registration_id, number, nik))
        return cls(elsewhere, holders, near)

    def near_duplicate_of(self, rec: RegistrationRecord) -> tuple[str, str | None] | None:
        key = person_key(rec.full_name, rec.birth_date)
        found = self.near.get(key) if key else None
        return (found[0], found[1]) if found and found[2] != rec.nik else None


def _release_older_niks(session: Session, rec: RegistrationRecord, known: _Known) -> None:
    if rec.version < known.latest.get(rec.id, 0):
        return  # an older version arriving late does not take back what a newer one released
    for nik in release_other_niks(session, rec.id, rec.nik):
        known.holders.pop(nik, None)


UNSTORED = CANONICAL_CODES | {"province.registration_elsewhere"}


def _chunks(values: list, size: int = 5000):
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _decide(
    session: Session, device: Device, rec: RegistrationRecord, today: date, known: _Known, rules: ProgrammeRules
) -> receipt_format.RecordStatus:
    if rec.status != "approved":
        return _rejected(rec, "province.record_not_approved", {"status": rec.status})
    if rec.training:
        return _rejected(rec, "province.record_training")
    if rec.id in known.elsewhere:  # the id is the first sender's: nothing is stored under it for others
        return _rejected(rec, "province.registration_elsewhere")
    canonical = canonical_report(registration_from_record(rec)).errors
    if canonical:  # refused as sent, never repaired: nothing non-canonical is stored
        return _rejected(rec, canonical[0].code, dict(canonical[0].params))
    try:
        code, _ = parse_registration_number(rec.registration_number or "")
    except ValidationError:
        code = None
    if code != device.code:
        return _rejected(rec, "province.number_mismatch", {"number": rec.registration_number})
    report = validate(registration_from_record(rec), today, rules)  # the province's published rules
    if report.errors:
        first = report.errors[0]
        return _rejected(rec, first.code, {"field": first.field, **first.params})
    holder = known.holders.get(rec.nik)
    if holder is None:
        other = known.near_duplicate_of(rec)
        if other is not None:
            return receipt_format.held_for_review(
                rec.id, rec.version, NEAR_DUPLICATE, indonesian(NEAR_DUPLICATE, {"number": other[1] or "-"})
            )
        holder = NikHolder(
            nik=rec.nik,
            registration_id=rec.id,
            registration_number=rec.registration_number,
            device_id=device.id,
            since=utcnow(),
        )
        session.add(holder)
        known.holders[rec.nik] = holder
        _release_older_niks(session, rec, known)
        return receipt_format.accepted(rec.id, rec.version)
    if holder.registration_id == rec.id:
        _release_older_niks(session, rec, known)
        return receipt_format.accepted(rec.id, rec.version)
    return receipt_format.duplicate(rec.id, rec.version, holder.registration_number)


def _status_of(row: RegistrationVersion) -> receipt_format.RecordStatus:
    return receipt_format.RecordStatus(
        registration_id=row.registration_id,
        version=row.version,
        status=receipt_format.RecordOutcome(row.status),
        existing_registration_number=row.existing_registration_number,
        code=row.code,
        message=row.message,
    )


def _store_records(session: Session, device: Device, batch_id: str, records, today: date) -> list:
    rules = rules_in(session)
    statuses: list[receipt_format.RecordStatus] = []
    seen: set[tuple[str, int]] = set()
    now = utcnow()
    regs = [line.data for line in records if isinstance(line, RegistrationLine)]
    existing: dict[tuple[str, int], RegistrationVersion] = {}
    for chunk in _chunks(list({r.id for r in regs})):
        existing.update(
            ((v.registration_id, v.version), v)
            for v in session.scalars(select(RegistrationVersion).where(RegistrationVersion.registration_id.in_(chunk)))
        )
    known = _Known.load(session, device.id, regs)
    for registration_id, version in existing:
        known.latest[registration_id] = max(version, known.latest.get(registration_id, 0))
    for line in records:
        if isinstance(line, DriveLine):
            key = (line.data.id, line.data.version)
            if session.get(DriveVersion, key) is None:
                session.add(
                    DriveVersion(
                        drive_id=key[0],
                        version=key[1],
                        device_id=device.id,
                        batch_id=batch_id,
                        data=line.data.model_dump(mode="json"),
                    )
                )
        elif isinstance(line, AuditLine):
            if session.get(DeviceAuditEvent, (device.id, line.data.id)) is None:
                session.add(
                    DeviceAuditEvent(
                        device_id=device.id, id=line.data.id, batch_id=batch_id, data=line.data.model_dump(mode="json")
                    )
                )
        elif isinstance(line, RegistrationLine):
            rec = line.data
            key = (rec.id, rec.version)
            if key in seen:
                continue
            seen.add(key)
            stored = existing.get(key)
            if stored is not None:
                if stored.device_id == device.id:
                    statuses.append(_status_of(stored))
                else:
                    statuses.append(_rejected(rec, "province.registration_elsewhere"))
                continue
            status = _decide(session, device, rec, today, known, rules)
            if status.code in UNSTORED:
                statuses.append(status)
                continue
            known.latest[rec.id] = max(rec.version, known.latest.get(rec.id, 0))
            session.add(
                RegistrationVersion(
                    registration_id=rec.id,
                    version=rec.version,
                    batch_id=batch_id,
                    device_id=device.id,
                    registration_number=rec.registration_number,
                    nik=rec.nik,
                    full_name=rec.full_name,
                    village_code=rec.village_code,
                    status=status.status.value,
                    code=status.code,
                    message=status.message,
                    existing_registration_number=status.existing_registration_number,
                    data=rec.model_dump(mode="json"),
                    received_at=now,
                    person_key=person_key(rec.full_name, rec.birth_date),
                )
            )
            if status.status is receipt_format.RecordOutcome.HELD_FOR_REVIEW:
                other = known.near_duplicate_of(rec)
                session.add(
                    ReviewCase(
                        registration_id=rec.id,
                        version=rec.version,
                        batch_id=batch_id,
                        device_id=device.id,
                        other_registration_id=other[0] if other else "-",
                        reason="near_duplicate",
                        status="open",
                        created_at=now,
                    )
                )
            statuses.append(status)
    return statuses


def import_batch(
    store: ProvinceStore,
    data: bytes,
    keys: ProvinceKeyring,
    *,
    today: date | None = None,
    issued_at: datetime | None = None,
) -> ImportOutcome:
    """Import one batch file in one transaction. Raises BatchError (nothing stored) for a bad file.

    Safe to call concurrently (the online service, several workers, PostgreSQL): a transaction that
    loses a race on a unique key (the same batch twice, the same NIK from two laptops) or a deadlock
    is rolled back and retried, and then finds the winner's rows (redelivered / duplicate)."""
    for attempt in range(ATTEMPTS):
        try:
            return _import_once(store, data, keys, today=today, issued_at=issued_at)
        except (IntegrityError, OperationalError):
            if attempt == ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def _import_once(
    store: ProvinceStore,
    data: bytes,
    keys: ProvinceKeyring,
    *,
    today: date | None,
    issued_at: datetime | None,
) -> ImportOutcome:
    data = bytes(data)
    sha = hashlib.sha256(data).hexdigest()
    today = today or datetime.now(UTC).date()
    with store.session() as session:
        known = session.scalars(select(Batch).where(Batch.file_sha256 == sha)).first()
        if known is not None:
            return ImportOutcome(REDELIVERED, None, known.id, known.device_id, known.sequence, known.receipt)

        def lookup(device_id: str) -> DeviceKey | None:
            device = session.get(Device, device_id)
            if device is None:
                return None
            return DeviceKey(load_signing_public_key(device.public_key), revoked=device.status == REVOKED)

        opened = open_batch(data, device_keys=lookup, province_keys=keys.encryption)
        header = opened.header
        device = session.get(Device, header.device_id)
        clash = session.scalars(
            select(Batch).where(
                (Batch.id == header.batch_id)
                | ((Batch.device_id == header.device_id) & (Batch.sequence == header.sequence))
            )
        ).first()
        if clash is not None and clash.file_sha256 == sha:
            # The same file, committed by a concurrent request after our first look (PostgreSQL, READ
            # COMMITTED): a redelivery, not a conflict.
            return ImportOutcome(REDELIVERED, None, clash.id, clash.device_id, clash.sequence, clash.receipt)
        if clash is not None:  # same sequence or id, other bytes: an administrator decides
            reason = "sequence_reused" if clash.sequence == header.sequence else "batch_id_reused"
            if session.get(HeldBatch, sha) is None:
                session.add(
                    HeldBatch(
                        file_sha256=sha,
                        device_id=header.device_id,
                        sequence=header.sequence,
                        batch_id=header.batch_id,
                        reason=reason,
                        data=data,
                        received_at=utcnow(),
                    )
                )
                log_event(session, "batch.held", header.batch_id, reason=reason, sequence=header.sequence)
            error = BatchHeld(device_id=header.device_id, sequence=header.sequence, reason=reason)
            return ImportOutcome(HELD, None, header.batch_id, header.device_id, header.sequence, error=error)
        training = device.training or header.training
        receipt_id = str(uuid.uuid4())
        statuses: list[receipt_format.RecordStatus] = []
        batch = Batch(
            id=header.batch_id,
            device_id=device.id,
            sequence=header.sequence,
            file_sha256=sha,
            record_count=header.record_count,
            training=training,
            header=header.model_dump(mode="json"),
            outcome="rejected" if training else "processed",
            error_code=TRAINING_REFUSED if training else None,
            received_at=utcnow(),
            receipt=b"",
            receipt_id=receipt_id,
        )
        session.add(batch)
        session.add(BatchFile(batch_id=batch.id, data=data))
        session.flush()
        if not training:
            statuses = _store_records(session, device, batch.id, opened.records, today)
        receipt = receipt_format.build_receipt(
            batch_id=header.batch_id,
            device_id=header.device_id,
            sequence=header.sequence,
            batch_sha256=sha,
            records=statuses,
            contiguous_through=_contiguous_through(session, device.id),
            signing_key=keys.signing,
            outcome=receipt_format.BatchOutcome.REJECTED if training else receipt_format.BatchOutcome.PROCESSED,
            error_code=TRAINING_REFUSED if training else None,
            error_message=indonesian(TRAINING_REFUSED) if training else None,
            issued_at=issued_at,
            receipt_id=receipt_id,
        )
        batch.receipt = receipt
        counts: dict[str, int] = {}
        for status in statuses:
            counts[status.status.value] = counts.get(status.status.value, 0) + 1
        log_event(session, "batch.imported", batch.id, sequence=header.sequence, training=training, counts=counts)
        return ImportOutcome(
            REFUSED if training else PROCESSED,
            None,
            batch.id,
            device.id,
            header.sequence,
            receipt,
            counts=counts,
        )


def import_paths(
    store: ProvinceStore,
    paths: list[Path],
    keys: ProvinceKeyring,
    *,
    receipts_to: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[ImportOutcome]:
    """Import every batch in ``paths`` (batch files, or sticks: ``PULUT/outbox/*.pulutbatch``) and write
    each receipt next to its batch (the stick's ``PULUT/inbox``) or into ``receipts_to``."""
    jobs: list[tuple[Path, Path]] = []  # (batch file, receipt folder)
    for path in map(Path, paths):
        if path.is_dir():
            layout = usb.find_layout(path)
            if layout is None:
                raise ProvinceError("province.no_stick_folder", path=str(path))
            usb.remove_stale_temp_files(layout.inbox)
            inbox = receipts_to or layout.inbox
            jobs += [(f.path, inbox) for f in usb.list_batches(layout)]
        else:
            jobs.append((path, receipts_to or path.parent))
    outcomes = []
    for done, (path, inbox) in enumerate(jobs):
        if progress is not None:
            progress(done, len(jobs))
        try:
            data = usb.read_stick_file(path, batch_format.MAX_FILE_SIZE)
            outcome = import_batch(store, data, keys)
        except PulutError as err:
            outcomes.append(ImportOutcome(FAILED, path, error=err))
            continue
        outcome.path = path
        if outcome.receipt is not None:
            target = Path(inbox) / usb.receipt_file_name(outcome.device_id, outcome.sequence)
            try:
                Path(inbox).mkdir(parents=True, exist_ok=True)
                usb.write_file_atomically(target, outcome.receipt)
                outcome.receipt_path = target
            except (PulutError, OSError) as err:  # stored; the next import of the stick writes it again
                outcome.error = err if isinstance(err, PulutError) else ProvinceError("province.receipt_not_written")
        outcomes.append(outcome)
    if progress is not None:
        progress(len(jobs), len(jobs))
    return outcomes


def stored_receipt(store: ProvinceStore, batch_id: str) -> bytes | None:
    with store.reader() as session:
        batch = session.get(Batch, batch_id)
        return batch.receipt if batch else None
