"""Home for the chosen person: a greeting, their next meeting, and a few big choices."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coprod_desktop.services.records import MeetingInfo, PersonInfo
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.meeting_words import SYMBOLS, meeting_sentence
from coprod_desktop.ui.person_picture import person_pixmap
from coprod_desktop.ui.screens.screen import Screen, join_sentences, title_label
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

PICTURE_SIZE = 96


class HomeScreen(Screen):
    settings_requested = Signal()
    change_person_requested = Signal()
    my_meeting_requested = Signal()
    say_it_requested = Signal()

    def __init__(self, context: UiContext, person: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._person = person
        self._meeting: MeetingInfo | None = None
        ctx = context

        self._picture = QLabel(self)
        self._picture.setObjectName("symbol")  # gets the light tile in high contrast
        self._picture.setPixmap(person_pixmap(ctx.painter, person, PICTURE_SIZE, ctx.paths.pictures))
        self._greeting = title_label(self)
        header = QHBoxLayout()
        header.setSpacing(16)
        header.addWidget(self._picture)
        header.addWidget(self._greeting, 1)

        self.meeting_tile = SymbolButton(ctx.painter, ctx.speaker, "meeting", symbol_size=88, max_lines=3)
        self.meeting_tile.setObjectName("next-meeting")
        self.meeting_tile.setMinimumHeight(150)
        self.meeting_tile.clicked.connect(self.my_meeting_requested)

        self.say_it_choice = SymbolButton(ctx.painter, ctx.speaker, "question", symbol_size=120)
        self.say_it_choice.clicked.connect(self.say_it_requested)

        self.settings_choice = SymbolButton(ctx.painter, ctx.speaker, "my-settings", symbol_size=120)
        self.change_choice = SymbolButton(ctx.painter, ctx.speaker, "change-person", symbol_size=120)
        choices = QHBoxLayout()
        choices.setSpacing(24)
        for choice in (self.say_it_choice, self.settings_choice, self.change_choice):
            choice.setMinimumSize(260, 230)
            choices.addWidget(choice)
        self.settings_choice.clicked.connect(self.settings_requested)
        self.change_choice.clicked.connect(self.change_person_requested)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 24)
        layout.setSpacing(24)
        layout.addLayout(header)
        layout.addWidget(self.meeting_tile)
        layout.addLayout(choices, 1)
        self.refresh()

    @property
    def person(self) -> PersonInfo:
        return self._person

    def refresh(self) -> None:
        upcoming = self._context.services.meetings.upcoming(self._person.id, limit=1)
        self._meeting = upcoming[0] if upcoming else None
        self.retranslate()

    def on_shown(self) -> None:
        self.refresh()

    def title(self) -> str:
        return self.tr("Hello, {name}").format(name=self._person.called)

    def _meeting_words(self) -> str:
        if self._meeting is None:
            return self.tr("No meeting is booked yet. Get ready for my next meeting.")
        return meeting_sentence(self._meeting, self._context.clock(), self._context.languages.locale())

    def spoken_summary(self) -> str:
        return join_sentences(
            self.title(),
            self._meeting_words(),
            self.say_it_choice.spoken,
            self.settings_choice.spoken,
            self.change_choice.spoken,
        )

    def retranslate(self) -> None:
        self._greeting.setText(self.title())
        self.meeting_tile.set_symbol(SYMBOLS[self._meeting.kind] if self._meeting else "calendar")
        # Says where it leads (My meeting) and what is coming, in one big choice.
        my_meeting = self.tr("My meeting")
        self.meeting_tile.set_words(
            f"{my_meeting}\n{self._meeting_words()}", join_sentences(my_meeting, self._meeting_words())
        )
        self.say_it_choice.set_words(self.tr("Help me say it"))
        self.settings_choice.set_words(self.tr("How I like it"), self.tr("How I like the app"))
        self.change_choice.set_words(self.tr("This is not me"))
