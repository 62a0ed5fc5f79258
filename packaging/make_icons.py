"""Regenerate the application icon files from ``pulut_desktop/resources/icons/app-icon.svg`` (a build step).

    .venv/bin/python packaging/make_icons.py

Writes ``app-icon-<size>.png`` (16 ... 512 px, rendered with Qt's SVG renderer) and ``app-icon.ico``
(Windows, via Pillow: install it in the build environment only; the app does not need it).
The emblem is our own: the card emblem's rice stalk sheltered by two gold arcs (cards/emblem.py).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "pulut_desktop" / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_pngs() -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - needed for QPainter
    renderer = QSvgRenderer(str(ICONS / "app-icon.svg"))
    if not renderer.isValid():
        raise SystemExit("app-icon.svg is not valid SVG")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = ICONS / f"app-icon-{size}.png"
        image.save(str(target))
        written.append(target)
    return written


def write_ico() -> Path:
    from PIL import Image

    target = ICONS / "app-icon.ico"
    largest = Image.open(ICONS / "app-icon-256.png")
    largest.save(target, format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    return target


if __name__ == "__main__":
    for path in [*render_pngs(), write_ico()]:
        print(path.relative_to(ICONS.parent.parent))
