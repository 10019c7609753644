"""Choosing a picture inside the app, as big picture tiles a page at a time, never a desktop file
dialog: a patient can reach it by touch, switch or screen reader, and cannot wander the computer's
folders (or another person's files) from here.

The pictures come from the folders the caller gives (the ward's "new pictures" folder, where staff
put one person's photos, and a camera card or memory stick that is plugged in). Each page's pictures
are read at tile size when the page is shown, so a card of hundreds of photos opens at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.kit.paged_grid import PagedGrid
from coprod_desktop.ui.picture_thumbs import read_scaled
from coprod_desktop.ui.symbol_icons import SymbolPainter
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

PICTURE_ENDINGS = frozenset({".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp"})
MOST_PICTURES = 120
"""The newest pictures only: a whole camera card would be pages nobody can look through."""
TILE = 200
THUMB = 150


def pictures_in(folders: list[Path]) -> list[Path]:
    """Picture files in the folders and one level below (a camera card's DCIM/100CANON), newest first.
    A folder that cannot be read (a card pulled out) is passed over."""
    found: list[tuple[float, Path]] = []
    for folder in folders:
        for place in (folder, *_subfolders(folder)):
            try:
                entries = list(place.iterdir())
            except OSError:
                continue
            for entry in entries:
                try:
                    if entry.suffix.lower() in PICTURE_ENDINGS and entry.is_file():
                        found.append((entry.stat().st_mtime, entry))
                except OSError:
                    continue
    found.sort(key=lambda pair: pair[0], reverse=True)
    return [path for _when, path in found[:MOST_PICTURES]]


def _subfolders(folder: Path) -> list[Path]:
    try:
        return [entry for entry in folder.iterdir() if entry.is_dir() and not entry.name.startswith(".")]
    except OSError:
        return []


class PictureTile(SymbolButton):
    """One picture, read at tile size the first time its page shows (the rest wait their turn)."""

    def __init__(self, painter: SymbolPainter, speaker: Speaker, path: Path) -> None:
        super().__init__(painter, speaker, None, symbol_size=THUMB, max_lines=1)
        self.path = path
        self.drawn = False

    def showEvent(self, event: QShowEvent) -> None:
        if not self.drawn:
            self.drawn = True
            picture = read_scaled(self.path, THUMB)
            if picture is None:
                self.set_symbol("photo")  # cannot be read: a plain picture symbol, still choosable
            else:
                self.set_picture(picture)
        super().showEvent(event)


class PictureChooser(QWidget):
    chosen = Signal(object)
    """The `Path` of the picture pressed."""

    def __init__(
        self,
        painter: SymbolPainter,
        speaker: Speaker,
        folders: Callable[[], list[Path]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._painter = painter
        self._speaker = speaker
        self._folders = folders
        self.paths: list[Path] = []
        self.heading = QLabel(self)
        self.heading.setProperty("role", "subtitle")
        self.heading.setWordWrap(True)
        self.empty = plain_label(self, "body")
        self.grid = PagedGrid(painter, speaker, cell_size=(TILE, TILE), spacing=16)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.grid, 1)
        self.retranslate()

    @property
    def tiles(self) -> list[PictureTile]:
        return [w for w in self.grid.widgets() if isinstance(w, PictureTile)]

    def look_again(self) -> None:
        """Reads the folders afresh (a card may have been plugged in since), back on page one."""
        self.paths = pictures_in(self._folders())
        tiles: list[QWidget] = []
        for number, path in enumerate(self.paths, start=1):
            tile = PictureTile(self._painter, self._speaker, path)
            tile.clicked.connect(lambda _checked=False, p=path: self.chosen.emit(p))
            tiles.append(tile)
            self._name_tile(tile, number)
        self.grid.set_items(tiles)
        self.empty.setVisible(not self.paths)

    def _name_tile(self, tile: PictureTile, number: int) -> None:
        words = self.tr("Picture {number}").format(number=number)
        tile.set_words(
            words, self.tr("Picture {number} of {count}").format(number=number, count=len(self.paths))
        )

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Choose a picture"))
        self.empty.setText(
            self.tr(
                "There are no pictures here yet. Staff can put your photos in the new pictures folder "
                "or plug in a camera card."
            )
        )
        for number, tile in enumerate(self.tiles, start=1):
            self._name_tile(tile, number)
