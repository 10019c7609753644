"""Nine pictures in fixed places, pressed in order: the picture password pad.

The pictures show their words, but My Say never says them aloud when pressed or reached by a
switch: the room must not hear someone's password.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.symbols.catalogue import SymbolCatalogue
from coprod_desktop.ui.symbol_icons import SymbolPainter
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

PICTURE_SIZE = 96


class QuietSymbolButton(SymbolButton):
    """A symbol button that is never spoken (its words are still its accessible name)."""

    def speak(self) -> None:
        return


class PictureGrid(QWidget):
    pressed = Signal(str)
    """The symbol id of the picture pressed."""

    def __init__(
        self,
        painter: SymbolPainter,
        speaker: Speaker,
        catalogue: SymbolCatalogue,
        columns: int = 3,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._painter = painter
        self._speaker = speaker
        self._catalogue = catalogue
        self._columns = columns
        self.buttons: dict[str, QuietSymbolButton] = {}
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(12)

    def set_pictures(self, symbol_ids: list[str], language: str, checkable: bool = False) -> None:
        for button in self.buttons.values():
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        for index, symbol_id in enumerate(symbol_ids):
            words = self._catalogue.label(symbol_id, language)
            button = QuietSymbolButton(
                self._painter, self._speaker, symbol_id, words, symbol_size=PICTURE_SIZE, max_lines=1
            )
            button.setObjectName("password-picture")
            button.setCheckable(checkable)
            button.setMinimumSize(150, 150)
            button.clicked.connect(lambda _c=False, s=symbol_id: self.pressed.emit(s))
            self._layout.addWidget(button, index // self._columns, index % self._columns)
            self.buttons[symbol_id] = button

    def set_enabled_all(self, on: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(on)
