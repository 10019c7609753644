"""One line of how Questions for me went: the question, how it compares with last time in words and
as a shape (an up or down arrow, a level line), never colour alone."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel

from coprod_desktop.services.prems import Change, ItemInfo
from coprod_desktop.store.kinds import Rating
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.prem_words import DEFAULT_SYMBOL, item_words
from coprod_desktop.ui.screens.screen import join_sentences
from coprod_desktop.ui.widgets.rating_scale import SYMBOLS as FACE_SYMBOLS
from coprod_desktop.ui.widgets.rating_scale import rating_words

MARK_SIZE = 72
FIRST_TIME, SKIPPED = "first", "skipped"


def change_mark(kind: str, size: int = MARK_SIZE) -> QPixmap:
    """A shape for how a question went: an arrow up (better), a level bar (the same), an arrow down
    (worse), a star (first time) or a gap (skipped). Dark on a white tile, so it reads in both themes."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor("#1B1B1B")
    painter.setPen(QPen(ink, max(2, size // 24)))
    painter.setBrush(QColor("#FFFFFF"))
    margin = size * 0.04
    painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin))
    s = size / 100
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    if kind == Change.BETTER.value:
        painter.drawPolygon(
            QPolygonF([QPointF(50 * s, 18 * s), QPointF(80 * s, 52 * s), QPointF(20 * s, 52 * s)])
        )
        painter.drawRect(QRectF(40 * s, 50 * s, 20 * s, 32 * s))
    elif kind == Change.WORSE.value:
        painter.drawPolygon(
            QPolygonF([QPointF(50 * s, 82 * s), QPointF(80 * s, 48 * s), QPointF(20 * s, 48 * s)])
        )
        painter.drawRect(QRectF(40 * s, 18 * s, 20 * s, 32 * s))
    elif kind == Change.SAME.value:
        painter.drawRect(QRectF(22 * s, 32 * s, 56 * s, 12 * s))
        painter.drawRect(QRectF(22 * s, 56 * s, 56 * s, 12 * s))
    elif kind == FIRST_TIME:
        path = QPainterPath()
        for point in range(10):
            radius = 34 * s if point % 2 == 0 else 15 * s
            angle = -math.pi / 2 + point * math.pi / 5
            at = QPointF(50 * s + radius * math.cos(angle), 52 * s + radius * math.sin(angle))
            if point == 0:
                path.moveTo(at)
            else:
                path.lineTo(at)
        path.closeSubpath()
        painter.drawPath(path)
    else:  # skipped: three dots
        for x in (30, 50, 70):
            painter.drawEllipse(QPointF(x * s, 50 * s), 7 * s, 7 * s)
    painter.end()
    return pixmap


class ResultRow(QFrame):
    """One question's result: its symbol, its words, the face given and how it changed."""

    def __init__(
        self, context: UiContext, item: ItemInfo, rating: Rating | None, kind: str, words: str
    ) -> None:
        super().__init__()
        self.setProperty("role", "card")
        self.kind = kind
        self.item_key = item.key
        painter = context.painter
        icon = QLabel(self)
        icon.setObjectName("symbol")
        icon.setPixmap(painter.pixmap(item.symbol_id or DEFAULT_SYMBOL, 64, self.devicePixelRatioF()))
        question = QLabel(item_words(item), self)
        question.setTextFormat(Qt.TextFormat.PlainText)
        question.setWordWrap(True)
        face = QLabel(self)
        face.setFixedSize(72, 72)
        if rating is not None:
            face.setObjectName("symbol")  # the light tile only behind a face, never an empty one
            face.setPixmap(painter.pixmap(FACE_SYMBOLS[rating], 64, self.devicePixelRatioF()))
            face.setAccessibleName(rating_words(rating))
        self.mark = QLabel(self)
        self.mark.setPixmap(change_mark(kind))
        self.mark.setFixedSize(MARK_SIZE, MARK_SIZE)
        self.change = plain_label(self, "message", words)
        self.mark.setAccessibleName(words)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.setSpacing(16)
        row.addWidget(icon)
        row.addWidget(question, 3)
        row.addWidget(face)
        row.addWidget(self.mark)
        row.addWidget(self.change, 2)
        self.spoken = join_sentences(item_words(item), words)
