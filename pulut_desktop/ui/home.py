"""Beranda: today's work and what waits for approval, printing and sending, refreshed on the runner."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain.status import Status
from ..services.dashboard import count_after_registration, count_registrations
from ..storage.dashboard import DashboardCounts
from ..storage.store import Store
from .after_card import AfterRegistrationCard
from .fieldops.dashboard import FieldDashboard
from .operations import OperationRunner
from .widgets import card, heading

STATUS_LABELS: dict[Status, str] = {
    Status.DRAFT: QT_TRANSLATE_NOOP("Status", "Draft"),
    Status.READY: QT_TRANSLATE_NOOP("Status", "Waiting for approval"),
    Status.APPROVED: QT_TRANSLATE_NOOP("Status", "Approved"),
    Status.NEEDS_FIX: QT_TRANSLATE_NOOP("Status", "Needs a fix"),
    Status.SENT: QT_TRANSLATE_NOOP("Status", "Sent"),
    Status.ACCEPTED: QT_TRANSLATE_NOOP("Status", "Accepted by the province"),
    Status.DUPLICATE: QT_TRANSLATE_NOOP("Status", "Duplicate at the province"),
    Status.REJECTED: QT_TRANSLATE_NOOP("Status", "Rejected"),
}


def status_label(status: Status) -> str:
    return QCoreApplication.translate("Status", STATUS_LABELS[status])


class _Tile(QWidget):
    """One big number with its caption."""

    def __init__(self, object_name: str, caption: str) -> None:
        super().__init__()
        frame, layout = card(object_name)
        frame.setProperty("tile", True)
        self.number = QLabel("–")
        self.number.setObjectName("tileNumber")
        self.caption = QLabel(caption)
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

    def set_value(self, value: int) -> None:
        self.number.setText(f"{value:,}".replace(",", "."))


class HomePage(QWidget):
    sig_counts_loaded = Signal(object)
    """Fresh :class:`DashboardCounts` arrived from the store."""
    sig_drafts_requested = Signal()
    """The officer asked for "Draf tersimpan" (the main window opens it over the form)."""

    def __init__(self, store: Store, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._runner = store, runner
        self.setObjectName("homePage")
        officer = store.officer
        title = heading(self.tr("Good day, %1").replace("%1", officer.full_name))
        self.refresh_button = QPushButton(self.tr("Refresh (F5)"))
        self.refresh_button.setObjectName("homeRefresh")
        self.drafts_button = QPushButton(self.tr("Saved drafts"))
        self.drafts_button.setObjectName("homeDrafts")
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.drafts_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)

        self.today = _Tile("tileToday", self.tr("Registered today"))
        self.to_approve = _Tile("tileToApprove", self.tr("Waiting for approval"))
        self.to_print = _Tile("tileToPrint", self.tr("Cards to print"))
        self.to_send = _Tile("tileToSend", self.tr("Ready to send"))
        tiles = QHBoxLayout()
        tiles.setSpacing(16)
        for tile in (self.today, self.to_approve, self.to_print, self.to_send):
            tiles.addWidget(tile, 1)

        statuses, statuses_layout = card("statusCard")
        statuses_layout.addWidget(heading(self.tr("All registrations on this laptop"), 2))
        grid = QGridLayout()
        grid.setHorizontalSpacing(48)
        grid.setVerticalSpacing(6)
        self.status_counts: dict[Status, QLabel] = {}
        for index, status in enumerate(Status):
            name = QLabel(status_label(status))
            count = QLabel("–")
            count.setObjectName(f"statusCount_{status.value}")
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row, column = index % 4, (index // 4) * 2
            grid.addWidget(name, row, column)
            grid.addWidget(count, row, column + 1)
            self.status_counts[status] = count
        self.total = QLabel()
        self.total.setObjectName("muted")
        statuses_layout.addLayout(grid)
        statuses_layout.addWidget(self.total)
        self.after = AfterRegistrationCard(self)

        # The dashboard is taller than a 125%-scaled 1366×768 screen: the page scrolls vertically.
        content = QWidget()
        content.setObjectName("homeContent")
        scroll = QScrollArea(self)
        scroll.setObjectName("homeScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(20)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addWidget(statuses)
        layout.addWidget(self.after)
        self.field_dashboard = FieldDashboard(store, runner)  # charts, quotas, queues (ui/fieldops)
        layout.addWidget(self.field_dashboard, 1)
        self.refresh_button.clicked.connect(self.refresh)
        self.drafts_button.clicked.connect(self.sig_drafts_requested)

    def refresh(self) -> None:
        store = self._store
        self.refresh_button.setEnabled(False)
        self.field_dashboard.refresh()
        self._runner.run(lambda ctx: count_after_registration(store), on_success=self.after.show_counts,
                         on_failure=self._on_counts_failed, parent=self)  # fmt: skip
        self._runner.run(
            lambda ctx: count_registrations(store),
            on_success=self._on_counts_loaded,
            on_failure=self._on_counts_failed,
            on_done=lambda: self.refresh_button.setEnabled(True),
            parent=self,
        )

    def _on_counts_loaded(self, counts: DashboardCounts) -> None:
        self.refresh_button.setEnabled(True)
        self.today.set_value(counts.today)
        self.to_approve.set_value(counts.to_approve)
        self.to_print.set_value(counts.to_print)
        self.to_send.set_value(counts.to_send)
        for status, label in self.status_counts.items():
            label.setText(str(counts.by_status.get(status, 0)))
        self.total.setText(self.tr("Total: %1 registrations").replace("%1", str(counts.total)))
        self.sig_counts_loaded.emit(counts)

    def _on_counts_failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self._runner.report_error(error, self)
