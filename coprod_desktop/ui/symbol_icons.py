"""Draws catalogue symbols as crisp pixmaps at any size, with a clear stand-in when a picture is missing.

QtSvg and qtawesome are imported inside the drawing methods, not at module level: start-up time is
measured, and qtawesome alone costs about 220 ms (PLATFORM-NOTES.md) while most screens never need it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPainterPath, QPen, QPixmap

from coprod_desktop.symbols.catalogue import SymbolCatalogue, SymbolEntry

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

DEFAULT_GLYPH_COLOR = "#1F1F1F"
"""Colour for qtawesome glyphs whose manifest entry gives none: near-black reads on every theme."""

PROBE_PX = 96
"""Size of the small drawing that finds where a picture's ink is (done once per file)."""
MARGIN = 0.03
"""Air left round the ink, as a share of the side: the picture fills its square, but never touches it."""

FALLBACK_FILL = QColor("#E4E4E4")
FALLBACK_INK = QColor("#4A4A4A")


class SymbolPainter:
    """Turns symbol ids into pixmaps and icons, caching each (id, size, device pixel ratio).

    Ids that cannot be drawn (unknown, file missing, broken SVG) get a grey "?" tile and are collected
    in :attr:`missing`, so the app can tell staff once instead of failing in front of a patient."""

    def __init__(self, catalogue: SymbolCatalogue) -> None:
        self.catalogue = catalogue
        self.missing: set[str] = set()
        self._cache: dict[tuple[str, int, float], QPixmap] = {}
        self._ink_boxes: dict[Path, QRectF | None] = {}

    def pixmap(self, symbol_id: str, size_px: int, device_pixel_ratio: float = 1.0) -> QPixmap:
        """A square pixmap of ``size_px`` logical pixels, drawn at the screen's real resolution."""
        ratio = float(device_pixel_ratio) if device_pixel_ratio > 0 else 1.0
        key = (symbol_id, int(size_px), ratio)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        side = max(1, round(size_px * ratio))
        entry = self.catalogue.get(symbol_id)
        result = self._draw(entry, side) if entry is not None else None
        if result is None:
            self.missing.add(symbol_id)
            result = fallback_pixmap(side)
        result.setDevicePixelRatio(ratio)
        self._cache[key] = result
        return result

    def icon(self, symbol_id: str, size_px: int) -> QIcon:
        """An icon with 1x and 2x pixmaps, for toolbars and lists that pick their own scale."""
        icon = QIcon()
        for ratio in (1.0, 2.0):
            icon.addPixmap(self.pixmap(symbol_id, size_px, ratio))
        return icon

    def clear_cache(self) -> None:
        """Forget drawn pixmaps (for example after the theme changes glyph colours)."""
        self._cache.clear()

    def _draw(self, entry: SymbolEntry, side: int) -> QPixmap | None:
        if entry.source == "qtawesome":
            return _draw_glyph(entry, side)
        if entry.source == "picture":
            path = self.catalogue.picture_path(entry.id)
            image = photo_square(path, side) if path is not None else None
            return QPixmap.fromImage(image) if image is not None else None
        path = self.catalogue.svg_path(entry.id)
        if path is None or not path.is_file():
            return None
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(str(path))
        if not renderer.isValid():
            return None
        if path not in self._ink_boxes:
            self._ink_boxes[path] = picture_box(self.catalogue, entry.id, renderer)
        box = self._ink_boxes[path]
        if box is not None:
            renderer.setViewBox(box)
        return _draw_svg(renderer, side)


