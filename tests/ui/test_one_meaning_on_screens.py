"""One picture, one meaning, on the screens themselves (tests/symbols/test_one_meaning.py checks the
catalogue): Home's questions tile once wore the "Good" face, priming the answer."""

from __future__ import annotations

from collections import defaultdict

from coprod_desktop.ui.widgets.symbol_button import SymbolButton


def test_home_shows_each_picture_once(window) -> None:  # type: ignore[no-untyped-def]
    home = window.current_screen()
    shown: dict[str, set[str]] = defaultdict(set)
    for button in home.findChildren(SymbolButton):
        if button.isVisible() and button._symbol_id:
            shown[button._symbol_id].add(button.words)
    assert shown, "Home shows symbol buttons"
    twice = {symbol: words for symbol, words in shown.items() if len(words) > 1}
    assert not twice, f"one picture for two things on Home: {twice}"
