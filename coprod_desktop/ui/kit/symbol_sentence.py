"""Say it with symbols: a person who cannot read or write builds what they want to say from pictures.

Core words first ("I", "want", "don't", "more", "stop", "help"...), then the pictures of what it is
about, then any picture at all through "More pictures" (the picker). Each press adds the symbol to the
sentence at the top and says its word; "Hear it" reads the whole sentence back; "Take one off" takes the
last one off. The sentence is kept as symbol ids (staff see the same pictures) and as the words they make
in the person's language (`sentence_words`), and every change is reported at once so the owner saves it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.labels import title_label
from coprod_desktop.ui.kit.symbol_chips import SymbolChips, sentence_words
from coprod_desktop.ui.screens.screen import join_sentences
from coprod_desktop.ui.widgets.flow_grid import FlowGrid
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

CORE_WORDS = (
    "core-i",
    "core-want",
    "core-dont",
    "core-like",
    "core-need",
    "help",
    "core-more",
    "core-stop",
    "core-with",
    "core-go",
    "core-feel",
    "core-talk",
    "core-you",
    "staff",
    "core-now",
    "core-later",
    "core-same",
    "core-different",
)
"""The small core that most sentences are made of (AAC core vocabulary), in the order people reach for
them: who, what I want or need, then how, who with and when."""
SHOWN_IN_STRIP = 8
"""The sentence's last symbols shown big at the top; all of it is said by Hear it."""
STRIP_SYMBOL = 64


class SymbolSentence(QWidget):
    changed = Signal(list)
    """The sentence's symbol ids after every change, so the owner saves it at once."""
    more_pictures = Signal()
    """The person wants any picture at all: the owner opens the picker and calls add()."""
    finished = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._symbols: list[str] = []
        self._about: list[str] = []
        painter, speaker = context.painter, context.speaker
        self.question = title_label(self, role="subtitle")
        self.strip = QWidget(self)
        self.strip.setObjectName("sentence-strip")
        self.strip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        strip_row = QHBoxLayout(self.strip)
        strip_row.setContentsMargins(8, 4, 8, 4)
        self.empty = title_label(self.strip, role="muted")
        self.chips = SymbolChips(context, STRIP_SYMBOL, SHOWN_IN_STRIP, self.strip)
        strip_row.addWidget(self.empty)
        strip_row.addWidget(self.chips, 1)
        self.grid = FlowGrid(painter, speaker, cell_width=170, cell_height=150)
        self.hear = SymbolButton(painter, speaker, "read-aloud", symbol_size=40, max_lines=2, beside=True)
        self.take_off = SymbolButton(painter, speaker, "undo", symbol_size=40, max_lines=2, beside=True)
        self.more = SymbolButton(painter, speaker, "symbol-choose", symbol_size=40, max_lines=2, beside=True)
        self.done = SymbolButton(painter, speaker, "done", symbol_size=40, max_lines=2, beside=True)
        self.done.setProperty("role", "primary")
        self.hear.clicked.connect(self.hear_it)
        self.take_off.clicked.connect(self.take_last_off)
        self.more.clicked.connect(self.more_pictures)
        self.done.clicked.connect(self.finished)
        actions = QHBoxLayout()
        actions.setSpacing(12)
        for button in (self.hear, self.take_off, self.more, self.done):
            button.setMinimumSize(220, 88)
            button.setMaximumHeight(110)
            actions.addWidget(button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.question)
        layout.addWidget(self.strip)
        layout.addWidget(self.grid, 1)
        layout.addLayout(actions)
        self.retranslate()

    # --- the sentence ----------------------------------------------------------------------------
    @property
    def symbols(self) -> list[str]:
        return list(self._symbols)

    def start(self, symbols: Sequence[str], about: Sequence[str] = ()) -> None:
        """Opens on a sentence (kept from before) with the pictures of what it is about after the
        core words."""
        self._symbols = [s for s in symbols if s in self._context.catalogue]
        self._about = [s for s in about if s and s in self._context.catalogue and s not in CORE_WORDS]
        self._fill_grid()
        self._draw_strip()

    def add(self, symbol_id: str) -> None:
        if symbol_id not in self._context.catalogue:
            return
        self._symbols.append(symbol_id)
        self._draw_strip()
        self.changed.emit(self.symbols)

    def take_last_off(self) -> None:
        if not self._symbols:
            self._context.speaker.say(self.empty.text())
            return
        self._symbols.pop()
        self._draw_strip()
        self.changed.emit(self.symbols)
        self._context.speaker.say(self.words() or self.empty.text())

    def words(self) -> str:
        return sentence_words(self._context.catalogue, self._symbols, self._context.languages.current)

    def hear_it(self) -> None:
        self._context.speaker.say(self.words() or self.empty.text())

    # --- drawing ----------------------------------------------------------------------------------
    def _fill_grid(self) -> None:
        context = self._context
        language = context.languages.current
        buttons: list[QWidget] = []
        for symbol in dict.fromkeys([*CORE_WORDS, *self._about]):
            if symbol not in context.catalogue:
                continue
            button = SymbolButton(
                context.painter,
                context.speaker,
                symbol,
                context.catalogue.label(symbol, language),
                symbol_size=72,
            )
            button.setObjectName(f"word-{symbol}")
            button.clicked.connect(lambda _c=False, s=symbol: self.add(s))
            buttons.append(button)
        for old in self.grid.items():
            old.hide()
            old.deleteLater()
        self.grid.set_items(buttons)

    def _draw_strip(self) -> None:
        self.chips.show_symbols(self._symbols)
        self.empty.setVisible(not self._symbols)
        self.take_off.setEnabled(bool(self._symbols))
        words = self.words()
        self.strip.setAccessibleName(join_sentences(self.tr("What I am saying"), words or self.empty.text()))
        self.strip.setMinimumHeight(STRIP_SYMBOL + 16)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Press the pictures to say it"))
        self.empty.setText(self.tr("No pictures yet."))
        self.hear.set_words(self.tr("Hear it"), self.tr("Hear what I am saying"))
        # Short enough to stay whole beside its symbol at every word size; said in full.
        self.take_off.set_words(self.tr("Take one off"), self.tr("Take one off: the last picture"))
        self.more.set_words(self.tr("More pictures"))
        self.done.set_words(self.tr("That is it"), self.tr("That is it. Go back."))
        language = self._context.languages.current
        for button in self.grid.items():
            if isinstance(button, SymbolButton) and button.symbol_id:
                button.set_words(self._context.catalogue.label(button.symbol_id, language))
        self._draw_strip()
