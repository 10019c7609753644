"""A person's picture: their own photo when there is one, otherwise the symbol chosen for them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.ui.symbol_icons import SymbolPainter

DEFAULT_SYMBOL = "who-are-you"

PersonDrawing = Callable[[int, float], QPixmap]
"""Draws a person's picture at a side (logical pixels) and pixel ratio: for a tile whose symbol grows."""


def own_photo(person: PersonInfo, pictures_dir: Path) -> QPixmap | None:
    if not person.picture_file:
        return None
    photo = QPixmap(str(pictures_dir / Path(person.picture_file).name))
    return None if photo.isNull() else photo


def person_pixmap(painter: SymbolPainter, person: PersonInfo, size: int, pictures_dir: Path) -> QPixmap:
    photo = own_photo(person, pictures_dir)
    if photo is not None:
        smooth = Qt.TransformationMode.SmoothTransformation
        return photo.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, smooth)
    return painter.pixmap(person.picture_symbol or DEFAULT_SYMBOL, size)


def person_drawing(painter: SymbolPainter, person: PersonInfo, pictures_dir: Path) -> PersonDrawing:
    """The person's picture at whatever side their tile gives it: the symbol drawn afresh, the photo
    read once and scaled down from its own size (never blown up past it, where it would blur)."""
    photo = own_photo(person, pictures_dir)
    symbol = person.picture_symbol or DEFAULT_SYMBOL

    def draw(side: int, ratio: float) -> QPixmap:
        if photo is None:
            return painter.pixmap(symbol, side, ratio)
        pixels = round(side * ratio)
        if max(photo.width(), photo.height()) <= pixels:
            return photo
        scaled = photo.scaled(
            pixels, pixels, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        scaled.setDevicePixelRatio(ratio)
        return scaled

    return draw
