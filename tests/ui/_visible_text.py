"""Every text a widget tree shows (labels, buttons, tooltips, placeholders, list/table items and
headers, group and tab titles, window titles) and a check that none of it is English."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from pulut_desktop.paths import resource

# Read the same in both languages: names, acronyms, loan words the glossary keeps.
SAME_IN_BOTH = {"Pulut Desktop", "OK", "Supervisor", "NIK", "Status", "English", "JKK + JKM", "KK", "Email", "No."}
# Words that are English and never Indonesian (checked without case, as whole words).
ENGLISH_WORDS = {
    *[
        "the",
        "of",
        "and",
        "to",
        "is",
        "are",
        "with",
        "for",
        "from",
        "not",
        "this",
        "that",
        "your",
        "you",
        "yes",
        "cancel",
        "save",
        "open",
        "close",
        "file",
        "files",
        "name",
        "size",
        "type",
        "modified",
        "directory",
        "look",
        "choose",
        "waiting",
        "last",
        "answer",
        "none",
        "yet",
        "registration",
        "registrations",
        "batch",
        "batches",
        "receipt",
        "field",
        "fields",
        "need",
        "attention",
        "before",
        "saving",
        "new",
        "help",
        "next",
        "back",
        "finish",
        "search",
        "officer",
        "officers",
        "card",
        "cards",
        "print",
        "printed",
        "training",
        "village",
        "district",
        "regency",
        "sent",
        "approve",
        "approved",
        "reject",
        "rejected",
        "settings",
        "home",
        "sign",
        "signed",
        "lock",
        "unlock",
        "password",
        "user",
        "device",
        "import",
        "export",
        "stick",
        "draft",
        "drafts",
        "already",
        "nothing",
        "there",
        "here",
        "when",
        "which",
        "what",
        "will",
        "please",
        "check",
        "choose",
        "chosen",
        "show",
        "hidden",
        "date",
        "birth",
        "place",
        "sex",
        "male",
        "female",
        "phone",
        "address",
        "occupation",
        "heirs",
        "consent",
        "approvals",
        "drives",
        "list",
        "lists",
        "send",
        "entries",
        "entry",
        "found",
        "results",
        "result",
        "page",
        "pages",
        "loading",
        "working",
        "duplicate",
        "duplicates",
        "held",
        "accepted",
        "provisional",
        "valid",
        "invalid",
        "error",
        "errors",
        "warning",
        "warnings",
        "unknown",
    ]
}
ENGLISH_PLURAL = re.compile(r"\w\((s|es)\)")


def _shape(model) -> tuple[int, int]:
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps columnCount private: one column
        columns = 1
    return columns, model.rowCount(QModelIndex())


def _strip_html(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ")


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    found = [(type(root).__name__ + " title", root.windowTitle())]
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        name = f"{type(widget).__name__}#{widget.objectName()}"
        found.append((name + " tooltip", widget.toolTip()))
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((name, widget.text()))
        if isinstance(widget, QLineEdit):
            found.append((name + " placeholder", widget.placeholderText()))
        if isinstance(widget, QTextEdit):
            found.append((name + " placeholder", widget.placeholderText()))
        if isinstance(widget, QGroupBox):
            found.append((name + " title", widget.title()))
        if isinstance(widget, QTabWidget):
            found += [(name + " tab", widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            found += [(name + " item", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            found += [(name + " item", widget.item(i).text()) for i in range(widget.count())]
        if isinstance(widget, QMessageBox):
            found += [(name + " text", widget.text()), (name + " informative", widget.informativeText())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns, rows = _shape(model)
            for column in range(columns):
                found.append((name + " header", str(model.headerData(column, Qt.Orientation.Horizontal) or "")))
            for row in range(min(rows, 20)):
                for column in range(columns):
                    index = model.index(row, column)
                    found.append((name + " cell", str(index.data() or "")))
                    found.append((name + " cell tooltip", str(index.data(Qt.ItemDataRole.ToolTipRole) or "")))
    return [(where, _strip_html(text).replace("&", "").strip()) for where, text in found if text and text.strip()]


@cache
def english_sources() -> frozenset[str]:
    tree = ET.parse(resource("translations", "pulut_id.ts"))
    sources = {m.findtext("source") or "" for m in tree.getroot().iter("message")}
    return frozenset(s.replace("&", "") for s in sources) - SAME_IN_BOTH


def english_in(text: str) -> str | None:
    """Why ``text`` reads as English (None when it does not)."""
    if text in english_sources():
        return "an untranslated source string"
    if ENGLISH_PLURAL.search(text):
        return "an English plural '(s)'"
    words = {w.casefold() for w in re.findall(r"[A-Za-z]+", text)}
    english = sorted(words & ENGLISH_WORDS)
    return f"English words {english}" if english else None


def _is_path(text: str) -> bool:
    """A folder or file name shown by a file dialog is data from the disk, not UI text."""
    return text.startswith("/") or re.match(r"^[A-Za-z]:[\\/]", text) is not None


def untranslated(root: QWidget, *, ignore: tuple[str, ...] = ()) -> list[tuple[str, str, str]]:
    """``(where, text, why)`` for every visible text of ``root`` that is English."""
    bad = []
    for where, text in visible_texts(root):
        if text in SAME_IN_BOTH or _is_path(text) or any(part in text for part in ignore):
            continue
        why = english_in(text)
        if why:
            bad.append((where, text, why))
    return bad
