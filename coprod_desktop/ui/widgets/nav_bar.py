"""The bar on every screen: Home, Back, Read this to me, I need help. At the big word sizes its
buttons turn on their side (symbol left of the words), giving the screen below a fifth more height."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.ui.kit.word_size import BigWordsWatch
from coprod_desktop.ui.symbol_icons import SymbolPainter
from coprod_desktop.ui.widgets.symbol_button import SymbolButton


class NavBar(QFrame):
    home_requested = Signal()
    back_requested = Signal()
    read_requested = Signal()
    help_requested = Signal()

    def __init__(self, painter: SymbolPainter, speaker: Speaker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "navbar")
        self.home = SymbolButton(painter, speaker, "home", symbol_size=56, max_lines=2)
        self.back = SymbolButton(painter, speaker, "back", symbol_size=56, max_lines=2)
        self.read = SymbolButton(painter, speaker, "read-aloud", symbol_size=56, max_lines=2)
        self.help = SymbolButton(painter, speaker, "help", symbol_size=56, max_lines=2)
        # Reading the screen aloud replaces the button's own label, so it must not speak itself.
        self.read.clicked.disconnect(self.read.speak)
        self.help.setProperty("role", "help")
        layout = self._layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(16)
        for button in (self.home, self.back, self.read):
            button.setMinimumWidth(150)
            layout.addWidget(button, 1)
        layout.addStretch(1)
        self.help.setMinimumWidth(200)
        layout.addWidget(self.help, 1)
        self.home.clicked.connect(self.home_requested)
        self.back.clicked.connect(self.back_requested)
        self.read.clicked.connect(self.read_requested)
        self.help.clicked.connect(self.help_requested)
        self.retranslate()
        self._big_words = BigWordsWatch(self, self._arrange)
        self._big_words.check()

    def buttons(self) -> tuple[SymbolButton, ...]:
        return (self.home, self.back, self.read, self.help)

    def _arrange(self, big: bool) -> None:
        """Big words: each symbol beside its words, and the gap before I need help given to the
        buttons, so "Darllenwch hwn i mi" keeps whole words in two lines."""
        for button in self.buttons():
            button.set_beside(big)
        # Most width to the longest words ("Darllenwch hwn i mi" on one line at normal words, so the
        # bar stays low); at big words the gap before I need help goes to the buttons too.
        for index, stretch in enumerate((2, 2, 3, 0, 3) if big else (2, 2, 3, 2, 3)):
            self._layout.setStretch(index, stretch)
        # Laid out now, not at the next turn of the event loop: the screen below gets its height at once.
        self._layout.activate()
        holder = self.parentWidget()
        if holder is not None and holder.layout() is not None:
            holder.layout().activate()

    def set_back_enabled(self, enabled: bool) -> None:
        self.back.setEnabled(enabled)

    def retranslate(self) -> None:
        self.home.set_words(self.tr("Home"))
        self.back.set_words(self.tr("Back"))
        self.read.set_words(self.tr("Read this to me"))
        self.help.set_words(self.tr("I need help"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
