"""The "done" mark drawn on a picture: a green tick in a white disc in its lower right corner, so done
shows by shape and not by colour alone (a done topic, a person who has had their turn)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap

DONE_GREEN = "#1E7B34"


def with_done_tick(pixmap: QPixmap) -> QPixmap:
    """A copy of `pixmap` with the tick: the disc is 46 % of its shorter side."""
    marked = QPixmap(pixmap)
    ratio = marked.devicePixelRatio() or 1.0
    width = marked.width() / ratio
    height = marked.height() / ratio
    badge = min(width, height) * 0.46
    area = QRectF(width - badge, height - badge, badge, badge).adjusted(1, 1, -1, -1)
    painter = QPainter(marked)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(DONE_GREEN), max(2.0, badge / 14)))
    painter.setBrush(QColor("#FFFFFF"))
    painter.drawEllipse(area)
    pen = QPen(QColor(DONE_GREEN), badge / 7, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    x, y, w = area.x(), area.y(), area.width()
    painter.drawPolyline(
        [
            QPointF(x + w * 0.25, y + w * 0.52),
            QPointF(x + w * 0.43, y + w * 0.7),
            QPointF(x + w * 0.76, y + w * 0.32),
        ]
    )
    painter.end()
    return marked
