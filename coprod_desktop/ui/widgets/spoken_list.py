"""A list of cards (the thank-you wall, You said, we did) that a single switch can step through.

Space moves to the next card and says it, as it does between buttons; after the last card it moves
on to the next control. Enter picks the card (the list's `activated` signal)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from coprod_desktop.speech.protocol import Speaker


class SpokenListView(QListView):
    def __init__(self, speaker: Speaker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._speaker = speaker
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(True)  # one height for every row: no measuring thousands

    def step(self) -> bool:
        """Moves to the next card (the first, if none is current). False after the last one."""
        model = self.model()
        if model is None:
            return False
        current = self.currentIndex()
        row = current.row() + 1 if current.isValid() else 0
        if row >= model.rowCount() and model.canFetchMore(self.rootIndex()):
            model.fetchMore(self.rootIndex())
        if row >= model.rowCount():
            return False
        self.setCurrentIndex(model.index(row, 0, self.rootIndex()))
        return True

    def pick(self) -> None:
        current = self.currentIndex()
        if current.isValid():
            self.activated.emit(current)

    def speak(self) -> None:
        """Says the current card, or nothing when none is current (the list itself has no words)."""
        current = self.currentIndex()
        words = (
            current.data(Qt.ItemDataRole.AccessibleTextRole) or current.data() if current.isValid() else None
        )
        if isinstance(words, str) and words:
            self._speaker.say(words)
