"""The one way the GUI runs database, disk, USB and network work: off the GUI thread.

In the manner of Anki's ``aqt/operations``::

    runner.run(lambda ctx: export_batch(store, ctx.progress, ctx.should_cancel),
               on_success=self._on_export_done, progress_label=self.tr("Mengekspor..."))

Work runs on a single-thread pool (one thread writes to SQLite), callbacks run on the GUI thread.
Queued work starts by :class:`Priority` (``QThreadPool``'s own queue; first come, first served within one
level): what the officer just opened goes ahead of what the window queued for pages not on screen.
Work that is already running is never interrupted, so a long job is best queued behind the short ones.
Long work reports ``progress(done, total)`` and polls ``should_cancel()``; when a label is given a
progress dialog with Cancel appears after a short delay.

Failures: a :class:`~pulut_desktop.domain.errors.PulutError` (an expected refusal with a message) goes to
the caller's ``on_failure`` when it passed one, else to the runner's one error handler. Anything else is a
bug and always goes to the one error handler (logged, copyable report), whatever the caller passed.
``on_done`` runs after either outcome, before the handlers, so a widget can leave its busy state even
after a bug. After work that wrote to the store (whatever the outcome) the runner emits
``sig_data_changed`` with the names of the tables written, once the handlers have run: the one "data
changed" signal every page listens to (Anki's ``operation_did_execute``).
``KeyboardInterrupt`` and ``SystemExit`` are never swallowed into a message: they stop the
application (see :func:`stop_application`).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThread, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..domain.errors import PulutError
from ..storage import changes

log = logging.getLogger(__name__)


class Priority(IntEnum):
    """Which queued work the worker thread starts first."""

    BACKGROUND = -10
    """Loads for pages not on screen yet (built with the main window): after everything else."""
    NORMAL = 0
    """The default."""
    FOREGROUND = 10
    """The page the officer just opened: ahead of every load still queued."""


@dataclass
class WorkContext:
    """Given to the work function: report progress, ask whether the user pressed Cancel."""

    _signals: _Signals
    _cancel: threading.Event = field(default_factory=threading.Event)

    def progress(self, done: int, total: int) -> None:
        self._signals.sig_progress_changed.emit(done, total)

    def should_cancel(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Signals(QObject):
    sig_progress_changed = Signal(int, int)
    """Work reported progress (done, total)."""
    sig_finished = Signal(object)
    """Work returned a value."""
    sig_failed = Signal(object)
    """Work raised an exception."""
    sig_written = Signal(object)
    """The tables the work wrote (a frozenset), sent before it finishes or fails."""
    sig_aborted = Signal(object)
    """Work raised KeyboardInterrupt or SystemExit."""


MAINTENANCE_NICE = 10
"""How far the maintenance thread steps back (Linux nice, per thread): it gets about a tenth of a core that the
officer's work also wants, and every idle cycle otherwise."""
_yielding = threading.local()


def _yield_cpu() -> None:
    """Maintenance yields the cores to the officer's work: this thread's priority is lowered, once per thread."""
    if getattr(_yielding, "done", False):
        return
    _yielding.done = True
    QThread.currentThread().setPriority(QThread.Priority.LowestPriority)  # Windows, macOS; no effect on Linux
    if hasattr(os, "setpriority"):  # Linux: a thread id here sets that thread's nice value only
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, max(os.getpriority(os.PRIO_PROCESS, tid), MAINTENANCE_NICE))


class _Job(QRunnable):
    def __init__(self, work: Callable[[WorkContext], Any], context: WorkContext, *, yielding: bool = False) -> None:
        super().__init__()
        self._work, self._context, self._yielding = work, context, yielding

    def run(self) -> None:
        if self._yielding:
            _yield_cpu()
        signals = self._context._signals
        with changes.recording() as written:
            try:
                result = self._work(self._context)
            except Exception as err:  # every failure must reach the GUI thread
                outcome, value = signals.sig_failed, err
            except BaseException as err:  # KeyboardInterrupt, SystemExit: raised again on the GUI thread
                outcome, value = signals.sig_aborted, err
            else:
                outcome, value = signals.sig_finished, result
        signals.sig_written.emit(frozenset(written))
        outcome.emit(value)


