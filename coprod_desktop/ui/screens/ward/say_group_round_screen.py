"""Passing the tablet round a SAY group. The facilitator stays signed in; each person taps their own
picture on "Who is this?", gives their views on the topics, then passes the tablet on. People who have
had a turn are marked, so nobody is missed and nobody is asked twice without choosing to.

The screens are the patient ones (big symbols, words and speech). The tablet is in the patient's hands,
so what they type is saved as their own words. It is a locked patient mode (`patient_mode`): the bar's
Home and Back stay inside the round, and Finish needs a staff PIN (the main window asks for it).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.say_groups import GroupTopicInfo
from coprod_desktop.store.kinds import Role
from coprod_desktop.ui.alongside import Alongside
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.done_tick import with_done_tick
from coprod_desktop.ui.person_picture import person_drawing
from coprod_desktop.ui.screens.screen import Screen, join_sentences, title_label
from coprod_desktop.ui.screens.start.is_this_you_screen import IsThisYouScreen
from coprod_desktop.ui.screens.ward.say_group_screen import SayGroupScreen
from coprod_desktop.ui.screens.ward.say_view_screen import SayViewScreen
from coprod_desktop.ui.widgets.flow_grid import FlowGrid
from coprod_desktop.ui.widgets.record_panel import RecorderSource
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

PICTURE_SIZE = 96
PAGE_WHO, PAGE_TOPICS, PAGE_VIEW, PAGE_ASK = range(4)


class SayGroupRoundScreen(Screen):
    closed = Signal()
    """Kept for callers that embed the round without a main window."""
    finish_requested = Signal()
    """Finish was pressed: the main window asks for a staff PIN before leaving the round."""
    turn_changed = Signal(object)
    """The PersonInfo whose turn it now is, or None when "Who is this?" shows."""
    patient_mode = True

    def __init__(
        self,
        context: UiContext,
        staff: PersonInfo,
        group_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        recorder: RecorderSource = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._staff = staff
        self._group_id = group_id
        self._recorder = recorder
        self._alongside = Alongside()  # the patient holds the tablet: their words are their own
        self._people: list[PersonInfo] = []
        self._had_turn: set[uuid.UUID] = set()
        self._person: PersonInfo | None = None
        self.person_buttons: dict[uuid.UUID, SymbolButton] = {}
        self.topics_screen: SayGroupScreen | None = None
        self.view_screen: SayViewScreen | None = None
        painter, speaker = context.painter, context.speaker

        self._title = title_label(self)
        self._intro = title_label(self, role="body")
        self.pass_on = SymbolButton(painter, speaker, "pass-tablet", symbol_size=48, max_lines=2)
        self.pass_on.setObjectName("say-pass-on")
        self.finish = SymbolButton(painter, speaker, "done", symbol_size=48, max_lines=2)
        self.finish.setObjectName("say-round-finish")
        self.pass_on.setMinimumSize(280, 110)
        self.pass_on.setMaximumSize(320, 130)
        self.finish.setMinimumSize(200, 110)
        self.finish.setMaximumSize(240, 130)
        self.pass_on.clicked.connect(self.pass_tablet_on)
        self.finish.clicked.connect(self._finish)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self._title)
        heading.addWidget(self._intro)
        header = QHBoxLayout()
        header.setSpacing(12)
        header.addLayout(heading, 1)
        header.addWidget(self.pass_on)
        header.addWidget(self.finish)

        self.pages = QStackedWidget(self)
        self.who = FlowGrid(context.painter, context.speaker, cell_width=220, cell_height=200)
        self.pages.addWidget(self.who)
        self._topics_holder = QWidget()
        self._topics_layout = QVBoxLayout(self._topics_holder)
        self._topics_layout.setContentsMargins(0, 0, 0, 0)
        self.pages.addWidget(self._topics_holder)
        self._view_holder = QWidget()
        self._view_layout = QVBoxLayout(self._view_holder)
        self._view_layout.setContentsMargins(0, 0, 0, 0)
        self.pages.addWidget(self._view_holder)
        self._ask_holder = QWidget()
        self._ask_layout = QVBoxLayout(self._ask_holder)
        self._ask_layout.setContentsMargins(0, 0, 0, 0)
        self.pages.addWidget(self._ask_holder)
        self.asking: IsThisYouScreen | None = None
        """"Is this you?" after a picture is tapped, so nobody gives views in another's name."""

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)
        self._load_people()
        self.show_who()

    # --- who is this? ----------------------------------------------------------------------------
    @property
    def person(self) -> PersonInfo | None:
        """Whose turn it is; None while "Who is this?" shows."""
        return self._person

    @property
    def had_turn(self) -> set[uuid.UUID]:
        return set(self._had_turn)

    def _ward_id(self) -> uuid.UUID | None:
        group = self._context.services.say_groups.get(self._group_id)
        return group.ward_id if group is not None else None

    def _load_people(self) -> None:
        ward_id = self._ward_id()
        people = self._context.services.people.on_ward(ward_id, Role.PATIENT) if ward_id else []
        self._people = people
        if ward_id is not None:
            # Anyone who has already given a view in this group has had a turn (another tablet, earlier).
            views = self._context.services.say_groups.views(self._group_id)
            self._had_turn |= {v.person_id for vs in views.values() for v in vs}
        painter, speaker = self._context.painter, self._context.speaker
        pictures = self._context.paths.pictures
        self.person_buttons = {}
        buttons: list[QWidget] = []
        for person in people:
            button = SymbolButton(painter, speaker, None, symbol_size=PICTURE_SIZE, max_lines=2)
            draw = person_drawing(painter, person, pictures)
            if person.id in self._had_turn:
                button.set_drawn_picture(lambda side, ratio, d=draw: with_done_tick(d(side, ratio)))
            else:
                button.set_drawn_picture(draw)
            button.setProperty("had_turn", person.id in self._had_turn)
            button.clicked.connect(lambda _c=False, p=person: self.choose_person(p))
            self.person_buttons[person.id] = button
            buttons.append(button)
        for old in self.who.items():
            old.hide()
        self.who.set_items(buttons)
        for item in buttons:
            item.show()  # at once, not on the next turn of the event loop
        self._word_people()

    def button_for(self, called: str) -> SymbolButton:
        for person in self._people:
            if person.called == called:
                return self.person_buttons[person.id]
        raise LookupError(called)

    def show_who(self) -> None:
        self._person = None
        self._drop_view()
        self.pages.setCurrentIndex(PAGE_WHO)
        self.who.show_page(0, announce=False)
        self.pass_on.hide()
        self.retranslate()

    def choose_person(self, person: PersonInfo) -> None:
        """A picture was tapped: "Is this you?" first, as on Who are you?."""
        if self.asking is not None:
            self.asking.hide()
            self.asking.deleteLater()
        asking = IsThisYouScreen(self._context, person)
        asking.confirmed.connect(self._start_turn)
        asking.not_me.connect(self.show_who)
        self._ask_layout.addWidget(asking)
        self.asking = asking
        self.pages.setCurrentIndex(PAGE_ASK)
        self.pass_on.hide()
        asking.on_shown()

    def _start_turn(self, person: PersonInfo) -> None:
        self._person = person
        if self.topics_screen is not None:
            self.topics_screen.hide()
            self.topics_screen.deleteLater()
        screen = SayGroupScreen(self._context, person, self._alongside, self._group_id, show_title=False)
        screen.topic_chosen.connect(self._open_topic)
        self._topics_layout.addWidget(screen)
        self.topics_screen = screen
        self.pages.setCurrentIndex(PAGE_TOPICS)
        self.pass_on.show()
        self.retranslate()
        self._context.speaker.say(join_sentences(person.called, screen.spoken_summary()))
        self.turn_changed.emit(person)

    def _open_topic(self, topic: GroupTopicInfo) -> None:
        if self._person is None:
            return
        self._drop_view()
        screen = SayViewScreen(self._context, self._person, self._alongside, topic, recorder=self._recorder)
        screen.finished.connect(self._view_finished)
        self._view_layout.addWidget(screen)
        self.view_screen = screen
        self.pages.setCurrentIndex(PAGE_VIEW)
        screen.on_shown()
        self.retranslate()

    def _view_finished(self) -> None:
        self._drop_view()
        self.pages.setCurrentIndex(PAGE_TOPICS)
        if self.topics_screen is not None:
            self.topics_screen.refresh()
        self.retranslate()

    def _drop_view(self) -> None:
        if self.view_screen is not None:
            self.view_screen.panel.remove_if_empty()
            self.view_screen.hide()
            self.view_screen.deleteLater()
            self.view_screen = None

    def pass_tablet_on(self) -> None:
        """This person's turn is over: back to "Who is this?" with them marked."""
        if self._person is not None:
            self._had_turn.add(self._person.id)
        self._back_to_who()
        self._context.speaker.say(self.tr("Pass the tablet to the next person."))

    def _back_to_who(self) -> None:
        if self.topics_screen is not None:
            self.topics_screen.hide()
            self.topics_screen.deleteLater()
            self.topics_screen = None
        self._load_people()  # anyone who gave a view is marked as having had a turn
        self.show_who()
        self.turn_changed.emit(None)

    def end_turn(self) -> None:
        """The person walked away ("Are you still there?" was not answered): back to Who is this?.
        Their views were saved as they gave them."""
        self._back_to_who()

    def home_in_round(self) -> None:
        """The bar's Home in a round: this person's topics, or Who is this? between turns."""
        if self._person is None:
            self.show_who()
            return
        self._view_finished()

    def back_in_round(self) -> None:
        """The bar's Back in a round: one step back, never out of the round."""
        if self.pages.currentIndex() == PAGE_VIEW:
            self._view_finished()
        elif self.pages.currentIndex() in (PAGE_TOPICS, PAGE_ASK):
            self._back_to_who()

    def can_go_back(self) -> bool:
        return self.pages.currentIndex() != PAGE_WHO

    def _finish(self) -> None:
        self._drop_view()
        self.finish_requested.emit()

    def on_shown(self) -> None:
        if self.pages.currentIndex() == PAGE_WHO:
            self._load_people()
            self.retranslate()

    # --- words ----------------------------------------------------------------------------------
    def _word_people(self) -> None:
        for person in self._people:
            button = self.person_buttons.get(person.id)
            if button is None:
                continue
            if person.id in self._had_turn:
                button.set_words(
                    self.tr("{name}\nHad a turn").format(name=person.called),
                    self.tr("{name}. Had a turn").format(name=person.called),
                )
            else:
                button.set_words(person.called)

    def title(self) -> str:
        if self._person is None:
            return self.tr("Who is this?")
        return self.tr("{name}'s turn").format(name=self._person.called)

    def _intro_words(self) -> str:
        if self._person is None:
            turns = len(self._had_turn & {p.id for p in self._people})
            return self.tr("SAY group. Choose your name. {done} of {total} people have had a turn.").format(
                done=turns, total=len(self._people)
            )
        return self.tr("Give your views. Then pass the tablet on.")

    def spoken_summary(self) -> str:
        page = self.pages.currentIndex()
        if page == PAGE_ASK and self.asking is not None:
            return self.asking.spoken_summary()
        if page == PAGE_VIEW and self.view_screen is not None:
            return self.view_screen.spoken_summary()
        if page == PAGE_TOPICS and self.topics_screen is not None:
            return join_sentences(self.title(), self.topics_screen.spoken_summary())
        names = (self.person_buttons[p.id].spoken for p in self._people if p.id in self.person_buttons)
        return join_sentences(self.title(), self._intro_words(), *names)

    def retranslate(self) -> None:
        self._title.setText(self.title())
        self._intro.setText(self._intro_words())
        self.pass_on.set_words(self.tr("Pass the tablet on"), self.tr("I have finished. Pass the tablet on."))
        self.finish.set_words(self.tr("Finish"), self.tr("Finish passing the tablet round"))
        self._word_people()
