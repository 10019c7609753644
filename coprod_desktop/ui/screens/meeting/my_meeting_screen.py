"""My meeting: the person's next meeting, what was agreed last time, and the topics they want to talk
about, each one tap away, with how they take part, showing and sharing their slides beside them.

The topics sit on this screen rather than behind another choice, so every action is at most two taps
from Home (DESIGN.md section 2).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from coprod_desktop.services.outcomes import Outcome
from coprod_desktop.services.preparation import PreparationRecord, TopicRecord
from coprod_desktop.services.records import MeetingInfo, PersonInfo
from coprod_desktop.store.kinds import Rating, TopicState
from coprod_desktop.ui.alongside import Alongside
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.choice_tile import ChoiceTile
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.kit.word_size import big_words
from coprod_desktop.ui.meeting_words import SYMBOLS, kind_words, when_words
from coprod_desktop.ui.screens.screen import Screen, join_sentences, title_label
from coprod_desktop.ui.topic_words import state_words, topic_card_drawing, topic_title
from coprod_desktop.ui.widgets.flow_grid import FlowGrid
from coprod_desktop.ui.widgets.next_topic_strip import NextTopicStrip
from coprod_desktop.ui.widgets.private_cover import PrivateCover
from coprod_desktop.ui.widgets.symbol_button import SymbolButton
from coprod_desktop.ui.widgets.wrap_label import WrapLabel

TOPIC_SYMBOL_SIZE = 64
MEETINGS_SHOWN = 3


class MyMeetingScreen(Screen):
    topic_requested = Signal(object)
    """Emits (preparation id, topic id) for the topic pressed."""
    add_topic_requested = Signal(object)
    """Emits the preparation id."""
    taking_part_requested = Signal(object)
    present_requested = Signal(object)
    share_requested = Signal(object)
    say_it_requested = Signal()
    staff_with_me_requested = Signal()

    def __init__(
        self, context: UiContext, person: PersonInfo, alongside: Alongside, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._person = person
        self._alongside = alongside
        self._meetings: list[MeetingInfo] = []
        self._meeting: MeetingInfo | None = None
        self._preparation: PreparationRecord | None = None
        self._outcome: Outcome | None = None
        self._undo_topic: tuple[uuid.UUID, str, str | None] | None = None
        self._waiting_rating: tuple[uuid.UUID, Rating] | None = None
        self._big: bool | None = None
        """Big or long words: the screen drops what would not fit (see _fit_words)."""
        painter, speaker = context.painter, context.speaker

        self._title = title_label(self)
        self._when_label = title_label(self, role="subtitle")
        self.staff_with_me = SymbolButton(painter, speaker, "staff", symbol_size=40, max_lines=2, beside=True)
        self.staff_with_me.clicked.connect(self.staff_with_me_requested)
        header = QVBoxLayout()
        header.setSpacing(2)
        header.addWidget(self._title)
        header.addWidget(self._when_label)

        self.meeting_choices: list[SymbolButton] = []
        self._meeting_row = QHBoxLayout()
        self._meeting_row.setSpacing(12)

        self.outcome_card = QFrame(self)
        self.outcome_card.setProperty("role", "card")
        self._outcome_heading = title_label(self.outcome_card, role="subtitle")
        self.outcome_words = WrapLabel("", 3, self.outcome_card)
        self.outcome_words.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.hear_outcome = SymbolButton(
            painter, speaker, "read-aloud", symbol_size=40, max_lines=2, beside=True
        )
        self.hear_outcome.setMinimumSize(240, 88)  # "Gwrando arno" keeps whole words
        self.hear_outcome.setMaximumSize(260, 96)
        self.hear_outcome.clicked.connect(self._read_outcome)
        outcome_text = QVBoxLayout()
        outcome_text.addWidget(self._outcome_heading)
        outcome_text.addWidget(self.outcome_words)
        outcome_layout = self._outcome_layout = QHBoxLayout(self.outcome_card)
        outcome_layout.setContentsMargins(16, 4, 8, 4)
        outcome_layout.addLayout(outcome_text, 1)
        outcome_layout.addWidget(self.hear_outcome)

        self.take_part = SymbolButton(painter, speaker, "take-part", symbol_size=48, beside=True)
        self.present = SymbolButton(painter, speaker, "present", symbol_size=48, beside=True)
        self.share = SymbolButton(painter, speaker, "share", symbol_size=48, beside=True)
        self.say_it = SymbolButton(painter, speaker, "help-me-say-it", symbol_size=48, beside=True)
        # One column down the right, so the left has the height for what was agreed, the next
        # topic's faces and a row of topics; a switch meets them after the topics.
        actions = QVBoxLayout()
        actions.setSpacing(12)
        for button in self.side_choices():
            button.setMinimumSize(200, 96)
            button.setMaximumSize(250, 120)  # wider at bigger word sizes (SymbolButton)
            actions.addWidget(button)
        actions.addStretch(1)
        self.take_part.clicked.connect(lambda: self.taking_part_requested.emit(self._preparation_id()))
        self.present.clicked.connect(lambda: self._if_shown(self.present_requested))
        self.share.clicked.connect(lambda: self._if_shown(self.share_requested))
        self.say_it.clicked.connect(self.say_it_requested)

        self.undo_bar = QFrame(self)
        self.undo_bar.setProperty("role", "card")
        self.undo_words = plain_label(self.undo_bar)
        self.undo = SymbolButton(painter, speaker, "undo", symbol_size=40, max_lines=2)
        self.undo.setMinimumSize(200, 96)
        self.undo.setMaximumWidth(260)
        self.undo.clicked.connect(self.bring_back_topic)
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(16, 8, 16, 8)
        undo_layout.addWidget(self.undo_words, 1)
        undo_layout.addWidget(self.undo)
        self.undo_bar.hide()

        # The next topic without a face, with the faces: rating it is one press from here.
        self.next_topic = NextTopicStrip(painter, speaker, self)
        self.next_topic.title_of = lambda topic: topic_title(context, topic.title, topic.symbol_id)
        self.next_topic.rated.connect(self.rate_topic)
        self.next_topic.rearranged.connect(self._fit_words)

        self.topics_heading = title_label(self, role="subtitle")
        self.topics = FlowGrid(painter, speaker, cell_width=190, cell_height=150)
        self.add_topic = SymbolButton(painter, speaker, "add", symbol_size=TOPIC_SYMBOL_SIZE)
        self.add_topic.clicked.connect(lambda: self.add_topic_requested.emit(self._preparation_id()))

        layout = QVBoxLayout()
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addLayout(self._meeting_row)
        layout.addWidget(self.outcome_card)
        # What was agreed is private until the person has shown who they are (section 5b).
        self.outcome_cover = PrivateCover(context)
        layout.addWidget(self.outcome_cover)
        context.privacy.changed.connect(self._privacy_changed)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.next_topic)
        layout.addWidget(self.topics_heading)
        layout.addWidget(self.topics, 1)
        columns = QHBoxLayout(self)
        columns.setContentsMargins(32, 12, 32, 12)
        columns.setSpacing(20)
        columns.addLayout(layout, 1)
        columns.addLayout(actions)
        self._load_meetings()
        self.refresh()

    def side_choices(self) -> tuple[SymbolButton, ...]:
        return (self.staff_with_me, self.take_part, self.present, self.share, self.say_it)

    # --- what is shown ---------------------------------------------------------------------------
    @property
    def preparation(self) -> PreparationRecord | None:
        return self._preparation

    @property
    def meeting(self) -> MeetingInfo | None:
        return self._meeting

    def _preparation_id(self) -> uuid.UUID | None:
        return self._preparation.id if self._preparation else None

    def _load_meetings(self) -> None:
        services = self._context.services
        self._meetings = services.meetings.upcoming(self._person.id, limit=MEETINGS_SHOWN)
        self._meeting = self._meetings[0] if self._meetings else None
        outcomes = services.outcomes.for_person(self._person.id)
        self._outcome = outcomes[0] if outcomes else None
        for button in self.meeting_choices:
            button.hide()  # gone from the screen now, deleted when the event loop next runs
            button.deleteLater()
        self.meeting_choices = []
        if len(self._meetings) > 1:
            for meeting in self._meetings:
                button = ChoiceTile(
                    self._context.painter, self._context.speaker, SYMBOLS[meeting.kind], symbol_size=40
                )
                button.setMinimumSize(220, 96)
                button.setMaximumHeight(110)
                button.clicked.connect(lambda _c=False, m=meeting: self.choose_meeting(m))
                self._meeting_row.addWidget(button)
                self.meeting_choices.append(button)
            self.meeting_choices[0].setChecked(True)

    def choose_meeting(self, meeting: MeetingInfo) -> None:
        self._meeting = meeting
        for button, shown in zip(self.meeting_choices, self._meetings, strict=False):
            button.setChecked(shown.id == meeting.id)
        self.refresh()

    def refresh(self) -> None:
        """Reads the preparation again, so changes made on a topic show when coming back."""
        meeting_id = self._meeting.id if self._meeting else None
        self._preparation = self._context.services.preparation.for_meeting(self._person.id, meeting_id)
        self._show_topics()
        self.retranslate()

    def private_shown(self) -> bool:
        return self._context.privacy.is_open(self._person.id)

    def _if_shown(self, request) -> None:  # type: ignore[no-untyped-def]
        """Slides hold the person's words and notes: they open once private things may show."""
        if not self.private_shown():
            self._context.privacy.request_open()
            if not self.private_shown():
                return
        request.emit(self._preparation_id())

    def _privacy_changed(self) -> None:
        if self.isVisible():
            self._save_waiting_rating()
        self.retranslate()
        if self.isVisible():
            self._hear_new_outcome()

    def on_shown(self) -> None:
        self.next_topic.forget_saved()
        self.refresh()
        self._save_waiting_rating()
        self._waiting_rating = None  # the picture password was left, not passed: it is not saved
        self._hear_new_outcome()

    def _hear_new_outcome(self) -> None:
        outcome = self._outcome
        if outcome is not None and outcome.seen_at is None and self.private_shown():
            # Heard once on arrival; marked seen so it is not read out every time.
            self._read_outcome()
            self._context.services.outcomes.mark_seen(outcome.id)

    def rate_topic(self, topic_id: uuid.UUID, rating: Rating) -> None:
        """A face on the next topic. Like opening a topic, it waits for private things to open (the
        picture password, where the person has one), so nobody else's press lands in their topics."""
        if not self.private_shown():
            self._waiting_rating = (topic_id, rating)
            self._context.privacy.request_open()
            return  # saved by _privacy_changed once open
        self._save_rating(topic_id, rating)

    def _save_waiting_rating(self) -> None:
        if self._waiting_rating is not None and self.private_shown():
            topic_id, rating = self._waiting_rating
            self._waiting_rating = None
            self._save_rating(topic_id, rating)

    def _save_rating(self, topic_id: uuid.UUID, rating: Rating) -> None:
        topic = self._context.services.preparation.rate(topic_id, rating)
        said = self.next_topic.mark_saved(topic_title(self._context, topic.title, topic.symbol_id), rating)
        self.refresh()
        self._context.speaker.say(join_sentences(said, self.next_topic.question()))

    def _show_topics(self) -> None:
        painter, speaker = self._context.painter, self._context.speaker
        cards: list[QWidget] = []
        assert self._preparation is not None
        for topic in self._preparation.topics:
            card = SymbolButton(painter, speaker, None, symbol_size=TOPIC_SYMBOL_SIZE, max_lines=2)
            card.setObjectName("topic-card")
            card.setProperty("state", topic.state.value)
            card.set_drawn_picture(topic_card_drawing(painter, topic.symbol_id, topic.state))
            card.setProperty("topic_id", str(topic.id))
            card.clicked.connect(lambda _c=False, t=topic: self._open(t))
            cards.append(card)
        self.add_topic.setParent(None)
        self.add_topic = SymbolButton(painter, speaker, "add", symbol_size=TOPIC_SYMBOL_SIZE)
        self.add_topic.clicked.connect(lambda: self.add_topic_requested.emit(self._preparation_id()))
        cards.append(self.add_topic)
        self.topics.set_items(cards)
        self.next_topic.show_topics(self._preparation.topics)
        # The strip says how many are done; the heading says it when there is no strip.
        self.topics_heading.setVisible(self.next_topic.isHidden())
        self._side_after_topics()

    def _side_after_topics(self) -> None:
        """The cards are made again on refresh, and new widgets join the end of Qt's focus chain:
        put the right-hand column back after them, so switches meet the topics first."""
        previous: QWidget = self.add_topic
        for button in self.side_choices():
            QWidget.setTabOrder(previous, button)
            previous = button

    def topic_cards(self) -> list[SymbolButton]:
        return [card for card in self.topics.items() if card is not self.add_topic]

    def _open(self, topic: TopicRecord) -> None:
        """A topic holds the person's words and staff notes: it opens once private things may show."""
        assert self._preparation is not None
        if not self.private_shown():
            self._context.privacy.request_open()
            if not self.private_shown():
                return
        self.topic_requested.emit((self._preparation.id, topic.id))

    # --- undo a removed topic ----------------------------------------------------------------------
    def offer_undo(self, topic_id: uuid.UUID, title: str, symbol_id: str | None = None) -> None:
        """After a topic is removed: it can be brought back, with everything in it, until the person
        leaves My meeting. A default topic is named in the reader's language."""
        self._undo_topic = (topic_id, title, symbol_id)
        self.retranslate()
        self.undo_bar.show()

    def bring_back_topic(self) -> None:
        if self._undo_topic is None:
            return
        self._context.services.preparation.undo_remove(self._undo_topic[0])
        self._undo_topic = None
        self.undo_bar.hide()
        self.refresh()
        self._context.speaker.say(self.tr("The topic is back."))

    # --- words ---------------------------------------------------------------------------------------
    def title(self) -> str:
        if self._meeting is None:
            return self.tr("My next meeting")
        return self.tr("My meeting: {kind}").format(kind=kind_words(self._meeting.kind))

    def _when(self) -> str:
        if self._meeting is None:
            return self.tr("No meeting is booked yet. You can still get ready.")
        return when_words(self._meeting.starts_at, self._context.clock(), self._context.languages.locale())

    def _progress(self) -> str:
        topics = self._preparation.topics if self._preparation else ()
        if not topics:
            return self.tr("What I want to say. Add a topic to start.")
        done = sum(1 for topic in topics if topic.done)
        return self.tr("What I want to say: {done} of {total} done").format(done=done, total=len(topics))

    def _outcome_words(self) -> str:
        if self._outcome is None:
            return ""
        if not self.private_shown():
            return self.outcome_cover.spoken()
        return join_sentences(self.tr("What we agreed last time"), self._outcome.words)

    def _read_outcome(self) -> None:
        if self._outcome is not None and self.private_shown():
            self._context.speaker.say(self._outcome_words())

    def spoken_summary(self) -> str:
        topics = self._preparation.topics if self._preparation else ()
        strip = self.next_topic.spoken() if self.next_topic.isVisibleTo(self) else ""
        parts = [self.title(), self._when(), self._outcome_words(), self._progress(), strip]
        for topic in topics:
            title = topic_title(self._context, topic.title, topic.symbol_id)
            parts.append(join_sentences(title, state_words(topic.state)))
        return join_sentences(*parts)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_words()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_words()

    def _fit_words(self) -> None:
        """Big words, or the faces on a row of their own (long words such as Welsh): what was agreed
        becomes one wide "Hear what we agreed last time" button (it was read out on arrival), so the
        next topic's faces and a row of topics still fit, every word whole."""
        big = big_words(self) or self.next_topic.stacked
        if big == self._big:
            return
        self._big = big
        self._outcome_heading.setVisible(not big)
        self.outcome_words.setVisible(not big)
        self.hear_outcome.setMaximumWidth(16777215 if big else 260)
        self._outcome_layout.setStretch(0, 0 if big else 1)
        self._outcome_layout.setStretch(1, 1 if big else 0)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.title())
        self._when_label.setText(self._when())
        staff = self._alongside.staff
        if staff is None:
            self.staff_with_me.set_words(self.tr("Staff with me"), self.tr("Staff with me: say who you are"))
        else:
            self.staff_with_me.set_words(
                self.tr("With {name}").format(name=staff.called),
                self.tr("{name} is with me").format(name=staff.called),
            )
        for button, meeting in zip(self.meeting_choices, self._meetings, strict=False):
            when = when_words(meeting.starts_at, self._context.clock(), self._context.languages.locale())
            button.set_words(f"{kind_words(meeting.kind)}\n{when}", f"{kind_words(meeting.kind)}. {when}")
        shown = self.private_shown()
        self.outcome_card.setVisible(self._outcome is not None and shown)
        self.outcome_cover.setVisible(self._outcome is not None and not shown)
        self.outcome_cover.set_what(self.tr("What we agreed last time"))
        self._outcome_heading.setText(self.tr("What we agreed last time"))
        self.outcome_words.setText(self._outcome.words if self._outcome and shown else "")
        if self._big:
            self.hear_outcome.set_words(self.tr("Hear what we agreed last time"))
        else:
            self.hear_outcome.set_words(self.tr("Hear it"), self.tr("Hear what we agreed"))
        self.take_part.set_words(self.tr("How I take part"))
        self.present.set_words(self.tr("Show my slides"))
        self.share.set_words(self.tr("Share my slides"))
        self.say_it.set_words(self.tr("Help me say it"))
        if self._undo_topic is not None:
            _topic_id, title, symbol_id = self._undo_topic
            removed = topic_title(self._context, title, symbol_id)
            self.undo_words.setText(self.tr("You removed “{topic}”.").format(topic=removed))
        self.undo.set_words(self.tr("Bring it back"))
        self.topics_heading.setText(self._progress())
        self.next_topic.set_progress(self._progress())
        topics = self._preparation.topics if self._preparation else ()
        for card, topic in zip(self.topic_cards(), topics, strict=False):
            state = state_words(topic.state)
            title = topic_title(self._context, topic.title, topic.symbol_id)
            shown = f"{state}: {title}" if topic.state is TopicState.SKIPPED else title
            card.set_words(shown, join_sentences(title, state) if state else title)
        self.add_topic.set_words(self.tr("Add my own topic"))
