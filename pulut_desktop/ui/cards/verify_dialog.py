"""Periksa kartu: paste or scan a card's QR text and see at a glance whether the card is genuine.

A USB scanner in keyboard mode types the text and presses Enter, which checks it at once. The check
runs on the operation runner (it reads the known device keys from the store); the result shows as a
large coloured banner, the sentence from the message catalogue and, for a genuine card, its fields.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import messages
from ...cards import CardVerification, VerificationKind
from ...domain.reference import regions
from ...services.cards import verify_text
from ...storage.store import Store
from ..operations import OperationRunner

# (background, border, text): calm fills, strong text; readable in sunlight and in greyscale.
RESULT_COLOURS: dict[VerificationKind, tuple[str, str, str]] = {
    VerificationKind.VALID: ("#DCFCE7", "#16A34A", "#14532D"),
    VerificationKind.FORGED: ("#FEE2E2", "#DC2626", "#7F1D1D"),
    VerificationKind.UNKNOWN_DEVICE: ("#FEF3C7", "#D97706", "#78350F"),
    VerificationKind.EXPIRED: ("#FFEDD5", "#EA580C", "#7C2D12"),
    VerificationKind.MALFORMED: ("#E5E7EB", "#6B7280", "#1F2937"),
    VerificationKind.TRAINING: ("#FEF3C7", "#B45309", "#78350F"),
}
RESULT_SYMBOLS = {
    VerificationKind.VALID: "✔",
    VerificationKind.FORGED: "✖",
    VerificationKind.UNKNOWN_DEVICE: "?",
    VerificationKind.EXPIRED: "⌛",
    VerificationKind.MALFORMED: "!",
    VerificationKind.TRAINING: "L",
}
FIELD_KEYS = (
    "registration_number",
    "holder_name",
    "birth_date",
    "village",
    "coverage_end",
    "status",
    "kpj",
    "device_code",
    "issued_on",
)


def _date(day: date) -> str:
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


def field_values(result: CardVerification) -> dict[str, str]:
    """The decoded fields as display strings, keyed like ``cards.field.*`` (empty when not genuine)."""
    f = result.fields
    if f is None:
        return {}
    village = regions().get(f.village_code)
    return {
        "registration_number": f.registration_number,
        "holder_name": f.holder_name,
        "birth_date": _date(f.birth_date),
        "village": f"{village.name} ({f.village_code})" if village else f.village_code,
        "coverage_end": _date(f.coverage_end),
        "status": f.status.value,
        "kpj": f.kpj or "",
        "device_code": f.device_code,
        "issued_on": _date(f.issued_on),
    }


class VerifyCardDialog(QDialog):
    def __init__(
        self, store: Store, runner: OperationRunner, *, language: str = "id", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store, self._runner, self._language = store, runner, language
        self.result: CardVerification | None = None
        self.setObjectName("verifyCardDialog")
        self.setWindowTitle(self.tr("Verify a card"))
        self.setMinimumWidth(640)

        intro = QLabel(
            self.tr(
                "Scan the QR code on the front of the card with a scanner, or paste its text here, then "
                "press Enter. The check works offline with the device keys this laptop knows."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.text_edit = QLineEdit(self)
        self.text_edit.setObjectName("qrText")
        self.text_edit.setPlaceholderText(self.tr("PK1|PK-…  (scan or paste the QR text)"))
        self.text_edit.setClearButtonEnabled(True)
        self.text_edit.setMinimumHeight(34)
        self.check_button = QPushButton(self.tr("Check"), self)
        self.check_button.setProperty("primary", True)
        self.check_button.setDefault(True)
        self.check_button.setMinimumHeight(34)
        entry = QHBoxLayout()
        entry.addWidget(self.text_edit, 1)
        entry.addWidget(self.check_button)

        self.banner = QFrame(self)
        self.banner.setObjectName("verifyBanner")
        self.symbol_label = QLabel(self.banner)
        self.symbol_label.setObjectName("verifySymbol")
        self.symbol_label.setFixedWidth(64)
        self.symbol_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headline_label = QLabel(self.banner)
        self.headline_label.setObjectName("verifyHeadline")
        self.message_label = QLabel(self.banner)
        self.message_label.setObjectName("verifyMessage")
        self.message_label.setWordWrap(True)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.headline_label)
        words.addWidget(self.message_label)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(16, 14, 16, 14)
        banner_layout.addWidget(self.symbol_label)
        banner_layout.addLayout(words, 1)
        self.banner.hide()

        self.fields_box = QFrame(self)
        self.fields_box.setObjectName("verifyFields")
        self.fields_box.setStyleSheet("#verifyFields { border: 1px solid #E5E7EB; border-radius: 6px; }")
        self.fields = QFormLayout(self.fields_box)
        self.fields.setContentsMargins(16, 12, 16, 12)
        self.fields.setHorizontalSpacing(24)
        self.fields.setVerticalSpacing(8)
        self.field_labels: dict[str, QLabel] = {}
        for key in FIELD_KEYS:
            value = QLabel(self.fields_box)
            value.setObjectName(f"field_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setStyleSheet("font-weight: 600;")
            self.field_labels[key] = value
            self.fields.addRow(QLabel(messages.text(f"cards.field.{key}", language=language)), value)
        self.fields_box.hide()

        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(entry)
        layout.addWidget(self.banner)
        layout.addWidget(self.fields_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.text_edit.returnPressed.connect(self.check)
        self.check_button.clicked.connect(self.check)

    def check(self) -> None:
        text = self.text_edit.text()
        if not text.strip():
            self.text_edit.setFocus()
            return
        store = self._store
        self.check_button.setEnabled(False)
        self._runner.run(
            lambda _ctx: verify_text(store, text),
            on_success=self.show_result,
            on_failure=self._on_check_failed,
            on_done=lambda: self.check_button.setEnabled(True),
        )

    def show_result(self, result: CardVerification) -> None:
        self.result = result
        self.check_button.setEnabled(True)
        language = self._language
        background, border, ink = RESULT_COLOURS[result.kind]
        self.banner.setStyleSheet(
            f"#verifyBanner {{ background: {background}; border: 2px solid {border}; border-radius: 8px; }}"
            f"#verifyBanner QLabel {{ color: {ink}; background: transparent; }}"
            f"#verifyHeadline {{ font-size: 22pt; font-weight: 700; }}"
            f"#verifySymbol {{ font-size: 28pt; font-weight: 700; }}"
            "#verifyMessage { font-size: 11pt; }"
        )
        self.symbol_label.setText(RESULT_SYMBOLS[result.kind])
        self.headline_label.setText(messages.text(f"cards.verify.headline.{result.kind.value}", language=language))
        self.message_label.setText(messages.text(result.code, result.params, language))
        self.banner.show()
        values = field_values(result)
        for key, label in self.field_labels.items():
            value = values.get(key, "")
            if key == "status" and value:
                value = messages.text(f"cards.status.{value}", language=language)
            label.setText(value)
            self.fields.setRowVisible(label, bool(value))  # the KPJ row only for a TERDAFTAR BPJS card
        self.fields_box.setVisible(bool(values))
        self.text_edit.selectAll()  # the next scan replaces this one

    def _on_check_failed(self, error: BaseException) -> None:
        self.check_button.setEnabled(True)
        self._runner.report_error(error, self)
