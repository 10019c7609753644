"""The basic patient control: a symbol, words under it, and speech when chosen or reached by switch."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.ui.symbol_icons import SymbolPainter
from coprod_desktop.ui.theme import TARGET_PX
from coprod_desktop.ui.widgets.wrap_label import WrapLabel

SYMBOLS_ON_PROPERTY = "mySaySymbolsOn"
"""Application property holding the chosen person's "symbols on/off" preference."""

MIN_TARGET = TARGET_PX
"""Smallest touch target in pixels at 100% scale (DESIGN.md section 3)."""


class SymbolButton(QPushButton):
    """Symbol + words + spoken label. Its accessible name is the spoken label, so a screen reader
    and our own speech say the same thing. Moving onto it by keyboard or switch speaks it too
    (see SwitchAccess)."""

    def __init__(
        self,
        painter: SymbolPainter,
        speaker: Speaker,
        symbol_id: str | None,
        words: str = "",
        spoken: str | None = None,
        symbol_size: int = 72,
        max_lines: int = 2,
        parent: QWidget | None = None,
        *,
        beside: bool = False,
    ) -> None:
        """`beside` puts the words to the right of the symbol: a wide, low button where height is short."""
        super().__init__(parent)
        self._painter = painter
        self._speaker = speaker
        self._symbol_id = symbol_id
        self._symbol_size = symbol_size
        self._spoken = ""
        self._symbols_on = True
        self._draw_when_shown = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(MIN_TARGET, MIN_TARGET)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

        self._icon = QLabel(self)
        self._icon.setObjectName("symbol")
        self._icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._icon.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._icon.setFixedSize(symbol_size + 8, symbol_size + 8)
        self._words = WrapLabel("", max_lines, self)
        self._beside: bool | None = None
        self.set_beside(beside)
        self._words.setVisible(False)
        self._draw_symbol()
        self.set_words(words, spoken)
        app = QApplication.instance()
        self.show_symbols(app is None or app.property(SYMBOLS_ON_PROPERTY) is not False)
        self.clicked.connect(self.speak)
        self.toggled.connect(self._restyle_words)

    @property
    def beside(self) -> bool:
        return bool(self._beside)

    def set_beside(self, beside: bool) -> None:
        """Symbol above the words, or left of them: a row that is short of height at big word sizes
        turns its buttons on their side, so the words keep a whole line."""
        if beside == self._beside:
            return
        self._beside = beside
        old = self.layout()
        if old is not None:
            shiboken6.delete(old)  # a layout never owns its widgets: the symbol and words stay
        if beside:
            self._words.setAlignment(Qt.AlignmentFlag.AlignLeft)
            row = QHBoxLayout(self)
            row.setContentsMargins(16, 10, 16, 10)
            row.setSpacing(16)
            row.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignVCenter)
            row.addWidget(self._words, 1, Qt.AlignmentFlag.AlignVCenter)
        else:
            self._words.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout = QVBoxLayout(self)
            layout.setContentsMargins(10, 10, 10, 10)
            layout.setSpacing(6)
            layout.addStretch(1)
            layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(self._words, 0)
            layout.addStretch(1)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.EnabledChange:
            self._restyle_words()

    def _restyle_words(self, _checked: bool = False) -> None:
        # Style sheets match [checked="true"] and [enabled="false"] only when polished again.
        style = self._words.style()
        style.unpolish(self._words)
        style.polish(self._words)
        self._words.update()

    @property
    def words(self) -> str:
        return self._words.text()

    @property
    def spoken(self) -> str:
        return self._spoken

    @property
    def symbol_id(self) -> str | None:
        return self._symbol_id

    def set_words(self, words: str, spoken: str | None = None) -> None:
        self._words.setText(words)
        self._words.setVisible(bool(words))
        self._spoken = spoken if spoken is not None else words
        self.setAccessibleName(self._spoken)
        self.setToolTip("")
        self.show_symbols(self._symbols_on)

    def set_max_lines(self, max_lines: int) -> None:
        """More lines of words where a row turns its buttons on their side at big word sizes."""
        self._words.set_max_lines(max_lines)

    def show_symbols(self, on: bool) -> None:
        """Words only, for a person who chose no symbols. People's pictures always show, and so does
        a symbol that has no words beside it."""
        self._symbols_on = on
        self._icon.setVisible(on or self._symbol_id is None or not self.words)

    def set_symbol(self, symbol_id: str | None) -> None:
        self._symbol_id = symbol_id
        self._draw_symbol()

    def set_picture(self, pixmap: QPixmap) -> None:
        """Shows a picture (such as a person's photo) in place of a catalogue symbol."""
        self._symbol_id = None
        self._draw_when_shown = False
        self._icon.setPixmap(pixmap)
        self.show_symbols(self._symbols_on)

    def speak(self) -> None:
        if self._spoken:
            self._speaker.say(self._spoken)

    def _draw_symbol(self) -> None:
        """Drawn when the button is first shown, not when made: a page of search results or the later
        pages of a grid make many buttons a person may never see (a new picture costs milliseconds)."""
        if self._symbol_id is None:
            self._draw_when_shown = False
            self._icon.clear()
            return
        if not self.isVisible():
            self._draw_when_shown = True
            return
        self._draw_when_shown = False
        ratio = self.devicePixelRatioF()
        self._icon.setPixmap(self._painter.pixmap(self._symbol_id, self._symbol_size, ratio))

    def showEvent(self, event: QShowEvent) -> None:
        if self._draw_when_shown:
            self._draw_symbol_now()
        super().showEvent(event)

    def _draw_symbol_now(self) -> None:
        self._draw_when_shown = False
        if self._symbol_id is not None:
            self._icon.setPixmap(
                self._painter.pixmap(self._symbol_id, self._symbol_size, self.devicePixelRatioF())
            )

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return hint.expandedTo(QSize(MIN_TARGET, MIN_TARGET))
