"""The handbook: every screenshot it shows exists, every main screen's F1 anchor resolves, and it prints."""

import os

from pypdf import PdfReader

from pulut_desktop.handbook import HANDBOOK, SCREEN_ANCHORS, handbook, handbook_dir


def test_every_referenced_screenshot_exists():
    book = handbook(HANDBOOK)
    assert len(book.images) >= 10
    missing = [image for image in book.images if not (handbook_dir() / image).is_file()]
    assert missing == []


def test_every_main_screen_has_a_help_anchor_that_resolves():
    anchors = handbook(HANDBOOK).anchors
    unresolved = {screen: anchor for screen, anchor in SCREEN_ANCHORS.items() if anchor not in anchors}
    assert unresolved == {}
    for anchor in set(SCREEN_ANCHORS.values()):
        assert f'id="{anchor}"' in handbook(HANDBOOK).html


def test_handbook_prints_to_pdf_with_its_pictures(qapp, tmp_path):
    from pulut_desktop.ui.help import write_pdf

    target = write_pdf(tmp_path / "panduan.pdf")
    reader = PdfReader(target)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    # Body sentences (headings are split after their first letter by the PDF text extractor).
    for phrase in ("Tanda merah harus diperbaiki", "Admin mencabut laptop tersebut", "Pusat layanan BPJS"):
        assert phrase in text
    images = sum(len(page.images) for page in reader.pages)
    assert images >= len(set(handbook(HANDBOOK).images))
    assert os.path.getsize(target) > 100_000


def test_f1_opens_the_section_of_the_page_on_screen(qtbot, tmp_path):
    from PySide6.QtGui import QTextCursor

    from pulut_desktop.storage.store import Store
    from pulut_desktop.ui.help import HelpWindow
    from pulut_desktop.ui.main_window import MainWindow
    from pulut_desktop.ui.operations import OperationRunner
    from tests.conftest import PASSWORD

    store = Store.create(tmp_path / "data", username="super", full_name="Sri", password=PASSWORD,
                         device_name="L", regency_code="14.71")  # fmt: skip
    runner = OperationRunner(lambda error, parent: None)
    window = MainWindow(store, runner, language="id", training=False, event_source=window_source(qtbot))
    qtbot.addWidget(window)
    window.show()
    for key in window.page_keys():
        window.show_page(key)
        window.show_help()
        help_window = window.findChild(HelpWindow)
        assert help_window.isVisible()
        title = _heading_titles()[SCREEN_ANCHORS[key]]
        browser = help_window.browser
        block = browser.document().begin()
        while block.isValid() and block.text().strip() != title:  # the heading itself, not a mention
            block = block.next()
        assert block.isValid(), title
        top = browser.cursorRect(QTextCursor(block)).top()
        assert 0 <= top < browser.viewport().height(), (key, title, top)  # the section is on screen
    runner.wait_for_done()
    store.close()


def _heading_titles() -> dict[str, str]:
    import re

    source = (handbook_dir() / HANDBOOK).read_text(encoding="utf-8")
    return {m.group(2): m.group(1).strip() for m in re.finditer(r"^#+ (.+?) \{#([\w-]+)\}", source, re.M)}


def window_source(qtbot):
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()
