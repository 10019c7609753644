"""A row of small symbol pictures: a sentence said with pictures, shown as the pictures themselves
(on the sentence builder, on the step it came from, and to staff). Its accessible name is the words the
pictures make, so a screen reader says the sentence, not "image, image, image"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from coprod_desktop.symbols.catalogue import SymbolCatalogue
from coprod_desktop.ui.context import UiContext

KEEP_CASE = {"I", "English", "Cymraeg"}


def sentence_words(catalogue: SymbolCatalogue, symbols: Sequence[str], language: str) -> str:
    """The words a row of symbols makes, as one sentence: "I want more help." """
    words: list[str] = []
    for symbol in symbols:
        label = catalogue.label(symbol, language).strip()
        if not label:
            continue
        if words and label not in KEEP_CASE and label[1:2].islower():
            label = label[0].lower() + label[1:]
        words.append(label)
    if not words:
        return ""
    text = " ".join(words)
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


class SymbolChips(QWidget):
    def __init__(self, context: UiContext, size: int, most: int, parent: QWidget | None = None) -> None:
        """`size` is each picture's side; only the last `most` pictures are shown (all are named)."""
        super().__init__(parent)
        self._context = context
        self._size = size
        self._most = most
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(6)
        self._row.addStretch(1)
        self.chips: list[QLabel] = []

    def show_symbols(self, symbols: Sequence[str]) -> None:
        for chip in self.chips:
            chip.hide()  # out of the layout at once, not only when deleted later
            self._row.removeWidget(chip)
            chip.deleteLater()
        self.chips = []
        context = self._context
        language = context.languages.current
        for position, symbol in enumerate(list(symbols)[-self._most :]):
            chip = QLabel(self)
            chip.setObjectName("symbol")
            chip.setPixmap(context.painter.pixmap(symbol, self._size, self.devicePixelRatioF()))
            chip.setToolTip(context.catalogue.label(symbol, language))
            self._row.insertWidget(position, chip)
            self.chips.append(chip)
        self.setAccessibleName(sentence_words(context.catalogue, symbols, language))
