"""The pages of an idea or a worry, each a plain widget holding its big buttons and words: what it is
about, the words, who may know (a worry only) and sent. The screen (raise_screen.py) decides what they
say, keeps the draft and moves between them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from coprod_desktop.services.say_groups import GroupTopicInfo
from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.store.kinds import WhoMayKnow
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.symbol_chips import SymbolChips
from coprod_desktop.ui.screens.screen import title_label
from coprod_desktop.ui.symbol_icons import SymbolPainter
from coprod_desktop.ui.widgets.council_question import CouncilQuestion
from coprod_desktop.ui.widgets.flow_grid import FlowGrid
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

TILE_WIDTH = 280
TILE_HEIGHT = 150
"""Room for a symbol and two lines of words at every word size."""
CHIPS = 10
CHIP_SIZE = 40
"""The sentence of pictures on the words page: small, as a reminder (it is made on its own page)."""
WHO_SYMBOLS = {
    WhoMayKnow.STAFF_ONLY: "staff",
    WhoMayKnow.STAFF_AND_ADVOCATE: "advocate",
    WhoMayKnow.WARD_WITHOUT_NAME: "ward",
}


def _column(page: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(12)
    return layout


class AboutPage(QWidget):
    """The SAY group's topics as big tiles, and Skip: what it is about."""

    chosen = Signal(object)
    """The index of the topic pressed, or None for Skip."""

    def __init__(self, painter: SymbolPainter, speaker: Speaker, agenda: list[GroupTopicInfo]) -> None:
        super().__init__()
        self.question = title_label(self, role="subtitle")
        # Whole pages of tiles with a big More arrow: never squeezed, never a scroll bar.
        self.grid = FlowGrid(painter, speaker, cell_width=TILE_WIDTH, cell_height=TILE_HEIGHT)
        self.topics: list[SymbolButton] = []
        for index, topic in enumerate(agenda):
            button = SymbolButton(painter, speaker, topic.symbol_id or "topic-anything-else", symbol_size=64)
            button.clicked.connect(lambda _c=False, i=index: self.chosen.emit(i))
            self.topics.append(button)
        # Skip is the last tile, as easy to press as any topic and no more inviting.
        self.skip_topic = SymbolButton(painter, speaker, "skip", symbol_size=64)
        self.skip_topic.clicked.connect(lambda: self.chosen.emit(None))
        self.grid.set_items([*self.topics, self.skip_topic])
        layout = _column(self)
        layout.addWidget(self.question)
        layout.addWidget(self.grid, 1)


class WordsPage(QWidget):
    """What I want to say, three equal ways: with pictures, in my own voice, or typed (by me or by staff
    alongside), each on a page of its own; what has been said; Hear it; the council's Yes or No (an
    idea only) and Send it."""

    def __init__(self, context: UiContext, worry: bool) -> None:
        super().__init__()
        painter, speaker = context.painter, context.speaker
        self.question = title_label(self, role="subtitle")
        self.pictures = SymbolButton(
            painter, speaker, "help-me-say-it", symbol_size=48, max_lines=2, beside=True
        )
        self.pictures.setObjectName("say-with-pictures")
        self.voice = SymbolButton(painter, speaker, "microphone", symbol_size=48, max_lines=2, beside=True)
        self.voice.setObjectName("say-with-my-voice")
        self.typing = SymbolButton(painter, speaker, "words", symbol_size=48, max_lines=2, beside=True)
        self.typing.setObjectName("say-with-words")
        ways = QHBoxLayout()
        ways.setSpacing(12)
        for button in (self.pictures, self.voice, self.typing):
            button.setMinimumSize(200, 96)
            ways.addWidget(button, 1)
        self.said = title_label(self, role="body")
        said_row = QHBoxLayout()
        said_row.setSpacing(6)
        self.chips = SymbolChips(context, CHIP_SIZE, CHIPS, self)
        said_row.addWidget(self.chips)
        said_row.addWidget(self.said, 1)
        # An idea: the person's Yes or No to their words being read at the council, without their name.
        # A worry never goes to the council from here.
        self.council = CouncilQuestion(painter, speaker, self, beside=True)
        self.council.setObjectName("council-may-quote")
        self.council.setVisible(not worry)
        self.hear = SymbolButton(painter, speaker, "read-aloud", symbol_size=40, max_lines=2, beside=True)
        self.send = SymbolButton(painter, speaker, "just-send", symbol_size=48, max_lines=1, beside=True)
        self.send.setProperty("role", "primary")
        buttons = QHBoxLayout()
        for button in (self.hear, self.send):
            button.setMinimumSize(280, 96)
        buttons.addWidget(self.hear)
        buttons.addStretch(1)
        buttons.addWidget(self.send)
        layout = _column(self)
        layout.addWidget(self.question)
        layout.addLayout(ways)
        layout.addLayout(said_row)
        layout.addStretch(1)
        layout.addWidget(self.council)
        layout.addLayout(buttons)

    def show_said(self, symbols: list[str], words: str) -> None:
        """The pictures said so far, small, and what they and the recording make, in words."""
        self.chips.show_symbols(symbols)
        self.said.setText(words)
        self.said.setVisible(bool(words))


class SentPage(QWidget):
    """Sent: what happens next, and Home."""

    def __init__(self, painter: SymbolPainter, speaker: Speaker) -> None:
        super().__init__()
        self.words = title_label(self, role="subtitle")
        self.done = SymbolButton(painter, speaker, "home", symbol_size=56, beside=True)
        self.done.setMinimumSize(300, 110)
        self.done.setMaximumHeight(130)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done)
        buttons.addStretch(1)
        layout = _column(self)
        layout.setSpacing(6)
        layout.addWidget(self.words)
        layout.addStretch(1)
        layout.addLayout(buttons)


class WhoPage(QWidget):
    """A worry, after the words: who may know. Three big choices; choosing one sends it."""

    chosen = Signal(object)
    """The WhoMayKnow pressed."""

    def __init__(self, painter: SymbolPainter, speaker: Speaker) -> None:
        super().__init__()
        self.question = title_label(self, role="subtitle")
        self.who: dict[WhoMayKnow, SymbolButton] = {}
        row = QHBoxLayout()
        row.setSpacing(16)
        for choice, symbol in WHO_SYMBOLS.items():
            button = SymbolButton(painter, speaker, symbol, symbol_size=120, max_lines=3)
            button.setObjectName(f"who-{choice.value}")
            button.setMinimumSize(240, 200)
            button.clicked.connect(lambda _c=False, c=choice: self.chosen.emit(c))
            row.addWidget(button)
            self.who[choice] = button
        layout = _column(self)
        layout.addWidget(self.question)
        layout.addLayout(row, 1)
