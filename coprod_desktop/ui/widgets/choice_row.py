"""A question with a few big answers side by side, one of which can be the current one."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.ui.kit.choice_group import ChoiceGroup
from coprod_desktop.ui.kit.choice_tile import ChoiceTile
from coprod_desktop.ui.screens.screen import title_label
from coprod_desktop.ui.symbol_icons import SymbolPainter
from coprod_desktop.ui.widgets.symbol_button import SymbolButton, share_layout


class ChoiceRow(QWidget):
    def __init__(
        self,
        painter: SymbolPainter,
        speaker: Speaker,
        symbols: list[str],
        exclusive: bool = True,
        parent: QWidget | None = None,
        *,
        many: bool = False,
    ) -> None:
        """Pick one (exclusive), pick any (`many`), or, with neither, a row of plain actions."""
        super().__init__(parent)
        self.question: QLabel = title_label(self, role="subtitle")
        choosing = exclusive or many
        self.buttons: list[SymbolButton] = [
            ChoiceTile(painter, speaker, s, pick_one=exclusive, symbol_size=56, max_lines=2)
            if choosing
            else SymbolButton(painter, speaker, s, symbol_size=56, max_lines=2)
            for s in symbols
        ]
        # Every answer is its own switch stop, whether one or many may be chosen.
        self._group = ChoiceGroup(pick_one=exclusive, parent=self)
        row = QHBoxLayout()
        row.setSpacing(16)
        for index, button in enumerate(self.buttons):
            button.setMinimumSize(170, 130)
            if isinstance(button, ChoiceTile):
                self._group.add(button, index)
            row.addWidget(button)
        row.addStretch(1)
        share_layout(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.question)
        layout.addLayout(row)

    def set_current(self, index: int | None) -> None:
        self._group.set_value(index)

    def current(self) -> int | None:
        for index, button in enumerate(self.buttons):
            if button.isChecked():
                return index
        return None
