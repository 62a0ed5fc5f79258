"""The work the sync page hands to the runner. Plain functions, no Qt: each runs on the worker thread
and calls the outbox services the CLI calls too (``pulut_desktop/outbox``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from pulut_desktop.domain.errors import PulutError
from pulut_desktop.domain.status import Status
from pulut_desktop.outbox.enrolment import (
    EnrolmentInfo,
    enrolment_of,
    import_enrolment,
    require_enrolment,
    write_device_request,
)
from pulut_desktop.outbox.export import ExportResult, export_batch
from pulut_desktop.outbox.ledger import Ledger, ledger
from pulut_desktop.outbox.online import SyncResult, sync_online
from pulut_desktop.outbox.receipts import apply_receipt, find_reference_bundles
from pulut_desktop.outbox.reference import apply_reference_bundle
from pulut_desktop.storage.models import RegistrationRow
from pulut_desktop.storage.store import Store
from pulut_desktop.sync import receipt as receipt_wire
from pulut_desktop.sync import usb

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]


@dataclass(frozen=True)
class SyncOverview:
    """Everything the page shows that comes from the store, read in one go."""

    device_code: str
    device_name: str
    training: bool
    is_supervisor: bool
    enrolment: EnrolmentInfo | None
    ledger: Ledger
    ready: int  # APPROVED registrations waiting for the next export


@dataclass(frozen=True)
class StickInfo:
    root: Path
    exists: bool
    layout: usb.StickLayout | None = None  # the PULUT/ folder at the top of it, when there is one
    batches: int = 0  # batch files of this laptop on it
    receipts: int = 0  # receipts for this laptop on it

    @property
    def has_layout(self) -> bool:
        return self.layout is not None


@dataclass
class ApplySummary:
    receipts: int = 0  # receipts applied now
    already_applied: int = 0  # receipts applied before (nothing changed)
    accepted: int = 0
    duplicate: int = 0
    rejected: int = 0
    held: int = 0  # held for review at the province: still SENT, with a note
    returned: int = 0  # a refused batch put these back to APPROVED
    problems: list[tuple[str, PulutError]] = field(default_factory=list)
    reference_bundles: list[Path] = field(default_factory=list)
    bundles_applied: int = 0  # reference bundles newer than the laptop's, now kept
    cancelled: bool = False


def load_overview(store: Store) -> SyncOverview:
    with store.reader() as session:
        device = store.device(session)
        code, name, training = device.code, device.name, device.training
        ready = session.scalar(
            select(func.count()).select_from(RegistrationRow).where(RegistrationRow.status == Status.APPROVED.value)
        )
    return SyncOverview(
        device_code=code,
        device_name=name,
        training=training,
        is_supervisor=store.officer.is_supervisor,
        enrolment=enrolment_of(store),
        ledger=ledger(store),
        ready=ready or 0,
    )


def inspect_stick(root: Path, device_id: str | None) -> StickInfo:
    """Is the folder there, does it hold a ``PULUT/`` layout, and how many of our files are on it."""
    root = Path(root)
    if not root.is_dir():
        return StickInfo(root, exists=False)
    layout = usb.find_layout(root)
    if layout is None:
        return StickInfo(root, exists=True)
    batches = len(usb.list_batches(layout, device_id)) if device_id else 0
    receipts = len(usb.list_receipts(layout, device_id)) if device_id else 0
    return StickInfo(root, exists=True, layout=layout, batches=batches, receipts=receipts)


def write_request(store: Store, folder: Path) -> tuple[Path, str]:
    """Supervisors only: the signed device request on the stick. Returns (path, device code)."""
    store.require_supervisor()
    path = write_device_request(store, folder)
    with store.reader() as session:
        code = store.device(session).code
    return path, code


def enrol_from(store: Store, path: Path, province_keys: Iterable[Path] = ()) -> EnrolmentInfo:
    """Supervisors only (checked by the service): verify and keep the province's enrolment file."""
    return import_enrolment(store, path, list(province_keys))


def export_to(store: Store, stick: Path, progress: Progress, should_cancel: ShouldCancel) -> ExportResult:
    return export_batch(store, stick, progress, should_cancel)


def apply_from(store: Store, stick: Path, progress: Progress, should_cancel: ShouldCancel) -> ApplySummary:
    """Apply every receipt for this laptop on the stick, one transaction each, with progress.

    The steps of :func:`outbox.receipts.apply_receipts`, file by file so the officer sees progress and
    may stop between receipts (each one is applied whole or not at all). A bad file is listed in
    ``problems`` and the others are still applied."""
    info = require_enrolment(store)
    summary = ApplySummary()
    layout = usb.find_layout(Path(stick))
    if layout is None:
        return summary
    found = usb.list_receipts(layout, info.device_id)
    for done, item in enumerate(found):
        if should_cancel():
            summary.cancelled = True
            break
        progress(done, len(found))
        try:
            applied = apply_receipt(store, usb.read_stick_file(item.path, receipt_wire.MAX_FILE_SIZE))
        except PulutError as err:
            summary.problems.append((item.path.name, err))
            continue
        if applied.already_applied:
            summary.already_applied += 1
            continue
        summary.receipts += 1
        changed = applied.changed
        summary.accepted += changed.get(Status.ACCEPTED.value, 0)
        summary.duplicate += changed.get(Status.DUPLICATE.value, 0)
        summary.rejected += changed.get(Status.REJECTED.value, 0)
        summary.held += changed.get(Status.SENT.value, 0)
        summary.returned += changed.get(Status.APPROVED.value, 0)
    progress(len(found), len(found))
    summary.reference_bundles.extend(find_reference_bundles(layout))
    for path in summary.reference_bundles:  # as outbox.receipts.apply_receipts does
        try:
            applied = apply_reference_bundle(store, usb.read_stick_file(path, receipt_wire.MAX_FILE_SIZE * 4))
        except PulutError as err:
            summary.problems.append((path.name, err))
            continue
        summary.bundles_applied += applied.replaced
    return summary


def sync_now(store: Store, base_url: str, progress: Progress, should_cancel: ShouldCancel) -> SyncResult:
    return sync_online(store, base_url, progress, should_cancel)
