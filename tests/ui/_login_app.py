"""Starts the real application entry point, ``pulut_desktop.ui.app.main``, on a data dir and plays the
officer: types the user name and password into the login window and presses Enter. Then it reports on
stdout what appears after login and closes the app with the window's close button.

Usage: python _login_app.py DATA_DIR USER PASSWORD

Prints ``PAGE <key>`` (the page the main window shows) and ``OFFER <n>\t<title>\t...`` when the unsaved
drafts window appears, or ``NO-OFFER`` when the main window's work after login is over (its busy bar
has been hidden for a second) and no such window came.
"""

from __future__ import annotations

import os
import sys
import time

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QListWidget, QMainWindow, QWidget

from pulut_desktop.ui import app as app_module

DATA_DIR, USER, PASSWORD = sys.argv[1:4]


def visible(kind: type, name: str) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.objectName() == name and widget.isVisible():
            return widget
    return None


class ScriptedOfficer:
    def __init__(self, app: QApplication) -> None:
        self.app, self.phase, self.since, self.idle_since = app, "login", time.monotonic(), None
        self.timer = QTimer(app)
        self.timer.timeout.connect(self.step)
        self.timer.start(100)

    def step(self) -> None:
        if time.monotonic() - self.since > 90:  # a loaded CI machine is slow, a hang is not
            print(f"TIMEOUT {self.phase}", flush=True)
            self.app.exit(3)
        elif self.phase == "login" and (login := visible(QWidget, "loginWindow")) is not None:
            QTest.keyClicks(login.findChild(QLineEdit, "loginUsername"), USER)
            password = login.findChild(QLineEdit, "loginPassword")
            QTest.keyClicks(password, PASSWORD)
            QTest.keyClick(password, Qt.Key.Key_Return)
            self.phase, self.since = "main", time.monotonic()
        elif self.phase == "main" and (window := visible(QMainWindow, "mainWindow")) is not None:
            offer = visible(QDialog, "draftsOffer")
            if window.busy_bar.isVisible():
                self.idle_since = None
            elif self.idle_since is None:
                self.idle_since = time.monotonic()
            if offer is None and (self.idle_since is None or time.monotonic() - self.idle_since < 1):
                return
            print(f"PAGE {window.current_key()}", flush=True)
            if offer is None:
                print("NO-OFFER", flush=True)
            else:
                items = offer.findChild(QListWidget)
                titles = [items.item(i).text() for i in range(items.count())]
                print("OFFER " + "\t".join([str(len(titles)), *titles]), flush=True)
                offer.reject()  # "Later"
            self.phase = "done"
            window.close()


class DrivenApplication(QApplication):
    """The real QApplication; it also starts the scripted officer once it exists."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.officer = ScriptedOfficer(self)


app_module.QApplication = DrivenApplication
sys.exit(app_module.main(sys.argv[:1], DATA_DIR))
