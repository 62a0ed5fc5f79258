"""Run in a fresh interpreter by test_errors_and_logging (QT_SCALE_FACTOR must be set before Qt starts).

Lays out every page the main window shows (with all filters open) in the space a 1366×768 screen leaves
at the scale factor, in both languages, and prints one JSON line of problems: pages whose minimum size
does not fit, and visible labels or buttons narrower than their text needs (clipped).
"""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget

from pulut_desktop.storage import keyring

keyring.DEFAULT_KDF = keyring.KdfParams(iterations=1, lanes=1, memory_kib=8)

from pulut_desktop.storage.demo import make_demo_data  # noqa: E402
from pulut_desktop.storage.store import Store  # noqa: E402
from pulut_desktop.ui.i18n import Translations  # noqa: E402
from pulut_desktop.ui.main_window import MainWindow  # noqa: E402
from pulut_desktop.ui.operations import OperationRunner  # noqa: E402
from pulut_desktop.ui.theme import apply_theme  # noqa: E402

TASKBAR = 40


def _settle(runner: OperationRunner) -> None:
    for _ in range(4):
        runner.wait_for_done()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _clipped(page: QWidget) -> list[str]:
    found = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page) or widget.width() == 0:
            continue
        single_line_label = isinstance(widget, QLabel) and not widget.wordWrap()
        if not (single_line_label or isinstance(widget, QAbstractButton)) or not widget.text():
            continue
        needed = widget.minimumSizeHint().width()
        if widget.width() < needed:
            found.append(f"{type(widget).__name__} {widget.text()!r}: {widget.width()} < {needed}")
    for scroll in page.findChildren(QScrollArea):
        inner = scroll.widget()
        if scroll.isVisibleTo(page) and inner is not None and scroll.horizontalScrollBar().isVisible():
            found.append(f"horizontal scrolling in {scroll.objectName() or 'a scroll area'}")
    return found


def main(data_root: str) -> None:
    app = QApplication([])
    apply_theme(app)
    translations = Translations(app)
    screen = app.primaryScreen().geometry()  # logical pixels: 1366×768 physical / scale
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1"))
    width, height = int(1366 / scale), int(768 / scale) - TASKBAR
    store = Store.create(
        data_root, username="super", full_name="Sri", password="rahasia-123", device_name="L", regency_code="14.71"
    )
    make_demo_data(store, 60, seed=3)
    runner = OperationRunner(lambda error, _parent: print("ERROR", repr(error), file=sys.stderr))
    report: dict = {"available": [width, height], "screen": [screen.width(), screen.height()], "problems": []}
    for language in ("id", "en"):
        translations.switch(language)
        window = MainWindow(store, runner, language=language, training=True, event_source=app)
        window.resize(width, height)
        window.show()
        hint = window.minimumSizeHint().expandedTo(window.minimumSize())
        if hint.width() > width or hint.height() > height:
            report["problems"].append(f"{language} window needs {hint.width()}×{hint.height()}")
        for key in window.page_keys():
            window.show_page(key)
            page = window.page(key)
            filters = getattr(page, "filters", None)
            if filters is not None and hasattr(filters, "show_more"):
                filters.show_more(True)
            _settle(runner)
            page_hint = page.minimumSizeHint()
            area = window.pages.size()
            if page_hint.width() > area.width() or page_hint.height() > area.height():
                report["problems"].append(
                    f"{language} {key}: needs {page_hint.width()}×{page_hint.height()}, "
                    f"has {area.width()}×{area.height()}"
                )
            report["problems"] += [f"{language} {key}: {text}" for text in _clipped(page)]
            report.setdefault("pages", []).append(f"{language}:{key}")
        window.close()
        _settle(runner)
    store.close()
    print(json.dumps(report))
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of Qt objects


if __name__ == "__main__":
    main(sys.argv[1])
