"""Plays the officer on the REAL application: starts ``pulut_desktop.launcher.main`` (what ``pulut-desktop``
runs) with ``--data-dir``, signs in by typing, then runs one scenario with key presses only (QTest.keyClick
and keyClicks on the focused widget; no widget setters). It reports on stdout what the officer would see.

Usage: python _officer_driver.py DATA_DIR USER PASSWORD SCENARIO

Scenarios (``SCENARIOS`` below): ``drive_registration``, ``type_then_wait`` (types a worker, prints the
form's state once its draft is autosaved, then waits to be killed), ``restore`` (accepts the restore offer
and prints the form's state), ``ctrl_n_in_filled_form``, ``close_prompts``.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Iterator

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QKeyCombination, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMainWindow, QMessageBox, QWidget

from pulut_desktop import launcher
from pulut_desktop.ui import app as app_module

DATA_DIR, USER, PASSWORD, SCENARIO = sys.argv[1:5]
NIK = "1471014508920003"  # Pekanbaru; a woman born 5 Aug 1992
LIMIT = float(os.environ.get("DRIVER_LIMIT", "120"))  # seconds; a loaded CI machine is slow
Step = Iterator[Callable[[], bool] | float | None]


def say(*parts: object) -> None:
    print(" ".join(str(p) for p in parts), flush=True)


def visible(kind: type, name: str) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.objectName() == name and widget.isVisible():
            return widget
    return None


def focused() -> QWidget:
    return QApplication.focusWidget()


def key(keys: str) -> None:
    """One key or chord, as QKeySequence writes it ("Ctrl+N", "Return", "Escape"), on the focused widget."""
    combination: QKeyCombination = QKeySequence(keys)[0]
    QTest.keyClick(focused(), combination.key(), combination.keyboardModifiers())


def type_text(text: str, then: str | None = "Return") -> None:
    QTest.keyClicks(focused(), text)
    if then:
        key(then)


def press_button(box: QWidget, text: str) -> Step:
    """Focus a dialog's button by Tab (as the officer would) and press Space on it."""
    if not box.isActiveWindow():  # the offscreen platform does not activate a new window by itself
        box.activateWindow()
        yield lambda: box.isActiveWindow() and focused() is not None
    for _ in range(12):
        widget = focused()
        if getattr(widget, "text", lambda: None)() == text:
            QTest.keyClick(widget, Qt.Key.Key_Space)
            return
        QTest.keyClick(widget or box, Qt.Key.Key_Tab)
    raise AssertionError(f"no button {text!r} reachable by Tab in {box.objectName()}")


def tab_to(target: QWidget, limit: int = 400) -> int:
    """Press Tab until ``target`` has the focus; how many presses it took."""
    for presses in range(limit):
        if focused() is target:
            return presses
        key("Tab")
    raise AssertionError(f"{target.objectName()} not reached with {limit} Tab presses")


def form_state(window: QMainWindow) -> str:
    return json.dumps(window.form.state(), sort_keys=True, ensure_ascii=False)


def sign_in() -> Step:
    yield lambda: visible(QWidget, "loginWindow") is not None
    login = visible(QWidget, "loginWindow")
    QTest.keyClicks(login.findChild(QLineEdit, "loginUsername"), USER)
    password = login.findChild(QLineEdit, "loginPassword")
    QTest.keyClicks(password, PASSWORD)
    QTest.keyClick(password, Qt.Key.Key_Return)
    yield lambda: visible(QMainWindow, "mainWindow") is not None
    yield from settle()


def settle() -> Step:
    """Until the main window's work has stopped (its busy bar hidden for half a second)."""
    window = visible(QMainWindow, "mainWindow")
    since = [None]

    def idle() -> bool:
        if window.busy_bar.isVisible():
            since[0] = None
        elif since[0] is None:
            since[0] = time.monotonic()
        return since[0] is not None and time.monotonic() - since[0] > 0.5

    yield idle


def worker_identity(window: QMainWindow) -> Step:
    """From the NIK field: NIK, KK (skipped), name, birth place; date and sex come from the NIK."""
    yield lambda: focused() is window.form.identity.nik_edit
    type_text(NIK)  # Enter: on to the KK
    key("Tab")  # no KK
    type_text("Nur Aisyah Putri")
    type_text("Dumai")
    key("Return")  # birth date, decoded from the NIK
    key("Return")  # sex, decoded from the NIK
    key("Return")  # no mother's maiden name


def drive_registration() -> Step:
    """(a) Ctrl+N to Ctrl+S at an open drive: the village is already there."""
    window = visible(QMainWindow, "mainWindow")
    form = window.form
    key("Ctrl+N")
    yield lambda: form.address.village_combo.code() != ""  # the drive's village, filled in by the form
    say("VILLAGE", form.address.village_combo.code(), form.address.district_combo.code(),
        form.address.regency_combo.code())  # fmt: skip
    say("HINT", form.address.drive_hint.text())
    yield from worker_identity(window)
    type_text("Jl. Cempaka 12 RT 03")  # address; Enter goes on through the filled regency/district/village
    for _ in range(3):
        key("Return")
    say("FOCUS", focused() is form.address.phone_edit)
    type_text("0813-1111-2222")
    type_text("kelapa sawit")  # occupation
    key("Ctrl+S")  # too early: the consent is missing, and the focus goes to it
    yield lambda: form.header.message() != ""
    say("PROBLEMS", form.header.message(), focused() is form.consent.given_check)
    key("Space")  # consent given
    key("Return")
    type_text("F")  # "Formulir persetujuan bertanda tangan"
    type_text("F-0042", then=None)
    key("Ctrl+S")
    yield lambda: "Tersimpan" in form.header.message()
    say("SAVED", form.header.message())
    yield lambda: form.identity.nik_edit.text() == "" and form.address.village_combo.code() != ""
    say("NEXT", focused() is form.identity.nik_edit, form.address.village_combo.code())  # ready for the next
    window.close()


