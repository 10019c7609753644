"""Whole pages of tiles: turning a page is safe even when showing the page changes the grid's size
(a tile appearing can grow its window, and a bigger grid needs fewer pages)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QPushButton, QWidget

from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.paged_grid import PagedGrid

LEFT = Qt.MouseButton.LeftButton


class GrowingTile(QPushButton):
    """A tile whose showing makes room for everything: the grid is paged again while a page goes up."""

    def __init__(self, grid: PagedGrid) -> None:
        super().__init__("grow")
        self._grid = grid

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._grid.resize(1200, 900)


def test_a_page_that_resizes_the_grid_as_it_shows_turns_without_an_error(
    qtbot, ui_context: UiContext
) -> None:  # type: ignore[no-untyped-def]
    holder = QWidget()
    qtbot.addWidget(holder)
    grid = PagedGrid(ui_context.painter, ui_context.speaker, parent=holder, cell_size=(120, 120))
    tiles: list[QWidget] = [QPushButton(f"tile {n}") for n in range(11)]
    grid.set_items([*tiles, GrowingTile(grid)])
    grid.resize(520, 300)
    holder.show()
    qtbot.waitExposed(holder)
    grid.repage()
    assert grid.page_count() > 2
    while grid.page < grid.page_count() - 1:  # to the last page, where the growing tile is
        qtbot.mouseClick(grid.more, LEFT)
    qtbot.wait(50)  # the paging again that waited for the page to go up
    assert grid.page_count() == 1 and grid.page == 0
    assert all(tile.isVisible() for tile in tiles)
