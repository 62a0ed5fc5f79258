"""What every page that works on the store starts from: the store, the operation runner, the language."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..storage.store import Store
from .operations import OperationRunner


class StorePage(QWidget):
    """Subclasses lay themselves out in ``_build()``, called once the three are set."""

    def __init__(self, store: Store, runner: OperationRunner, *, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._runner, self._language = store, runner, language
        self._build()

    def _build(self) -> None:
        raise NotImplementedError
