"""Laptops, a province and sticks for the round-trip tests (real SQLCipher stores, temp folders)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, text

from pulut_desktop.domain.status import Status
from pulut_desktop.outbox.enrolment import import_enrolment, write_device_request
from pulut_desktop.province import devices
from pulut_desktop.province.keys import ProvinceKeyring, create_keys
from pulut_desktop.province.models import Base as ProvinceBase
from pulut_desktop.province.store import ProvinceStore
from pulut_desktop.storage import registrations
from pulut_desktop.storage.models import RegistrationRow
from pulut_desktop.storage.store import Store
from pulut_desktop.sync import enrolment as wire
from pulut_desktop.sync import usb
from tests.conftest import PASSWORD, make_registration

PASSPHRASE = "frasa-sandi-uji-123"


@dataclass
class Province:
    store: ProvinceStore
    keys: ProvinceKeyring

    @property
    def keys_file(self) -> Path:
        return self.store.data_dir.public_keys


def make_province(root: Path) -> Province:
    store = ProvinceStore.open(root, create=True)
    return Province(store, create_keys(store, PASSPHRASE, name="Provinsi Uji", training=True))


def make_laptop(root: Path, name: str = "Laptop Siak 1", regency: str = "14.08", training: bool = False) -> Store:
    return Store.create(
        root, username="super", full_name="Sri Supervisor", password=PASSWORD, device_name=name,
        regency_code=regency, training=training,
    )  # fmt: skip


def enrol(laptop: Store, province: Province, stick: Path) -> str:
    """Device request on the stick -> province approves -> laptop imports the enrolment."""
    path = write_device_request(laptop, stick)
    request = wire.parse_device_request(path.read_bytes())
    device, data = devices.approve(province.store, request, province.keys)
    devices.write_enrolment(device, data, stick=stick)
    import_enrolment(laptop, stick, [province.keys_file])
    return device.id


def nik(n: int) -> str:
    return f"1471014508900{n:03d}"  # Pekanbaru, Sukajadi; women born 5 Aug 1990


def approve_new(laptop: Store, n: int, **overrides) -> str:
    """Save a complete registration and approve it; returns its id."""
    reg = registrations.save(laptop, make_registration(nik=nik(n), full_name=f"Siti Aminah {n}", **overrides))
    if reg.status is not Status.APPROVED:
        registrations.set_status(laptop, [reg.id], Status.APPROVED)
    return reg.id


def statuses(laptop: Store) -> dict[str, tuple[str, str | None]]:
    with laptop.reader() as session:
        return {r.id: (r.status, r.status_reason) for r in session.scalars(select(RegistrationRow))}


def dump_province(province: Province) -> dict[str, list]:
    """Every row of every province table, to compare before and after."""
    out = {}
    with province.store.engine.connect() as conn:
        for table in ProvinceBase.metadata.sorted_tables:
            rows = conn.execute(text(f"SELECT * FROM {table.name}")).all()
            out[table.name] = sorted(map(tuple, rows), key=repr)
    return out


def batch_files(stick: Path) -> list[Path]:
    layout = usb.find_layout(stick)
    return [f.path for f in usb.list_batches(layout)] if layout else []


def receipt_files(stick: Path) -> list[Path]:
    layout = usb.find_layout(stick)
    return [f.path for f in usb.list_receipts(layout)] if layout else []


def round_trip_by_stick(laptop: Store, province: Province, stick: Path) -> None:
    """Everything waiting leaves on the stick, the province imports it, the laptop applies the receipts."""
    from pulut_desktop.outbox.export import export_batch
    from pulut_desktop.outbox.receipts import apply_receipts
    from pulut_desktop.province.ingest import import_paths

    export_batch(laptop, stick)
    import_paths(province.store, [stick], province.keys)
    apply_receipts(laptop, stick)
