"""Symbol pictures for shared files, asked for through a protocol so the services stay free of Qt.

The app hands in a Qt renderer (coprod_desktop.ui.symbol_png.QtSymbolImages); anything that cannot
draw (a test, or a machine without Qt) can hand in `NoSymbolImages`, and the copy then has the words
without the symbol pictures.
"""

from __future__ import annotations

from typing import Protocol


class SymbolImages(Protocol):
    def png(self, symbol_id: str, size: int) -> bytes | None:
        """A square PNG of the symbol, `size` pixels a side, or None when it cannot be drawn."""
        ...


class NoSymbolImages:
    """Draws nothing: symbols are left out and their words stay."""

    def png(self, symbol_id: str, size: int) -> bytes | None:
        return None


class CachedSymbolImages:
    """Draws each (symbol, size) once per file, however many slides show it."""

    def __init__(self, images: SymbolImages) -> None:
        self._images = images
        self._drawn: dict[tuple[str, int], bytes | None] = {}

    def png(self, symbol_id: str, size: int) -> bytes | None:
        key = (symbol_id, size)
        if key not in self._drawn:
            self._drawn[key] = self._images.png(symbol_id, size)
        return self._drawn[key]
