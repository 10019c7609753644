"""Typing words for a topic: first whose words they will be, then a big box that saves as it goes.

Whose words is chosen before the first letter and then fixed, so a staff note can never turn into
the person's own words (DESIGN.md section 1, "Whose words").
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.store.kinds import WhoseWords
from coprod_desktop.ui.kit.message_line import MessageLine
from coprod_desktop.ui.symbol_icons import SymbolPainter
from coprod_desktop.ui.widgets.choice_row import ChoiceRow
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

WHOSE_ORDER = [WhoseWords.MINE, WhoseWords.STAFF_TYPED, WhoseWords.STAFF_NOTE]
MAX_CHARACTERS = 100_000
"""The store's own limit: a 10,000-word account fits whole."""


class WordsEditor(QWidget):
    text_changed = Signal(str)
    finished = Signal()

    def __init__(self, painter: SymbolPainter, speaker: Speaker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._speaker = speaker
        self._whose = WhoseWords.MINE
        self._locked = False
        self._limit = MAX_CHARACTERS
        self.whose = ChoiceRow(painter, speaker, ["words", "staff", "staff"])
        for button in self.whose.buttons:
            button.setMinimumSize(150, 100)
        for index, whose in enumerate(WHOSE_ORDER):
            self.whose.buttons[index].clicked.connect(lambda _c=False, w=whose: self._choose(w))
        self.box = QPlainTextEdit(self)
        self.box.setTabChangesFocus(True)
        self.box.setMinimumHeight(120)
        self.box.textChanged.connect(self._changed)
        self.too_long = MessageLine(self)
        self.too_long.hide()
        # Symbol beside the words, so two lines of words fit at every word size.
        self.hear = SymbolButton(painter, speaker, "read-aloud", symbol_size=40, max_lines=2, beside=True)
        self.done = SymbolButton(painter, speaker, "back", symbol_size=40, max_lines=2, beside=True)
        for button in (self.hear, self.done):
            button.setMinimumSize(280, 100)
            button.setMaximumHeight(130)
        self.hear.clicked.connect(lambda: self._speaker.say(self.box.toPlainText()))
        self.done.clicked.connect(self.finished)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hear)
        buttons.addWidget(self.done)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.whose)
        layout.addWidget(self.box, 1)
        layout.addWidget(self.too_long)
        layout.addLayout(buttons)
        self.retranslate()

    def start(
        self,
        staff_with_me: bool,
        text: str = "",
        whose: WhoseWords | None = None,
        note: bool = True,
        limit: int = MAX_CHARACTERS,
    ) -> None:
        """A fresh box, or words already saved (their whose-words fixed). Staff choices show only when a
        member of staff has said they are with the person; `note` offers "Staff note" among them
        (never on words sent to someone else, such as a thank-you). `limit` is how many letters
        the owner keeps."""
        self._locked = whose is not None
        self._limit = limit
        self._whose = whose or (WhoseWords.STAFF_TYPED if staff_with_me else WhoseWords.MINE)
        for index, button in enumerate(self.whose.buttons):
            button.setVisible((staff_with_me or index == 0) and (note or index < 2))
            button.setEnabled(not self._locked)
        self.whose.set_current(WHOSE_ORDER.index(self._whose))
        self.whose.setVisible(not self._locked and staff_with_me)
        self.box.blockSignals(True)
        self.box.setPlainText(text)
        self.box.blockSignals(False)
        self.too_long.hide()
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def whose_words(self) -> WhoseWords:
        return self._whose

    def whose_for(self, staff: PersonInfo | None) -> tuple[WhoseWords, uuid.UUID | None]:
        """Whose the words are, and the member of staff who wrote them down (None for my own):
        without staff alongside they are always the person's own, whatever was chosen."""
        if staff is None or self._whose is WhoseWords.MINE:
            return WhoseWords.MINE, None
        return self._whose, staff.id

    def lock_whose(self) -> None:
        self._locked = True
        for button in self.whose.buttons:
            button.setEnabled(False)

    def _choose(self, whose: WhoseWords) -> None:
        if not self._locked:
            self._whose = whose
            self.box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self) -> None:
        text = self.box.toPlainText()
        if len(text) > self._limit:
            # Kept, not lost: the words are saved up to the limit and the person is told why.
            text = text[: self._limit]
            self.too_long.setText(self._too_long_words())
            self.too_long.show()
        self.text_changed.emit(text)

    def _too_long_words(self) -> str:
        words = self.tr("That is a lot of words. Only the first {count} letters are kept.")
        return words.format(count=f"{self._limit:,}")

    def retranslate(self) -> None:
        self.whose.question.setText(self.tr("Whose words are these?"))
        self.whose.buttons[0].set_words(self.tr("My own words"))
        self.whose.buttons[1].set_words(self.tr("I typed what they said"))
        self.whose.buttons[2].set_words(self.tr("Staff note"))
        self.box.setAccessibleName(self.tr("Words"))
        self.box.setPlaceholderText(self.tr("Type here. It saves as you type."))
        self.too_long.setText(self._too_long_words())
        self.hear.set_words(self.tr("Hear it"))
        self.done.set_words(self.tr("Back to my topic"), self.tr("Back to my topic. Your words are saved."))
