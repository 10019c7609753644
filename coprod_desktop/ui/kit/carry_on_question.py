""" "Carry on or start again?": asked when a person comes back to something they left half done (a
thank-you, an idea, a worry), so nobody lands in the middle of a question they do not remember, or
of someone else's half-finished words, without choosing to."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.symbol_icons import SymbolPainter
from coprod_desktop.ui.widgets.symbol_button import SymbolButton


class CarryOnQuestion(QFrame):
    carry_on = Signal()
    start_again = Signal()

    def __init__(self, painter: SymbolPainter, speaker: Speaker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = plain_label(self, "subtitle")
        self.carry_on_button = SymbolButton(painter, speaker, "next", symbol_size=72, max_lines=2)
        self.start_again_button = SymbolButton(painter, speaker, "undo", symbol_size=72, max_lines=2)
        for button in (self.carry_on_button, self.start_again_button):
            button.setMinimumSize(300, 180)
            button.setMaximumSize(420, 240)
        self.carry_on_button.clicked.connect(self.carry_on)
        self.start_again_button.clicked.connect(self.start_again)
        row = QHBoxLayout()
        row.setSpacing(48)  # far apart: a press meant for one never lands on the other
        row.addStretch(1)
        row.addWidget(self.carry_on_button)
        row.addWidget(self.start_again_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addStretch(1)
        self.hide()

    def ask(self, question: str) -> None:
        self.question.setText(question)
        self.show()

    def retranslate(self) -> None:
        self.carry_on_button.set_words(self.tr("Carry on"), self.tr("Carry on where I was"))
        self.start_again_button.set_words(self.tr("Start again"), self.tr("Start again from the beginning"))
