"""The login window: username and password only. It lists no officers and reveals nothing before login."""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import PulutError
from ..messages import error_text, text
from ..storage.errors import LoginFailed, StoreCorrupt
from .operations import OperationRunner
from .widgets import InlineMessage, TrainingBanner, card, heading, password_field

if TYPE_CHECKING:
    from ..storage.backup import GoodBackup
    from ..storage.store import Store

log = logging.getLogger(__name__)


def login_failure_text(error: PulutError, language: str) -> str:
    """The catalogue's sentence, plus the attempts left when the store told us."""
    message = error_text(error, language)
    if isinstance(error, LoginFailed) and "remaining" in error.params:
        message += " " + text("login.remaining", error.params, language)
    return message


class LoginWindow(QWidget):
    """Opens the store with an officer's password on the runner (Argon2 takes a moment)."""

    sig_login_succeeded = Signal(object)
    """The officer signed in; carries the open :class:`Store`."""

    def __init__(
        self,
        data_root: Path,
        runner: OperationRunner,
        *,
        language: str,
        training: bool,
        username: str = "",
        restore_from: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._root, self._runner, self._language = Path(data_root), runner, language
        self._restore_from = restore_from  # set after damage was found: signing in restores this backup
        self.setObjectName("loginWindow")
        self.setWindowTitle(self.tr("Pulut Desktop — Sign in"))
        self.resize(1000, 640)

        self.training_banner = TrainingBanner()
        self.training_banner.setVisible(training)
        panel, panel_layout = card("loginCard")
        panel.setFixedWidth(440)
        title = heading(self.tr("Pulut Desktop"))
        subtitle = QLabel(self.tr("Pulut Ketan registration — BPJS Ketenagakerjaan JKK and JKM"))
        subtitle.setObjectName("muted")
        subtitle.setWordWrap(True)
        self.username = QLineEdit(username)
        self.username.setObjectName("loginUsername")
        self.username.setMaxLength(40)
        self.password = password_field("loginPassword")
        self.message = InlineMessage()
        self.sign_in = QPushButton(self.tr("Sign in"))
        self.sign_in.setObjectName("loginButton")
        self.sign_in.setProperty("primary", True)
        self.sign_in.setDefault(True)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(8)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        panel_layout.addWidget(title)
        panel_layout.addWidget(subtitle)
        panel_layout.addSpacing(8)
        panel_layout.addLayout(form)
        panel_layout.addWidget(self.message)
        panel_layout.addWidget(self.sign_in)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.training_banner)
        layout.addStretch(1)
        centred = QHBoxLayout()  # stretches, not an alignment flag: the wrapped text then gets its height
        centred.addStretch(1)
        centred.addWidget(panel)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)

        self._help_shortcut = QShortcut(QKeySequence("F1"), self, self._on_help_shortcut_activated)
        self.sign_in.clicked.connect(self._on_sign_in_clicked)
        self.username.returnPressed.connect(self._on_sign_in_clicked)
        self.password.returnPressed.connect(self._on_sign_in_clicked)
        (self.password if username else self.username).setFocus()
        if restore_from is not None:
            self.message.show_error(text("store.restore_sign_in", {"file": restore_from.name}, language))

    def _on_help_shortcut_activated(self) -> None:
        from .help import open_help  # the handbook viewer loads when asked for, not with the first window

        open_help(self, "login")

    def _on_sign_in_clicked(self) -> None:
        if not self.sign_in.isEnabled():
            return
        username, password = self.username.text().strip(), self.password.text()
        if not username:
            self.message.show_error(text("login.username_required", None, self._language))
            self.username.setFocus()
            return
        if not password:
            self.message.show_error(text("login.password_required", None, self._language))
            self.password.setFocus()
            return
        self.message.clear_message()
        if self._restore_from is not None:
            self._restore(username, password, self._restore_from)
            return
        self._set_busy(True)
        root = self._root

        def sign_in(_ctx) -> Store:
            from ..services.setup import log_in  # SQLAlchemy loads while Argon2 runs, not at start-up

            return log_in(root, username, password)

        self._runner.run(
            sign_in,
            on_success=self._on_store_opened,
            on_failure=partial(self._on_login_failed, username, password),
            on_done=lambda: self._set_busy(False),
            parent=self,
        )

    def _on_store_opened(self, store: Store) -> None:
        self._set_busy(False)
        self.password.clear()
        log.info("officer signed in (role=%s)", store.officer.role.value)
        self.sig_login_succeeded.emit(store)

    def _on_login_failed(self, username: str, password: str, error: BaseException) -> None:
        self._set_busy(False)
        self.password.clear()
        self.password.setFocus()
        if isinstance(error, StoreCorrupt):
            self.message.show_error(error_text(error, self._language))
            root = self._root

            def good_backup(_ctx):
                from ..services.setup import find_good_backup  # like log_in: loaded off the GUI thread

                return find_good_backup(root, username, password)

            self._runner.run(good_backup, on_success=partial(self._offer_restore, username, password), parent=self)
            return
        if isinstance(error, PulutError):
            self.message.show_error(login_failure_text(error, self._language))
        else:
            self._runner.report_error(error, self)

    def _offer_restore(self, username: str, password: str, good: GoodBackup | None) -> None:
        """A damaged store: offer the newest backup that verifies (the damaged files are kept)."""
        if good is None:
            self.message.show_error(text("store.no_good_backup", None, self._language))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup?"),
            self.tr(
                "The data on this laptop is damaged. Restore the latest backup (%1)? The damaged files are kept."
            ).replace("%1", good.path.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._restore(username, password, good.path)

    def _restore(self, username: str, password: str, backup: Path) -> None:
        self._set_busy(True)
        root = self._root

        def restore(_ctx) -> Store:
            from ..services.setup import restore_and_log_in

            return restore_and_log_in(root, backup, username, password)

        self._runner.run(
            restore,
            on_success=self._on_restored,
            on_failure=partial(self._on_login_failed, username, password),
            on_done=lambda: self._set_busy(False),
            parent=self,
        )

    def _on_restored(self, store: Store) -> None:
        self._restore_from = None
        self._on_store_opened(store)

    def _set_busy(self, busy: bool) -> None:
        self.sign_in.setEnabled(not busy)
        self.sign_in.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))
