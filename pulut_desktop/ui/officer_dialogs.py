"""Dialogs of the officers screen: add an officer, set a new password. Work runs on the runner."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import PulutError
from ..messages import error_text, text
from ..services.officers import add_officer, reset_password
from ..storage.accounts import USERNAME
from ..storage.keyring import MIN_PASSWORD_LENGTH
from ..storage.store import Role, Store
from .operations import OperationRunner
from .widgets import InlineMessage, password_field


class _StoreDialog(QDialog):
    """A form whose OK runs one store call on the runner and shows expected errors inline."""

    def __init__(self, store: Store, runner: OperationRunner, language: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._store, self._runner, self._language = store, runner, language
        self.form = QFormLayout()
        self.message = InlineMessage()
        self.buttons = QDialogButtonBox()
        self.ok_button = QPushButton()
        self.ok_button.setProperty("primary", True)
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _focus_order(self, *fields: QWidget) -> None:
        """The dialog opens on its first field and Tab walks the fields, then OK, then Cancel (the buttons
        were made first, so Qt's order would start on them)."""
        chain = [*fields, self.ok_button, self.cancel_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        fields[0].setFocus()

    def _password_problem(self, password: str, repeat: str) -> str | None:
        if len(password) < MIN_PASSWORD_LENGTH:
            return text("password.too_short", {"minimum": MIN_PASSWORD_LENGTH}, self._language)
        if password != repeat:
            return text("password.mismatch", None, self._language)
        return None

    def _problem(self) -> str | None:
        raise NotImplementedError

    def _work(self) -> Callable[[Any], Any]:
        raise NotImplementedError

    def _on_buttons_accepted(self) -> None:
        problem = self._problem()
        if problem:
            self.message.show_error(problem)
            return
        self.message.clear_message()
        self.ok_button.setEnabled(False)
        self._runner.run(
            self._work(),
            on_success=self._on_work_done,
            on_failure=self._on_work_failed,
            on_done=lambda: self.ok_button.setEnabled(True),
            parent=self,
        )

    def _on_work_done(self, _result: object) -> None:
        self.ok_button.setEnabled(True)
        self.accept()

    def _on_work_failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(error, PulutError):
            self.message.show_error(error_text(error, self._language))
        else:
            self._runner.report_error(error, self)


class AddOfficerDialog(_StoreDialog):
    def __init__(self, store: Store, runner: OperationRunner, language: str, parent: QWidget | None = None) -> None:
        super().__init__(store, runner, language, parent)
        self.setObjectName("addOfficerDialog")
        self.setWindowTitle(self.tr("Add officer"))
        self.username = QLineEdit()
        self.username.setObjectName("newOfficerUsername")
        self.username.setMaxLength(40)
        self.username.setPlaceholderText(self.tr("e.g. rina.s"))
        self.full_name = QLineEdit()
        self.full_name.setObjectName("newOfficerFullName")
        self.full_name.setMaxLength(100)
        self.role = QComboBox()
        self.role.setObjectName("newOfficerRole")
        self.role.addItem(self.tr("Officer"), Role.OFFICER)
        self.role.addItem(self.tr("Supervisor"), Role.SUPERVISOR)
        self.password = password_field("newOfficerPassword")
        self.repeat = password_field("newOfficerPasswordRepeat")
        self.form.addRow(self.tr("Username"), self.username)
        self.form.addRow(self.tr("Full name"), self.full_name)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("Password"), self.password)
        self.form.addRow(self.tr("Repeat password"), self.repeat)
        self.ok_button.setText(self.tr("Add officer"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._focus_order(self.username, self.full_name, self.role, self.password, self.repeat)

    def added_username(self) -> str:
        return self.username.text().strip().lower()

    def _problem(self) -> str | None:
        if not USERNAME.match(self.added_username()):
            return text("officer.username_invalid", None, self._language)
        if not self.full_name.text().strip():
            return text("name.required", None, self._language)
        return self._password_problem(self.password.text(), self.repeat.text())

    def _work(self) -> Callable[[Any], Any]:
        store, username, name = self._store, self.added_username(), self.full_name.text()
        password, role = self.password.text(), Role(self.role.currentData())
        return lambda ctx: add_officer(store, username, name, password, role)


class ResetPasswordDialog(_StoreDialog):
    def __init__(
        self,
        store: Store,
        runner: OperationRunner,
        language: str,
        username: str,
        full_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, runner, language, parent)
        self._username = username
        self.setObjectName("resetPasswordDialog")
        self.setWindowTitle(self.tr("Set a new password"))
        who = QLabel(
            self.tr("New password for %1 (%2). Tell the officer in person; it is not shown again.")
            .replace("%1", full_name)
            .replace("%2", username)
        )
        who.setWordWrap(True)
        self.form.addRow(who)
        self.password = password_field("resetPassword")
        self.repeat = password_field("resetPasswordRepeat")
        self.form.addRow(self.tr("New password"), self.password)
        self.form.addRow(self.tr("Repeat password"), self.repeat)
        self.ok_button.setText(self.tr("Set password"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._focus_order(self.password, self.repeat)

    def _problem(self) -> str | None:
        return self._password_problem(self.password.text(), self.repeat.text())

    def _work(self) -> Callable[[Any], Any]:
        store, username, password = self._store, self._username, self.password.text()
        return lambda ctx: reset_password(store, username, password)
