"""Every English string of the sync page has its Indonesian line in sync_strings_id.tsv, and the page
reads as Indonesian with it; the ledger model highlights the province's gap (no view needed)."""

from __future__ import annotations

import ast
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

import pulut_desktop.ui.sync as sync_ui
from pulut_desktop.outbox.ledger import Ledger, LedgerRow
from pulut_desktop.ui.sync.ledger_model import GAP_ROLE, LedgerColumn, LedgerTableModel
from pulut_desktop.ui.sync.ledger_view import LedgerPanel
from tests.ui.sync.translator import read_tsv


def _source_strings() -> set[str]:
    found = set()
    for path in Path(sync_ui.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
            if name == "tr" and node.args and isinstance(node.args[0], ast.Constant):
                found.add(node.args[0].value)
            if name == "QT_TRANSLATE_NOOP" and len(node.args) > 1:
                found.add(node.args[1].value)
    return found


def test_every_string_has_an_indonesian_line():
    table = read_tsv()
    strings = _source_strings()
    assert len(strings) > 50
    assert sorted(strings - set(table)) == []
    assert "Send data" in table  # the navigation title (pages.py)
    assert all(table[s].strip() for s in strings)
    assert all(s.count("%") == table[s].count("%") for s in strings)  # placeholders kept


@pytest.fixture
def indonesian(translations):
    """The shipped Indonesian catalogue, as the app loads it."""
    translations.switch("id")


def test_unenrolled_page_reads_indonesian(indonesian, laptop, make_page):
    page = make_page(laptop)
    assert page.enrolment.banner.text().startswith(
        "Laptop belum terdaftar di provinsi — pendaftaran dan cetak kartu sementara tetap bisa, tetapi data "
        "belum bisa dikirim"
    )
    english = _source_strings() - {"No.", "Server", "Cancel"}  # "No." and "Server" read the same
    visible = [
        w.text().replace("&", "")
        for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)
        if w.isVisibleTo(page) and w.text()
    ]
    assert [t for t in visible if t in english] == []
    assert page.usb.export_button.text() == "Ekspor ke USB"


def _row(sequence: int, status: str, answered: int = 0, accepted: int = 0) -> LedgerRow:
    when = datetime(2026, 11, 20, 3, 0)
    return LedgerRow(
        sequence, f"batch-{sequence}", status, when, when, None, 5, answered, accepted, 0, 0, 0, None
    )  # fmt: skip


def test_ledger_model_marks_the_gap(qapp):
    book = Ledger(
        [_row(1, "acknowledged", 5, 5), _row(2, "sent"), _row(3, "acknowledged", 5, 5), _row(4, "pending")],
        contiguous_through=1,
    )
    assert book.gap == [2]
    model = LedgerTableModel()
    model.set_ledger(book)
    assert model.rowCount() == 4 and model.columnCount() == 10
    gap_flags = [model.index(r, LedgerColumn.SEQUENCE).data(GAP_ROLE) for r in range(4)]
    assert gap_flags == [False, True, False, False]
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(1, LedgerColumn.STATUS).data().startswith("⚠")
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("The province answered a later batch")
    assert model.index(0, LedgerColumn.ANSWERED).data() == "5"
    assert model.index(3, LedgerColumn.ANSWERED).data() == "–"  # nothing answered yet: a dash, not a zero

    panel = LedgerPanel()
    panel.show_ledger(book, "en")
    assert not panel.gap.isHidden()
    assert "batch(es) 2" in panel.gap.text()
    assert "holds every batch up to no. 1; 2 still without a receipt" in panel.summary.text()
    panel.deleteLater()
