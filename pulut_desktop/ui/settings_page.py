"""Pengaturan: the approval queue, the idle lock and the language. Only a supervisor may change them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import PulutError
from ..messages import error_text, text
from ..services.settings import load_settings, save_settings
from .rules_summary import rules_lines
from .store_page import StorePage
from .widgets import InlineMessage, card, heading


class SettingsPage(StorePage):
    sig_settings_saved = Signal(dict)
    """A supervisor saved the settings (approval_required, idle_lock_minutes, language)."""

    def _build(self) -> None:
        self._loaded: dict = {}
        self.setObjectName("settingsPage")
        panel, panel_layout = card("settingsCard")
        self.approval = QCheckBox(self.tr("A supervisor approves each registration before it is sent"))
        self.approval.setObjectName("settingApproval")
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("settingIdleMinutes")
        self.idle_minutes.setRange(1, 120)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.language = QComboBox()
        self.language.setObjectName("settingLanguage")
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setObjectName("saveSettings")
        self.save_button.setProperty("primary", True)
        self.message = InlineMessage()
        self.idle_minutes.setMinimumWidth(140)
        self.language.setMinimumWidth(240)
        panel.setMaximumWidth(820)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Approval queue"), self.approval)
        form.addRow(self.tr("Lock the screen after"), self.idle_minutes)
        form.addRow(self.tr("Language"), self.language)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        panel_layout.addLayout(form)
        panel_layout.addWidget(self.message)
        panel_layout.addLayout(buttons)

        self.supervisor_note = QLabel(self.tr("Only a supervisor can change these settings."))
        self.supervisor_note.setObjectName("muted")
        self.supervisor_note.setVisible(not self._store.officer.is_supervisor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Settings")))
        layout.addWidget(self.supervisor_note)
        layout.addWidget(panel)
        layout.addWidget(self._rules_card())
        layout.addStretch(1)
        for widget in (self.approval, self.idle_minutes, self.language, self.save_button):
            widget.setEnabled(self._store.officer.is_supervisor)
        self.save_button.clicked.connect(self._on_save_clicked)

    def _rules_card(self) -> QWidget:
        """Read only: the province decides the rules; the laptop shows which ones it checks under."""
        panel, panel_layout = card("rulesCard")
        panel.setMaximumWidth(820)
        panel_layout.addWidget(heading(text("settings.rules_title", None, self._language), level=2))
        self.rules_summary = QLabel()
        self.rules_summary.setObjectName("rulesSummary")
        self.rules_summary.setWordWrap(True)
        panel_layout.addWidget(self.rules_summary)
        return panel

    def refresh(self) -> None:
        store = self._store
        self._runner.run(lambda ctx: load_settings(store), on_success=self._on_settings_loaded, parent=self)

    def _on_settings_loaded(self, values: dict) -> None:
        self._loaded = values
        self.approval.setChecked(values["approval_required"])
        self.idle_minutes.setValue(max(1, round(float(values["idle_lock_minutes"]))))
        self.language.setCurrentIndex(max(0, self.language.findData(values["language"])))
        self.rules_summary.setText("\n".join(rules_lines(values["rules"], self._language)))

    def values(self) -> dict:
        minutes = self.idle_minutes.value()
        if self._loaded and round(float(self._loaded["idle_lock_minutes"])) == minutes:
            minutes = self._loaded["idle_lock_minutes"]  # keep a fractional value set from the CLI
        return {
            "approval_required": self.approval.isChecked(),
            "idle_lock_minutes": minutes,
            "language": self.language.currentData(),
        }

    def _on_save_clicked(self) -> None:
        store, old, new = self._store, dict(self._loaded), self.values()
        self.save_button.setEnabled(False)
        self._runner.run(
            lambda ctx: save_settings(store, old, new),
            on_success=self._on_settings_saved,
            on_failure=self._on_save_failed,
            on_done=lambda: self.save_button.setEnabled(True),
            parent=self,
        )

    def _on_settings_saved(self, values: dict) -> None:
        self.save_button.setEnabled(True)
        language_changed = values["language"] != self._loaded.get("language")
        self._loaded = values
        message = text("settings.saved", None, self._language)
        if language_changed:
            message += " " + text("settings.language_next_start", None, self._language)
        self.message.show_info(message)
        self.sig_settings_saved.emit(values)

    def _on_save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, PulutError):
            self.message.show_error(error_text(error, self._language))
        else:
            self._runner.report_error(error, self)
