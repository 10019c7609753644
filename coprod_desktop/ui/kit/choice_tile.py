"""One option of a ChoiceGroup: a symbol tile that stays in the Tab and switch chain whether or
not it is chosen, and wears a tick badge when it is, so "chosen" never rests on colour alone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel

from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.ui.kit.tile_accessible import install_tile_accessibility
from coprod_desktop.ui.symbol_icons import SymbolPainter
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

BADGE = 36
"""The tick badge's size: big enough to see across a table, in the corner away from the words."""


class ChoiceTile(SymbolButton):
    def __init__(
        self,
        painter: SymbolPainter,
        speaker: Speaker,
        symbol_id: str | None,
        *,
        pick_one: bool = True,
        **options: Any,
    ) -> None:
        """`options` are SymbolButton's: words, spoken, symbol_size (64 here), max_lines, beside."""
        install_tile_accessibility()
        options.setdefault("symbol_size", 64)
        super().__init__(painter, speaker, symbol_id, **options)
        self.pick_one = pick_one
        self.setCheckable(True)
        self.setAutoExclusive(False)  # auto-exclusive tiles drop out of the Tab chain
        self._badge = QLabel("\u2713", self)
        self._badge.setObjectName("tick-badge")
        self._badge.setFixedSize(BADGE, BADGE)
        self._badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._badge.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._badge.setAccessibleName("")
        self._badge.hide()
        self.toggled.connect(self._badge.setVisible)
        self.keep_corner(BADGE + 6)  # words beside the symbol never run under the tick

    def choose(self) -> None:
        self.click()

    def nextCheckState(self) -> None:
        """Pressing a chosen pick-one tile keeps it chosen (its group unchooses the others)."""
        self.setChecked(True if self.pick_one else not self.isChecked())

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._badge.move(self.width() - BADGE - 6, 6)
            self._badge.raise_()
        return super().event(event)
