"""Render the card screens at 1366×768 into docs/screenshots (run by hand, not by pytest).

    .venv/bin/python tests/ui/cards/render_screenshots.py

Indonesian uses the shipped catalogue (``pulut_id.qm``). Dialogs are drawn over the main window, centred, as
an officer sees them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

import pulut_desktop.storage.keyring as keyring  # noqa: E402

keyring.DEFAULT_KDF = keyring.KdfParams(iterations=1, lanes=1, memory_kib=8)

from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from pulut_desktop.cards import card_from_registration, sign_card  # noqa: E402
from pulut_desktop.domain.people import Sex  # noqa: E402
from pulut_desktop.domain.status import Status  # noqa: E402
from pulut_desktop.services.cards import Selection, print_cards  # noqa: E402
from pulut_desktop.storage import drives, registrations  # noqa: E402
from pulut_desktop.storage.store import Store  # noqa: E402
from pulut_desktop.ui.errors import ErrorHandler  # noqa: E402
from pulut_desktop.ui.i18n import Translations  # noqa: E402
from pulut_desktop.ui.integration import no_registration_pages  # noqa: E402
from pulut_desktop.ui.main_window import MainWindow  # noqa: E402
from pulut_desktop.ui.operations import OperationRunner  # noqa: E402
from pulut_desktop.ui.theme import apply_theme  # noqa: E402
from tests.conftest import make_registration  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)
PEOPLE = [
    ("SITI RAHMAWATI", Sex.FEMALE, Status.ACCEPTED),
    ("MUHAMMAD RIZKI", Sex.MALE, Status.ACCEPTED),
    ("NUR AISYAH PUTRI", Sex.FEMALE, Status.SENT),
    ("BUDI SANTOSO", Sex.MALE, Status.APPROVED),
    ("DEDI KURNIAWAN", Sex.MALE, Status.APPROVED),
    ("RINA WATI", Sex.FEMALE, Status.APPROVED),
    ("AHMAD FAUZI", Sex.MALE, Status.APPROVED),
    ("YULI ANDRIANI", Sex.FEMALE, Status.READY),
    ("HENDRA GUNAWAN", Sex.MALE, Status.APPROVED),
    ("SRI WAHYUNI", Sex.FEMALE, Status.APPROVED),
    ("JONI ISKANDAR", Sex.MALE, Status.APPROVED),
]


def settle(runner: OperationRunner, ms: int = 200) -> None:
    for _ in range(4):
        runner.wait_for_done()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def seed(store: Store, out: Path) -> list[str]:
    drive = drives.start_drive(store, village_code="14.71.01.1002", held_on=date(2026, 11, 20), place="Balai Desa")
    ids = []
    for index, (name, sex, status) in enumerate(PEOPLE):
        reg = make_registration(nik=f"14710145089{index + 1:05d}", full_name=name, sex=sex)
        if sex is Sex.MALE:
            reg.nik = f"14710105089{index + 1:05d}"
        saved = registrations.save(store, reg)
        if status is not Status.READY:
            registrations.set_status(store, [saved.id], Status.APPROVED)
        if status in (Status.SENT, Status.ACCEPTED):
            registrations.set_status(store, [saved.id], Status.SENT)
        if status is Status.ACCEPTED:
            registrations.set_status(store, [saved.id], Status.ACCEPTED)
        ids.append(saved.id)
    print_cards(store, Selection.of_ids(ids[:3]), out / "first.pdf", "a4", today=date(2026, 11, 20))
    print_cards(store, Selection.of_ids(ids[:1]), out / "again.pdf", "card", reason="Kartu rusak terkena air hujan")
    del drive
    return ids


def compose(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window dimmed, with the dialog centred over it and a soft shadow."""
    canvas = window.grab()
    shot = dialog.grab()
    painter = QPainter(canvas)
    painter.fillRect(canvas.rect(), QColor(15, 23, 42, 90))
    x, y = (canvas.width() - shot.width()) // 2, (canvas.height() - shot.height()) // 2 + 15
    for spread, alpha in ((10, 18), (6, 28), (3, 40)):
        painter.fillRect(
            x - spread, y - spread + 4, shot.width() + 2 * spread, shot.height() + 2 * spread, QColor(0, 0, 0, alpha)
        )
    painter.drawPixmap(QPoint(x, y), shot)
    bar = 30  # offscreen grabs have no window frame: draw a plain title bar like the desktop's
    painter.fillRect(x, y - bar, shot.width(), bar, QColor("#12352f"))
    painter.setPen(QColor("#ffffff"))
    font = QFont(painter.font())
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(x + 12, y - bar, shot.width() - 24, bar, Qt.AlignmentFlag.AlignVCenter, dialog.windowTitle())
    painter.end()
    return canvas


