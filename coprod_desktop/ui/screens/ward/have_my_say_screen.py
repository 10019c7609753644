"""Have my say, one tap from Home: the SAY group's topics when it is on, an idea, or something I am not
happy about.

The topic cards sit on this screen itself, not behind a "SAY group" tile, so giving a view on a
topic is two taps from Home (DESIGN.md: no patient screen more than two levels below Home). The
two other choices stay beside the cards, so raising an idea is still one press from here."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QVBoxLayout, QWidget

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.ui.alongside import Alongside
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.screens.screen import Screen, join_sentences, title_label
from coprod_desktop.ui.screens.ward.say_group_screen import SayGroupScreen
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

TILE_KEYS = ("idea", "not-happy")
"""The keys of `buttons`, which are also the tiles' symbols."""


class HaveMySayScreen(Screen):
    topic_chosen = Signal(object)
    """A SAY group topic card was pressed: emits its GroupTopicInfo (WardFlow opens my view)."""
    idea_chosen = Signal()
    not_happy_chosen = Signal()

    def __init__(
        self,
        context: UiContext,
        person: PersonInfo,
        alongside: Alongside,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._person = person
        group = None
        if person.ward_id is not None:
            group = context.services.say_groups.open_group(person.ward_id)

        self._heading = title_label(self)
        self._intro = title_label(self, role="body")
        self._on_now = title_label(self, role="subtitle")
        # Made before the tiles, so Tab and switches meet the topic cards first (reading order).
        self.group: SayGroupScreen | None = None
        if group is not None:
            self.group = SayGroupScreen(context, person, alongside, group.id, show_title=False, embedded=True)
            self.group.topic_chosen.connect(self.topic_chosen)
        self._on_now.setVisible(self.group is not None)

        beside = self.group is not None  # the tiles are a column beside the cards, else big in a row
        self.buttons: dict[str, SymbolButton] = {}
        for key in TILE_KEYS:
            button = SymbolButton(
                context.painter, context.speaker, key, symbol_size=88 if beside else 120, max_lines=3
            )
            button.setObjectName(f"choice-{key}")
            if beside:
                button.setMinimumSize(260, 180)
                button.setMaximumWidth(300)
            else:
                button.setMinimumSize(260, 230)
            self.buttons[key] = button
        self.buttons["idea"].clicked.connect(self.idea_chosen)
        self.buttons["not-happy"].clicked.connect(self.not_happy_chosen)

        tiles: QBoxLayout = QVBoxLayout() if beside else QHBoxLayout()
        tiles.setSpacing(24)
        for button in self.buttons.values():
            tiles.addWidget(button, 1)
        words = QVBoxLayout()
        words.setSpacing(12)
        words.addWidget(self._heading)
        words.addWidget(self._intro)
        if self.group is not None:
            words.addWidget(self._on_now)
            words.addWidget(self.group, 1)
        else:
            words.addLayout(tiles, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 16)
        layout.setSpacing(24)
        layout.addLayout(words, 1)
        if beside:
            # The whole height, beside the heading too: room for the words at the largest size.
            layout.addLayout(tiles)
        self.retranslate()

    @property
    def person(self) -> PersonInfo:
        return self._person

    def on_shown(self) -> None:
        """Reads the group again, so the tick shows on a topic after giving a view and coming Back."""
        if self.group is None:
            return
        self.group.refresh()
        self._on_now.setVisible(self.group.is_open)  # once it ends, the panel's own words say so
        self._tiles_after_cards()

    def _tiles_after_cards(self) -> None:
        """The panel makes its cards again on refresh, and new widgets join the end of Qt's focus
        chain: put the two tiles back after them, so switches still meet the topics first."""
        cards = self.group.topic_cards() if self.group is not None else []
        if not cards:
            return
        previous: QWidget = cards[-1]
        for button in self.buttons.values():
            QWidget.setTabOrder(previous, button)
            previous = button

    def title(self) -> str:
        return self.tr("Have my say")

    def _intro_words(self) -> str:
        return self.tr("Tell us what you think about the ward. Staff will answer.")

    def spoken_summary(self) -> str:
        group = self.group.spoken_summary() if self.group is not None else ""
        return join_sentences(
            self.title(), self._intro_words(), group, *(b.spoken for b in self.buttons.values())
        )

    def retranslate(self) -> None:
        self._heading.setText(self.title())
        self._intro.setText(self._intro_words())
        self._on_now.setText(self.tr("SAY group on now"))
        words = {"idea": self.tr("I have an idea"), "not-happy": self.tr("I am not happy about something")}
        for key, text in words.items():
            self.buttons[key].set_words(text, join_sentences(text))
