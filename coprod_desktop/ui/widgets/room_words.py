"""Words shown to the whole room: one phrase in the biggest type that fits, filling the window.

In a noisy meeting a person can hold the screen up instead of raising their voice. It is a child
overlay that covers its window rather than a window of its own, so it behaves the same with or
without a window manager. While it shows, everything behind it is disabled: Tab, arrows and a
single switch can only reach Close. One tap anywhere, Close, or Escape puts the screen back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.ui.symbol_icons import SymbolPainter
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

BACKGROUND = QColor("#000000")
INK = QColor("#FFFF00")
"""Yellow on black: about 19:1, above the 7:1 the high-contrast theme asks for."""
SMALLEST_POINTS = 16
LARGEST_POINTS = 400
MARGIN = 32
FLAGS = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)


def fitting_points(text: str, area: QRect, base: QFont) -> int:
    """The largest point size at which `text`, wrapped at word boundaries, fits inside `area`."""
    if not text or area.width() <= 0 or area.height() <= 0:
        return SMALLEST_POINTS
    low, high = SMALLEST_POINTS, LARGEST_POINTS
    font = QFont(base)
    while low < high:
        middle = (low + high + 1) // 2
        font.setPointSize(middle)
        needed = QFontMetrics(font).boundingRect(area, FLAGS, text)
        if needed.width() <= area.width() and needed.height() <= area.height():
            low = middle
        else:
            high = middle - 1
    return low


class _WordsCanvas(QWidget):
    """Paints the words; clicks pass through to the overlay, which closes on any tap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._text = ""
        self.points = SMALLEST_POINTS

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        self._text = text
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        area = self.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        font = QFont(self.font())
        font.setBold(True)
        self.points = fitting_points(self._text, area, font)
        font.setPointSize(self.points)
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        painter.setPen(INK)
        painter.setFont(font)
        # Drawn as plain text, so words that look like markup show exactly as typed.
        painter.drawText(area, FLAGS, self._text)
        painter.end()


class RoomWords(QWidget):
    closed = Signal()

    def __init__(self, painter: SymbolPainter, speaker: Speaker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host: QWidget | None = None
        self._disabled: list[QWidget] = []
        self._return_focus: QWidget | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        # Close keeps the focus; Escape reaches this widget from it (not the window's one step back).
        self.setProperty("own_keys", True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.canvas = _WordsCanvas(self)
        self.close_button = SymbolButton(painter, speaker, "close", symbol_size=56, max_lines=1)
        self.close_button.setFixedSize(180, 130)
        self.close_button.clicked.connect(self.close_words)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addStretch(1)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.close_button.set_words(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def text(self) -> str:
        return self.canvas.text()

    @property
    def points(self) -> int:
        """The size the words were last drawn at."""
        return self.canvas.points

    def show_words(self, text: str, over: QWidget) -> None:
        """Covers the whole window that holds `over` with `text`, and takes the keyboard."""
        host = over.window()
        if self._host is not host:
            if self._host is not None:
                self._host.removeEventFilter(self)
            self._host = host
            self.setParent(host)
            host.installEventFilter(self)
        if not self.isVisible():
            self._return_focus = over.focusWidget() or over
            self._disable_behind(host)
        self.canvas.set_text(text)
        self.setAccessibleName(text)
        self.setGeometry(host.rect())
        self.show()
        self.raise_()
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_words(self) -> None:
        if not self.isVisible():
            return
        self.hide()
        for widget in self._disabled:
            widget.setEnabled(True)
        self._disabled = []
        back = self._return_focus
        self._return_focus = None
        if back is not None:
            back.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    def _disable_behind(self, host: QWidget) -> None:
        # Only widgets that are enabled now, so a control that was off stays off afterwards.
        self._disabled = [
            child
            for child in host.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if child is not self and child.isEnabled() and not child.isWindow()
        ]
        for widget in self._disabled:
            widget.setEnabled(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize and self._host is not None:
            self.setGeometry(self._host.rect())
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # On release, like a button, so the tap that closes never lands on what is underneath.
        event.accept()
        self.close_words()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.close_words()
            return
        super().keyPressEvent(event)
