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

from pulut_desktop.domain.errors import PulutError
from pulut_desktop.sync import batch as batch_format
from pulut_desktop.sync import receipt as receipt_format
from pulut_desktop.sync import usb
from pulut_desktop.sync.batch import DeviceKey, open_batch
from pulut_desktop.sync.keys import load_signing_public_key

from .answers import _contiguous_through, current_receipt
from .devices import REVOKED
from .errors import BatchHeld, ProvinceError
from .holds import person_key
from .ingest_records import NEAR_DUPLICATE, indonesian, store_records
from .keys import ProvinceKeyring
from .models import Batch, BatchFile, Device, HeldBatch
from .store import ProvinceStore, log_event, utcnow

__all__ = ["NEAR_DUPLICATE", "import_batch", "import_paths", "indonesian", "person_key"]

PROCESSED, REFUSED, REDELIVERED, HELD, FAILED = "processed", "refused", "redelivered", "held", "failed"
TRAINING_REFUSED = "province.training_device"
MESSAGE_MAX = receipt_format.MESSAGE_MAX
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
            receipt = current_receipt(session, known, keys)  # with BPJS's answers since it was signed
            return ImportOutcome(REDELIVERED, None, known.id, known.device_id, known.sequence, receipt)

        opened = open_batch(data, device_keys=device_keys_in(session), province_keys=keys.encryption)
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
            receipt = current_receipt(session, clash, keys)
            return ImportOutcome(REDELIVERED, None, clash.id, clash.device_id, clash.sequence, receipt)
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
        return store_opened(session, data, sha, opened, device, keys, today=today, issued_at=issued_at)


def device_keys_in(session: Session) -> Callable[[str], DeviceKey | None]:
    """The enrolled devices' signing keys (revoked ones marked), as ``open_batch`` looks them up."""

    def lookup(device_id: str) -> DeviceKey | None:
        device = session.get(Device, device_id)
        if device is None:
            return None
        return DeviceKey(load_signing_public_key(device.public_key), revoked=device.status == REVOKED)

    return lookup


def store_opened(
    session: Session,
    data: bytes,
    sha: str,
    opened,
    device: Device,
    keys: ProvinceKeyring,
    *,
    today: date,
    issued_at: datetime | None,
    released: bool = False,
) -> ImportOutcome:
    """Store a verified, decrypted batch as itself (its id, device and sequence) with its records and a
    signed receipt. ``released``: a held batch a reviewer let in beside the batch that had its sequence."""
    header = opened.header
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
        released_from_hold=released,
    )
    session.add(batch)
    session.add(BatchFile(batch_id=batch.id, data=data))
    session.flush()
    if not training:
        statuses = store_records(session, device, batch.id, opened.records, today, utcnow())
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
