"""Starts the real entry point, ``pulut_desktop.ui.app.main``, and plays a supervisor at the approval
queue with key presses only: sign in, walk the sidebar to "Persetujuan", Tab from the search into the
queue, walk it with the arrow keys (and past a filter), then Ctrl+Enter on the record with warnings:
first Escape on the question, then Ctrl+Enter again and "Tetap setujui". Reports each step on stdout:

    STEP <name>\tcount=<queue count label>\tvillage=<village filter code>\tfocus=<focused widget>\tcurrent=<name>
    NOTES <the line under the queue>          QUESTION <the question's text>

Usage: python _approvals_app.py DATA_DIR USER PASSWORD
"""

from __future__ import annotations

import os
import sys
import time

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QMessageBox, QWidget

from pulut_desktop.ui import app as app_module
from pulut_desktop.ui.registrations.model import RegistrationColumn

DATA_DIR, USER, PASSWORD = sys.argv[1:4]
CTRL = Qt.KeyboardModifier.ControlModifier


def visible(kind: type, name: str) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.objectName() == name and widget.isVisible():
            return widget
    return None


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key to whatever has the keyboard focus, as a keyboard would send it."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClick(target, key, modifier)


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "none"
    return widget.objectName() or type(widget).__name__


class ScriptedSupervisor:
    """Each step acts, then waits until the window is idle (no work running) before the next one."""

    def __init__(self, app: QApplication) -> None:
        self.app, self.window, self.since = app, None, time.monotonic()
        self.steps = iter(
            [self.login, self.to_approvals, self.into_search, self.tab_to_queue, self.down, self.tab_to_filter,
             self.arrow_on_filter, self.escape, self.back_to_queue, self.up, self.approve, self.escape_question,
             self.approve, self.confirm, self.finish]
        )  # fmt: skip
        self.timer = QTimer(app)
        self.timer.timeout.connect(self.tick)
        self.timer.start(150)
        self.quiet = 0

    def tick(self) -> None:
        if time.monotonic() - self.since > 120:
            print("TIMEOUT", flush=True)
            os._exit(3)  # a modal error report may hold a nested event loop
        window = self.window
        if window is not None and (window.busy_bar.isVisible() or window._runner.is_busy()):
            self.quiet = 0
            return
        self.quiet += 1
        if self.quiet < 3 and window is not None:
            return  # let the results of the last work paint
        self.quiet = 0
        if window is not None and QApplication.focusWidget() is None and QApplication.activeModalWidget() is None:
            # A closed message box gives the activation back to its window: the window manager's job,
            # which the offscreen platform does not do.
            window.activateWindow()
            return
        step = next(self.steps)
        if step() is False:  # not ready yet: the same step again
            self.steps = _prepend(step, self.steps)

    def report(self, name: str) -> None:
        page = self.window.approvals
        index = page.table.currentIndex()
        current = page.model.index(index.row(), RegistrationColumn.NAME).data() if index.isValid() else "-"
        print(
            f"STEP {name}\tcount={page.count_label.text()}\tvillage={page.filters.village_combo.code()}"
            f"\tfocus={describe(QApplication.focusWidget())}\tcurrent={current}",
            flush=True,
        )

    # -- the steps -------------------------------------------------------------------------------
    def login(self) -> bool:
        login = visible(QWidget, "loginWindow")
        if login is None:
            return False
        QTest.keyClicks(login.findChild(QLineEdit, "loginUsername"), USER)
        password = login.findChild(QLineEdit, "loginPassword")
        QTest.keyClicks(password, PASSWORD)
        QTest.keyClick(password, Qt.Key.Key_Return)
        return True

    def to_approvals(self) -> bool:
        self.window = visible(QMainWindow, "mainWindow")
        if self.window is None:
            return False
        self.window.activateWindow()
        self.window.navigation.setFocus(Qt.FocusReason.TabFocusReason)  # where the officer's eye starts
        for _ in range(self.window.navigation.count()):
            if self.window.current_key() == "approvals":
                break
            press(Qt.Key.Key_Down)
        print(f"PAGE {self.window.current_key()}", flush=True)
        return True

    def into_search(self) -> None:
        search = self.window.approvals.filters.search_edit
        for _ in range(12):  # Tab from the sidebar until the queue's search box
            if QApplication.focusWidget() is search:
                break
            press(Qt.Key.Key_Tab)
        self.report("search")

    def tab_to_queue(self) -> None:
        press(Qt.Key.Key_Tab)
        self.report("tab")

    def down(self) -> None:
        press(Qt.Key.Key_Down)
        self.report("down")

    def tab_to_filter(self) -> None:
        press(Qt.Key.Key_Tab)
        self.report("tab-again")

    def arrow_on_filter(self) -> None:
        press(Qt.Key.Key_Down)
        self.report("down-on-filter")

    def escape(self) -> None:
        popup = QApplication.activePopupWidget()
        print(f"POPUP {describe(popup)}", flush=True)
        press(Qt.Key.Key_Escape)
        self.report("escape")

    def back_to_queue(self) -> None:
        press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        self.report("backtab")

    def up(self) -> None:
        press(Qt.Key.Key_Up)
        press(Qt.Key.Key_Down)  # back on the second record
        self.report("second")
        print(f"NOTES {self.window.approvals.details_label.text()}", flush=True)

    def approve(self) -> None:
        press(Qt.Key.Key_Return, CTRL)
        self.report("ctrl-enter")

    def escape_question(self) -> bool:
        box = visible(QMessageBox, "approveQuestion")
        if box is None:
            return False
        print("QUESTION " + " ".join((box.text() + " " + box.informativeText()).split()), flush=True)
        press(Qt.Key.Key_Escape)
        self.report("question-escaped")
        return True

    def confirm(self) -> bool:
        box = visible(QMessageBox, "approveQuestion")
        if box is None:
            return False
        for _ in range(4):  # the question opens on "Batal"; Tab to "Tetap setujui"
            if describe(QApplication.focusWidget()) == "approveAnywayButton":
                break
            press(Qt.Key.Key_Tab)
        print(f"CONFIRM-FOCUS {describe(QApplication.focusWidget())}", flush=True)
        press(Qt.Key.Key_Space)
        return True

    def finish(self) -> None:
        self.report("approved")
        print("DONE", flush=True)
        self.timer.stop()
        self.window.close()


def _prepend(step, steps):
    yield step
    yield from steps


class DrivenApplication(QApplication):
    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.supervisor = ScriptedSupervisor(self)


app_module.QApplication = DrivenApplication
sys.exit(app_module.main(sys.argv[:1], DATA_DIR))
