"""Plain text that wraps to a few lines and ends in an ellipsis: a 500-character name or a
right-to-left one can never widen a button or break a grid."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QFontMetricsF, QPainter, QTextLayout, QTextOption
from PySide6.QtWidgets import QSizePolicy, QWidget

from coprod_desktop.ui.kit.tile_accessible import install_tile_accessibility


class WrapLabel(QWidget):
    def __init__(self, text: str = "", max_lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self._max_lines = max_lines
        self._alignment = Qt.AlignmentFlag.AlignHCenter
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        install_tile_accessibility()  # read out as a label where it stands on its own

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        self.updateGeometry()
        self.update()
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))

    def set_max_lines(self, max_lines: int) -> None:
        if max_lines != self._max_lines:
            self._max_lines = max_lines
            self.updateGeometry()
            self.update()

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:
        self._alignment = alignment
        self.update()

    def visible_lines(self, width: float) -> list[str]:
        """The lines as drawn at this width, the last one elided if the text is cut."""
        if not self._text or width <= 0:
            return []
        layout = self._layout(width)
        lines = [layout.lineAt(i) for i in range(layout.lineCount())]
        shown = [self._text[line.textStart() : line.textStart() + line.textLength()] for line in lines]
        if len(shown) > self._max_lines:
            rest = self._text[lines[self._max_lines - 1].textStart() :].replace("\n", " ")
            metrics = QFontMetricsF(self.font())
            last = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
            shown = [*shown[: self._max_lines - 1], last]
        return [line.rstrip() for line in shown]

    def line_count(self, width: float) -> int:
        """How many lines the whole text takes at this width, however many may be shown."""
        if not self._text or width <= 0:
            return 0
        return self._layout(width).lineCount()

    def breaks_a_word(self, width: float) -> bool:
        """True when at this width a line ends inside a word ("Helpwc / h fi"): too narrow to read."""
        if not self._text or width <= 0:
            return False
        layout = self._layout(width)
        for index in range(layout.lineCount() - 1):
            end = layout.lineAt(index + 1).textStart()
            before, after = self._text[end - 1 : end], self._text[end : end + 1]
            if before and after and not before.isspace() and not after.isspace() and before not in "-/":
                return True
        return False

    def _layout(self, width: float) -> QTextLayout:
        # A typed line break starts a new line (QTextLayout only breaks at U+2028); same length, so
        # line offsets still index self._text.
        layout = QTextLayout(self._text.replace("\n", "\u2028"), self.font())
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
        return QSize(int(QFontMetricsF(self.font()).averageCharWidth() * 4), int(self._line_height()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()  # a new word size: the tile round these words places them again

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self.font())
        line_height = self._line_height()
        lines = self.visible_lines(self.width())
        top = max(0.0, (self.height() - len(lines) * line_height) / 2)
        metrics = QFontMetricsF(self.font())
        for index, line in enumerate(lines):
            y = top + index * line_height + metrics.ascent()
            if self._alignment & Qt.AlignmentFlag.AlignHCenter:
                x = (self.width() - metrics.horizontalAdvance(line)) / 2
            else:
                x = 0.0
            painter.drawText(QPointF(max(0.0, x), y), line)
        painter.end()
