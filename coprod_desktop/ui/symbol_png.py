"""Catalogue symbols as PNG bytes, for the slideshows and handouts the share service writes.

The services ask through the Qt-free `SymbolImages` protocol; this is the Qt answer. SVG symbols
(OpenMoji and our own) are drawn into a QImage, which Qt allows on any thread, so an export running
in a worker draws them too. The few qtawesome glyphs are drawn through the SymbolPainter's pixmaps,
which Qt allows only on the GUI thread; elsewhere they are left out and their words stay.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, Qt, QThread
from PySide6.QtGui import QGuiApplication, QImage, QPainter

from coprod_desktop.symbols.catalogue import SymbolCatalogue
from coprod_desktop.ui.symbol_icons import SymbolPainter, photo_square, picture_box

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer


class QtSymbolImages:
    """SymbolImages drawn with Qt, each (symbol, size) once."""

    def __init__(self, catalogue: SymbolCatalogue, painter: SymbolPainter | None = None) -> None:
        self._catalogue = catalogue
        self._painter = painter
        self._drawn: dict[tuple[str, int], bytes | None] = {}
        self._lock = threading.Lock()

    def png(self, symbol_id: str, size: int) -> bytes | None:
        key = (symbol_id, size)
        with self._lock:
            if key in self._drawn:
                return self._drawn[key]
        drawn = self._draw(symbol_id, max(1, size))
        with self._lock:
            self._drawn[key] = drawn
        return drawn

    def _draw(self, symbol_id: str, side: int) -> bytes | None:
        entry = self._catalogue.get(symbol_id)
        if entry is None:
            return None
        if entry.source == "qtawesome":
            return self._glyph(symbol_id, side)
        if entry.source == "picture":
            photo = self._catalogue.picture_path(symbol_id)
            square = photo_square(photo, side) if photo is not None else None
            return _png(square) if square is not None else None
        path = self._catalogue.svg_path(symbol_id)
        image = self._svg_image(symbol_id, path, side) if path is not None else None
        return _png(image) if image is not None else None

    def _svg_image(self, symbol_id: str, path: Path, side: int) -> QImage | None:
        if not path.is_file():
            return None
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(str(path))
        if not renderer.isValid():
            return None
        # The picture fills its square on a slide too (QImage only: any thread).
        box = picture_box(self._catalogue, symbol_id, renderer)
        if box is not None:
            renderer.setViewBox(box)
        return _render(renderer, side)

    def _glyph(self, symbol_id: str, side: int) -> bytes | None:
        app = QCoreApplication.instance()
        if self._painter is None or app is None or QThread.currentThread() is not app.thread():
            return None
        if symbol_id in self._painter.missing:
            return None
        pixmap = self._painter.pixmap(symbol_id, side)
        return None if symbol_id in self._painter.missing else _png(pixmap.toImage())


def _render(renderer: QSvgRenderer, side: int) -> QImage:
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    view = renderer.viewBoxF()
    width, height = (view.width(), view.height()) if not view.isEmpty() else (1.0, 1.0)
    scale = side / max(width, height)
    target = QRectF((side - width * scale) / 2, (side - height * scale) / 2, width * scale, height * scale)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, target)
    painter.end()
    return image


def _png(image: QImage) -> bytes | None:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    saved = image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data()) if saved else None


def ensure_gui_application() -> QGuiApplication:
    """A Qt application for drawing, for a program that has no screen (the export command): the
    offscreen platform needs no display. An application already running is used as it is."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    if app is not None:
        raise RuntimeError("a Qt application without drawing is already running")
    return QGuiApplication(["my-say", "-platform", "offscreen"])
