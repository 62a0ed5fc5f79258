"""Idle detection: an application-wide event filter that restarts a timer on every key or mouse event."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    """Emits :attr:`sig_idle_timed_out` after ``seconds`` without input anywhere in the application.

    ``event_source`` is the QApplication (given, not looked up): its event filter sees every event.
    """

    sig_idle_timed_out = Signal()
    """Nobody touched the keyboard or mouse for the configured time."""

    def __init__(self, event_source: QObject, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = event_source
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sig_idle_timed_out)
        self._source.installEventFilter(self)

    def set_timeout(self, seconds: float) -> None:
        """Start watching (again) with a new timeout; 0 or less switches the lock off."""
        if seconds <= 0:
            self._timer.stop()
            return
        self._timer.setInterval(max(1, round(seconds * 1000)))
        self._timer.start()

    def timeout_seconds(self) -> float:
        return self._timer.interval() / 1000

    def pause(self) -> None:
        """While the lock screen is up there is nothing more to lock."""
        self._timer.stop()

    def resume(self) -> None:
        if self._timer.interval() > 0:
            self._timer.start()

    def is_active(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        self._timer.stop()
        self._source.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self._timer.isActive():
            self._timer.start()  # restart: the countdown begins again from now
        return False
