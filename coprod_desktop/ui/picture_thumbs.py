"""Small copies of people's pictures for screens and slides, read at the size they are shown.

QImageReader scales while decoding (a JPEG decodes at 1/2, 1/4 or 1/8 size directly), so a topic
with several pictures opens quickly; a missing or damaged file gives None, never an exception.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap


def read_scaled(path: Path, box: int) -> QPixmap | None:
    """The picture fitted inside a `box` x `box` square, or None if it cannot be read."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        return None
    reader.setScaledSize(size.scaled(QSize(box, box), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    return QPixmap.fromImage(image)


class ThumbnailCache:
    """Keeps the pictures of the topics open in this session, keyed by file and size."""

    def __init__(self, folder: Path, limit: int = 64) -> None:
        self._folder = folder
        self._limit = limit
        self._cache: dict[tuple[str, int], QPixmap | None] = {}

    def get(self, file_name: str, box: int) -> QPixmap | None:
        key = (file_name, box)
        if key not in self._cache:
            if len(self._cache) >= self._limit:
                self._cache.pop(next(iter(self._cache)))
            self._cache[key] = read_scaled(self._folder / Path(file_name).name, box)
        return self._cache[key]
