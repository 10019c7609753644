"""Giving one view in a SAY group: how I feel (three faces), and what I say in three equal ways: a
sentence of pictures (the symbol sentence builder, read back), my own voice, or words typed by me or
by staff alongside.

The view is started only at the first change, so opening a topic and leaving it adds nothing. After
that every change is saved at once (no drafts): closing the app mid-sentence keeps what is on screen.
The view keeps the sentence's symbols, and as its words what the pictures make followed by anything
typed (so staff, the minutes and the council see words either way). Each panel is a new view: a
second view on the same topic (say, from another tablet) is kept beside the first, never written
over it.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.say_groups import (
    DEFAULT_AGENDA,
    GroupTopicInfo,
    SayGroupProblem,
    ViewInfo,
)
from coprod_desktop.services.text import InvalidText
from coprod_desktop.store.kinds import Rating, WhoseWords
from coprod_desktop.symbols.catalogue import SymbolCatalogue
from coprod_desktop.ui.alongside import Alongside
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.message_line import MessageLine
from coprod_desktop.ui.kit.pieces_editor import PiecesEditor
from coprod_desktop.ui.kit.symbol_chips import SymbolChips, sentence_words
from coprod_desktop.ui.kit.symbol_sentence import SymbolSentence
from coprod_desktop.ui.screens.screen import join_sentences, title_label
from coprod_desktop.ui.staff_names import StaffNames
from coprod_desktop.ui.topic_words import whose_words
from coprod_desktop.ui.widgets.council_question import CouncilQuestion
from coprod_desktop.ui.widgets.rating_scale import RatingScale, rating_words
from coprod_desktop.ui.widgets.record_panel import RecorderSource
from coprod_desktop.ui.widgets.symbol_button import MIN_TARGET, SymbolButton
from coprod_desktop.ui.widgets.words_editor import WordsEditor

TITLES_CONTEXT = "SayGroupTopics"
CHIPS, CHIP_SIZE = 12, 40
"""The sentence of pictures, as said so far (it is made and changed on its own page)."""

# The default agenda's English titles, marked here so lupdate lists them for translators. The service
# cannot import Qt, so it keeps the plain English and the screens translate it.
AGENDA_TITLES = (
    QT_TRANSLATE_NOOP("SayGroupTopics", "Food"),
    QT_TRANSLATE_NOOP("SayGroupTopics", "Activities"),
    QT_TRANSLATE_NOOP("SayGroupTopics", "The ward"),
    QT_TRANSLATE_NOOP("SayGroupTopics", "Staff"),
    QT_TRANSLATE_NOOP("SayGroupTopics", "Rules"),
    QT_TRANSLATE_NOOP("SayGroupTopics", "Going out"),
    QT_TRANSLATE_NOOP("SayGroupTopics", "Health"),
    QT_TRANSLATE_NOOP("SayGroupTopics", "Anything else"),
)
_DEFAULT_PAIRS = frozenset(DEFAULT_AGENDA)


def say_topic_title(title: str, symbol_id: str | None, language: str, catalogue: SymbolCatalogue) -> str:
    """What to show for a SAY group topic. A default agenda topic (its English title with the symbol
    it came with) is shown translated; anything staff typed is shown as typed."""
    if (title, symbol_id) not in _DEFAULT_PAIRS:
        return title
    translated = QCoreApplication.translate(TITLES_CONTEXT, title)
    if translated != title or language == "en" or symbol_id is None:
        return translated
    # No translation file entry yet: the symbol's own label in the language is the next best.
    return catalogue.label(symbol_id, language) or title


def topic_title(context: UiContext, topic: GroupTopicInfo) -> str:
    return say_topic_title(topic.title, topic.symbol_id, context.languages.current, context.catalogue)


class ViewPages(PiecesEditor):
    """Pictures, words and my voice over the view. It takes the room left over, whatever its tallest
    page would like (a stack is otherwise as tall as its tallest page): those pages open with the
    faces, the three ways and the council's question put away."""

    def hasHeightForWidth(self) -> bool:
        return False