def main() -> None:
    app = QApplication([])
    apply_theme(app)
    translations = Translations(app)
    folder = Path(tempfile.mkdtemp()) / "Dokumen" / "Kartu Pulut"
    folder.mkdir(parents=True)
    store = Store.create(
        folder / "data",
        username="super",
        full_name="Sri Supervisor",
        password="rahasia-123",
        device_name="Laptop Kampar 01",
        regency_code="14.71",
    )
    ids = seed(store, folder.parent)
    genuine = sign_card(
        card_from_registration(registrations.get(store, ids[0]), device_code=_code(store), issued_on=date.today()),
        store.signing_key(),
    )
    for language in ("id", "en"):
        translations.switch(language)
        errors = ErrorHandler(lambda lang=language: lang)
        errors.modal = False
        runner = OperationRunner(errors)
        window = MainWindow(
            store, runner, language=language, training=False, event_source=app, page_factory=no_registration_pages
        )
        window.resize(*SIZE)
        window.show()
        window.show_page("cards")
        page = window._page_by_key["cards"]
        page.open_pdf = lambda _path: None
        page.choose_output_path = lambda suggested: str(folder / suggested)
        settle(runner)
        # Print two ticked records, then look at the history of the record that was reprinted.
        for registration_id in ids[3:5]:
            page.table.set_ticked(_row_of(page, registration_id))
        page.start_print()
        settle(runner, 400)
        for registration_id in ids[3:5]:
            page.table.set_ticked(_row_of(page, registration_id), False)
        page.table.set_ticked(_row_of(page, ids[0]))
        page.table.setCurrentCell(_row_of(page, ids[0]), 2)
        settle(runner)
        window.grab().save(str(OUT / f"cards-print-{language}.png"))

        page.start_print()
        settle(runner)
        dialog = page.reason_dialog
        dialog.reason_edit.setPlainText("Kartu hilang saat banjir" if language == "id" else "Card lost in the flood")
        dialog.adjustSize()
        settle(runner)
        compose(window, dialog).save(str(OUT / f"cards-reprint-{language}.png"))
        dialog.reject()

        verify = page.open_verify_dialog()
        verify.text_edit.setText(genuine)
        verify.check()
        settle(runner)
        verify.resize(700, verify.minimumSizeHint().height())
        settle(runner)
        verify.text_edit.deselect()
        verify.text_edit.setCursorPosition(0)
        settle(runner)
        compose(window, verify).save(str(OUT / f"cards-verify-{language}.png"))
        verify.text_edit.setText(genuine.replace("SITI RAHMAWATI", "SITI RAHMAWATY"))
        verify.check()
        settle(runner)
        verify.resize(700, verify.minimumSizeHint().height())
        verify.text_edit.setCursorPosition(0)
        settle(runner)
        compose(window, verify).save(str(OUT / f"cards-verify-forged-{language}.png"))
        verify.close()
        window.close()
        settle(runner)
        assert not errors.shown, errors.shown
    store.close()
    print("written to", OUT)


def _code(store: Store) -> str:
    with store.reader() as session:
        return store.device(session).code


def _row_of(page, registration_id: str) -> int:
    return next(r for r in range(page.table.rowCount()) if page.table.record_id(r) == registration_id)


if __name__ == "__main__":
    main()
