"""A screen of a few big choices under one heading, one tap from Home: "Thank you" (say one, or see
the wall) and "Have my say" (the SAY group when it is on, an idea, something I am not happy about).

Each choice is a symbol, words and speech. The words come from a function so they are translated
again when the language changes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.screens.screen import Screen, join_sentences, title_label
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

COLUMNS = 3


@dataclass(frozen=True)
class Choice:
    key: str
    symbol_id: str
    words: Callable[[], str]
    """Shown under the symbol (may hold a line break)."""
    chosen: Callable[[], None]
    spoken: Callable[[], str] | None = None


class ChoicesScreen(Screen):
    def __init__(
        self,
        context: UiContext,
        title: Callable[[], str],
        choices: list[Choice],
        intro: Callable[[], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._title = title
        self._intro = intro
        self._choices = choices
        self._heading = title_label(self)
        self._intro_label = title_label(self, role="body")
        self._intro_label.setVisible(intro is not None)
        self.buttons: dict[str, SymbolButton] = {}
        grid = QGridLayout()
        grid.setSpacing(24)
        for index, choice in enumerate(choices):
            button = SymbolButton(
                context.painter, context.speaker, choice.symbol_id, symbol_size=120, max_lines=3
            )
            button.setObjectName(f"choice-{choice.key}")
            button.setMinimumSize(260, 230)
            button.clicked.connect(choice.chosen)
            grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.buttons[choice.key] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 24)
        layout.setSpacing(24)
        layout.addWidget(self._heading)
        layout.addWidget(self._intro_label)
        layout.addLayout(grid, 1)
        self.retranslate()

    def title(self) -> str:
        return self._title()

    def spoken_summary(self) -> str:
        intro = self._intro() if self._intro else ""
        return join_sentences(self.title(), intro, *(b.spoken for b in self.buttons.values()))

    def retranslate(self) -> None:
        self._heading.setText(self.title())
        if self._intro is not None:
            self._intro_label.setText(self._intro())
        for choice in self._choices:
            words = choice.words()
            spoken = choice.spoken() if choice.spoken else join_sentences(*words.split("\n"))
            self.buttons[choice.key].set_words(words, spoken)
