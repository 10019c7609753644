"""Show my slides: a full-screen slideshow for the meeting, driven by the person or the member of staff
they chose, by touch, mouse, keyboard or a presentation clicker (Page Down / Page Up).

A title slide with the person's picture and name, then one slide per finished topic. Huge Back and
Next, each slide read aloud on request, a big Stop, and "Help me say it" for the room.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coprod_desktop.services.preparation import PieceRecord
from coprod_desktop.services.records import MeetingInfo, PersonInfo
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.meeting_words import kind_words, when_words
from coprod_desktop.ui.person_picture import person_pixmap
from coprod_desktop.ui.picture_thumbs import ThumbnailCache
from coprod_desktop.ui.screens.meeting.slide_view import Slide, SlideView, TitleSlide, slide_spoken
from coprod_desktop.ui.screens.screen import Screen
from coprod_desktop.ui.staff_names import StaffNames
from coprod_desktop.ui.topic_words import topic_title, whose_words
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Down, Qt.Key.Key_N)
BACK_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_P, Qt.Key.Key_Backspace)
TITLE_PICTURE = 220


class PresentScreen(Screen):
    closed = Signal()
    say_it_requested = Signal()
    full_screen = True
    """The window hides its bar and fills the screen while this shows."""

    def __init__(
        self,
        context: UiContext,
        person: PersonInfo,
        preparation_id: uuid.UUID,
        thumbnails: ThumbnailCache | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("own_keys", True)  # arrows and a clicker turn slides; Escape closes
        self.setObjectName("slideshow")
        self._context = context
        self._person = person
        self._thumbs = thumbnails or ThumbnailCache(context.paths.pictures)
        self._staff_name = StaffNames(context.services.people)
        preparation = context.services.preparation.get(preparation_id)
        meeting = context.services.meetings.get(preparation.meeting_id) if preparation.meeting_id else None
        self._meeting: MeetingInfo | None = meeting
        self._title_picture = person_pixmap(context.painter, person, TITLE_PICTURE, context.paths.pictures)
        self._topics = [topic for topic in preparation.topics if topic.done]
        self._index = 0
        painter, speaker = context.painter, context.speaker

        self.view = SlideView(painter, speaker, self._thumbs.get, self._whose_label, self)
        self.view.title_of = lambda topic: topic_title(context, topic.title, topic.symbol_id)
        self.view.play_requested.connect(self._play)
        self.counter = QLabel(self)
        self.counter.setObjectName("slide-counter")
        self.counter.setTextFormat(Qt.TextFormat.PlainText)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing_done = plain_label(self, "message")
        self.nothing_done.setVisible(not self._topics)

        self.back = SymbolButton(painter, speaker, "previous", symbol_size=72)
        self.read = SymbolButton(painter, speaker, "read-aloud", symbol_size=56)
        self.stop = SymbolButton(painter, speaker, "stop", symbol_size=56)
        self.say_it = SymbolButton(painter, speaker, "help-me-say-it", symbol_size=56)
        self.close_button = SymbolButton(painter, speaker, "close", symbol_size=56)
        self.next = SymbolButton(painter, speaker, "next", symbol_size=72)
        self.next.setProperty("role", "primary")
        # Sized so the whole row fits the narrowest window (1024 px) and still gives big targets.
        for button in (self.back, self.next):
            button.setMinimumSize(190, 150)
        for button in (self.read, self.stop, self.say_it, self.close_button):
            button.setMinimumSize(130, 150)
        for button in (self.back, self.read, self.stop, self.say_it, self.close_button, self.next):
            button.setMaximumHeight(170)
        # Next and Back say nothing themselves: the slide they land on is what matters.
        for button in (self.back, self.next, self.stop):
            button.clicked.disconnect(button.speak)
        self.back.clicked.connect(self.previous_slide)
        self.next.clicked.connect(self.next_slide)
        self.read.clicked.disconnect(self.read.speak)
        self.read.clicked.connect(self.read_slide)
        self.stop.clicked.connect(context.speaker.stop)
        self.say_it.clicked.connect(self.say_it_requested)
        self.close_button.clicked.connect(self.closed)
        controls = QHBoxLayout()
        controls.setSpacing(16)
        controls.addWidget(self.back, 2)
        controls.addWidget(self.read, 1)
        controls.addWidget(self.stop, 1)
        controls.addWidget(self.say_it, 1)
        controls.addWidget(self.close_button, 1)
        controls.addWidget(self.next, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 16)
        layout.setSpacing(8)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.nothing_done)
        layout.addWidget(self.counter)
        layout.addLayout(controls)
        self.retranslate()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # --- slides ---------------------------------------------------------------------------------------
    def slide_count(self) -> int:
        return 1 + len(self._topics)

    @property
    def index(self) -> int:
        return self._index

    def slide(self, index: int) -> Slide:
        if index == 0:
            return self._title_slide()
        return self._topics[index - 1]

    def _title_slide(self) -> TitleSlide:
        if self._meeting is None:
            heading = self.tr("What I want to say at my next meeting")
            when = ""
        else:
            heading = self.tr("What I want to say at my {kind}").format(kind=kind_words(self._meeting.kind))
            when = when_words(
                self._meeting.starts_at, self._context.clock(), self._context.languages.locale()
            )
        return TitleSlide(self._person.called, heading, when, self._title_picture)

    def go_to(self, index: int) -> None:
        self._index = max(0, min(index, self.slide_count() - 1))
        self._context.speaker.stop()
        self.view.show_slide(self.slide(self._index))
        self._show_counter()

    def next_slide(self) -> None:
        if self._index < self.slide_count() - 1:
            self.go_to(self._index + 1)

    def previous_slide(self) -> None:
        if self._index > 0:
            self.go_to(self._index - 1)

    def read_slide(self) -> None:
        self._context.speaker.say(slide_spoken(self.slide(self._index), self.view.title_of))

    def _play(self, piece: PieceRecord) -> None:
        play = getattr(self._context.speaker, "play_file", None)
        path = self._context.paths.recordings / Path(piece.file_name or "").name
        if play is None or not play(path):
            self._context.speaker.say(self.tr("This recording will not play."))

    def _whose_label(self, piece: PieceRecord) -> str:
        assert piece.whose is not None
        return whose_words(piece.whose, self._person.called, self._staff_name(piece.written_by_id))

    def _show_counter(self) -> None:
        self.counter.setText(
            self.tr("Slide {number} of {count}").format(number=self._index + 1, count=self.slide_count())
        )
        self.back.setEnabled(self._index > 0)
        self.next.setEnabled(self._index < self.slide_count() - 1)

    # --- keys ---------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in NEXT_KEYS:
            self.next_slide()
        elif key in BACK_KEYS:
            self.previous_slide()
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(self.slide_count() - 1)
        elif key == Qt.Key.Key_Escape:
            self.closed.emit()
        elif key == Qt.Key.Key_R:
            self.read_slide()
        elif key == Qt.Key.Key_S:
            self._context.speaker.stop()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def on_shown(self) -> None:
        self.go_to(self._index)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- words --------------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("My slides")

    def spoken_summary(self) -> str:
        return slide_spoken(self.slide(self._index), self.view.title_of)

    def retranslate(self) -> None:
        self.back.set_words(self.tr("Back"), self.tr("Back a slide"))
        self.next.set_words(self.tr("Next"), self.tr("Next slide"))
        self.read.set_words(self.tr("Read it"), self.tr("Read this slide"))
        self.stop.set_words(self.tr("Stop"), self.tr("Stop talking"))
        self.say_it.set_words(self.tr("Help me say it"))
        self.close_button.set_words(self.tr("Close"), self.tr("Close my slides"))
        self.nothing_done.setText(
            self.tr("No topics are finished yet. Finish a topic in My meeting and it shows here.")
        )
        self.view.show_slide(self.slide(self._index))
        self._show_counter()
