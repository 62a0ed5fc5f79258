"""Sync with the province: device request, enrolment, export to a stick, receipts, online sync, ledger.

The sync page (on the runner's worker thread) and the ``pulut-desktop`` sync commands call these."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from pulut_desktop.domain.status import Status
from pulut_desktop.outbox.enrolment import (
    EnrolmentInfo,
    enrolment_of,
    import_enrolment,
    require_enrolment,
    write_device_request,
)
from pulut_desktop.outbox.errors import OutboxError
from pulut_desktop.outbox.export import DEFAULT_MAX_REGISTRATIONS, ExportResult, export_batch
from pulut_desktop.outbox.ledger import Ledger, ledger
from pulut_desktop.outbox.online import SyncResult, enrol_online, sync_online
from pulut_desktop.outbox.receipts import ApplyResult
from pulut_desktop.outbox.receipts import apply_receipts as _apply_receipts
from pulut_desktop.storage.models import RegistrationRow
from pulut_desktop.storage.store import Store
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


def export_to(
    store: Store,
    stick: Path,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
    *,
    max_registrations: int = DEFAULT_MAX_REGISTRATIONS,
) -> ExportResult:
    """Seal the approved registrations into batch files on the stick, then mark them sent."""
    return export_batch(store, stick, progress, should_cancel, max_registrations=max_registrations)


def apply_receipts(
    store: Store, stick: Path, progress: Progress | None = None, should_cancel: ShouldCancel | None = None
) -> ApplyResult:
    """Apply every receipt for this laptop on the stick (one transaction each) and the reference bundle
    beside them; a bad file is listed in ``problems`` and the others are still applied."""
    return _apply_receipts(store, stick, progress, should_cancel)


def sync_now(
    store: Store,
    base_url: str | None = None,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
    *,
    max_registrations: int = DEFAULT_MAX_REGISTRATIONS,
) -> SyncResult:
    """Send, collect the answers and the reference bundle over the network (the enrolment's server
    unless ``base_url`` names another)."""
    url = base_url or require_enrolment(store).server_url
    if not url:
        raise OutboxError("outbox.no_server_url")
    return sync_online(store, url, progress, should_cancel, max_registrations=max_registrations)


def enrol_over_network(
    store: Store,
    base_url: str,
    province_keys: Iterable[Path] = (),
    *,
    poll_interval: float = 5.0,
    timeout: float = 600.0,
    on_posted: Callable[[str], None] | None = None,
) -> EnrolmentInfo:
    """Post the device request to the province and wait until an admin approves it."""
    return enrol_online(
        store, base_url, list(province_keys), poll_interval=poll_interval, timeout=timeout, on_posted=on_posted
    )


def read_ledger(store: Store) -> Ledger:
    """Every batch sent, with the province's answers so far."""
    return ledger(store)
