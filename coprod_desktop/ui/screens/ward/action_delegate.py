"""Draws one action of the You said, we did board as a card: the status symbol (its own shape, never
colour alone) with its words, then what was said and the answer, in large type.

Rows have one fixed height worked out from the font, so the list never measures thousands of rows;
the whole of a long answer is shown beside the list and read aloud when the row is chosen. A card
that is not a plain status (a worry, an idea waiting for staff) names its own symbol."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from coprod_desktop.services.actions import ActionRecord
from coprod_desktop.services.worries import WorryRecord
from coprod_desktop.ui.action_words import STATUS_SYMBOLS
from coprod_desktop.ui.models.action_board_model import ACTION_ROLE, BoardItem
from coprod_desktop.ui.symbol_icons import SymbolPainter

SYMBOL = 64
PAD = 14
STATUS_COLUMN = 96
TEXT_LINES = 4


@dataclass(frozen=True)
class CardWords:
    status: str
    """Shown first, in bold, beside the status symbol."""
    lines: tuple[str, ...]
    """Up to three more lines; the first is shown bold."""
    symbol: str | None = None
    """The symbol beside the words; None: the action's status symbol."""


class ActionDelegate(QStyledItemDelegate):
    def __init__(
        self,
        painter: SymbolPainter,
        words: Callable[[BoardItem], CardWords],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._symbols = painter
        self._words = words

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = QFontMetrics(option.font).lineSpacing()
        height = max(SYMBOL + 3 * PAD, TEXT_LINES * line + 2 * PAD + 8)
        return QSize(300, height)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        record = index.data(ACTION_ROLE)
        if not isinstance(record, ActionRecord | WorryRecord):
            return
        words = self._words(record)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        card = option.rect.adjusted(4, 4, -4, -4)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.setBrush(background)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 2))
        painter.drawRoundedRect(card, 14, 14)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Link), 5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(2, 2, -2, -2), 12, 12)

        # The symbol sits on a white tile so its outline shows in high contrast too.
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        tile = QRect(card.left() + PAD + (STATUS_COLUMN - SYMBOL) // 2 - 4, card.top() + PAD, SYMBOL, SYMBOL)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(Qt.GlobalColor.white)
        painter.drawRoundedRect(tile.adjusted(-4, -4, 4, 4), 10, 10)
        symbol = words.symbol
        if symbol is None:
            symbol = STATUS_SYMBOLS[record.status] if isinstance(record, ActionRecord) else "not-happy"
        painter.drawPixmap(tile, self._symbols.pixmap(symbol, SYMBOL, ratio))

        bold = QFont(option.font)
        bold.setBold(True)
        painter.setPen(text)

        left = card.left() + PAD + STATUS_COLUMN + PAD
        width = max(card.right() - PAD - left, 40)
        line = QFontMetrics(option.font).lineSpacing()
        top = card.top() + PAD
        for number, words_line in enumerate((words.status, *words.lines)[:TEXT_LINES]):
            font = bold if number < 2 else option.font
            painter.setFont(font)
            shown = QFontMetrics(font).elidedText(
                " ".join(words_line.split()), Qt.TextElideMode.ElideRight, width
            )
            painter.drawText(QRect(left, top, width, line), Qt.AlignmentFlag.AlignVCenter, shown)
            top += line
        painter.restore()
