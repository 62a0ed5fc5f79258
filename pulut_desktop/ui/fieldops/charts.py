"""Small bar charts drawn with QPainter (QtCharts is not in PySide6-Essentials)."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#0b6e4f")
BAR_LIGHT = QColor("#8fbfad")
AXIS = QColor("#9aa5b1")
GRID = QColor("#e4e7eb")
TEXT = QColor("#1f2933")
MUTED = QColor("#52606d")


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class BarChart(QWidget):
    """Vertical bars with labels under them (``horizontal=False``), or labelled horizontal bars."""

    def __init__(self, *, horizontal: bool = False, label_every: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._horizontal, self._label_every = horizontal, max(label_every, 1)
        self._data: list[tuple[str, int]] = []
        self._empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(120)

    def sizeHint(self) -> QSize:
        return QSize(320, 180)

    def set_data(self, data: list[tuple[str, int]]) -> None:
        self._data = list(data)
        self.update()

    def data(self) -> list[tuple[str, int]]:
        return list(self._data)

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        painter.setFont(font)
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        if not self._data or not any(v for _, v in self._data):
            painter.setPen(MUTED)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._empty_text)
            return
        if self._horizontal:
            self._paint_horizontal(painter, rect, QFontMetrics(font))
        else:
            self._paint_vertical(painter, rect, QFontMetrics(font))

    def _paint_vertical(self, painter: QPainter, rect: QRectF, metrics: QFontMetrics) -> None:
        top = max(v for _, v in self._data)
        label_h = metrics.height() + 4
        value_h = metrics.height()
        plot = rect.adjusted(0, value_h, 0, -label_h)
        step = plot.width() / len(self._data)
        bar_w = max(step * 0.7, 1.0)
        painter.setPen(GRID)
        for fraction in (0.5, 1.0):
            y = plot.bottom() - plot.height() * fraction
            painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
        painter.setPen(MUTED)
        painter.drawText(QRectF(plot.left(), plot.top() - value_h, 60, value_h), Qt.AlignmentFlag.AlignLeft,
                         _number(top))  # fmt: skip
        for index, (label, value) in enumerate(self._data):
            x = plot.left() + index * step + (step - bar_w) / 2
            height = plot.height() * value / top if top else 0
            painter.fillRect(QRectF(x, plot.bottom() - height, bar_w, height), BAR if value else BAR_LIGHT)
            last = len(self._data) - 1
            near_last = last - index < self._label_every and index != last
            if (index % self._label_every == 0 and not near_last) or index == last:
                painter.setPen(MUTED)
                left = min(max(x + bar_w / 2 - 30, plot.left()), plot.right() - 60)
                box = QRectF(left, plot.bottom() + 3, 60, label_h)
                align = Qt.AlignmentFlag.AlignRight if index == last else Qt.AlignmentFlag.AlignHCenter
                painter.drawText(box, align | Qt.AlignmentFlag.AlignTop, label)
        painter.setPen(AXIS)
        painter.drawLine(QLineF(plot.left(), plot.bottom(), plot.right(), plot.bottom()))

    def _paint_horizontal(self, painter: QPainter, rect: QRectF, metrics: QFontMetrics) -> None:
        top = max(v for _, v in self._data)
        label_w = min(rect.width() * 0.55, max(metrics.horizontalAdvance(label) for label, _ in self._data) + 8)
        value_w = metrics.horizontalAdvance(_number(top)) + 8
        rows = max(len(self._data), 5)
        row_h = rect.height() / rows
        bar_h = max(min(row_h * 0.65, 18), 4)
        for index, (label, value) in enumerate(self._data):
            y = rect.top() + index * row_h
            painter.setPen(TEXT)
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 8))
            painter.drawText(QRectF(rect.left(), y, label_w - 8, row_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown)  # fmt: skip
            room = rect.width() - label_w - value_w
            width = room * value / top if top else 0
            painter.fillRect(QRectF(rect.left() + label_w, y + (row_h - bar_h) / 2, width, bar_h), BAR)
            painter.setPen(MUTED)
            painter.drawText(QRectF(rect.left() + label_w + width + 4, y, value_w, row_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, _number(value))  # fmt: skip


class QuotaBar(QWidget):
    """Count against a quota: a filled track with "count / quota" beside it, or the count alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count, self.quota = 0, None
        self.setMinimumHeight(14)
        self.setMaximumHeight(14)

    def set_values(self, count: int, quota: int | None) -> None:
        self.count, self.quota = count, quota
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0, 2, 0, -2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(GRID)
        painter.drawRoundedRect(rect, 4, 4)
        if self.quota:
            share = min(self.count / self.quota, 1.0)
            painter.setBrush(QColor("#c0392b") if self.count > self.quota else BAR)
            painter.drawRoundedRect(QRectF(rect.left(), rect.top(), rect.width() * share, rect.height()), 4, 4)
