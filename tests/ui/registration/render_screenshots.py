"""Render the registration pages at 1366×768 into docs/screenshots (run by hand, not by pytest).

.venv/bin/python tests/ui/registration/render_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, str(Path(__file__).parent))

import pulut_desktop.storage.keyring as keyring

keyring.DEFAULT_KDF = keyring.KdfParams(iterations=1, lanes=1, memory_kib=8)

from _registration_helpers import nik_for, registration  # noqa: E402
from _registration_translator import TsvTranslator  # noqa: E402
from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from pulut_desktop.domain.people import Sex  # noqa: E402
from pulut_desktop.domain.reference import RegionLevel, regions  # noqa: E402
from pulut_desktop.domain.status import Status  # noqa: E402
from pulut_desktop.storage import registrations  # noqa: E402
from pulut_desktop.storage.store import Store  # noqa: E402
from pulut_desktop.ui.operations import OperationRunner  # noqa: E402

OUT = Path(__file__).resolve().parents[3] / "docs" / "screenshots"
PEOPLE = [
    ("SITI RAHMAWATI", Sex.FEMALE, date(1985, 8, 17)),
    ("MUHAMMAD RIZKI", Sex.MALE, date(1990, 3, 4)),
    ("NUR AISYAH PUTRI", Sex.FEMALE, date(1992, 8, 5)),
    ("BUDI SANTOSO", Sex.MALE, date(1978, 11, 23)),
    ("DEDI KURNIAWAN", Sex.MALE, date(1983, 1, 9)),
    ("RINA WATI", Sex.FEMALE, date(1995, 6, 30)),
    ("AHMAD FAUZI", Sex.MALE, date(1970, 2, 14)),
    ("YULI ANDRIANI", Sex.FEMALE, date(1988, 12, 1)),
    ("HENDRA GUNAWAN", Sex.MALE, date(1981, 7, 7)),
    ("SRI WAHYUNI", Sex.FEMALE, date(1979, 4, 21)),
]


def settle(app: QApplication, runner: OperationRunner) -> None:
    for _ in range(6):
        runner.wait_for_done()
        app.processEvents()


def seed(store: Store) -> list[str]:
    villages = [r for r in regions().of_level(RegionLevel.VILLAGE) if r.code.startswith("14.71.")]
    ids = []
    for index, (name, sex, born) in enumerate(PEOPLE):
        village = villages[index % len(villages)]
        reg = registrations.save(
            store, registration(nik_for(village.parent_code, born, sex, index + 1), name, born, sex, village.code)
        )
        ids.append(reg.id)
    registrations.set_status(store, ids[0:3], Status.APPROVED)
    registrations.set_status(store, ids[3:4], Status.NEEDS_FIX, "Tanggal lahir tidak sesuai KTP")
    registrations.set_status(store, ids[0:1], Status.SENT)
    return ids


def main() -> None:
    app = QApplication([])
    app.setFont(QFont("DejaVu Sans", 9))
    store = Store.create(
        tempfile.mkdtemp(),
        username="super",
        full_name="Sri",
        password="rahasia-123",
        device_name="Laptop Uji",
        regency_code="14.71",
    )
    ids = seed(store)
    OUT.mkdir(parents=True, exist_ok=True)
    for language in ("id", "en"):
        translator = TsvTranslator()
        if language == "id":
            QCoreApplication.installTranslator(translator)
        from pulut_desktop.ui.registration.form import RegistrationFormPage
        from pulut_desktop.ui.registrations.approvals import ApprovalsPage
        from pulut_desktop.ui.registrations.page import RegistrationsPage

        runner = OperationRunner(on_error=lambda error, _parent: print("error", repr(error)))
        form = RegistrationFormPage(store, runner)
        form.set_language(language)
        form.resize(1366, 768)
        form.show()
        form.open_registration(ids[3])
        settle(app, runner)
        form.identity.kk_edit.setText("14710112")  # a half-typed KK shows an inline message
        form.identity.kk_edit.editingFinished.emit()
        QTest.qWait(300)
        form.grab().save(str(OUT / f"registration-form-{language}.png"))
        listing = RegistrationsPage(store, runner)
        listing.resize(1366, 768)
        listing.show()
        settle(app, runner)
        listing.grab().save(str(OUT / f"registrations-list-{language}.png"))
        approvals = ApprovalsPage(store, runner)
        approvals.resize(1366, 768)
        approvals.show()
        settle(app, runner)
        approvals.table.selectRow(0)
        approvals.grab().save(str(OUT / f"approvals-{language}.png"))
        for widget in (form, listing, approvals):
            widget.close()
            widget.deleteLater()
        settle(app, runner)
        QCoreApplication.removeTranslator(translator)
    store.close()
    print("written to", OUT)


if __name__ == "__main__":
    main()
