"""One thank-you drawn as a card on the wall: its reason symbols, "From Sam to Jo", the reasons in
words and the words said, in large type; someone else shown by a picture has it at the card's end
(and a microphone when their name was said in the author's voice).

Every card is the same height (sizeHint does not look at the row), so a list view with uniform item
sizes never measures thousands of rows to lay out the wall.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from coprod_desktop.services.thanks import ThanksRecord
from coprod_desktop.ui.models.thank_you_model import (
    REASON_SYMBOLS,
    RECORD_ROLE,
    TO_ROLE,
    from_to_words,
    reasons_line,
)
from coprod_desktop.ui.symbol_icons import SymbolPainter

SYMBOL_SIZE = 64
SYMBOLS_SHOWN = 4
VOICE_SIZE = 40
"""Two by two; a thank-you with more reasons still names them all in words."""
MARGIN = 16
GAP = 8
WORD_LINES = 2
CARD_GAP = 12
"""Space between cards, so each is a clear target of its own."""


class ThankYouDelegate(QStyledItemDelegate):
    def __init__(self, painter: SymbolPainter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._symbols = painter

    # --- size -------------------------------------------------------------------------------------
    @staticmethod
    def _fonts(base: QFont) -> tuple[QFont, QFont]:
        heading = QFont(base)
        heading.setBold(True)
        if base.pointSizeF() > 0:
            heading.setPointSizeF(base.pointSizeF() + 2)
        return heading, QFont(base)

    def card_height(self, base: QFont) -> int:
        heading, body = self._fonts(base)
        text = QFontMetrics(heading).lineSpacing() + QFontMetrics(body).lineSpacing() * (1 + WORD_LINES)
        symbols = 2 * SYMBOL_SIZE + GAP
        return max(text + 2 * GAP, symbols) + 2 * MARGIN + CARD_GAP

    def sizeHint(self, option: QStyleOptionViewItem, _index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = option.rect.width() if option.rect.width() > 0 else 600  # type: ignore[attr-defined]
        return QSize(width, self.card_height(option.font))  # type: ignore[attr-defined]

    # --- painting ---------------------------------------------------------------------------------
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        record = index.data(RECORD_ROLE)
        if not isinstance(record, ThanksRecord):
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect.adjusted(4, 4, -4, -4 - CARD_GAP)  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        current = bool(state & QStyle.StateFlag.State_Selected) or bool(
            state & QStyle.StateFlag.State_HasFocus
        )
        ink = palette.color(QPalette.ColorRole.Text)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The current card has a much thicker border: shown by shape, not by colour alone.
        border = 7 if current else 3
        painter.setPen(QPen(ink, border))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        half = border / 2
        painter.drawRoundedRect(QRectF(rect).adjusted(half, half, -half, -half), 16, 16)

        ratio = painter.device().devicePixelRatioF()
        inner = rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        for number, reason in enumerate(record.reasons[:SYMBOLS_SHOWN]):
            x = inner.left() + (number % 2) * (SYMBOL_SIZE + GAP)
            y = inner.top() + (number // 2) * (SYMBOL_SIZE + GAP)
            symbol = REASON_SYMBOLS.get(reason, "thank-you")
            painter.drawPixmap(x, y, self._symbols.pixmap(symbol, SYMBOL_SIZE, ratio))
        text_left = inner.left() + 2 * (SYMBOL_SIZE + GAP) + GAP
        text_right = inner.right()
        if record.to_symbol_id or record.to_recording_file:  # who, as their picture and their name heard
            text_right -= SYMBOL_SIZE + 2 * GAP
            x = inner.right() - SYMBOL_SIZE
            y = inner.top()
            if record.to_symbol_id:
                painter.drawPixmap(x, y, self._symbols.pixmap(record.to_symbol_id, SYMBOL_SIZE, ratio))
                y += SYMBOL_SIZE + GAP
            if record.to_recording_file:
                offset = (SYMBOL_SIZE - VOICE_SIZE) // 2
                painter.drawPixmap(x + offset, y, self._symbols.pixmap("microphone", VOICE_SIZE, ratio))
        text = QRect(text_left, inner.top(), max(10, text_right - text_left), inner.height())

        heading_font, body_font = self._fonts(option.font)  # type: ignore[attr-defined]
        painter.setPen(ink)
        y = text.top()
        to = index.data(TO_ROLE)
        heading = from_to_words(record, to if isinstance(to, str) else None)
        y = self._draw_lines(painter, heading_font, heading, text, y, 1)
        y = self._draw_lines(painter, body_font, reasons_line(record), text, y, 1)
        if record.words:
            self._draw_lines(painter, body_font, "“" + record.words + "”", text, y, WORD_LINES)
        painter.restore()

    @staticmethod
    def _draw_lines(painter: QPainter, font: QFont, words: str, area: QRect, top: int, lines: int) -> int:
        """Draws up to `lines` lines of plain text, the last elided; returns the y under them."""
        painter.setFont(font)
        metrics = QFontMetrics(font)
        height = metrics.lineSpacing()
        width = area.width()
        rest = " ".join(words.split())
        for line in range(lines):
            if not rest:
                break
            if line == lines - 1 or metrics.horizontalAdvance(rest) <= width:
                shown = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
                rest = ""
            else:
                shown, rest = _fit(metrics, rest, width)
            painter.drawText(
                QRect(area.left(), top, width, height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                shown,
            )
            top += height
        return top


def _fit(metrics: QFontMetrics, text: str, width: int) -> tuple[str, str]:
    """The most whole words of `text` that fit in `width`, and what is left over."""
    words = text.split(" ")
    shown = ""
    for count in range(1, len(words) + 1):
        trial = " ".join(words[:count])
        if metrics.horizontalAdvance(trial) > width:
            break
        shown = trial
    if not shown:  # one very long word: cut it where it stops fitting
        cut = len(text)
        while cut > 1 and metrics.horizontalAdvance(text[:cut]) > width:
            cut -= 1
        return text[:cut], text[cut:]
    return shown, text[len(shown) :].lstrip()
