"""A big Yes / No question shown inside a staff screen before anything is deleted.

It sits in the screen rather than in a pop-up window: nothing else grabs focus, a switch user scans
straight onto it, and the answer is two large symbol buttons (DESIGN.md section 3). The templates
screen uses it too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.ui.screens.screen import title_label
from coprod_desktop.ui.symbol_icons import SymbolPainter
from coprod_desktop.ui.widgets.symbol_button import SymbolButton


class ConfirmPanel(QFrame):
    def __init__(self, painter: SymbolPainter, speaker: Speaker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self._on_yes: Callable[[], None] | None = None
        self.question = title_label(self, role="subtitle")
        self.yes = SymbolButton(painter, speaker, "yes", symbol_size=56, max_lines=1)
        self.no = SymbolButton(painter, speaker, "no", symbol_size=56, max_lines=1)
        for button in (self.yes, self.no):
            button.setMinimumSize(180, 130)
        self.yes.clicked.connect(self._answer_yes)
        self.no.clicked.connect(self.close_question)
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addWidget(self.yes)
        row.addWidget(self.no)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.question)
        layout.addLayout(row)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.yes.set_words(self.tr("Yes"))
        self.no.set_words(self.tr("No"))

    def ask(self, question: str, on_yes: Callable[[], None]) -> None:
        """Shows the question; No is focused, so a stray Enter never deletes anything."""
        self._on_yes = on_yes
        self.question.setText(question)
        self.show()
        self.no.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_question(self) -> None:
        self._on_yes = None
        self.hide()

    def _answer_yes(self) -> None:
        action = self._on_yes
        self.close_question()
        if action is not None:
            action()
