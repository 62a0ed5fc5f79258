"""The message shown when the after-login check finds the store damaged, with the backup to restore."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from ..messages import text

if TYPE_CHECKING:
    from ..storage.maintenance import MaintenanceResult


def damage_offer(parent: QWidget, result: MaintenanceResult, language: str) -> tuple[QMessageBox, QPushButton | None]:
    """Window-modal, not blocking: says writing has stopped and offers the newest backup that verifies.
    Returns the box and its restore button (None when no backup verifies)."""
    box = QMessageBox(parent)
    box.setObjectName("damageOffer")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("Pulut Desktop")
    box.setText(text("store.damaged", {"detail": result.damage}, language))
    if result.offer is not None:
        offer = {"file": result.offer.path.name, "count": result.offer.registrations}
        box.setInformativeText(text("store.damaged_offer", offer, language))
        restore = box.addButton(text("store.restore_button", None, language), QMessageBox.ButtonRole.AcceptRole)
        restore.setObjectName("damageRestoreButton")
        box.addButton(text("store.later_button", None, language), QMessageBox.ButtonRole.RejectRole)
        return box, restore
    box.setInformativeText(text("store.no_good_backup", None, language))
    box.addButton(QMessageBox.StandardButton.Ok)
    return box, None
