"""A grid of same-sized big buttons: as many columns as the width allows, a whole page at a time.

Any number of people or topics fit without a scroll bar: the rows that do not fit go on the next
page, reached by the big "More" arrow beside them (see kit/paged_grid.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.ui.kit.paged_grid import PagedGrid
from coprod_desktop.ui.symbol_icons import SymbolPainter

SPACING = 16


class FlowGrid(PagedGrid):
    def __init__(
        self,
        painter: SymbolPainter,
        speaker: Speaker,
        cell_width: int = 230,
        cell_height: int = 230,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            painter,
            speaker,
            parent=parent,
            spacing=SPACING,
            cell_size=(cell_width, cell_height),
            arrows_beside=True,
        )
