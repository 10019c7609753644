"""The one way a person says whether the ward rep may read out their words at the council.

A plain question with two big answers (DESIGN.md section 3: never a toggle that names its own
state). No is the default, and a view with no answer counts as No everywhere (services/disclosure).
Both answers stay in the focus chain, so a switch user can reach Yes as easily as No.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.ui.kit.choice_group import ChoiceGroup
from coprod_desktop.ui.kit.choice_tile import ChoiceTile
from coprod_desktop.ui.screens.screen import title_label
from coprod_desktop.ui.symbol_icons import SymbolPainter


class CouncilQuestion(QWidget):
    answered = Signal(bool)
    """True for Yes. Sent only when the person presses an answer, not when set from the store."""

    def __init__(
        self, painter: SymbolPainter, speaker: Speaker, parent: QWidget | None = None, *, beside: bool = False
    ) -> None:
        """`beside` puts Yes and No to the right of the question: one row, for a page short of height."""
        super().__init__(parent)
        self._speaker = speaker
        self._yes_chosen = False
        self.question: QLabel = title_label(self, role="subtitle")
        self.question.setWordWrap(True)
        self.yes = ChoiceTile(painter, speaker, "yes", symbol_size=48, max_lines=2, beside=True)
        self.no = ChoiceTile(painter, speaker, "no", symbol_size=48, max_lines=2, beside=True)
        self._group = ChoiceGroup(pick_one=True, parent=self)
        row = QHBoxLayout()
        row.setSpacing(16)
        if beside:
            # Body words beside the answers: three lines of them fit a ward tablet at every word size.
            self.question.setProperty("role", "body")
            row.addWidget(self.question, 1)
        for yes, button in ((True, self.yes), (False, self.no)):
            button.setMinimumSize(200, 96)
            self._group.add(button, yes)
            row.addWidget(button)
        if not beside:
            row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        if not beside:
            layout.addWidget(self.question)
        layout.addLayout(row)
        self.yes.clicked.connect(lambda: self._choose(True))
        self.no.clicked.connect(lambda: self._choose(False))
        self.set_answer(False)
        self.retranslate()

    def answer(self) -> bool:
        return self._yes_chosen

    def set_answer(self, yes: bool) -> None:
        """Shows the stored answer without sending `answered`."""
        self._yes_chosen = bool(yes)
        self.yes.setChecked(self._yes_chosen)
        self.no.setChecked(not self._yes_chosen)

    def _choose(self, yes: bool) -> None:
        self.set_answer(yes)
        self.answered.emit(yes)

    def question_text(self) -> str:
        return self.question.text()

    def spoken_summary(self) -> str:
        chosen = self.yes.words if self._yes_chosen else self.no.words
        return f"{self.question.text()} {chosen}."

    def retranslate(self) -> None:
        self.question.setText(
            self.tr("Can the ward rep read out your words at the council? Your name will not be said.")
        )
        self.yes.set_words(self.tr("Yes"), self.tr("Yes, the ward rep can read out my words"))
        self.no.set_words(self.tr("No"), self.tr("No, keep my words on the ward"))
        self.question.setAccessibleName(self.question.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