def photo_square(path: Path, side: int) -> QImage | None:
    """A photo of the ward's library as a symbol: filling its square, cut to the middle (QImage only,
    so exports draw it on any thread)."""
    image = QImage(str(path))
    if image.isNull():
        return None
    scaled = image.scaled(
        side, side, Qt.AspectRatioMode.KeepAspectRatioByExpanding, Qt.TransformationMode.SmoothTransformation
    )
    return scaled.copy((scaled.width() - side) // 2, (scaled.height() - side) // 2, side, side)


def picture_box(catalogue: SymbolCatalogue, symbol_id: str, renderer: QSvgRenderer) -> QRectF | None:
    """The square round a picture's ink: stored when the symbol files were built, else found now (by
    drawing it once more, which makes its first drawing take half as long again)."""
    stored = catalogue.ink_square(symbol_id)
    if stored is None:
        return ink_box(renderer)
    x, y, side = stored
    return QRectF(x, y, side, side)


def ink_box(renderer: QSvgRenderer) -> QRectF | None:
    """The square (in the picture's own units) round where it has ink, plus a small margin; None if it
    has none. OpenMoji leaves about a sixth of each side empty: without this, a symbol fills only
    half of its tile (AAC apps give it two thirds and more)."""
    view = renderer.viewBoxF()
    if view.isEmpty():
        return None
    image = QImage(PROBE_PX, PROBE_PX, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    scale = PROBE_PX / max(view.width(), view.height())
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, view.width() * scale, view.height() * scale))
    painter.end()
    alpha = image.convertToFormat(QImage.Format.Format_Alpha8)
    stride = alpha.bytesPerLine()
    data = bytes(alpha.constBits())[: stride * PROBE_PX]
    rows = [data[y * stride : y * stride + PROBE_PX] for y in range(PROBE_PX)]
    inked = [y for y, row in enumerate(rows) if row.strip(b"\x00")]
    if not inked:
        return None
    left = min(len(row) - len(row.lstrip(b"\x00")) for row in rows if row.strip(b"\x00"))
    right = max(len(row.rstrip(b"\x00")) for row in rows)
    top, bottom = inked[0], inked[-1] + 1
    side = max(right - left, bottom - top) * (1 + 2 * MARGIN)
    centre_x, centre_y = (left + right) / 2, (top + bottom) / 2
    square = QRectF(centre_x - side / 2, centre_y - side / 2, side, side)
    return QRectF(
        view.x() + square.x() / scale,
        view.y() + square.y() / scale,
        square.width() / scale,
        square.height() / scale,
    )


def _draw_svg(renderer: QSvgRenderer, side: int) -> QPixmap | None:
    pixmap = _blank(side)
    # Keep the picture's own proportions, centred in the square.
    view = renderer.viewBoxF()
    width, height = (view.width(), view.height()) if not view.isEmpty() else (1.0, 1.0)
    scale = side / max(width, height)
    target = QRectF((side - width * scale) / 2, (side - height * scale) / 2, width * scale, height * scale)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, target)
    painter.end()
    return pixmap


def _draw_glyph(entry: SymbolEntry, side: int) -> QPixmap | None:
    import qtawesome

    try:
        icon = qtawesome.icon(entry.ref, color=entry.color or DEFAULT_GLYPH_COLOR)
    except Exception:  # qtawesome raises its own error types for an unknown name or font
        return None
    if icon.isNull():
        return None
    pixmap = _blank(side)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # Painting (not icon.pixmap) draws the glyph straight at this size, whatever the screen scale.
    icon.paint(painter, QRect(0, 0, side, side))
    painter.end()
    return pixmap


def _blank(side: int) -> QPixmap:
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap


def fallback_pixmap(side: int) -> QPixmap:
    """A grey rounded square with a question mark, drawn with paths so it needs no font."""
    pixmap = _blank(side)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(side / 72.0, side / 72.0)
    painter.setPen(QPen(FALLBACK_INK, 2.5))
    painter.setBrush(FALLBACK_FILL)
    painter.drawRoundedRect(QRectF(6, 6, 60, 60), 10, 10)
    mark = QPainterPath()
    mark.moveTo(27, 28)
    mark.cubicTo(27, 16, 45, 16, 45, 27)
    mark.cubicTo(45, 35, 36, 35, 36, 43)
    mark.lineTo(36, 46)
    pen = QPen(FALLBACK_INK, 6.5)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(mark)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(FALLBACK_INK)
    painter.drawEllipse(QPointF(36, 56), 4, 4)
    painter.end()
    return pixmap
