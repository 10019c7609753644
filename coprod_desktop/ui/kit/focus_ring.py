"""The switch highlight: a thick two-tone ring drawn over the window around the focused choice (or a
whole row while a single switch scans rows).

Black outside and yellow inside, so at least one edge is over 4:1 against any page or tile colour, in
both looks. It is drawn above everything and lets every press through.
"""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

OUTER = QColor("#000000")
INNER = QColor("#FFEB3B")
BAND = 5
"""Pixels of each colour."""
FOLLOWED = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)
FOLLOW_MS = 120
"""How often the ring catches up with a choice that scrolled or moved."""


class FocusRing(QWidget):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focus-ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("")
        self._targets: list[QWidget] = []
        self._follow = QTimer(self)
        self._follow.setInterval(FOLLOW_MS)
        self._follow.timeout.connect(self._place)
        self.hide()

    def around(self, *targets: QWidget) -> None:
        """Rings one choice, or several side by side (a row) with one ring."""
        self.clear()
        self._targets = [t for t in targets if t is not None]
        if not self._targets:
            self.clear()
            return
        for target in self._targets:  # one deleted with its screen is noticed in _place
            target.installEventFilter(self)  # moved or resized by its layout: follow at once
        self._place()
        self._follow.start()

    def clear(self) -> None:
        for target in self._targets:
            with suppress(RuntimeError):  # already gone
                target.removeEventFilter(self)
        self._targets = []
        self._follow.stop()
        self.hide()

    @property
    def targets(self) -> list[QWidget]:
        return list(self._targets)

    def _place(self) -> None:
        window = self.parentWidget()
        try:
            showing = [t for t in self._targets if t.isVisible()]
        except RuntimeError:  # a target was deleted with its screen
            self.clear()
            return
        if window is None or not showing:
            self.hide()
            return
        area = QRect()
        for target in showing:
            area = area.united(QRect(target.mapTo(window, target.rect().topLeft()), target.size()))
        grown = area.adjusted(-2 * BAND, -2 * BAND, 2 * BAND, 2 * BAND)
        if self.geometry() != grown:
            self.setGeometry(grown)
        if not self.isVisible():
            self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in FOLLOWED:
            self._place()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for colour, inset in ((OUTER, BAND / 2), (INNER, BAND * 1.5)):
            pen = QPen(colour, BAND)
            painter.setPen(pen)
            painter.drawRoundedRect(self.rect().toRectF().adjusted(inset, inset, -inset, -inset), 14, 14)
        painter.end()
