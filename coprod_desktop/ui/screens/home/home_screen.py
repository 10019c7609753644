"""Home for the chosen person: a greeting, their next meeting, and a few big choices.

Five big choices (DESIGN.md section 2): My meeting, Thank you, Have my say, You said, we did and
Help me say it. What the person raised shows on You said, we did with its status, so they see the
answer without looking for it; a SAY group that is on now shows on Have my say."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coprod_desktop.services.actions import ActionRecord
from coprod_desktop.services.records import MeetingInfo, PersonInfo
from coprod_desktop.ui.action_words import STATUS_SYMBOLS, said_words, status_words
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.paged_grid import PagedGrid
from coprod_desktop.ui.meeting_words import SYMBOLS, meeting_sentence
from coprod_desktop.ui.person_picture import person_pixmap
from coprod_desktop.ui.screens.screen import Screen, join_sentences, title_label
from coprod_desktop.ui.widgets.private_cover import PrivateCover
from coprod_desktop.ui.widgets.symbol_button import SymbolButton, share_layout

PICTURE_SIZE = 80


class HomeScreen(Screen):
    settings_requested = Signal()
    change_person_requested = Signal()
    my_meeting_requested = Signal()
    say_it_requested = Signal()
    thanks_requested = Signal()
    wall_requested = Signal()
    have_my_say_requested = Signal()
    board_requested = Signal()
    council_requested = Signal()
    questions_requested = Signal()
    who_has_seen_requested = Signal()

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
        header.addWidget(self._picture, 0, Qt.AlignmentFlag.AlignVCenter)  # a tile, not a strip
        greeting = QVBoxLayout()
        greeting.setSpacing(4)
        greeting.addWidget(self._greeting)
        header.addLayout(greeting, 1)

        self.meeting_tile = SymbolButton(ctx.painter, ctx.speaker, "meeting", symbol_size=96, max_lines=6)
        self.meeting_tile.setObjectName("next-meeting")
        self.meeting_tile.clicked.connect(self.my_meeting_requested)
        self.thanks_choice = SymbolButton(ctx.painter, ctx.speaker, "thank-you", symbol_size=64, beside=True)
        self.thanks_choice.clicked.connect(self.thanks_requested)
        self.wall_choice = SymbolButton(
            ctx.painter, ctx.speaker, "thank-you-wall", symbol_size=64, max_lines=3, beside=True
        )
        self.wall_choice.setObjectName("thank-you-wall")
        self.wall_choice.clicked.connect(self.wall_requested)
        self.have_say_choice = SymbolButton(
            ctx.painter, ctx.speaker, "say-group", symbol_size=64, max_lines=4, beside=True
        )
        self.have_say_choice.clicked.connect(self.have_my_say_requested)
        self.board_choice = SymbolButton(
            ctx.painter, ctx.speaker, "you-said-we-did", symbol_size=64, max_lines=4, beside=True
        )
        self.board_choice.setObjectName("you-said-we-did")
        self.board_choice.clicked.connect(self.board_requested)
        self.say_it_choice = SymbolButton(ctx.painter, ctx.speaker, "question", symbol_size=64, beside=True)
        self.say_it_choice.clicked.connect(self.say_it_requested)
        # Only for a ward rep: getting the ward's voice ready for the recovery council.
        self.council_choice = SymbolButton(
            ctx.painter, ctx.speaker, "recovery-council", symbol_size=64, max_lines=3, beside=True
        )
        self.council_choice.setObjectName("recovery-council")
        self.council_choice.clicked.connect(self.council_requested)
        # Only when staff asked for this person's views on the ward and it is time: never forced.
        # The faces the questions are answered with (the question mark is Help me say it).
        self.questions_choice = SymbolButton(
            ctx.painter, ctx.speaker, "questions-for-me", symbol_size=64, max_lines=3, beside=True
        )
        self.questions_choice.setObjectName("questions-for-me")
        self.questions_choice.clicked.connect(self.questions_requested)
        # The big choices keep their places, a whole page at a time (never a scroll bar); the
        # meeting tile stays beside them on every page.
        self.choices = PagedGrid(
            ctx.painter,
            ctx.speaker,
            columns=2,
            spacing=16,
            row_stretch=True,
            arrows_beside=True,
            arrows_under_when_big=True,
        )
        for choice in (
            self.thanks_choice,
            self.have_say_choice,
            self.board_choice,
            self.say_it_choice,
            self.council_choice,
            self.questions_choice,
            self.wall_choice,  # after the rep's and the questions' tiles: less often wanted
        ):
            choice.setMinimumSize(280, 100)
            self.choices.add(choice)
        self.meeting_tile.setMinimumWidth(220)
        choices = QHBoxLayout()
        choices.setSpacing(20)
        choices.addWidget(self.meeting_tile, 4)
        choices.addWidget(self.choices, 10)

        # Less often wanted: smaller, at the top, still well over the smallest target.
        self.settings_choice = SymbolButton(ctx.painter, ctx.speaker, "my-settings", symbol_size=40)
        self.change_choice = SymbolButton(ctx.painter, ctx.speaker, "change-person", symbol_size=40)
        self.who_has_seen_choice = SymbolButton(
            ctx.painter, ctx.speaker, "who-has-seen", symbol_size=40, max_lines=3
        )
        self.who_has_seen_choice.clicked.connect(self.who_has_seen_requested)
        for choice in (self.who_has_seen_choice, self.settings_choice, self.change_choice):
            choice.setMinimumSize(180, 100)
            choice.setMaximumWidth(240)
            choice.cap_width(240)  # at big words they grow taller, leaving the greeting its room
            header.addWidget(choice)
        share_layout([self.who_has_seen_choice, self.settings_choice, self.change_choice])
        self.settings_choice.clicked.connect(self.settings_requested)
        self.change_choice.clicked.connect(self.change_person_requested)

        # What the person raised is theirs: it shows once they have confirmed who they are.
        # Under the greeting, so the big choices keep the height (three rows on a ward tablet).
        self.private_cover = PrivateCover(context)
        greeting.addWidget(self.private_cover)
        context.privacy.changed.connect(self._privacy_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 24)
        layout.setSpacing(16)
        layout.addLayout(header)
        layout.addLayout(choices, 1)
        self._raised: list[ActionRecord] = []
        self._group_on = False
        self._questions_due = False
        self.refresh()

    @property
    def person(self) -> PersonInfo:
        return self._person

    def refresh(self) -> None:
        services = self._context.services
        upcoming = services.meetings.upcoming(self._person.id, limit=1)
        self._meeting = upcoming[0] if upcoming else None
        self._raised = services.actions.raised_by(self._person.id)[:1]
        ward_id = self._person.ward_id
        self._group_on = ward_id is not None and services.say_groups.open_group(ward_id) is not None
        self._questions_due = services.prems.is_due(self._person.id)
        self.private_cover.setVisible(not self.private_shown())
        self.choices.leave_out(self.council_choice, not self._person.is_ward_rep)
        self.choices.leave_out(self.questions_choice, not self._questions_due)
        self.retranslate()

    def on_shown(self) -> None:
        self.refresh()

    def to_first_page(self) -> None:
        self.choices.show_page(0, announce=False)

    def private_shown(self) -> bool:
        return self._context.privacy.is_open(self._person.id)

    def _privacy_changed(self) -> None:
        self.private_cover.setVisible(not self.private_shown())
        self.retranslate()
        # The cover's room goes to the choices now, so they are paged for the room they really have.
        layout = self.layout()
        if layout is not None:
            layout.activate()

    def title(self) -> str:
        return self.tr("Hello, {name}").format(name=self._person.called)

    def greeting(self) -> str:
        """Said as the person's Home first opens, so a picture pressed by mistake is noticed."""
        return self.tr("Hello, {name}. If this is not you, press This is not me.").format(
            name=self._person.called
        )

    def _meeting_words(self) -> str:
        if self._meeting is None:
            return self.tr("No meeting is booked yet. Get ready for my next meeting.")
        return meeting_sentence(self._meeting, self._context.clock(), self._context.languages.locale())

    def spoken_summary(self) -> str:
        return join_sentences(
            self.title(),
            self._meeting_words(),
            self.private_cover.spoken() if not self.private_shown() else "",
            self.thanks_choice.spoken,
            self.have_say_choice.spoken,
            self.board_choice.spoken,
            self.say_it_choice.spoken,
            self.wall_choice.spoken,
            self.council_choice.spoken if self.council_choice.isVisibleTo(self) else "",
            self.questions_choice.spoken if self.questions_choice.isVisibleTo(self) else "",
            self.who_has_seen_choice.spoken,
            self.settings_choice.spoken,
            self.change_choice.spoken,
        )

    def _board_words(self) -> tuple[str, str, str | None]:
        """You said, we did, and the answer to the newest thing this person raised; where that would
        not fit the tile, its status alone (the tile still says it all)."""
        board = self.tr("You said, we did")
        if not self._raised or not self.private_shown():
            return board, board, None
        action = self._raised[0]
        status = status_words(action.status)
        shown = self.tr("You said: {said}").format(said=said_words(action))
        spoken = join_sentences(board, shown, status, action.reply)
        return f"{board}\n{status}: {said_words(action)}", spoken, f"{board}\n{status}"

    def retranslate(self) -> None:
        self._greeting.setText(self.title())
        self.meeting_tile.set_symbol(SYMBOLS[self._meeting.kind] if self._meeting else "calendar")
        # Says where it leads (My meeting) and what is coming, in one big choice.
        my_meeting = self.tr("My meeting")
        self.meeting_tile.set_words(
            f"{my_meeting}\n{self._meeting_words()}", join_sentences(my_meeting, self._meeting_words())
        )
        self.thanks_choice.set_words(self.tr("Thank you"), self.tr("Say thank you"))
        self.wall_choice.set_words(self.tr("Thank-you wall"), self.tr("Thank-you wall: see the thank-yous"))
        have_say = self.tr("Have my say")
        if self._group_on:
            on_now = self.tr("SAY group on now")
            self.have_say_choice.set_words(f"{have_say}\n{on_now}", join_sentences(have_say, on_now))
        else:
            self.have_say_choice.set_words(have_say)
        self.board_choice.set_words(*self._board_words())
        if self._raised and self.private_shown():
            self.board_choice.set_symbol(STATUS_SYMBOLS[self._raised[0].status])
        else:
            self.board_choice.set_symbol("you-said-we-did")
        self.say_it_choice.set_words(self.tr("Help me say it"))
        self.council_choice.set_words(
            self.tr("Recovery council"), self.tr("Recovery council: get the ward's views ready")
        )
        self.questions_choice.set_words(
            self.tr("Questions for me"),
            self.tr("Questions for me: how is the ward for you? You can skip any question."),
        )
        self.settings_choice.set_words(
            self.tr("How I like it"), self.tr("How I like it: how the app talks and looks")
        )
        self.change_choice.set_words(self.tr("This is not me"))
        self.who_has_seen_choice.set_words(self.tr("Who has seen my things"))
