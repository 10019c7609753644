"""A person's picture: their own photo when there is one, otherwise the symbol chosen for them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.ui.symbol_icons import SymbolPainter

DEFAULT_SYMBOL = "who-are-you"


def person_pixmap(painter: SymbolPainter, person: PersonInfo, size: int, pictures_dir: Path) -> QPixmap:
    if person.picture_file:
        photo = QPixmap(str(pictures_dir / Path(person.picture_file).name))
        if not photo.isNull():
            return photo.scaled(
                size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
    return painter.pixmap(person.picture_symbol or DEFAULT_SYMBOL, size)
