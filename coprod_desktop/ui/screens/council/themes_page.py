"""The council's second step, what people on the ward said: SAY group topics, ideas and worries,
You said we did, and quotes, each a card with Take this. The cards are made afresh for each time
chosen; the screen saves each choice (and puts a card back if it cannot be saved)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from coprod_desktop.services.council import PackInfo, Themes
from coprod_desktop.store.kinds import ActionSource, ActionStatus
from coprod_desktop.ui.action_words import STATUS_SYMBOLS
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.scroll_pager import ScrollPager
from coprod_desktop.ui.screens.council.council_cards import ThemeCard
from coprod_desktop.ui.screens.council.council_words import (
    quote_label,
    raised_words,
    status_line,
    topic_words,
)
from coprod_desktop.ui.screens.screen import join_sentences, title_label
from coprod_desktop.ui.topic_words import DEFAULT_TOPIC_SYMBOL
from coprod_desktop.ui.widgets.symbol_button import SymbolButton


class ThemesPage(QWidget):
    taken = Signal(object, dict)
    """A card's Take this was pressed: the card, and the whole choice of its kind to save
    (topics=, statuses= or quotes=)."""
    other_time = Signal()
    own_points = Signal()
    """The two ways on from a time when nothing was said."""

    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self._context = context
        self.intro = title_label(self, role="subtitle")
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Whole pages with big arrows, never a thin scroll bar (a finger can still drag).
        self.pager = ScrollPager(context.painter, context.speaker, self.scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.pager, 1)
        self.topic_cards: dict[str, ThemeCard] = {}
        self.status_cards: dict[ActionStatus, ThemeCard] = {}
        self.quote_cards: dict[uuid.UUID, ThemeCard] = {}
        self.empty: QFrame | None = None
        self._section_labels: list[tuple[QLabel, Callable[[], str]]] = []

    @property
    def cards(self) -> list[ThemeCard]:
        return [*self.topic_cards.values(), *self.status_cards.values(), *self.quote_cards.values()]

    def _section(self, layout: QVBoxLayout, parent: QWidget, words: Callable[[], str]) -> None:
        label = title_label(parent, role="subtitle")
        label.setText(words())
        layout.addWidget(label)
        self._section_labels.append((label, words))

    def build(self, themes: Themes, pack: PackInfo) -> None:
        context = self._context
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(12)
        self.topic_cards, self.status_cards, self.quote_cards = {}, {}, {}
        self._section_labels = []
        self.empty = None
        if themes.is_empty:
            self.empty = self._empty_card(body)
            layout.addWidget(self.empty)
        if themes.topics:
            self._section(layout, body, lambda: self.tr("What people said in SAY groups"))
            for topic in themes.topics:
                symbol = topic.symbol_id or DEFAULT_TOPIC_SYMBOL
                card = ThemeCard(context, symbol, lambda t=topic: topic_words(t), body)
                self._add(layout, card, self.topic_cards, topic.key, topic.key in pack.topics)
        if themes.raised:
            self._section(layout, body, lambda: self.tr("Ideas, and things people are not happy about"))
            for raised in themes.raised:
                symbol = raised.symbol_id or ("idea" if raised.source is ActionSource.IDEA else "not-happy")
                card = ThemeCard(context, symbol, lambda r=raised: raised_words(context, r), body)
                self._add(layout, card, self.topic_cards, raised.key, raised.key in pack.topics)
        if any(count.number for _, count in themes.statuses):
            self._section(layout, body, lambda: self.tr("You said, we did"))
            row = themes.status_row()
            for status, count in themes.statuses:
                if count.number:
                    line = lambda s=status, n=row[status]: status_line(s, n)  # noqa: E731
                    card = ThemeCard(context, STATUS_SYMBOLS[status], line, body)
                    self._add(layout, card, self.status_cards, status, status in pack.statuses)
        if not themes.is_empty:
            self._section(layout, body, lambda: self.tr("In people's own words"))
            if not themes.quotes:
                self._section(
                    layout, body, lambda: self.tr("Nobody said yes to sharing their words this time.")
                )
            for quote in themes.quotes:
                words = lambda q=quote: (f"\u201c{q.text}\u201d", quote_label(q))  # noqa: E731
                card = ThemeCard(context, quote.symbol_id or "want-to-say", words, body)
                self._add(layout, card, self.quote_cards, quote.id, quote.id in pack.quotes)
        layout.addStretch(1)
        self.scroll.setWidget(body)  # the old cards go with the old widget

    def _add(
        self,
        layout: QVBoxLayout,
        card: ThemeCard,
        cards: dict[str, ThemeCard] | dict[ActionStatus, ThemeCard] | dict[uuid.UUID, ThemeCard],
        key: object,
        taken: bool,
    ) -> None:
        card.set_taken(taken)
        card.take.clicked.connect(lambda _checked=False, c=card: self._take(c))
        layout.addWidget(card)
        cards[key] = card  # type: ignore[index]

    def _take(self, card: ThemeCard) -> None:
        """The whole choice of the card's kind, as it now stands, goes to be saved."""
        for kind, cards in (
            ("topics", self.topic_cards),
            ("statuses", self.status_cards),
            ("quotes", self.quote_cards),
        ):
            if card in cards.values():
                chosen = [key for key, c in cards.items() if c.take.isChecked()]
                self.taken.emit(card, {kind: chosen})
                return

    def _empty_card(self, parent: QWidget) -> QFrame:
        """Nothing happened in this time: said kindly, with where to go next (no empty chart)."""
        painter, speaker = self._context.painter, self._context.speaker
        card = QFrame(parent)
        card.setObjectName("empty-period")
        card.setProperty("role", "card")
        picture = QLabel(card)
        picture.setObjectName("symbol")
        picture.setPixmap(painter.pixmap("calendar", 96, self.devicePixelRatioF()))
        self.empty_words = title_label(card, role="subtitle")
        self.empty_other_time = SymbolButton(painter, speaker, "calendar", symbol_size=44, beside=True)
        self.empty_points = SymbolButton(painter, speaker, "words", symbol_size=44, beside=True)
        buttons = QHBoxLayout()
        for button in (self.empty_other_time, self.empty_points):
            button.setMinimumSize(280, 100)
            button.setMaximumHeight(120)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.empty_other_time.clicked.connect(self.other_time)
        self.empty_points.clicked.connect(self.own_points)
        text = QVBoxLayout()
        text.addWidget(self.empty_words)
        text.addLayout(buttons)
        row = QHBoxLayout(card)
        row.setContentsMargins(20, 16, 20, 16)
        row.setSpacing(20)
        row.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        return card

    def arrival_words(self) -> str:
        if self.empty is not None:
            return join_sentences(self.intro.text(), self.empty_words.text())
        return join_sentences(self.intro.text(), self.tr("Press Take this for each one."))

    def spoken_parts(self) -> list[str]:
        parts = [self.intro.text()]
        if self.empty is not None:
            parts.append(self.empty_words.text())
        return parts + [card.spoken() for card in self.cards]

    def retranslate(self) -> None:
        self.intro.setText(self.tr("What people on the ward said. Choose what to take."))
        for label, words in self._section_labels:
            label.setText(words())
        for card in self.cards:
            card.refresh()
        if self.empty is not None:
            self.empty_words.setText(
                self.tr("Nothing was said on the ward in this time. You can choose another time.")
                + " "
                + self.tr("You can still add your own points.")
            )
            self.empty_other_time.set_words(self.tr("Choose another time"))
            self.empty_points.set_words(self.tr("Add my own points"))