def type_then_wait() -> Step:
    """(b) mid-entry: type a worker, and once the draft of exactly that is autosaved print it; then wait."""
    window = visible(QMainWindow, "mainWindow")
    form = window.form
    saved: list[str] = []
    form.autosaver.sig_draft_saved.connect(saved.append)
    key("Ctrl+N")
    yield from worker_identity(window)
    type_text("Jl. Cempaka 12 RT 03")
    type_text("pekanbaru")  # regency
    type_text("sukajadi")  # district
    type_text("kampung melayu")  # village
    type_text("0813-1111-2222", then=None)
    typed = len(saved)
    yield lambda: len(saved) > typed  # the autosave after the last key
    say("STATE", form_state(window))
    say("DRAFT-SAVED", saved[-1])
    yield lambda: False  # until SIGKILL


def restore() -> Step:
    """(b) after the restart: the restore offer, accepted with Enter ("Lanjutkan yang ini")."""
    yield lambda: visible(QDialog, "draftsOffer") is not None
    offer = visible(QDialog, "draftsOffer")
    say("OFFER", offer.windowTitle())
    key("Return")
    window = visible(QMainWindow, "mainWindow")
    yield lambda: window.form.identity.nik_edit.text() == NIK
    say("PAGE", window.current_key())
    say("STATE", form_state(window))
    say("DONE")  # closing ends the application
    window.close()  # nothing typed since the restore: no question, and the draft stays for later


def ctrl_n_in_filled_form() -> Step:
    """(d) Ctrl+N while the focus is inside a filled form starts an empty one (the typed one is a draft)."""
    window = visible(QMainWindow, "mainWindow")
    form = window.form
    key("Ctrl+N")
    yield from worker_identity(window)
    type_text("Jl. Cempaka 12 RT 03", then=None)
    say("FILLED", form.has_unsaved_input(), type(focused()).__name__)
    key("Ctrl+N")
    yield lambda: not form.has_unsaved_input()
    say("EMPTY", form.identity.nik_edit.text() == "", form.identity.name_edit.text() == "",
        form.address.address_edit.text() == "", focused() is form.identity.nik_edit)  # fmt: skip
    yield from settle()
    window.close()  # an empty form: closes without a question


def close_prompts() -> Step:
    """(c) closing and signing out with unsaved input ask first: Batal keeps the input, Buang drops it."""
    window = visible(QMainWindow, "mainWindow")
    form = window.form
    key("Ctrl+N")
    yield from worker_identity(window)
    window.close()  # the window's close button
    yield lambda: visible(QMessageBox, "unsavedInputBox") is not None
    box = visible(QMessageBox, "unsavedInputBox")
    say("PROMPT", box.text())
    say("BUTTONS", "|".join(sorted(b.text() for b in box.buttons())))
    key("Escape")  # Batal
    yield lambda: visible(QMessageBox, "unsavedInputBox") is None
    say("STILL-OPEN", window.isVisible(), window.current_key(), form.identity.name_edit.text())
    yield from settle()
    if focused() is None:  # the offscreen platform does not give the focus back by itself
        window.activateWindow()
        yield lambda: focused() is not None
    presses = tab_to(window.sign_out_button)
    say("TABS", presses)
    key("Space")  # "Keluar"
    yield lambda: visible(QMessageBox, "unsavedInputBox") is not None
    yield from press_button(visible(QMessageBox, "unsavedInputBox"), "Buang")
    yield lambda: visible(QWidget, "loginWindow") is not None
    say("LOGIN-AGAIN")
    visible(QWidget, "loginWindow").close()


SCENARIOS = {
    "drive_registration": drive_registration,
    "type_then_wait": type_then_wait,
    "restore": restore,
    "ctrl_n_in_filled_form": ctrl_n_in_filled_form,
    "close_prompts": close_prompts,
}


class ScriptedOfficer:
    """Runs the scenario one step per timer tick; a step waits for its condition (or a number of seconds)."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.steps = self._all()
        self.waiting: Callable[[], bool] | None = None
        self.since = time.monotonic()
        self.timer = QTimer(app)
        self.timer.timeout.connect(self.step)
        self.timer.start(50)

    def _all(self) -> Step:
        yield from sign_in()
        yield from SCENARIOS[SCENARIO]()
        say("DONE")

    def step(self) -> None:
        if time.monotonic() - self.since > LIMIT and SCENARIO != "type_then_wait":
            window = visible(QMainWindow, "mainWindow")
            message = window.form.header.message() if window is not None else ""
            say("TIMEOUT", SCENARIO, type(focused()).__name__, message)
            self.app.exit(3)
            return
        try:
            if self.waiting is not None and not self.waiting():
                return
            self.waiting = next(self.steps)
        except StopIteration:
            self.timer.stop()
        except Exception as error:  # a failed expectation: say it, and stop with an error code
            say("FAILED", repr(error))
            self.app.exit(4)


class DrivenApplication(QApplication):
    """The real QApplication; it also starts the scripted officer once it exists."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.officer = ScriptedOfficer(self)


app_module.QApplication = DrivenApplication
sys.exit(launcher.main(["--data-dir", DATA_DIR]))
