"""Paints a registration's status as a small rounded, coloured label ("pill")."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...domain.status import Status
from .labels import status_colours, status_label
from .model import STATUS_ROLE

_PAD_X, _PAD_Y, _MARGIN = 9, 2, 4
PILL_EXTRA = 2 * (_PAD_X + _MARGIN) + 4  # a pill column is this much wider than its longest label


def _status(index: QModelIndex | QPersistentModelIndex) -> Status | None:
    # Qt hands a StrEnum back as a plain str.
    value = index.data(STATUS_ROLE)
    try:
        return Status(value) if value else None
    except ValueError:
        return None


def _label(index: QModelIndex | QPersistentModelIndex, status: Status) -> str:
    """The model's own text (e.g. Terdaftar BPJS for an accepted record) or the status's label."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    return text if isinstance(text, str) and text else status_label(status)


class StatusPillDelegate(QStyledItemDelegate):
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        status = _status(index)
        if status is None:
            super().paint(painter, option, index)
            return
        # The selection background first, so a selected row still reads as selected.
        style = option.widget.style() if option.widget else None
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        text = _label(index, status)
        metrics = QFontMetrics(option.font)
        width = min(metrics.horizontalAdvance(text) + 2 * _PAD_X, option.rect.width() - 2 * _MARGIN)
        height = min(metrics.height() + 2 * _PAD_Y, option.rect.height() - 2)
        rect = QRectF(option.rect.left() + _MARGIN, option.rect.center().y() - height / 2 + 1, width, height)
        background, foreground = status_colours(status)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(foreground)
        painter.setFont(option.font)
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignCenter,
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width - 2 * _PAD_X + 2)),
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        status = _status(index)
        if status is not None:
            metrics = QFontMetrics(option.font)
            hint.setWidth(metrics.horizontalAdvance(_label(index, status)) + 2 * (_PAD_X + _MARGIN))
        return hint
