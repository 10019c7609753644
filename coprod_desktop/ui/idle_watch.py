"""Notices when nobody has touched the screen for a while, so a staff session cannot be left open."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

INPUT_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
}


class IdleWatch(QObject):
    timed_out = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.timed_out)
        self.ms_per_minute = 60_000
        """The clock's edge: tests shorten a minute rather than wait for one."""

    def start(self, minutes: float) -> None:
        self._timer.setInterval(max(1, int(minutes * self.ms_per_minute)))
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def is_watching(self) -> bool:
        return self._timer.isActive()

    def used(self) -> None:
        """Someone used the app without a touch or a key: a screen reader's or voice control's
        "press" through the accessibility bus opens a screen but sends no input event."""
        if self._timer.isActive():
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._timer.isActive() and event.type() in INPUT_EVENTS:
            self._timer.start()  # any touch or key starts the count again
        return False