class SayViewPanel(QWidget):
    changed = Signal(object)
    """Emits the saved ViewInfo after each change."""

    def __init__(
        self,
        context: UiContext,
        person: PersonInfo,
        alongside: Alongside,
        topic: GroupTopicInfo,
        recorder: RecorderSource = None,
        parent: QWidget | None = None,
        *,
        show_question: bool = True,
    ) -> None:
        """`show_question` False leaves `question` out of the panel for the screen to place in its
        heading, where it takes no height of its own."""
        super().__init__(parent)
        self._context = context
        self._staff_name = StaffNames(context.services.people)
        self._person = person
        self._alongside = alongside
        self._topic = topic
        self._recorder = recorder
        self._service = context.services.say_groups
        self._view: ViewInfo | None = None
        self._closed = False
        self._sentence: list[str] = []
        self._typed = ""
        """What was typed, kept apart from the words the pictures make (both are saved as its words)."""
        painter, speaker = context.painter, context.speaker

        self.question = title_label(self, role="subtitle")
        # Each face beside its words: a low row, so the rest of the view fits at every word size.
        self.rating = RatingScale(painter, speaker, self, symbol_size=56, beside=True)
        self.rating.setMaximumHeight(120)
        self.rating.rated.connect(self._rate)

        # Three equal ways, as for an idea: with pictures, in my voice, in words.
        self.add_pictures = SymbolButton(painter, speaker, "help-me-say-it", symbol_size=48, beside=True)
        self.add_pictures.setObjectName("say-with-pictures")
        self.record = SymbolButton(painter, speaker, "microphone", symbol_size=48, beside=True)
        self.add_words = SymbolButton(painter, speaker, "words", symbol_size=48, beside=True)
        # The person's yes or no to their words being read at the recovery council, without their name:
        # a question with two big answers, never a toggle that names its own state.
        self.council = CouncilQuestion(painter, speaker, self, beside=True)
        self.council.setObjectName("council-may-quote")
        self.council.answered.connect(self._council_choice)
        # One row sharing the width, so each keeps its words whole at every word size.
        self.ways = QWidget(self)
        ways = QHBoxLayout(self.ways)
        ways.setContentsMargins(0, 0, 0, 0)
        ways.setSpacing(12)
        for button in (self.add_pictures, self.record, self.add_words):
            button.setMinimumSize(200, 88)
            button.setMaximumHeight(110)
            ways.addWidget(button, 1)
        self.add_words.clicked.connect(self.start_words)
        self.add_pictures.clicked.connect(self.start_pictures)
        self.record.clicked.connect(self.start_recording)

        self.message = MessageLine(self)
        self.message.hide()

        # What I have said so far: the pictures (changed on their own page) and the words.
        said = QWidget()
        said_layout = QVBoxLayout(said)
        said_layout.setContentsMargins(0, 0, 0, 0)
        said_layout.setSpacing(4)
        self.symbols_shown = SymbolChips(context, CHIP_SIZE, CHIPS, said)
        self.words_shown = title_label(said, role="body")
        self.whose_shown = title_label(said, role="subtitle")
        self.voice_shown = title_label(said, role="body")
        self.empty = title_label(said, role="body")
        # The pictures and the words they make on one line, as a sentence reads.
        sentence_row = QHBoxLayout()
        sentence_row.setSpacing(12)
        sentence_row.addWidget(self.symbols_shown, 0, Qt.AlignmentFlag.AlignVCenter)
        sentence_row.addWidget(self.words_shown, 1)
        said_layout.addWidget(self.whose_shown)
        said_layout.addLayout(sentence_row)
        said_layout.addWidget(self.voice_shown)
        said_layout.addWidget(self.empty)
        said_layout.addStretch(1)
        # Pictures, my voice and words are added on pages of their own; the bar's Back comes back here.
        self.pages = ViewPages(context, said, recorder=recorder, parent=self)
        self.pages.words_changed.connect(self._save_words)
        self.pages.sentence_changed.connect(self._save_sentence)
        self.pages.recorded.connect(self._recorded)
        self.pages.closed.connect(self._back_on_view)
        self.pages.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.words_editor = self.pages.words_editor

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        if show_question:
            layout.addWidget(self.question)
        layout.addWidget(self.rating)
        layout.addWidget(self.message)
        layout.addWidget(self.ways)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.council)
        self.retranslate()
        self._show_said()

    # --- the view -------------------------------------------------------------------------------
    @property
    def view(self) -> ViewInfo | None:
        """None until the first change: opening and leaving adds nothing."""
        return self._view

    @property
    def closed(self) -> bool:
        """True once the group has ended: nothing more can be saved here."""
        return self._closed

    def _whose(self) -> tuple[WhoseWords, uuid.UUID | None]:
        staff = self._alongside.staff
        if staff is None:
            return WhoseWords.MINE, None
        return WhoseWords.STAFF_TYPED, staff.id

    def _ensure_view(self, whose: WhoseWords | None = None) -> ViewInfo | None:
        if self._view is not None:
            return self._view
        if self._closed:
            return None
        chosen, writer = self._whose()
        if whose is not None:
            chosen = whose
            writer = None if whose is WhoseWords.MINE else writer
        try:
            self._view = self._service.start_view(
                self._topic.id, self._person.id, whose=chosen, written_by_id=writer
            )
        except SayGroupProblem:
            self._cannot_save()
            return None
        return self._view

    def _update(self, whose: WhoseWords | None = None, **changes: object) -> bool:
        """Saves one change; False (and a kind message) if it could not be saved. `whose` is used
        only if this change starts the view."""
        view = self._ensure_view(whose)
        if view is None:
            return False
        try:
            self._view = self._service.update_view(view.id, **changes)  # type: ignore[arg-type]
        except SayGroupProblem:
            self._cannot_save()
            return False
        except InvalidText:
            return False
        self.changed.emit(self._view)
        return True

    def _cannot_save(self) -> None:
        self._closed = True
        if not self.group_is_open():
            text = self.tr("The SAY group has finished. Thank you. Your views can go to the next one.")
        else:
            text = self.tr("This could not be saved. Please ask staff for help.")
        self.say_message(text)
        for widget in (
            self.rating,
            self.add_words,
            self.add_pictures,
            self.record,
            self.words_editor,
            self.council,
        ):
            widget.setEnabled(False)

    def group_is_open(self) -> bool:
        """Whether this topic still belongs to the ward's open group."""
        ward_id = self._person.ward_id
        group = self._service.open_group(ward_id) if ward_id is not None else None
        return group is not None and any(t.id == self._topic.id for t in group.topics)

    def remove_if_empty(self) -> None:
        """A view started then emptied again (words typed and rubbed out) is not kept."""
        if self._view is not None and self._view.is_empty and not self._closed:
            try:
                self._service.remove_view(self._view.id)
            except SayGroupProblem:
                return
            self._view = None

    # --- rating -----------------------------------------------------------------------------------
    def _rate(self, value: str) -> None:
        if self._update(rating=Rating(value)):
            self._show_said()

    # --- words ------------------------------------------------------------------------------------
    def _page_open(self, opened: bool) -> None:
        """Pictures, words or my voice have the panel to themselves; the faces, the three ways and
        the council's question come back with what was said."""
        for part in (self.rating, self.ways):
            part.setVisible(not opened)
        if opened:
            self.council.hide()

    def _back_on_view(self) -> None:
        self._page_open(False)
        self._show_said()

    def start_words(self) -> WordsEditor:
        self._page_open(True)
        staff = self._alongside.staff is not None
        view = self._view
        # Whose words is fixed once there are typed words; before that it can still be chosen.
        fixed = view.whose if view is not None and self._typed.strip() else None
        self.words_editor.start(staff, self._typed, fixed)
        # A SAY group view is the person's own view: a staff note has no place in it.
        self.words_editor.whose.buttons[2].hide()
        self.pages.setCurrentWidget(self.words_editor)
        return self.words_editor

    def _save_words(self, text: str) -> None:
        if self._view is None and not text.strip():
            return
        whose = self.words_editor.whose_words
        view = self._view
        first = not self._typed.strip()
        if view is not None and first and view.whose is not whose and not self._restart_view(whose):
            return
        self._typed = text
        if self._update(whose, words=self._words(), words_language=self._context.languages.current):
            self.words_editor.lock_whose()

    def _words(self) -> str:
        """What is saved as the view's words: the sentence the pictures make, then what was typed."""
        pictures = sentence_words(self._context.catalogue, self._sentence, self._context.languages.current)
        typed = self._typed.strip()
        return join_sentences(pictures, typed) if pictures and typed else pictures or typed

    def _restart_view(self, whose: WhoseWords) -> bool:
        """The view was started (by a face or a symbol) as one person's words, and the first words
        turn out to be someone else's: it starts again marked right, keeping what was chosen, so
        whose words they are is never blurred."""
        old = self._view
        if old is None:
            return True
        staff = self._alongside.staff
        writer = staff.id if staff is not None and whose is not WhoseWords.MINE else None
        try:
            new = self._service.start_view(self._topic.id, self._person.id, whose=whose, written_by_id=writer)
            self._view = self._service.update_view(
                new.id,
                rating=old.rating,
                symbols=old.symbols,
                recording_file=old.recording_file,
                council_may_quote=old.council_may_quote,
            )
            self._service.remove_view(old.id)
        except SayGroupProblem:
            self._cannot_save()
            return False
        return True

    # --- the recovery council -----------------------------------------------------------------------
    def _council_choice(self, yes: bool) -> None:
        if not self._update(council_may_quote=yes):
            self.council.set_answer(False)  # not saved: the answer stays No
        self._context.speaker.say(self.council.spoken_summary())

    # --- pictures ---------------------------------------------------------------------------------
    def start_pictures(self) -> SymbolSentence:
        """Say it with pictures: the core words, the topic's own picture, and any picture at all."""
        about = [self._topic.symbol_id] if self._topic.symbol_id else []
        self._page_open(True)
        sentence = self.pages.start_sentence(list(self._sentence), about)
        self._context.speaker.say(join_sentences(sentence.question.text(), sentence.words()))
        first = sentence.grid.items()
        (first[0] if first else sentence.done).setFocus(Qt.FocusReason.OtherFocusReason)
        return sentence

    def back_a_step(self) -> bool:
        """From the pictures, words or my voice back to what I have said (all saved)."""
        return self.pages.back_a_step()

    def _save_sentence(self, symbols: list[str]) -> None:
        """Every picture pressed or taken off is saved at once, with the words the pictures make (the
        person's own: whoever sits alongside, the pictures are theirs)."""
        self._sentence = list(symbols)
        if self._view is None and not symbols:
            return
        self._update(
            WhoseWords.MINE,
            symbols=tuple(symbols),
            words=self._words(),
            words_language=self._context.languages.current,
        )

    # --- my voice ---------------------------------------------------------------------------------
    def start_recording(self) -> QWidget:
        """The recorder; with no microphone its Record button is hidden and a note says why."""
        latest = self._view.recording_file if self._view is not None else None
        self._page_open(True)
        return self.pages.start_recording(latest)

    def _recorded(self, file_name: str) -> None:
        # The panel itself says the recording is saved.
        self._update(recording_file=file_name)

    # --- showing what was said ----------------------------------------------------------------------
    def show_said(self) -> None:
        self.pages.show_own_page()
        self._back_on_view()

    def _show_said(self) -> None:
        view = self._view
        self.rating.set_value(view.rating if view else None)
        words = view.words if view else None
        self.words_shown.setText(words or "")
        self.words_shown.setVisible(bool(words))
        if self._typed.strip() and view is not None and view.whose is not None:
            label = whose_words(view.whose, self._person.called, self._staff_name(view.written_by_id))
        else:
            label = ""
        self.whose_shown.setText(label)
        self.whose_shown.setVisible(bool(label))
        self.symbols_shown.show_symbols(self._sentence)
        self.symbols_shown.setVisible(bool(self._sentence))
        # The council's question is about my words: asked once there are some.
        self.council.setVisible(self.pages.on_own_page and bool(words))
        self._fit_council()
        recorded = view is not None and view.recording_file is not None
        self.voice_shown.setText(self.tr("Your voice is recorded.") if recorded else "")
        self.voice_shown.setVisible(recorded)
        self.empty.setVisible(view is None or view.is_empty)

    def _fit_council(self) -> None:
        """The council's question keeps all its lines beside its Yes and No at every word size (the
        panel's column gives it no more than its usual height otherwise)."""
        width = self.council.width() or self.width()
        self.council.setMinimumHeight(max(MIN_TARGET, self.council.heightForWidth(width)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_council()

    def say_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self._context.speaker.say(text)

    def spoken_summary(self) -> str:
        view = self._view
        parts = [self.question.text()]
        if view is not None and view.rating is not None:
            parts.append(self.tr("I feel: {rating}").format(rating=rating_words(view.rating)))
        if view is not None and view.words:
            parts.append(view.words)  # the pictures' sentence is in the words
        if self.message.isVisible():
            parts.append(self.message.text())
        return join_sentences(*parts)

    def retranslate(self) -> None:
        self.question.setText(self.tr("How do you feel about it?"))
        self.add_pictures.set_words(self.tr("Pictures"), self.tr("Say it with pictures"))
        self.record.set_words(self.tr("My voice"), self.tr("Record my voice"))
        self.add_words.set_words(self.tr("Words"), self.tr("Add words"))
        self.council.set_answer(self._view is not None and self._view.council_may_quote)
        self._fit_council()
        self.empty.setText(
            self.tr("Choose a face. Then say it with pictures, your voice or words if you want.")
        )
