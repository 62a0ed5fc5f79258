"""The look: Fusion style, one font, and the stylesheet in ``resources/style/pulut.qss``."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QStyleFactory

from ..paths import resource

log = logging.getLogger(__name__)

FONT_FAMILY = "DejaVu Sans"


def stylesheet() -> str:
    try:
        return resource("style", "pulut.qss").read_text(encoding="utf-8")
    except FileNotFoundError:
        log.warning("stylesheet missing; using the plain Fusion look")
        return ""


def apply_theme(app: QApplication) -> None:
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        path = resource("fonts", name)
        if path.exists():
            QFontDatabase.addApplicationFont(str(path))
    app.setStyle(QStyleFactory.create("Fusion"))
    font = QFont(FONT_FAMILY, 10)
    app.setFont(font)
    app.setStyleSheet(stylesheet())
