"""The SAY group that is on now: its topics as big symbol cards. A tick marks the ones I have given a
view on, so I can see (and hear) what is left. Each card opens my view on that topic."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.say_groups import GroupInfo, GroupTopicInfo
from coprod_desktop.store.kinds import TopicState
from coprod_desktop.ui.alongside import Alongside
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.screens.screen import Screen, join_sentences, title_label
from coprod_desktop.ui.topic_words import topic_card_drawing
from coprod_desktop.ui.widgets.flow_grid import FlowGrid
from coprod_desktop.ui.widgets.say_view_panel import topic_title
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

TOPIC_SYMBOL_SIZE = 88
CELL_SIZE = (230, 210)
EMBEDDED_CELL_SIZE = (220, 200)
"""Beside Have my say's two choices: four across, all eight topics on one page at 1280x800 (normal words)."""


class SayGroupScreen(Screen):
    topic_chosen = Signal(object)
    """Emits the GroupTopicInfo pressed."""

    def __init__(
        self,
        context: UiContext,
        person: PersonInfo,
        alongside: Alongside,
        group_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        show_title: bool = True,
        embedded: bool = False,
    ) -> None:
        """`show_title` False when shown inside the round screen or Have my say, which have their own
        heading. `embedded`: inside Have my say, with no margins of its own and slightly smaller cards."""
        super().__init__(parent)
        self._context = context
        self._person = person
        self._alongside = alongside
        self._group_id = group_id
        self._group: GroupInfo | None = None
        self._done: set[uuid.UUID] = set()
        self._cards: dict[uuid.UUID, SymbolButton] = {}

        self._title = title_label(self)
        self._intro = title_label(self, role="body")
        self._title.setVisible(show_title)
        cell_width, cell_height = EMBEDDED_CELL_SIZE if embedded else CELL_SIZE
        self.topics = FlowGrid(
            context.painter, context.speaker, cell_width=cell_width, cell_height=cell_height
        )
        layout = QVBoxLayout(self)
        if embedded:
            layout.setContentsMargins(0, 0, 0, 0)
        else:
            layout.setContentsMargins(32, 12, 32, 12)
        layout.setSpacing(12)
        layout.addWidget(self._title)
        layout.addWidget(self._intro)
        layout.addWidget(self.topics, 1)
        self.refresh()

    @property
    def person(self) -> PersonInfo:
        return self._person

    @property
    def is_open(self) -> bool:
        return self._group is not None and self._group.is_open

    def refresh(self) -> None:
        """Reads the group and my views again, so a view given shows its mark on coming back."""
        service = self._context.services.say_groups
        self._group = service.get(self._group_id)
        self._done = set()
        if self.is_open:
            self._done = set(service.views_by(self._group_id, self._person.id))
        self._show_topics()
        self.retranslate()

    def _show_topics(self) -> None:
        painter, speaker = self._context.painter, self._context.speaker
        self._cards = {}
        cards: list[QWidget] = []
        topics = self._group.topics if self.is_open and self._group is not None else ()
        for topic in topics:
            done = topic.id in self._done
            card = SymbolButton(painter, speaker, None, symbol_size=TOPIC_SYMBOL_SIZE, max_lines=3)
            card.setObjectName("topic-card")
            card.setProperty("state", TopicState.DONE.value if done else TopicState.OPEN.value)
            state = TopicState.DONE if done else TopicState.OPEN
            card.set_drawn_picture(topic_card_drawing(painter, topic.symbol_id, state))
            card.clicked.connect(lambda _c=False, t=topic: self._choose(t))
            self._cards[topic.id] = card
            cards.append(card)
        for old in self.topics.items():
            old.hide()  # gone from the screen now, deleted when the event loop next runs
        self.topics.set_items(cards)
        for item in cards:
            item.show()  # at once, not on the next turn of the event loop
        self.topics.setVisible(bool(cards))

    def _choose(self, topic: GroupTopicInfo) -> None:
        group = self._context.services.say_groups.get(self._group_id)
        if group is None or not group.is_open:
            # It ended while this screen was open: say so kindly rather than open a topic.
            self.refresh()
            self._context.speaker.say(self._intro.text())
            return
        self.topic_chosen.emit(topic)

    def topic_cards(self) -> list[SymbolButton]:
        return list(self._cards.values())

    def card_for(self, topic_id: uuid.UUID) -> SymbolButton:
        return self._cards[topic_id]

    def has_view(self, topic_id: uuid.UUID) -> bool:
        return topic_id in self._done

    def on_shown(self) -> None:
        self.refresh()

    def title(self) -> str:
        return self.tr("SAY group")

    def _intro_words(self) -> str:
        if not self.is_open:
            return self.tr("The SAY group has finished. Thank you. Your views can go to the next one.")
        if self._done:
            return self.tr("Choose a topic. A tick shows you gave your view.")
        return self.tr("Choose a topic. Say what you think about it.")

    def _card_spoken(self, topic: GroupTopicInfo) -> str:
        title = topic_title(self._context, topic)
        if topic.id in self._done:
            return join_sentences(title, self.tr("You gave your view"))
        return title

    def spoken_summary(self) -> str:
        topics = self._group.topics if self.is_open and self._group is not None else ()
        return join_sentences(self.title(), self._intro_words(), *(self._card_spoken(t) for t in topics))

    def retranslate(self) -> None:
        self._title.setText(self.title())
        self._intro.setText(self._intro_words())
        topics = self._group.topics if self._group is not None else ()
        for topic in topics:
            card = self._cards.get(topic.id)
            if card is None:
                continue
            title = topic_title(self._context, topic)
            done = self.tr("Done")  # outside the f-string, where lupdate finds it for translators
            shown = f"{title}\n{done}" if topic.id in self._done else title
            card.set_words(shown, self._card_spoken(topic))
