"""Good / not sure / not good: three big faces that speak, one choice at a time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.store.kinds import Rating
from coprod_desktop.ui.kit.choice_group import ChoiceGroup
from coprod_desktop.ui.kit.choice_tile import ChoiceTile
from coprod_desktop.ui.symbol_icons import SymbolPainter

SYMBOLS = {Rating.GOOD: "rating-good", Rating.NOT_SURE: "rating-not-sure", Rating.NOT_GOOD: "rating-not-good"}


def rating_words(rating: Rating) -> str:
    words = {
        Rating.GOOD: QCoreApplication.translate("RatingScale", "Good"),
        Rating.NOT_SURE: QCoreApplication.translate("RatingScale", "Not sure"),
        Rating.NOT_GOOD: QCoreApplication.translate("RatingScale", "Not good"),
    }
    return words[rating]


class RatingScale(QWidget):
    rated = Signal(str)
    """Emits the Rating value chosen."""

    def __init__(
        self,
        painter: SymbolPainter,
        speaker: Speaker,
        parent: QWidget | None = None,
        *,
        symbol_size: int = 96,
        beside: bool = False,
    ) -> None:
        """`beside` puts each face left of its words: a low row where height is short."""
        super().__init__(parent)
        self._group = ChoiceGroup(pick_one=True, parent=self)
        self._group.chosen.connect(lambda rating: self.rated.emit(rating.value))
        self._buttons: dict[Rating, ChoiceTile] = {}
        layout = QHBoxLayout(self)
        layout.setSpacing(16)
        for rating in Rating:
            button = self._group.add(
                ChoiceTile(painter, speaker, SYMBOLS[rating], symbol_size=symbol_size, beside=beside), rating
            )
            button.setProperty("rating", rating.value)
            self._buttons[rating] = button
            layout.addWidget(button)
        self.retranslate()

    def value(self) -> Rating | None:
        for rating, button in self._buttons.items():
            if button.isChecked():
                return rating
        return None

    def set_value(self, rating: Rating | None) -> None:
        self._group.set_value(rating)

    def button(self, rating: Rating) -> ChoiceTile:
        return self._buttons[rating]

    def set_about(self, question: str) -> None:
        """What the faces answer, for a screen reader: "Good" alone does not say about what."""
        for button in self._buttons.values():
            button.setAccessibleDescription(question)

    def retranslate(self) -> None:
        for rating, button in self._buttons.items():
            button.set_words(rating_words(rating))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
