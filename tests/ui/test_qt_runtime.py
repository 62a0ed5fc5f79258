"""The Qt binding must survive a long working day of signals (PySide6 6.12.0 did not)."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    sig_progress_changed = Signal(int, int)
    """Emitted in a loop by the test."""


def test_emitting_signals_does_not_leak_or_steal_references(qapp):
    emitter = _Emitter()
    received = []
    emitter.sig_progress_changed.connect(lambda done, total: received.append(done))
    before = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    for i in range(20_000):  # 6.12.0 took one reference to True per emit and aborted after a few thousand
        emitter.sig_progress_changed.emit(i, 20_000)
    after = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    assert len(received) == 20_000
    assert all(abs(a - b) < 100 for a, b in zip(before, after, strict=True)), (before, after)
