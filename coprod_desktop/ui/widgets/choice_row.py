"""A question with a few big answers side by side, one of which can be the current one."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.ui.screens.screen import title_label
from coprod_desktop.ui.symbol_icons import SymbolPainter
from coprod_desktop.ui.widgets.symbol_button import SymbolButton


class ChoiceRow(QWidget):
    def __init__(
        self,
        painter: SymbolPainter,
        speaker: Speaker,
        symbols: list[str],
        exclusive: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.question: QLabel = title_label(self, role="subtitle")
        self.buttons = [SymbolButton(painter, speaker, s, symbol_size=56, max_lines=2) for s in symbols]
        self._group = QButtonGroup(self)
        self._group.setExclusive(exclusive)
        row = QHBoxLayout()
        row.setSpacing(16)
        for button in self.buttons:
            button.setCheckable(exclusive)
            button.setMinimumSize(170, 130)
            if exclusive:
                self._group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.question)
        layout.addLayout(row)

    def set_current(self, index: int) -> None:
        self.buttons[index].setChecked(True)

    def current(self) -> int | None:
        for index, button in enumerate(self.buttons):
            if button.isChecked():
                return index
        return None
