"""The pages of the first-run wizard. Each sets its texts in ``retranslate`` so a language pick applies."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ..domain.errors import PulutError
from ..domain.reference import Region
from ..messages import error_text, text
from ..storage.keyring import MIN_PASSWORD_LENGTH, USERNAME
from .widgets import InlineMessage, password_field

Language = Callable[[], str]


def _label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


def _form_page(page: QWizardPage, intro: QLabel, rows: list[tuple], below: list[QWidget]) -> None:
    """A wizard page's layout: the intro, a form of ``(label, field or layout)`` rows, then ``below``."""
    form = QFormLayout()
    for label, field in rows:
        form.addRow(label, field)
    layout = QVBoxLayout(page)
    layout.addWidget(intro)
    layout.addLayout(form)
    for widget in below:
        layout.addWidget(widget)
    layout.addStretch(1)


class LanguagePage(QWizardPage):
    sig_language_chosen = Signal(str)
    """The officer picked "id" or "en"."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.setObjectName("wizardLanguagePage")
        self.intro = _label()
        # Language names stay in their own language, whatever the current one.
        self.indonesian = QRadioButton("Bahasa Indonesia")
        self.indonesian.setObjectName("languageIndonesian")
        self.english = QRadioButton("English")
        self.english.setObjectName("languageEnglish")
        (self.english if language == "en" else self.indonesian).setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(self.indonesian)
        layout.addWidget(self.english)
        layout.addStretch(1)
        self.indonesian.toggled.connect(self._on_choice_toggled)

    def language(self) -> str:
        return "en" if self.english.isChecked() else "id"

    def _on_choice_toggled(self, _checked: bool) -> None:
        self.sig_language_chosen.emit(self.language())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Pulut Desktop"))
        self.setSubTitle(self.tr("Choose the language of the application."))
        self.intro.setText(
            self.tr(
                "This laptop has no Pulut data yet. In four short steps you create the first supervisor "
                "account and tell the application where this laptop works. You can change the language "
                "later in the settings."
            )
        )


class AccountPage(QWizardPage):
    def __init__(self, language: Language) -> None:
        super().__init__()
        self._language = language
        self.setObjectName("wizardAccountPage")
        self.intro = _label()
        self.username = QLineEdit()
        self.username.setObjectName("wizardUsername")
        self.username.setMaxLength(40)
        self.full_name = QLineEdit()
        self.full_name.setObjectName("wizardFullName")
        self.full_name.setMaxLength(100)
        self.password = password_field("wizardPassword")
        self.repeat = password_field("wizardPasswordRepeat")
        self.labels = [QLabel() for _ in range(4)]
        self.message = InlineMessage()
        fields = (self.username, self.full_name, self.password, self.repeat)
        _form_page(self, self.intro, list(zip(self.labels, fields, strict=True)), [self.message])

    def retranslate(self) -> None:
        self.setTitle(self.tr("First supervisor"))
        self.setSubTitle(self.tr("The supervisor adds the other officers and approves registrations."))
        self.intro.setText(
            self.tr(
                "Passwords need at least %1 characters. Keep this password safe: "
                "without a password nobody can open the data."
            ).replace("%1", str(MIN_PASSWORD_LENGTH))
        )
        for label, caption in zip(
            self.labels,
            (self.tr("Username"), self.tr("Full name"), self.tr("Password"), self.tr("Repeat password")),
            strict=True,
        ):
            label.setText(caption)
        self.username.setPlaceholderText(self.tr("e.g. rina.s"))

    def values(self) -> dict[str, str]:
        return {
            "username": self.username.text().strip().lower(),
            "full_name": self.full_name.text().strip(),
            "password": self.password.text(),
        }

    def validatePage(self) -> bool:
        values, language = self.values(), self._language()
        problem = None
        if not USERNAME.match(values["username"]):
            problem, focus = text("officer.username_invalid", None, language), self.username
        elif not values["full_name"]:
            problem, focus = text("name.required", None, language), self.full_name
        elif len(values["password"]) < MIN_PASSWORD_LENGTH:
            problem = text("password.too_short", {"minimum": MIN_PASSWORD_LENGTH}, language)
            focus = self.password
        elif self.repeat.text() != values["password"]:
            problem, focus = text("password.mismatch", None, language), self.repeat
        if problem:
            self.message.show_error(problem)
            focus.setFocus()
            return False
        self.message.clear_message()
        return True


class DevicePage(QWizardPage):
    def __init__(self, language: Language, device_name: str, regencies: list[Region]) -> None:
        super().__init__()
        self._language = language
        self.setObjectName("wizardDevicePage")
        self.intro = _label()
        self.device_name = QLineEdit(device_name)
        self.device_name.setObjectName("wizardDeviceName")
        self.device_name.setMaxLength(60)
        self.regency = QComboBox()
        self.regency.setObjectName("wizardRegency")
        for region in regencies:
            self.regency.addItem(region.name, region.code)
        self.labels = [QLabel(), QLabel()]
        self.message = InlineMessage()
        _form_page(
            self, self.intro, [(self.labels[0], self.device_name), (self.labels[1], self.regency)], [self.message]
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("This laptop"))
        self.setSubTitle(self.tr("Registrations made here carry the device name and its regency."))
        self.intro.setText(
            self.tr(
                "Give the laptop a name people recognise, for example the office "
                "and a number, and choose the regency or city it is assigned to."
            )
        )
        self.labels[0].setText(self.tr("Device name"))
        self.labels[1].setText(self.tr("Assigned regency/city"))

    def values(self) -> dict[str, str]:
        return {"device_name": self.device_name.text().strip(), "regency_code": self.regency.currentData()}

    def validatePage(self) -> bool:
        if not self.values()["device_name"]:
            self.message.show_error(text("device.name_required", None, self._language()))
            self.device_name.setFocus()
            return False
        self.message.clear_message()
        return True


class DataPage(QWizardPage):
    def __init__(self, language: Language, default_root: Path, create: Callable[[], None]) -> None:
        super().__init__()
        self._language, self._create, self._busy = language, create, False
        self.setObjectName("wizardDataPage")
        self.setCommitPage(False)
        self.intro = _label()
        self.folder = QLineEdit(str(default_root))
        self.folder.setObjectName("wizardDataFolder")
        self.choose = QPushButton()
        self.choose.setObjectName("wizardChooseFolder")
        self.training = QCheckBox()
        self.training.setObjectName("wizardTraining")
        self.folder_label = QLabel()
        self.message = InlineMessage()
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        _form_page(self, self.intro, [(self.folder_label, row)], [self.training, self.message])
        self.choose.clicked.connect(self._on_choose_clicked)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where the data lives"))
        self.setSubTitle(self.tr("Everything is stored encrypted on this laptop."))
        self.intro.setText(
            self.tr(
                "The suggested folder is usually right. Choose another one only if "
                "your supervisor asked for it, for example a second internal disk."
            )
        )
        self.folder_label.setText(self.tr("Data folder"))
        self.choose.setText(self.tr("Choose…"))
        self.training.setText(self.tr("Training laptop (sample data only, shows an orange banner)"))

    def values(self) -> dict:
        return {"root": Path(self.folder.text().strip()).expanduser(), "training": self.training.isChecked()}

    def _on_choose_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the data folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def validatePage(self) -> bool:
        if self._busy:
            return False
        if not self.folder.text().strip():
            self.message.show_error(text("data_dir.required", None, self._language()))
            return False
        self.message.show_info(self.tr("Creating the encrypted data store…"))
        self._create()  # the wizard finishes itself when the store exists
        return False

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.folder, self.choose, self.training):
            widget.setEnabled(not busy)

    def show_failure(self, error: BaseException) -> bool:
        """Show an expected failure on the page; False leaves it to the error handler."""
        if not isinstance(error, PulutError):
            self.message.clear_message()
            return False
        self.message.show_error(error_text(error, self._language()))
        return True
