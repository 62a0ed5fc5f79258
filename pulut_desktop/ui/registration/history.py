"""The side panel of the form: the record's history from the audit trail (who, when, what)."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...domain.status import Status
from ...storage.review import HistoryEntry
from ..registrations.labels import status_label

_CONTEXT = "HistoryPanel"
FIELD_LABELS = {
    "nik": QT_TRANSLATE_NOOP("HistoryPanel", "NIK"),
    "kk_number": QT_TRANSLATE_NOOP("HistoryPanel", "KK number"),
    "full_name": QT_TRANSLATE_NOOP("HistoryPanel", "full name"),
    "birth_place": QT_TRANSLATE_NOOP("HistoryPanel", "place of birth"),
    "birth_date": QT_TRANSLATE_NOOP("HistoryPanel", "date of birth"),
    "sex": QT_TRANSLATE_NOOP("HistoryPanel", "sex"),
    "mother_maiden_name": QT_TRANSLATE_NOOP("HistoryPanel", "mother's maiden name"),
    "address_line": QT_TRANSLATE_NOOP("HistoryPanel", "address"),
    "village_code": QT_TRANSLATE_NOOP("HistoryPanel", "village"),
    "phone": QT_TRANSLATE_NOOP("HistoryPanel", "phone"),
    "occupation_id": QT_TRANSLATE_NOOP("HistoryPanel", "occupation"),
    "occupation_note": QT_TRANSLATE_NOOP("HistoryPanel", "occupation (other)"),
    "has_disability": QT_TRANSLATE_NOOP("HistoryPanel", "disability"),
    "funding_source": QT_TRANSLATE_NOOP("HistoryPanel", "funding source"),
    "programmes": QT_TRANSLATE_NOOP("HistoryPanel", "programmes"),
    "coverage_start": QT_TRANSLATE_NOOP("HistoryPanel", "coverage start"),
    "coverage_months": QT_TRANSLATE_NOOP("HistoryPanel", "coverage length"),
    "heirs": QT_TRANSLATE_NOOP("HistoryPanel", "heirs"),
    "consent": QT_TRANSLATE_NOOP("HistoryPanel", "consent"),
    "drive_id": QT_TRANSLATE_NOOP("HistoryPanel", "drive"),
}


# The sentences of describe(), marked for lupdate (it cannot see through _tr).
_SENTENCES = (
    QT_TRANSLATE_NOOP("HistoryPanel", "Created as {status}"),
    QT_TRANSLATE_NOOP("HistoryPanel", "Imported from a list"),
    QT_TRANSLATE_NOOP("HistoryPanel", "Edited (version {version})"),
    QT_TRANSLATE_NOOP("HistoryPanel", "no field changed"),
    QT_TRANSLATE_NOOP("HistoryPanel", "Status {old} → {new}"),
    QT_TRANSLATE_NOOP("HistoryPanel", "Confirmed as a different person from a similar record"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _status(value: str | None) -> str:
    try:
        return status_label(Status(value)) if value else ""
    except ValueError:
        return value or ""


def describe(entry: HistoryEntry) -> str:
    """One event as a sentence for the panel."""
    details = entry.details
    if entry.action == "registration.created":
        return _tr("Created as {status}").format(status=_status(details.get("status")))
    if entry.action == "registration.imported":
        return _tr("Imported from a list")
    if entry.action == "registration.edited":
        changed = [_tr(FIELD_LABELS.get(name, name)) for name in details.get("changed", [])]
        text = _tr("Edited (version {version})").format(version=details.get("version", "?"))
        return text + (": " + ", ".join(changed) if changed else ": " + _tr("no field changed"))
    if entry.action == "registration.status":
        text = _tr("Status {old} → {new}").format(old=_status(details.get("from")), new=_status(details.get("to")))
        return text + (f" — {details['reason']}" if details.get("reason") else "")
    if entry.action == "registration.confirmed_different":
        return _tr("Confirmed as a different person from a similar record")
    return entry.action


class HistoryPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("History"), self)
        title.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.empty_label = QLabel(self.tr("A new registration has no history yet."), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #6B7280;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 1)
        layout.addStretch(0)
        self.set_entries([])

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.list.clear()
        for entry in reversed(entries):  # newest first
            when = entry.at.replace(tzinfo=UTC).astimezone().strftime("%d-%m-%Y %H:%M")
            item = QListWidgetItem(f"{when} · {entry.actor}\n{describe(entry)}")
            item.setData(Qt.ItemDataRole.UserRole, entry.action)
            self.list.addItem(item)
        self.empty_label.setVisible(not entries)
        self.list.setVisible(bool(entries))

    def actions(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
