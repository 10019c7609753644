"""Pick one, or pick many, from big tiles: every option is its own Tab and switch stop, chosen by
a tap, Enter, or a screen reader's default action, and the chosen one is filled and ticked.

A QButtonGroup is not used: exclusive groups put only the chosen button in the focus chain, so a
switch user could only ever give the first answer.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from PySide6.QtCore import QObject, Signal

from coprod_desktop.ui.kit.choice_tile import ChoiceTile


class ChoiceGroup(QObject):
    chosen = Signal(object)
    """Pick one: the value just chosen (by a person, not by set_value)."""
    changed = Signal(list)
    """Pick many: the values now chosen, in the order of the tiles."""

    def __init__(self, pick_one: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pick_one = pick_one
        self._tiles: list[tuple[ChoiceTile, Hashable]] = []

    def add(self, tile: ChoiceTile, value: Hashable) -> ChoiceTile:
        tile.pick_one = self.pick_one
        self._tiles.append((tile, value))
        tile.clicked.connect(lambda _checked=False, t=tile: self._pressed(t))
        return tile

    @property
    def tiles(self) -> list[ChoiceTile]:
        return [tile for tile, _ in self._tiles]

    def tile_for(self, value: Hashable) -> ChoiceTile | None:
        return next((tile for tile, v in self._tiles if v == value), None)

    def value(self) -> Hashable | None:
        """Pick one: the chosen value, or None."""
        return next((v for tile, v in self._tiles if tile.isChecked()), None)

    def values(self) -> list[Hashable]:
        return [v for tile, v in self._tiles if tile.isChecked()]

    def set_value(self, value: Hashable | None) -> None:
        """Shows a saved answer without announcing it as a new choice."""
        for tile, v in self._tiles:
            tile.setChecked(v == value and value is not None)

    def set_values(self, values: Iterable[Hashable]) -> None:
        wanted = set(values)
        for tile, v in self._tiles:
            tile.setChecked(v in wanted)

    def _pressed(self, pressed: ChoiceTile) -> None:
        if not self.pick_one:
            self.changed.emit(self.values())
            return
        for tile, _ in self._tiles:
            tile.setChecked(tile is pressed)
        self.chosen.emit(self.value())
