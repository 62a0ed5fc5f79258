"""A combo box the officer can type into: the list filters on any part of a name (QCompleter,
``MatchContains``). A typed fragment is taken only when it names one item (exactly, or as the only
match), so "suka" + Enter is enough; when several items match, Enter opens the list of them instead of
silently taking the first ("pasir" is Pasir Baru or Pasir Putih: the officer chooses)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


class SearchCombo(QComboBox):
    sig_choice_changed = Signal(str)
    """The chosen item's code changed ("" when nothing valid is chosen)."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        # Long occupation and village names must not set the width of the form (1366 px at 125%).
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.lineEdit().setPlaceholderText(placeholder)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self._last_code = ""
        self.lineEdit().editingFinished.connect(self._on_line_edit_editing_finished)
        self.currentIndexChanged.connect(self._on_self_index_changed)

    def set_items(self, items: Iterable[tuple[str, str]], keep: bool = True) -> None:
        """Replace the choices with ``(code, label)`` pairs; keep the current code if it is still there."""
        previous = self.code() if keep else ""
        with QSignalBlocker(self):
            self.clear()
            self.addItem("", "")
            for code, label in items:
                self.addItem(label, code)
            index = self.findData(previous) if previous else 0
            self.setCurrentIndex(max(index, 0))
            if index <= 0:
                self.lineEdit().clear()
        self._emit_if_changed()

    def code(self) -> str:
        index = self.currentIndex()
        if index <= 0 or self.lineEdit().text() != self.itemText(index):
            return ""
        return self.itemData(index) or ""

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else -1
        with QSignalBlocker(self):
            self.setCurrentIndex(max(index, 0))
            if index <= 0:
                self.lineEdit().clear()
        self._emit_if_changed()

    def typed_text(self) -> str:
        return self.lineEdit().text()

    def matches(self, text: str) -> list[int]:
        """Indexes of the items ``text`` names: the exact one, else every item containing it."""
        needle = " ".join(text.split()).casefold()
        if not needle:
            return []
        exact = [i for i in range(1, self.count()) if self.itemText(i).casefold() == needle]
        return exact or [i for i in range(1, self.count()) if needle in self.itemText(i).casefold()]

    def accept_typed(self) -> bool:
        """Enter: take what was typed when it names one item (or nothing was typed) and say so; when
        several items match, open the list of them and return False (the focus stays here)."""
        self._resolve()
        text = self.lineEdit().text().strip()
        if not text or self.code():
            return True
        if len(self.matches(text)) < 2:
            return True  # no match: the field's own check says so
        completer = self.completer()
        completer.setCompletionPrefix(text)
        completer.complete()
        return False

    def _resolve(self) -> None:
        text = self.lineEdit().text().strip()
        if not text:
            self.setCurrentIndex(0)
            self.lineEdit().clear()
            return
        current = self.currentIndex()
        if current > 0 and self.itemText(current) == self.lineEdit().text():
            return
        matches = self.matches(text)
        if len(matches) == 1:
            self.setCurrentIndex(matches[0])
            self.lineEdit().setText(self.itemText(matches[0]))
        elif current > 0:
            with QSignalBlocker(self):  # several or none: nothing chosen, the typed text stays
                self.setCurrentIndex(0)
                self.lineEdit().setText(text)
        self._emit_if_changed()

    def _emit_if_changed(self) -> None:
        code = self.code()
        if code != self._last_code:
            self._last_code = code
            self.sig_choice_changed.emit(code)

    def _on_line_edit_editing_finished(self) -> None:
        self._resolve()

    def _on_self_index_changed(self, _index: int) -> None:
        self._emit_if_changed()
