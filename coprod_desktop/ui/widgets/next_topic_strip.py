"""The next topic I have not given a face yet, with the three faces, right on My meeting.

Rating the next topic is then one press after My meeting (the person's picture, My meeting, a face),
and the strip moves on to the topic after it, so a person can go round their topics face by face.
Words, pictures and their own voice still go in the topic itself, one press on its card."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from coprod_desktop.services.preparation import TopicRecord
from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.store.kinds import Rating, TopicState
from coprod_desktop.ui.kit.word_size import big_words
from coprod_desktop.ui.symbol_icons import SymbolPainter
from coprod_desktop.ui.topic_words import DEFAULT_TOPIC_SYMBOL
from coprod_desktop.ui.widgets.rating_scale import RatingScale, rating_words
from coprod_desktop.ui.widgets.wrap_label import WrapLabel

SYMBOL_SIZE = 56
COMPACT_WORDS_WIDTH = 136
"""Room for a face's words in the one-row strip: the narrowest face (156) less its margins."""


def next_to_rate(topics: tuple[TopicRecord, ...] | list[TopicRecord]) -> TopicRecord | None:
    """The first topic still open that has no face: the one the person has not got to yet."""
    return next((t for t in topics if t.state is TopicState.OPEN and t.rating is None), None)


class NextTopicStrip(QFrame):
    rated = Signal(object, object)
    """Emits (topic id, Rating) when a face is pressed."""
    rearranged = Signal()
    """The faces moved onto, or off, a row of their own: the screen may make room for them."""

    def __init__(self, painter: SymbolPainter, speaker: Speaker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self._painter = painter
        self._topic: TopicRecord | None = None
        self.title_of: Callable[[TopicRecord], str] = lambda topic: topic.title
        """The topic's title in the reader's language (the screen that owns the strip sets it)."""
        self._saved = ""
        self._progress = ""
        self._symbol = QLabel(self)
        self._symbol.setObjectName("symbol")
        self._symbol.setFixedSize(SYMBOL_SIZE, SYMBOL_SIZE)
        self.words = WrapLabel("", 4, self)
        self.words.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.faces = RatingScale(painter, speaker, self, symbol_size=40)
        self.faces.rated.connect(self._rated)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(16, 4, 8, 4)
        self._layout.setHorizontalSpacing(12)
        self._layout.setVerticalSpacing(4)
        self._stacked: bool | None = None
        # Never squeezed below its words and faces: the topics below page instead.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._arrange()
        # A new word size arrives while the style sheet is still being applied: lay out after it.
        self._rearrange = QTimer(self)
        self._rearrange.setSingleShot(True)
        self._rearrange.timeout.connect(self._arrange)

    def _faces_fit_beside_the_question(self) -> bool:
        """Each face's words on one line of a face in the row ("Ddim yn siŵr" does not fit)."""
        metrics = self.fontMetrics()
        return max(metrics.horizontalAdvance(rating_words(r)) for r in Rating) <= COMPACT_WORDS_WIDTH

    def _arrange(self) -> None:
        """One row (topic, question, faces) when the faces' words fit; otherwise (bigger word sizes,
        longer words such as Welsh) the faces go on a row of their own, each face beside its words,
        so "Not sure" and "Not good", or "Ddim yn siŵr" and "Ddim yn dda", are never cut to their
        first, alike, words."""
        stacked = big_words(self) or not self._faces_fit_beside_the_question()
        if stacked == self._stacked:
            return
        self._stacked = stacked
        for part in (self._symbol, self.words, self.faces):
            self._layout.removeWidget(part)
        self._layout.addWidget(self._symbol, 0, 0, Qt.AlignmentFlag.AlignVCenter)
        self._layout.addWidget(self.words, 0, 1)
        self._layout.setColumnStretch(1, 1)
        if stacked:
            self._layout.addWidget(self.faces, 1, 0, 1, 2)
        else:
            self._layout.addWidget(self.faces, 0, 2)
        self.words.set_max_lines((2 if big_words(self) else 3) if stacked else 4)
        self.rearranged.emit()
        for rating in Rating:
            face = self.faces.button(rating)
            face.set_beside(stacked)
            # Two whole lines at big sizes ("Ddim yn / siŵr"): the first words alone can be alike.
            two_lines = 2 * self.fontMetrics().lineSpacing() + 24
            face.setMinimumSize(200 if stacked else 156, max(88, two_lines) if stacked else 88)
            face.setMaximumSize(16777215 if stacked else 180, max(112, two_lines) if stacked else 96)
        self._show_words()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._rearrange.start(0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._arrange()  # styled by now: a screen made under one word size and shown under another

    @property
    def stacked(self) -> bool:
        """The faces are on a row of their own (big words, or words too long for the row)."""
        return bool(self._stacked)

    @property
    def topic(self) -> TopicRecord | None:
        return self._topic

    def show_topics(self, topics: tuple[TopicRecord, ...] | list[TopicRecord]) -> None:
        """Shows the next topic to rate; the strip goes when there is none and nothing was just saved."""
        self._topic = next_to_rate(topics)
        self.faces.set_value(None)
        self.faces.setVisible(self._topic is not None)
        self._symbol.setVisible(self._topic is not None)
        if self._topic is not None:
            symbol = self._topic.symbol_id or DEFAULT_TOPIC_SYMBOL
            self._symbol.setPixmap(self._painter.pixmap(symbol, SYMBOL_SIZE, self.devicePixelRatioF()))
        self.setVisible(self._topic is not None or bool(self._saved))
        self.retranslate()

    def set_progress(self, progress: str) -> None:
        """How many topics are done: shown here, where the topics' own heading would take the room."""
        self._progress = progress
        self.retranslate()

    def forget_saved(self) -> None:
        self._saved = ""
        self._progress = ""

    def saved_words(self, title: str, rating: Rating) -> str:
        return QCoreApplication.translate("NextTopicStrip", "{topic}: {face}. Saved.").format(
            topic=title, face=rating_words(rating)
        )

    def question(self) -> str:
        if self._topic is None:
            return QCoreApplication.translate("NextTopicStrip", "Every topic has a face now.")
        return QCoreApplication.translate("NextTopicStrip", "Next: {topic}. How do I feel about it?").format(
            topic=self.title_of(self._topic)
        )

    def spoken(self) -> str:
        return " ".join(part for part in (self._saved, self.question()) if part)

    def _rated(self, value: str) -> None:
        if self._topic is not None:
            self.rated.emit(self._topic.id, Rating(value))

    def mark_saved(self, title: str, rating: Rating) -> str:
        """Remembers what was just saved, to show above the next question; returns it to be said."""
        self._saved = self.saved_words(title, rating)
        return self._saved

    def retranslate(self) -> None:
        self.faces.retranslate()
        self.faces.set_about(self.question())
        self._show_words()
        self._arrange()  # the faces' words in another language may not fit the row

    def _show_words(self) -> None:
        question = " ".join(part for part in (self._saved, self.question()) if part)
        # At the big word sizes the question has the room; the count is still read out.
        progress = "" if self._stacked and big_words(self) else self._progress
        self.words.setText("\n".join(part for part in (progress, question) if part))
