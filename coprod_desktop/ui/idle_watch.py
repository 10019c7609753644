"""Notices when nobody has touched the screen for a while, so a staff session cannot be left open."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractButton

INPUT_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
}
ACCESSIBLE_PRESS = QEvent.Type(QEvent.registerEventType())
"""Sent to a widget pressed through the accessibility bus by an interface of our own (a choice
tile's): a screen reader's or switch tool's press sends no input event of its own."""


def is_accessible_press(watched: QObject, event: QEvent) -> bool:
    """A press that came through the accessibility bus rather than a touch or a key.

    Qt's own buttons answer a bus "Press" with animateClick(): held down, with a timer event on the
    button until it lets go. No other timer runs on a button while it is held down, and a tap or a
    key that holds one down has already counted as input."""
    if event.type() == ACCESSIBLE_PRESS:
        return True
    return event.type() == QEvent.Type.Timer and isinstance(watched, QAbstractButton) and watched.isDown()


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
        if self._timer.isActive() and (event.type() in INPUT_EVENTS or is_accessible_press(watched, event)):
            self._timer.start()  # any touch, key or press through the bus starts the count again
        return False
