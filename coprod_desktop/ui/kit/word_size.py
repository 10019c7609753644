"""Whether the person's words are big (the two larger word sizes), for the few rows that must turn
their buttons on their side or show fewer lines so every word keeps a whole line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QWidget

from coprod_desktop.store.kinds import TextSize
from coprod_desktop.ui.theme import BODY_POINTS

BIG_POINTS = BODY_POINTS[TextSize.LARGE]


def big_words(widget: QWidget) -> bool:
    """The widget's own font, as the style sheet of the person's word size made it."""
    return QFontInfo(widget.font()).pointSizeF() >= BIG_POINTS - 0.5


class BigWordsWatch(QObject):
    """Calls `changed(big)` when the widget's words become big or stop being big: once styled (a
    new word size arrives while the style sheet is still being applied), and when it is shown (a
    screen made under one word size and shown under another)."""

    def __init__(self, widget: QWidget, changed: Callable[[bool], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._changed = changed
        self._big: bool | None = None
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self.check)
        widget.installEventFilter(self)

    @property
    def big(self) -> bool:
        return bool(self._big)

    def check(self) -> None:
        big = big_words(self._widget)
        if big != self._big:
            self._big = big
            self._changed(big)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget:
            if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
                self._later.start(0)
            elif event.type() == QEvent.Type.Show:
                self.check()
        return False
