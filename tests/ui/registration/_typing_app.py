"""Opens the registration form on a store, types a worker's data, waits for the autosave, then
says so on stdout and keeps running until the test kills it (SIGKILL: no cleanup of any kind).

Usage: python _typing_app.py DATA_DIR
"""

from __future__ import annotations

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pulut_desktop.storage.store import Store
from pulut_desktop.ui.operations import OperationRunner
from pulut_desktop.ui.registration.form import RegistrationFormPage

TYPED = {
    "nik": "1471014508920003",
    "full_name": "Nur Aisyah Putri",
    "birth_place": "Dumai",
    "address_line": "Jl. Cempaka 12 RT 03",
    "phone": "0813-1111-2222",
}


def main() -> None:
    app = QApplication(sys.argv[:1])
    store = Store.open(sys.argv[1], "super", "rahasia-123")
    runner = OperationRunner(on_error=lambda error, _parent: print(f"ERROR {error!r}", flush=True))
    form = RegistrationFormPage(store, runner)
    form.resize(1366, 768)
    form.show()
    form.activateWindow()

    def type_everything() -> None:
        QTest.keyClicks(form.identity.nik_edit, TYPED["nik"])
        QTest.keyClicks(form.identity.name_edit, TYPED["full_name"])
        QTest.keyClicks(form.identity.birth_place_edit, TYPED["birth_place"])
        QTest.keyClicks(form.address.address_edit, TYPED["address_line"])
        QTest.keyClicks(form.address.phone_edit, TYPED["phone"])
        form.work.months_spin.setValue(9)

    form.autosaver.sig_draft_saved.connect(lambda draft_id: print(f"DRAFT-SAVED {draft_id}", flush=True))
    QTimer.singleShot(100, type_everything)
    app.exec()


if __name__ == "__main__":
    main()
