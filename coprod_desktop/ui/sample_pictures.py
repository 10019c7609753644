"""Pictures that show a setting rather than name it: letters at a size, colours as they will look."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap


def letters_sample(
    size: int, letter_px: int, foreground: str, background: str, ratio: float = 1.0
) -> QPixmap:
    """'Aa' drawn at `letter_px` on a rounded tile of `background`: the letters keep their true size
    whatever the tile's size, so the sample shows the words as they will be."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(foreground), 2))
    painter.setBrush(QColor(background))
    painter.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), 8, 8)
    font = QFont()
    font.setPixelSize(letter_px)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "Aa")
    painter.end()
    return pixmap


def letters_drawing(letter_px: int, foreground: str, background: str) -> Callable[[int, float], QPixmap]:
    """The sample at whatever side its tile gives it (SymbolButton.set_drawn_picture)."""
    return lambda side, ratio: letters_sample(side, letter_px, foreground, background, ratio)
