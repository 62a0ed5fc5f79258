"""The field dashboard on the home screen: registrations per day, village and occupation, counts against
each funding source's quota, and what waits to be approved, printed, sent or fixed.

``home.py`` embeds :class:`FieldDashboard` and calls ``refresh()`` with its own refresh."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...fieldops.dashboard_data import DashboardData
from ...services.dashboard import load_field_dashboard
from ...storage.store import Store
from ..operations import OperationRunner
from ..widgets import card, heading
from .charts import BarChart, QuotaBar

FUNDING_LABELS = {
    "APBD": QT_TRANSLATE_NOOP("FieldDashboard", "Provincial budget (APBD)"),
    "DBH_SAWIT": QT_TRANSLATE_NOOP("FieldDashboard", "Palm-oil revenue share (DBH Sawit)"),
}


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class FieldDashboard(QWidget):
    sig_data_loaded = Signal(object)
    """Fresh :class:`DashboardData` arrived and is shown."""

    def __init__(self, store: Store, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._runner = store, runner
        self.setObjectName("fieldDashboard")
        self.data: DashboardData | None = None

        self.per_day = BarChart(label_every=7)
        self.per_village = BarChart(horizontal=True)
        self.per_occupation = BarChart(horizontal=True)
        for chart in (self.per_day, self.per_village, self.per_occupation):
            chart.set_empty_text(self.tr("No registrations yet"))
        self.per_day.setObjectName("chartPerDay")
        self.per_village.setObjectName("chartPerVillage")
        self.per_occupation.setObjectName("chartPerOccupation")

        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self._chart_card(self.tr("Registrations per day (last 30 days)"), self.per_day), 3)
        row.addWidget(self._chart_card(self.tr("Top 10 villages"), self.per_village), 2)
        row.addWidget(self._chart_card(self.tr("Top 10 occupations"), self.per_occupation), 2)
        row.addWidget(self._side_card(), 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)

    def _chart_card(self, title: str, chart: QWidget) -> QWidget:
        frame, layout = card("chartCard")
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        layout.addWidget(heading(title, 2))
        layout.addWidget(chart, 1)
        return frame

    def _side_card(self) -> QWidget:
        frame, layout = card("quotaCard")
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        layout.addWidget(heading(self.tr("Against the quota"), 2))
        self.quota_rows: dict[str, tuple[QLabel, QuotaBar]] = {}
        for source, label in FUNDING_LABELS.items():
            name = QLabel(QCoreApplication.translate("FieldDashboard", label))
            name.setObjectName("muted")
            value = QLabel("–")
            value.setObjectName(f"quotaValue_{source}")
            line = QHBoxLayout()
            line.addWidget(name, 1)
            line.addWidget(value, 0, Qt.AlignmentFlag.AlignRight)
            bar = QuotaBar()
            layout.addLayout(line)
            layout.addWidget(bar)
            self.quota_rows[source] = (value, bar)
        self.quota_note = QLabel()
        self.quota_note.setObjectName("quotaNote")
        self.quota_note.setWordWrap(True)
        self.quota_note.setStyleSheet("color: #9a3412;")
        layout.addWidget(self.quota_note)
        layout.addWidget(heading(self.tr("Waiting"), 2))
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        self.queue_labels: dict[str, QLabel] = {}
        for index, (key, caption) in enumerate(
            (
                ("approve", self.tr("to approve")),
                ("print", self.tr("cards to print")),
                ("send", self.tr("to send")),
                ("fix", self.tr("to fix")),
            )
        ):
            number = QLabel("–")
            number.setObjectName(f"queue_{key}")
            number.setStyleSheet("font-weight: bold; color: #0b6e4f;")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(number, index, 0)
            grid.addWidget(QLabel(caption), index, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        for key in ("approve", "print", "send", "fix"):
            self.queue_labels[key] = frame.findChild(QLabel, f"queue_{key}")
        return frame

    def refresh(self) -> None:
        store = self._store
        self._runner.run(lambda _ctx: load_field_dashboard(store), on_success=self.show_data, parent=self)

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        self.per_day.set_data([(day.strftime("%d/%m"), n) for day, n in data.per_day])
        self.per_village.set_data([(v.label, v.count) for v in data.per_village])
        self.per_occupation.set_data([(o.label, o.count) for o in data.per_occupation])
        for item in data.funding:
            row = self.quota_rows.get(item.source)
            if row is None:
                continue
            value, bar = row
            if item.quota:
                value.setText(f"{_number(item.count)} / {_number(item.quota)}")
            else:
                value.setText(_number(item.count))
            bar.set_values(item.count, item.quota)
        self.quota_note.setText("" if data.quotas_received else self.tr("Quota not yet received from the province"))
        self.quota_note.setVisible(not data.quotas_received)
        for key, value in (("approve", data.to_approve), ("print", data.to_print), ("send", data.to_send),
                           ("fix", data.to_fix)):  # fmt: skip
            self.queue_labels[key].setText(_number(value))
        self.sig_data_loaded.emit(data)
