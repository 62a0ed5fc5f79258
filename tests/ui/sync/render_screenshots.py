"""Render the Kirim data page at 1366×768 into docs/screenshots (run by hand, not by pytest).

    .venv/bin/python tests/ui/sync/render_screenshots.py

A real province store and two laptops in a temp folder: one not enrolled yet, one enrolled with a few
batches behind it (one of them never reached the province, so the ledger shows the gap).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

import pulut_desktop.storage.keyring as keyring  # noqa: E402

keyring.DEFAULT_KDF = keyring.KdfParams(iterations=1, lanes=1, memory_kib=8)

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import select  # noqa: E402

from pulut_desktop.domain.status import Status  # noqa: E402
from pulut_desktop.outbox.enrolment import import_enrolment, write_device_request  # noqa: E402
from pulut_desktop.outbox.export import export_batch  # noqa: E402
from pulut_desktop.province import devices  # noqa: E402
from pulut_desktop.province.ingest import import_paths  # noqa: E402
from pulut_desktop.province.keys import create_keys  # noqa: E402
from pulut_desktop.province.store import ProvinceStore  # noqa: E402
from pulut_desktop.storage import registrations  # noqa: E402
from pulut_desktop.storage.demo import synthetic_registrations  # noqa: E402
from pulut_desktop.storage.models import BatchRow, RegistrationRow  # noqa: E402
from pulut_desktop.storage.store import Store  # noqa: E402
from pulut_desktop.sync import enrolment as wire  # noqa: E402
from pulut_desktop.sync import usb  # noqa: E402
from pulut_desktop.ui.errors import ErrorHandler  # noqa: E402
from pulut_desktop.ui.i18n import Translations  # noqa: E402
from pulut_desktop.ui.main_window import MainWindow  # noqa: E402
from pulut_desktop.ui.operations import OperationRunner  # noqa: E402
from pulut_desktop.ui.theme import apply_theme  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PASSWORD = "rahasia-123"


def laptop(root: Path, name: str, count: int, seed: int) -> Store:
    store = Store.create(
        root, username="sri", full_name="Sri Wahyuni", password=PASSWORD, device_name=name, regency_code="14.01"
    )
    regs = synthetic_registrations(count, seed)
    for reg in regs:
        reg.status = Status.READY
    saved = registrations.import_many(store, regs)
    registrations.set_status(store, [r.id for r in saved], Status.APPROVED)
    return store


def history(store: Store, province, keys_file: Path, stick: Path, lost: Path) -> None:
    """Enrolment, four batches over four weeks; batch 3's stick was lost on the way."""
    request = wire.parse_device_request(write_device_request(store, stick).read_bytes())
    device, data = devices.approve(province[0], request, province[1], server_url="https://pulut.riau.example")
    devices.write_enrolment(device, data, stick=stick)
    import_enrolment(store, stick, [keys_file])
    with store.session() as session:  # the province does not know this village: one rejected record
        row = session.scalars(select(RegistrationRow).order_by(RegistrationRow.created_at)).first()
        row.village_code = "14.01.99.9999"
    export_batch(store, stick, max_registrations=12)
    with store.reader() as session:
        sequences = sorted(session.scalars(select(BatchRow.sequence)))
    layout = usb.find_layout(stick)
    lost.mkdir()
    shutil.move(str(layout.outbox / usb.batch_file_name(device.id, 3)), lost)
    import_paths(province[0], [stick], province[1])
    with store.session() as session:  # spread the demo batches over the last weeks
        for batch in session.scalars(select(BatchRow)):
            shift = timedelta(days=7 * (len(sequences) - batch.sequence) + 1, hours=batch.sequence)
            batch.created_at -= shift
            batch.sent_at = batch.sent_at and batch.sent_at - shift + timedelta(minutes=4)
    more = synthetic_registrations(5, 99)
    for reg in more:
        reg.status = Status.READY
    saved = registrations.import_many(store, more)
    registrations.set_status(store, [r.id for r in saved], Status.APPROVED)


def settle(runner: OperationRunner, ms: int = 200) -> None:
    for _ in range(8):
        runner.wait_for_done()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(store: Store, stick: Path | None, name: str, language: str, tmp: Path, apply: bool = False) -> None:
    app = QApplication.instance()
    errors = ErrorHandler(lambda: language)
    errors.modal = False
    runner = OperationRunner(errors)
    settings = QSettings(str(tmp / f"{name}-{language}.ini"), QSettings.Format.IniFormat)
    if stick is not None:
        settings.setValue("sync/last_stick", str(stick))
    window = MainWindow(store, runner, language=language, training=False, event_source=app)
    page = window.page("sync")
    page._settings = settings  # the screenshot's own remembered stick
    page.usb.set_stick(stick)
    window.resize(1366, 768)
    window.show()
    window.show_page("sync")
    settle(runner)
    if apply:
        page.usb.apply_button.click()
        settle(runner)
    window.grab().save(str(OUT / f"{name}-{language}.png"))
    window.close()
    settle(runner)
    assert not errors.shown, errors.shown


def main() -> None:
    app = QApplication([])
    apply_theme(app)
    translations = Translations(app)
    tmp = Path(tempfile.mkdtemp(prefix="pulut-sync-shots-"))
    province_store = ProvinceStore.open(tmp / "province", create=True)
    keys = create_keys(province_store, "frasa-sandi-demo-123", name="Disnakertrans Riau (demo)", training=False)
    new_laptop = laptop(tmp / "laptop-new", "Laptop Kampar 03", 7, 3)
    old_laptop = laptop(tmp / "laptop-old", "Laptop Kampar 02", 44, 7)
    media = Path(tempfile.gettempdir()) / "media" / "sri"  # reads like a mounted stick on Linux
    stick = media / "FLASHDISK"
    shutil.rmtree(stick, ignore_errors=True)
    stick.mkdir(parents=True)
    history(old_laptop, (province_store, keys), province_store.data_dir.public_keys, stick, tmp / "lost")
    # One copy of the laptop and its stick per language: each screenshot applies the receipts itself.
    old_laptop.close()
    shutil.copytree(tmp / "laptop-old", tmp / "laptop-old-en")
    shutil.copytree(stick, tmp / "stick-en")
    OUT.mkdir(parents=True, exist_ok=True)
    for language in ("id", "en"):
        translations.switch(language)  # the shipped catalogue carries the sync page's strings
        shoot(new_laptop, None, "sync-unenrolled", language, tmp)
        if language == "en":  # the English window gets the untouched copy under the same name
            shutil.rmtree(stick)
            shutil.copytree(tmp / "stick-en", stick)
        enrolled = Store.open(tmp / ("laptop-old-en" if language == "en" else "laptop-old"), "sri", PASSWORD)
        shoot(enrolled, stick, "sync-enrolled", language, tmp, apply=True)
        enrolled.close()
    new_laptop.close()
    shutil.rmtree(media, ignore_errors=True)
    province_store.close()
    shutil.rmtree(tmp, ignore_errors=True)
    print("written to", OUT)


if __name__ == "__main__":
    main()
