"""For staff: what a person said with pictures (the same pictures, in their order) and in their own
voice (a Play button), beside the words. The words alone would lose how it was said: a person who
said "I - want - help" with pictures did not write a sentence."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.labels import title_label
from coprod_desktop.ui.kit.symbol_chips import SymbolChips
from coprod_desktop.ui.widgets.symbol_button import MIN_TARGET

CHIP = 48
MOST = 24


class SaidShown(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._recording: str | None = None
        self._symbols: list[str] = []
        self.heading = title_label(self, role="muted")
        self.pictures = SymbolChips(context, CHIP, MOST, self)
        self.play = QPushButton(self)
        self.play.setMinimumHeight(MIN_TARGET)
        self.play.clicked.connect(self.play_voice)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.pictures, 1)
        layout.addWidget(self.play)
        self.show_said((), None)

    def show_said(self, symbols: Sequence[str], recording_file: str | None) -> None:
        self._symbols = list(symbols)
        self._recording = recording_file
        self.pictures.show_symbols(self._symbols)
        self.heading.setVisible(bool(self._symbols))
        self.pictures.setVisible(bool(self._symbols))
        self.play.setVisible(bool(recording_file))
        self.setVisible(bool(self._symbols or recording_file))
        self.retranslate()

    def play_voice(self) -> None:
        if self._recording:
            played = self._context.speaker.play_file(self._context.paths.recordings / self._recording)
            if not played:
                self.play.setText(self.tr("This recording will not play."))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Said with pictures:"))
        self.play.setText(self.tr("Play their own voice"))
        self.play.setAccessibleName(self.play.text())
