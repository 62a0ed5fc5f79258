"""A red bar that says which guard rail stops new registrations, and what to do about it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ...fieldops.guards import GuardViolation
from ...messages import text
from ...services.dashboard import list_guard_violations
from ...storage.store import Store
from ..operations import OperationRunner

STYLE = """
QFrame#guardRailBanner { background: #fdecea; border: 2px solid #c0392b; border-radius: 6px; }
QFrame#guardRailBanner QLabel { color: #7b1a10; }
QLabel#guardRailTitle { font-weight: bold; font-size: 11pt; }
"""


class GuardRailBanner(QFrame):
    """Hidden while every limit holds. ``refresh()`` checks the store on the runner."""

    sig_violations_changed = Signal(list)
    """The guard rails were checked: the list of :class:`GuardViolation` (empty when all is well)."""

    def __init__(self, store: Store, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._runner, self._language = store, runner, "id"
        self.violations: list[GuardViolation] = []
        self.setObjectName("guardRailBanner")
        self.setStyleSheet(STYLE)
        self.title = QLabel()
        self.title.setObjectName("guardRailTitle")
        self.details = QLabel()
        self.details.setObjectName("guardRailDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        self.hide()

    def set_language(self, language: str) -> None:
        self._language = language
        self.show_violations(self.violations)

    def refresh(self) -> None:
        store = self._store
        self._runner.run(lambda _ctx: list_guard_violations(store), on_success=self.show_violations, parent=self)

    def show_violations(self, violations: list[GuardViolation]) -> None:
        self.violations = list(violations)
        blocking = any(v.blocking for v in violations)
        self.title.setText(
            self.tr("New registrations are stopped on this laptop")
            if blocking
            else self.tr("Attention: a limit of this laptop is near")
        )
        self.details.setText("\n".join("• " + text(v.code, v.params, self._language) for v in violations))
        self.setVisible(bool(violations))
        self.sig_violations_changed.emit(self.violations)
