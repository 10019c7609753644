"""Symbols are the hero of a tile (issue: AAC apps give the symbol 50 to 70 % of the cell): on every
patient screen and the pages a screen opens, each symbol a tile shows is drawn at least half as big as
the tile's shorter side, at the normal word size, in English and Welsh, on the demo ward at 1280x800.
(At the bigger word sizes the words a person chose take that room first, and the symbol gives way.)
What is measured is the picture as drawn, so a photo or a picture made smaller than its room counts
at the size it is seen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.widgets.symbol_button import PAD, SymbolButton
from tests.ui.test_target_sizes import PAGES, open_page_as_sam

SHARE = 0.5

NOT_YET: set[str] = set()
"""Pages whose layout still gives the words the room first: none now. Kept for a page found to draw a
symbol small before its layout is reworked. Strict: a page that starts to pass must leave this set."""


def cases() -> list[object]:
    return [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason="layout not reworked yet"))
        if name in NOT_YET
        else name
        for name in PAGES
    ]


def small_symbols(window: MainWindow) -> list[str]:
    QApplication.processEvents()
    found = []
    for button in window.findChildren(SymbolButton):
        if not button.isVisible() or button.symbol_side == 0:
            continue
        shorter = min(button.width(), button.height())
        drawn = button.symbol_side + PAD
        if drawn < SHARE * shorter:
            found.append(f"{button.accessibleName()!r}: {drawn} of {button.width()}x{button.height()}")
    return found


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("name", cases())
def test_every_symbol_fills_half_its_tile(qtbot, window: MainWindow, name: str, language: str) -> None:  # type: ignore[no-untyped-def]
    """In Welsh too: longer words must not squeeze the symbol below half."""
    open_page_as_sam(qtbot, window, name, language=language)
    assert small_symbols(window) == [], name
