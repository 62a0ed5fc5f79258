"""The main window: navigation on the left, one page at a time, status bar, shortcuts, idle lock."""

from __future__ import annotations

import logging
from datetime import UTC

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..outbox.status import SendStatus
from ..services.dashboard import read_send_status
from ..services.settings import session_settings
from ..storage.store import Store
from .help import open_help
from .home import HomePage
from .idle import IdleWatcher
from .integration import PageFactory, build_extra_pages, build_registration_pages
from .lock import LockScreen
from .officers import OfficersPage
from .operations import OperationRunner, Priority
from .settings_page import SettingsPage
from .shortcuts import owned_by
from .widgets import TrainingBanner

log = logging.getLogger(__name__)

HOME, NEW, LIST, APPROVALS, OFFICERS, SETTINGS = "home", "new", "list", "approvals", "officers", "settings"
QUIET_TABLES = frozenset({"audit_events", "drafts"})


class MainWindow(QMainWindow):
    sig_signed_out = Signal()
    """The window closed: the session is over."""

    def __init__(
        self,
        store: Store,
        runner: OperationRunner,
        *,
        language: str,
        training: bool,
        event_source: QObject,
        page_factory: PageFactory = build_registration_pages,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._runner, self._language = store, runner, language
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Pulut Desktop"))
        self.setMinimumSize(QSize(880, 540))
        self.resize(1366, 768)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(220)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self._page_by_key: dict[str, QWidget] = {}
        self._focus_before_lock: QWidget | None = None
        self._built = False
        # The pages queue their first loads while they are built; none starts before the window is built, then
        # the list's first page and the page on screen go first, the pages not on screen after them.
        with runner.held():
            self._build(store, runner, language, training, event_source, page_factory)
        self._built = True

    # -- building --------------------------------------------------------------------------------
    def _build(
        self,
        store: Store,
        runner: OperationRunner,
        language: str,
        training: bool,
        event_source: QObject,
        page_factory: PageFactory,
    ) -> None:
        self.home = HomePage(store, runner)
        registration = page_factory(store, runner, language=language)  # queues the list's first page
        self.form, self.registrations, self.approvals = (
            registration.form,
            registration.registrations,
            registration.approvals,
        )
        with runner.prioritised(Priority.BACKGROUND):  # not on screen: each loads again when first shown
            self.officers = OfficersPage(store, runner, language=language) if store.officer.is_supervisor else None
            self.settings = SettingsPage(store, runner, language=language)
            self.extra_pages = build_extra_pages(store, runner, language=language)
        entries = [
            (HOME, self.tr("Home"), self.home),
            (NEW, self.tr("New registration"), self.form),
            (LIST, self.tr("Registrations"), self.registrations),
            (APPROVALS, self.tr("Approvals"), self.approvals),
            *((key, QCoreApplication.translate("MainWindow", title), page) for key, title, page in self.extra_pages),
            (OFFICERS, self.tr("Officers"), self.officers),
            (SETTINGS, self.tr("Settings"), self.settings),
        ]
        for key, title, page in entries:
            if page is not None:
                self._add_page(key, title, page)

        content = QWidget()
        content.setObjectName("content")
        content_layout = QHBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(0)
        self.help_button = QPushButton(self.tr("Help (F1)"))
        self.help_button.setObjectName("helpButton")
        self.help_button.clicked.connect(self.show_help)
        self.lock_button = QPushButton(self.tr("Lock now (Ctrl+L)"))
        self.lock_button.setObjectName("lockButton")
        self.lock_button.clicked.connect(self.lock)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.setObjectName("signOutButton")
        self.sign_out_button.clicked.connect(self.sign_out)
        self.signing_out = False  # "Keluar": back to the login window instead of quitting
        self._leave_confirmed = False
        sidebar = QWidget()
        sidebar.setObjectName("sidebar")
        sidebar_layout = QVBoxLayout(sidebar)
        sidebar_layout.setContentsMargins(0, 0, 0, 8)
        sidebar_layout.setSpacing(0)
        sidebar_layout.addWidget(self.navigation, 1)
        for button in (self.help_button, self.lock_button, self.sign_out_button):
            sidebar_layout.addWidget(button)
        content_layout.addWidget(sidebar)
        content_layout.addWidget(self.pages, 1)
        self.lock_screen = LockScreen(store, runner, language=language)
        # The lock replaces the content in this stack: the pages stay alive with their unsaved input.
        self.screen = QStackedWidget()
        self.screen.addWidget(content)
        self.screen.addWidget(self.lock_screen)
        self.training_banner = TrainingBanner()
        self.training_banner.setVisible(training)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.training_banner)
        central_layout.addWidget(self.screen, 1)
        self.setCentralWidget(central)
        self._build_status_bar()

        slots = {
            "F1": self.show_help,
            "Ctrl+N": self._on_new_shortcut_activated,
            "Ctrl+F": self._on_find_shortcut_activated,
            "F5": self._on_refresh_shortcut_activated,
            "Ctrl+L": self.lock,
        }
        self._shortcuts = [QShortcut(QKeySequence(s.keys), self, slots[s.keys]) for s in owned_by("window")]
        self.idle = IdleWatcher(event_source, self)
        self.idle.sig_idle_timed_out.connect(self.lock)
        self.lock_screen.sig_unlocked.connect(self._on_lock_screen_unlocked)
        self.navigation.currentRowChanged.connect(self._on_navigation_row_changed)
        runner.sig_busy_changed.connect(self._on_runner_busy_changed)
        runner.sig_data_changed.connect(self._on_runner_data_changed)
        self._stale: set[QWidget] = set()  # pages that missed a change while hidden
        self.settings.sig_settings_saved.connect(self._on_settings_saved)
        self.home.sig_drafts_requested.connect(self.show_drafts)
        for page in (self.registrations, self.approvals, *(page for _, _, page in self.extra_pages)):
            if self.form is not None and hasattr(page, "sig_registration_open_requested"):
                page.sig_registration_open_requested.connect(self.open_registration)
        if self.form is not None and hasattr(self.form, "new_shortcut"):
            self.form.new_shortcut.setEnabled(False)  # one owner of Ctrl+N: this window
        self.navigation.setCurrentRow(0)
        runner.run(lambda ctx: session_settings(store), on_success=self._on_session_info_loaded, parent=self)

    def _add_page(self, key: str, title: str, page: QWidget) -> None:
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setSizeHint(QSize(200, 44))
        self.navigation.addItem(item)
        self.pages.addWidget(page)
        self._page_by_key[key] = page

    def _build_status_bar(self) -> None:
        officer = self._store.officer
        role = self.tr("Supervisor") if officer.is_supervisor else self.tr("Officer")
        self.officer_label = QLabel(self.tr("Signed in: %1 (%2)").replace("%1", officer.full_name).replace("%2", role))
        self.officer_label.setObjectName("statusOfficer")
        self.device_label = QLabel()
        self.device_label.setObjectName("statusDevice")
        self.busy_label = QLabel(self.tr("Working…"))
        self.busy_label.setObjectName("statusBusy")
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setFixedWidth(120)
        self.busy_bar.setFixedHeight(12)
        self.busy_bar.setTextVisible(False)
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        bar.addWidget(self.officer_label)
        bar.addWidget(self.device_label)
        self.send_label = QLabel()
        self.send_label.setObjectName("statusSend")
        bar.addWidget(self.send_label)
        bar.addPermanentWidget(self.busy_label)
        bar.addPermanentWidget(self.busy_bar)
        self._on_runner_busy_changed(self._runner.is_busy())

    # -- navigation ------------------------------------------------------------------------------
    def page_keys(self) -> list[str]:
        return list(self._page_by_key)

    def page(self, key: str) -> QWidget | None:
        return self._page_by_key.get(key)

    def show_page(self, key: str) -> QWidget | None:
        page = self._page_by_key.get(key)
        if page is not None:
            self.navigation.setCurrentRow(self.pages.indexOf(page))
        return page

    def current_key(self) -> str:
        return self.navigation.currentItem().data(Qt.ItemDataRole.UserRole)

    def _on_navigation_row_changed(self, row: int) -> None:
        if row < 0:
            return
        if self._built:  # the officer opened this page: its loads go ahead of any still queued
            with self._runner.prioritised(Priority.FOREGROUND):
                self._show_row(row)
        else:
            self._show_row(row)

    def _show_row(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        page = self.pages.widget(row)
        if page is self.form and self.form.shows_saved_record():
            self.form.new_registration()  # "Pendaftaran baru" means a new one, not the record seen last
        # Current data whenever a page is shown; the list only after a change (it keeps its scroll position).
        if (
            page is not self.form
            and (page is not self.registrations or page in self._stale)
            and hasattr(page, "refresh")
        ):
            page.refresh()
        self._stale.discard(page)
        self.refresh_send_status()

    def _on_runner_data_changed(self, tables: frozenset[str]) -> None:
        """Work wrote to the store: the page on screen shows it now, the others when next shown."""
        if tables <= QUIET_TABLES:
            return  # the audit trail and autosaved drafts change nothing a page lists
        current = self.pages.currentWidget()
        self._stale.update(self._page_by_key.values())
        if current not in (self.form, self.settings) and hasattr(current, "refresh"):
            self._stale.discard(current)
            current.refresh()
        self.refresh_send_status()

    def refresh_send_status(self) -> None:
        store = self._store
        self._runner.run(lambda ctx: read_send_status(store), on_success=self._on_send_status_loaded, parent=self)

    def _on_send_status_loaded(self, status: SendStatus) -> None:
        self.send_label.setText(self.send_status_text(status))

    def send_status_text(self, status: SendStatus) -> str:
        """``Jawaban terakhir dari provinsi: 25-11-2026 14:05 · menunggu dikirim: ...``."""
        if status.last_answer is None:
            when = self.tr("Last answer from the province: none yet")
        else:
            local = status.last_answer.replace(tzinfo=UTC).astimezone()
            when = self.tr("Last answer from the province: %1").replace("%1", local.strftime("%d-%m-%Y %H:%M"))
        records = self.tr("%n registration(s)", "", status.waiting_records)
        batches = self.tr("%n batch(es) without a receipt", "", status.waiting_batches)
        waiting = self.tr("waiting to send: %1, %2").replace("%1", records).replace("%2", batches)
        return f"{when} · {waiting}"

    def open_registration(self, registration_id: str) -> None:
        if self.form is not None:
            self.show_page(NEW)
            self.form.open_registration(registration_id)

    def _on_new_shortcut_activated(self) -> None:
        if self.form is not None:
            self.show_page(NEW)
            self.form.new_registration()

    def show_drafts(self):
        """ "Draf tersimpan" from Beranda: the list opens over this page; a draft opened goes into the form."""
        if self.form is None or not hasattr(self.form, "show_drafts_list"):
            return None
        dialog = self.form.show_drafts_list()
        dialog.accepted.connect(lambda: self.show_page(NEW))  # before the draft is put into the form
        return dialog

    def _on_find_shortcut_activated(self) -> None:
        page = self.show_page(LIST)
        if page is not None and hasattr(page, "focus_search"):
            page.focus_search()

    def show_help(self) -> None:
        """The handbook at the section of the page on screen (offline, in a window beside this one)."""
        open_help(self, "lock" if self.is_locked() else self.current_key())

    def _on_refresh_shortcut_activated(self) -> None:
        self.refresh_send_status()
        page = self.pages.currentWidget()
        if hasattr(page, "refresh"):
            with self._runner.prioritised(Priority.FOREGROUND):
                page.refresh()

    # -- status, settings --------------------------------------------------------------------------
    def _on_runner_busy_changed(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)

    def _on_session_info_loaded(self, info: dict) -> None:
        # The code only (the name in the tooltip): the send status beside it must fit 1366 px.
        self.device_label.setText(self.tr("Device: %1").replace("%1", info["device_code"]))
        self.device_label.setToolTip(
            self.tr("Device: %1 (%2)").replace("%1", info["device_name"]).replace("%2", info["device_code"])
        )
        if info["training"]:  # the device row is the authority; settings.json only speeds up login
            self.training_banner.show()
        self.idle.set_timeout(info["idle_lock_minutes"] * 60)

    def _on_settings_saved(self, values: dict) -> None:
        self.idle.set_timeout(float(values["idle_lock_minutes"]) * 60)

    # -- idle lock -------------------------------------------------------------------------------
    def is_locked(self) -> bool:
        return self.screen.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Idle time or "Kunci sekarang" (Ctrl+L): the pages stay as they are under the lock screen."""
        if self.is_locked():
            return
        log.info("screen locked")
        self.idle.pause()
        self._focus_before_lock = self.focusWidget()
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
        self.screen.setCurrentWidget(self.lock_screen)
        self.lock_screen.prepare()

    def _on_lock_screen_unlocked(self) -> None:
        log.info("screen unlocked")
        self.screen.setCurrentIndex(0)
        for shortcut in self._shortcuts:
            shortcut.setEnabled(True)
        self.idle.resume()
        target = self._focus_before_lock or self.pages.currentWidget()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def sign_out(self) -> None:
        """ "Keluar": end the session and go back to the login window (after the unsaved-input question)."""
        self.signing_out = True
        self.close()

    def has_unsaved_input(self) -> bool:
        form = self.form
        return form is not None and hasattr(form, "has_unsaved_input") and form.has_unsaved_input()

    def _ask_before_leaving(self) -> QMessageBox:
        """Unsaved input in the form: keep it as a draft (offered again at the next sign-in), throw it away,
        or go back to the form. The box is window-modal and answers through a signal: no nested event loop."""
        self.form.autosaver.flush()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved registration"),
            self.tr(
                "The registration being typed has not been saved. Keep it as a draft (it is offered again at the "
                "next sign-in and listed in Saved drafts), discard it, or go back to the form?"
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("unsavedInputBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        keep = box.addButton(self.tr("Keep as draft"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(cancel)
        box.buttonClicked.connect(lambda button: self._on_leave_answered(button is keep, button is discard))
        box.open()
        return box

    def _on_leave_answered(self, keep: bool, discard: bool) -> None:
        if discard:
            self.form.discard_unsaved_input()
        if keep or discard:
            self._leave_confirmed = True
            self.close()
        else:
            self.signing_out = False
            self.show_page(NEW)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leave_confirmed and not self.is_locked() and self.has_unsaved_input():
            event.ignore()
            self._ask_before_leaving()
            return
        self.idle.stop()
        super().closeEvent(event)
        self.sig_signed_out.emit()