class OperationRunner(QObject):
    """Owns the worker thread. Pass one instance to every widget that does work."""

    sig_busy_changed = Signal(bool)
    """True while any operation is running."""
    sig_data_changed = Signal(object)
    """Work wrote to the store: the frozenset of table names it changed. Pages refresh on it."""

    def __init__(self, on_error: Callable[[BaseException, QWidget | None], None], parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        # Maintenance (the after-login check, backup, purge) runs on its own thread beside the officer's
        # work, never queued in front of it, at a lower CPU priority; it opens its own SQLite connections.
        self._beside_pool = QThreadPool(self)
        self._beside_pool.setMaxThreadCount(1)
        self._on_error = on_error
        self._running: set[_Signals] = set()
        self._beside: set[_Signals] = set()
        self._priority = Priority.NORMAL
        self._held: list[tuple[int, _Job]] | None = None

    def run(
        self,
        work: Callable[[WorkContext], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[PulutError], None] | None = None,
        on_done: Callable[[], None] | None = None,
        parent: QWidget | None = None,
        progress_label: str | None = None,
        cancel_label: str | None = None,
        beside: bool = False,
        priority: int | None = None,
    ) -> WorkContext:
        """``beside=True``: background maintenance on the second thread; it does not make the GUI busy.
        ``priority``: a :class:`Priority` (default: the level of the enclosing :meth:`prioritised`, else NORMAL)."""
        signals = _Signals()
        context = WorkContext(signals)
        dialog = None
        if progress_label is not None:
            dialog = QProgressDialog(progress_label, cancel_label or "Batal", 0, 0, parent)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)
            dialog.canceled.connect(context.cancel)
            signals.sig_progress_changed.connect(lambda done, total: _show_progress(dialog, done, total))

        def finish() -> None:
            (self._beside if beside else self._running).discard(signals)
            if dialog is not None and shiboken6.isValid(dialog):  # gone with its parent page when closed
                dialog.canceled.disconnect(context.cancel)
                dialog.close()
                dialog.deleteLater()
            if not beside and not self._running:
                self.sig_busy_changed.emit(False)

        written: set[str] = set()

        def announce() -> None:
            if written:
                self.sig_data_changed.emit(frozenset(written))

        def succeeded(result: Any) -> None:
            finish()
            if on_done is not None:
                on_done()
            try:
                if on_success is not None:
                    on_success(result)
            finally:
                announce()

        def failed(error: Exception) -> None:
            finish()
            if on_done is not None:
                on_done()
            try:
                if isinstance(error, PulutError) and on_failure is not None:
                    on_failure(error)
                else:
                    self._on_error(error, parent)
            finally:
                announce()

        def aborted(error: BaseException) -> None:
            finish()
            stop_application(error)

        signals.sig_written.connect(written.update)
        signals.sig_finished.connect(succeeded)
        signals.sig_failed.connect(failed)
        signals.sig_aborted.connect(aborted)
        if beside:
            self._beside.add(signals)
            self._beside_pool.start(_Job(work, context, yielding=True))
            return context
        if not self._running:
            self.sig_busy_changed.emit(True)
        self._running.add(signals)
        job, level = _Job(work, context), int(self._priority if priority is None else priority)
        if self._held is not None:
            self._held.append((level, job))
        else:
            self._pool.start(job, level)
        return context

    @contextmanager
    def prioritised(self, priority: Priority) -> Iterator[None]:
        """Work queued inside (on the GUI thread) without its own ``priority`` gets this one."""
        previous, self._priority = self._priority, priority
        try:
            yield
        finally:
            self._priority = previous

    @contextmanager
    def held(self) -> Iterator[None]:
        """Work queued inside waits and starts on leaving, highest priority first: while a window builds its
        pages, the first load queued must not take the idle worker thread before the one that matters most."""
        if self._held is not None:  # nested: the outer one starts everything
            yield
            return
        self._held = []
        try:
            yield
        finally:
            held, self._held = self._held, None
            for level, job in sorted(held, key=lambda item: -item[0]):  # stable: queue order within a level
                self._pool.start(job, level)

    def report_error(self, error: BaseException, parent: QWidget | None = None) -> None:
        """Hand an error to the one error handler (for callers whose own ``on_failure`` gives up)."""
        self._on_error(error, parent)

    def is_busy(self) -> bool:
        return bool(self._running)

    def wait_for_done(self, msecs: int = 30000, *, beside: bool = True) -> bool:
        """For shutdown and tests: block until queued work (and maintenance, unless ``beside`` is
        False) has finished."""
        done = self._pool.waitForDone(msecs)
        return (self._beside_pool.waitForDone(msecs) if beside else True) and done


def stop_application(error: BaseException) -> None:
    """``SystemExit``/``KeyboardInterrupt`` from work: not an error to show but an order to stop. The event
    loop ends with the exit code (130 for an interrupt), so ``main()`` returns and closes the store."""
    log.warning("work ended with %s: stopping the application", type(error).__name__)
    if isinstance(error, SystemExit):
        code = error.code if isinstance(error.code, int) else (0 if error.code is None else 1)
    else:
        code = 130
    QCoreApplication.exit(code)


def _show_progress(dialog: QProgressDialog, done: int, total: int) -> None:
    dialog.setMaximum(max(total, 0))
    dialog.setValue(min(done, total) if total else 0)
