"""One big row button in a list: a symbol on the left, one or two lines of plain words beside it,
each taking a second line rather than being cut where the list is narrow."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from coprod_desktop.ui.symbol_icons import SymbolPainter
from coprod_desktop.ui.widgets.symbol_button import MIN_TARGET
from coprod_desktop.ui.widgets.wrap_label import WrapLabel

ROW_HEIGHT = 104
LINES = 2
"""Lines each of the row's words may take ("25 Hydref 2026 i 21 Tachwedd 2026" in a narrow list)."""


class RowButton(QPushButton):
    """Its accessible name is all its words, so a screen reader says what the row shows."""

    def __init__(
        self,
        painter: SymbolPainter,
        symbol_id: str | None,
        symbol_size: int = 56,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(max(ROW_HEIGHT, MIN_TARGET))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._painter = painter
        self._size = symbol_size
        self._icon = QLabel(self)
        self._icon.setObjectName("symbol")
        self._icon.setFixedSize(symbol_size + 8, symbol_size + 8)
        self._icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._icon.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._words = WrapLabel("", LINES, self)
        self._words.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self._more = WrapLabel("", LINES, self)
        self._more.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self._more.hide()
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addStretch(1)
        words.addWidget(self._words)
        words.addWidget(self._more)
        words.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(16)
        layout.addWidget(self._icon)
        layout.addLayout(words, 1)
        self.set_symbol(symbol_id)
        self.toggled.connect(self._restyle)

    @property
    def words(self) -> str:
        return self._words.text()

    def set_symbol(self, symbol_id: str | None) -> None:
        if symbol_id is None:
            self._icon.clear()
        else:
            self._icon.setPixmap(self._painter.pixmap(symbol_id, self._size, self.devicePixelRatioF()))

    @property
    def more(self) -> str:
        return self._more.text()

    def set_words(self, words: str, more: str = "") -> None:
        """Words, and optional more words under them (each on up to two lines, then elided)."""
        self._words.setText(words)
        self._more.setText(more)
        self._more.setVisible(bool(more))
        self.setAccessibleName(f"{words}. {more}" if more else words)

    # The row is as tall as its words need (a QPushButton's own hints know nothing of its layout).
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        needed = layout.totalHeightForWidth(width) if layout is not None else 0
        return max(self.minimumHeight(), needed)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(self.width() or hint.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.heightForWidth(self.width()) != self.height():
            self.updateGeometry()  # the words take another line at this width, or one fewer

    def _restyle(self, _checked: bool = False) -> None:
        # The words follow the checked colours only when polished again.
        self.setProperty("checked", "true" if self.isChecked() else "false")
        for widget in (self, self._words, self._more):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.update()
