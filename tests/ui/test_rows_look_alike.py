"""Tiles side by side in one row show their words the same way: all under their symbols, or all
beside them. A row that mixes the two reads as two kinds of thing (seen on How I take part, where
"Show my slides without me" alone had its words beside its symbol). Checked on every patient page and
the pages a screen opens, in English and Welsh, at the normal and the biggest word size."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtWidgets import QApplication

from coprod_desktop.store.kinds import TextSize
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.widgets.symbol_button import SymbolButton
from tests.ui.test_target_sizes import PAGES, open_page_as_sam


def mixed_rows(window: MainWindow) -> list[list[str]]:
    """Rows (same parent, same top, same height) whose tiles do not all place their words alike."""
    QApplication.processEvents()
    rows: dict[tuple[int, int, int], list[SymbolButton]] = defaultdict(list)
    for tile in window.findChildren(SymbolButton):
        if tile.isVisible() and tile.words and tile.symbol_side:
            rows[(id(tile.parentWidget()), tile.y(), tile.height())].append(tile)
    return [
        [f"{tile.words!r} {'beside' if tile.words_beside else 'under'}" for tile in tiles]
        for tiles in rows.values()
        if len({tile.words_beside for tile in tiles}) > 1
    ]


@pytest.mark.parametrize("size", [TextSize.NORMAL, TextSize.LARGEST], ids=["normal", "biggest"])
@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("name", list(PAGES))
def test_a_row_of_tiles_places_its_words_alike(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, name: str, language: str, size: TextSize
) -> None:
    open_page_as_sam(qtbot, window, name, language=language, text_size=size)
    assert mixed_rows(window) == [], name
