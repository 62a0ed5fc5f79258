"""The one question before approving records that carry warnings, near matches or a "different person"
override: it names each such worker and what to weigh, and approves only on "Approve anyway"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ...services.approvals import ApprovalNotes
from .notes import notes_lines

_MAX_NAMED = 8  # more than this and the box would leave a 768 px screen


def _question(notes: list[ApprovalNotes], total: int) -> str:
    if total == 1 and len(notes) == 1:
        text = QCoreApplication.translate("ApproveQuestion", "Approve %1 although the record has these notes?")
        return text.replace("%1", notes[0].full_name)
    return QCoreApplication.translate(
        "ApproveQuestion", "Approve %n registration(s)? These workers have notes to weigh:", "", total
    )


def ask_before_approving(
    parent: QWidget, notes: list[ApprovalNotes], total: int, language: str, on_approve: Callable[[], None]
) -> QMessageBox:
    """Window-modal, answered through a signal (nothing waits on it). ``notes`` are the records that need
    weighing, ``total`` how many are being approved."""
    blocks = []
    for item in notes[:_MAX_NAMED]:
        lines = "".join(f"\n  • {line}" for line in notes_lines(item, language))
        blocks.append(f"{item.full_name}:{lines}")
    if len(notes) > _MAX_NAMED:
        rest = len(notes) - _MAX_NAMED
        more = QCoreApplication.translate("ApproveQuestion", "and %n more.", "", rest)
        blocks.append(more)
    title = QCoreApplication.translate("ApproveQuestion", "Approve despite notes?")
    box = QMessageBox(QMessageBox.Icon.Warning, title, _question(notes, total), QMessageBox.StandardButton.NoButton,
                      parent)  # fmt: skip
    box.setObjectName("approveQuestion")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText("\n\n".join(blocks))  # plain text, like the question: names are data
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    approve_text = QCoreApplication.translate("ApproveQuestion", "&Approve anyway")
    approve = box.addButton(approve_text, QMessageBox.ButtonRole.AcceptRole)
    approve.setObjectName("approveAnywayButton")
    cancel = box.addButton(QCoreApplication.translate("ApproveQuestion", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)  # a quick Enter out of habit does not approve
    box.setEscapeButton(cancel)
    box.buttonClicked.connect(lambda button: on_approve() if button is approve else None)
    box.open()
    return box
