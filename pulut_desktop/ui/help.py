"""In-app help (F1): the officer's handbook shown offline at the section of the current screen, and the
same document printed to PDF for ``make docs``."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, Qt, QUrl
from PySide6.QtGui import QFont, QImageReader, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHeaderView,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..handbook import HANDBOOK, SCREEN_ANCHORS, handbook, handbook_dir
from .shortcuts import shortcut_rows

IMAGE_WIDTH = 620  # screenshots are 1366 px wide; shown and printed at a readable size
STYLE = """
body { font-family: 'DejaVu Sans'; font-size: 10.5pt; color: #1f2933; }
h1 { font-size: 20pt; color: #0b4f6c; } h2 { font-size: 15pt; color: #0b4f6c; margin-top: 18px; }
h3 { font-size: 12pt; color: #243b53; } td, th { padding: 4px 8px; border: 1px solid #bcccdc; }
th { background: #e6eef5; } code { font-family: 'DejaVu Sans Mono'; }
pre { font-family: 'DejaVu Sans Mono'; font-size: 9pt; background: #f0f4f8; padding: 6px; }
"""


def _html(name: str, image_width: int = IMAGE_WIDTH) -> str:
    # Absolute file URLs: the same HTML resolves its screenshots in the help window and in the PDF.
    base = QUrl.fromLocalFile(str(handbook_dir()) + "/")

    def sized(match: re.Match) -> str:
        url = base.resolved(QUrl(match.group(2)))
        natural = QImageReader(url.toLocalFile()).size().width()
        width = min(int(natural * 0.6), image_width) if natural > 0 else image_width  # small dialogs stay small
        return f'<img {match.group(1)}width="{width}" src="{url.toString()}"'

    body = re.sub(r'<img ([^>]*)src="([^"]+)"', sized, handbook(name).html)
    return f"<html><head><style>{STYLE}</style></head><body>{body}</body></html>"


class HelpWindow(QDialog):
    """The handbook, scrolled to the section of the screen that asked for help, under the keyboard map."""

    def __init__(self, parent: QWidget | None = None, name: str = HANDBOOK) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("Help — Officer's handbook"))
        self.resize(900, 680)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(handbook_dir()) + "/"))
        self.browser.setHtml(_html(name))
        self.shortcuts = QTableWidget(0, 2, self)
        self.shortcuts.setObjectName("shortcutMap")
        self.shortcuts.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.shortcuts.verticalHeader().hide()
        self.shortcuts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.shortcuts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.shortcuts.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        rows = shortcut_rows()
        self.shortcuts.setRowCount(len(rows))
        for row, (keys, action) in enumerate(rows):
            self.shortcuts.setItem(row, 0, QTableWidgetItem(keys))
            self.shortcuts.setItem(row, 1, QTableWidgetItem(action))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.shortcuts)
        splitter.addWidget(self.browser)
        splitter.setSizes([190, 490])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def show_section(self, anchor: str) -> None:
        self.browser.scrollToAnchor(anchor)
        self.show()
        self.raise_()


def anchor_for(screen_key: str) -> str:
    return SCREEN_ANCHORS.get(screen_key, "")


def open_help(parent: QWidget, screen_key: str) -> HelpWindow:
    """F1 anywhere: the handbook at the section of ``screen_key`` (one help window per parent)."""
    window = parent.findChild(HelpWindow)
    if window is None:
        window = HelpWindow(parent)
    window.show_section(anchor_for(screen_key))
    return window


def write_pdf(target: Path, name: str = HANDBOOK) -> Path:
    """Print the handbook to an A4 PDF with its screenshots (needs a QGuiApplication, offscreen is fine)."""
    writer = QPdfWriter(str(target))
    writer.setResolution(96)  # lay out in screen pixels, so fonts and images keep their proportions
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter))  # fmt: skip
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 10))
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.setHtml(_html(name, image_width=int(writer.width() * 0.92)))
    writer.setTitle("Panduan Petugas Pulut Desktop")
    writer.setCreator("Pulut Desktop")
    document.print_(writer)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render a Pulut Desktop guide to PDF")
    parser.add_argument("out", type=Path)
    parser.add_argument("--guide", default=HANDBOOK)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - fonts need an application
    write_pdf(args.out, args.guide)
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
