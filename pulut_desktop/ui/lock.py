"""The lock screen shown over the main window after idle time.

It replaces the main window's content in a stack, so every page underneath keeps its widgets and any
unsaved input; nothing is destroyed. Unlocking needs the password of the signed-in officer, or of a
supervisor. Wrong passwords count towards the same lockout as the login screen.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..domain.errors import PulutError
from ..messages import text
from ..services.officers import check_unlock
from ..storage.store import Store
from .login import login_failure_text
from .operations import OperationRunner
from .widgets import InlineMessage, card, heading, password_field


class LockScreen(QWidget):
    sig_unlocked = Signal()
    """The right password was given; the main window shows its pages again."""

    def __init__(self, store: Store, runner: OperationRunner, *, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._runner, self._language = store, runner, language
        self.setObjectName("lockScreen")
        panel, panel_layout = card("lockCard")
        panel.setFixedWidth(440)
        officer = store.officer
        title = heading(self.tr("Locked"))
        explanation = QLabel(
            self.tr(
                "The screen was locked because nobody used it for a while. Your unsaved work is kept. "
                "Enter the password of %1, or of a supervisor, to continue."
            ).replace("%1", officer.full_name)
        )
        explanation.setWordWrap(True)
        self.username = QLineEdit(officer.username)
        self.username.setObjectName("lockUsername")
        self.password = password_field("lockPassword")
        self.message = InlineMessage()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setProperty("primary", True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(8)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        panel_layout.addWidget(title)
        panel_layout.addWidget(explanation)
        panel_layout.addLayout(form)
        panel_layout.addWidget(self.message)
        panel_layout.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        centred = QHBoxLayout()  # stretches, not an alignment flag: the wrapped text then gets its height
        centred.addStretch(1)
        centred.addWidget(panel)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.password.returnPressed.connect(self._on_unlock_clicked)

    def prepare(self) -> None:
        """Called each time the lock is shown: a fresh, empty password field with the focus."""
        self.username.setText(self._store.officer.username)
        self.password.clear()
        self.message.clear_message()
        self.unlock_button.setEnabled(True)
        self.password.setFocus()

    def _on_unlock_clicked(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        username, password = self.username.text(), self.password.text()
        if not password:
            self.message.show_error(text("login.password_required", None, self._language))
            return
        self.unlock_button.setEnabled(False)
        store = self._store
        self._runner.run(
            lambda ctx: check_unlock(store, username, password),
            on_success=self._on_unlock_checked,
            on_failure=self._on_unlock_failed,
            on_done=lambda: self.unlock_button.setEnabled(True),
            parent=self,
        )

    def _on_unlock_checked(self, _result: object) -> None:
        self.unlock_button.setEnabled(True)
        self.password.clear()
        self.sig_unlocked.emit()

    def _on_unlock_failed(self, error: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        if isinstance(error, PulutError):
            self.message.show_error(login_failure_text(error, self._language))
        else:
            self._runner.report_error(error, self)
