"""Plain text that wraps to a few lines and ends in an ellipsis: a 500-character name or a
right-to-left one can never widen a button or break a grid. Given shorter words as well, it shows
them whenever the whole text would be cut, so what shows is whole."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QFont,
    QFontMetricsF,
    QPainter,
    QResizeEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from coprod_desktop.ui.kit.tile_accessible import install_tile_accessibility

SMALLEST_SCALE = 0.8
"""A word too long for its box is drawn at most this much smaller before it is broken."""


class WrapLabel(QWidget):
    def __init__(self, text: str = "", max_lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self._whole = text
        """The text as set; `_text` is what shows: this, or `_shorter` where this would be cut."""
        self._shorter: str | None = None
        self._max_lines = max_lines
        self._alignment = Qt.AlignmentFlag.AlignHCenter
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        install_tile_accessibility()  # read out as a label where it stands on its own

    def text(self) -> str:
        return self._text

    def setText(self, text: str, shorter: str | None = None) -> None:
        """`shorter` shows instead where `text` would not fit its lines ("You said, we did / Done"
        for "You said, we did / Done: Can we have a film night?")."""
        self._whole, self._shorter = text, shorter
        self._show(self._fitting_text(self.width()))

    def _show(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        self.updateGeometry()
        self.update()
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))

    def _fitting_text(self, width: float) -> str:
        if self._shorter is None or width <= 0:
            return self._whole
        return self._whole if self.line_count(width, whole=True) <= self._max_lines else self._shorter

    def set_max_lines(self, max_lines: int) -> None:
        if max_lines != self._max_lines:
            self._max_lines = max_lines
            self.updateGeometry()
            self.update()
            self._show(self._fitting_text(self.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show(self._fitting_text(event.size().width()))

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:
        self._alignment = alignment
        self.update()

    def visible_lines(self, width: float) -> list[str]:
        """The lines as drawn at this width, the last one elided if the text is cut."""
        if not self._text or width <= 0:
            return []
        font = self.drawn_font(width)
        layout = self._layout(width, font=font)
        lines = [layout.lineAt(i) for i in range(layout.lineCount())]
        shown = [self._text[line.textStart() : line.textStart() + line.textLength()] for line in lines]
        if len(shown) > self._max_lines:
            rest = self._text[lines[self._max_lines - 1].textStart() :].replace("\n", " ")
            metrics = QFontMetricsF(font)
            last = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
            shown = [*shown[: self._max_lines - 1], last]
        return [line.rstrip() for line in shown]

    def line_count(self, width: float, *, whole: bool = False) -> int:
        """How many lines the text shown (or the `whole` text as set) takes at this width, however
        many may be shown."""
        text = self._whole if whole else self._text
        if not text or width <= 0:
            return 0
        return self._layout(width, text).lineCount()

    def drawn_font(self, width: float) -> QFont:
        """The font the words are drawn in: a word longer than the width ("Gweithgareddau" in a
        narrow tile) makes the words a little smaller, down to SMALLEST_SCALE, rather than broken."""
        font = self.font()
        words = self._text.split()
        if not words or width <= 0:
            return font
        longest = max(words, key=QFontMetricsF(font).horizontalAdvance)
        widest = QFontMetricsF(font).horizontalAdvance(longest)
        if widest <= width:
            return font
        smaller = QFont(font)
        scale = width / widest
        while True:  # glyphs do not shrink exactly in step with the size: measure again
            smaller.setPointSizeF(font.pointSizeF() * max(SMALLEST_SCALE, scale))
            if scale <= SMALLEST_SCALE or QFontMetricsF(smaller).horizontalAdvance(longest) <= width:
                return smaller
            scale -= 0.01

    def breaks_a_word(self, width: float, *, as_drawn: bool = False) -> bool:
        """True when at this width a line ends inside a word ("Helpwc / h fi"): too narrow to read.
        At the label's own font, or `as_drawn` (see drawn_font)."""
        if not self._text or width <= 0:
            return False
        layout = self._layout(width, font=self.drawn_font(width) if as_drawn else None)
        for index in range(layout.lineCount() - 1):
            end = layout.lineAt(index + 1).textStart()
            before, after = self._text[end - 1 : end], self._text[end : end + 1]
            if before and after and not before.isspace() and not after.isspace() and before not in "-/":
                return True
        return False

    def _layout(self, width: float, text: str | None = None, font: QFont | None = None) -> QTextLayout:
        # A typed line break starts a new line (QTextLayout only breaks at U+2028); same length, so
        # line offsets still index self._text.
        shown = self._text if text is None else text
        layout = QTextLayout(shown.replace("\n", "\u2028"), self.font() if font is None else font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setAlignment(self._alignment)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
        layout.endLayout()
        return layout

    def _line_height(self) -> float:
        return QFontMetricsF(self.font()).lineSpacing()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        lines = max(1, len(self.visible_lines(width)))
        return int(lines * self._line_height()) + 2

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        width = min(metrics.horizontalAdvance(self._text), metrics.averageCharWidth() * 16)
        return QSize(int(width) + 4, self.heightForWidth(int(width) + 4))

    def minimumSizeHint(self) -> QSize:
        # As wide as the longest word drawn at its smallest (drawn_font), so a layout squeezes the room
        # round it before it breaks a word ("Everythin / g"); a name of one long run of letters still
        # gives way past 16 letters.
        metrics = QFontMetricsF(self.font())
        words = self._whole.split() or [""]
        longest = max(metrics.horizontalAdvance(word) for word in words) * SMALLEST_SCALE
        widest = min(longest, metrics.averageCharWidth() * 16)
        return QSize(max(int(metrics.averageCharWidth() * 4), int(widest) + 2), int(self._line_height()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()  # a new word size: the tile round these words places them again

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        font = self.drawn_font(self.width())
        painter.setFont(font)
        line_height = self._line_height()
        lines = self.visible_lines(self.width())
        top = max(0.0, (self.height() - len(lines) * line_height) / 2)
        metrics = QFontMetricsF(font)
        for index, line in enumerate(lines):
            y = top + index * line_height + metrics.ascent()
            if self._alignment & Qt.AlignmentFlag.AlignHCenter:
                x = (self.width() - metrics.horizontalAdvance(line)) / 2
            else:
                x = 0.0
            painter.drawText(QPointF(max(0.0, x), y), line)
        painter.end()
