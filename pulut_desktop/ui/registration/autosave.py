"""Autosaves the form as a draft within a second of each change, through the operation runner."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from ...services import drafts
from ...storage.store import Store
from ..operations import OperationRunner

AUTOSAVE_DELAY_MS = 800


class DraftAutosaver(QObject):
    sig_draft_saved = Signal(str)
    """A draft was written to the store (its id)."""

    def __init__(
        self,
        store: Store,
        runner: OperationRunner,
        collect: Callable[[], tuple[dict, str | None]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._runner = runner
        self._collect = collect  # -> (payload, registration id when editing a saved record)
        self._draft_id = str(uuid.uuid4())
        self._paused = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def draft_id(self) -> str:
        return self._draft_id

    def start_new(self, draft_id: str | None = None) -> None:
        """Begin a new draft (or continue a restored one); nothing is written until the next change."""
        self._timer.stop()
        self._draft_id = draft_id or str(uuid.uuid4())

    def schedule(self) -> None:
        if not self._paused:
            self._timer.start()

    def pause(self) -> None:
        """While a save is running: a late autosave must not bring the draft back afterwards."""
        self._paused = True
        self._timer.stop()

    def resume(self) -> None:
        self._paused = False

    def flush(self) -> None:
        """Write now if a write is pending (before the form is cleared or closed)."""
        if self._timer.isActive():
            self._timer.stop()
            self._on_timer_timeout()

    def discard(self) -> None:
        self._timer.stop()
        store, draft_id = self._store, self._draft_id
        self._runner.run(lambda _ctx: drafts.discard_draft(store, draft_id))

    def delete(self) -> None:
        """The officer threw the input away on purpose: the draft goes, and the audit trail says so."""
        self._timer.stop()
        store, draft_id = self._store, self._draft_id
        self._runner.run(lambda _ctx: drafts.delete_draft(store, draft_id))

    def _on_timer_timeout(self) -> None:
        payload, registration_id = self._collect()
        store, draft_id = self._store, self._draft_id
        self._runner.run(
            lambda _ctx: drafts.save_draft(store, draft_id, payload, registration_id),
            on_success=lambda _result: self._on_draft_written(draft_id),
        )

    def _on_draft_written(self, draft_id: str) -> None:
        # The form (and this object with it) may be gone by the time the write finishes.
        if shiboken6.isValid(self):
            self.sig_draft_saved.emit(draft_id)
